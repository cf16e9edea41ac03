"""The shared text helpers: ages, escaped tooltips, plain labels, web URL checks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from gui.views.formatting import age_text, plain_label, tooltip

from .builders import HOSTILE


def rendered(tip: str) -> str:
    """What a person reads in a tooltip: Qt renders it as rich text, so render it the same way."""
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText()


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (-3600, "in the future"),
        (-10, "just now"),
        (0, "just now"),
        (4.9, "just now"),
        (12, "12 s ago"),
        (59, "59 s ago"),
        (60, "1 min ago"),
        (180, "3 min ago"),
        (3599, "59 min ago"),
        (3600, "1 h ago"),
        (86399, "23 h ago"),
        (86400, "1 day ago"),
        (2 * 86400 + 5, "2 days ago"),
    ],
)
def test_age_text(seconds: float, text: str) -> None:
    assert age_text(seconds) == text


@pytest.mark.parametrize("text", [HOSTILE, "a & b", "&lt;b&gt;", "x < y > z", "plain"])
def test_tooltip_shows_any_text_literally(text: str) -> None:
    tip = tooltip(text)
    assert "<b>" not in tip.replace("<br>", "")
    assert rendered(tip) == text


def test_tooltip_puts_each_line_on_its_own_line() -> None:
    assert rendered(tooltip("first <i>", "second & third")) == "first <i>\nsecond & third"


def test_plain_label_never_reads_html(qtbot: QtBot) -> None:
    label = plain_label(HOSTILE, selectable=True)
    qtbot.addWidget(label)
    assert label.textFormat() is Qt.TextFormat.PlainText
    assert label.text() == HOSTILE
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


def test_a_plain_label_wraps_and_selects_by_keyboard_as_in_every_window(qtbot: QtBot) -> None:
    """One label for views and dialogs: a long string wraps, and a keyboard user can copy an id."""
    label = plain_label("a long error " * 20, selectable=True)
    word = plain_label("Running", wrap=False)
    qtbot.addWidget(label)
    qtbot.addWidget(word)
    label.setFixedWidth(200)
    assert label.wordWrap()
    assert label.heightForWidth(200) > 2 * label.fontMetrics().height()
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert not word.wordWrap()
