"""SnapshotReader: turns GET /allocations answers into allocations without stalling the event loop.

A tray app refreshes every few seconds, and most answers repeat the last one. So an answer
identical to the last is not read again, and an allocation whose JSON did not change is the same
object as before (the store and the table then skip it by identity). The JSON is parsed by
pydantic's Rust parser; a cloud in plain JSON is recognised as it is (see cloud_check), any
other is checked by pydantic. An answer over a megabyte is read in slices of text, with a yield
to the event loop between them.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterator
from typing import Any, NotRequired

import pydantic
import pydantic_core
from typing_extensions import TypedDict

from .cloud import AllocationCloud, CloudJSON, SchemaJSON
from .cloud_check import is_plain_cloud
from .errors import BadResponse
from .json_stream import array_items, array_slices
from .models import Allocations
from .parsing import Answer, collector_paused, describe, json_object, parse

__all__ = ["SnapshotReader"]


class _SnapshotJSON(TypedDict):
    """Allocations, as the contract shapes it."""

    __pydantic_config__ = pydantic.ConfigDict(extra="allow", defer_build=True)  # type: ignore[misc]
    iterable: list[CloudJSON]
    schema: NotRequired[SchemaJSON | None]


_SNAPSHOT = pydantic.TypeAdapter(_SnapshotJSON)

# About 1-3 ms of reading per slice: short enough to keep a UI fluid.
_SLICE = 100
_SLICE_CHARS = 64 * 1024  # about a hundred allocations
# Up to this size an answer is read at once (about 1,700 allocations, ~10 ms): faster than
# slice by slice, and still a short enough pause for the event loop.
_DECODE_AT_ONCE = 1024 * 1024


class SnapshotReader:
    """Reads snapshots for one client, remembering the last one."""

    def __init__(self) -> None:
        self._last_body: bytes | None = None
        self._last: Allocations | None = None

    async def read(self, answer: Answer, what: str) -> Allocations:
        body = answer.body
        if self._last is not None and body == self._last_body:
            return self._last
        known = {cloud.id: cloud for cloud in self._last.iterable} if self._last else {}
        # Paused for the whole read, yields included: resumed between slices, the collector
        # would walk every object built so far again and again (a 200 ms stall at 10,000).
        large = len(body) > _DECODE_AT_ONCE
        with collector_paused(long_lived=large):
            snapshot = await _read_large(answer, known, what) if large else None
            if snapshot is None:
                snapshot = _read_at_once(answer, known, what)
        self._last_body, self._last = body, snapshot
        return snapshot


class _CutInsideAnObject(Exception):
    """A slice of the answer was not JSON: cut inside an object (or the answer is broken)."""


async def _read_large(answer: Answer, known: dict[str, AllocationCloud], what: str) -> Allocations | None:
    """A large answer read a slice at a time; None if it is not one well-formed JSON object."""
    try:
        text = answer.body.decode("utf-8")
        try:
            return await _read_in_slices(text, known, what)
        except (_CutInsideAnObject, ValueError):
            # Cut inside an object, or broken: item by item tells which (it raises if broken).
            return await _read_item_by_item(text, known, what)
    except (ValueError, RecursionError):
        return None  # not UTF-8, or not exactly one JSON object: json.loads says what is wrong


async def _read_in_slices(text: str, known: dict[str, AllocationCloud], what: str) -> Allocations:
    """The answer's allocations, parsed a slice of text at a time."""
    envelope: dict[str, Any] = {}
    clouds: list[AllocationCloud] = []
    for piece in array_slices(text, "iterable", envelope, _SLICE_CHARS):
        try:
            items = pydantic_core.from_json(piece)
        except ValueError:
            raise _CutInsideAnObject from None
        clouds.extend(_clouds(items, len(clouds), known, what))
        await asyncio.sleep(0)
    return _snapshot(_envelope(envelope, what), clouds, what)


async def _read_item_by_item(text: str, known: dict[str, AllocationCloud], what: str) -> Allocations:
    """The answer's allocations decoded one by one, a hundred per turn (for answers whose slices
    cannot be cut between objects: see array_slices)."""
    envelope: dict[str, Any] = {}
    items: Iterator[Any] = array_items(text, "iterable", envelope)
    clouds: list[AllocationCloud] = []
    while chunk := list(itertools.islice(items, _SLICE)):
        clouds.extend(_clouds(chunk, len(clouds), known, what))
        await asyncio.sleep(0)
    return _snapshot(_envelope(envelope, what), clouds, what)


def _read_at_once(answer: Answer, known: dict[str, AllocationCloud], what: str) -> Allocations:
    try:
        value = pydantic_core.from_json(answer.body)
    except ValueError:
        value = None
    if not isinstance(value, dict):
        # Not JSON, nested too deeply for the Rust parser, or not an object: json.loads reads it
        # again, and says what is wrong in the words every other answer uses.
        value = json_object(answer, what)
    return _snapshot(_envelope(value, what), _clouds(value["iterable"], 0, known, what), what)


def _envelope(members: dict[str, Any], what: str) -> dict[str, Any]:
    """The answer's members other than its allocations, once they are read."""
    if not isinstance(members.get("iterable"), list):
        try:
            _SNAPSHOT.validate_python(members)
        except pydantic.ValidationError as exc:  # malformed: says what is wrong
            raise BadResponse(what, describe(exc)) from None
    return {**members, "iterable": []}


def _snapshot(envelope: dict[str, Any], clouds: list[AllocationCloud], what: str) -> Allocations:
    """The snapshot of the answer's other members (no allocations yet), holding clouds."""
    snapshot = parse(Allocations, envelope, what)
    return snapshot.model_copy(update={"iterable": tuple(clouds)})


def _clouds(
    items: list[Any], offset: int, known: dict[str, AllocationCloud], what: str
) -> list[AllocationCloud]:
    """Items offset.. of the answer as clouds: the one read before where the JSON is the same,
    plain JSON as it is, and the rest as pydantic checks them."""
    trusted = AllocationCloud.trusted
    result = []
    for position, item in enumerate(items, offset):
        key = item.get("id") if type(item) is dict else None
        previous = known.get(key) if type(key) is str else None
        if previous is not None and previous.to_wire_source() == item:
            result.append(previous)
        elif is_plain_cloud(item):
            result.append(trusted(item))
        else:
            result.append(_checked(item, position, what))
    return result


def _checked(item: object, position: int, what: str) -> AllocationCloud:
    """item, the allocation at position in the answer, as pydantic checks it, or what is wrong with it."""
    try:
        return AllocationCloud.model_validate(item)
    except pydantic.ValidationError as exc:
        raise BadResponse(what, describe(exc, f"iterable[{position}]")) from None
