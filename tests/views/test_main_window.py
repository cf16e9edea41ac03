"""MainWindow: its pages per phase, the stale banner, ages, closing and accessibility."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from gui.api import AllocationCloud, PiecesTimeout
from gui.services.store import StateStore
from gui.state import Phase
from gui.views.allocation_cells import Column
from gui.views.intents import WindowIntents
from gui.views.main_window import MainWindow

from ..gestures import click
from .builders import (
    NOW,
    RUNNING_ID,
    Clock,
    RecordingIntents,
    loaded,
    put,
    three_mixed,
)
from .test_formatting import rendered
from .window_helpers import row_of


def test_the_recording_double_is_a_window_intents() -> None:
    intents: WindowIntents = RecordingIntents()  # checked by mypy: the protocol is complete
    assert intents is not None


def test_window_basics(window: MainWindow) -> None:
    assert window.windowTitle() == "Pieces Allocations"
    assert not window.windowIcon().isNull()
    table = window.table
    assert table.isSortingEnabled()
    assert table.alternatingRowColors()
    assert table.selectionBehavior() is table.SelectionBehavior.SelectRows
    assert table.selectionMode() is table.SelectionMode.SingleSelection
    assert table.editTriggers() == table.EditTrigger.NoEditTriggers
    assert table.accessibleName() == "Allocations"
    assert window.filter_edit.accessibleName() == "Filter allocations"
    assert window.status is window.statusBar()


def test_each_phase_shows_its_page(store: StateStore, window: MainWindow) -> None:
    assert window.pages.currentWidget() is window.state_panel  # SEARCHING at first
    put(store, **loaded())
    assert window.pages.currentWidget() is window.page
    assert window.model.rowCount() == 3
    for phase in (Phase.UNREACHABLE, Phase.MIGRATING, Phase.UPDATE_REQUIRED, Phase.SIGNED_OUT):
        put(store, phase=phase)
        assert window.pages.currentWidget() is window.state_panel
        assert window.state_panel.phase is phase
    put(store, phase=Phase.NO_ALLOCATIONS, allocations=())
    assert window.state_panel.title.text() == "No cloud yet"


def test_every_focusable_widget_has_an_accessible_name(store: StateStore, window: MainWindow) -> None:
    put(store, **loaded())
    window.table.selectRow(0)
    for phase in (Phase.UNREACHABLE, Phase.LOADED):
        put(store, phase=phase)
        unnamed = [
            widget
            for widget in window.findChildren(QWidget)
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            and not widget.accessibleName()
            # A label is named by its text (an empty one is hidden: it has nothing to say yet).
            and not (isinstance(widget, QLabel) and (widget.text() or not widget.isVisibleTo(window)))
        ]
        assert unnamed == []


def test_no_label_hides_its_text_from_a_screen_reader(store: StateStore, window: MainWindow) -> None:
    # Qt gives a label no text interface: its accessible name, when set, is all a reader hears of it.
    put(store, **loaded())
    window.table.selectRow(0)
    for phase in (Phase.UNREACHABLE, Phase.LOADED):
        put(store, phase=phase, error_text="Pieces OS did not answer." if phase is Phase.LOADED else None)
        hidden = [
            f"{label.accessibleName()!r} over {label.text()!r}"
            for label in window.findChildren(QLabel)
            if label.text() and label.accessibleName() and label.text() not in label.accessibleName()
        ]
        assert hidden == []


def test_the_stale_banner(
    qtbot: QtBot, store: StateStore, window: MainWindow, intents: RecordingIntents
) -> None:
    put(store, **loaded())
    assert not window.banner.isVisibleTo(window)
    error = PiecesTimeout("list the allocations", 15)
    put(store, error=error, error_text=str(error), last_success=NOW - timedelta(minutes=3))
    assert window.banner.isVisibleTo(window)
    assert window.banner.label.text() == f"Showing data from 3 min ago. {error.message}"
    assert rendered(window.banner.label.toolTip()) == error.hint
    assert window.status.age.text() == "Stale — last updated 3 min ago"
    click(window.banner.retry_button)
    assert intents.names() == ["refresh"]
    put(store, error=None, error_text=None, last_success=NOW)
    assert not window.banner.isVisibleTo(window)


def test_the_banner_and_the_status_bar_age_on_the_same_tick(
    store: StateStore, window: MainWindow, clock: Clock
) -> None:
    """Before, the banner aged every 30 s and the status bar every second: "2 min" beside "3 min"."""
    error = PiecesTimeout("list the allocations", 15)
    put(store, **loaded(error=error, error_text=str(error), last_success=NOW - timedelta(seconds=170)))
    assert window.banner.label.text().startswith("Showing data from 2 min ago.")
    clock.advance(15)
    window.status.timer.timeout.emit()  # one tick of the status bar's clock
    assert window.status.age.text() == "Stale — last updated 3 min ago"
    assert window.banner.label.text().startswith("Showing data from 3 min ago.")


def test_ages_move_on_with_the_clock(store: StateStore, window: MainWindow, clock: Clock) -> None:
    put(store, **loaded())
    index = window.proxy.index(row_of(window, RUNNING_ID), Column.UPDATED)
    assert index.data() == "3 min ago"
    window.show()
    assert window.age_timer.isActive()
    assert window.age_timer.interval() == 30_000
    clock.advance(120)
    window.refresh_ages()
    assert index.data() == "5 min ago"


def test_a_hidden_window_stops_aging_and_catches_up_when_shown(
    store: StateStore, window: MainWindow, clock: Clock
) -> None:
    put(store, **loaded())
    window.show()
    window.hide()
    # In the tray nobody sees the ages: nothing ticks until the window comes back.
    assert not window.age_timer.isActive()
    assert not window.status.timer.isActive()
    clock.advance(120)
    window.show()
    index = window.proxy.index(row_of(window, RUNNING_ID), Column.UPDATED)
    assert index.data() == "5 min ago"
    assert window.age_timer.isActive()
    assert window.status.timer.isActive()


def test_closing_emits_closed_and_leaves_quitting_to_the_app(
    qtbot: QtBot, window: MainWindow, intents: RecordingIntents
) -> None:
    window.show()
    with qtbot.waitSignal(window.closed):
        assert window.close()
    assert intents.calls == []


@pytest.mark.parametrize("count", [0, 1])
def test_count_label(store: StateStore, window: MainWindow, count: int) -> None:
    clouds: tuple[AllocationCloud, ...] = three_mixed()[:count]
    put(store, **loaded(clouds))
    assert window.page.count_label.text() == ("1 allocation" if count == 1 else "0 allocations")


def test_the_refresh_interval_is_offered_and_shows_the_current_one(
    qtbot: QtBot, store: StateStore, intents: RecordingIntents, window: MainWindow
) -> None:
    put(store, refresh_seconds=15.0)
    checked = [seconds for seconds, action in window.interval_actions.items() if action.isChecked()]
    assert checked == [15.0]
    window.interval_actions[60.0].trigger()
    assert intents.calls[-1] == ("set_refresh_interval", (60.0,))
