"""Fixtures shared by every test: headless Qt, one qasync loop for the session, a Pieces OS emulator."""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import sys
from collections.abc import Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Protocol, TypeVar

# Set before anything imports Qt, so nobody has to remember it on a machine without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
import qasync
from pytestqt.qtbot import QtBot

from gui.api import AllocationCloud, Discovered, DiscoverySource, PiecesClient
from gui.desktop import translations
from gui.emulator import Emulator
from gui.services.connection import Discoverer, PiecesConnection
from gui.services.operations import Operations
from gui.services.store import StateStore
from gui.services.tasks import TaskRegistry

# Errors nobody planned (a task that died, an ERROR record, a crash report) fail the test: see there.
pytest.register_assert_rewrite("tests.unplanned")
pytest_plugins = ["pytester", "tests.unplanned"]
from . import unplanned as _unplanned  # noqa: E402  (after it is marked for assertion rewriting)

_T = TypeVar("_T")


@pytest.fixture(scope="session", autouse=True)
def english(qapp: Any) -> Iterator[None]:
    """English as the app starts it: its plural forms ("1 day ago") come from its own translation."""
    if not (translations.translations_dir() / "pieces_allocations_en.qm").is_file():
        # A checkout set up before the translations existed: build them as scripts/setup does.
        script = Path(__file__).resolve().parents[1] / "scripts" / "translations"
        subprocess.run([sys.executable, str(script), "build"], check=True)
    loaded = translations.install("en", None)
    yield
    translations.uninstall(loaded)


@pytest.fixture(scope="session")
def event_loop_qt(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    """One qasync loop for the whole session: a new already-running loop per test breaks the next test."""
    loop = qasync.QEventLoop(qapp, already_running=True)
    # Plain threads for DNS look-ups: qasync's default QThread pool is never shut down for a loop
    # that is never closed, and Qt complains at exit about threads still running.
    executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="test-executor")
    loop.set_default_executor(executor)
    # A failed task or callback fails the test that caused it, where the app would show its crash window.
    loop.set_exception_handler(_unplanned.loop_exception)
    asyncio.set_event_loop(loop)
    yield loop
    asyncio.set_event_loop(None)
    executor.shutdown(wait=True)


# How long a task still running when its test ends may take to end on its own (a task in its last
# steps, an answer on its way), so that what it raises is still told to that test.
LEFTOVER_GRACE_MS = 2000


@pytest.fixture
def loop(event_loop_qt: asyncio.AbstractEventLoop, qtbot: QtBot) -> Iterator[asyncio.AbstractEventLoop]:
    """The session loop; a task still running at the end of the test fails it.

    A test ends what it starts, as the app's quit does: it awaits a task, cancels it, or its
    fixture's clean-up does (`tasks`, `client`, `connection` run before this one). A task that
    is still running then, and does not end within LEFTOVER_GRACE_MS, would run into the next
    test: it is cancelled and the test fails, naming it. The grace spares a task that is ending
    anyway (an error it raises is still this test's); a task that never ends (a poller nobody
    stopped) fails every time, whatever the machine's load. No test in the suite relies on the
    grace: each one ends its tasks itself.
    """
    yield event_loop_qt
    running = [t for t in asyncio.all_tasks(event_loop_qt) if not t.done()]
    if not running:
        return
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: all(t.done() for t in running), timeout=LEFTOVER_GRACE_MS)
    leftovers = {t: repr(t) for t in running if not t.done()}  # where each one was, before cancelling
    for task in leftovers:
        task.cancel()
    qtbot.waitUntil(lambda: all(t.done() for t in leftovers), timeout=5000)
    for task, where in leftovers.items():
        if task.cancelled():
            outcome = "cancelled"
        elif task.exception() is not None:
            outcome = f"failed when cancelled: {task.exception()!r}"
        else:
            outcome = "swallowed its cancellation and returned"
        _unplanned.add("leftover task", f"still running at the end of the test, then {outcome}: {where}")


class Run(Protocol):
    def __call__(self, coro: Coroutine[Any, Any, _T], timeout: float = ...) -> _T: ...


@pytest.fixture
def run(loop: asyncio.AbstractEventLoop, qtbot: QtBot) -> Run:
    """Run a coroutine on the Qt loop and return its result (or raise its exception), waiting with qtbot."""

    def _run(coro: Coroutine[Any, Any, _T], timeout: float = 10.0) -> _T:
        task = loop.create_task(coro)
        qtbot.waitUntil(task.done, timeout=int(timeout * 1000))
        return task.result()

    return _run


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    """A Pieces OS on 127.0.0.1 (port 0) with three allocations, a signed-in user and quick connects."""
    with Emulator(port=0, allocations=3, seed=0, connect_delay=0.3) as emu:
        yield emu


@pytest.fixture
def client(emulator: Emulator, run: Run) -> Iterator[PiecesClient]:
    """A PiecesClient talking to the emulator over loopback, closed after the test."""
    pieces = PiecesClient(emulator.url)
    yield pieces
    run(pieces.aclose())


def at(emulator: Emulator) -> Discoverer:
    """A discoverer that finds the emulator, as --base-url would."""

    async def find() -> Discovered:
        return Discovered(emulator.url, DiscoverySource.ARGUMENT, "given with --base-url")

    return find


@pytest.fixture
def store() -> StateStore:
    return StateStore()


@pytest.fixture
def connection(emulator: Emulator, store: StateStore, run: Run) -> Iterator[PiecesConnection]:
    """The app's connection to the emulator, already found (the store knows where), closed afterwards."""
    pieces = PiecesConnection(store, at(emulator))
    run(pieces.ensure())
    yield pieces
    run(pieces.aclose())


@pytest.fixture
def filled(store: StateStore, connection: PiecesConnection, run: Run) -> tuple[AllocationCloud, ...]:
    """What a refresh does: the emulator's user and allocations read into the store."""
    client = connection.require()
    user, snapshot = run(client.current_user()), run(client.snapshot())
    store.loaded(user, snapshot.iterable)
    return snapshot.iterable


@pytest.fixture
def tasks(run: Run) -> Iterator[TaskRegistry]:
    registry = TaskRegistry()
    yield registry
    run(registry.cancel_all())


class Refreshes:
    """Stands in for the refresh service: counts the refreshes an action asks for."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> None:
        self.count += 1


@pytest.fixture
def refreshes() -> Refreshes:
    return Refreshes()


@pytest.fixture
def operations(store: StateStore, connection: PiecesConnection, refreshes: Refreshes) -> Operations:
    """The app's operations over the emulator, reading the followed cloud every 50 ms."""
    return Operations(store, connection, refreshes, poll_interval=0.05)
