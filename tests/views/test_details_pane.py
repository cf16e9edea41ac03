"""DetailsPane: every field, each URL with its own status, Copy, and Open only for http(s)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from gui.services.store import StateStore
from gui.views.details_pane import DetailsPane
from gui.views.formatting import exact_time
from gui.views.main_window import MainWindow

from ..gestures import click, key
from .builders import FAILED_ID, NOW, PENDING_ID, Clock, RecordingIntents, cloud, loaded, put, three_mixed
from .test_formatting import rendered

# Wider than the pane: a vanity name and a path such as a proxy or a newer Pieces OS might give.
LONG_URL = "https://a-rather-long-vanity-name-no-side-pane-is-wide-enough-for.pieces.cloud/and/a/path/end"


@pytest.fixture
def pane(qtbot: QtBot, intents: RecordingIntents, clock: Clock) -> DetailsPane:
    details = DetailsPane(intents, clock=clock)
    qtbot.addWidget(details)
    # A fixed minimum, or the offscreen platform warns each time the layout asks for another one.
    details.setMinimumSize(360, 600)
    details.show()
    return details


def test_a_long_url_is_cut_in_the_middle_and_whole_in_its_tooltip_and_when_copied(
    qtbot: QtBot, pane: DetailsPane
) -> None:
    pane.show_cloud(cloud("long", vanity=LONG_URL))
    field = pane.url_rows["vanity"].address
    shown = field.text()
    assert "…" in shown
    start, end = shown.split("…")
    assert start.startswith("https://a-")
    assert LONG_URL.startswith(start)
    assert LONG_URL.endswith(end)
    assert end.endswith("/end")
    assert field.fontMetrics().horizontalAdvance(shown) < field.width()
    assert rendered(field.toolTip()) == LONG_URL
    # The heading says the same URL, cut the same way, whole in its tooltip.
    assert "…" in pane.heading.shown_text()
    assert rendered(pane.heading.toolTip()) == LONG_URL
    with qtbot.waitSignal(pane.copied):
        click(pane.url_rows["vanity"].copy_button)
    assert QGuiApplication.clipboard().text() == LONG_URL
    # With the focus the field holds the whole URL, so what is selected and copied is the URL.
    pane.activateWindow()
    qtbot.waitUntil(pane.isActiveWindow)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    assert field.text() == LONG_URL
    field.selectAll()
    key(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == LONG_URL
    pane.fields["id"].setFocus()
    qtbot.waitUntil(lambda: not field.hasFocus())
    assert field.text() == shown


def test_empty_state_asks_for_a_selection(pane: DetailsPane) -> None:
    assert pane.currentWidget() is pane.empty_label
    assert pane.empty_label.text() == "Select an allocation to see its details."
    assert pane.cloud is None


def test_every_field_is_shown(pane: DetailsPane) -> None:
    running = three_mixed()[0]
    assert running.updated is not None
    pane.show_cloud(running)
    assert pane.currentWidget() is pane.scroll_area
    assert pane.heading.text() == "https://mark.pieces.cloud"
    assert pane.status_word.text() == "Connected"
    assert {key: field.text() for key, field in pane.fields.items()} == {
        "id": running.id,
        "user": running.user,
        "project": "pieces-user-clouds",
        "region": "us-central1",
        "version": "1.4.2",
    }
    assert pane.updated.text() == f"{exact_time(running.updated.value)} (3 min ago)"
    assert pane.readable.text() == "Today - March 25th, 12:58 p.m."
    assert all(field.isReadOnly() for field in pane.fields.values())


def test_absent_fields_show_a_dash_and_a_missing_vanity_hides_its_row(pane: DetailsPane) -> None:
    pending = three_mixed()[1]
    pane.show_cloud(pending)
    assert pane.fields["version"].text() == "—"
    assert pane.updated.text() == "—"
    assert pane.readable.text() == "—"
    assert not pane.url_rows["vanity"].isVisibleTo(pane)
    assert pane.url_rows["id"].address.full_text() == f"https://{PENDING_ID}.pieces.cloud"


def test_each_url_shows_its_own_status(pane: DetailsPane) -> None:
    failed = three_mixed()[2]
    assert failed.id == FAILED_ID
    pane.show_cloud(failed)
    assert pane.status_word.text() == "Failed"
    words = {role: row.status_word.text() for role, row in pane.url_rows.items()}
    assert words == {"vanity": "Failed", "id": "Failed", "base": "Connected"}
    assert [row.title.text() for row in pane.url_rows.values()] == ["Vanity URL", "ID URL", "Base URL"]
    assert all(row.isVisibleTo(pane) for row in pane.url_rows.values())
    assert pane.url_rows["vanity"].address.text() == "https://priya.pieces.cloud"


def test_open_calls_the_intent_for_https(qtbot: QtBot, pane: DetailsPane, intents: RecordingIntents) -> None:
    pane.show_cloud(three_mixed()[0])
    row = pane.url_rows["vanity"]
    assert row.open_button.isEnabled()
    click(row.open_button)
    assert intents.calls == [("open_url", ("https://mark.pieces.cloud",))]


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "mark.pieces.cloud"])
def test_open_is_disabled_for_anything_but_http(
    qtbot: QtBot, pane: DetailsPane, intents: RecordingIntents, url: str
) -> None:
    pane.show_cloud(cloud("odd", vanity=url))
    row = pane.url_rows["vanity"]
    assert row.address.text() == url
    assert not row.open_button.isEnabled()
    click(row.open_button)
    assert intents.calls == []
    # The other URLs of the same cloud are ordinary https addresses.
    assert pane.url_rows["id"].open_button.isEnabled()


def test_copy_puts_the_url_on_the_clipboard(qtbot: QtBot, pane: DetailsPane) -> None:
    pane.show_cloud(three_mixed()[2])
    row = pane.url_rows["base"]
    with qtbot.waitSignal(pane.copied) as copied:
        click(row.copy_button)
    assert copied.args == [row.url]
    assert QGuiApplication.clipboard().text() == row.url
    assert row.url.startswith("https://user-5a9e0c3b")


def test_a_refreshed_cloud_updates_the_pane_and_ages(pane: DetailsPane, clock: Clock) -> None:
    pane.show_cloud(cloud("c", "PENDING", version="1.4.2"))
    pane.show_cloud(cloud("c", "RUNNING", version="1.5.0"))
    assert pane.status_word.text() == "Connected"
    assert pane.fields["version"].text() == "1.5.0"
    clock.advance(timedelta(minutes=10).total_seconds())
    pane.refresh_age()
    assert pane.updated.text().endswith("(10 min ago)")
    pane.show_cloud(None)
    assert pane.currentWidget() is pane.empty_label
    assert NOW  # the clock started at the examples' "now"


def test_buttons_have_accessible_names(pane: DetailsPane) -> None:
    pane.show_cloud(three_mixed()[0])
    for role, row in pane.url_rows.items():
        assert row.copy_button.accessibleName() == f"Copy the {role} URL"
        assert row.open_button.accessibleName() == f"Open the {role} URL in the browser"
        assert row.address.accessibleName()


def test_even_in_a_small_window_the_pane_shows_a_whole_id(
    qtbot: QtBot, store: StateStore, window: MainWindow
) -> None:
    window.resize(window.minimumSize())
    window.show()
    put(store, **loaded())
    field = window.details.fields["id"]
    qtbot.waitUntil(lambda: field.isVisible() and field.text() == FAILED_ID)

    def whole() -> bool:
        # The pane holds the whole field, and the field the whole id: none of it is cut off.
        right = field.mapTo(window.details, field.rect().topRight()).x()
        return right < window.details.width() and (
            field.fontMetrics().horizontalAdvance(FAILED_ID) < field.width()
        )

    qtbot.waitUntil(whole)
