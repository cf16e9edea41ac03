"""Time from a status change in Pieces OS to the app's callback over WS /user/stream, beside one GET /user."""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import statistics
import sys
import time
from importlib.metadata import version

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import PySide6
import qasync
from PySide6.QtWidgets import QApplication

from gui.api import PiecesClient, PiecesError, UserProfile
from gui.emulator import Emulator
from gui.services.tasks import TaskRegistry
from gui.services.user_stream import UserStreamSource


def _ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    p90 = ordered[int(len(ordered) * 0.9) - 1]
    return f"median {statistics.median(samples) * 1000:6.2f} ms, p90 {p90 * 1000:6.2f} ms"


async def stream_latency(
    emulator: Emulator, client: PiecesClient, repeat: int
) -> tuple[list[float], list[float]]:
    """Per change: to on_user (the message parsed), and to on_change (after the coalescing window)."""
    tasks = TaskRegistry()
    arrived: asyncio.Queue[float] = asyncio.Queue()
    changed: asyncio.Queue[float] = asyncio.Queue()

    def on_user(_user: UserProfile | None) -> None:
        arrived.put_nowait(time.perf_counter())

    def on_down(error: PiecesError) -> None:
        raise SystemExit(f"the stream failed: {error}")

    source = UserStreamSource(
        lambda: client,
        tasks,
        on_user=on_user,
        on_change=lambda: changed.put_nowait(time.perf_counter()),
        on_up=lambda: None,
        on_down=on_down,
    )
    source.start()
    await arrived.get()  # the profile sent on connect
    await changed.get()
    to_user, to_change = [], []
    for i in range(repeat):
        started = time.perf_counter()
        emulator.set_cloud_status(emulator.user_id, "FAILED" if i % 2 == 0 else "RUNNING")
        to_user.append(await arrived.get() - started)
        to_change.append(await changed.get() - started)
    source.stop()
    await tasks.cancel_all()
    return to_user, to_change


async def get_user_latency(client: PiecesClient, repeat: int) -> list[float]:
    """One GET /user round trip: what each poll costs before its interval is even counted."""
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        await client.current_user()
        samples.append(time.perf_counter() - started)
    return samples


async def main(repeat: int) -> None:
    asyncio.set_event_loop(asyncio.get_running_loop())
    print(
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, qasync {version('qasync')}, "
        f"httpx-ws {version('httpx-ws')}, {os.cpu_count()} CPUs, {platform.system()} {platform.machine()}"
    )
    print(
        f"{repeat} status changes of the user's own cloud in the emulator, over 127.0.0.1, on a qasync loop"
    )
    with Emulator(port=0, allocations=3, seed=0, connect_delay=0.0) as emulator:
        async with PiecesClient(emulator.url) as client:
            await client.current_user()  # warm: imports, the pool's first connection
            to_user, to_change = await stream_latency(emulator, client, repeat)
            polled = await get_user_latency(client, repeat)
    print(f"change -> on_user over the stream:         {_ms(to_user)}")
    print(f"change -> on_change (150 ms coalescing):   {_ms(to_change)}")
    print(f"one GET /user round trip (a poll's floor): {_ms(polled)}")
    print(
        f"stream / one poll round trip: {statistics.median(to_user) / statistics.median(polled):.2f}x; "
        "polling every 5 s adds 2.5 s on average before that round trip starts"
    )


def run() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        runner.run(main(args.repeat))


if __name__ == "__main__":
    run()
