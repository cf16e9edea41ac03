"""SnapshotReader: turns GET /allocations answers into models without stalling the event loop.

A tray app refreshes every few seconds, and most answers repeat the last one. So an answer
identical to the last is not read again, an allocation whose JSON did not change is the same
object as before (the store and the table then skip it by identity), and the rest is validated
in slices with a yield to the event loop between them.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pydantic

from .errors import BadResponse
from .models import FROM_PIECES_OS, AllocationCloud, Allocations
from .parsing import Answer, collector_paused, describe, json_object, parse

__all__ = ["SnapshotReader"]

# About 5-10 ms of validation per slice on a slow machine: short enough to keep a UI fluid.
_SLICE = 250
_CLOUDS = pydantic.TypeAdapter(list[AllocationCloud])


class SnapshotReader:
    """Reads snapshots for one client, remembering the last one."""

    def __init__(self) -> None:
        self._last_body: bytes | None = None
        self._last: Allocations | None = None

    async def read(self, answer: Answer, what: str) -> Allocations:
        body = answer.body
        if self._last is not None and body == self._last_body:
            return self._last
        value = json_object(answer, what)
        items = value.get("iterable")
        if not isinstance(items, list):
            return parse(Allocations, value, what)  # malformed: one pass says what is wrong
        envelope = parse(Allocations, {**value, "iterable": []}, what)
        known = {cloud.id: cloud for cloud in self._last.iterable} if self._last else {}
        clouds: list[AllocationCloud] = []
        for start in range(0, len(items), _SLICE):
            if start:
                await asyncio.sleep(0)
            clouds.extend(_read_slice(items, start, known, what))
        snapshot = envelope.model_copy(update={"iterable": tuple(clouds)})
        self._last_body, self._last = body, snapshot
        return snapshot


def _read_slice(
    items: list[Any], start: int, known: dict[str, AllocationCloud], what: str
) -> list[AllocationCloud]:
    chunk = items[start : start + _SLICE]
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
            with collector_paused():
                validated = _CLOUDS.validate_python([chunk[p] for p in fresh], context=FROM_PIECES_OS)
        except pydantic.ValidationError as exc:
            raise BadResponse(what, describe(exc, "iterable", lambda k: start + fresh[k])) from None
        for position, cloud in zip(fresh, validated, strict=True):
            result[position] = cloud
    return [cloud for cloud in result if cloud is not None]
