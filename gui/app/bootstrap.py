"""The bootstrap: the one place that knows the concrete classes, wires them together and runs the loop."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QSystemTrayIcon, QWidget

from gui import __version__
from gui.api import PiecesClient
from gui.api.discovery import DiscoverySource
from gui.app import crash_report, logs
from gui.app.controller import AppController, DialogFactories
from gui.app.demo import DemoPiecesOS
from gui.app.help_actions import HelpActions
from gui.cli.options import Options
from gui.desktop.appid import APP_ID
from gui.desktop.assets import icon
from gui.desktop.places import data_dir
from gui.desktop.settings import Settings
from gui.desktop.single_instance import SingleInstance, instance_key
from gui.history.database import FILE_NAME as HISTORY_FILE
from gui.services.connection import Discoverer, PiecesConnection
from gui.services.history import HistoryService
from gui.services.operations import Operations
from gui.services.poller import Poller
from gui.services.store import StateStore
from gui.services.stream_policy import LiveStream
from gui.services.tasks import TaskRegistry
from gui.views.main_window import MainWindow

if TYPE_CHECKING:
    from gui.tray import TrayIcon

_log = logging.getLogger(__name__)
APP_NAME = "Pieces Allocations"
#: How long after start this instance starts to hear later launches (they knock for 3 s).
LISTEN_AFTER_MS = 300


class Application:
    """Every long-lived object of one run, built from the options."""

    def __init__(
        self,
        options: Options,
        log_file: Path | None = None,
        *,
        client_factory: Callable[[str], PiecesClient] = PiecesClient,
        discoverer: Discoverer | None = None,
        operation_poll_seconds: float = 1.0,
    ) -> None:
        """The keyword arguments are seams for tests and the soak: short deadlines, a chosen discovery."""
        self.options = options
        self.log_file = log_file
        self.settings = Settings(options.config_dir)
        self.store = StateStore()
        self.tasks = TaskRegistry()
        self.demo = DemoPiecesOS()
        self.connection = PiecesConnection(self.store, discoverer or self._first_discoverer(), client_factory)
        self.poller = Poller(self.store, self.connection, self.tasks, interval=self.settings.refresh_seconds)
        self.operations = Operations(
            self.store, self.connection, self.poller.request, poll_interval=operation_poll_seconds
        )
        # Pieces OS pushes every change over its live stream, followed once the first list is shown.
        self.stream = LiveStream(self.store, self.connection, self.poller, self.tasks)
        # What each cloud was, kept on disk beside the log; the demo keeps a made-up week of its own.
        history_file = "demo-" + HISTORY_FILE if options.demo else HISTORY_FILE
        self.history = HistoryService(
            self.store,
            data_dir(options.config_dir) / history_file,
            retention_days=self.settings.history_days,
            demo=options.demo,
        )
        self.controller = AppController(
            self.store,
            self.connection,
            self.poller,
            self.settings,
            self._dialog_factories(),
            lambda: self.demo.discover,
        )
        self.window = MainWindow(self.store, self.controller, history=self.history)
        self.controller.attach(self.window)
        self.help = HelpActions(self.store, self.settings, logs.log_dir(options.config_dir))
        self.help.attach(self.window)
        # With a tray the app stays resident: closing the window hides it; Quit ends the app.
        self.tray: TrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            # Imported only where a tray host runs: elsewhere its modules would only hold up the window.
            from gui.tray import TrayIcon

            self.tray = TrayIcon(
                self.store,
                self.controller,
                lambda: self.settings.notifications,
                since=self.history.held_since,
            )

    def _first_discoverer(self) -> Discoverer:
        if self.options.demo:
            return self.demo.discover
        if self.options.base_url:
            return AppController.discoverer_for(self.options.base_url, DiscoverySource.ARGUMENT)
        # The saved address is read at each look, so Retry sees one corrected meanwhile.
        return lambda: AppController.discoverer_for(self.settings.saved_address, DiscoverySource.SETTINGS)()

    def _dialog_factories(self) -> DialogFactories:
        # Each dialog's module is imported when it is first opened: a user may never open one,
        # and importing them all would hold up the window.
        operations, tasks = self.operations, self.tasks

        def connect(parent: QWidget | None) -> QDialog:
            from gui.dialogs.connect_dialog import ConnectDialog

            return ConnectDialog(operations, tasks, parent)

        def reconnect(cloud_id: str, parent: QWidget | None) -> QDialog:
            from gui.dialogs.reconnect_dialog import ReconnectDialog

            return ReconnectDialog(operations, tasks, cloud_id, parent)

        def disconnect(cloud_id: str, parent: QWidget | None) -> QDialog:
            from gui.dialogs.disconnect_dialog import DisconnectDialog

            return DisconnectDialog(operations, tasks, cloud_id, parent)

        def create(cloud_id: str | None, parent: QWidget | None) -> QDialog:
            from gui.dialogs.cloud_operation_dialog import CloudOperationDialog

            return CloudOperationDialog.for_create(operations, tasks, cloud_id, parent)

        def delete(cloud_id: str, parent: QWidget | None) -> QDialog:
            from gui.dialogs.cloud_operation_dialog import CloudOperationDialog

            return CloudOperationDialog.for_delete(operations, tasks, cloud_id, parent)

        def address(current: str | None, parent: QWidget | None) -> QDialog:
            from gui.dialogs.address_dialog import AddressDialog

            return AddressDialog(current, parent)

        def about(version: str, pieces_os: str | None, parent: QWidget | None) -> QDialog:
            from gui.dialogs.about_dialog import AboutDialog

            return AboutDialog(version, pieces_os, self._log_text(), parent)

        def settings(parent: QWidget | None) -> QDialog:
            from gui.cli.probe import check_address
            from gui.desktop.autostart import for_this_system, launch_command
            from gui.dialogs.settings_dialog import SettingsDialog

            command = launch_command()
            if self.options.config_dir is not None:
                command += ["--config-dir", str(self.options.config_dir.absolute())]
            autostart = for_this_system(APP_ID, APP_NAME)
            return SettingsDialog(self.settings, autostart, tasks, check_address, command, parent)

        return DialogFactories(connect, reconnect, disconnect, create, delete, address, about, settings)

    def start(self) -> None:
        """Show the window at once (unless asked to start in the tray); it fills in as Pieces OS answers."""
        geometry = self.settings.layout("main_window")
        if geometry is not None:
            self.window.restoreGeometry(geometry)
        self.window.closed.connect(self._window_closed)
        in_tray = self.options.tray or self.settings.start_in_tray
        if self.tray is not None:
            self.tray.show()
        if self.tray is None or not in_tray:
            self.window.show()
        if self.tray is None and in_tray:
            from gui.tray import no_tray_reason

            self.controller.inform(self.window.tr("No system tray"), no_tray_reason())
        self.history.start()
        self.poller.start()
        if self.settings.recovered_from:
            self.controller.inform(self.window.tr("Settings reset"), self.settings.recovered_from)
        if self.options.quit_after_ms:
            QTimer.singleShot(self.options.quit_after_ms, self.controller.quit)

    def _window_closed(self) -> None:
        if self.tray is None:
            self.controller.quit()
        elif not self.settings.told_still_running:
            # Once: a window that vanishes into the tray looks like a quit to someone new to it.
            self.settings.told_still_running = True
            from gui.tray import still_running_text

            self.tray.tell(self.window.tr("Still running"), still_running_text())

    def _log_text(self) -> str | None:
        return str(self.log_file) if self.log_file else None

    async def run(self) -> int:
        self.start()
        await self.controller.wait_for_quit()
        await self.shutdown()
        return 0

    async def shutdown(self) -> None:
        """Stop the sources, cancel every task, close the client and the demo, save the layout.

        In this order: the poller first, so that work ending during the quit (a dialog's cancelled
        connect asks for a refresh) starts nothing, and the client last, once nothing can use it.
        """
        if self.tray is not None:
            self.tray.hide()  # first: Windows leaves a ghost icon behind otherwise
        self.settings.set_layout("main_window", self.window.saveGeometry())
        self.settings.sync()
        self._stopping = True
        self.poller.stop()
        if self.stream is not None:
            self.stream.stop()
        self.controller.close_dialogs()
        await self.tasks.cancel_all()
        self.history.stop()  # after the last change was recorded: watching ends now
        await self.connection.aclose()
        self.demo.stop()
        if self.tray is not None:
            self.tray.close()
        self.window.hide()
        self.window.deleteLater()


async def _main(options: Options, log_file: Path | None, instance: SingleInstance) -> int:
    # A failing loop callback is reported like any other error nobody planned, once per kind.
    asyncio.get_running_loop().set_exception_handler(crash_report.loop_exception)
    application = Application(options, log_file)
    # A second launch shows this app's window instead of starting another copy.
    instance.activated.connect(lambda _args: application.controller.show_window())
    # Once the window is up: loading Qt's network module would hold it up (a later launch waits).
    QTimer.singleShot(LISTEN_AFTER_MS, instance.listen)
    return await application.run()


def _show_crash(text: str) -> None:
    """Shows an error nobody planned in a non-modal window, its module imported only when one happens."""
    global _crash_windows
    if _crash_windows is None:
        from gui.dialogs.crash_window import CrashWindows

        _crash_windows = CrashWindows()
    _crash_windows(text)


_crash_windows: Callable[[str], None] | None = None


def run(options: Options) -> int:
    """Start Qt on a qasync loop and run the app until it quits (or hand over to the copy already running)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("pieces-allocations")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(icon("app"))
    # The app decides when to quit (on Quit, or window close without a tray), after its async clean-up.
    app.setQuitOnLastWindowClosed(False)
    folder = Settings(options.config_dir, recover=False).folder
    instance = SingleInstance(instance_key(APP_ID, folder), lock_dir=folder)
    if not instance.claim(sys.argv[1:], listen=False):
        return 0  # the running app shows its window
    # After the names are set: the log's folder is named after the app.
    log_file = logs.configure(options.log_level, logs.log_dir(options.config_dir))
    crash_report.install(logs.log_dir(options.config_dir), show=_show_crash)
    try:
        return _run_loop(options, log_file, instance)
    finally:
        instance.release()
        crash_report.uninstall()
        logs.close()


def _run_loop(options: Options, log_file: Path | None, instance: SingleInstance) -> int:
    if sys.version_info >= (3, 12):
        return asyncio.run(_main(options, log_file, instance), loop_factory=qasync.QEventLoop)
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        return runner.run(_main(options, log_file, instance))
