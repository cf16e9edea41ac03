"""Helpers of the main window tests: find, select and focus rows by cloud id."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from gui.views.allocations_model import CloudRole
from gui.views.main_window import MainWindow


def row_of(window: MainWindow, cloud_id: str) -> int:
    for row in range(window.proxy.rowCount()):
        if window.proxy.index(row, 0).data(CloudRole).id == cloud_id:
            return row
    raise AssertionError(f"{cloud_id} is not shown")


def select(window: MainWindow, cloud_id: str) -> None:
    window.table.selectRow(row_of(window, cloud_id))


def shown_ids(window: MainWindow) -> list[str]:
    return [window.proxy.index(r, 0).data(CloudRole).id for r in range(window.proxy.rowCount())]


def current_id(window: MainWindow) -> str | None:
    index = window.table.currentIndex()
    return index.data(CloudRole).id if index.isValid() else None


def focus_is_in(widget: QWidget) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and widget.isAncestorOf(focused)


def activate(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def next_turn(qtbot: QtBot) -> None:
    """Let the loop take a turn: what the window put off until then (timers started before) has run."""
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setInterval(0)
    with qtbot.waitSignal(timer.timeout):
        timer.start()
