"""TrayPresence keeps the app in reach as the tray host comes and goes (a real private bus and watcher)."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from gui.tray.host_watch import TrayHostWatch
from gui.tray.presence import TrayPresence

from .session import PrivateBus

WAIT_MS = 300


class Hint:
    tray_hint_off = False


class PanelIcon(QObject):
    """Stands in for the TrayIcon: the offscreen platform has no tray to show a real one on
    (tests/tray/test_end_to_end.py shows the real one on a real host)."""

    made = 0

    def __init__(self) -> None:
        super().__init__()
        PanelIcon.made += 1
        self.shown = False

    def show(self) -> None:
        self.shown = True

    def hide(self) -> None:
        self.shown = False

    def close(self) -> None:
        self.shown = False

    def tell(self, title: str, body: str) -> None:
        pass


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    window.setCentralWidget(QLabel("the allocations"))
    qtbot.addWidget(window)
    return window


def presence_on(bus: PrivateBus, window: QMainWindow, desktop: str = "KDE") -> TrayPresence:
    def make_icon() -> PanelIcon:
        return PanelIcon()

    watch = TrayHostWatch(bus.connection, lambda: False, absent_poll_ms=50)
    return TrayPresence(watch, make_icon, lambda: window, Hint(), wait_ms=WAIT_MS, desktop=desktop)


def holds(qtbot: QtBot, check: Callable[[], bool], seconds: float) -> bool:
    failed: list[bool] = []
    deadline = time.monotonic() + seconds

    def done() -> bool:
        if not check():
            failed.append(True)
        return bool(failed) or time.monotonic() >= deadline

    qtbot.waitUntil(done, timeout=int(seconds * 1000) + 5000)
    return not failed


def test_a_host_that_restarts_within_the_wait_keeps_the_window_hidden(
    bus: PrivateBus, window: QMainWindow, qtbot: QtBot
) -> None:
    bus.start_watcher()
    PanelIcon.made = 0
    presence = presence_on(bus, window)
    presence.start(in_tray=True)
    assert presence.in_tray
    bus.stop_watcher()
    qtbot.waitUntil(lambda: not presence.in_tray)
    assert presence.waiting  # hidden, with no way in: the host has the wait to come back
    bus.start_watcher()
    qtbot.waitUntil(lambda: presence.in_tray)
    assert holds(qtbot, lambda: not window.isVisible(), 2 * WAIT_MS / 1000)
    assert isinstance(presence.icon, PanelIcon)
    assert presence.icon.shown
    assert PanelIcon.made == 1  # the same icon: Qt puts it back on a returning host of its kind
    presence.close()


def test_a_window_closed_while_the_host_is_away_hides_then_comes_back_if_the_host_does_not(
    bus: PrivateBus, window: QMainWindow, qtbot: QtBot
) -> None:
    bus.start_watcher()
    presence = presence_on(bus, window)
    presence.start(in_tray=False)
    window.show()
    bus.stop_watcher()
    qtbot.waitUntil(lambda: not presence.in_tray)
    assert not presence.waiting  # the window is up: the app is in reach
    # The host may be restarting: closing the window does not quit, it hides it for the wait.
    window.close()
    assert not presence.window_closed()
    qtbot.waitUntil(window.isVisible)
    assert presence.banner.isVisible()
    assert "The system tray has gone" in presence.banner.label.text()
    # The host has now been gone for the wait, and the user was told: the window is the app.
    window.close()
    assert presence.window_closed()
    presence.close()


def test_with_no_host_ever_closing_the_window_quits(
    bus: PrivateBus, window: QMainWindow, qtbot: QtBot
) -> None:
    presence = presence_on(bus, window)
    presence.start(in_tray=False)
    window.show()
    window.close()
    assert presence.window_closed()
    presence.close()


def test_the_gnome_hint_goes_when_a_tray_comes(bus: PrivateBus, window: QMainWindow, qtbot: QtBot) -> None:
    presence = presence_on(bus, window, desktop="GNOME-Classic:GNOME")
    presence.start(in_tray=True)
    qtbot.waitUntil(window.isVisible)
    assert "gnome-shell-extension-appindicator" in presence.banner.label.text()
    assert presence.banner.never_button.isVisible()
    bus.start_watcher()  # the user turned the extension on
    qtbot.waitUntil(lambda: presence.in_tray)
    assert not presence.banner.isVisible()
    presence.close()
