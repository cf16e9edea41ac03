"""Help → Copy diagnostics and Open log folder: what support needs, and nothing of the profile."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from gui.app import logs
from gui.app.bootstrap import Application
from gui.app.diagnostics import Environment, diagnostics_text
from gui.app.help_actions import HelpActions
from gui.cli.options import Options
from gui.desktop.settings import SettingsValues
from gui.emulator import Emulator
from gui.state import Phase

from ..conftest import Run
from ..views.builders import loaded_state, user

ENVIRONMENT = Environment(app="0.1.0", qt="6.11.3", pyside="6.11.3", python="3.11.2", system="Linux 6.1")
SETTINGS = SettingsValues(
    base_url="http://127.0.0.1:39301",
    refresh_seconds=15.0,
    notifications=True,
    start_at_login=False,
    start_in_tray=True,
)


def test_the_text_names_versions_discovery_settings_and_errors_but_no_profile() -> None:
    profile = user("Zebulon Quixote-Marchetti")
    state = loaded_state(user=profile)
    text = diagnostics_text(
        ENVIRONMENT, state, SETTINGS, Path.home() / ".local/share/x/logs", ["12:00:01 WARNING Timed out"]
    )
    assert "App: 0.1.0" in text
    assert "Qt: 6.11.3; PySide6: 6.11.3; Python: 3.11.2" in text
    assert "Pieces OS version: 12.6.0" in text
    assert "Found: " in text
    assert ".port.txt" in text
    assert "refresh every 15 s" in text
    assert "address http://127.0.0.1:39301" in text
    assert "12:00:01 WARNING Timed out" in text
    assert "Log folder: ~/.local/share/x/logs" in text
    assert "Signed in: yes" in text
    for secret in (profile.id, profile.email, profile.name, profile.username, "Zebulon", "Quixote"):
        if secret:
            assert secret not in text, secret
    assert str(Path.home()) not in text


@pytest.fixture
def application(run: Run, emulator: Emulator, tmp_path: Path) -> Iterator[Application]:
    made = Application(Options(base_url=emulator.url, config_dir=tmp_path))
    made.start()
    yield made
    run(made.shutdown())


def test_copy_diagnostics_from_the_help_menu(
    qtbot: QtBot, emulator: Emulator, application: Application, tmp_path: Path
) -> None:
    # The app's own Help actions are wired by the bootstrap.
    qtbot.waitUntil(lambda: application.store.state.phase is Phase.LOADED)
    root = logging.getLogger()
    root.addHandler(logs.recent)  # as logs.configure() does when the app starts
    try:
        logging.getLogger("gui.test").warning("Pieces OS did not answer within 2 s")
        application.window.action_copy_diagnostics.trigger()
    finally:
        root.removeHandler(logs.recent)
    text = QGuiApplication.clipboard().text()
    assert f"Pieces OS: {emulator.url}" in text
    assert f"Pieces OS version: {emulator.version}" in text
    profile = emulator.user_profile()
    for key in ("id", "email", "name", "username"):
        if profile.get(key):
            assert profile[key] not in text, key
    assert "WARNING Pieces OS did not answer within 2 s" in text
    assert "Diagnostics copied" in application.window.status.currentMessage()
    # The history's size and row counts, never what it holds: no cloud id or URL.
    history = next(line for line in text.splitlines() if line.startswith("History: "))
    assert "history.sqlite3" in history
    assert "changes" in history
    assert "watched spans" in history
    for cloud in application.store.state.allocations:
        assert cloud.id not in text
        assert cloud.personal_url not in text


def test_open_log_folder_opens_that_folder_and_nothing_else(
    qtbot: QtBot, application: Application, tmp_path: Path
) -> None:
    opened: list[QUrl] = []

    def record(url: QUrl) -> bool:
        opened.append(url)
        return True

    folder = logs.log_dir(tmp_path)
    # In place of the app's own, which would open a file manager: the same actions, recorded.
    application.window.action_open_log_folder.triggered.disconnect()
    application.window.action_copy_diagnostics.triggered.disconnect()
    help_actions = HelpActions(application.store, application.settings, folder, open_url=record)
    help_actions.attach(application.window)
    application.window.action_open_log_folder.trigger()
    assert [u.toString() for u in opened] == [QUrl.fromLocalFile(str(folder)).toString()]
    assert opened[0].scheme() == "file"
    assert folder.is_dir()
