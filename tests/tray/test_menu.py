"""The tray menu offers what fits the state, says why an entry is off, and opens only web pages."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from gui.api import AllocationCloud
from gui.services.store import StateStore
from gui.state import AppState, Operation, OperationKind, Phase
from gui.tray.menu import Entry, TrayMenu, menu_entries
from tests.views.builders import cloud, loaded_state, user

ME = user()


@dataclass
class Intents:
    calls: list[tuple[str, str]] = field(default_factory=list)

    def show_window(self) -> None:
        self.calls.append(("show_window", ""))

    def refresh(self) -> None:
        self.calls.append(("refresh", ""))

    def connect(self) -> None:
        self.calls.append(("connect", ""))

    def reconnect(self, cloud: AllocationCloud) -> None:
        self.calls.append(("reconnect", cloud.id))

    def disconnect(self, cloud: AllocationCloud) -> None:
        self.calls.append(("disconnect", cloud.id))

    def open_url(self, url: str) -> None:
        self.calls.append(("open_url", url))

    def open_settings(self) -> None:
        self.calls.append(("open_settings", ""))

    def show_history(self) -> None:
        self.calls.append(("show_history", ""))

    def quit(self) -> None:
        self.calls.append(("quit", ""))


def mine(status: str, **changes: object) -> AppState:
    return loaded_state(allocations=(cloud(ME.id, status),), user=ME, **changes)


def offered(state: AppState) -> dict[Entry, bool]:
    return {item.entry: item.enabled for item in menu_entries(state) if item.entry is not Entry.SEPARATOR}


def test_a_connected_cloud_offers_reconnect_disconnect_and_open(qtbot: QtBot) -> None:
    entries = offered(mine("RUNNING"))
    assert list(entries) == [
        Entry.SHOW, Entry.STATUS, Entry.REFRESH, Entry.RECONNECT, Entry.DISCONNECT, Entry.OPEN,
        Entry.HISTORY, Entry.SETTINGS, Entry.QUIT,
    ]  # fmt: skip
    assert entries[Entry.STATUS] is False  # a line to read, not to click


def test_a_disconnected_cloud_offers_connect_and_reconnect_but_not_disconnect(qtbot: QtBot) -> None:
    entries = offered(mine("DISCONNECTED"))
    assert Entry.CONNECT in entries
    assert Entry.RECONNECT in entries
    assert Entry.DISCONNECT not in entries


def test_without_a_cloud_connect_is_offered_and_nothing_to_open(qtbot: QtBot) -> None:
    entries = offered(loaded_state(allocations=(), user=ME, phase=Phase.NO_ALLOCATIONS))
    assert Entry.CONNECT in entries
    assert Entry.OPEN not in entries
    assert Entry.RECONNECT not in entries


def test_signed_out_or_not_found_offers_no_cloud_action(qtbot: QtBot) -> None:
    for state in (AppState(), AppState(phase=Phase.UNREACHABLE), AppState(phase=Phase.SIGNED_OUT)):
        entries = offered(state)
        assert not {Entry.CONNECT, Entry.RECONNECT, Entry.DISCONNECT, Entry.OPEN} & set(entries)
    assert offered(AppState())[Entry.REFRESH] is False  # nothing to refresh while looking


def test_while_an_operation_runs_on_the_cloud_its_actions_are_off_and_say_why(qtbot: QtBot) -> None:
    running = Operation(1, OperationKind.RECONNECT, ME.id)
    items = {item.entry: item for item in menu_entries(mine("FAILED", operations=(running,)))}
    assert not items[Entry.RECONNECT].enabled
    assert items[Entry.RECONNECT].text == "Reconnect… (wait: reconnecting now)"
    assert not items[Entry.DISCONNECT].enabled
    assert items[Entry.OPEN].enabled


def test_only_a_web_address_is_offered_to_open(qtbot: QtBot) -> None:
    entries = offered(loaded_state(allocations=(cloud(ME.id, vanity="file:///etc/passwd"),), user=ME))
    assert Entry.OPEN not in entries


def test_the_menu_sends_each_intent_with_its_cloud(qtbot: QtBot) -> None:
    store, intents = StateStore(mine("RUNNING")), Intents()
    tray_menu = TrayMenu(store, intents)
    for action in tray_menu.menu.actions():
        if action.isEnabled() and not action.isSeparator():
            action.trigger()
    own = cloud(ME.id)
    assert intents.calls == [
        ("show_window", ""), ("refresh", ""), ("reconnect", ME.id), ("disconnect", ME.id),
        ("open_url", own.personal_url), ("show_history", ""), ("open_settings", ""), ("quit", ""),
    ]  # fmt: skip
    tray_menu.close()


def labels(tray_menu: TrayMenu) -> list[str]:
    return [action.text() for action in tray_menu.menu.actions() if not action.isSeparator()]


def test_the_menu_follows_the_state_and_shows_a_url_s_ampersand_as_typed(qtbot: QtBot) -> None:
    store = StateStore(mine("RUNNING"))
    tray_menu = TrayMenu(store, Intents())
    assert "Disconnect…" in labels(tray_menu)
    store.loaded(ME, (cloud(ME.id, "DISCONNECTED", vanity="https://a.example/?x=1&y=2"),))
    assert "Disconnect…" not in labels(tray_menu)
    status = tray_menu.menu.findChild(QAction, "tray-status")
    assert status is not None
    assert status.text() == "https://a.example/?x=1&&y=2: Disconnected"
    tray_menu.menu.aboutToShow.emit()
    assert "Connect…" in labels(tray_menu)
    tray_menu.close()
