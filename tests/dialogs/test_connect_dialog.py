"""ConnectDialog against the emulator: who is signed in, progress, every ending, cancel and close."""

from __future__ import annotations

import re

import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gui.api import AllocationCloud, UserProfile
from gui.dialogs import ConnectDialog, Outcome
from gui.emulator import Emulator, Fault
from gui.services.connection import PiecesConnection
from gui.services.operations import Operations, ProgressCallback, Watch
from gui.services.store import StateStore
from gui.services.tasks import TaskRegistry

from ..conftest import Refreshes, Run
from ..gestures import click, key
from ..unplanned import Unplanned
from .conftest import HOSTILE, Snapshot, assert_plain_labels, posts

CONNECT = "/allocations/connect"


def opened(qtbot: QtBot, operations: Operations, tasks: TaskRegistry, *, owned: bool = True) -> ConnectDialog:
    """An open ConnectDialog that has finished checking who is signed in (closed after the test if owned)."""
    dialog = ConnectDialog(operations, tasks)
    if owned:
        qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.user_checked):
        dialog.open()
    return dialog


def connect(dialog: ConnectDialog) -> None:
    click(dialog.action_button)


def test_shows_the_user_and_connects(
    qtbot: QtBot,
    emulator: Emulator,
    operations: Operations,
    tasks: TaskRegistry,
    refreshes: Refreshes,
    snapshot: Snapshot,
) -> None:
    dialog = opened(qtbot, operations, tasks)
    profile = emulator.user_profile()
    assert dialog.user_label.text().splitlines() == [
        f"Signed in as {profile['name']}",
        f"Email: {profile['email']}",
        f"Username: {profile['username']}",
    ]
    assert dialog.action_button.isEnabled()
    assert dialog.action_button.isDefault()
    snapshot(dialog, "connect-ready")

    emulator.hold_connects()
    with qtbot.waitSignal(dialog.completed) as done:
        connect(dialog)
        # Held at the gate the cloud stays PENDING: the dialog says so, with the seconds waited.
        qtbot.waitUntil(lambda: "Cloud status: Connecting" in dialog.status_label.text())
        assert re.match(r"Connecting… \d+ s\n", dialog.status_label.text())
        assert dialog.progress_bar.isVisible()
        assert not dialog.action_button.isEnabled()
        snapshot(dialog, "connect-progress")
        emulator.release_connects()

    assert done.args == [Outcome.SUCCEEDED]
    cloud = AllocationCloud.model_validate(emulator.allocation(emulator.user_id))
    assert cloud.personal_url.startswith("https://")
    assert dialog.outcome_label.text() == f"Your cloud is connected at {cloud.personal_url}"
    assert not dialog.progress_bar.isVisible()
    assert not dialog.action_button.isVisible()
    assert dialog.close_button.text() == "Close"
    assert (emulator.allocation(emulator.user_id) or {})["status"]["cloud"] == "RUNNING"
    assert posts(emulator, CONNECT)[0].json() == profile
    assert refreshes.count >= 1
    snapshot(dialog, "connect-success")


def test_signed_out_explains_how_to_sign_in_and_sends_nothing(
    qtbot: QtBot, emulator: Emulator, operations: Operations, tasks: TaskRegistry, snapshot: Snapshot
) -> None:
    emulator.sign_out()
    dialog = opened(qtbot, operations, tasks)
    text = dialog.user_label.text()
    assert "Nobody is signed in to Pieces OS" in text
    assert "needs a signed-in user" in text
    assert "Open Pieces Desktop or the Pieces OS menu and sign in" in text
    assert not dialog.action_button.isEnabled()
    assert dialog.retry_button.isVisible()
    snapshot(dialog, "connect-signed-out")

    connect(dialog)
    key(dialog, Qt.Key.Key_Return)  # Enter presses Check again, the default now
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done())
    assert posts(emulator, CONNECT) == []

    emulator.sign_in()
    with qtbot.waitSignal(dialog.user_checked) as checked:
        click(dialog.retry_button)
    assert isinstance(checked.args[0], UserProfile)
    assert dialog.action_button.isEnabled()
    assert not dialog.retry_button.isVisible()


def test_a_server_error_shows_the_servers_text(
    qtbot: QtBot, emulator: Emulator, operations: Operations, tasks: TaskRegistry
) -> None:
    dialog = opened(qtbot, operations, tasks)
    emulator.fail_next_connect("Clouds Connect failed.")
    with qtbot.waitSignal(dialog.completed) as done:
        connect(dialog)
    assert done.args == [Outcome.FAILED]
    assert "Clouds Connect failed." in dialog.outcome_label.text()
    assert dialog.action_button.isEnabled()  # it can be tried again
    assert (emulator.allocation(emulator.user_id) or {})["status"]["cloud"] == "FAILED"


def test_a_failed_cloud_says_so_and_what_to_try(
    qtbot: QtBot, emulator: Emulator, operations: Operations, tasks: TaskRegistry, snapshot: Snapshot
) -> None:
    dialog = opened(qtbot, operations, tasks)
    emulator.hold_connects()
    emulator.fail_next_connect("Clouds Connect failed.")
    with qtbot.waitSignal(dialog.completed):
        connect(dialog)
        qtbot.waitUntil(lambda: emulator.connects_waiting == 1)
        emulator.set_cloud_status(emulator.user_id, "FAILED")
        qtbot.waitUntil(lambda: "Cloud status: Failed" in dialog.status_label.text())
        emulator.release_connects()
    text = dialog.outcome_label.text()
    assert text.startswith('The cloud failed to connect. Pieces OS said: "Clouds Connect failed."')
    assert "Try again in a minute" in text
    snapshot(dialog, "connect-failed")


def test_an_answer_with_a_failed_cloud_says_it_failed(
    qtbot: QtBot,
    emulator: Emulator,
    operations: Operations,
    tasks: TaskRegistry,
    allocations: list[AllocationCloud],
    connection: PiecesConnection,
    run: Run,
) -> None:
    dialog = opened(qtbot, operations, tasks)
    emulator.hold_connects()
    with qtbot.waitSignal(dialog.completed) as done:
        connect(dialog)
        qtbot.waitUntil(lambda: emulator.connects_waiting == 1)
        # A disconnect from elsewhere overtakes the held connect, then the cloud fails: Pieces OS
        # answers 200 with it.
        run(connection.require().disconnect(allocations[0]))
        emulator.set_cloud_status(emulator.user_id, "FAILED")
        emulator.release_connects()
    assert done.args == [Outcome.FAILED]
    assert dialog.outcome_label.text().startswith("The cloud failed to connect.\nTry again")


def test_a_gateway_timeout_has_its_own_words(
    qtbot: QtBot, emulator: Emulator, operations: Operations, tasks: TaskRegistry
) -> None:
    dialog = opened(qtbot, operations, tasks)
    emulator.time_out_next_connect()
    with qtbot.waitSignal(dialog.completed):
        connect(dialog)
    text = dialog.outcome_label.text()
    assert "Pieces OS gave up waiting for the cloud" in text
    assert "may still come up: refresh in a minute, or try again" in text
    assert dialog.outcome is Outcome.FAILED


def test_signed_out_since_the_check_goes_back_to_the_explanation(
    qtbot: QtBot, emulator: Emulator, operations: Operations, tasks: TaskRegistry
) -> None:
    dialog = opened(qtbot, operations, tasks)
    emulator.sign_out()
    with qtbot.waitSignal(dialog.completed):
        connect(dialog)
    assert "HTTP 401" in dialog.outcome_label.text()
    assert "Sign in to Pieces OS" in dialog.outcome_label.text()
    assert "Nobody is signed in" in dialog.user_label.text()
    assert not dialog.action_button.isEnabled()
    assert dialog.retry_button.isVisible()


def test_cancel_stops_waiting_and_says_what_may_still_happen(
    qtbot: QtBot,
    emulator: Emulator,
    operations: Operations,
    tasks: TaskRegistry,
    refreshes: Refreshes,
    snapshot: Snapshot,
) -> None:
    dialog = opened(qtbot, operations, tasks)
    emulator.hold_connects()
    connect(dialog)
    qtbot.waitUntil(lambda: emulator.connects_waiting == 1)
    # The seconds go on while Pieces OS keeps the request open.
    qtbot.waitUntil(lambda: dialog.status_label.text().startswith("Connecting… 1 s"), timeout=3000)
    task = dialog.task
    assert task is not None
    with qtbot.waitSignal(dialog.completed) as done:
        click(dialog.close_button)
    qtbot.waitUntil(task.done)
    assert task.cancelled()
    assert done.args == [Outcome.CANCELLED]
    assert dialog.isVisible()  # Cancel while working stops the work, and stays to say so
    assert "Pieces OS may still finish connecting" in dialog.outcome_label.text()
    assert "the allocations table will show the result" in dialog.outcome_label.text()
    assert dialog.close_button.text() == "Close"
    assert refreshes.count >= 1
    snapshot(dialog, "connect-cancelled")


def test_escape_while_connecting_cancels_and_closes(
    qtbot: QtBot, emulator: Emulator, operations: Operations, tasks: TaskRegistry
) -> None:
    dialog = opened(qtbot, operations, tasks, owned=False)
    # As the app's controller does: the dialog is deleted once it closes, while its task unwinds.
    dialog.finished.connect(dialog.deleteLater)
    emulator.hold_connects()
    connect(dialog)
    qtbot.waitUntil(lambda: emulator.connects_waiting == 1)
    task = dialog.task
    assert task is not None
    key(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(task.done)
    assert task.cancelled()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))
    assert len(tasks) == 0


def test_cannot_tell_who_is_signed_in(
    qtbot: QtBot, emulator: Emulator, operations: Operations, tasks: TaskRegistry
) -> None:
    emulator.inject("/user", Fault.status(500, "Database is locked"))
    dialog = opened(qtbot, operations, tasks)
    text = dialog.user_label.text()
    assert text.startswith("Could not tell who is signed in.")
    assert "Database is locked" in text
    assert not dialog.action_button.isEnabled()
    with qtbot.waitSignal(dialog.user_checked):
        click(dialog.retry_button)
    assert dialog.action_button.isEnabled()


def test_a_401_from_the_user_check_means_signed_out(
    qtbot: QtBot, emulator: Emulator, operations: Operations, tasks: TaskRegistry
) -> None:
    emulator.inject("/user", Fault.status(401, "Unauthorized"))
    dialog = opened(qtbot, operations, tasks)
    assert "Nobody is signed in to Pieces OS" in dialog.user_label.text()
    assert not dialog.action_button.isEnabled()
    assert dialog.retry_button.isVisible()


class Broken(Operations):
    """Actions with a bug in them: the dialog must not show the traceback."""

    async def connect(
        self, user: UserProfile, on_progress: ProgressCallback, *, watch: Watch | None = None
    ) -> AllocationCloud:
        raise RuntimeError('a bug, File "x.py", line 1')


def test_a_bug_is_logged_not_shown(
    qtbot: QtBot,
    emulator: Emulator,
    store: StateStore,
    connection: PiecesConnection,
    tasks: TaskRegistry,
    unplanned: Unplanned,
) -> None:
    broken = Broken(store, connection, request_refresh=lambda: None)
    dialog = opened(qtbot, broken, tasks)
    with qtbot.waitSignal(dialog.completed):
        connect(dialog)
    assert dialog.outcome_label.text() == (
        "Something went wrong inside Pieces Allocations. Details are in the log file "
        "(Help > About shows where); please try again."
    )
    (logged,) = unplanned.take("ConnectDialog: the operation failed unexpectedly")
    assert "RuntimeError: a bug" in logged.text


def test_the_user_shows_literally_and_never_the_placeholder_email(
    qtbot: QtBot, emulator: Emulator, operations: Operations, tasks: TaskRegistry, snapshot: Snapshot
) -> None:
    dialog = opened(qtbot, operations, tasks)
    profile = emulator.user_profile()
    hostile = UserProfile.model_validate(
        {**profile, "name": HOSTILE, "username": f"{HOSTILE}2", "email": "user@pieces.app"}
    )
    dialog.show_user(hostile)
    assert dialog.user_label.text() == f"Signed in as {HOSTILE}\nUsername: {HOSTILE}2"
    assert_plain_labels(dialog)
    snapshot(dialog, "connect-hostile")

    nameless = UserProfile.model_validate(
        {**profile, "name": None, "username": None, "email": "user@pieces.app"}
    )
    dialog.show_user(nameless)
    assert dialog.user_label.text() == f"Signed in as {profile['id']}"

    emulator.fail_next_connect(HOSTILE)
    with qtbot.waitSignal(dialog.completed):
        connect(dialog)
    assert HOSTILE in dialog.outcome_label.text()
    assert_plain_labels(dialog)
