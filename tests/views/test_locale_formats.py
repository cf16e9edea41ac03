"""Moments, durations, percentages and counts as the app's language writes them; English keeps its own."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from gui.desktop import translations
from gui.services.store import StateStore
from gui.views.allocation_cells import Column, tooltip_lines
from gui.views.details_pane import DetailsPane
from gui.views.formatting import duration_text, exact_time, local_moment, percent_text
from gui.views.main_window import MainWindow

from .builders import Clock, RecordingIntents, loaded, many, put, three_mixed

# Noon UTC: the same calendar day in every time zone the tests may run in.
NOON = datetime(2026, 6, 15, 12, 0, 7, tzinfo=UTC)
MS = int(NOON.timestamp() * 1000)
HOUR = 3_600_000


@pytest.fixture
def speak(qapp: QCoreApplication) -> Iterator[list[translations.Loaded]]:
    """speak.append(translations.install(code, None)); English again after the test."""
    loaded: list[translations.Loaded] = []
    yield loaded
    for one in reversed(loaded):
        translations.uninstall(one)


def _clock() -> str:
    return NOON.astimezone().strftime("%H:%M")


def test_english_keeps_the_year_month_day_moment_and_the_decimal_point() -> None:
    assert local_moment(MS) == f"2026-06-15 {_clock()}"
    assert percent_text(0.9962) == "99.6"
    assert duration_text(2 * 24 * HOUR + 4 * HOUR) == "2 d 4 h"


def test_german_writes_day_month_name_year_a_decimal_comma_and_german_units(
    speak: list[translations.Loaded],
) -> None:
    speak.append(translations.install("de", None))
    assert local_moment(MS) == f"15. Juni 2026, {_clock()}"
    assert exact_time(NOON).startswith(f"15. Juni 2026, {_clock()}:07")
    assert percent_text(0.9962) == "99,6"
    assert duration_text(2 * 24 * HOUR + 4 * HOUR) == "2\u00a0Tg. 4\u00a0Std."
    assert duration_text(3 * HOUR + 12 * 60_000) == "3\u00a0Std. 12\u00a0Min."


def test_french_writes_day_month_name_year_a_decimal_comma_and_french_units(
    speak: list[translations.Loaded],
) -> None:
    speak.append(translations.install("fr", None))
    assert local_moment(MS) == f"15 juin 2026 {_clock()}"
    assert percent_text(0.9962) == "99,6"
    assert duration_text(2 * 24 * HOUR + 4 * HOUR) == "2\u00a0j 4\u00a0h"
    assert duration_text(12_000) == "12\u00a0s"


def test_the_allocation_count_writes_thousands_as_the_language_does(
    qtbot: QtBot, store: StateStore, window: MainWindow, speak: list[translations.Loaded]
) -> None:
    speak.append(translations.install("de", None))
    put(store, **loaded(many(1234) + three_mixed()))
    qtbot.waitUntil(lambda: window.model.rowCount() == 1237)  # thousands go in a turn or two later
    assert window.page.count_label.text() == "1.237 Zuweisungen"
    window.filter_edit.setText("cloud-00")  # ids cloud-00000 to cloud-00999
    assert window.page.count_label.text() == "1.000 von 1.237 angezeigt"


@pytest.mark.parametrize("code", ["de", "fr"])
def test_pieces_os_english_words_for_a_time_are_left_out_where_the_app_speaks_another_language(
    qtbot: QtBot, speak: list[translations.Loaded], intents: RecordingIntents, clock: Clock, code: str
) -> None:
    """ "Today - March 25th, 12:58 p.m." is Pieces OS's, in English: the exact time beside it says the
    same in the user's language, so a German or French window shows that alone."""
    running = three_mixed()[0]
    assert running.updated is not None
    assert running.updated.readable
    speak.append(translations.install(code, None))
    pane = DetailsPane(intents, clock=clock)
    qtbot.addWidget(pane)
    pane.show_cloud(running)
    assert pane.updated.text().startswith(exact_time(running.updated.value))
    assert not pane.readable.isVisibleTo(pane)
    assert tooltip_lines(running, Column.UPDATED) == [exact_time(running.updated.value)]
