"""The notice rules fed by the real poller over the emulator: a slow Pieces OS is not told as gone."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from gui.api import PiecesClient, PiecesTimeout, Timeouts
from gui.emulator import Emulator, Fault
from gui.services.connection import PiecesConnection
from gui.services.poller import Poller
from gui.services.store import StateStore
from gui.services.tasks import TaskRegistry
from gui.state import AppState, Phase
from gui.tray.notices import SETTLE_SECONDS, Notice, NoticeRules

from ..conftest import Run, at


class Told:
    """NoticeRules watching the store as the tray does, on a clock the test moves past each settle window."""

    def __init__(self, store: StateStore) -> None:
        self.ahead = 0.0
        self.rules = NoticeRules(clock=lambda: time.monotonic() + self.ahead)
        self.notices: list[Notice] = []
        self.timeouts = 0
        self.rules.observe(store.state)
        store.changed.connect(self._changed)

    def _changed(self, new: AppState, _previous: AppState) -> None:
        self.rules.observe(new)
        if isinstance(new.error, PiecesTimeout) and not new.refreshing:
            self.timeouts += 1

    def settle(self) -> None:
        """Let whatever changed hold past the settle window, and take what it tells."""
        self.ahead += SETTLE_SECONDS + 0.5
        notice = self.rules.take()
        if notice is not None:
            self.notices.append(notice)


@pytest.fixture
def poller(store: StateStore, tasks: TaskRegistry, emulator: Emulator, run: Run) -> Iterator[Poller]:
    """The app's poller over the emulator, reading often and waiting half a second for the list."""
    timeouts = Timeouts(snapshot=0.5)
    connection = PiecesConnection(store, at(emulator), lambda url: PiecesClient(url, timeouts=timeouts))
    polling = Poller(store, connection, tasks, interval=0.2, max_backoff=0.4)
    yield polling
    polling.stop()
    emulator.clear_faults()
    run(tasks.cancel_all())
    run(connection.aclose())


def test_a_list_that_hangs_while_health_answers_tells_nothing(
    qtbot: QtBot, emulator: Emulator, store: StateStore, poller: Poller
) -> None:
    told = Told(store)
    poller.start()
    qtbot.waitUntil(lambda: store.state.phase is Phase.LOADED and not store.state.refreshing)
    told.settle()

    emulator.inject("/allocations", Fault.hang(), times=None)
    qtbot.waitUntil(lambda: told.timeouts >= 3, timeout=10_000)
    assert store.state.stale
    assert not store.state.pieces_os_lost  # health answered each time: slow, not gone
    told.settle()

    emulator.clear_faults()
    qtbot.waitUntil(lambda: not store.state.stale, timeout=10_000)
    told.settle()
    assert told.notices == []
