"""StateStore: holds the AppState and tells observers when, and only when, it changed."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QObject, Signal

from .app_state import AppState


class StateStore(QObject):
    """The single source of truth for views, dialogs and the tray; services write, widgets read."""

    # Emits (new_state, previous_state).
    changed = Signal(object, object)

    def __init__(self, initial: AppState | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = initial or AppState()

    @property
    def state(self) -> AppState:
        return self._state

    def update(self, **changes: Any) -> None:
        """Replace the named fields; observers hear of it only if something differs."""
        new = dataclasses.replace(self._state, **changes)
        if new == self._state and new.error is self._state.error:
            return
        previous, self._state = self._state, new
        self.changed.emit(new, previous)
