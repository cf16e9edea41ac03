"""MainWindow: sorting, and a selection, current row, scroll and focus that survive refreshes."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from gui.api import AllocationStatus
from gui.services.store import StateStore
from gui.views.allocation_cells import Column
from gui.views.main_window import MainWindow

from ..gestures import key
from .builders import (
    FAILED_ID,
    NOW,
    PENDING_ID,
    RUNNING_ID,
    cloud,
    loaded,
    many,
    put,
    three_mixed,
    touched,
    with_status,
)
from .window_helpers import activate, current_id, focus_is_in, next_turn, row_of, select, shown_ids


def test_the_table_sorts_the_worst_status_first(store: StateStore, window: MainWindow) -> None:
    put(store, **loaded())
    assert shown_ids(window) == [FAILED_ID, PENDING_ID, RUNNING_ID]
    assert window.table.horizontalHeader().sortIndicatorSection() == Column.STATUS


def test_sorting_by_updated_through_the_header(store: StateStore, window: MainWindow) -> None:
    put(store, **loaded())
    window.table.sortByColumn(Column.UPDATED, Qt.SortOrder.DescendingOrder)
    # RUNNING was updated today, FAILED yesterday, PENDING never says: last in both orders.
    assert shown_ids(window) == [RUNNING_ID, FAILED_ID, PENDING_ID]
    window.table.sortByColumn(Column.UPDATED, Qt.SortOrder.AscendingOrder)
    assert shown_ids(window) == [FAILED_ID, RUNNING_ID, PENDING_ID]


def test_a_refresh_that_changes_rows_keeps_the_selection_and_current_row(
    store: StateStore, window: MainWindow
) -> None:
    put(store, **loaded())
    select(window, PENDING_ID)
    assert current_id(window) == PENDING_ID
    running, pending, failed = three_mixed()
    # The selected cloud changes (and so moves when sorted by status), and so does another one.
    changed = with_status(pending, AllocationStatus.RUNNING)
    put(store, allocations=(with_status(running, AllocationStatus.DISCONNECTED), changed, failed))
    selected = window.selected_cloud()
    assert selected is not None
    assert selected.id == PENDING_ID
    assert current_id(window) == PENDING_ID
    assert window.details.status_word.text() == "Connected"  # the details show the new data
    assert window.table.selectionModel().selectedRows()[0].row() == row_of(window, PENDING_ID)


def test_inserts_and_removes_keep_the_selected_id_selected(
    qtbot: QtBot, store: StateStore, window: MainWindow
) -> None:
    put(store, **loaded())
    select(window, RUNNING_ID)
    running, _pending, failed = three_mixed()
    put(store, allocations=(cloud("a-new", "FAILED"), running, cloud("z-new", "FAILED")))
    assert window.model.rowCount() == 3
    selected = window.selected_cloud()
    assert selected is not None
    assert selected.id == RUNNING_ID
    assert current_id(window) == RUNNING_ID
    put(store, allocations=(failed,))
    # The pick is gone: the first row is selected again, so the details still show an allocation.
    qtbot.waitUntil(lambda: window.selected_cloud() == failed)
    assert window.details.cloud == failed
    put(store, allocations=())
    assert window.selected_cloud() is None
    assert window.details.currentWidget() is window.details.empty_label
    assert not window.action_reconnect.isEnabled()


def test_scroll_position_survives_a_refresh(qtbot: QtBot, store: StateStore, window: MainWindow) -> None:
    clouds = many(300)
    put(store, **loaded(clouds))
    activate(qtbot, window)
    bar = window.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    before = bar.value()
    select(window, "cloud-00150")
    bar.setValue(before)
    refreshed = [touched(c, NOW + timedelta(seconds=1)) if n % 7 == 0 else c for n, c in enumerate(clouds)]
    put(store, allocations=(*refreshed, cloud("zz-new")))
    assert bar.value() == before
    selected = window.selected_cloud()
    assert selected is not None
    assert selected.id == "cloud-00150"


def test_details_follow_the_selection(qtbot: QtBot, store: StateStore, window: MainWindow) -> None:
    put(store, **loaded())
    select(window, PENDING_ID)
    assert window.details.cloud == three_mixed()[1]
    select(window, RUNNING_ID)
    assert window.details.cloud == three_mixed()[0]
    window.table.clearSelection()
    # Nothing picked: the first (worst) allocation again, never an empty pane beside a full table.
    qtbot.waitUntil(lambda: window.selected_cloud() == three_mixed()[2])
    assert window.details.cloud == three_mixed()[2]


def test_enter_on_a_row_moves_the_focus_to_the_details(
    qtbot: QtBot, store: StateStore, window: MainWindow
) -> None:
    put(store, **loaded())
    activate(qtbot, window)
    select(window, RUNNING_ID)
    window.table.setFocus()
    key(window.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focus_is_in(window.details))


def test_a_double_click_on_a_row_moves_the_focus_to_the_details(
    qtbot: QtBot, store: StateStore, window: MainWindow
) -> None:
    put(store, **loaded())
    activate(qtbot, window)
    rect = window.table.visualRect(window.proxy.index(row_of(window, FAILED_ID), Column.PROJECT))
    viewport, left, none = window.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # A real double-click starts with a press, which QTest.mouseDClick alone does not send.
    QTest.mouseClick(viewport, left, none, rect.center())
    with qtbot.waitSignal(window.table.doubleClicked):
        QTest.mouseDClick(viewport, left, none, rect.center())
    qtbot.waitUntil(lambda: focus_is_in(window.details))
    assert window.details.cloud == three_mixed()[2]


def test_tab_goes_from_the_filter_to_the_table_to_the_details(
    qtbot: QtBot, store: StateStore, window: MainWindow
) -> None:
    put(store, **loaded())
    activate(qtbot, window)
    window.table.selectRow(0)
    window.filter_edit.setFocus()
    qtbot.waitUntil(window.filter_edit.hasFocus)
    key(window.filter_edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(window.table.hasFocus)
    key(window.table, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: focus_is_in(window.details))


def test_the_selection_model_is_single_row(store: StateStore, window: MainWindow) -> None:
    put(store, **loaded())
    model = window.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    model.select(window.proxy.index(0, 0), flags)
    window.table.selectRow(1)
    assert len(model.selectedRows()) == 1


def click_row(window: MainWindow, cloud_id: str) -> None:
    rect = window.table.visualRect(window.proxy.index(row_of(window, cloud_id), Column.PROJECT))
    QTest.mouseClick(
        window.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center()
    )


def test_the_details_show_the_worst_allocation_until_the_user_picks_one(
    qtbot: QtBot, store: StateStore, window: MainWindow
) -> None:
    running, pending, failed = three_mixed()
    put(store, **loaded())
    # Sorted worst first: from the start the details show the failed allocation at the top.
    qtbot.waitUntil(lambda: window.details.cloud == failed)
    assert window.selected_cloud() == failed
    # Nobody picked one yet: when another allocation comes first, the details show that one.
    newcomer = cloud("1-failed", "FAILED")
    put(store, allocations=(running, pending, failed, newcomer))
    assert shown_ids(window)[0] == "1-failed"
    qtbot.waitUntil(lambda: window.details.cloud == newcomer)
    assert window.selected_cloud() == newcomer
    # The user picks one: it stays through refreshes, whatever comes first.
    activate(qtbot, window)
    click_row(window, PENDING_ID)
    assert window.details.cloud == pending
    put(store, allocations=(running, pending, failed, newcomer, cloud("0-failed", "FAILED")))
    assert shown_ids(window)[0] == "0-failed"
    next_turn(qtbot)  # when the first row would have been selected again
    assert window.details.cloud == pending
    assert window.selected_cloud() == pending


def test_clicking_the_first_row_picks_it(qtbot: QtBot, store: StateStore, window: MainWindow) -> None:
    running, pending, failed = three_mixed()
    put(store, **loaded())
    activate(qtbot, window)
    click_row(window, FAILED_ID)  # already selected: the click still says "this one"
    put(store, allocations=(running, pending, failed, cloud("0-failed", "FAILED")))
    assert window.details.cloud == failed


def test_the_first_row_follows_without_scrolling_the_table(
    qtbot: QtBot, store: StateStore, window: MainWindow
) -> None:
    clouds = many(300)
    put(store, **loaded(clouds))
    activate(qtbot, window)
    bar = window.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)  # reading further down, nothing picked
    before = bar.value()
    put(store, allocations=(*clouds, cloud("0-failed", "FAILED")))
    qtbot.waitUntil(lambda: current_id(window) == "0-failed")
    assert bar.value() == before


def test_a_pick_the_filter_hides_gives_way_to_the_first_row_shown(
    qtbot: QtBot, store: StateStore, window: MainWindow
) -> None:
    _running, pending, failed = three_mixed()
    put(store, **loaded())
    select(window, PENDING_ID)
    assert window.details.cloud == pending
    window.filter_edit.setText("connected")  # the pending cloud is only "connecting"
    assert shown_ids(window) == [FAILED_ID, RUNNING_ID]
    qtbot.waitUntil(lambda: window.details.cloud == failed)
    assert window.selected_cloud() == failed
