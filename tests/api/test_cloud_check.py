"""What the fast path takes as plain, pydantic accepts unchanged; what Pieces OS sends is plain."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from typing import Any

import pydantic
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.api.cloud import CloudJSON
from gui.api.cloud_check import is_plain_cloud
from gui.emulator.seed import seed_world

from ..conformance import strategies

_CHECK = pydantic.TypeAdapter(CloudJSON)
# Where a cloud can go wrong: every declared field, at every depth.
_PATHS = [
    ("id",), ("project",), ("user",), ("region",), ("version",), ("status",), ("status", "cloud"),
    ("urls",), ("urls", "base"), ("urls", "base", "url"), ("urls", "base", "status"), ("urls", "id"),
    ("urls", "vanity"), ("urls", "vanity", "url"), ("updated",), ("updated", "value"),
    ("updated", "readable"), ("schema",), ("schema", "migration"), ("schema", "semantic"),
    ("status", "schema"), ("urls", "id", "schema", "migration"), ("updated", "schema", "semantic"),
]  # fmt: skip
_ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=8),
    st.sampled_from(["2026-03-25T12:58:49", "2026-02-30T00:00:00Z", "2026-03-25", "1700000000", "RUNNING"]),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(
        st.sampled_from(["url", "status", "value", "cloud", "x"]), st.text(max_size=4), max_size=3
    ),
)


def _accepted_unchanged(cloud: object) -> bool:
    try:
        return _CHECK.validate_python(copy.deepcopy(cloud)) == cloud
    except pydantic.ValidationError:
        return False


@settings(max_examples=300)
@given(strategies.allocation_clouds, st.sampled_from(_PATHS), _ODD_VALUES, st.booleans())
def test_what_is_plain_pydantic_accepts_unchanged(
    cloud: dict[str, Any], path: tuple[str, ...], value: object, delete: bool
) -> None:
    cloud = json.loads(json.dumps(cloud))  # as parsed from an answer
    assert not is_plain_cloud(cloud) or _accepted_unchanged(cloud)
    parent: Any = cloud
    for key in path[:-1]:
        if not isinstance(parent, dict) or not isinstance(parent.get(key), dict):
            return
        parent = parent[key]
    if delete:
        parent.pop(path[-1], None)
    else:
        parent[path[-1]] = value
    assert not is_plain_cloud(cloud) or _accepted_unchanged(cloud)


def test_every_cloud_pieces_os_sends_is_plain() -> None:
    # The fast path is the usual one: the emulator's clouds (every status, with and without a
    # vanity URL or an update time) are all recognised without pydantic.
    world = seed_world(200, 7, datetime(2026, 11, 29, tzinfo=UTC))
    clouds = json.loads(json.dumps(world.allocations))
    assert all(is_plain_cloud(cloud) for cloud in clouds)
    assert all(_accepted_unchanged(cloud) for cloud in clouds)


def test_a_time_in_another_form_or_a_coercible_value_is_left_to_pydantic() -> None:
    cloud = json.loads(json.dumps(seed_world(1, 7, datetime(2026, 11, 29, tzinfo=UTC)).allocations[0]))
    cloud["updated"] = {"value": "2026-03-25T12:58:49"}  # no offset: pydantic reads it, as UTC
    assert not is_plain_cloud(cloud)
    assert _accepted_unchanged(cloud)
    cloud["updated"] = {"value": "2026-02-30T12:58:49Z"}
    assert not is_plain_cloud(cloud)
    assert not _accepted_unchanged(cloud)
    cloud["updated"] = None
    cloud["schema"] = {"migration": True, "semantic": "MAJOR_0_MINOR_0_PATCH_1"}  # a bool is no migration
    assert not is_plain_cloud(cloud)
