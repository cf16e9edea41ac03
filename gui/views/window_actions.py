"""WindowActions: the main window's QActions (text, shortcuts, tips) and the menus that hold them."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from gui.desktop.assets import icon
from gui.i18n import Context

WINDOW_ACTIONS = Context("WINDOW_ACTIONS")

__all__ = ["WindowActions"]


class WindowActions:
    """Every action of the main window, parented to it; the window connects and enables them."""

    def __init__(self, window: QMainWindow) -> None:
        self._window = window
        self.change_address = self._action(WINDOW_ACTIONS.tr("Change Pieces OS &address…"))
        self.change_address.setStatusTip(WINDOW_ACTIONS.tr("Type the address of the Pieces OS to use"))
        self.settings = self._action(WINDOW_ACTIONS.tr("&Settings…"), "Ctrl+,")
        self.settings.setStatusTip(
            WINDOW_ACTIONS.tr("Pieces OS address, refresh, notifications, start at login")
        )
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.demo = self._action(WINDOW_ACTIONS.tr("Use the &demo"))
        self.demo.setStatusTip(
            WINDOW_ACTIONS.tr("Switch to the built-in demo Pieces OS, with made-up allocations")
        )
        self.quit = self._action(WINDOW_ACTIONS.tr("&Quit"), "Ctrl+Q")
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        self.refresh = self._action(WINDOW_ACTIONS.tr("&Refresh"), "F5", "Ctrl+R")
        self.refresh.setStatusTip(WINDOW_ACTIONS.tr("Ask Pieces OS for the allocations now"))
        # Offered intervals: near-live, calm, and nearly idle for a tray left open all day.
        self.intervals: dict[float, QAction] = {
            5.0: self._action(WINDOW_ACTIONS.tr("Every &5 seconds")),
            15.0: self._action(WINDOW_ACTIONS.tr("Every &15 seconds")),
            60.0: self._action(WINDOW_ACTIONS.tr("Every &minute")),
            300.0: self._action(WINDOW_ACTIONS.tr("Every 5 m&inutes")),
        }
        self.interval_group = QActionGroup(window)
        for action in self.intervals.values():
            action.setCheckable(True)
            self.interval_group.addAction(action)
        self.history = self._action(WINDOW_ACTIONS.tr("Status &history…"), "Ctrl+H")
        self.history.setStatusTip(
            WINDOW_ACTIONS.tr("Every cloud's incidents and your operations, to filter and export")
        )
        self.find = self._action(
            WINDOW_ACTIONS.tr("&Find"), QKeySequence(QKeySequence.StandardKey.Find).toString()
        )
        self.find.setStatusTip(
            WINDOW_ACTIONS.tr("Filter the allocations by any text they show, their URLs or ids")
        )

        self.connect = self._action(WINDOW_ACTIONS.tr("&Connect…"))
        self.connect.setStatusTip(WINDOW_ACTIONS.tr("Connect the signed-in user's personal cloud"))
        self.connect.setIcon(icon("status-connected"))
        self.reconnect = self._action(WINDOW_ACTIONS.tr("&Reconnect…"))
        self.reconnect.setStatusTip(WINDOW_ACTIONS.tr("Reconnect the selected cloud"))
        self.reconnect.setIcon(icon("status-connecting"))
        self.disconnect = self._action(WINDOW_ACTIONS.tr("&Disconnect…"))
        self.disconnect.setStatusTip(WINDOW_ACTIONS.tr("Disconnect the selected cloud"))
        self.disconnect.setIcon(icon("status-disconnected"))
        self.copy_url = self._action(WINDOW_ACTIONS.tr("Co&py personal URL"), "Ctrl+Shift+C")
        self.copy_url.setStatusTip(
            WINDOW_ACTIONS.tr("Copy the selected cloud's personal URL to the clipboard")
        )
        self.open_url = self._action(WINDOW_ACTIONS.tr("&Open in browser"), "Ctrl+Shift+O")
        self.open_url.setStatusTip(WINDOW_ACTIONS.tr("Open the selected cloud's personal URL in the browser"))
        cloud_side = WINDOW_ACTIONS.tr(
            "A cloud-side operation: a local Pieces OS does not implement it and answers with an error."
        )
        self.create = self._action(WINDOW_ACTIONS.tr("C&reate allocation… (cloud-side)"))
        self.create.setStatusTip(cloud_side)
        self.create.setToolTip(cloud_side)
        self.delete = self._action(WINDOW_ACTIONS.tr("De&lete allocation… (cloud-side)"))
        self.delete.setStatusTip(cloud_side)
        self.delete.setToolTip(cloud_side)

        self.open_log_folder = self._action(WINDOW_ACTIONS.tr("Open &log folder"))
        self.open_log_folder.setStatusTip(
            WINDOW_ACTIONS.tr("Show the app's log files, to send with a report")
        )
        self.copy_diagnostics = self._action(WINDOW_ACTIONS.tr("Copy &diagnostics"))
        self.copy_diagnostics.setStatusTip(
            WINDOW_ACTIONS.tr(
                "Copy versions, settings and recent errors (nothing of your profile) for a report"
            )
        )
        self.about = self._action(WINDOW_ACTIONS.tr("&About Pieces Allocations"))
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

    def _action(self, text: str, *shortcuts: str) -> QAction:
        action = QAction(text, self._window)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
            # Shown in tooltips and read by screen readers: the first shortcut is the one people learn.
            # NativeText: the key names as the desktop and Qt's translation write them ("Strg+Q").
            key = QKeySequence(shortcuts[0]).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.replace('&', '')} ({key})")
        return action

    @property
    def selection_actions(self) -> tuple[QAction, ...]:
        """The actions that act on the selected allocation (also the table's context menu)."""
        return (self.reconnect, self.disconnect, self.copy_url, self.open_url)

    def build_menus(self) -> None:
        bar = self._window.menuBar()
        file_menu = bar.addMenu(WINDOW_ACTIONS.tr("&File"))
        file_menu.addActions([self.change_address, self.settings, self.demo])
        file_menu.addSeparator()
        file_menu.addAction(self.quit)

        view_menu = bar.addMenu(WINDOW_ACTIONS.tr("&View"))
        view_menu.addAction(self.refresh)
        interval_menu: QMenu = view_menu.addMenu(WINDOW_ACTIONS.tr("Refresh &automatically"))
        interval_menu.addActions(list(self.intervals.values()))
        view_menu.addSeparator()
        view_menu.addAction(self.history)
        view_menu.addAction(self.find)

        allocation_menu = bar.addMenu(WINDOW_ACTIONS.tr("&Allocation"))
        allocation_menu.setToolTipsVisible(True)
        allocation_menu.addActions([self.connect, self.reconnect, self.disconnect])
        allocation_menu.addSeparator()
        allocation_menu.addActions([self.copy_url, self.open_url])
        allocation_menu.addSeparator()
        advanced: QMenu = allocation_menu.addMenu(WINDOW_ACTIONS.tr("Ad&vanced (cloud-side)"))
        advanced.setToolTipsVisible(True)
        advanced.addActions([self.create, self.delete])

        help_menu = bar.addMenu(WINDOW_ACTIONS.tr("&Help"))
        help_menu.addActions([self.open_log_folder, self.copy_diagnostics])
        help_menu.addSeparator()
        help_menu.addAction(self.about)
