"""Walks what a window shows (texts, tooltips, placeholders, menus) and finds untranslated and clipped text.

Under `--lang pseudo` every translated text is wrapped in ⟦…⟧: what is left once those are taken out
must be a value (a URL, a number, something Pieces OS said) or a product name, else it was never
translated. A text is clipped when its widget is narrower (or, wrapped, lower) than the text needs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QStyle,
    QStyleOptionHeader,
    QTabBar,
    QTextEdit,
    QWidget,
)

from gui.views.elided_label import ElidedLabel

OPEN, CLOSE = "⟦", "⟧"
_INNERMOST = re.compile(r"⟦[^⟦⟧]*⟧")
_URL = re.compile(r"\b[a-z][a-z0-9+.-]*://[^\s⟦⟧·]+|[\w.@-]+\.(?:cloud|app|com)\b[^\s⟦⟧·]*", re.IGNORECASE)
_PATH = re.compile(r"(?:~|/)[\w./~-]*")
_TAG = re.compile(r"<[^>]+>")
# Key names in a shortcut (Qt's own translation says "Strg" for Ctrl), and a time zone after a time.
_KEYS = re.compile(r"\b(?:(?:Ctrl|Shift|Alt|Meta)\+)+[^\s)]+|\bF\d{1,2}\b")
_ZONE = re.compile(r"(?<=\d) [A-Z]{2,5}\b")
# Names of products and things, and languages by their own names: the same in every language.
NAMES = (
    "Pieces Allocations", "Pieces Desktop", "Pieces OS", "Pieces", "PIECES_OS_URL", "CSV", "JSON",
    "Deutsch", "Français", "English",
)  # fmt: skip


@dataclass(frozen=True)
class Text:
    where: str
    text: str


def leftover(text: str, values: Iterable[str] = ()) -> str:
    """What of text is not translated (inside ⟦…⟧), a value or a name: letters left were never translated."""
    text = _TAG.sub(" ", text)
    text = _URL.sub(" ", text)
    text = _PATH.sub(" ", text)
    for value in sorted({v.strip() for v in values if len(v.strip()) > 1}, key=len, reverse=True):
        # Whole values only: "id" taken out of the middle of an English word would hide it.
        text = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", " ", text)
    text = _KEYS.sub(" ", text)
    text = _ZONE.sub(" ", text)
    while True:
        inner = _INNERMOST.sub(" ", text)
        if inner == text:
            break
        text = inner
    for name in NAMES:
        text = text.replace(name, " ")
    return "".join(ch for ch in text if ch.isalpha())


def shown(text: str) -> str:
    """A label's or button's text as drawn: the & that marks its shortcut letter is not shown."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or widget.accessibleName() or '?'})"


def _standard(button: QAbstractButton) -> bool:
    """A standard button of a dialog button box: Qt's own text, translated by Qt's qtbase_<lang>.qm."""
    box = button.parentWidget()
    while box is not None and not isinstance(box, QDialogButtonBox):
        box = box.parentWidget()
    if (
        isinstance(box, QDialogButtonBox)
        and box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton
    ):
        return True
    message = button.window()
    return (
        isinstance(message, QMessageBox)
        and message.standardButton(button) != QMessageBox.StandardButton.NoButton
    )


def visible_widgets(top: QWidget) -> Iterator[QWidget]:
    for widget in [top, *top.findChildren(QWidget)]:
        if widget.isVisibleTo(top) or widget is top:
            yield widget


def texts(top: QWidget) -> Iterator[Text]:
    """Every text top and its visible children show, or show on hover (tooltips, status tips)."""
    if top.isWindow():
        yield Text(f"{_name(top)} title", top.windowTitle())
    for widget in visible_widgets(top):
        where = _name(widget)
        yield Text(f"{where} tooltip", widget.toolTip())
        yield Text(f"{where} status tip", widget.statusTip())
        yield Text(f"{where} accessible name", widget.accessibleName())
        yield Text(f"{where} accessible description", widget.accessibleDescription())
        if isinstance(widget, QLabel) or (isinstance(widget, QAbstractButton) and not _standard(widget)):
            yield Text(where, widget.text())
        elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            yield Text(f"{where} placeholder", widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            yield Text(where, widget.title())
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield Text(f"{where} item {i}", widget.itemText(i))
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield Text(f"{where} tab {i}", widget.tabText(i))
        elif isinstance(widget, QMessageBox):
            yield Text(f"{where} text", widget.text())
            yield Text(f"{where} informative", widget.informativeText())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.headerData(column, Qt.Orientation.Horizontal, role)
                    yield Text(f"{where} header {column}", str(value or ""))
            for row in range(min(model.rowCount(), 3)):
                for column in range(model.columnCount()):
                    index = model.index(row, column, QModelIndex())
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        yield Text(f"{where} cell {row},{column}", str(index.data(role) or ""))
    if isinstance(top, QMainWindow):
        yield Text("status bar message", top.statusBar().currentMessage())
        for action in top.menuBar().actions():
            yield from menu_texts(action, "menu bar")


def menu_texts(action: QAction, where: str) -> Iterator[Text]:
    if action.isSeparator():
        return
    here = f"{where} > {action.text()}"
    yield Text(here, action.text())
    if action.toolTip() != action.text().replace("&", ""):  # Qt's default tooltip is the text itself
        yield Text(f"{here} tooltip", action.toolTip())
    yield Text(f"{here} status tip", action.statusTip())
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield Text(f"{here} title", menu.title())
        for child in menu.actions():
            yield from menu_texts(child, here)


def unmarked(found: Iterable[Text], values: Iterable[str] = ()) -> list[str]:
    kept = list(values)
    return [f"{t.where}: {t.text!r}" for t in found if t.text and leftover(t.text, kept)]


def clipped(top: QWidget) -> list[str]:
    """Widgets whose text does not fit: labels and buttons that do not elide, group titles, placeholders."""
    problems = []
    for widget in visible_widgets(top):
        if not widget.isVisible() or widget.width() <= 1:
            continue
        where = f"{_name(widget)} in {_name(widget.window())}"
        metrics = QFontMetrics(widget.font())
        if isinstance(widget, QLabel) and not isinstance(widget, ElidedLabel) and widget.text():
            if widget.pixmap() is not None and not widget.pixmap().isNull():
                continue
            room = widget.contentsRect().width() - 2 * max(widget.margin(), 0) - max(widget.indent(), 0)
            if widget.wordWrap():
                if widget.heightForWidth(widget.width()) > widget.height() + 1:
                    problems.append(
                        f"{where}: wrapped text lower than its {widget.height()} px: {widget.text()!r}"
                    )
            elif widget.textFormat() == Qt.TextFormat.PlainText or not _TAG.search(widget.text()):
                text = shown(widget.text()) if widget.buddy() is not None else widget.text()
                widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
                if widest > room + 1:
                    problems.append(f"{where}: {widest} px of text in {room} px: {widget.text()!r}")
            elif widget.sizeHint().width() > widget.width() + 1:
                problems.append(f"{where}: wants {widget.sizeHint().width()} px, has {widget.width()}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if (
                widget.minimumSizeHint().width() > widget.width() + 1
                or widget.sizeHint().width() > widget.width() + 1
            ):
                problems.append(
                    f"{where}: wants {widget.sizeHint().width()} px, has {widget.width()}: {widget.text()!r}"
                )
        elif isinstance(widget, QGroupBox) and widget.title():
            if metrics.horizontalAdvance(widget.title()) > widget.width():
                problems.append(f"{where}: title wider than the box: {widget.title()!r}")
        elif isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
            room = widget.width() - 16  # the frame and text margins
            if metrics.horizontalAdvance(widget.placeholderText()) > room:
                problems.append(f"{where}: placeholder wider than the field: {widget.placeholderText()!r}")
        elif (
            isinstance(widget, QComboBox)
            and widget.currentText()
            and widget.minimumSizeHint().width() > widget.width()
        ):
            problems.append(f"{where}: wants {widget.sizeHint().width()} px, has {widget.width()}")
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            problems += _cut_titles(widget, where)
    return problems


def _cut_titles(header: QHeaderView, where: str) -> list[str]:
    """Column titles wider than the room the style leaves them in their section."""
    model = header.model()
    problems = []
    for section in range(header.count()):
        if header.isSectionHidden(section) or model is None:
            continue
        option = QStyleOptionHeader()
        option.initFrom(header)
        option.section = section
        option.orientation = Qt.Orientation.Horizontal
        option.text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        option.textAlignment = header.defaultAlignment()
        option.rect = QRect(0, 0, header.sectionSize(section), header.height())
        room = header.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header).width()
        if header.fontMetrics().horizontalAdvance(option.text) > room:
            problems.append(f"{where}: column title cut to {room} px: {option.text!r}")
    return problems
