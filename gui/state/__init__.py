"""State the UI observes: the AppState snapshot, the rules that derive it, and the store that publishes it."""

from .app_state import AppState, Connection, Phase
from .operations import Operation, OperationKind, OperationPhase
from .store import StateStore
from .summary import CloudStatus, Summary, summarize

__all__ = [
    "AppState",
    "CloudStatus",
    "Connection",
    "Operation",
    "OperationKind",
    "OperationPhase",
    "Phase",
    "StateStore",
    "Summary",
    "summarize",
]
