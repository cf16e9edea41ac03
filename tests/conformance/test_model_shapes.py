"""Our models and the SDK's declare the same JSON names, required fields and enum values."""

from __future__ import annotations

import importlib
import pkgutil
from enum import Enum
from typing import Any

import pieces_os_client.models
import pydantic
import pytest

from gui.api import models as ours
from gui.api.cloud import JSONView

from . import strategies
from .support import spec_enums

# Our enum classes are named for what they are; the SDK's after the spec schema.
_SDK_NAMES = {
    "AllocationStatus": "AllocationStatusEnum",
    "SemanticVersion": "EmbeddedModelSchemaSemanticVersionEnum",
    "ExternalProviderType": "ExternalProviderTypeEnum",
}
# Kept permissive in ours on purpose (the SDK's need ~40 nested configuration schemas the app never reads).
_PERMISSIVE = {"FlattenedEntity", "FlattenedSubscription"}
_OURS = sorted(name for name in ours.__all__ if isinstance(getattr(ours, name), type))


def sdk_class(name: str) -> type:
    """The SDK class of the same schema, found by its module name (e.g. auth0_open_ai_user_metadata)."""
    wanted = _SDK_NAMES.get(name, name)
    package = pieces_os_client.models.__path__
    modules = {m.name.replace("_", ""): m.name for m in pkgutil.iter_modules(package)}
    module = importlib.import_module(f"pieces_os_client.models.{modules[wanted.lower()]}")
    cls: type = getattr(module, wanted)
    return cls


def shape(model: type[pydantic.BaseModel]) -> dict[str, bool]:
    """JSON name -> required."""
    return {field.alias or name: field.is_required() for name, field in model.model_fields.items()}


@pytest.mark.parametrize("name", [n for n in _OURS if issubclass(getattr(ours, n), pydantic.BaseModel)])
def test_same_json_names_and_required_fields(name: str) -> None:
    model, sdk = getattr(ours, name), sdk_class(name)
    if name in _PERMISSIVE:
        assert model.model_fields == {}
        assert model.model_config.get("extra") == "allow"
        return
    assert shape(model) == shape(sdk)


@pytest.mark.parametrize("name", [n for n in _OURS if issubclass(getattr(ours, n), JSONView)])
def test_the_views_declare_the_sdks_json_names_and_required_fields(name: str) -> None:
    view: type[JSONView[Any]] = getattr(ours, name)
    checked = pydantic.TypeAdapter(view.JSON).json_schema()
    assert set(view.FIELDS.values()) == set(checked["properties"])
    assert {key: key in checked["required"] for key in view.FIELDS.values()} == shape(sdk_class(name))


@pytest.mark.parametrize("name", [n for n in _OURS if issubclass(getattr(ours, n), Enum)])
def test_same_enum_values(name: str) -> None:
    ours_enum: type[Enum] = getattr(ours, name)
    sdk_enum: type[Enum] = sdk_class(name)
    assert [member.value for member in ours_enum] == [member.value for member in sdk_enum]


def test_the_strategies_use_the_enums_of_the_spec() -> None:
    spec = spec_enums()
    assert spec["AllocationStatusEnum"] == strategies.STATUSES
    assert spec["EmbeddedModelSchemaSemanticVersionEnum"] == strategies.SEMANTIC_VERSIONS
    assert spec["ExternalProviderTypeEnum"] == strategies.PROVIDER_TYPES
    assert tuple(status.value for status in ours.AllocationStatus) == strategies.STATUSES
