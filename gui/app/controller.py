"""AppController: carries out what the window asks for by opening dialogs and steering the services."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import Qt, QUrl, SignalInstance
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from gui import __version__
from gui.api import AllocationCloud, Discovered, DiscoverySource, discover
from gui.desktop.activation import activate
from gui.desktop.links import is_web_url
from gui.desktop.settings import Settings, SettingsValues
from gui.services.connection import Discoverer, PiecesConnection
from gui.services.poller import Poller
from gui.services.store import StateStore

_log = logging.getLogger(__name__)


class SettingsDialogLike(Protocol):
    """What the controller needs of the settings dialog: a QDialog that says what was applied."""

    @property
    def applied(self) -> SignalInstance: ...


class AddressDialogLike(Protocol):
    """What the controller needs of the address dialog: the address chosen (None: find it)."""

    @property
    def address_chosen(self) -> SignalInstance: ...


# Windows that stay open beside the main one, which the user goes on using: never modal.
_BESIDE_THE_WINDOW = frozenset({"history"})


@dataclass(frozen=True)
class DialogFactories:
    """Builds each dialog; only the bootstrap knows their concrete classes."""

    connect: Callable[[QWidget | None], QDialog]
    # The rest act on an allocation, by id: the dialog follows its latest state in the store.
    reconnect: Callable[[str, QWidget | None], QDialog]
    disconnect: Callable[[str, QWidget | None], QDialog]
    create: Callable[[str | None, QWidget | None], QDialog]
    delete: Callable[[str, QWidget | None], QDialog]
    address: Callable[[str | None, QWidget | None], QDialog]
    about: Callable[[str, str | None, QWidget | None], QDialog]
    settings: Callable[[QWidget | None], QDialog]
    history: Callable[[QWidget | None], QDialog]


class AppController:
    """Implements WindowIntents. Dialogs are opened with open(), never exec(): the loop keeps running."""

    def __init__(
        self,
        store: StateStore,
        connection: PiecesConnection,
        poller: Poller,
        settings: Settings,
        dialogs: DialogFactories,
        demo_discoverer: Callable[[], Discoverer],
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
    ) -> None:
        self._store = store
        self._connection = connection
        self._poller = poller
        self._settings = settings
        self._dialogs = dialogs
        self._demo_discoverer = demo_discoverer
        self._open_url = open_url
        self._window: Callable[[], QWidget] | None = None
        # Open dialogs by what they are for: asking twice brings the open one to the front.
        self._open: dict[tuple[str, str], QDialog] = {}
        self._quit = asyncio.Event()

    def attach(self, window: Callable[[], QWidget]) -> None:
        """window gives the main window, building it if need be: started in the tray, it may not be yet."""
        self._window = window

    def _parent(self) -> QWidget | None:
        return None if self._window is None else self._window()

    async def wait_for_quit(self) -> None:
        await self._quit.wait()

    # -- WindowIntents -----------------------------------------------------------------------

    def refresh(self) -> None:
        self._poller.request()

    def retry_discovery(self) -> None:
        self._rediscover()

    def change_address(self) -> None:
        connection = self._store.state.connection
        current = self._settings.base_url or (connection.base_url if connection else None)

        def chosen(address: str | None) -> None:
            self._settings.base_url = address
            self._rediscover(self.discoverer_for(address, DiscoverySource.SETTINGS))

        def build() -> QDialog:
            dialog = self._dialogs.address(current, self._parent())
            typed: AddressDialogLike = dialog  # type: ignore[assignment]
            typed.address_chosen.connect(chosen)
            return dialog

        # Keyed like every dialog: asking twice brings it to the front, and quitting closes it.
        self._show(("address", ""), build)

    def open_settings(self) -> None:
        def build() -> QDialog:
            dialog = self._dialogs.settings(self._parent())
            cast_dialog: SettingsDialogLike = dialog  # type: ignore[assignment]
            cast_dialog.applied.connect(self._settings_applied)
            return dialog

        self._show(("settings", ""), build)

    def inform(self, title: str, text: str) -> None:
        """A message that waits for the user without blocking anything (a settings file replaced, say)."""

        def build() -> QDialog:
            box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setParent(self._parent(), box.windowFlags())
            return box

        self._show(("message", title), build)

    def show_window(self, tokens: Mapping[str, str] | None = None) -> None:
        """Bring the window up from the tray (or from a second launch): shown, unminimised, in front.

        tokens: a later launch's desktop tokens (XDG_ACTIVATION_TOKEN, DESKTOP_STARTUP_ID), which
        let the window take the focus and stop that launch's spinner. Not once quitting.
        """
        if self._window is None or self._quit.is_set():
            return
        window = self._window()
        if window.isMinimized():
            window.showNormal()
        window.show()
        activate(window, tokens or {})

    def start_demo(self) -> None:
        self._rediscover(self._demo_discoverer())

    def connect(self) -> None:
        self._show(("connect", ""), lambda: self._dialogs.connect(self._parent()))

    def reconnect(self, cloud: AllocationCloud) -> None:
        self._show(("reconnect", cloud.id), lambda: self._dialogs.reconnect(cloud.id, self._parent()))

    def disconnect(self, cloud: AllocationCloud) -> None:
        self._show(("disconnect", cloud.id), lambda: self._dialogs.disconnect(cloud.id, self._parent()))

    def create(self, cloud: AllocationCloud | None) -> None:
        # Without a selection the dialog explains that it needs one, rather than guessing.
        allocation_id = cloud.id if cloud is not None else None
        self._show(
            ("create", allocation_id or ""), lambda: self._dialogs.create(allocation_id, self._parent())
        )

    def delete(self, cloud: AllocationCloud) -> None:
        self._show(("delete", cloud.id), lambda: self._dialogs.delete(cloud.id, self._parent()))

    def set_refresh_interval(self, seconds: float) -> None:
        self._settings.refresh_seconds = seconds
        self._poller.set_interval(self._settings.refresh_seconds)

    def open_url(self, url: str) -> None:
        # Checked here as well as in the views: nothing but a web page is ever opened.
        if not is_web_url(url):
            _log.warning("Refused to open a URL that is not http(s)")
            return
        self._open_url(QUrl(url))

    def show_about(self) -> None:
        connection = self._store.state.connection
        address = connection.base_url if connection else None
        self._show(("about", ""), lambda: self._dialogs.about(__version__, address, self._parent()))

    def show_history(self) -> None:
        self._show(("history", ""), lambda: self._dialogs.history(self._parent()))

    def quit(self) -> None:
        self._quit.set()

    # -- Helpers -----------------------------------------------------------------------------

    @staticmethod
    def discoverer_for(url: str | None, source: DiscoverySource) -> Discoverer:
        """Find Pieces OS at url as given, or automatically when url is None."""

        async def find() -> Discovered:
            return await discover(url=url, url_source=source)

        return find

    def _settings_applied(self, new: SettingsValues, previous: SettingsValues) -> None:
        if new.refresh_seconds != previous.refresh_seconds:
            self._poller.set_interval(new.refresh_seconds)
        if new.base_url != previous.base_url:
            self._rediscover(self.discoverer_for(new.base_url, DiscoverySource.SETTINGS))

    def _rediscover(self, discoverer: Discoverer | None = None) -> None:
        self._connection.rediscover(discoverer)
        self._poller.start()

    def _show(self, key: tuple[str, str], build: Callable[[], QDialog]) -> None:
        """Open the dialog for key, or bring the one already open to the front (a second connect, say)."""
        dialog = self._open.get(key)
        if dialog is not None:
            dialog.show()
            dialog.raise_()
            dialog.activateWindow()
            return
        dialog = build()
        # Held until it closes, so nothing collects it while it is open.
        self._open[key] = dialog
        dialog.finished.connect(lambda _result: self._closed(key, dialog))
        if key[0] in _BESIDE_THE_WINDOW:
            dialog.show()  # not modal: it stays open beside the main window, which works on
        else:
            dialog.open()

    def _closed(self, key: tuple[str, str], dialog: QDialog) -> None:
        if self._open.get(key) is dialog:
            del self._open[key]
        dialog.deleteLater()

    def close_dialogs(self) -> None:
        for dialog in list(self._open.values()):
            dialog.reject()
