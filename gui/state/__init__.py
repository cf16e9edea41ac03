"""State the UI observes: the AppState snapshot, the rules that derive it and the summary, without Qt."""

from .app_state import AppState, Connection, Phase
from .operations import Operation, OperationKind, OperationPhase
from .summary import CloudStatus, Summary, summarize

__all__ = [
    "AppState",
    "CloudStatus",
    "Connection",
    "Operation",
    "OperationKind",
    "OperationPhase",
    "Phase",
    "Summary",
    "summarize",
]
