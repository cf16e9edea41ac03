"""The history in the details pane: a strip a person (and a screen reader) can read, figures, incidents."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from gui.history.database import FILE_NAME
from gui.history.records import Reading, Span
from gui.history.timeline import Segment
from gui.services.history import HistoryService
from gui.services.store import StateStore
from gui.state import AppState
from gui.views.history_panel import PERIODS, HistoryPanel
from gui.views.history_strip import pixel_runs

from .builders import cloud, loaded

MIN = 60_000
CLOUD = "3f6c2a1e-8b4d-4e2a-9c7f-1d5e8a0b6c24"


@pytest.fixture
def demo_history(tmp_path: Path) -> Iterator[HistoryService]:
    store = StateStore()
    service = HistoryService(store, tmp_path / FILE_NAME, demo=True)
    service.start()
    store.publish(
        store.state.__class__(**loaded((cloud(CLOUD, vanity="https://chen.pieces.cloud"), cloud("c2"))))
    )
    yield service
    service.stop()


@pytest.fixture
def panel(qtbot: QtBot, demo_history: HistoryService) -> HistoryPanel:
    shown = HistoryPanel(demo_history)
    qtbot.addWidget(shown)
    shown.resize(420, 200)
    shown.show_cloud(CLOUD)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_the_demo_week_shows_watched_days_unwatched_nights_a_drop_and_a_chosen_disconnect(
    panel: HistoryPanel,
) -> None:
    parts = panel.strip._parts
    readings = {p.reading for p in parts}
    assert {Reading.CONNECTED, Reading.FAILED, Reading.DISCONNECTED, Reading.NOT_WATCHED} <= readings
    failed = next(p for p in parts if p.reading is Reading.FAILED)
    tip = panel.strip.tooltip_for(failed)
    assert tip.startswith("Failed\n")
    assert "(14 min)" in tip
    assert tip.endswith("Clouds Connect failed.")
    chosen = next(p for p in parts if p.reading is Reading.DISCONNECTED)
    assert panel.strip.tooltip_for(chosen).endswith("You disconnected it.")
    assert "not counting 55 min you had it disconnected" in panel.uptime_label.text()
    assert panel.since_label.text().startswith("Connected for ")
    assert "Failed at " in panel.incidents_label.text()
    assert "Clouds Connect failed." in panel.incidents_label.text()
    # A screen reader hears the strip in words.
    assert "Not watched" in panel.strip.accessibleDescription()


def test_a_demo_cloud_failed_now_failed_since_its_newest_incident_began(qtbot: QtBot, tmp_path: Path) -> None:
    store = StateStore()
    service = HistoryService(store, tmp_path / FILE_NAME, demo=True)
    service.start()
    store.publish(store.state.__class__(**loaded((cloud(CLOUD), cloud("c2", "FAILED")))))
    shown = HistoryPanel(service)
    qtbot.addWidget(shown)
    shown.show_cloud("c2")
    since = shown.since_label.text().removeprefix("Failed since ")
    newest = shown.incidents_label.text().splitlines()[0]
    assert since != shown.since_label.text()
    assert newest.startswith(f"Failed at {since}, ")
    # Still failing: how long so far, not how long it lasted.
    assert newest.endswith(" so far")
    assert not any(line.endswith(" so far") for line in shown.incidents_label.text().splitlines()[1:])
    service.stop()


def test_the_period_switch_reads_the_day_the_week_or_the_month(panel: HistoryPanel) -> None:
    for button, period in zip(panel.period_buttons, PERIODS, strict=True):
        button.click()
        assert panel.period == period
        assert panel.strip._end - panel.strip._start == period
        assert [b.isChecked() for b in panel.period_buttons].count(True) == 1


def test_a_short_failure_in_a_long_period_still_shows_as_a_line() -> None:
    month = 30 * 24 * 60 * MIN
    parts = [
        Segment(0, month // 2, Reading.CONNECTED, "RUNNING"),
        Segment(month // 2, month // 2 + 2 * MIN, Reading.FAILED, "FAILED"),
        Segment(month // 2 + 2 * MIN, month, Reading.CONNECTED, "RUNNING"),
    ]
    runs = pixel_runs(parts, 0, month, 300)
    assert [r.segment.reading for r in runs] == [Reading.CONNECTED, Reading.FAILED, Reading.CONNECTED]
    assert runs[1].x1 - runs[1].x0 >= 1
    assert runs[-1].x1 == 300


def test_a_paused_history_says_why_in_place_of_the_strip(qtbot: QtBot, tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("")
    service = HistoryService(StateStore(), blocked / FILE_NAME)
    service.start()
    shown = HistoryPanel(service)
    qtbot.addWidget(shown)
    shown.show_cloud(CLOUD)
    assert shown.paused_label.text().startswith("The status history is paused")
    assert not shown.uptime_label.isVisibleTo(shown)
    service.stop()


def test_connected_for_counts_only_the_stretch_watched_now_and_other_statuses_say_since_when(
    panel: HistoryPanel,
) -> None:
    from gui.history.reading import CloudTimeline
    from gui.history.timeline import Change, incidents, segments, uptime

    hour = 60 * MIN
    spans = [Span(0, 10 * hour), Span(20 * hour, 23 * hour)]  # a night nobody watched between

    def timeline(status: str) -> CloudTimeline:
        parts = segments(Change(0, status), [], spans, 0, 23 * hour)
        return CloudTimeline(
            CLOUD, 0, 23 * hour, tuple(parts), uptime(parts), tuple(incidents(parts)), Change(0, status)
        )

    assert panel.since_text(timeline("RUNNING")) == "Connected for 3 h"
    assert panel.since_text(timeline("FAILED")).startswith("Failed since ")


def test_a_broken_history_file_is_set_aside_and_said_without_blocking(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_bytes(b"not a database at all" * 100)
    store = StateStore()
    service = HistoryService(store, tmp_path / FILE_NAME)
    service.start()
    store.publish(AppState(**loaded((cloud(CLOUD),))))
    shown = HistoryPanel(service)
    qtbot.addWidget(shown)
    shown.show_cloud(CLOUD)
    assert service.set_aside is not None
    assert service.set_aside.read_bytes() == b"not a database at all" * 100
    text = shown.paused_label.text()
    assert text.startswith("The status history could not be read, so a new one was started")
    assert service.set_aside.name in text
    assert shown.uptime_label.isVisibleTo(shown)  # recording goes on in the new file
    service.stop()


def test_the_chosen_period_reads_apart_in_any_theme_and_switching_moves_no_button(
    panel: HistoryPanel,
) -> None:
    # A checked button's shade alone is all but lost in a dark theme: the chosen period is bold too.
    widths = [b.width() for b in panel.period_buttons]
    for chosen in panel.period_buttons:
        chosen.click()
        assert [b.font().bold() for b in panel.period_buttons] == [b is chosen for b in panel.period_buttons]
        assert [b.width() for b in panel.period_buttons] == widths
