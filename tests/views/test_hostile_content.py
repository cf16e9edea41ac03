"""Hostile server strings (10,000 characters, separators, bidi, unknown statuses) in a real window."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from gui.api import PiecesError
from gui.services.store import StateStore
from gui.state import Phase
from gui.views.allocation_cells import Column
from gui.views.main_window import MainWindow

from .builders import HOSTILE, NOW, cloud, connection, loaded, put, user
from .test_formatting import rendered

LONG = "9" * 10_000
SEPARATORS = "north\u2028south\u2029east\x85west\nup\rdown\x0bleft\x0cright"
SPOOF = "\u202egnp.exe"  # reads "exe.png" when the override is obeyed
MIXED = f"{HOSTILE}\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 \x07\x1b[31m 😀🏳️‍🌈 {LONG}"
ODD_URLS = [
    "javascript:alert(1)",
    "file:///etc/passwd",
    "data:text/html,<script>alert(1)</script>",
    "https://x.pieces.cloud/a b",
    "https://x.pieces.cloud/<b>x</b>",
    "https://host:99999/",
    "https://",
    "not a url",
]


def _shown(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1260, 700)
    window.show()
    qtbot.waitExposed(window)


def test_a_huge_version_and_user_name_leave_the_status_bar_inside_the_window(
    qtbot: QtBot, store: StateStore, window: MainWindow
) -> None:
    _shown(qtbot, window)
    put(store, **loaded(connection=replace(connection(), version=LONG), user=user(LONG)))
    bar = window.status
    qtbot.waitUntil(lambda: bar.sizeHint().width() <= window.width())
    for label in (bar.health, bar.user, bar.age, bar.version, bar.address):
        assert label.isVisible(), label.accessibleName()
        right = label.mapTo(window, label.rect().topRight()).x()
        assert 0 <= right <= window.width(), label.accessibleName()
    assert bar.health.text() == "Health: OK"
    assert bar.age.text() == "Updated just now"
    assert "…" in bar.user.shown_text()
    assert len(bar.user.shown_text()) < 200
    # The whole name is one hover away.
    assert LONG in rendered(bar.user.toolTip())
    assert LONG in rendered(bar.version.toolTip())


def test_an_unknown_status_is_named_in_the_table_the_details_and_the_filter(
    store: StateStore, window: MainWindow
) -> None:
    put(store, **loaded((cloud("h", "HIBERNATING"), cloud("r"))))
    window.table.selectRow(0)
    assert window.proxy.index(0, Column.STATUS).data() == "Unknown (\u2068HIBERNATING\u2069)"
    assert window.proxy.index(0, Column.URL_STATUS).data() == "Unknown (\u2068HIBERNATING\u2069)"
    assert window.details.status_word.text() == "Unknown (\u2068HIBERNATING\u2069)"
    assert window.details.url_rows["id"].status_word.text() == "Unknown (\u2068HIBERNATING\u2069)"
    window.filter_edit.setText("hibernating")
    assert window.proxy.rowCount() == 1


def test_a_huge_unknown_status_is_cut(store: StateStore, window: MainWindow) -> None:
    put(store, **loaded((cloud("h", LONG),)))
    word = window.proxy.index(0, Column.STATUS).data()
    assert word.startswith("Unknown (\u20689999")
    assert len(word) < 60


def test_line_and_paragraph_separators_keep_a_row_one_line_tall(
    qtbot: QtBot, store: StateStore, window: MainWindow
) -> None:
    _shown(qtbot, window)
    put(store, **loaded((cloud("a", project=SEPARATORS, version=SEPARATORS), cloud("b"))))
    shown = window.proxy.index(0, Column.PROJECT).data()
    assert shown == "north south east west up down left right"
    assert window.table.sizeHintForRow(0) == window.table.sizeHintForRow(1)
    window.table.selectRow(0)
    assert window.details.fields["version"].text() == "north south east west up down left right"


def test_bidi_overrides_are_dropped_so_names_read_as_sent(store: StateStore, window: MainWindow) -> None:
    put(store, **loaded((cloud("a", project=SPOOF, version=SPOOF),), user=user(SPOOF)))
    assert window.proxy.index(0, Column.PROJECT).data() == "gnp.exe"
    window.table.selectRow(0)
    assert window.details.fields["project"].text() == "gnp.exe"
    assert window.status.user.text() == "Signed in as \u2068gnp.exe\u2069"


def test_control_characters_are_made_visible(store: StateStore, window: MainWindow) -> None:
    put(store, **loaded((cloud("a", project="bell\x07 esc\x1b nul\x00 del\x7f c1\x9b"),)))
    assert window.proxy.index(0, Column.PROJECT).data() == "bell␇ esc␛ nul␀ del␡ c1\ufffd"


@pytest.mark.parametrize("field", ["project", "version", "readable", "user"])
def test_every_field_with_mixed_hostile_text_keeps_the_layout(
    qtbot: QtBot, store: StateStore, window: MainWindow, field: str
) -> None:
    _shown(qtbot, window)
    fields: dict[str, Any] = {"readable": MIXED} if field == "readable" else {}
    if field in ("project", "version"):
        fields[field] = MIXED
    put(store, **loaded((cloud("a", **fields), cloud("b")), user=user(MIXED if field == "user" else "Mark")))
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.status.sizeHint().width() <= window.width())
    assert window.table.sizeHintForRow(0) == window.table.sizeHintForRow(1)
    assert window.details.width() < window.width()
    assert window.status.age.isVisible()


@pytest.mark.parametrize("url", ODD_URLS)
def test_odd_urls_are_never_openable(store: StateStore, window: MainWindow, url: str) -> None:
    put(store, **loaded((cloud("a", vanity=url),)))
    window.table.selectRow(0)
    row = window.details.url_rows["vanity"]
    assert row.isVisibleTo(window.details)
    assert not row.open_button.isEnabled()
    assert not window.action_open_url.isEnabled()
    row.open_button.click()
    window.action_open_url.trigger()
    assert window._intents.calls == []  # type: ignore[attr-defined]


def test_a_spoofing_error_message_is_shown_as_sent_in_the_banner_and_the_panel(
    store: StateStore, window: MainWindow
) -> None:
    error = PiecesError(f'Pieces OS could not list the allocations (HTTP 500): "{SPOOF}\x07".', "Retry.")
    put(store, **loaded(error=error, error_text=str(error), last_success=NOW - timedelta(minutes=3)))
    assert window.banner.label.text().endswith('(HTTP 500): "gnp.exe␇".')
    put(store, phase=Phase.FAILING, allocations=(), last_success=None)
    assert (
        window.state_panel.message.text()
        == 'Pieces OS could not list the allocations (HTTP 500): "gnp.exe␇".'
    )
