"""Large answers and the garbage collector: garbage still collected, nothing frozen, a snapshot kept old."""

from __future__ import annotations

import asyncio
import gc
import os
import weakref
from pathlib import Path

import pytest

from gui.api import PiecesClient
from gui.emulator import Emulator

from ..conftest import Run

# Over a megabyte of JSON, and many more new allocations than any cut-off for "large".
_LARGE = 3_000


class _Node:
    """An object that can be in a reference cycle and be watched with a weak reference."""

    def __init__(self) -> None:
        self.me: _Node | None = None


def _unreachable_cycle() -> weakref.ref[_Node]:
    """A cycle nothing holds: only the cyclic collector can free it."""
    node = _Node()
    node.me = node
    return weakref.ref(node)


def _resident_bytes() -> int | None:
    statm = Path("/proc/self/statm")
    if not statm.exists():
        return None
    return int(statm.read_text(encoding="ascii").split()[1]) * os.sysconf("SC_PAGE_SIZE")


def test_garbage_made_while_a_large_answer_is_read_is_still_collected_after_it(
    run: Run, emulator: Emulator, client: PiecesClient
) -> None:
    emulator.set_allocations(_LARGE, seed=1)
    reading = True
    made_while_paused: list[weakref.ref[_Node]] = []

    async def rest_of_the_app() -> None:
        # Runs in the turns the read gives back to the event loop, as the window and the stream do.
        while reading:
            if not gc.isenabled():
                made_while_paused.append(_unreachable_cycle())
            await asyncio.sleep(0)

    async def read_beside_the_app() -> int:
        nonlocal reading
        other = asyncio.ensure_future(rest_of_the_app())
        try:
            return len((await client.snapshot()).iterable)
        finally:
            reading = False
            await other

    assert run(read_beside_the_app()) == _LARGE
    assert made_while_paused, "the read never gave the event loop a turn while the collector was paused"
    gc.collect()
    alive = [ref for ref in made_while_paused if ref() is not None]
    assert not alive, f"{len(alive)} cycles made during the read outlived a full collection"


def test_repeated_large_answers_freeze_nothing_and_keep_memory_flat(
    run: Run, emulator: Emulator, client: PiecesClient
) -> None:
    frozen = gc.get_freeze_count()
    # Two rounds first: the allocator's arenas and the previous snapshot reach their steady size.
    for seed in (1, 2):
        emulator.set_allocations(_LARGE, seed=seed)
        run(client.snapshot())
    gc.collect()
    resident = _resident_bytes()
    for seed in range(3, 11):
        emulator.set_allocations(_LARGE, seed=seed)
        assert len(run(client.snapshot()).iterable) == _LARGE
        assert gc.get_freeze_count() == frozen
    gc.collect()
    after = _resident_bytes()
    if resident is None or after is None:
        pytest.skip("this system has no /proc/self/statm to read the resident size from")
    # Each answer is about 2 MB of JSON and a few MB of objects: eight of them kept would be far more.
    assert after - resident < 16 * 1024 * 1024


def test_a_large_snapshot_is_kept_where_young_collections_do_not_walk_it(
    run: Run, emulator: Emulator, client: PiecesClient
) -> None:
    frozen = gc.get_freeze_count()
    emulator.set_allocations(_LARGE, seed=1)
    snapshot = run(client.snapshot())
    # A few tracked objects per allocation: left in the young generations, the next young
    # collections walk them all (11-19 ms for 10,000, as the table takes the rows in).
    young = [*gc.get_objects(generation=0), *gc.get_objects(generation=1)]
    assert len(young) < _LARGE
    first = snapshot.iterable[0].to_wire_source()
    assert all(thing is not first for thing in young)
    assert gc.get_freeze_count() == frozen, "nothing is hidden from the collector"
