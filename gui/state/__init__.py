"""State the UI observes: the AppState snapshot and the store that publishes it."""

from .app_state import AppState, Connection, Phase
from .store import StateStore

__all__ = ["AppState", "Connection", "Phase", "StateStore"]
