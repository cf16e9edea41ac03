"""What the conformance tests share: SDK clients that close, model pairs, a semantic comparison, the spec."""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from functools import cache
from typing import Any

from pieces_os_client.api_client import ApiClient
from pieces_os_client.configuration import Configuration
from pieces_os_client.models.allocation_cloud import AllocationCloud as SdkAllocationCloud
from pieces_os_client.models.allocations import Allocations as SdkAllocations
from pieces_os_client.models.returned_user_profile import ReturnedUserProfile as SdkReturnedUserProfile
from pieces_os_client.models.user_profile import UserProfile as SdkUserProfile
from pydantic import BaseModel

from gui.api import models as ours
from gui.api.basics import PiecesModel
from gui.api.cloud import AllocationCloud, JSONView

from ..api.examples import EXAMPLES_PATH, example, names

__all__ = [
    "MODEL_PAIRS",
    "SDK_EMAIL_PLACEHOLDER",
    "SDK_PICTURE_PLACEHOLDER",
    "SPEC_PATH",
    "ModelPair",
    "SdkModel",
    "SpecOperation",
    "canonical",
    "example_models",
    "has_datetime",
    "sdk_client",
    "sdk_statuses",
    "sdk_wire_json",
    "spec_enums",
    "spec_operations",
    "wire_forms",
]

SPEC_PATH = EXAMPLES_PATH.parent / "pieces-os-allocations.openapi.yaml"

# Known difference: the SDK's UserProfile defaults a missing (or null) email and picture to these
# placeholders, in the model and in from_dict(); ours keeps them None ("unknown").
SDK_EMAIL_PLACEHOLDER = "user@pieces.app"
SDK_PICTURE_PLACEHOLDER = "https://picsum.photos/200"


SdkModel = SdkAllocations | SdkAllocationCloud | SdkUserProfile | SdkReturnedUserProfile
SdkModelClass = (
    type[SdkAllocations] | type[SdkAllocationCloud] | type[SdkUserProfile] | type[SdkReturnedUserProfile]
)


@dataclass(frozen=True)
class ModelPair:
    """One schema as our model and as the SDK's model."""

    name: str
    ours: type[PiecesModel] | type[AllocationCloud]
    sdk: SdkModelClass

    def sdk_from_dict(self, payload: dict[str, Any]) -> SdkModel:
        parsed = self.sdk.from_dict(payload)
        assert parsed is not None
        return parsed

    def sdk_from_json(self, text: str) -> SdkModel:
        parsed = self.sdk.from_json(text)
        assert parsed is not None
        return parsed


MODEL_PAIRS: dict[str, ModelPair] = {
    pair.name: pair
    for pair in (
        ModelPair("Allocations", ours.Allocations, SdkAllocations),
        ModelPair("AllocationCloud", ours.AllocationCloud, SdkAllocationCloud),
        ModelPair("UserProfile", ours.UserProfile, SdkUserProfile),
        ModelPair("ReturnedUserProfile", ours.ReturnedUserProfile, SdkReturnedUserProfile),
    )
}


@contextmanager
def sdk_client(host: str) -> Iterator[ApiClient]:
    """The SDK's ApiClient for `host`, its connection pool closed afterwards.

    ApiClient has no close() and its __exit__ does nothing: the urllib3 PoolManager it holds
    would leave keep-alive sockets open (a ResourceWarning) unless cleared.
    """
    client = ApiClient(Configuration(host=host))
    try:
        yield client
    finally:
        client.rest_client.pool_manager.clear()


def sdk_wire_json(model: BaseModel) -> str:
    """The JSON the SDK puts on the wire for `model` as a request body.

    That is ApiClient.sanitize_for_serialization (to_dict(), datetimes through isoformat()) and then
    json.dumps, as rest.py does. Model.to_json() cannot stand in for it: it raises TypeError for any
    model holding a GroupedTimestamp (see has_datetime).
    """
    with sdk_client("http://127.0.0.1:9") as client:  # never connects: only its serializer is used
        serialize: Callable[[object], object] = client.sanitize_for_serialization
        return json.dumps(serialize(model))


def has_datetime(value: Any) -> bool:
    """Whether a to_dict() result holds a datetime, which json.dumps (and so SDK to_json()) cannot encode."""
    if isinstance(value, datetime):
        return True
    if isinstance(value, dict):
        return any(has_datetime(v) for v in value.values())
    if isinstance(value, list | tuple):
        return any(has_datetime(v) for v in value)
    return False


def _declared(value: BaseModel | JSONView[Any]) -> dict[str, str]:
    """Attribute name -> JSON name of each declared field of a model or a view."""
    if isinstance(value, JSONView):
        return dict(value.FIELDS)
    return {name: field.alias or name for name, field in type(value).model_fields.items()}


def wire_forms(ours: PiecesModel | JSONView[Any]) -> list[dict[str, Any]]:
    """Each JSON form of ours: what the client sends, and for a pydantic model also its plain JSON dump."""
    forms: list[dict[str, Any]] = [ours.to_wire()]
    if isinstance(ours, PiecesModel):
        forms.append(ours.model_dump(mode="json", by_alias=True, exclude_unset=True))
    return forms


def canonical(value: Any, *, sdk_placeholders: bool = False) -> Any:
    """The meaning of a parsed model, comparable between ours and the SDK's.

    Declared fields only, by their JSON name; None and absent alike are left out (the SDK treats
    null and absent the same); enums by value; tuples as lists; datetimes as UTC instants (each side
    renders them its own way). Unknown fields are not compared: the SDK drops them, ours keeps them.
    With `sdk_placeholders`, our UserProfiles show the SDK's email/picture placeholders where ours
    has None, which is what the SDK would have shown for the same payload.
    """
    if isinstance(value, BaseModel | JSONView):
        out: dict[str, Any] = {}
        for name, key in _declared(value).items():
            item = getattr(value, name)
            if item is not None:
                out[key] = canonical(item, sdk_placeholders=sdk_placeholders)
        if sdk_placeholders and isinstance(value, ours.UserProfile):
            out.setdefault("email", SDK_EMAIL_PLACEHOLDER)
            out.setdefault("picture", SDK_PICTURE_PLACEHOLDER)
        return out
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [canonical(item, sdk_placeholders=sdk_placeholders) for item in value]
    if isinstance(value, dict):
        return {k: canonical(v, sdk_placeholders=sdk_placeholders) for k, v in value.items()}
    if isinstance(value, datetime):
        assert value.tzinfo is not None, f"a naive datetime: {value!r}"
        return value.astimezone(UTC)
    return value


# -- examples.json ------------------------------------------------------------------------------

_MODEL_IN_DESCRIPTION = re.compile(r"\b(ReturnedUserProfile|UserProfile|AllocationCloud|Allocations)\b")


@cache
def example_models() -> dict[str, str]:
    """Each JSON-object example and the schema its _meta.index description names."""
    index: dict[str, str] = example("_meta")["index"]
    found: dict[str, str] = {}
    for key in names():
        if not isinstance(example(key), dict):
            continue  # text/plain bodies: health, version, disconnect answer, error text
        match = _MODEL_IN_DESCRIPTION.search(index[key])
        assert match is not None, f"examples.json _meta.index names no model for {key!r}: {index[key]!r}"
        found[key] = match[1]
    return found


# -- the spec and the SDK's declared responses ---------------------------------------------------


@dataclass(frozen=True)
class SpecOperation:
    method: str
    path: str
    statuses: frozenset[str]


@cache
def spec_operations() -> dict[str, SpecOperation]:
    """Each operation of the spec by its x-pieces-os-client-python name (AllocationsApi.allocations_snapshot).

    A line reader for this file's regular layout (no YAML parser is installed): paths at 2 spaces,
    methods at 4, response codes at 8.
    """
    operations: dict[str, SpecOperation] = {}
    path = method = ""
    statuses: set[str] = set()
    for line in SPEC_PATH.read_text(encoding="utf-8").splitlines():
        if line.startswith("components:"):
            break
        if m := re.fullmatch(r"  (/\S*):", line):
            path = m[1]
        elif m := re.fullmatch(r"    (get|post|put|patch|delete):", line):
            method, statuses = m[1].upper(), set()
        elif m := re.fullmatch(r"        '(\d{3})':", line):
            statuses.add(m[1])
        elif m := re.fullmatch(r"      x-pieces-os-client-python: (\w+\.\w+)", line):
            operations[m[1]] = SpecOperation(method, path, frozenset(statuses))
    return operations


def sdk_statuses(api: type, method: str) -> frozenset[str]:
    """The status codes an SDK operation declares in its _response_types_map (read from its source)."""
    source = inspect.getsource(getattr(api, method))
    return frozenset(re.findall(r"'(\d{3})': ", source))


@cache
def spec_enums() -> dict[str, tuple[str, ...]]:
    """The enum values of each schema of the spec (a line reader: `Name:`, `enum:`, `- VALUE`)."""
    enums: dict[str, tuple[str, ...]] = {}
    values: list[str] = []
    schema, in_enum = "", False
    for line in SPEC_PATH.read_text(encoding="utf-8").splitlines():
        if m := re.fullmatch(r"    (\w+):", line):
            schema, in_enum = m[1], False
        elif line == "      enum:":
            values, in_enum = [], True
        elif in_enum and (m := re.fullmatch(r"      - (\S+)", line)):
            values.append(m[1])
            enums[schema] = tuple(values)
        else:
            in_enum = False
    return enums
