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
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from gui import __version__
from gui.api import PiecesClient
from gui.api.discovery import DiscoverySource
from gui.app import crash_report, logs
from gui.app.controller import AppController, DialogFactories
from gui.app.demo import DemoPiecesOS
from gui.app.help_actions import HelpActions
from gui.app.stop_requests import QuitRoutingApplication, hear_session_end, hear_stop_signals
from gui.cli.options import Options
from gui.desktop import translations
from gui.desktop.appid import APP_ID
from gui.desktop.assets import icon
from gui.desktop.places import data_dir
from gui.desktop.settings import Settings
from gui.desktop.single_instance import SingleInstance, instance_key, launch_tokens
from gui.history.database import FILE_NAME as HISTORY_FILE
from gui.i18n import Context
from gui.services.connection import Discoverer, PiecesConnection
from gui.services.history import HistoryService
from gui.services.operations import Operations
from gui.services.poller import Poller
from gui.services.store import StateStore
from gui.services.stream_policy import LiveStream
from gui.services.tasks import TaskRegistry

BOOTSTRAP = Context("BOOTSTRAP")

if TYPE_CHECKING:
    from gui.state import AppState
    from gui.tray.presence import TrayPresence
    from gui.views.main_window import MainWindow

_log = logging.getLogger(__name__)
APP_NAME = "Pieces Allocations"
# How long after start this instance starts to hear later launches (they knock for 3 s).
LISTEN_AFTER_MS = 300
# The tray host is looked for this long after the first list arrived (its modules would hold up the
# first request and the rows' paint), or after TRAY_AT_THE_LATEST_MS, when Pieces OS is slow to answer.
TRAY_AFTER_PAINT_MS = 100
TRAY_AT_THE_LATEST_MS = 1000
# How long the quit waits for work in flight to end (a request to a Pieces OS that hangs is cut
# short), then for the client to close: with the rest, the app is gone within 2 s of being asked.
SHUTDOWN_SECONDS = 0.5
CLOSE_SECONDS = 0.3
# How long tasks still left after the clean-up (none, normally) get to end before the loop closes.
LEFTOVER_SECONDS = 0.3


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
        single_instance: SingleInstance | None = None,
        tray_wait_ms: int | None = None,
    ) -> None:
        """The keyword arguments are seams for tests and the soak: short deadlines, a chosen discovery.

        single_instance: the guard that hears later launches; the quit stops it first.
        tray_wait_ms: how long a start in the tray waits for a tray host (a short wait for tests).
        """
        self.options = options
        self.single_instance = single_instance
        self._stopping = False
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
        self.help = HelpActions(
            self.store, self.settings, logs.log_dir(options.config_dir), history=self.history
        )
        # Built when first needed: an app started in the tray may run for days without showing it.
        self._window: MainWindow | None = None
        self.controller.attach(lambda: self.window)
        # With a tray the app stays resident: closing the window hides it; Quit ends the app. The
        # tray host is followed from start() on, and the icon made whenever one is there.
        self.tray: TrayPresence | None = None
        self._tray_wait_ms = tray_wait_ms

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

        def history(parent: QWidget | None) -> QDialog:
            from gui.dialogs.history_window import HistoryWindow

            return HistoryWindow(self.history, parent)

        return DialogFactories(
            connect, reconnect, disconnect, create, delete, address, about, settings, history
        )

    @property
    def window(self) -> MainWindow:
        """The main window, built the first time it is asked for."""
        if self._window is None:
            from gui.views.main_window import MainWindow

            window = MainWindow(self.store, self.controller, history=self.history)
            self.help.attach(window)
            geometry = self.settings.layout("main_window")
            if geometry is not None:
                window.restoreGeometry(geometry)
            window.closed.connect(self._window_closed)
            self._window = window
        return self._window

    def _window_shown(self) -> bool:
        return self._window is not None and self._window.isVisible()

    def start(self) -> None:
        """Show the window at once (unless asked to start in the tray); it fills in as Pieces OS answers."""
        in_tray = self.options.tray or self.settings.start_in_tray
        if in_tray:
            # The window waits for a tray host (one may start after the app at login), then shows.
            self._watch_tray(in_tray=True)
        else:
            self.window.show()
            self._after_first_refresh(lambda: self._watch_tray(in_tray=False))
        self.history.start()
        self.poller.start()
        if self.settings.recovered_from:
            self.controller.inform(BOOTSTRAP.tr("Settings reset"), self.settings.recovered_from)
        if self.options.quit_after_ms:
            # Through Qt's quit, as the desktop ends an app: that path is the one most worth running.
            QTimer.singleShot(self.options.quit_after_ms, QApplication.quit)

    def _after_first_refresh(self, action: Callable[[], None]) -> None:
        """action, once: TRAY_AFTER_PAINT_MS after the first refresh ended, or at TRAY_AT_THE_LATEST_MS."""
        done = False

        def once() -> None:
            nonlocal done
            if not done:
                done = True
                action()

        def changed(new: AppState, previous: AppState) -> None:
            if previous.refreshing and not new.refreshing:
                self.store.changed.disconnect(changed)
                QTimer.singleShot(TRAY_AFTER_PAINT_MS, once)

        self.store.changed.connect(changed)
        QTimer.singleShot(TRAY_AT_THE_LATEST_MS, once)

    def _watch_tray(self, *, in_tray: bool) -> None:
        if self._stopping:
            return
        from gui.tray import TrayIcon
        from gui.tray.host_watch import TrayHostWatch
        from gui.tray.presence import TrayPresence

        def make_icon() -> TrayIcon:
            return TrayIcon(
                self.store,
                self.controller,
                lambda: self.settings.notifications,
                since=self.history.held_since,
            )

        self.tray = TrayPresence(
            TrayHostWatch(),
            make_icon,
            lambda: self.window,
            self.settings,
            wait_ms=self._tray_wait_ms,
            shown=self._window_shown,
        )
        self.tray.start(in_tray)

    def _window_closed(self) -> None:
        if self.tray is None or self.tray.window_closed():
            self.controller.quit()
        elif self.tray.in_tray and not self.settings.told_still_running:
            # Once: a window that vanishes into the tray looks like a quit to someone new to it.
            self.settings.told_still_running = True
            from gui.tray import still_running_text

            self.tray.tell(BOOTSTRAP.tr("Still running"), still_running_text())

    def _log_text(self) -> str | None:
        return str(self.log_file) if self.log_file else None

    async def run(self) -> int:
        self.start()
        await self.controller.wait_for_quit()
        await self.shutdown()
        return 0

    def request_quit(self, reason: str) -> None:
        """Quit as the app's own Quit does, asked from outside it (a signal, the session, Qt's quit)."""
        _log.info("Quitting: %s", reason)
        self.leave()
        self.controller.quit()

    def save_layout(self) -> None:
        """Write the window's layout to the settings file now (a window never built keeps the last one)."""
        if self._window is not None:
            self.settings.set_layout("main_window", self._window.saveGeometry())
        self.settings.sync()

    def leave(self) -> None:
        """The quit's first steps, at once: layout saved, later launches no longer heard, nothing shown.

        A launch made from now on starts a new copy instead of being handed to this one; the
        sources stop first, so that work ending during the quit (a dialog's cancelled connect
        asks for a refresh) starts nothing.
        """
        if self._stopping:
            return
        self._stopping = True
        if self.tray is not None:
            self.tray.hide()  # early: Windows leaves a ghost icon behind otherwise
        self.save_layout()
        # Closed before the lock is let go: a copy launched now opens the history file alone.
        self.history.stop()
        if self.single_instance is not None:
            self.single_instance.release()
        if self._window is not None:
            self._window.hide()
        self.poller.stop()
        self.stream.stop()
        self.controller.close_dialogs()

    async def shutdown(self) -> None:
        """leave(), then cancel every task and close the client and the demo, within SHUTDOWN_SECONDS.

        The client last, once nothing can use it. Work that does not end in time (Pieces OS hanging
        mid-request) is left behind: the quit never waits on Pieces OS.
        """
        self.leave()
        try:
            async with asyncio.timeout(SHUTDOWN_SECONDS):
                await self.tasks.cancel_all()
        except TimeoutError:
            # A read that was told to end on its own (one cancelled in flight can spoil httpx's
            # pool) waits for Pieces OS; on quit the pool goes anyway: cancelled, and closed below.
            _log.info("Stopped waiting for work in flight to end: Pieces OS is not answering")
        try:
            async with asyncio.timeout(CLOSE_SECONDS):
                await self.connection.aclose()
        except TimeoutError:
            _log.info("Stopped waiting for the connections to Pieces OS to close")
        self.demo.stop()
        if self.tray is not None:
            self.tray.close()
        if self._window is not None:
            self._window.deleteLater()


async def _main(app: QApplication, options: Options, log_file: Path | None, instance: SingleInstance) -> int:
    # A failing loop callback is reported like any other error nobody planned, once per kind.
    asyncio.get_running_loop().set_exception_handler(crash_report.loop_exception)
    application = Application(options, log_file, single_instance=instance)
    # However the app is told to stop, it stops as its own Quit does: layout saved, all closed.
    hear_stop_signals(application.request_quit)
    if isinstance(app, QuitRoutingApplication):
        app.route_quit(application.request_quit)
    hear_session_end(app, application.save_layout)

    # A second launch shows this app's window instead of starting another copy.
    def later_launch(_args: list[str], tokens: dict[str, str]) -> None:
        named = ", ".join(sorted(tokens)) or "none"
        _log.info("Shown for a later launch, with its desktop tokens: %s", named)
        application.controller.show_window(tokens)

    instance.activated.connect(later_launch)
    # Once the window is up: loading Qt's network module would hold it up (a later launch waits).
    QTimer.singleShot(LISTEN_AFTER_MS, instance.listen)
    try:
        return await application.run()
    finally:
        if isinstance(app, QuitRoutingApplication):
            app.route_quit(None)


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
    app = QApplication.instance() or QuitRoutingApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("pieces-allocations")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(icon("app"))
    # The app decides when to quit (on Quit, or window close without a tray), after its async clean-up.
    app.setQuitOnLastWindowClosed(False)
    saved = Settings(options.config_dir, recover=False)
    folder = saved.folder
    instance = SingleInstance(instance_key(APP_ID, folder), lock_dir=folder)
    if not instance.claim(sys.argv[1:], listen=False, tokens=launch_tokens()):
        return 0  # the running app shows its window
    # After the names are set: the log's folder is named after the app.
    log_file = logs.configure(options.log_level, logs.log_dir(options.config_dir))
    crash_report.install(logs.log_dir(options.config_dir), show=_show_crash)
    # Before the first window; after the log, which says what was loaded.
    translations.install(options.lang, saved.language)
    try:
        return _run_loop(app, options, log_file, instance)
    finally:
        instance.release()
        crash_report.uninstall()
        logs.close()


def _run_loop(app: QApplication, options: Options, log_file: Path | None, instance: SingleInstance) -> int:
    """Run _main on a qasync loop, then close the loop without waiting long for anything left.

    Not asyncio.run: once the app has shut down, it would wait without end for a task that
    ignores its cancellation, and it answers Ctrl+C with a traceback (the app hears signals itself).
    """
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        return int(loop.run_until_complete(_main(app, options, log_file, instance)))
    finally:
        try:
            _end_leftovers(loop)
        finally:
            asyncio.set_event_loop(None)
            loop.close()


def _end_leftovers(loop: asyncio.AbstractEventLoop) -> None:
    """Cancel the tasks still left and give them LEFTOVER_SECONDS to end, then the async generators."""
    leftovers = [task for task in asyncio.all_tasks(loop) if not task.done()]
    for task in leftovers:
        task.cancel()
    if leftovers:
        loop.run_until_complete(asyncio.wait(leftovers, timeout=LEFTOVER_SECONDS))
    generators = loop.create_task(loop.shutdown_asyncgens())
    loop.run_until_complete(asyncio.wait([generators], timeout=LEFTOVER_SECONDS))
