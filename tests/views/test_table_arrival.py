"""Arriving at the table: the page at once, thousands of rows a step a turn, its paint, its rows' paint."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, QTimerEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui.api import AllocationCloud
from gui.services.store import StateStore
from gui.state import Phase
from gui.views.main_window import MainWindow

from .builders import loaded, many, put


class Paints(QObject):
    """Counts a widget's paints."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(  # noqa: N802 - Qt's name
        self, watched: QObject, event: QEvent
    ) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_the_rows_paint_on_the_turn_after_the_switch(
    qtbot: QtBot, store: StateStore, window: MainWindow
) -> None:
    window.show()
    panel = Paints()
    window.state_panel.installEventFilter(panel)
    qtbot.waitUntil(lambda: panel.count > 0)  # the window as it starts, painted
    paints = Paints()
    window.table.viewport().installEventFilter(paints)
    put(store, **loaded())
    # The switch itself is at once: the page and its rows are there.
    assert window.pages.currentWidget() is window.page
    assert window.model.rowCount() == 3
    # Delivering what the switch posted (layout, the window's update) does not paint the rows yet:
    # showing the page and painting a screenful of rows would hold the loop in one go.
    QApplication.sendPostedEvents()
    assert paints.count == 0
    qtbot.waitUntil(lambda: paints.count > 0)


def test_the_page_paints_before_its_rows(qtbot: QtBot, store: StateStore, window: MainWindow) -> None:
    window.show()
    panel = Paints()
    window.state_panel.installEventFilter(panel)
    qtbot.waitUntil(lambda: panel.count > 0)
    rows = Paints()
    window.table.viewport().installEventFilter(rows)
    rows_when_the_page_painted: list[int] = []
    page = Watch(QEvent.Type.Paint, lambda: rows_when_the_page_painted.append(rows.count))
    window.page.installEventFilter(page)
    put(store, **loaded())
    # Page and rows in separate turns: neither turn holds the loop for the whole screenful.
    qtbot.waitUntil(lambda: rows.count > 0)
    assert rows_when_the_page_painted[0] == 0


class Watch(QObject):
    """Calls back when a widget gets an event of a type."""

    def __init__(self, kind: QEvent.Type, then: Callable[[], None]) -> None:
        super().__init__()
        self._kind, self._then = kind, then

    def eventFilter(  # noqa: N802 - Qt's name
        self, watched: QObject, event: QEvent
    ) -> bool:
        if event.type() == self._kind:
            self._then()
        return False


def test_refreshes_on_the_table_paint_as_usual(qtbot: QtBot, store: StateStore, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    put(store, **loaded())
    qtbot.waitUntil(window.page.updatesEnabled)
    put(store, **loaded(refreshing=True))
    assert window.page.updatesEnabled()  # only the arrival waits a turn
    put(store, phase=Phase.UNREACHABLE)
    assert window.pages.currentWidget() is window.state_panel
    put(store, **loaded())
    assert window.pages.currentWidget() is window.page  # each arrival, not only the first
    qtbot.waitUntil(window.page.updatesEnabled)
    qtbot.waitUntil(window.table.viewport().updatesEnabled)


class Turns(QObject):
    """Counts the loop's turns: a repeating zero timer ticks once per turn, after what was due."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0
        self.startTimer(0)

    def timerEvent(self, event: QTimerEvent) -> None:  # noqa: N802 - Qt's name
        self.count += 1


def test_thousands_of_rows_come_in_a_step_a_turn(
    qtbot: QtBot, store: StateStore, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading 10,000 rows' ids and keys, sorting and inserting them take 15-30 ms: in one turn, the
    loop misses a frame."""
    window.show()
    qtbot.waitExposed(window)
    turns = Turns()
    steps_on: list[int] = []
    inserted_on: list[int] = []
    in_steps = window.model.apply_in_steps

    def counted(clouds: tuple[AllocationCloud, ...]) -> Iterator[None]:
        for step in in_steps(clouds):
            steps_on.append(turns.count)
            yield step
        steps_on.append(turns.count)

    monkeypatch.setattr(window.model, "apply_in_steps", counted)
    window.model.rowsInserted.connect(lambda *_: inserted_on.append(turns.count))
    put(store, **loaded(many(3000)))
    # The news switches the page at once; the rows are not in it yet.
    assert window.pages.currentWidget() is window.page
    assert window.model.rowCount() == 0
    qtbot.waitUntil(lambda: window.model.rowCount() == 3000)
    # Four steps (ids, sort keys, order, insertion), the loop's timers served between them.
    assert len(steps_on) == 4
    assert steps_on[-1] - steps_on[0] >= 2
    assert inserted_on == [steps_on[-1]]
    qtbot.waitUntil(window.table.viewport().updatesEnabled)


def test_news_that_comes_while_thousands_of_rows_wait_to_go_in_is_what_goes_in(
    qtbot: QtBot, store: StateStore, window: MainWindow
) -> None:
    window.show()
    qtbot.waitExposed(window)
    put(store, **loaded(many(3000)))
    newer = many(2000)
    put(store, **loaded(newer))
    qtbot.waitUntil(window.table.viewport().updatesEnabled)
    assert window.model.rowCount() == 2000
    assert window.model.cloud_at(0) in newer
