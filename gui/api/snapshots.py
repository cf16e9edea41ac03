"""SnapshotReader: turns GET /allocations answers into allocations without stalling the event loop.

A tray app refreshes every few seconds, and most answers repeat the last one. So an answer
identical to the last is not read again, and an allocation whose JSON did not change is the same
object as before (the store and the table then skip it by identity). An answer of up to a
megabyte is parsed and checked in one pass in pydantic's Rust core, straight from the bytes;
a larger one is decoded and checked in slices, with a yield to the event loop between them.
"""

from __future__ import annotations

import asyncio
import gc
import itertools
import operator
from collections.abc import Iterator
from functools import partial
from typing import Any, NotRequired

import pydantic
from typing_extensions import TypedDict

from .cloud import AllocationCloud, CloudJSON, SchemaJSON
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
_CLOUDS = pydantic.TypeAdapter(list[CloudJSON], config=pydantic.ConfigDict(defer_build=True))

# About 1-3 ms of reading per slice: short enough to keep a UI fluid.
_SLICE = 100
_SLICE_CHARS = 64 * 1024  # about a hundred allocations
# From this many new allocations on, what was just built is taken out of the collector's sight.
_FREEZE_FROM = 1_000
# Up to this size an answer is parsed and checked at once (about 1,700 allocations, ~12 ms):
# faster than slice by slice, and still a short enough pause for the event loop.
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
        with collector_paused():
            snapshot = await _read_large(answer, known, what) if len(body) > _DECODE_AT_ONCE else None
            if snapshot is None:
                snapshot = _read_at_once(answer, known, what)
            if sum(known.get(cloud.id) is not cloud for cloud in snapshot.iterable) >= _FREEZE_FROM:
                # Tens of thousands of immutable, acyclic objects that live until the next
                # snapshot (then freed by reference counting, frozen or not): the collector
                # need not walk them on every full collection, each a stall of its own.
                gc.freeze()
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
    """The answer's allocations parsed and checked in pydantic's Rust core, a slice of text at a time."""
    envelope: dict[str, Any] = {}
    clouds: list[AllocationCloud] = []
    for piece in array_slices(text, "iterable", envelope, _SLICE_CHARS):
        try:
            checked = _CLOUDS.validate_json(piece)
        except pydantic.ValidationError as exc:
            if any(error["type"] == "json_invalid" for error in exc.errors()):
                raise _CutInsideAnObject from None
            raise BadResponse(what, describe(exc, "iterable", partial(operator.add, len(clouds)))) from None
        clouds.extend(_clouds(checked, known))
        await asyncio.sleep(0)
    return _snapshot(_envelope(envelope, what), clouds, what)


async def _read_item_by_item(text: str, known: dict[str, AllocationCloud], what: str) -> Allocations:
    """The answer's allocations decoded one by one and checked a hundred at a time (for answers
    whose slices cannot be cut between objects: see array_slices)."""
    envelope: dict[str, Any] = {}
    items: Iterator[Any] = array_items(text, "iterable", envelope)
    clouds: list[AllocationCloud] = []
    while chunk := list(itertools.islice(items, _SLICE)):
        clouds.extend(_read_chunk(chunk, len(clouds), known, what))
        await asyncio.sleep(0)
    return _snapshot(_envelope(envelope, what), clouds, what)


def _envelope(members: dict[str, Any], what: str) -> dict[str, Any]:
    """The answer's members other than its allocations, once they are read."""
    if not isinstance(members.get("iterable"), list):
        _check(members, what)  # malformed: says what is wrong
    return {**members, "iterable": []}


def _read_at_once(answer: Answer, known: dict[str, AllocationCloud], what: str) -> Allocations:
    try:
        checked: dict[str, Any] = dict(_SNAPSHOT.validate_json(answer.body))
    except pydantic.ValidationError:
        # Not JSON, nested too deeply for the Rust parser, or not of the contract's shape: the
        # slower path reads it again to say which, in the words every other answer uses.
        checked = _check(json_object(answer, what), what)
    clouds = _clouds(checked["iterable"], known)
    return _snapshot({**checked, "iterable": []}, clouds, what)


def _check(value: dict[str, Any], what: str) -> dict[str, Any]:
    try:
        return dict(_SNAPSHOT.validate_python(value))
    except pydantic.ValidationError as exc:
        raise BadResponse(what, describe(exc)) from None


def _snapshot(envelope: dict[str, Any], clouds: list[AllocationCloud], what: str) -> Allocations:
    """The snapshot of the answer's other members (no allocations yet), holding clouds."""
    snapshot = parse(Allocations, envelope, what)
    return snapshot.model_copy(update={"iterable": tuple(clouds)})


def _clouds(checked: list[CloudJSON], known: dict[str, AllocationCloud]) -> list[AllocationCloud]:
    """The clouds of checked JSON objects, each the one read before where its JSON is the same."""
    trusted = AllocationCloud.trusted
    result = []
    for item in checked:
        previous = known.get(item["id"])
        result.append(
            previous if previous is not None and previous.to_wire_source() == item else trusted(item)
        )
    return result


def _read_chunk(
    chunk: list[Any], offset: int, known: dict[str, AllocationCloud], what: str
) -> list[AllocationCloud]:
    """The clouds of chunk (items offset.. of the answer): the known object where its JSON is unchanged."""
    result: list[AllocationCloud | None] = []
    fresh: list[int] = []
    for position, raw in enumerate(chunk):
        previous = known.get(str(raw.get("id"))) if isinstance(raw, dict) else None
        if previous is not None and previous.to_wire_source() == raw:
            result.append(previous)
        else:
            result.append(None)
            fresh.append(position)
    if fresh:
        try:
            checked = _CLOUDS.validate_python([chunk[p] for p in fresh])
        except pydantic.ValidationError as exc:
            raise BadResponse(what, describe(exc, "iterable", lambda k: offset + fresh[k])) from None
        for position, item in zip(fresh, checked, strict=True):
            result[position] = AllocationCloud.trusted(item)
    return [cloud for cloud in result if cloud is not None]
