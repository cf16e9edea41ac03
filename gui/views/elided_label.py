"""ElidedLabel: a one-line plain-text label that never grows past its width, with the whole text on hover."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget
from typing_extensions import override

from .formatting import set_tip

__all__ = ["ElidedLabel"]


class ElidedLabel(QLabel):
    """Paints as much of its text as fits in at most `max_chars` average characters, with "…" for the rest.

    A server string (a version, a user name) can be 10,000 characters long: a plain QLabel
    would ask the status bar for that width and push everything after it off the screen.
    text() stays whole (screen readers read it all); only the painting is cut. `field` says what
    the text is (a screen reader hears it as the description, with the tooltip's lines).
    """

    def __init__(
        self,
        max_chars: int | None,
        parent: QWidget | None = None,
        *,
        shrinks: bool = True,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
        field: str = "",
    ) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # The app's own short words (health, the age) keep their width; server values give way first.
        self._shrinks = shrinks
        # Where the "…" goes: a URL keeps its start and its end (ElideMiddle).
        self._mode = mode
        self._tip: tuple[str, ...] = ()
        self._field = field
        if max_chars is not None:  # else as wide as its layout lets it be
            self.setMaximumWidth(self.fontMetrics().averageCharWidth() * max_chars)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str, *tip: str) -> None:
        """Show text (one line: server parts already through one_line or isolate), cut to fit.

        The tooltip gives tip's lines, and the whole text first when it is cut.
        """
        self._tip = tip
        if text != self.text():
            self.setText(text)
        self._update_tip()

    def shown_text(self) -> str:
        """What is painted: the text, or part of it and "…" when it does not fit."""
        room = self.contentsRect().width() - 2 * self.margin()
        if not self.isVisible():
            room = self.maximumWidth() - 2 * self.margin()
        return self.fontMetrics().elidedText(self.text(), self._mode, max(room, 0))

    @override
    def sizeHint(self) -> QSize:
        # The whole text's width, up to the limit: the label asks for no more than it may use.
        margins = self.contentsMargins()
        wanted = self.fontMetrics().horizontalAdvance(self.text()) + margins.left() + margins.right() + 2
        return QSize(min(wanted, self.maximumWidth()), super().sizeHint().height())

    @override
    def minimumSizeHint(self) -> QSize:
        if not self._shrinks:
            return self.sizeHint()
        # Down to "…": a narrow window shrinks these labels before anything else leaves the screen.
        margins = self.contentsMargins()
        least = self.fontMetrics().horizontalAdvance("…") + margins.left() + margins.right() + 2
        return QSize(min(least, self.maximumWidth()), super().minimumSizeHint().height())

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tip()

    @override
    def showEvent(self, event: QShowEvent) -> None:
        # Hidden, it was never cut (see shown_text); shown at the size it already had, no resize says so.
        super().showEvent(event)
        self._update_tip()

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect().adjusted(self.margin(), self.margin(), -self.margin(), -self.margin())
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) | int(
            Qt.TextFlag.TextSingleLine
        )
        self.style().drawItemText(
            painter, rect, flags, self.palette(), self.isEnabled(), self.shown_text(), self.foregroundRole()
        )

    def _update_tip(self) -> None:
        lines = list(self._tip)
        if self.shown_text() != self.text():
            lines.insert(0, self.text())
        set_tip(self, *lines)
        # No accessible name: Qt gives a label no text interface, so its name is all a reader gets.
        self.setAccessibleDescription("\n".join(part for part in (self._field, *self._tip) if part))
