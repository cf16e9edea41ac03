"""The table's columns: each as wide as what it holds, the status never cut, the URL taking the rest."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from gui.services.store import StateStore
from gui.views.allocation_cells import Column
from gui.views.main_window import MainWindow

from .builders import cloud, loaded, many, put, three_mixed
from .window_helpers import row_of


def show_wide(window: MainWindow) -> None:
    """As on a 1,600-px screen: room for every value."""
    window.resize(1500, 700)
    window.show()


def fits(window: MainWindow, column: Column) -> bool:
    """Whether every row shown has room for its whole text (and icon) in the column, as Qt measures it."""
    wanted = window.table.sizeHintForColumn(column)
    return 0 < wanted <= window.table.horizontalHeader().sectionSize(column)


def test_an_unknown_status_is_shown_whole(qtbot: QtBot, store: StateStore, window: MainWindow) -> None:
    window.show()
    put(store, **loaded((*three_mixed(), cloud("h", "HIBERNATING"))))
    index = window.proxy.index(row_of(window, "h"), Column.STATUS)
    assert "HIBERNATING" in index.data()  # its name is the point of showing it
    qtbot.waitUntil(lambda: fits(window, Column.STATUS))


def test_one_unknown_status_among_thousands_is_shown_whole(
    qtbot: QtBot, store: StateStore, window: MainWindow
) -> None:
    # Many more rows than are sampled for the other columns: every status is measured.
    clouds = list(many(3000))
    clouds[1789] = cloud("odd-one", "HIBERNATING")
    window.show()
    put(store, **loaded(tuple(clouds)))
    qtbot.waitUntil(lambda: window.model.rowCount() == 3000)  # thousands go in a turn or two later
    window.table.scrollTo(window.proxy.index(row_of(window, "odd-one"), Column.STATUS))
    qtbot.waitUntil(lambda: fits(window, Column.STATUS))


def test_columns_follow_their_values_and_the_url_takes_the_rest(
    qtbot: QtBot, store: StateStore, window: MainWindow
) -> None:
    header = window.table.horizontalHeader()
    show_wide(window)
    put(store, **loaded())
    qtbot.waitUntil(lambda: all(fits(window, column) for column in Column if column is not Column.URL))
    usual = header.sectionSize(Column.PROJECT)
    running, pending, failed = three_mixed()
    put(store, allocations=(running, pending, failed, cloud("long", project="a-much-longer-project-name")))
    qtbot.waitUntil(lambda: header.sectionSize(Column.PROJECT) > usual)
    assert fits(window, Column.PROJECT)
    # A value far too long for any column is cut at a limit (whole in its tooltip).
    put(store, allocations=(running, pending, failed, cloud("huge", project="p" * 2000)))
    qtbot.waitUntil(lambda: header.sectionSize(Column.PROJECT) > usual)
    assert not fits(window, Column.PROJECT)
    assert header.sectionSize(Column.PROJECT) < 300
    # When the long value goes, the column narrows again.
    put(store, allocations=(running, pending, failed))
    qtbot.waitUntil(lambda: header.sectionSize(Column.PROJECT) == usual)


def test_a_column_resized_by_hand_keeps_its_width(
    qtbot: QtBot, store: StateStore, window: MainWindow
) -> None:
    header = window.table.horizontalHeader()
    show_wide(window)
    put(store, **loaded())
    header.resizeSection(Column.REGION, 211)  # as a drag of its edge does
    running, pending, failed = three_mixed()
    put(store, allocations=(running, pending, failed, cloud("eu", project="another-project-name-again")))
    qtbot.waitUntil(lambda: fits(window, Column.PROJECT))
    assert header.sectionSize(Column.REGION) == 211


def test_a_narrow_table_cuts_the_longest_values_not_the_status_or_the_personal_url(
    qtbot: QtBot, store: StateStore, window: MainWindow
) -> None:
    header = window.table.horizontalHeader()
    mixed = cloud("mixed", "HIBERNATING", project="a-long-project-name-here", vanity="https://v.pieces.cloud")
    show_wide(window)
    put(store, **loaded((*three_mixed(), mixed)))
    qtbot.waitUntil(lambda: all(fits(window, column) for column in Column if column is not Column.URL))
    wide_project = header.sectionSize(Column.PROJECT)
    window.resize(1100, 700)
    qtbot.waitUntil(lambda: header.sectionSize(Column.PROJECT) < wide_project)
    assert fits(window, Column.STATUS)
    # The personal URL keeps room to tell one allocation from another.
    metrics = window.table.fontMetrics()
    assert header.sectionSize(Column.URL) >= metrics.horizontalAdvance("olivia.pieces.…")
    # Wider again, every value is whole again.
    window.resize(1500, 700)
    qtbot.waitUntil(lambda: all(fits(window, column) for column in Column if column is not Column.URL))
