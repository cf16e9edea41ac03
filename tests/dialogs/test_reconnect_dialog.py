"""ReconnectDialog against the emulator: names the cloud, follows it, reports success, failure and cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gui.api import AllocationCloud
from gui.dialogs import Outcome, ReconnectDialog
from gui.emulator import Emulator
from gui.services.operations import Operations
from gui.services.tasks import TaskRegistry
from gui.views.presentation import status_look

from ..gestures import click, key
from .conftest import HOSTILE, Snapshot, assert_plain_labels, posts, with_vanity_url


def opened(
    qtbot: QtBot, operations: Operations, tasks: TaskRegistry, cloud: AllocationCloud
) -> ReconnectDialog:
    dialog = ReconnectDialog(operations, tasks, cloud.id)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_names_the_cloud_and_reconnects_it(
    qtbot: QtBot,
    emulator: Emulator,
    operations: Operations,
    tasks: TaskRegistry,
    allocations: list[AllocationCloud],
    snapshot: Snapshot,
) -> None:
    cloud = allocations[2]  # the seed's PENDING cloud
    dialog = opened(qtbot, operations, tasks, cloud)
    assert dialog.heading_label.text() == f"Reconnect {cloud.personal_url}?"
    assert dialog.cloud_status_label.text() == "Its status when last read: Connecting"
    assert dialog.action_button.isDefault()
    snapshot(dialog, "reconnect-ready")

    emulator.hold_connects()
    with qtbot.waitSignal(dialog.completed) as done:
        key(dialog, Qt.Key.Key_Return)  # Enter reconnects: it is the default
        qtbot.waitUntil(lambda: emulator.connects_waiting == 1)
        qtbot.waitUntil(lambda: "Cloud status: Connecting" in dialog.status_label.text())
        assert dialog.status_label.text().startswith("Reconnecting…")
        snapshot(dialog, "reconnect-progress")
        emulator.release_connects()
    assert done.args == [Outcome.SUCCEEDED]
    assert dialog.outcome_label.text() == f"Your cloud is connected at {cloud.personal_url}"
    assert (emulator.allocation(cloud.id) or {})["status"]["cloud"] == "RUNNING"
    assert dialog.cloud_status_label.text() == "Its status when last read: Connected"
    assert [r.json()["id"] for r in posts(emulator, "/allocations/reconnect")] == [cloud.id]


def test_a_failed_reconnect_shows_the_servers_text(
    qtbot: QtBot,
    emulator: Emulator,
    operations: Operations,
    tasks: TaskRegistry,
    allocations: list[AllocationCloud],
    snapshot: Snapshot,
) -> None:
    cloud = allocations[1]
    dialog = opened(qtbot, operations, tasks, cloud)
    emulator.fail_next_connect("Clouds Reconnect failed.")
    with qtbot.waitSignal(dialog.completed) as done:
        click(dialog.action_button)
    assert done.args == [Outcome.FAILED]
    assert "Clouds Reconnect failed." in dialog.outcome_label.text()
    assert dialog.action_button.isEnabled()
    assert (emulator.allocation(cloud.id) or {})["status"]["cloud"] == "FAILED"
    snapshot(dialog, "reconnect-failed")


def test_a_gateway_timeout_on_reconnect(
    qtbot: QtBot,
    emulator: Emulator,
    operations: Operations,
    tasks: TaskRegistry,
    allocations: list[AllocationCloud],
) -> None:
    dialog = opened(qtbot, operations, tasks, allocations[1])
    emulator.time_out_next_connect()
    with qtbot.waitSignal(dialog.completed):
        click(dialog.action_button)
    assert "gave up waiting for the cloud" in dialog.outcome_label.text()


def test_cancel_says_pieces_os_may_still_reconnect(
    qtbot: QtBot,
    emulator: Emulator,
    operations: Operations,
    tasks: TaskRegistry,
    allocations: list[AllocationCloud],
) -> None:
    dialog = opened(qtbot, operations, tasks, allocations[1])
    emulator.hold_connects()
    click(dialog.action_button)
    qtbot.waitUntil(lambda: emulator.connects_waiting == 1)
    with qtbot.waitSignal(dialog.completed) as done:
        click(dialog.close_button)
    assert done.args == [Outcome.CANCELLED]
    assert dialog.task is not None
    assert dialog.task.cancelled()
    assert "Pieces OS may still finish reconnecting" in dialog.outcome_label.text()


def test_a_hostile_url_and_error_show_literally(
    qtbot: QtBot,
    emulator: Emulator,
    operations: Operations,
    tasks: TaskRegistry,
    allocations: list[AllocationCloud],
) -> None:
    cloud = allocations[1]
    hostile = with_vanity_url(emulator, operations.store, cloud, HOSTILE)
    assert hostile.personal_url == HOSTILE
    dialog = opened(qtbot, operations, tasks, hostile)
    assert dialog.heading_label.text() == f"Reconnect {HOSTILE}?"
    assert status_look(hostile.status.cloud).word in dialog.cloud_status_label.text()
    emulator.fail_next_connect(HOSTILE)
    with qtbot.waitSignal(dialog.completed):
        click(dialog.action_button)
    assert HOSTILE in dialog.outcome_label.text()
    assert_plain_labels(dialog)
