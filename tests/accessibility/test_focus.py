"""The keyboard focus stays where the user left it when the window rearranges itself."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui.services.store import StateStore
from gui.tray.host_banner import HostBanner
from gui.views.main_window import MainWindow

from ..views.builders import RecordingIntents


def test_the_tray_banner_put_into_the_window_leaves_the_focus_in_the_table(qtbot: QtBot) -> None:
    window = MainWindow(StateStore(), RecordingIntents())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.table)

    HostBanner().attach(window)  # as the tray does when it starts, 100 ms after the window shows

    assert window.focusWidget() is window.table
    assert QApplication.focusWidget() is window.table
