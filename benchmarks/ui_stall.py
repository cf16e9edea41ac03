"""Longest event-loop stall while a refresh of N allocations lands in the real window, beside a naive one."""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from importlib.metadata import version

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx
import PySide6
import qasync
from emulator_process import serialized
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QTableView, QWidget
from table import Row, emit, render

from gui.api import AllocationCloud, Allocations, Discovered, DiscoverySource, PiecesClient
from gui.emulator import Emulator
from gui.services.connection import PiecesConnection
from gui.services.poller import Poller
from gui.services.store import StateStore
from gui.services.tasks import TaskRegistry
from gui.state import Phase
from gui.views.allocations_model import AllocationsModel
from gui.views.main_window import MainWindow


class NoIntents:
    """The window's intents, doing nothing: only the refresh is measured."""

    def __getattr__(self, name: str) -> Callable[..., None]:
        return lambda *args, **kwargs: None


class Heartbeat:
    """A 1 ms Qt timer; the longest gap between its ticks is the longest time the loop was blocked."""

    def __init__(self) -> None:
        self._timer = QTimer()
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def start(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._timer.stop()
        self._tick()
        return self.longest


def destroy(widget: QWidget) -> None:
    """Close and delete a run's window now: left to deleteLater, its 10,000 rows would be torn down
    at the start of the next run, and counted as that run's stall."""
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


async def until(condition: Callable[[], bool], seconds: float = 120.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the refresh did not land")
        await asyncio.sleep(0.001)


async def stall_of(action: Callable[[], Awaitable[None]]) -> float:
    beat = Heartbeat()
    beat.start()
    await asyncio.sleep(0.02)
    await action()
    await asyncio.sleep(0.02)
    return beat.stop()


async def app_refresh(emulator: Emulator, n: int) -> tuple[float, float, float]:
    """The app: services, store and the real MainWindow; first load, an unchanged refresh, one change."""
    store = StateStore()
    tasks = TaskRegistry()

    async def find() -> Discovered:
        return Discovered(emulator.url, DiscoverySource.ARGUMENT, "benchmark")

    connection = PiecesConnection(store, find, PiecesClient)
    refresh = Poller(store, connection, tasks, interval=3600)
    refresh.start()
    window = MainWindow(store, NoIntents())
    window.resize(1100, 650)
    window.show()

    async def refresh_once() -> None:
        before = store.state.last_success
        refresh.request()
        await until(lambda: store.state.last_success != before and not store.state.refreshing)

    async def first_load() -> None:
        await refresh_once()
        await until(lambda: store.state.phase is Phase.LOADED and window.model.rowCount() == n)

    first = await stall_of(first_load)
    unchanged = await stall_of(refresh_once)
    emulator.set_url_status(emulator.user_id, "id", "FAILED")
    serialized(emulator)
    changed = await stall_of(refresh_once)
    refresh.stop()
    await tasks.cancel_all()
    await connection.aclose()
    destroy(window)
    return first, unchanged, changed


async def naive_refresh(emulator: Emulator, n: int) -> float:
    """A bare-Qt baseline: a blocking GET, one-shot parse and model update into a plain shown QTableView."""
    model = AllocationsModel()
    view = QTableView()
    view.setModel(model)
    view.resize(1100, 650)
    view.show()
    with httpx.Client(base_url=emulator.url, trust_env=False) as http:
        http.get("/.well-known/health")  # noqa: ASYNC212 - connected and warm before the clock starts

        async def load() -> None:
            # Blocking on purpose: this is the naive way the app must not work.
            body = http.get("/allocations").content  # noqa: ASYNC212
            clouds: tuple[AllocationCloud, ...] = Allocations.model_validate_json(body).iterable
            model.apply(clouds)
            await asyncio.sleep(0)

        stall = await stall_of(load)
    destroy(view)
    return stall


async def idle() -> float:
    return await stall_of(lambda: asyncio.sleep(0.3))


def stall_rows(
    n: int, firsts: list[float], unchangeds: list[float], changes: list[float], naives: list[float]
) -> list[Row]:
    ms = [tuple(x * 1000 for x in samples) for samples in (firsts, unchangeds, changes, naives)]
    first, unchanged, changed, naive = ms
    big = n >= 10_000
    return [
        Row(
            "event-loop stall",
            f"N={n:,} first load",
            "ms",
            first,
            "naive blocking app",
            naive,
            # One 60 Hz frame: however many rows come, the window keeps answering while they land.
            "≤ 16 ms" if big else "≤ naive",
            16.0 if big else 1.0,
            not big,
        ),
        Row(
            "event-loop stall",
            f"N={n:,} unchanged refresh",
            "ms",
            unchanged,
            target="" if big else "≤ 16 ms",
            limit=None if big else 16.0,
        ),
        Row(
            "event-loop stall",
            f"N={n:,} one allocation changed",
            "ms",
            changed,
            target="≤ 50 ms" if big else "≤ 16 ms",
            limit=50.0 if big else 16.0,
        ),
    ]


async def main(sizes: list[int], repeat: int, as_rows: bool) -> None:
    if not as_rows:
        print(
            f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, qasync {version('qasync')}, "
            f"{os.cpu_count()} CPUs, {platform.system()} {platform.machine()}"
        )
        print(f"Longest event-loop stall in ms (median of {repeat} runs; a 1 ms heartbeat timer measures it)")
    # One untimed run first: the first request of a process imports httpx's transport modules and
    # builds its TLS context (~100 ms, once per process); the table shows steady-state refreshes.
    with Emulator(port=0, allocations=10, seed=0) as emulator:
        await app_refresh(emulator, 10)
    idle_ms = statistics.median([await idle() for _ in range(repeat)]) * 1000
    found: list[Row] = []
    for n in sizes:
        firsts, unchangeds, changes, naives = [], [], [], []
        for run in range(repeat):
            with Emulator(port=0, allocations=n, seed=run) as emulator:
                serialized(emulator)
                first, unchanged, changed = await app_refresh(emulator, n)
                firsts.append(first)
                unchangeds.append(unchanged)
                changes.append(changed)
                naives.append(await naive_refresh(emulator, n))
        found += stall_rows(n, firsts, unchangeds, changes, naives)
    if as_rows:
        for row in found:
            emit(row)
    else:
        print(f"idle loop, no refresh: {idle_ms:.1f} ms")
        print(render(found))


def run() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="100,10000", help="comma-separated allocation counts")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rows", action="store_true", help="print rows for benchmarks/run, not a table")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)  # each run closes its window; the loop must outlive it
    sizes = [int(s) for s in args.sizes.split(",")]
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        runner.run(main(sizes, args.repeat, args.rows))


if __name__ == "__main__":
    run()
