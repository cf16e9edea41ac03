"""TrayIcon follows the store: its icon and tooltip change with the state, a click shows the window."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from gui.api import PiecesTimeout
from gui.services.store import StateStore
from gui.state import AppState
from gui.tray import NoticeRules, TrayIcon
from tests.tray.test_menu import Intents
from tests.views.builders import cloud, loaded_state, user

ME = user()


def mine(status: str) -> AppState:
    return loaded_state(allocations=(cloud(ME.id, status),), user=ME)


def test_icon_and_tooltip_follow_the_store(qtbot: QtBot) -> None:
    store = StateStore()
    tray = TrayIcon(store, Intents(), lambda: True, markup=False)
    looking = tray.tray.icon().cacheKey()
    assert tray.tray.toolTip().startswith("Pieces Allocations: Looking for Pieces OS")
    store.publish(mine("RUNNING"))
    assert tray.tray.icon().cacheKey() != looking
    assert "Connected" in tray.tray.toolTip().splitlines()[1]
    connected = tray.tray.icon().cacheKey()
    store.failed(PiecesTimeout("the allocations", 10))  # stale: the badge appears
    assert tray.tray.icon().cacheKey() != connected
    assert tray.tray.contextMenu() is tray.menu.menu
    tray.close()


def test_a_left_click_shows_the_window(qtbot: QtBot) -> None:
    intents = Intents()
    tray = TrayIcon(StateStore(), intents, lambda: True, markup=False)
    tray.tray.activated.emit(QSystemTrayIcon.ActivationReason.Context)
    tray.tray.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    assert intents.calls == [("show_window", "")]
    tray.close()


def test_a_settled_change_is_shown_once_as_a_message(qtbot: QtBot) -> None:
    store = StateStore(mine("RUNNING"))
    tray = TrayIcon(store, Intents(), lambda: True, rules=NoticeRules(settle=0.05), markup=False)
    shown: list[tuple[Any, ...]] = []
    tray.tray.showMessage = lambda *args: shown.append(args)  # type: ignore[method-assign]
    tray.tray.isVisible = lambda: True  # type: ignore[method-assign]
    store.publish(mine("FAILED"))
    qtbot.waitUntil(lambda: len(shown) == 1)
    title, body, _icon, _ms = shown[0]
    assert title == "Personal cloud failed"
    assert body.startswith(cloud(ME.id).personal_url)
    store.set_refreshing(True)
    qtbot.waitUntil(lambda: not tray._notice_timer.isActive())
    assert len(shown) == 1
    tray.close()
