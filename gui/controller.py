"""AppController: carries out what the window asks for by opening dialogs and steering the services."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QUrl, SignalInstance
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QWidget

from gui import __version__
from gui.api import AllocationCloud, Discovered, DiscoverySource, discover
from gui.links import is_web_url
from gui.services.refresh import Discoverer, RefreshService
from gui.settings import Settings
from gui.state import StateStore

_log = logging.getLogger(__name__)


class AddressDialogLike(Protocol):
    """What the controller needs of the address dialog: open() it, hear the address chosen (None: find it)."""

    @property
    def address_chosen(self) -> SignalInstance: ...

    def open(self) -> None: ...


@dataclass(frozen=True)
class DialogFactories:
    """Builds each dialog; only the bootstrap knows their concrete classes."""

    connect: Callable[[QWidget | None], QDialog]
    reconnect: Callable[[AllocationCloud, QWidget | None], QDialog]
    disconnect: Callable[[AllocationCloud, QWidget | None], QDialog]
    create: Callable[[AllocationCloud | None, QWidget | None], QDialog]
    delete: Callable[[AllocationCloud, QWidget | None], QDialog]
    address: Callable[[str | None, QWidget | None], AddressDialogLike]
    about: Callable[[str, str | None, QWidget | None], QDialog]


class AppController:
    """Implements WindowIntents. Dialogs are opened with open(), never exec(): the loop keeps running."""

    def __init__(
        self,
        store: StateStore,
        refresh: RefreshService,
        settings: Settings,
        dialogs: DialogFactories,
        demo_discoverer: Callable[[], Discoverer],
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
    ) -> None:
        self._store = store
        self._refresh = refresh
        self._settings = settings
        self._dialogs = dialogs
        self._demo_discoverer = demo_discoverer
        self._open_url = open_url
        self._window: QWidget | None = None
        self._open: set[QDialog] = set()
        self._quit = asyncio.Event()

    def attach(self, window: QWidget) -> None:
        self._window = window

    async def wait_for_quit(self) -> None:
        await self._quit.wait()

    # -- WindowIntents -----------------------------------------------------------------------

    def refresh(self) -> None:
        self._refresh.refresh_now()

    def retry_discovery(self) -> None:
        self._refresh.rediscover()

    def change_address(self) -> None:
        connection = self._store.state.connection
        current = self._settings.base_url or (connection.base_url if connection else None)
        dialog = self._dialogs.address(current, self._window)

        def chosen(address: str | None) -> None:
            self._settings.base_url = address
            self._refresh.rediscover(self.discoverer_for(address, DiscoverySource.SETTINGS))

        dialog.address_chosen.connect(chosen)
        dialog.open()

    def start_demo(self) -> None:
        self._refresh.rediscover(self._demo_discoverer())

    def connect(self) -> None:
        self._show(self._dialogs.connect(self._window))

    def reconnect(self, cloud: AllocationCloud) -> None:
        self._show(self._dialogs.reconnect(cloud, self._window))

    def disconnect(self, cloud: AllocationCloud) -> None:
        self._show(self._dialogs.disconnect(cloud, self._window))

    def create(self, cloud: AllocationCloud | None) -> None:
        # Without a selection the dialog explains that it needs one, rather than guessing.
        self._show(self._dialogs.create(cloud, self._window))

    def delete(self, cloud: AllocationCloud) -> None:
        self._show(self._dialogs.delete(cloud, self._window))

    def set_refresh_interval(self, seconds: float) -> None:
        self._settings.refresh_seconds = seconds
        self._refresh.set_interval(self._settings.refresh_seconds)

    def open_url(self, url: str) -> None:
        # Checked here as well as in the views: nothing but a web page is ever opened.
        if not is_web_url(url):
            _log.warning("Refused to open a URL that is not http(s)")
            return
        self._open_url(QUrl(url))

    def show_about(self) -> None:
        connection = self._store.state.connection
        self._show(
            self._dialogs.about(__version__, connection.base_url if connection else None, self._window)
        )

    def quit(self) -> None:
        self._quit.set()

    # -- Helpers -----------------------------------------------------------------------------

    @staticmethod
    def discoverer_for(url: str | None, source: DiscoverySource) -> Discoverer:
        """Find Pieces OS at url as given, or automatically when url is None."""

        async def find() -> Discovered:
            return await discover(url=url, url_source=source)

        return find

    def _show(self, dialog: QDialog) -> None:
        # Held until it closes, so nothing collects it while it is open.
        self._open.add(dialog)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        self._open.discard(dialog)
        dialog.deleteLater()

    def close_dialogs(self) -> None:
        for dialog in list(self._open):
            dialog.reject()
