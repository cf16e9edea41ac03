"""MainWindow: the menus, shortcuts and actions, enabled by state and selection, calling intents."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from gui.services.store import StateStore
from gui.state import Phase
from gui.views.main_window import MainWindow

from ..gestures import key
from .builders import (
    FAILED_ID,
    RUNNING_ID,
    RecordingIntents,
    cloud,
    loaded,
    put,
    three_mixed,
    user,
)
from .window_helpers import activate, select


def test_menus(window: MainWindow) -> None:
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    assert list(menus) == ["&File", "&View", "&Allocation", "&Help"]
    allocation = menus["&Allocation"]
    assert isinstance(allocation, QMenu)
    texts = [a.text() for a in allocation.actions()]
    assert texts[:3] == ["&Connect…", "&Reconnect…", "&Disconnect…"]
    advanced = allocation.actions()[-1].menu()
    assert isinstance(advanced, QMenu)
    assert [a.text() for a in advanced.actions()] == [
        "C&reate allocation… (cloud-side)",
        "De&lete allocation… (cloud-side)",
    ]
    assert "does not implement" in window.action_create.statusTip()


def test_shortcuts(window: MainWindow) -> None:
    assert window.action_refresh.shortcuts() == [QKeySequence("F5"), QKeySequence("Ctrl+R")]
    assert window.action_find.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert window.action_quit.shortcut() == QKeySequence("Ctrl+Q")


def test_keyboard_shortcuts_reach_the_actions(
    qtbot: QtBot, store: StateStore, window: MainWindow, intents: RecordingIntents
) -> None:
    put(store, **loaded())
    activate(qtbot, window)
    window.table.setFocus()
    key(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.filter_edit.hasFocus)
    key(window.filter_edit, Qt.Key.Key_F5)
    key(window.filter_edit, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert intents.names() == ["refresh", "refresh"]


def test_action_enabling_follows_state_and_selection(
    qtbot: QtBot, store: StateStore, window: MainWindow
) -> None:
    selection_actions = [
        window.action_reconnect,
        window.action_disconnect,
        window.action_delete,
        window.action_copy_url,
        window.action_open_url,
    ]
    assert not window.action_refresh.isEnabled()  # still searching
    assert not window.action_connect.isEnabled()
    put(store, **loaded())
    assert window.action_refresh.isEnabled()
    assert window.action_connect.isEnabled()
    assert window.action_create.isEnabled()
    # The first (worst) row is selected until the user picks one: the actions act on it.
    qtbot.waitUntil(lambda: window.selected_cloud() == three_mixed()[2])
    assert all(a.isEnabled() for a in selection_actions)
    select(window, RUNNING_ID)
    assert all(a.isEnabled() for a in selection_actions)
    put(store, user=None)
    assert not window.action_connect.isEnabled()
    assert not window.action_create.isEnabled()
    put(store, phase=Phase.UNREACHABLE)
    assert not any(a.isEnabled() for a in selection_actions)
    put(store, phase=Phase.NO_ALLOCATIONS, allocations=(), user=user())
    assert window.action_connect.isEnabled()


def test_open_in_browser_is_disabled_for_a_non_http_personal_url(
    store: StateStore, window: MainWindow
) -> None:
    put(store, **loaded((cloud("odd", vanity="javascript:alert(1)"),)))
    select(window, "odd")
    assert window.action_copy_url.isEnabled()
    assert not window.action_open_url.isEnabled()


def test_actions_call_intents_with_the_selected_cloud(
    store: StateStore, window: MainWindow, intents: RecordingIntents
) -> None:
    put(store, **loaded())
    select(window, FAILED_ID)
    failed = three_mixed()[2]
    for action in (
        window.action_reconnect,
        window.action_disconnect,
        window.action_delete,
        window.action_create,
        window.action_open_url,
        window.action_connect,
        window.action_refresh,
        window.action_change_address,
        window.action_demo,
        window.action_about,
        window.action_quit,
    ):
        action.trigger()
    assert intents.calls == [
        ("reconnect", (failed,)),
        ("disconnect", (failed,)),
        ("delete", (failed,)),
        ("create", (failed,)),
        ("open_url", ("https://priya.pieces.cloud",)),
        ("connect", ()),
        ("refresh", ()),
        ("change_address", ()),
        ("start_demo", ()),
        ("show_about", ()),
        ("quit", ()),
    ]


def test_create_without_a_selection_sends_none(
    store: StateStore, window: MainWindow, intents: RecordingIntents
) -> None:
    put(store, **loaded((), phase=Phase.NO_ALLOCATIONS))  # no row to select
    window.action_create.trigger()
    assert intents.calls == [("create", (None,))]


def test_refresh_while_unreachable_searches_again(
    store: StateStore, window: MainWindow, intents: RecordingIntents
) -> None:
    put(store, phase=Phase.UNREACHABLE)
    window.action_refresh.trigger()
    assert intents.names() == ["retry_discovery"]


def test_copy_personal_url(store: StateStore, window: MainWindow) -> None:
    put(store, **loaded())
    select(window, RUNNING_ID)
    window.action_copy_url.trigger()
    assert QGuiApplication.clipboard().text() == "https://mark.pieces.cloud"
    assert window.status.currentMessage() == "Copied https://mark.pieces.cloud"
