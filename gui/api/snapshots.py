"""SnapshotReader: turns GET /allocations answers into models without stalling the event loop.

A tray app refreshes every few seconds, and most answers repeat the last one. So an answer
identical to the last is not read again, an allocation whose JSON did not change is the same
object as before (the store and the table then skip it by identity), and the rest is decoded
and validated in slices with a yield to the event loop between them: even the JSON of 10,000
allocations is never decoded in one go.
"""

from __future__ import annotations

import asyncio
import gc
import itertools
from collections.abc import Iterator
from typing import Any

import pydantic

from .errors import BadResponse
from .json_stream import array_items
from .models import FROM_PIECES_OS, AllocationCloud, Allocations
from .parsing import Answer, collector_paused, describe, json_object, parse

__all__ = ["SnapshotReader"]

# About 2-5 ms of decoding and validation per slice: short enough to keep a UI fluid.
_SLICE = 100
# From this many new allocations on, what was just built is taken out of the collector's sight.
_FREEZE_FROM = 1_000
# Up to this size json.loads decodes an answer at once (about 1,700 allocations, 10 ms): faster
# than item by item, and still short enough a pause for the event loop.
_DECODE_AT_ONCE = 1024 * 1024
# Built on first use, like the models' own validators (see PiecesModel): not while the app starts.
_CLOUDS = pydantic.TypeAdapter(list[AllocationCloud], config=pydantic.ConfigDict(defer_build=True))


class SnapshotReader:
    """Reads snapshots for one client, remembering the last one."""

    def __init__(self) -> None:
        self._last_body: bytes | None = None
        self._last: Allocations | None = None

    async def read(self, answer: Answer, what: str) -> Allocations:
        body = answer.body
        if self._last is not None and body == self._last_body:
            return self._last
        if len(body) > _DECODE_AT_ONCE:
            try:
                return await self._read(answer, what, streamed=True)
            except (ValueError, RecursionError):
                pass  # not UTF-8, or not exactly one JSON object: json.loads says what is wrong
        return await self._read(answer, what, streamed=False)

    async def _read(self, answer: Answer, what: str, *, streamed: bool) -> Allocations:
        body = answer.body
        known = {cloud.id: cloud for cloud in self._last.iterable} if self._last else {}
        envelope: dict[str, Any] = {}
        clouds: list[AllocationCloud] = []
        # Paused for the whole read, yields included: resumed between slices, the collector
        # would walk every object built so far again and again (a 200 ms stall at 10,000).
        with collector_paused():
            if streamed:
                items: Iterator[Any] = array_items(body.decode("utf-8"), "iterable", envelope)
            else:
                envelope = json_object(answer, what)
                listed = envelope.get("iterable")
                items = iter(listed if isinstance(listed, list) else ())
            while chunk := list(itertools.islice(items, _SLICE)):
                clouds.extend(_read_chunk(chunk, len(clouds), known, what))
                await asyncio.sleep(0)
            if not isinstance(envelope.get("iterable"), list):
                return parse(Allocations, envelope, what)  # malformed: one pass says what is wrong
            if sum(known.get(cloud.id) is not cloud for cloud in clouds) >= _FREEZE_FROM:
                # Tens of thousands of immutable, acyclic objects that live until the next
                # snapshot (then freed by reference counting, frozen or not): the collector
                # need not walk them on every full collection, each a stall of its own.
                gc.freeze()
        snapshot = parse(Allocations, {**envelope, "iterable": []}, what)
        snapshot = snapshot.model_copy(update={"iterable": tuple(clouds)})
        self._last_body, self._last = body, snapshot
        return snapshot


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
            with collector_paused():
                validated = _CLOUDS.validate_python([chunk[p] for p in fresh], context=FROM_PIECES_OS)
        except pydantic.ValidationError as exc:
            raise BadResponse(what, describe(exc, "iterable", lambda k: offset + fresh[k])) from None
        for position, cloud in zip(fresh, validated, strict=True):
            result[position] = cloud
    return [cloud for cloud in result if cloud is not None]
