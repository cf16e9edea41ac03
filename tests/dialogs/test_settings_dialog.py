"""SettingsDialog: OK saves and says what changed, Cancel changes nothing, Test answers without blocking."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from gui.api import PiecesUnreachable
from gui.cli.probe import check_address
from gui.desktop.autostart import XdgAutostart
from gui.desktop.settings import Settings
from gui.dialogs import SettingsDialog, SettingsValues
from gui.emulator import Emulator
from gui.services.tasks import TaskRegistry

from ..gestures import click, type_text
from .conftest import Snapshot, assert_plain_labels

COMMAND = ["/usr/bin/pieces-allocations", "--tray"]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "config")


@pytest.fixture
def autostart(tmp_path: Path) -> XdgAutostart:
    return XdgAutostart("pieces-allocations", "Pieces Allocations", home=tmp_path / "home", env={})


async def never_called(address: str | None) -> str:
    raise AssertionError("no test was asked for")


def opened(
    qtbot: QtBot, settings: Settings, autostart: XdgAutostart, tester: object = never_called
) -> SettingsDialog:
    dialog = SettingsDialog(settings, autostart, TaskRegistry(), tester, COMMAND)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def retype(dialog: SettingsDialog, text: str) -> None:
    dialog.address_picker.address_edit.clear()
    type_text(dialog.address_picker.address_edit, text)


def test_it_opens_on_what_is_saved(
    qtbot: QtBot, settings: Settings, autostart: XdgAutostart, snapshot: Snapshot
) -> None:
    settings.base_url = "http://127.0.0.1:39301"
    settings.refresh_seconds = 60
    settings.notifications = False
    dialog = opened(qtbot, settings, autostart)
    snapshot(dialog, "settings-fresh")

    assert dialog.address_picker.manual_radio.isChecked()
    assert dialog.address_picker.address == "http://127.0.0.1:39301"
    assert dialog.interval_combo.currentText() == "Every minute"
    assert [dialog.interval_combo.itemText(i) for i in range(dialog.interval_combo.count())] == [
        "Every 5 seconds",
        "Every 15 seconds",
        "Every minute",
        "Every 5 minutes",
    ]
    assert not dialog.notifications_box.isChecked()
    assert not dialog.login_box.isChecked()
    assert dialog.test_label.isHidden()
    assert_plain_labels(dialog)


def test_ok_saves_everything_and_says_what_changed(
    qtbot: QtBot, settings: Settings, autostart: XdgAutostart
) -> None:
    dialog = opened(qtbot, settings, autostart)
    retype(dialog, "127.0.0.1:39305")
    dialog.interval_combo.setCurrentIndex(3)
    dialog.notifications_box.setChecked(False)
    dialog.start_in_tray_box.setChecked(True)
    dialog.login_box.setChecked(True)

    with qtbot.waitSignal(dialog.applied) as applied:
        click(dialog.ok_button)

    new = SettingsValues("http://127.0.0.1:39305", 300.0, False, True, True)
    assert applied.args == [new, SettingsValues(None, 5.0, True, False, False)]
    again = Settings(Path(settings.path).parent)
    assert (again.base_url, again.refresh_seconds, again.notifications) == (
        "http://127.0.0.1:39305",
        300,
        False,
    )
    assert (again.start_in_tray, again.start_at_login) == (True, True)
    assert autostart.enabled()
    assert "Exec=/usr/bin/pieces-allocations --tray" in autostart.path.read_text(encoding="utf-8")


def test_cancel_changes_nothing(qtbot: QtBot, settings: Settings, autostart: XdgAutostart) -> None:
    dialog = opened(qtbot, settings, autostart)
    retype(dialog, "127.0.0.1:39305")
    dialog.login_box.setChecked(True)
    with qtbot.assertNotEmitted(dialog.applied):
        click(dialog.buttons.button(dialog.buttons.StandardButton.Cancel))
    assert settings.base_url is None
    assert not autostart.enabled()
    assert not autostart.path.exists()


def test_the_login_box_shows_the_truth_each_time_it_opens(
    qtbot: QtBot, settings: Settings, autostart: XdgAutostart
) -> None:
    settings.start_at_login = True  # what the app remembers is not what the system does
    dialog = opened(qtbot, settings, autostart)
    assert not dialog.login_box.isChecked()
    dialog.reject()

    autostart.enable(COMMAND)  # e.g. turned on from the desktop's own settings
    dialog.open()
    assert dialog.login_box.isChecked()
    dialog.login_box.setChecked(False)
    click(dialog.ok_button)
    assert not autostart.path.exists()


def test_a_login_entry_that_cannot_be_written_says_why_and_keeps_the_dialog_open(
    qtbot: QtBot, settings: Settings, autostart: XdgAutostart, tmp_path: Path, snapshot: Snapshot
) -> None:
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / ".config").write_text("a file where a folder belongs", encoding="utf-8")
    dialog = opened(qtbot, settings, autostart)
    dialog.login_box.setChecked(True)
    dialog.notifications_box.setChecked(False)

    with qtbot.assertNotEmitted(dialog.applied):
        click(dialog.ok_button)

    assert dialog.isVisible()
    assert dialog.login_label.isVisible()
    assert "Could not write the autostart entry" in dialog.login_label.text()
    assert str(autostart.path) in dialog.login_label.text()
    assert settings.notifications is True  # nothing was saved
    snapshot(dialog, "settings-login-failed")


def test_an_invalid_address_disables_ok_and_test(
    qtbot: QtBot, settings: Settings, autostart: XdgAutostart, snapshot: Snapshot
) -> None:
    dialog = opened(qtbot, settings, autostart)
    retype(dialog, "ftp://127.0.0.1")
    assert not dialog.ok_button.isEnabled()
    assert not dialog.test_button.isEnabled()
    assert "is not an http:// or https:// address" in dialog.address_picker.reason_label.text()
    snapshot(dialog, "settings-invalid")
    dialog.address_picker.auto_radio.setChecked(True)
    assert dialog.ok_button.isEnabled()
    assert dialog.test_button.isEnabled()


def test_test_shows_what_answered(
    qtbot: QtBot,
    loop: asyncio.AbstractEventLoop,
    settings: Settings,
    autostart: XdgAutostart,
    emulator: Emulator,
    snapshot: Snapshot,
) -> None:
    dialog = opened(qtbot, settings, autostart, check_address)
    retype(dialog, emulator.url)
    click(dialog.test_button)
    expected = f"Pieces OS 12.6.0 at {emulator.url}, healthy"
    qtbot.waitUntil(lambda: dialog.test_label.text() == expected, timeout=10000)
    assert dialog.test_icon.isVisible()
    snapshot(dialog, "settings-test-ok")


def test_test_asks_the_typed_address_even_when_pieces_os_url_is_set(
    qtbot: QtBot,
    loop: asyncio.AbstractEventLoop,
    settings: Settings,
    autostart: XdgAutostart,
    emulator: Emulator,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The variable wins over the saved address when the app looks for Pieces OS, but Test is
    # about the address being typed: answering for the variable would vouch for the wrong one.
    monkeypatch.setenv("PIECES_OS_URL", "http://127.0.0.1:9")
    dialog = opened(qtbot, settings, autostart, check_address)
    retype(dialog, emulator.url)
    click(dialog.test_button)
    expected = f"Pieces OS 12.6.0 at {emulator.url}, healthy"
    qtbot.waitUntil(lambda: dialog.test_label.text() == expected, timeout=10000)


def test_a_failed_test_gives_the_error_and_what_to_do(
    qtbot: QtBot,
    loop: asyncio.AbstractEventLoop,
    settings: Settings,
    autostart: XdgAutostart,
    snapshot: Snapshot,
) -> None:
    dialog = opened(qtbot, settings, autostart, check_address)
    retype(dialog, "http://127.0.0.1:9")
    click(dialog.test_button)
    qtbot.waitUntil(lambda: "not reachable at http://127.0.0.1:9" in dialog.test_label.text(), timeout=10000)
    assert "Check that Pieces OS is running" in dialog.test_label.text()
    snapshot(dialog, "settings-test-failed")


def test_the_dialog_stays_usable_while_a_test_waits(
    qtbot: QtBot, loop: asyncio.AbstractEventLoop, settings: Settings, autostart: XdgAutostart
) -> None:
    answer = asyncio.Event()
    asked: list[str | None] = []

    async def slow(address: str | None) -> str:
        asked.append(address)
        await answer.wait()
        raise PiecesUnreachable(address or "?")

    dialog = opened(qtbot, settings, autostart, slow)
    click(dialog.test_button)
    qtbot.waitUntil(lambda: asked == [None])
    assert dialog.test_label.text() == "Asking Pieces OS at this computer…"
    dialog.notifications_box.setChecked(False)  # the window answers meanwhile
    answer.set()
    qtbot.waitUntil(lambda: "is not reachable at ?" in dialog.test_label.text())


def test_closing_the_dialog_cancels_its_test(
    qtbot: QtBot, loop: asyncio.AbstractEventLoop, settings: Settings, autostart: XdgAutostart
) -> None:
    started, cancelled = asyncio.Event(), asyncio.Event()

    async def endless(address: str | None) -> str:
        started.set()
        try:
            await asyncio.Event().wait()
        finally:
            cancelled.set()
        return ""

    dialog = opened(qtbot, settings, autostart, endless)
    click(dialog.test_button)
    qtbot.waitUntil(started.is_set)
    dialog.reject()
    qtbot.waitUntil(cancelled.is_set)


def test_an_interval_from_an_older_file_is_kept(
    qtbot: QtBot, settings: Settings, autostart: XdgAutostart
) -> None:
    settings.refresh_seconds = 12
    dialog = opened(qtbot, settings, autostart)
    assert dialog.interval_combo.currentText() == "Every 12 seconds"
    with qtbot.waitSignal(dialog.applied) as applied:
        click(dialog.ok_button)
    assert applied.args[0].refresh_seconds == 12


def test_it_says_when_pieces_os_url_overrides_the_saved_address(
    qtbot: QtBot, settings: Settings, autostart: XdgAutostart
) -> None:
    env = {"PIECES_OS_URL": "http://127.0.0.1:39305"}
    dialog = SettingsDialog(settings, autostart, TaskRegistry(), never_called, COMMAND, env=env)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.environment_label.isVisible()
    assert "PIECES_OS_URL is set to http://127.0.0.1:39305" in dialog.environment_label.text()
    quiet = SettingsDialog(settings, autostart, TaskRegistry(), never_called, COMMAND, env={})
    qtbot.addWidget(quiet)
    quiet.open()
    assert not quiet.environment_label.isVisible()
