"""AllocationsFilter: the filter box matches any column's text, the full URLs and the ids, in any case."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan, Qt
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from gui.services.store import StateStore
from gui.views.allocation_cells import Column
from gui.views.allocations_filter import AllocationsFilter
from gui.views.allocations_model import AllocationsModel, CloudRole
from gui.views.main_window import MainWindow

from ..gestures import key, type_text
from .builders import FAILED_ID, PENDING_ID, RUNNING_ID, Clock, loaded, put, three_mixed


def shown(proxy: AllocationsFilter) -> set[str]:
    return {proxy.index(row, 0).data(CloudRole).id for row in range(proxy.rowCount())}


@pytest.fixture
def proxy() -> AllocationsFilter:
    model = AllocationsModel(clock=Clock())
    model.apply(three_mixed())
    return AllocationsFilter(model)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", {RUNNING_ID, PENDING_ID, FAILED_ID}),
        ("PRIYA", {FAILED_ID}),  # the vanity host, any case
        ("https://mark.pieces", {RUNNING_ID}),  # the full URL, scheme included
        ("x7k2qf9pla-uc.a.run.app", {RUNNING_ID, PENDING_ID, FAILED_ID}),  # the base URLs
        ("b81d4e07", {PENDING_ID}),  # the id
        ("connecting", {PENDING_ID}),  # the status word
        ("base connected", {FAILED_ID}),  # the URL status text, words in any order
        ("failed mark", set()),  # every word must match
        ("1.4.2", {RUNNING_ID}),  # the version
        ("today - march", {RUNNING_ID}),  # the server's readable time
        ("   ", {RUNNING_ID, PENDING_ID, FAILED_ID}),
    ],
)
def test_filter_matches(proxy: AllocationsFilter, text: str, expected: set[str]) -> None:
    proxy.set_filter_text(text)
    assert shown(proxy) == expected


def test_filter_follows_new_data(proxy: AllocationsFilter) -> None:
    proxy.set_filter_text("priya")
    assert proxy.filter_text == "priya"
    model = proxy.sourceModel()
    assert isinstance(model, AllocationsModel)
    model.apply(three_mixed()[:2])
    assert shown(proxy) == set()


def test_sorting_the_proxy_sorts_the_model(proxy: AllocationsFilter) -> None:
    proxy.sort(Column.STATUS, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, Column.STATUS).data() for r in range(3)] == ["Failed", "Connecting", "Connected"]


def test_typing_in_the_filter_box_filters_the_table_and_counts(
    qtbot: QtBot, store: StateStore, window: MainWindow
) -> None:
    put(store, **loaded())
    assert window.page.count_label.text() == "3 allocations"
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.filter_edit.setFocus()
    qtbot.waitUntil(window.filter_edit.hasFocus)
    type_text(window.filter_edit, "Priya")
    assert window.proxy.rowCount() == 1
    assert window.page.count_label.text() == "1 of 3 shown"
    assert window.filter_edit.isClearButtonEnabled()
    assert window.filter_edit.placeholderText()
    # Escape empties the box (a shortcut of the box alone, so Escape elsewhere keeps its meaning).
    key(window.filter_edit, Qt.Key.Key_Escape)
    assert window.filter_edit.text() == ""
    assert window.proxy.rowCount() == 3


def test_a_painted_cell_reads_through_the_filter_what_the_model_says(proxy: AllocationsFilter) -> None:
    # The delegate asks for all of a cell's roles at once (multiData), and the filter hands the
    # request to the model whole: every answer must be the model's own, asked role by role.
    roles = [
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ToolTipRole,
    ]
    proxy.set_filter_text("pieces")
    assert proxy.rowCount() > 0
    for row in range(proxy.rowCount()):
        for column in range(proxy.columnCount()):
            index = proxy.index(row, column)
            asked = [QModelRoleData(int(role)) for role in roles]
            for role_data in asked:
                role_data.setData("left over")  # a span that is reused must not keep old answers
                proxy.multiData(index, QModelRoleDataSpan(role_data))
            expected = [proxy.sourceModel().data(proxy.mapToSource(index), role) for role in roles]
            got = [role_data.data() for role_data in asked]
            assert [_comparable(value) for value in got] == [_comparable(value) for value in expected]


def _comparable(value: object) -> object:
    """An icon by its pixels (icons are equal only to themselves), anything else as it is."""
    if isinstance(value, QIcon):
        return value.pixmap(16, 16).toImage()
    return value
