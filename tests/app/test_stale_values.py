"""Nothing old looks current: the status bar after Pieces OS stops, a placeholder user, another address."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from gui.app.bootstrap import Application
from gui.cli.options import Options
from gui.dialogs import AddressDialog, ConnectDialog
from gui.emulator import Emulator, Fault
from gui.state import Phase
from gui.views.formatting import isolate

from ..conftest import Run
from ..gestures import click
from .test_bootstrap import open_dialog

# Generous: this test runs a connect, a change of address and two Pieces OS, on a busy CI machine too.
WAIT_MS = 20_000


@pytest.fixture
def make_app(run: Run) -> Iterator[list[Application]]:
    made: list[Application] = []
    yield made
    for application in made:
        run(application.shutdown())


def start(made: list[Application], url: str, config_dir: Path) -> Application:
    application = Application(Options(base_url=url, config_dir=config_dir))
    made.append(application)
    application.start()
    return application


def test_health_is_not_shown_as_ok_once_pieces_os_stopped(
    qtbot: QtBot, emulator: Emulator, make_app: list[Application], tmp_path: Path
) -> None:
    """Before, "Health: OK" from the last good check stayed in the status bar after Pieces OS died."""
    application = start(make_app, emulator.url, tmp_path)
    bar = application.window.status
    qtbot.waitUntil(lambda: application.store.state.phase is Phase.LOADED)
    assert bar.health.text() == "Health: OK"
    emulator.stop()
    application.window.action_refresh.trigger()
    qtbot.waitUntil(lambda: application.store.state.error is not None)
    assert bar.health.text() == "Health: no answer"
    assert "did not answer" in bar.health.toolTip()


def test_the_placeholder_email_is_never_shown_as_who_is_signed_in(
    qtbot: QtBot, emulator: Emulator, make_app: list[Application], tmp_path: Path
) -> None:
    """Before, "Signed in as user@pieces.app": the SDK's stand-in for a missing email, shown as a person."""
    emulator.set_allocations(0)
    emulator.update_user(name=None, username=None, email="user@pieces.app")
    application = start(make_app, emulator.url, tmp_path)
    bar = application.window.status
    qtbot.waitUntil(lambda: application.store.state.phase is Phase.NO_ALLOCATIONS)
    assert bar.user.text() == f"Signed in as {isolate(emulator.user_id)}"
    assert "user@pieces.app" not in bar.user.toolTip()
    assert emulator.user_id in application.window.state_panel.message.text()


def test_after_another_address_the_old_pieces_os_pushes_nothing_into_the_window(
    qtbot: QtBot, emulator: Emulator, make_app: list[Application], tmp_path: Path
) -> None:
    """Before, the old live stream kept the old Pieces OS's user on screen until the new one answered.

    A connect still running on the old Pieces OS holds its client open, so its stream was never cut.
    """
    emulator.set_cloud_status(emulator.user_id, "DISCONNECTED")
    application = start(make_app, emulator.url, tmp_path)
    qtbot.waitUntil(lambda: application.store.state.stream_live, timeout=WAIT_MS)
    application.window.action_connect.trigger()
    dialog = open_dialog(qtbot, ConnectDialog)
    qtbot.waitUntil(dialog.action_button.isEnabled, timeout=WAIT_MS)
    emulator.hold_connects()
    click(dialog.action_button)
    qtbot.waitUntil(lambda: emulator.connects_waiting == 1, timeout=WAIT_MS)

    with Emulator(port=0, allocations=2, seed=7, connect_delay=0.0) as other:
        other.inject("/.well-known/health", Fault.hang(), times=None)  # the new one does not answer yet
        application.window.action_change_address.trigger()
        address = open_dialog(qtbot, AddressDialog)
        address.manual_radio.setChecked(True)
        address.address_edit.setText(other.url)
        click(address.ok_button)
        qtbot.waitUntil(lambda: other.wait_for_hanging(1, timeout=0.01), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: emulator.streams.count == 0, timeout=WAIT_MS)  # the old stream was let go
        emulator.release_connects()  # the old Pieces OS changes: nothing of it may show
        qtbot.waitUntil(lambda: emulator.connects_waiting == 0, timeout=WAIT_MS)
        assert application.store.state.user is None
        assert not application.window.status.user.isVisibleTo(application.window)

        other.clear_faults()
        application.window.action_refresh.trigger()
        qtbot.waitUntil(lambda: application.store.state.phase is Phase.LOADED, timeout=WAIT_MS)
        user = application.store.state.user
        assert user is not None
        assert user.id == other.user_id
