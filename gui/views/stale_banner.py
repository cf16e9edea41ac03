"""StaleBanner: the strip above the table saying the allocations shown are old, and why."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from gui.state import AppState

from .formatting import Clock, age_text, plain_label, tooltip, utc_now
from .intents import WindowIntents

__all__ = ["StaleBanner"]


class StaleBanner(QFrame):
    """Visible only while state.stale: "Showing data from 3 min ago. <why>" and Retry."""

    def __init__(
        self, intents: WindowIntents, parent: QWidget | None = None, *, clock: Clock = utc_now
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._state = AppState()
        self.setObjectName("staleBanner")
        # Fixed colours for both background and text, so the banner reads the same in dark themes.
        self.setStyleSheet(
            "#staleBanner { background: #fff8c5; border: 1px solid #d4a72c; border-radius: 4px; }"
            "#staleBanner QLabel { color: #3b2300; }"
        )
        self.setAccessibleName(self.tr("Stale data warning"))
        self.label = plain_label(parent=self, selectable=True)
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Stale data"))
        self.retry_button = QPushButton(self.tr("Retr&y"), self)
        self.retry_button.setAccessibleName(self.tr("Retry the refresh"))
        self.retry_button.clicked.connect(intents.refresh)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry_button)
        self.setVisible(False)

    def show_state(self, state: AppState) -> None:
        self._state = state
        self.setVisible(state.stale)
        self.update_age()

    def update_age(self) -> None:
        state = self._state
        if not state.stale or state.last_success is None:
            return
        age = age_text((self._clock() - state.last_success).total_seconds())
        why = state.error.message if state.error else (state.error_text or "")
        self.label.setText(f"{self.tr('Showing data from {age}.').format(age=age)} {why}".strip())
        hint = state.error.hint if state.error else ""
        self.label.setToolTip(tooltip(hint) if hint else "")
