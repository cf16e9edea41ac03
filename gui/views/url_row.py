"""UrlRow: one URL of a cloud in the details pane, with its own status, Copy and Open."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from gui.api import AllocationCloudUrl
from gui.desktop.assets import icon
from gui.desktop.links import is_web_url
from gui.views.presentation import url_look

from .allocation_cells import url_name
from .formatting import one_line, plain_label, tooltip
from .intents import WindowIntents

__all__ = ["UrlRow", "ValueField", "value_field"]

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
        titles = {"vanity": self.tr("Vanity URL"), "id": self.tr("ID URL"), "base": self.tr("Base URL")}
        self.title = QLabel(titles.get(role, name), self)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.status_icon = QLabel(self)
        self.status_word = plain_label(parent=self, wrap=False)
        self.address = value_field(self, self.title.text())
        self.copy_button = self._button(self.tr("Copy"), self.tr("Copy the {name} URL").format(name=name))
        self.open_button = self._button(
            self.tr("Open"), self.tr("Open the {name} URL in the browser").format(name=name)
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
        self.address.setText(one_line(url.url))
        self.address.setCursorPosition(0)
        self.address.setToolTip(tooltip(url.url))
        web = is_web_url(url.url)
        self.open_button.setEnabled(web)
        why = (
            self.tr("Open in the browser") if web else self.tr("Only http and https addresses can be opened")
        )
        self.open_button.setToolTip(tooltip(why))

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self._url)
        self.copied.emit(self._url)

    def _open(self) -> None:
        # Checked again here: the button's enabled state is a convenience, not the guard.
        if is_web_url(self._url):
            self._intents.open_url(self._url)
