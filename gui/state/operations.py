"""Operations as state: what the user asked Pieces OS to do, while it runs and how it ended."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class OperationKind(enum.Enum):
    CONNECT = "connect"
    RECONNECT = "reconnect"
    DISCONNECT = "disconnect"
    CREATE = "create"
    DELETE = "delete"


class OperationPhase(enum.Enum):
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Operation:
    """One request the user made. `allocation_id` is the cloud it acts on (for a connect, the user's id).

    `watched` is true while a dialog shows it: the user sees the outcome there, so nothing else
    (a notification, say) needs to tell them again. It turns false when that dialog closes while
    the operation runs, and when the user cancels it (Pieces OS may still finish what was asked):
    from then on its outcome is news.
    """

    number: int
    kind: OperationKind
    allocation_id: str | None
    phase: OperationPhase = OperationPhase.RUNNING
    watched: bool = False
    # When it started and (once over) ended, in seconds of time.monotonic().
    started: float = 0.0
    ended: float | None = None
    # How it ended, in words (empty while running).
    outcome: str = ""

    @property
    def running(self) -> bool:
        return self.phase is OperationPhase.RUNNING
