"""Keyboard only: the whole app, as the bootstrap wires it, driven by keystrokes alone (on the emulator)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMenu, QWidget
from pytestqt.qtbot import QtBot

from gui.api import AllocationCloud
from gui.app.bootstrap import Application
from gui.app.crash_report import details
from gui.cli.options import Options
from gui.dialogs import AddressDialog, ConnectDialog, DisconnectDialog, Outcome
from gui.dialogs.about_dialog import AboutDialog
from gui.dialogs.cloud_operation_dialog import CloudOperationDialog
from gui.dialogs.crash_window import CrashWindow, CrashWindows
from gui.dialogs.history_window import HistoryWindow
from gui.dialogs.reconnect_dialog import ReconnectDialog
from gui.dialogs.settings_dialog import SettingsDialog
from gui.emulator import Emulator
from gui.state import Phase

from .keys import (
    clashes,
    dialog_mnemonics,
    focused,
    name_of,
    out_of_reading_order,
    press,
    type_keys,
    unseen_focus,
)

_D = TypeVar("_D", bound=QDialog)
Alt = Qt.KeyboardModifier.AltModifier
Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier
Key = Qt.Key
# A dialog opening, a request reaching the emulator, an operation settling: on a busy machine.
STEP_MS = 15000


@pytest.fixture
def pieces() -> Iterator[Emulator]:
    """Pieces OS with two clouds; the signed-in user's own is disconnected, ready to connect."""
    with Emulator(port=0, allocations=2, seed=0, connect_delay=0.3) as emu:
        emu.set_cloud_status(emu.user_id, "DISCONNECTED")
        yield emu


@pytest.fixture
def app(
    qtbot: QtBot, loop: asyncio.AbstractEventLoop, pieces: Emulator, tmp_path: Path
) -> Iterator[tuple[Application, asyncio.Task[int]]]:
    """The app, running (its run() as a task), its window loaded and painted, active and holding the focus."""
    application = Application(Options(base_url=pieces.url, config_dir=tmp_path), operation_poll_seconds=0.2)
    task = loop.create_task(application.run())
    state = application.store
    qtbot.waitUntil(lambda: state.state.phase is Phase.LOADED and not state.state.refreshing, timeout=STEP_MS)
    window = application.window
    # The rows paint two turns after the table arrives: a picture of the table taken sooner (a
    # busy machine can get here first) shows no rows, and so no focus frame in them.
    qtbot.waitUntil(window.table.viewport().updatesEnabled, timeout=STEP_MS)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=STEP_MS)
    yield application, task
    if not task.done():
        application.controller.quit()
        qtbot.waitUntil(task.done, timeout=STEP_MS)


def gets(pieces: Emulator, path: str) -> int:
    return sum(1 for r in pieces.requests if r.method == "GET" and r.path.split("?")[0] == path)


def posts(pieces: Emulator, path: str) -> int:
    return sum(1 for r in pieces.requests if r.method == "POST" and r.path == path)


def shown(qtbot: QtBot, kind: type[_D]) -> _D:
    """The dialog of this kind once it is shown, active and holds the focus."""
    found: list[_D] = []

    def ready() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        return (
            bool(found) and QApplication.activeWindow() is found[0] and QApplication.focusWidget() is not None
        )

    qtbot.waitUntil(ready, timeout=STEP_MS)
    return found[0]


def closed(qtbot: QtBot, dialog: QWidget, window: QWidget) -> None:
    """The dialog closes; the window under it is active again, with the focus where it was."""
    focus = window.focusWidget()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=STEP_MS)
    if QApplication.activeWindow() is None:
        # A window manager's part (the offscreen platform has none): back to the dialog's window.
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=STEP_MS)
    assert focus is None or QApplication.focusWidget() is focus, name_of(focused())


def menu(qtbot: QtBot, mnemonic: Key, item: Key) -> None:
    """Alt+mnemonic opens a menu of the bar; the item's own letter triggers it."""
    press(qtbot, mnemonic, Alt)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=STEP_MS)
    press(qtbot, item)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=STEP_MS)


def tab_to(qtbot: QtBot, target: QWidget, *, backwards: bool = False) -> None:
    """Tab (or Shift+Tab) until the target has the focus, as a person looking for it would."""
    for _ in range(30):
        if QApplication.focusWidget() is target:
            return
        press(qtbot, Key.Key_Tab if not backwards else Key.Key_Backtab)
    raise AssertionError(f"Tab never reached {name_of(target)}")


def select_by_arrows(qtbot: QtBot, application: Application, cloud_id: str) -> None:
    """From the table, Home then Down until the cloud's row is selected."""
    table = application.window.table
    assert focused() is table, f"the table should hold the focus, not {name_of(focused())}"
    press(qtbot, Key.Key_Home)
    for _ in range(table.model().rowCount()):
        cloud = application.window.selected_cloud()
        if isinstance(cloud, AllocationCloud) and cloud.id == cloud_id:
            return
        press(qtbot, Key.Key_Down)
    raise AssertionError(f"the arrows never selected {cloud_id}")


def wait_for(qtbot: QtBot, check: Callable[[], bool]) -> None:
    qtbot.waitUntil(check, timeout=STEP_MS)


# The offscreen platform cannot raise a menu or grab the keyboard for it, and says so as each menu
# opens; real platforms (xcb, Wayland, Windows, macOS) do both silently.
OFFSCREEN_MENUS = pytest.mark.qt_log_ignore(
    "This plugin does not support raise\\(\\)", "This plugin does not support grabbing the keyboard"
)


@OFFSCREEN_MENUS
def test_every_operation_by_keyboard_alone(
    qtbot: QtBot, app: tuple[Application, asyncio.Task[int]], pieces: Emulator
) -> None:
    application, task = app
    window = application.window
    # Arriving at the table, the keyboard starts there.
    assert focused() is window.table

    # F5 and Ctrl+R refresh at once.
    for key, modifiers in ((Key.Key_F5, Qt.KeyboardModifier.NoModifier), (Key.Key_R, Ctrl)):
        before = gets(pieces, "/allocations")
        press(qtbot, key, modifiers)
        wait_for(qtbot, lambda before=before: gets(pieces, "/allocations") > before)  # type: ignore[misc]

    # Ctrl+F goes to the filter; Esc empties it; Tab goes back to the table.
    press(qtbot, Key.Key_F, Ctrl)
    assert focused() is window.filter_edit
    type_keys("zzz-no-such-cloud")
    assert window.proxy.rowCount() == 0
    press(qtbot, Key.Key_Escape)
    assert window.filter_edit.text() == ""
    press(qtbot, Key.Key_Tab)
    assert focused() is window.table

    # Allocation → Connect…: the dialog opens with Connect focused and default; Enter connects.
    menu(qtbot, Key.Key_A, Key.Key_C)
    connect = shown(qtbot, ConnectDialog)
    wait_for(qtbot, connect.action_button.isEnabled)
    assert focused() is connect.action_button, name_of(focused())
    with qtbot.waitSignal(connect.completed, timeout=STEP_MS) as done:
        press(qtbot, Key.Key_Return)
    assert done.args == [Outcome.SUCCEEDED]
    assert posts(pieces, "/allocations/connect") == 1
    press(qtbot, Key.Key_Escape)
    closed(qtbot, connect, window)

    # Back in the window, the arrows pick the user's own cloud; Allocation → Reconnect… runs on it.
    select_by_arrows(qtbot, application, pieces.user_id)
    menu(qtbot, Key.Key_A, Key.Key_R)
    reconnect = shown(qtbot, ReconnectDialog)
    assert focused() is reconnect.action_button
    with qtbot.waitSignal(reconnect.completed, timeout=STEP_MS):
        press(qtbot, Key.Key_Return)
    assert posts(pieces, "/allocations/reconnect") == 1
    press(qtbot, Key.Key_Return)  # Close, the default once it has ended
    closed(qtbot, reconnect, window)

    # Disconnect: Enter would cancel (Cancel is the default); Tab to Disconnect and press Space.
    menu(qtbot, Key.Key_A, Key.Key_D)
    disconnect = shown(qtbot, DisconnectDialog)
    assert focused() is disconnect.close_button
    tab_to(qtbot, disconnect.action_button)
    with qtbot.waitSignal(disconnect.completed, timeout=STEP_MS):
        press(qtbot, Key.Key_Space)
    assert posts(pieces, "/allocations/disconnect") == 1
    press(qtbot, Key.Key_Escape)
    closed(qtbot, disconnect, window)

    # Ctrl+, opens the settings: Alt+R (the label's letter) reaches the interval; Enter saves.
    press(qtbot, Key.Key_Comma, Ctrl)
    settings = shown(qtbot, SettingsDialog)
    press(qtbot, Key.Key_R, Alt)
    assert focused() is settings.interval_combo
    press(qtbot, Key.Key_End)  # the longest interval
    press(qtbot, Key.Key_Return)
    closed(qtbot, settings, window)
    assert application.store.state.refresh_seconds == 300.0

    # Ctrl+H opens the status history; Enter closes it (never exports), as Esc does.
    for key in (Key.Key_Return, Key.Key_Escape):
        press(qtbot, Key.Key_H, Ctrl)
        history = shown(qtbot, HistoryWindow)
        assert focused() is history.cloud_filter
        press(qtbot, key)
        closed(qtbot, history, window)
        assert [
            w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()
        ] == []

    # File → Change Pieces OS address…, and Help → About: each opens, and Esc closes it.
    for mnemonic, item, kind in (
        (Key.Key_F, Key.Key_A, AddressDialog),
        (Key.Key_H, Key.Key_A, AboutDialog),
    ):
        menu(qtbot, mnemonic, item)
        opened = shown(qtbot, kind)
        press(qtbot, Key.Key_Escape)
        closed(qtbot, opened, window)

    # Ctrl+Q quits, cleanly.
    press(qtbot, Key.Key_Q, Ctrl)
    wait_for(qtbot, task.done)
    assert task.result() == 0


def selected(application: Application, cloud_id: str) -> None:
    """Selects the cloud's row, as the arrows do (the subject here is the dialog, not the table)."""
    window = application.window
    window.table.setFocus()
    for row in range(window.proxy.rowCount()):
        window.table.selectRow(row)
        cloud = window.selected_cloud()
        if cloud is not None and cloud.id == cloud_id:
            return
    raise AssertionError(f"{cloud_id} is not in the table")


# Each dialog the app opens: the action that opens it, its kind, and where the keyboard starts in it
# (never where Enter would do harm: in Disconnect and the cloud-side ones, Cancel).
DIALOGS: dict[str, tuple[str, type[QDialog], Callable[[QDialog], QWidget]]] = {
    "connect": ("action_connect", ConnectDialog, lambda d: d.action_button),  # type: ignore[attr-defined]
    "reconnect": ("action_reconnect", ReconnectDialog, lambda d: d.action_button),  # type: ignore[attr-defined]
    "disconnect": ("action_disconnect", DisconnectDialog, lambda d: d.close_button),  # type: ignore[attr-defined]
    "create": ("action_create", CloudOperationDialog, lambda d: d.close_button),  # type: ignore[attr-defined]
    "delete": ("action_delete", CloudOperationDialog, lambda d: d.close_button),  # type: ignore[attr-defined]
    "settings": ("action_settings", SettingsDialog, lambda d: d.address_picker.auto_radio),  # type: ignore[attr-defined]
    "address": ("action_change_address", AddressDialog, lambda d: d.address_edit),  # type: ignore[attr-defined]
    "about": ("action_about", AboutDialog, lambda d: d.close_button),  # type: ignore[attr-defined]
    "history": ("action_history", HistoryWindow, lambda d: d.cloud_filter),  # type: ignore[attr-defined]
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_each_dialog_starts_the_keyboard_where_it_helps_and_tabs_in_reading_order(
    qtbot: QtBot, app: tuple[Application, asyncio.Task[int]], pieces: Emulator, name: str
) -> None:
    application, _task = app
    action, kind, first = DIALOGS[name]
    selected(application, pieces.user_id)
    getattr(application.window, action).trigger()
    dialog = shown(qtbot, kind)
    if isinstance(dialog, ConnectDialog):
        wait_for(qtbot, dialog.action_button.isEnabled)  # who is signed in is known
    assert focused() is first(dialog), name_of(focused())
    assert clashes(dialog_mnemonics(dialog)) == []
    problems = out_of_reading_order(qtbot, dialog)
    assert not problems, "\n".join(problems)


def menus(menu: QObject) -> Iterator[QMenu]:
    """A menu and its submenus (QAction.menu() is typed as a QObject)."""
    assert isinstance(menu, QMenu)
    yield menu
    for action in menu.actions():
        if action.menu() is not None:
            yield from menus(action.menu())


def test_each_menu_item_has_a_letter_of_its_own(app: tuple[Application, asyncio.Task[int]]) -> None:
    # Two items on one letter: the letter only moves between them, Enter must then act (Qt's rule).
    application, _task = app
    bar = application.window.menuBar()
    problems = clashes([action.text() for action in bar.actions()])
    for top in bar.actions():
        for menu in menus(top.menu()):
            problems += [f"{menu.title()}: {clash}" for clash in clashes([a.text() for a in menu.actions()])]
    assert problems == []


def tab_stops(qtbot: QtBot, window: QWidget) -> list[QWidget]:
    """Every widget Tab reaches in the window, once round from the one focused now."""
    start = QApplication.focusWidget()
    assert start is not None
    stops = [start]
    for _ in range(60):
        press(qtbot, Key.Key_Tab)
        now = focused()
        if now is start:
            return stops
        stops.append(now)
    raise AssertionError(f"Tab never came back to {name_of(start)}")


@pytest.mark.parametrize("name", ["window", *DIALOGS])
def test_what_has_the_keyboard_focus_shows_it(
    qtbot: QtBot, app: tuple[Application, asyncio.Task[int]], pieces: Emulator, name: str
) -> None:
    application, _task = app
    selected(application, pieces.user_id)
    window: QWidget = application.window
    if name != "window":
        action, kind, _first = DIALOGS[name]
        getattr(application.window, action).trigger()
        window = shown(qtbot, kind)
    assert unseen_focus(qtbot, tab_stops(qtbot, window)) == []


def test_the_crash_window_is_kept_by_the_keyboard_too(
    qtbot: QtBot, app: tuple[Application, asyncio.Task[int]]
) -> None:
    """The window an unplanned error opens: Tab in reading order, the focus shown, Esc closes it."""
    windows = CrashWindows()
    windows(details(TypeError("an example"), "Unexpected error"))
    crash = shown(qtbot, CrashWindow)
    assert clashes(dialog_mnemonics(crash)) == []
    problems = out_of_reading_order(qtbot, crash)
    assert not problems, "\n".join(problems)
    assert unseen_focus(qtbot, tab_stops(qtbot, crash)) == []
    press(qtbot, Key.Key_Escape)
    qtbot.waitUntil(lambda: not crash.isVisible(), timeout=STEP_MS)
