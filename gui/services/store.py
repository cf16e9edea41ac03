"""StateStore: holds the AppState, moves it on by the state rules, and tells observers when it changed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Signal

from gui.api import AllocationCloud, PiecesError, UserProfile
from gui.state import AppState, Connection, Operation, rules


def _utc_now() -> datetime:
    return datetime.now(UTC)


class StateStore(QObject):
    """The single source of truth for views, dialogs and the tray; sources and services write, widgets read.

    Every write is a typed method that applies one rule of gui.state.rules; observers hear of it
    only when the state really changed.
    """

    # Emits (new_state, previous_state).
    changed = Signal(object, object)

    def __init__(
        self,
        initial: AppState | None = None,
        clock: Callable[[], datetime] = _utc_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = initial or AppState()
        self._clock = clock

    @property
    def state(self) -> AppState:
        return self._state

    def publish(self, new: AppState) -> None:
        """Replace the whole state (what every method below does through its rule)."""
        if new == self._state and new.error is self._state.error:
            return
        previous, self._state = self._state, new
        self.changed.emit(new, previous)

    # -- Pieces OS: where it is and what it said ---------------------------------------------

    def forget(self) -> None:
        self.publish(rules.forgotten(self._state))

    def connected(self, connection: Connection) -> None:
        self.publish(rules.connected(self._state, connection))

    def migrating(self, connection: Connection) -> None:
        self.publish(rules.migrating(self._state, connection))

    def loaded(self, user: UserProfile | None, allocations: tuple[AllocationCloud, ...]) -> None:
        self.publish(rules.loaded(self._state, user, allocations, self._clock()))

    def user_pushed(self, user: UserProfile | None) -> None:
        self.publish(rules.user_pushed(self._state, user))

    def failed(self, error: PiecesError, *, answering: bool = False) -> None:
        self.publish(rules.failed(self._state, error, answering=answering))

    # -- How the app reads it ------------------------------------------------------------------

    def set_refreshing(self, busy: bool) -> None:
        self.publish(rules.refreshing(self._state, busy))

    def set_interval(self, seconds: float) -> None:
        self.publish(rules.interval(self._state, seconds))

    def set_stream_live(self, live: bool) -> None:
        self.publish(rules.stream_live(self._state, live))

    # -- What the user asked for -----------------------------------------------------------------

    def operation_started(self, operation: Operation) -> None:
        self.publish(rules.operation_started(self._state, operation))

    def operation_changed(self, operation: Operation) -> None:
        self.publish(rules.operation_changed(self._state, operation))
