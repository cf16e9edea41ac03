"""The tray menu: its entries worked out from the state, the QMenu rebuilt from them each time it opens."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from gui.api import AllocationCloud
from gui.desktop.links import is_web_url
from gui.i18n import Context
from gui.services.store import StateStore
from gui.state import AppState, CloudStatus, Operation, OperationKind, Phase, summarize

from .wording import status_phrase

MENU = Context("MENU")


class TrayIntents(Protocol):
    """What the tray can ask the application to do; the application controller implements it."""

    def show_window(self) -> None: ...

    def refresh(self) -> None: ...

    def connect(self) -> None:
        """Open the Connect dialog for the signed-in user."""

    def reconnect(self, cloud: AllocationCloud) -> None: ...

    def disconnect(self, cloud: AllocationCloud) -> None: ...

    def open_url(self, url: str) -> None:
        """Open an http(s) URL in the browser."""

    def open_settings(self) -> None: ...

    def show_history(self) -> None:
        """Open the History window: every cloud's incidents and the user's operations."""

    def quit(self) -> None: ...


class Entry(enum.Enum):
    SHOW = "show"
    STATUS = "status"
    REFRESH = "refresh"
    CONNECT = "connect"
    RECONNECT = "reconnect"
    DISCONNECT = "disconnect"
    OPEN = "open"
    HISTORY = "history"
    SETTINGS = "settings"
    QUIT = "quit"
    SEPARATOR = "separator"


@dataclass(frozen=True)
class MenuEntry:
    entry: Entry
    text: str = ""
    enabled: bool = True
    # The cloud a reconnect, disconnect or open acts on.
    cloud: AllocationCloud | None = None


_SEPARATOR = MenuEntry(Entry.SEPARATOR)


def _running_on(state: AppState, cloud: AllocationCloud | None) -> Operation | None:
    ids = {cloud.id, cloud.user} if cloud is not None else set()
    if state.user is not None:
        ids.add(state.user.id)  # a connect runs under the user's id before its cloud exists
    return next((op for op in state.operations if op.running and op.allocation_id in ids), None)


def _why_not(op: Operation) -> str:
    """Why an entry is disabled while an operation on its cloud runs; a D-Bus menu shows no tooltips."""
    return {
        OperationKind.CONNECT: MENU.tr("wait: connecting now"),
        OperationKind.RECONNECT: MENU.tr("wait: reconnecting now"),
        OperationKind.DISCONNECT: MENU.tr("wait: disconnecting now"),
        OperationKind.CREATE: MENU.tr("wait: creating now"),
        OperationKind.DELETE: MENU.tr("wait: deleting now"),
    }[op.kind]


def menu_entries(state: AppState) -> tuple[MenuEntry, ...]:
    """Show window, the status, Refresh, what can be done to the cloud, Open, Settings, Quit."""
    summary = summarize(state)
    cloud = summary.cloud
    entries = [MenuEntry(Entry.SHOW, MENU.tr("Show window"))]
    status = status_phrase(summary.status, state)
    if cloud is not None:
        status = MENU.tr("{url}: {status}").format(url=cloud.personal_url, status=status)
    entries += [MenuEntry(Entry.STATUS, status, enabled=False), _SEPARATOR]
    entries.append(MenuEntry(Entry.REFRESH, MENU.tr("Refresh"), enabled=state.phase is not Phase.SEARCHING))
    running = _running_on(state, cloud)
    actions: list[tuple[Entry, str]] = []
    can_connect = state.user is not None and state.phase in (Phase.LOADED, Phase.NO_ALLOCATIONS)
    if can_connect and (not summary.own or summary.status is CloudStatus.DISCONNECTED):
        actions.append((Entry.CONNECT, MENU.tr("Connect…")))
    if cloud is not None and summary.status is not CloudStatus.CONNECTING:
        actions.append((Entry.RECONNECT, MENU.tr("Reconnect…")))
    if cloud is not None and summary.status is not CloudStatus.DISCONNECTED:
        actions.append((Entry.DISCONNECT, MENU.tr("Disconnect…")))
    for entry, text in actions:
        if running is None:
            entries.append(MenuEntry(entry, text, True, cloud))
        else:
            entries.append(MenuEntry(entry, f"{text} ({_why_not(running)})", False, cloud))
    if cloud is not None and is_web_url(cloud.personal_url):
        text = MENU.tr("Open my personal cloud") if summary.own else MENU.tr("Open personal cloud")
        entries.append(MenuEntry(Entry.OPEN, text, cloud=cloud))
    entries += [
        _SEPARATOR,
        MenuEntry(Entry.HISTORY, MENU.tr("Status history…")),
        MenuEntry(Entry.SETTINGS, MENU.tr("Settings…")),
        MenuEntry(Entry.QUIT, MENU.tr("Quit")),
    ]
    return tuple(entries)


class TrayMenu(QObject):
    """Owns the tray's QMenu; rebuilds it whenever it is about to open and whenever its entries change."""

    def __init__(self, store: StateStore, intents: TrayIntents, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._intents = intents
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self._shown: tuple[MenuEntry, ...] = ()
        # As Vorta does: whatever opens the menu sees the state of that moment, never a leftover.
        self.menu.aboutToShow.connect(self.rebuild)
        store.changed.connect(self._state_changed)
        self.rebuild()

    def _state_changed(self) -> None:
        # Hosts that read the menu over D-Bus without announcing it see current entries too; an open
        # menu is left as it is, under the pointer, and is rebuilt the next time it opens.
        if not self.menu.isVisible():
            self.rebuild()

    def rebuild(self) -> None:
        entries = menu_entries(self._store.state)
        if entries == self._shown:
            return  # an unchanged menu is left alone: a D-Bus host would otherwise reload it
        self._shown = entries
        self.menu.clear()
        for item in entries:
            if item.entry is Entry.SEPARATOR:
                self.menu.addSeparator()
                continue
            # "&" marks a mnemonic in a label: a URL's own must show as typed.
            action = self.menu.addAction(item.text.replace("&", "&&"))
            action.setObjectName(f"tray-{item.entry.value}")
            action.setEnabled(item.enabled)
            action.triggered.connect(lambda _=False, item=item: self._activate(item))

    def _activate(self, item: MenuEntry) -> None:
        intents, cloud = self._intents, item.cloud
        if item.entry is Entry.SHOW:
            intents.show_window()
        elif item.entry is Entry.REFRESH:
            intents.refresh()
        elif item.entry is Entry.CONNECT:
            intents.connect()
        elif item.entry is Entry.RECONNECT and cloud is not None:
            intents.reconnect(cloud)
        elif item.entry is Entry.DISCONNECT and cloud is not None:
            intents.disconnect(cloud)
        elif item.entry is Entry.OPEN and cloud is not None and is_web_url(cloud.personal_url):
            intents.open_url(cloud.personal_url)
        elif item.entry is Entry.HISTORY:
            intents.show_history()
        elif item.entry is Entry.SETTINGS:
            intents.open_settings()
        elif item.entry is Entry.QUIT:
            intents.quit()

    def close(self) -> None:
        """Stop following the store and let the menu go."""
        self._store.changed.disconnect(self._state_changed)
        self.menu.aboutToShow.disconnect(self.rebuild)
        self.menu.deleteLater()
