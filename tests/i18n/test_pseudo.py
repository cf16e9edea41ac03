"""Under the pseudo-locale every text the app can show is translated and fits; right to left, it mirrors."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from gui.app.bootstrap import Application
from gui.app.crash_report import details
from gui.cli.options import Options
from gui.desktop import translations
from gui.dialogs import (
    AboutDialog,
    AddressDialog,
    CloudOperationDialog,
    ConnectDialog,
    DisconnectDialog,
    OperationDialog,
    ReconnectDialog,
)
from gui.dialogs.crash_window import CrashWindow, CrashWindows
from gui.dialogs.history_window import HistoryWindow
from gui.dialogs.settings_dialog import SettingsDialog
from gui.emulator import Emulator, Fault
from gui.state import CloudStatus, Phase
from gui.tray.host_banner import gnome_hint_text, host_gone_text
from gui.tray.menu import TrayMenu
from gui.tray.notices import Notice, NoticeKind
from gui.tray.tooltip import tooltip_text
from gui.tray.wording import no_tray_reason, notice_text, still_running_text

from ..conftest import Run
from .walk import Text, clipped, menu_texts, texts, unmarked

_W = TypeVar("_W", bound=QWidget)


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[None]:
    loaded = translations.install("pseudo", None)
    yield
    translations.uninstall(loaded)


@pytest.fixture
def pseudo_rtl(qapp: QApplication) -> Iterator[None]:
    loaded = translations.install("pseudo-rtl", None)
    yield
    translations.uninstall(loaded)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def values(emulator: Emulator) -> set[str]:
    """Every string Pieces OS sends: the app shows them as they are."""
    found: set[str] = {emulator.url, emulator.version}

    def leaves(value: Any) -> None:
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                leaves(item)
        elif isinstance(value, list):
            for item in value:
                leaves(item)

    for path in ("/allocations", "/user", "/.well-known/health"):
        try:
            answer = httpx.get(emulator.url + path, timeout=5)
        except httpx.ConnectError:
            continue  # stopped: what it said before is still known
        try:
            leaves(answer.json())
        except json.JSONDecodeError:
            found.add(answer.text.strip())
    return found


class Walk:
    """One app on the emulator, and what was found wrong in every place it was looked at."""

    def __init__(self, qtbot: QtBot, run: Run, emulator: Emulator, tmp_path: Path) -> None:
        self.qtbot = qtbot
        self.run = run
        self.emulator = emulator
        self.app = Application(Options(base_url=emulator.url, config_dir=tmp_path))
        self.app.window.resize(1240, 700)
        self.app.start()
        self.problems: list[str] = []
        self.values = values(emulator)

    def loaded(self) -> None:
        self.qtbot.waitUntil(
            lambda: self.app.store.state.phase is Phase.LOADED and not self.app.store.state.refreshing
        )
        table = self.app.window.table
        flags = QItemSelectionModel.SelectionFlag
        table.selectionModel().setCurrentIndex(table.model().index(0, 0), flags.ClearAndSelect | flags.Rows)

    def look(self, top: QWidget, found: list[Text] | None = None) -> None:
        QApplication.processEvents()
        self.values |= values(self.emulator)
        self.problems += unmarked(list(texts(top)) + (found or []), self.values)
        self.problems += clipped(top)

    def opened(self, kind: type[_W], trigger: Callable[[], None]) -> _W:
        trigger()
        found: list[_W] = []

        def shown() -> bool:
            found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
            return bool(found)

        self.qtbot.waitUntil(shown)
        return found[0]

    def phase(self, phase: Phase, change: Callable[[Emulator], None]) -> None:
        change(self.emulator)
        self.app.poller.request()
        self.qtbot.waitUntil(lambda: self.app.store.state.phase is phase, timeout=10_000)
        self.look(self.app.window)

    def close(self) -> None:
        self.run(self.app.shutdown())


@pytest.fixture
def walk(qtbot: QtBot, run: Run, emulator: Emulator, tmp_path: Path) -> Iterator[Walk]:
    made = Walk(qtbot, run, emulator, tmp_path)
    yield made
    made.close()


def settle(qtbot: QtBot, dialog: OperationDialog) -> None:
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=15_000)


def no_allocations(emulator: Emulator) -> None:
    emulator.sign_in()
    emulator.set_allocations(0)


def update_required(emulator: Emulator) -> None:
    emulator.set_health("ok")
    emulator.set_update_required(True)


def failing(emulator: Emulator) -> None:
    emulator.set_update_required(False)
    emulator.inject("/allocations", Fault.malformed_json(), times=None)


def test_the_window_its_menus_and_every_state_are_translated_and_fit(pseudo: None, walk: Walk) -> None:
    walk.loaded()
    walk.look(walk.app.window)
    walk.app.window.action_copy_diagnostics.trigger()  # says so in the status bar
    walk.look(walk.app.window)
    walk.emulator.inject("/allocations", Fault.status(500, "Database is locked"), times=None)
    walk.app.poller.request()
    walk.qtbot.waitUntil(lambda: walk.app.store.state.stale)
    walk.look(walk.app.window)
    walk.emulator.clear_faults()
    walk.phase(Phase.SIGNED_OUT, lambda e: e.sign_out())
    walk.phase(Phase.NO_ALLOCATIONS, no_allocations)
    walk.phase(Phase.MIGRATING, lambda e: e.set_health("migrating"))
    walk.phase(Phase.UPDATE_REQUIRED, update_required)
    walk.phase(Phase.FAILING, failing)
    walk.phase(Phase.UNREACHABLE, lambda e: e.stop())
    assert not walk.problems, "\n".join(walk.problems)


def test_every_dialog_is_translated_and_fits(pseudo: None, walk: Walk) -> None:
    walk.loaded()
    window = walk.app.window
    settings = walk.opened(SettingsDialog, window.action_settings.trigger)
    walk.look(settings)
    settings.reject()
    address = walk.opened(AddressDialog, window.action_change_address.trigger)
    address.manual_radio.setChecked(True)
    address.address_edit.setText("http://not an address")
    walk.look(address)
    address.reject()
    about = walk.opened(AboutDialog, window.action_about.trigger)
    walk.look(about)
    about.close()
    history = walk.opened(HistoryWindow, window.action_history.trigger)
    walk.look(history)
    history.close()
    delete = walk.opened(CloudOperationDialog, window.action_delete.trigger)
    walk.look(delete)
    delete.action_button.click()
    settle(walk.qtbot, delete)
    walk.look(delete)
    delete.close()
    windows = CrashWindows()
    crash = walk.opened(CrashWindow, lambda: windows(details(TypeError("an example"), "Unexpected error")))
    walk.look(crash)
    crash.close()
    assert not walk.problems, "\n".join(walk.problems)


def test_the_operation_dialogs_are_translated_and_fit_at_every_step(pseudo: None, walk: Walk) -> None:
    walk.loaded()
    window = walk.app.window
    connect = walk.opened(ConnectDialog, window.action_connect.trigger)
    walk.qtbot.waitUntil(connect.action_button.isEnabled)
    walk.look(connect)
    walk.emulator.fail_next_connect()
    connect.action_button.click()
    settle(walk.qtbot, connect)
    walk.look(connect)
    connect.close()
    reconnect = walk.opened(ReconnectDialog, window.action_reconnect.trigger)
    walk.look(reconnect)
    reconnect.action_button.click()
    settle(walk.qtbot, reconnect)
    walk.look(reconnect)
    reconnect.close()
    disconnect = walk.opened(DisconnectDialog, window.action_disconnect.trigger)
    walk.look(disconnect)
    disconnect.action_button.click()
    settle(walk.qtbot, disconnect)
    walk.look(disconnect)
    disconnect.close()
    assert not walk.problems, "\n".join(walk.problems)


def test_the_tray_menu_tooltip_and_notifications_are_translated(pseudo: None, walk: Walk) -> None:
    walk.loaded()
    state = walk.app.store.state
    menu = TrayMenu(walk.app.store, walk.app.controller)
    try:
        found = [text for action in menu.menu.actions() for text in menu_texts(action, "tray menu")]
    finally:
        menu.close()
    found.append(Text("tray tooltip", tooltip_text(state, markup=False)))
    url = state.allocations[0].personal_url
    for kind, status in [
        (NoticeKind.CONNECTED, CloudStatus.CONNECTED),
        (NoticeKind.FAILED, CloudStatus.FAILED),
        (NoticeKind.DISCONNECTED, CloudStatus.DISCONNECTED),
        (NoticeKind.PIECES_OS_GONE, CloudStatus.UNREACHABLE),
        (NoticeKind.PIECES_OS_BACK, CloudStatus.CONNECTED),
    ]:
        for notice in (Notice(kind, status, url, status, walk.emulator.url, "12.6.0"), Notice(kind, status)):
            title, body = notice_text(notice)
            found += [Text(f"{kind} notification title", title), Text(f"{kind} notification", body)]
    for say in (no_tray_reason, still_running_text, gnome_hint_text, host_gone_text):
        found.append(Text(say.__name__, say()))
    problems = unmarked(found, walk.values)
    assert not problems, "\n".join(problems)
    assert len(found) > 20


def test_right_to_left_mirrors_the_window_and_the_dialogs(pseudo_rtl: None, walk: Walk) -> None:
    assert QApplication.layoutDirection() is Qt.LayoutDirection.RightToLeft
    walk.loaded()
    window = walk.app.window
    QApplication.processEvents()

    def x(widget: QWidget) -> int:
        return widget.mapTo(window, QPoint(0, 0)).x()

    # Left to right the table is left of the details; mirrored, it is right of them.
    assert x(window.table) > x(window.details)
    menus = [a for a in window.menuBar().actions() if not a.isSeparator()]
    first, last = (window.menuBar().actionGeometry(a) for a in (menus[0], menus[-1]))
    assert first.x() > last.x(), "the File menu is the rightmost"
    walk.look(window)
    settings = walk.opened(SettingsDialog, window.action_settings.trigger)
    assert settings.layoutDirection() is Qt.LayoutDirection.RightToLeft
    ok = settings.ok_button
    assert ok.mapTo(settings, QPoint(0, 0)).x() < settings.width() / 2, "the buttons sit on the left"
    walk.look(settings)
    settings.reject()
    assert not walk.problems, "\n".join(walk.problems)
