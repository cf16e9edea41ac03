"""Every call has one deadline for the whole exchange: a dripping or silent server is given up on in time."""

from __future__ import annotations

import pytest

from gui.api import PiecesClient, PiecesTimeout, Timeouts
from gui.emulator import Emulator, Fault

from ..conftest import Run
from .pool import pool_connections


@pytest.mark.parametrize("route", ["/allocations", "/.well-known/health"])
def test_a_dripped_answer_times_out_at_the_calls_deadline(run: Run, emulator: Emulator, route: str) -> None:
    # One byte every 50 ms: every read gets something well within httpx's own timeouts.
    emulator.inject(route, Fault.drip(1, 0.05), times=None)

    async def call(pieces: PiecesClient) -> object:
        return await (pieces.snapshot() if route == "/allocations" else pieces.health())

    async def drip_then_recover() -> PiecesTimeout:
        async with PiecesClient(emulator.url, timeouts=Timeouts(probe=0.3, snapshot=0.4)) as pieces:
            with pytest.raises(PiecesTimeout) as caught:
                await call(pieces)
            assert pool_connections(pieces) == []  # the dripping connection was closed
            emulator.clear_faults()
            await call(pieces)
            return caught.value

    error = run(drip_then_recover())
    what, seconds = ("list the allocations", 0.4) if route == "/allocations" else ("report its health", 0.3)
    assert error.seconds == seconds
    assert error.message == f"Pieces OS did not answer when asked to {what} within {seconds:g} s."


def test_a_server_that_never_answers_times_out(run: Run, emulator: Emulator) -> None:
    emulator.inject("/user", Fault.hang(), times=None)

    async def attempt() -> None:
        async with PiecesClient(emulator.url, timeouts=Timeouts(request=0.3)) as pieces:
            await pieces.current_user()

    with pytest.raises(PiecesTimeout, match=r"tell who is signed in within 0\.3 s"):
        run(attempt())
    emulator.clear_faults()
