"""DisconnectDialog against the emulator: a confirmation whose default is Cancel, then Pieces OS's answer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from gui.api import AllocationCloud, AllocationStatus
from gui.dialogs import DisconnectDialog, Outcome
from gui.emulator import Emulator, Fault
from gui.services.operations import Operations
from gui.services.tasks import TaskRegistry

from ..conftest import Refreshes
from ..gestures import click, key
from ..views.builders import with_status
from .conftest import HOSTILE, Snapshot, assert_plain_labels, posts, with_vanity_url

DISCONNECT = "/allocations/disconnect"


def opened(
    qtbot: QtBot, operations: Operations, tasks: TaskRegistry, cloud: AllocationCloud
) -> DisconnectDialog:
    dialog = DisconnectDialog(operations, tasks, cloud.id)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_confirm_disconnects_and_names_the_cloud_by_its_address(
    qtbot: QtBot,
    emulator: Emulator,
    operations: Operations,
    tasks: TaskRegistry,
    allocations: list[AllocationCloud],
    refreshes: Refreshes,
    snapshot: Snapshot,
) -> None:
    cloud = allocations[0]
    dialog = opened(qtbot, operations, tasks, cloud)
    assert dialog.heading_label.text() == f"Disconnect {cloud.personal_url}?"
    assert "stop using this cloud" in dialog.explanation_label.text()
    snapshot(dialog, "disconnect-confirm")
    with qtbot.waitSignal(dialog.completed) as done:
        click(dialog.action_button)
    assert done.args == [Outcome.SUCCEEDED]
    assert dialog.outcome_label.text() == f"Pieces OS disconnected {cloud.personal_url}."
    assert (emulator.allocation(cloud.id) or {})["status"]["cloud"] == "DISCONNECTED"
    assert refreshes.count == 1
    snapshot(dialog, "disconnect-done")
    with qtbot.waitSignal(dialog.finished) as closed:
        click(dialog.close_button)
    assert closed.args == [QDialog.DialogCode.Accepted.value]


def test_cancel_is_the_default_and_sends_nothing(
    qtbot: QtBot,
    emulator: Emulator,
    operations: Operations,
    tasks: TaskRegistry,
    allocations: list[AllocationCloud],
) -> None:
    dialog = opened(qtbot, operations, tasks, allocations[0])
    assert dialog.close_button.isDefault()
    assert not dialog.action_button.isDefault()
    assert dialog.close_button.text() == "Cancel"
    with qtbot.waitSignal(dialog.finished) as closed:
        key(dialog, Qt.Key.Key_Return)
    assert closed.args == [QDialog.DialogCode.Rejected.value]
    assert posts(emulator, DISCONNECT) == []
    assert dialog.outcome is None


def test_escape_sends_nothing(
    qtbot: QtBot,
    emulator: Emulator,
    operations: Operations,
    tasks: TaskRegistry,
    allocations: list[AllocationCloud],
) -> None:
    dialog = opened(qtbot, operations, tasks, allocations[0])
    with qtbot.waitSignal(dialog.finished):
        key(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert posts(emulator, DISCONNECT) == []


def test_an_error_shows_message_and_hint(
    qtbot: QtBot,
    emulator: Emulator,
    operations: Operations,
    tasks: TaskRegistry,
    allocations: list[AllocationCloud],
    snapshot: Snapshot,
) -> None:
    emulator.inject(DISCONNECT, Fault.status(500, "Cloud not found."))
    dialog = opened(qtbot, operations, tasks, allocations[0])
    with qtbot.waitSignal(dialog.completed) as done:
        click(dialog.action_button)
    assert done.args == [Outcome.FAILED]
    assert dialog.outcome_label.text() == (
        'Pieces OS could not disconnect the cloud (HTTP 500): "Cloud not found."\n'
        "Try again in a moment; if it keeps failing, restart Pieces OS."
    )
    assert (emulator.allocation(allocations[0].id) or {})["status"]["cloud"] == "RUNNING"
    snapshot(dialog, "disconnect-error")


def test_a_hostile_url_and_answer_show_literally(
    qtbot: QtBot,
    emulator: Emulator,
    operations: Operations,
    tasks: TaskRegistry,
    allocations: list[AllocationCloud],
) -> None:
    cloud = allocations[0]
    hostile = with_vanity_url(emulator, operations.store, cloud, HOSTILE)
    assert hostile.personal_url == HOSTILE
    emulator.inject(DISCONNECT, Fault.status(200, HOSTILE))
    dialog = opened(qtbot, operations, tasks, hostile)
    assert dialog.heading_label.text() == f"Disconnect {HOSTILE}?"
    with qtbot.waitSignal(dialog.completed):
        click(dialog.action_button)
    assert dialog.outcome_label.text() == f"Pieces OS disconnected cloud {HOSTILE}."
    assert_plain_labels(dialog)


def test_the_cloud_disconnected_is_named_by_its_address_as_it_is_then_and_literally(
    qtbot: QtBot,
    emulator: Emulator,
    operations: Operations,
    tasks: TaskRegistry,
    allocations: list[AllocationCloud],
) -> None:
    cloud = allocations[0]
    dialog = opened(qtbot, operations, tasks, cloud)
    # Its vanity URL changes while the confirmation is open: the result names the latest.
    hostile = with_vanity_url(emulator, operations.store, cloud, HOSTILE)
    with qtbot.waitSignal(dialog.completed):
        click(dialog.action_button)
    assert dialog.outcome_label.text() == f"Pieces OS disconnected {HOSTILE}."
    assert hostile.id == cloud.id
    assert_plain_labels(dialog)


def test_a_cloud_that_changes_or_vanishes_while_the_dialog_is_open_is_said_so(
    qtbot: QtBot, operations: Operations, tasks: TaskRegistry, allocations: list[AllocationCloud]
) -> None:
    cloud = allocations[0]
    dialog = opened(qtbot, operations, tasks, cloud)
    assert not dialog.notice_label.isVisible()
    store = operations.store
    changed = with_status(cloud, AllocationStatus.FAILED)
    store.loaded(store.state.user, (changed, *allocations[1:]))
    assert dialog.notice_label.isVisible()
    assert dialog.notice_label.text() == "Its status changed to Failed while this window was open."
    assert dialog.action_button.isEnabled()
    store.loaded(store.state.user, tuple(allocations[1:]))
    assert dialog.notice_label.text().startswith("Pieces OS no longer lists this cloud")
    assert not dialog.action_button.isEnabled()
