"""Oversize answers are refused at the cap: their connections closed, their bodies let go, bombs defused."""

from __future__ import annotations

import gc
import tracemalloc

import pytest

from gui.api import PiecesClient, ResponseTooLarge, Timeouts
from gui.emulator import Emulator, Fault
from gui.emulator.fault_bodies import gzip_bomb, oversize_body

from ..conftest import Run
from .pool import active_connections

_MIB = 1024 * 1024


def test_answers_past_the_cap_without_a_length_close_their_connections(
    run: Run, emulator: Emulator, capfd: pytest.CaptureFixture[str]
) -> None:
    emulator.inject("/allocations", Fault.oversize(256 * 1024, declared=False), times=None)

    async def refuse_150_then_ask_again() -> str:
        timeouts = Timeouts(probe=2.0)
        async with PiecesClient(emulator.url, timeouts=timeouts, max_body_bytes=64 * 1024) as pieces:
            for _ in range(150):
                with pytest.raises(ResponseTooLarge, match="list the allocations"):
                    await pieces.snapshot()
                assert active_connections(pieces) == []
            emulator.clear_faults()
            # httpx's pool holds 100 connections: had any stayed active, this would wait out its 2 s.
            return await pieces.version()

    assert run(refuse_150_then_ask_again(), timeout=60) == "12.6.0"
    assert "GeneratorExit" not in capfd.readouterr().err


def _measured(run: Run, url: str, cap: int) -> tuple[int, int]:
    """(bytes still held after the refusal, peak bytes), with the client open and its error at hand.

    As in the app, the client lives on and the error stays on screen: neither may keep the
    refused body.
    """
    pieces = PiecesClient(url, max_body_bytes=cap)

    async def refusal() -> ResponseTooLarge:
        with pytest.raises(ResponseTooLarge) as caught:
            await pieces.snapshot()
        return caught.value

    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        error = run(refusal(), timeout=60)
        gc.collect()
        after, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "larger than" in error.message
    run(pieces.aclose())
    return after - before, peak - before


def test_a_refused_body_is_not_kept_alive(run: Run, emulator: Emulator) -> None:
    cap = 16 * _MIB
    oversize_body(3 * cap)  # built before measuring: the emulator keeps it
    emulator.inject("/allocations", Fault.oversize(3 * cap, declared=False))
    held, peak = _measured(run, emulator.url, cap)
    assert held < cap // 4
    assert peak < 3 * cap


def test_a_gzip_bomb_is_refused_at_the_cap_on_what_it_unpacks_to(run: Run, emulator: Emulator) -> None:
    cap = 4 * _MIB
    bomb = gzip_bomb(256 * _MIB)  # built before measuring: the emulator keeps it
    assert len(bomb) < cap // 8  # small on the wire, under any check of a declared length
    emulator.inject("/allocations", Fault.gzip_bomb(256 * _MIB))
    held, peak = _measured(run, emulator.url, cap)
    assert held < cap // 4
    assert peak < 3 * cap


def test_a_small_gzip_answer_is_unpacked(run: Run, emulator: Emulator) -> None:
    emulator.inject("/allocations", Fault.gzip_bomb(1000))

    async def read() -> int:
        async with PiecesClient(emulator.url) as pieces:
            return len((await pieces.snapshot()).iterable)

    assert run(read()) == 0  # the padded, empty snapshot the bomb unpacks to
