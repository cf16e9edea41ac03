"""The streamed decoder reads exactly what json.loads reads, item by item, and refuses what it refuses."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gui.api.json_stream import array_items, array_slices

_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=12,
)


def streamed(text: str) -> dict[str, Any]:
    members: dict[str, Any] = {}
    items = list(array_items(text, "iterable", members))
    if isinstance(members.get("iterable"), list):
        members["iterable"] = items
    return members


@given(
    st.lists(_VALUES, max_size=6),
    st.dictionaries(st.text(max_size=6).filter(lambda k: k != "iterable"), _VALUES, max_size=3),
    st.sampled_from([None, 1, 2]),
)
def test_it_reads_what_json_loads_reads(items: list[Any], others: dict[str, Any], indent: int | None) -> None:
    document = {**others, "iterable": items, **{f"after-{k}": v for k, v in others.items()}}
    text = json.dumps(document, indent=indent)
    assert streamed(text) == json.loads(text)


def test_it_yields_one_item_at_a_time_so_a_caller_can_pause_between_them() -> None:
    members: dict[str, Any] = {}
    items = array_items('{"iterable": [{"id": 1}, {"id": 2}, {"id": 3}], "schema": {}}', "iterable", members)
    assert next(items) == {"id": 1}
    assert next(items) == {"id": 2}
    assert "schema" not in members
    assert list(items) == [{"id": 3}]
    assert members == {"iterable": [], "schema": {}}


@pytest.mark.parametrize(
    "text",
    [
        "",
        "[]",
        '{"iterable": [1, 2}',
        '{"iterable": [1, 2,]}',
        '{"iterable": [1 2]}',
        '{"iterable": [1]',
        '{"iterable": [1]} x',
        '{"iterable": [1], "iterable": [2]}',
        "{iterable: []}",
    ],
)
def test_anything_but_one_json_object_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r"."):
        list(array_items(text, "iterable", {}))


def test_an_array_key_that_is_not_an_array_is_kept_as_a_member() -> None:
    members: dict[str, Any] = {}
    assert list(array_items('{"iterable": {"a": 1}}', "iterable", members)) == []
    assert members == {"iterable": {"a": 1}}


def sliced(text: str, size: int) -> dict[str, Any] | None:
    """What array_slices reads, or None when a slice was cut inside an object (so is not JSON)."""
    members: dict[str, Any] = {}
    items: list[Any] = []
    try:
        for piece in array_slices(text, "iterable", members, size):
            items.extend(json.loads(piece))
    except json.JSONDecodeError:
        return None
    if isinstance(members.get("iterable"), list):
        members["iterable"] = items
    return members


_OBJECTS = st.dictionaries(st.text(max_size=6), _VALUES, max_size=4)


@given(
    st.lists(_OBJECTS, max_size=8),
    st.dictionaries(st.text(max_size=6).filter(lambda k: k != "iterable"), _VALUES, max_size=3),
    st.sampled_from([None, 1]),
    st.integers(min_value=1, max_value=80),
)
def test_slices_read_what_json_loads_reads_or_are_not_json(
    items: list[dict[str, Any]], others: dict[str, Any], indent: int | None, size: int
) -> None:
    document = {**others, "iterable": items}
    text = json.dumps(document, indent=indent)
    read = sliced(text, size)
    assert read is None or read == json.loads(text)


def test_slices_of_plain_objects_are_cut_between_them() -> None:
    items = [{"id": n, "urls": {"base": {"url": "x"}, "id": {"url": "y"}}} for n in range(40)]
    text = json.dumps({"iterable": items, "schema": {"migration": 0}})
    members: dict[str, Any] = {}
    pieces = list(array_slices(text, "iterable", members, 200))
    assert len(pieces) > 5
    assert [item for piece in pieces for item in json.loads(piece)] == items
    assert members == {"iterable": [], "schema": {"migration": 0}}


def test_a_slice_cut_inside_a_string_is_not_json() -> None:
    items = [{"id": n, "note": "a}, {b"} for n in range(10)]
    with pytest.raises(json.JSONDecodeError):
        [json.loads(piece) for piece in array_slices(json.dumps({"iterable": items}), "iterable", {}, 1)]
