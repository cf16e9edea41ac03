"""CloudOperationDialog against the emulator: create and delete are sent and answered as they are."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gui.api import AllocationCloud
from gui.dialogs import CloudOperation, CloudOperationDialog, Outcome
from gui.emulator import Emulator, Fault
from gui.services.operations import Operations
from gui.services.tasks import TaskRegistry

from ..conftest import Refreshes
from ..gestures import click, key
from .conftest import HOSTILE, Snapshot, assert_plain_labels, posts

# What the emulator answers, as a local Pieces OS does: these are cloud-side operations.
REFUSALS = {
    CloudOperation.CREATE: "This is unimplemented locally. Allocations are created only within the cloud.",
    CloudOperation.DELETE: "This is unimplemented locally. Allocations are deleted only within the cloud.",
}


def opened(
    qtbot: QtBot,
    operations: Operations,
    tasks: TaskRegistry,
    operation: CloudOperation,
    cloud: AllocationCloud | None,
) -> CloudOperationDialog:
    dialog = CloudOperationDialog(operations, tasks, operation, cloud.id if cloud is not None else None)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


@pytest.mark.parametrize("operation", list(CloudOperation))
def test_sends_the_request_and_shows_the_refusal_as_it_is(
    qtbot: QtBot,
    emulator: Emulator,
    operations: Operations,
    tasks: TaskRegistry,
    allocations: list[AllocationCloud],
    refreshes: Refreshes,
    snapshot: Snapshot,
    operation: CloudOperation,
) -> None:
    cloud = allocations[1]
    dialog = opened(qtbot, operations, tasks, operation, cloud)
    assert "a local Pieces OS is expected to refuse it" in dialog.explanation_label.text()
    assert "used only within the cloud" in dialog.explanation_label.text()
    assert dialog.heading_label.text() == f"Send a {operation.value} request for {cloud.personal_url}"
    assert not dialog.action_button.isDefault()
    assert dialog.answer_view.isReadOnly()
    snapshot(dialog, f"{operation.value}-ready")
    with qtbot.waitSignal(dialog.completed) as done:
        click(dialog.action_button)
    assert done.args == [Outcome.FAILED]
    assert dialog.answer_view.toPlainText() == f"HTTP 500\n{REFUSALS[operation]}"
    assert (
        dialog.outcome_label.text() == "Pieces OS refused the request (HTTP 500). Its answer is shown above."
    )
    assert [r.json()["id"] for r in posts(emulator, f"/allocations/{operation.value}")] == [cloud.id]
    assert refreshes.count == 1
    snapshot(dialog, f"{operation.value}-refused")


def test_an_accepted_delete_shows_the_answer_as_it_is(
    qtbot: QtBot,
    emulator: Emulator,
    operations: Operations,
    tasks: TaskRegistry,
    allocations: list[AllocationCloud],
) -> None:
    emulator.inject("/allocations/delete", Fault.status(200, HOSTILE))
    dialog = opened(qtbot, operations, tasks, CloudOperation.DELETE, allocations[1])
    with qtbot.waitSignal(dialog.completed) as done:
        click(dialog.action_button)
    assert done.args == [Outcome.SUCCEEDED]
    assert dialog.answer_view.toPlainText() == HOSTILE
    assert_plain_labels(dialog)


def test_a_hostile_refusal_shows_literally(
    qtbot: QtBot,
    emulator: Emulator,
    operations: Operations,
    tasks: TaskRegistry,
    allocations: list[AllocationCloud],
) -> None:
    emulator.inject("/allocations/create", Fault.status(418, HOSTILE))
    dialog = opened(qtbot, operations, tasks, CloudOperation.CREATE, allocations[1])
    with qtbot.waitSignal(dialog.completed):
        click(dialog.action_button)
    assert dialog.answer_view.toPlainText() == f"HTTP 418\n{HOSTILE}"
    assert_plain_labels(dialog)


def test_an_unreadable_answer_shows_the_error(
    qtbot: QtBot,
    emulator: Emulator,
    operations: Operations,
    tasks: TaskRegistry,
    allocations: list[AllocationCloud],
) -> None:
    emulator.inject("/allocations/create", Fault.malformed_json())
    dialog = opened(qtbot, operations, tasks, CloudOperation.CREATE, allocations[1])
    with qtbot.waitSignal(dialog.completed):
        click(dialog.action_button)
    assert dialog.answer_view.toPlainText() == "(no answer)"
    assert dialog.outcome_label.text().startswith("Pieces OS gave an answer to create the allocation")


def test_without_a_cloud_nothing_can_be_sent(
    qtbot: QtBot, emulator: Emulator, operations: Operations, tasks: TaskRegistry
) -> None:
    dialog = opened(qtbot, operations, tasks, CloudOperation.CREATE, None)
    assert not dialog.action_button.isEnabled()
    assert "Select an allocation" in dialog.explanation_label.text()
    key(dialog, Qt.Key.Key_Return)
    assert posts(emulator, "/allocations/create") == []


def test_factories_pick_the_operation(operations: Operations, tasks: TaskRegistry, qtbot: QtBot) -> None:
    create = CloudOperationDialog.for_create(operations, tasks, None)
    delete = CloudOperationDialog.for_delete(operations, tasks, None)
    qtbot.addWidget(create)
    qtbot.addWidget(delete)
    assert (create.operation, delete.operation) == (CloudOperation.CREATE, CloudOperation.DELETE)
