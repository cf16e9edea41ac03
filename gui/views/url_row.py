"""UrlRow: one URL of a cloud in the details pane, with its own status, Copy and Open."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QGuiApplication, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionFrame,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from gui.api import AllocationCloudUrl
from gui.desktop.assets import icon
from gui.desktop.links import is_web_url
from gui.i18n import Context
from gui.views.presentation import url_look

from .allocation_cells import url_name
from .formatting import one_line, plain_label, set_tip
from .intents import WindowIntents

URL_ROW = Context("URL_ROW")

__all__ = ["UrlField", "UrlRow", "ValueField", "value_field"]

ICON_SIZE = 16


class ValueField(QLineEdit):
    """A read-only, frameless line edit for a server value: plain text, selectable, one line that scrolls.

    A QLabel cannot break a long id or URL and would widen the whole pane; this scrolls instead.
    Its background is the window's colour, not an input field's: the value is to read and copy,
    not to edit. That colour is set explicitly, so it is set again whenever the palette changes
    (a dark theme switched on while the app runs), or it would stay light under light text.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFrame(False)
        self._match_window()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt names its event handlers
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._match_window()

    def _match_window(self) -> None:
        palette = self.palette()
        stale = [
            group
            for group in _GROUPS
            if palette.color(group, QPalette.ColorRole.Base)
            != palette.color(group, QPalette.ColorRole.Window)
        ]
        if not stale:
            return  # also ends the PaletteChange that setPalette below sends
        for group in stale:
            palette.setColor(group, QPalette.ColorRole.Base, palette.color(group, QPalette.ColorRole.Window))
        self.setPalette(palette)


_GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)
# The room QLineEdit keeps on each side of its text (QLineEditPrivate::horizontalMargin).
_TEXT_MARGIN = 2


class UrlField(ValueField):
    """A ValueField for a URL: cut in the middle with "…" to fit, whole once focused and in its tooltip.

    A URL has no spaces: scrolled, a long one showed as much as fit and stopped mid-character,
    with nothing to tell it went on. Cut in the middle it keeps its scheme, host and end. With
    the keyboard focus (Tab, a click, its context menu) it holds the whole URL, so what is
    selected and copied is the URL itself, never the shortened text.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""

    def full_text(self) -> str:
        return self._full

    def set_url(self, url: str) -> None:
        self._full = one_line(url)
        set_tip(self, url)
        self._fit()

    def _fit(self) -> None:
        shown = self._full
        # Hidden, it has no width of its own yet: it is cut once it is laid out (show, resize).
        if self.isVisible() and not self.hasFocus():
            shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, self._room())
        if shown != self.text():
            self.setText(shown)
            self.setCursorPosition(0)

    def _room(self) -> int:
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        contents = self.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, self)
        margins = self.textMargins()
        return max(contents.width() - margins.left() - margins.right() - 2 * _TEXT_MARGIN, 0)

    @override
    def focusInEvent(self, event: QFocusEvent) -> None:
        self._fit()  # whole: it has the focus already
        super().focusInEvent(event)  # then QLineEdit selects it all when Tab brought the focus

    @override
    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # Not for its own context menu: its Copy still copies the whole URL selected.
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self._fit()

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()


def value_field(parent: QWidget, accessible_name: str) -> ValueField:
    field = ValueField(parent)
    field.setAccessibleName(accessible_name)
    return field


class UrlRow(QWidget):
    """vanity, id or base: the role and its status on one line, the address, Copy and Open below."""

    copied = Signal(str)

    def __init__(self, role: str, intents: WindowIntents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._intents = intents
        self._url = ""
        name = url_name(role)
        titles = {
            "vanity": URL_ROW.tr("Vanity URL"),
            "id": URL_ROW.tr("ID URL"),
            "base": URL_ROW.tr("Base URL"),
        }
        self.title = QLabel(titles.get(role, name), self)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.status_icon = QLabel(self)
        self.status_word = plain_label(parent=self, wrap=False)
        self.address = UrlField(self)
        self.address.setAccessibleName(self.title.text())
        self.copy_button = self._button(
            URL_ROW.tr("Copy"), URL_ROW.tr("Copy the {name} URL").format(name=name)
        )
        self.open_button = self._button(
            URL_ROW.tr("Open"), URL_ROW.tr("Open the {name} URL in the browser").format(name=name)
        )
        self.copy_button.clicked.connect(self._copy)
        self.open_button.clicked.connect(self._open)

        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.status_icon)
        head.addWidget(self.status_word)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.address, 1)
        body.addWidget(self.copy_button)
        body.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(3)
        layout.addLayout(head)
        layout.addLayout(body)

    def _button(self, text: str, accessible_name: str) -> QToolButton:
        # Tool buttons: push buttons have an 80 px minimum in most styles, too wide for a side pane.
        button = QToolButton(self)
        button.setText(text)
        button.setAccessibleName(accessible_name)
        return button

    @property
    def url(self) -> str:
        return self._url

    def show_url(self, url: AllocationCloudUrl) -> None:
        look = url_look(url)
        self._url = url.url
        self.status_icon.setPixmap(icon(look.icon).pixmap(ICON_SIZE, ICON_SIZE))
        self.status_word.setText(look.word)
        self.address.set_url(url.url)
        web = is_web_url(url.url)
        self.open_button.setEnabled(web)
        why = (
            URL_ROW.tr("Open in the browser")
            if web
            else URL_ROW.tr("Only http and https addresses can be opened")
        )
        set_tip(self.open_button, why)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self._url)
        self.copied.emit(self._url)

    def _open(self) -> None:
        # Checked again here: the button's enabled state is a convenience, not the guard.
        if is_web_url(self._url):
            self._intents.open_url(self._url)
