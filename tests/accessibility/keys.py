"""Keystrokes as a keyboard-only user makes them: to whatever has the focus, never to a chosen widget."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

NoModifier = Qt.KeyboardModifier.NoModifier


def focused() -> QWidget:
    """Where a key goes: the open menu, else the widget with the keyboard focus."""
    target = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus: a key press would go nowhere"
    return target


def press(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = NoModifier) -> None:
    target = focused()
    # Shortcuts act only in the active window: a key sent to another would be a test's mistake.
    assert target.window() is QApplication.activeWindow() or QApplication.activePopupWidget() is not None, (
        f"{name_of(target)} is in {name_of(target.window())}, but {QApplication.activeWindow()} is active"
    )
    QTest.keyClick(target, key, modifiers)


def type_keys(text: str) -> None:
    QTest.keyClicks(focused(), text)


def name_of(widget: QWidget) -> str:
    """How a widget is known in a failure message: its accessible name, its text, or its class."""
    text = widget.accessibleName()
    if not text and isinstance(widget, (QAbstractButton, QLabel)):
        text = widget.text().replace("&", "")
    return f"{type(widget).__name__} {text!r}"


def tab_cycle(qtbot: QtBot, dialog: QDialog, limit: int = 40) -> list[QWidget]:
    """The widgets Tab visits in the dialog, from the one focused now, once round.

    Each press goes to the focused widget, as a person's would; the walk ends when the focus
    comes back to where it began.
    """
    start = QApplication.focusWidget()
    assert start is not None, "the dialog opened without the focus in it"
    assert start.window() is dialog, "the dialog opened without the focus in it"
    visited = [start]
    for _ in range(limit):
        press(qtbot, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None, "Tab left the dialog"
        assert now.window() is dialog, "Tab left the dialog"
        if now is start:
            return visited
        visited.append(now)
    raise AssertionError(f"Tab never came back to {name_of(start)}: {[name_of(w) for w in visited]}")


def reading_order(dialog: QDialog, widgets: list[QWidget]) -> list[QWidget]:
    """The widgets as a reader's eye meets them: by line from the top, then from the left.

    Widgets whose vertical extents overlap sit on one line (a button beside a label, a row of buttons).
    """

    def place(widget: QWidget) -> tuple[int, int, int]:
        top_left = widget.mapTo(dialog, QPoint(0, 0))
        return top_left.y(), top_left.y() + widget.height(), top_left.x()

    placed = sorted(((place(w), w) for w in widgets), key=lambda item: item[0])
    lines: list[list[tuple[tuple[int, int, int], QWidget]]] = []
    for item in placed:
        (top, _bottom, _x) = item[0]
        if lines and top < max(entry[0][1] for entry in lines[-1]):
            lines[-1].append(item)
        else:
            lines.append([item])
    return [widget for line in lines for _place, widget in sorted(line, key=lambda item: item[0][2])]


def out_of_reading_order(qtbot: QtBot, dialog: QDialog) -> list[str]:
    """Tab's round, started at the first control read, against the reading order: [] when they agree."""
    cycle = tab_cycle(qtbot, dialog)
    order = reading_order(dialog, cycle)
    first = cycle.index(order[0])
    tabbed = cycle[first:] + cycle[:first]
    if tabbed == order:
        return []
    return [
        f"Tab goes {' → '.join(name_of(w) for w in tabbed)}",
        f"the eye reads {' → '.join(name_of(w) for w in order)}",
    ]


def mnemonic(text: str) -> str | None:
    """The letter Alt (or a menu's own key) goes by: the one after a single "&"."""
    at = 0
    while (at := text.find("&", at)) != -1 and at + 1 < len(text):
        if text[at + 1] != "&":
            return text[at + 1].casefold()
        at += 2
    return None


def clashes(texts: list[str]) -> list[str]:
    """Texts that share a mnemonic: its key then only moves between them instead of acting."""
    by_letter: dict[str, list[str]] = {}
    for text in texts:
        letter = mnemonic(text)
        if letter is not None:
            by_letter.setdefault(letter, []).append(text)
    return [f"{letter!r}: {' / '.join(same)}" for letter, same in by_letter.items() if len(same) > 1]


def dialog_mnemonics(dialog: QDialog) -> list[str]:
    """The texts with a mnemonic in a dialog: its buttons, and the labels that lead to a field."""
    texts = [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)]
    texts += [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.buddy() is not None and label.isVisibleTo(dialog)
    ]
    return texts


def unseen_focus(qtbot: QtBot, stops: list[QWidget]) -> list[str]:
    """The tab stops that look the same with the keyboard focus as without, each reached by Tab.

    Styles draw the focus frame only once the keyboard has moved it (a click shows none), so each
    widget is looked at just before Tab reaches it and just after. A dialog's default button is
    left out: Fusion draws it framed already, as it frames a focused one.
    """
    unseen = []
    for index in range(len(stops)):
        coming = stops[(index + 1) % len(stops)]
        default = isinstance(coming, QPushButton) and coming.isDefault()
        without = coming.grab().toImage()
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is coming, f"Tab went to {name_of(focused())}, not {name_of(coming)}"
        still_default = isinstance(coming, QPushButton) and coming.isDefault()
        if coming.grab().toImage() == without and not (default and still_default):
            unseen.append(name_of(coming))
    return unseen
