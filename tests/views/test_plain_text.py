"""Server strings are plain text everywhere: markup in a project, name or error shows as typed."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from gui.api import PiecesError
from gui.services.store import StateStore
from gui.state import Phase
from gui.views.allocation_cells import Column
from gui.views.main_window import MainWindow

from .builders import HOSTILE, NOW, cloud, loaded, put, user
from .test_formatting import rendered


def assert_plain_everywhere(window: MainWindow) -> int:
    """Every label showing the markup is plain text; every tooltip showing it renders it literally."""
    seen = 0
    for label in window.findChildren(QLabel):
        if "<b>" in label.text():
            assert label.textFormat() is Qt.TextFormat.PlainText, label.accessibleName()
            seen += 1
    for widget in [window, *window.findChildren(QWidget)]:
        tip = widget.toolTip()
        assert "<b>x" not in tip, widget
        assert "<img" not in tip, widget
        if "&lt;b&gt;" in tip:
            assert HOSTILE in rendered(tip)
            seen += 1
    return seen


def test_table_cells_and_tooltips(store: StateStore, window: MainWindow) -> None:
    put(store, **loaded((cloud("h", project=HOSTILE, version=HOSTILE, readable=HOSTILE),)))
    index = window.proxy.index(0, Column.PROJECT)
    assert index.data() == HOSTILE
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) == HOSTILE
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "<b>x" not in tip
    assert rendered(tip) == HOSTILE
    updated_tip = window.proxy.index(0, Column.UPDATED).data(Qt.ItemDataRole.ToolTipRole)
    assert rendered(updated_tip).splitlines()[-1] == HOSTILE


def test_details_status_bar_and_banner(store: StateStore, window: MainWindow) -> None:
    hostile = cloud("h", project=HOSTILE, vanity=f"https://x.pieces.cloud/{HOSTILE}", readable=HOSTILE)
    put(
        store,
        **loaded(
            (hostile,),
            user=user(HOSTILE),
            error=PiecesError(HOSTILE, HOSTILE),
            error_text=HOSTILE,
            last_success=NOW - timedelta(minutes=3),
        ),
    )
    window.table.selectRow(0)
    details = window.details
    assert details.fields["project"].text() == HOSTILE
    assert details.readable.text() == HOSTILE
    assert details.heading.text().endswith(HOSTILE)
    assert details.url_rows["vanity"].address.text().endswith(HOSTILE)
    assert window.status.user.text() == f"Signed in as \u2068{HOSTILE}\u2069"
    assert window.banner.label.text().endswith(HOSTILE)
    assert assert_plain_everywhere(window) >= 6
    line_edits = [e for e in window.findChildren(QLineEdit) if HOSTILE in e.text()]
    assert len(line_edits) == 2  # project and the vanity URL: line edits never read HTML


def test_state_panel(store: StateStore, window: MainWindow) -> None:
    put(store, phase=Phase.UNREACHABLE, error=PiecesError(HOSTILE, HOSTILE), error_text=HOSTILE)
    assert window.state_panel.message.text() == HOSTILE
    assert window.state_panel.hint.text() == HOSTILE
    put(store, phase=Phase.NO_ALLOCATIONS, user=user(HOSTILE), error=None, error_text=None)
    assert (
        window.state_panel.message.text()
        == f"You are signed in as \u2068{HOSTILE}\u2069 but have no cloud yet."
    )
    assert assert_plain_everywhere(window) >= 2


def test_a_hostile_id_and_urls_in_the_table(store: StateStore, window: MainWindow) -> None:
    put(store, **loaded((cloud(HOSTILE, vanity=f"https://{HOSTILE}"),)))
    window.table.selectRow(0)
    assert window.proxy.index(0, Column.URL).data() == HOSTILE
    assert (
        rendered(window.proxy.index(0, Column.URL).data(Qt.ItemDataRole.ToolTipRole)) == f"https://{HOSTILE}"
    )
    assert window.details.fields["id"].text() == HOSTILE
    assert_plain_everywhere(window)
