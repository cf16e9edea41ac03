"""HelpActions: Help → Open log folder and Help → Copy diagnostics, wired onto the main window's actions."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

from gui.app import logs
from gui.app.diagnostics import Environment, diagnostics_text, this_environment
from gui.desktop.settings import Settings
from gui.i18n import Context
from gui.services.history import HistoryService
from gui.services.store import StateStore

HELP_ACTIONS = Context("HELP_ACTIONS")

if TYPE_CHECKING:
    from gui.views.main_window import MainWindow

__all__ = ["HelpActions"]

_log = logging.getLogger(__name__)
_MESSAGE_MS = 4000


class HelpActions:
    """The log folder is the one non-web URL the app ever opens, and only that folder."""

    def __init__(
        self,
        store: StateStore,
        settings: Settings,
        log_folder: Path | None,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
        environment: Callable[[], Environment] = this_environment,
        history: HistoryService | None = None,
    ) -> None:
        self._store = store
        self._settings = settings
        self._log_folder = log_folder
        self._open_url = open_url
        self._environment = environment
        self._history = history
        self._window: MainWindow | None = None

    def attach(self, window: MainWindow) -> None:
        self._window = window
        window.action_open_log_folder.triggered.connect(self.open_log_folder)
        window.action_open_log_folder.setEnabled(self._log_folder is not None)
        window.action_copy_diagnostics.triggered.connect(self.copy_diagnostics)

    def open_log_folder(self) -> None:
        folder = self._log_folder
        if folder is None:
            return
        try:
            folder.mkdir(parents=True, exist_ok=True)  # an empty folder beats "cannot open"
        except OSError as error:
            _log.warning("Cannot create the log folder: %s", error)
        if not self._open_url(QUrl.fromLocalFile(str(folder))):
            self._say(
                HELP_ACTIONS.tr("The log folder could not be opened; it is {folder}").format(folder=folder)
            )

    def diagnostics(self) -> str:
        return diagnostics_text(
            self._environment(),
            self._store.state,
            self._settings.values(),
            self._log_folder,
            logs.recent.messages(),
            history=self._history.sizes() if self._history is not None else None,
            history_paused=self._history.paused if self._history is not None else None,
        )

    def copy_diagnostics(self) -> str:
        text = self.diagnostics()
        QGuiApplication.clipboard().setText(text)
        self._say(HELP_ACTIONS.tr("Diagnostics copied: paste them into your report"))
        return text

    def _say(self, text: str) -> None:
        if self._window is not None:
            self._window.status.showMessage(text, _MESSAGE_MS)
