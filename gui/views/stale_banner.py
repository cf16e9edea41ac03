"""StaleBanner: the strip above the table saying the allocations shown are old, and why."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from gui.i18n import Context
from gui.state import AppState

from .formatting import Clock, age_text, plain_label, set_tip, shown, utc_now
from .intents import WindowIntents

STALE_BANNER = Context("STALE_BANNER")

__all__ = ["StaleBanner"]

# A warning's amber, for light and for dark windows: (background, border, text), chosen together.
_LIGHT = ("#fff8c5", "#d4a72c", "#3b2300")
_DARK = ("#3b2e00", "#9e6a03", "#f8e3a1")


class StaleBanner(QFrame):
    """Visible only while state.stale: "Showing data from 3 min ago. <why>" and Retry."""

    def __init__(
        self, intents: WindowIntents, parent: QWidget | None = None, *, clock: Clock = utc_now
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._state = AppState()
        self.setObjectName("staleBanner")
        self._dark: bool | None = None
        self._border = QColor(_LIGHT[1])
        self._follow_palette()
        self.setAccessibleName(STALE_BANNER.tr("Stale data warning"))
        self.label = plain_label(parent=self, selectable=True)
        self.label.setWordWrap(True)
        # No accessible name: a label's name is all a screen reader reads of it, and the text is the news.
        self.retry_button = QPushButton(STALE_BANNER.tr("Retr&y"), self)
        self.retry_button.setAccessibleName(STALE_BANNER.tr("Retry the refresh"))
        self.retry_button.clicked.connect(intents.refresh)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry_button)
        self.setVisible(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt names its event handlers
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ParentChange):
            self._follow_palette()

    def _follow_palette(self) -> None:
        """Background and text both set, in the variant that suits the window around the banner.

        Palette roles, not a style sheet: a style sheet fixes the palette of everything inside it,
        so the Retry button would stay light when the desktop turns dark.
        """
        around = (self.parentWidget() or self).palette().color(QPalette.ColorRole.Window)
        dark = around.lightness() < 128
        if dark == self._dark:
            return  # also ends the PaletteChange that setPalette below sends
        self._dark = dark
        background, border, text = (QColor(c) for c in (_DARK if dark else _LIGHT))
        self._border = border
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, background)
        palette.setColor(QPalette.ColorRole.WindowText, text)
        self.setPalette(palette)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt names its event handlers
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self._border, 1))
        painter.setBrush(self.palette().color(QPalette.ColorRole.Window))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)

    def show_state(self, state: AppState) -> None:
        self._state = state
        self.setVisible(state.stale)
        self.update_age()

    def update_age(self) -> None:
        state = self._state
        if not state.stale or state.last_success is None:
            return
        age = age_text((self._clock() - state.last_success).total_seconds())
        why = shown(state.error.message if state.error else (state.error_text or ""))
        # One sentence for the translator, the reason (Pieces OS's or the app's words) in its place.
        text = (
            STALE_BANNER.tr("Showing data from {age}. {why}")
            if why
            else STALE_BANNER.tr("Showing data from {age}.")
        )
        self.label.setText(text.format(age=age, why=why))
        hint = state.error.hint if state.error else ""
        set_tip(self.label, *([hint] if hint else []))
