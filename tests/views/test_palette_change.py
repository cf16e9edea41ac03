"""A palette switched while the app runs (a dark theme turned on): every text stays readable."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from gui.api import PiecesTimeout
from gui.services.store import StateStore
from gui.views.main_window import MainWindow

from .builders import NOW, RUNNING_ID, loaded, put
from .window_helpers import select

DARK_WINDOW, DARK_BASE, LIGHT_TEXT = "#2b2b2b", "#1e1e1e", "#e6e6e6"


def dark_palette() -> QPalette:
    role = QPalette.ColorRole
    palette = QPalette(QColor(DARK_WINDOW))
    for which, colour in (
        (role.Window, DARK_WINDOW),
        (role.WindowText, LIGHT_TEXT),
        (role.Base, DARK_BASE),
        (role.Text, LIGHT_TEXT),
        (role.Button, "#353535"),
        (role.ButtonText, LIGHT_TEXT),
    ):
        palette.setColor(which, QColor(colour))
    return palette


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio: 1 (none) to 21 (black on white); 4.5 is the floor for body text."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def colours(widget: QWidget) -> tuple[QColor, QColor]:
    """The background a widget's text is drawn on, and the text's colour."""
    palette = widget.palette()
    if isinstance(widget, QLineEdit):
        return palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    return palette.color(widget.backgroundRole()), palette.color(widget.foregroundRole())


def painted_background(widget: QWidget) -> QColor:
    """The colour actually painted just inside the widget's top-left corner."""
    return widget.grab().toImage().pixelColor(2, 2)


def switch_to(qtbot: QtBot, palette: QPalette, widgets: list[QWidget]) -> None:
    """Set the application palette, and wait until Qt has handed it down to every widget."""
    QApplication.setPalette(palette)
    text = palette.color(QPalette.ColorRole.WindowText)
    qtbot.waitUntil(lambda: all(w.palette().color(QPalette.ColorRole.WindowText) == text for w in widgets))


@pytest.fixture
def light_again(qapp: QApplication) -> Iterator[None]:
    light = QApplication.palette()
    yield
    QApplication.setPalette(light)


@pytest.fixture
def shown(qtbot: QtBot, store: StateStore, window: MainWindow) -> MainWindow:
    put(store, **loaded())
    select(window, RUNNING_ID)
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def readable(widgets: list[QWidget]) -> dict[str, float]:
    """Each widget whose text is below a 4.5 contrast, by accessible name or text."""
    poor = {}
    for widget in widgets:
        background, foreground = colours(widget)
        ratio = contrast(background, foreground)
        if ratio < 4.5:
            poor[widget.accessibleName() or getattr(widget, "text", lambda: "?")()] = round(ratio, 2)
    return poor


def test_the_details_pane_follows_a_dark_palette(qtbot: QtBot, shown: MainWindow, light_again: None) -> None:
    pane = shown.details
    fields = pane.findChildren(QLineEdit)
    labels = [label for label in pane.findChildren(QLabel) if label.text()]
    assert len(fields) >= 8  # five values and three URLs
    assert readable([*fields, *labels]) == {}

    switch_to(qtbot, dark_palette(), [*fields, *labels])

    assert readable([*fields, *labels]) == {}
    for field in fields:
        assert colours(field)[0] == QColor(DARK_WINDOW), field.accessibleName()
    assert painted_background(pane.fields["id"]) == QColor(DARK_WINDOW)
    assert painted_background(pane.url_rows["vanity"].address) == QColor(DARK_WINDOW)

    # And back to light: nothing stays dark either.
    switch_to(qtbot, QApplication.style().standardPalette(), [*fields, *labels])
    assert readable([*fields, *labels]) == {}
    assert painted_background(pane.fields["id"]).lightness() > 128


def test_the_stale_banner_suits_a_dark_palette(
    qtbot: QtBot, store: StateStore, shown: MainWindow, light_again: None
) -> None:
    error = PiecesTimeout("list the allocations", 15)
    put(store, error=error, error_text=str(error), last_success=NOW - timedelta(minutes=3))
    banner = shown.banner
    assert painted_background(banner).lightness() > 128

    switch_to(qtbot, dark_palette(), [shown])

    assert painted_background(banner).lightness() < 128
    text = banner.label.palette().color(banner.label.foregroundRole())
    assert contrast(painted_background(banner), text) > 4.5
    # The Retry button inside follows the dark palette too, rather than staying a light island.
    button = banner.retry_button.palette()
    assert (
        contrast(button.color(QPalette.ColorRole.Button), button.color(QPalette.ColorRole.ButtonText)) > 4.5
    )
    assert button.color(QPalette.ColorRole.Button).lightness() < 128
