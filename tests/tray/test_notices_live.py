"""The notice rules over the real poller, dialogs and operations: told what the user is not watching, only."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gui.api import AllocationCloud, PiecesClient, PiecesTimeout, Timeouts
from gui.dialogs import ConnectDialog, Outcome
from gui.emulator import Emulator, Fault
from gui.services.connection import PiecesConnection
from gui.services.operations import Operations
from gui.services.poller import Poller
from gui.services.store import StateStore
from gui.services.tasks import TaskRegistry
from gui.state import AppState, Operation, Phase
from gui.tray.notices import SETTLE_SECONDS, Notice, NoticeKind, NoticeRules

from ..conftest import Run, at
from ..gestures import click, key


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


def refresh(store: StateStore, connection: PiecesConnection, run: Run) -> None:
    """What a refresh does: Pieces OS's user and allocations read into the store."""
    client = connection.require()
    store.loaded(run(client.current_user()), run(client.snapshot()).iterable)


def connect_operation(store: StateStore) -> Operation:
    [operation] = store.state.operations
    return operation


def cloud_status(emulator: Emulator) -> str:
    return str((emulator.allocation(emulator.user_id) or {})["status"]["cloud"])


@pytest.fixture
def connecting(
    qtbot: QtBot,
    emulator: Emulator,
    store: StateStore,
    connection: PiecesConnection,
    operations: Operations,
    tasks: TaskRegistry,
    filled: tuple[AllocationCloud, ...],
    run: Run,
) -> Iterator[tuple[Told, ConnectDialog]]:
    """The cloud disconnected, then a Connect dialog connecting it, held by Pieces OS (it will fail)."""
    emulator.set_cloud_status(emulator.user_id, "DISCONNECTED")
    refresh(store, connection, run)
    told = Told(store)
    dialog = ConnectDialog(operations, tasks)
    # As the app's controller does: the dialog is deleted once it closes.
    dialog.finished.connect(dialog.deleteLater)
    with qtbot.waitSignal(dialog.user_checked):
        dialog.open()
    emulator.hold_connects()
    emulator.fail_next_connect("Clouds Connect failed.")
    click(dialog.action_button)
    qtbot.waitUntil(lambda: emulator.connects_waiting == 1)
    refresh(store, connection, run)  # the table shows it connecting
    assert store.state.allocations[0].status.cloud.value == "PENDING"
    assert connect_operation(store).watched
    told.settle()
    yield told, dialog
    if shiboken6.isValid(dialog):
        dialog.close()
        dialog.deleteLater()


@pytest.mark.parametrize("how", ["closed while connecting", "cancelled, then closed"])
def test_an_operation_nobody_watches_is_told(
    qtbot: QtBot,
    emulator: Emulator,
    store: StateStore,
    connection: PiecesConnection,
    run: Run,
    connecting: tuple[Told, ConnectDialog],
    how: str,
) -> None:
    told, dialog = connecting
    task = dialog.task
    assert task is not None
    if how == "closed while connecting":
        key(dialog, Qt.Key.Key_Escape)
        assert not connect_operation(store).watched  # from the moment it closed, not once the work unwound
    else:
        click(dialog.close_button)  # Cancel: the dialog stays, saying the table will show the result
        qtbot.waitUntil(lambda: dialog.outcome is Outcome.CANCELLED)
        click(dialog.close_button)
    qtbot.waitUntil(task.done)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))
    assert not connect_operation(store).watched

    emulator.release_connects()  # Pieces OS finishes the connect nobody waits for any more: it fails
    qtbot.waitUntil(lambda: cloud_status(emulator) == "FAILED")
    refresh(store, connection, run)
    told.settle()
    assert [notice.kind for notice in told.notices] == [NoticeKind.FAILED]


def test_an_outcome_its_dialog_shows_is_not_told_again(
    qtbot: QtBot,
    emulator: Emulator,
    store: StateStore,
    connection: PiecesConnection,
    run: Run,
    connecting: tuple[Told, ConnectDialog],
) -> None:
    told, dialog = connecting
    with qtbot.waitSignal(dialog.completed) as done:
        emulator.release_connects()
    assert done.args == [Outcome.FAILED]
    assert "Clouds Connect failed." in dialog.outcome_label.text()
    refresh(store, connection, run)
    told.settle()
    dialog.close()  # read, then closed: it was seen all the same
    refresh(store, connection, run)
    told.settle()
    assert connect_operation(store).watched
    assert told.notices == []
