"""The demo Pieces OS: sample allocations, a signed-in user, and a sample connect that finishes itself."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from gui.api import AllocationStatus, DiscoverySource, PiecesClient
from gui.app.demo import DemoPiecesOS

from ..conftest import Run


def test_the_demo_serves_sample_allocations_and_a_signed_in_user(run: Run) -> None:
    demo = DemoPiecesOS(connect_delay=3600)
    try:
        found = run(demo.discover())
        assert found.source is DiscoverySource.DEMO
        assert run(demo.discover()).base_url == found.base_url  # started once

        async def read() -> tuple[int, bool]:
            async with PiecesClient(found.base_url) as client:
                return len((await client.snapshot()).iterable), (await client.current_user()) is not None

        assert run(read()) == (4, True)
    finally:
        demo.stop()
    assert not demo.running


def test_the_sample_connect_finishes_by_itself(qtbot: QtBot, run: Run) -> None:
    demo = DemoPiecesOS(connect_delay=0.2)
    try:
        url = demo.start()

        async def statuses() -> list[AllocationStatus]:
            async with PiecesClient(url) as client:
                return [c.status.cloud for c in (await client.snapshot()).iterable]

        qtbot.waitUntil(lambda: AllocationStatus.PENDING not in run(statuses()), timeout=10_000)
    finally:
        demo.stop()
