"""What the history holds: status changes, watched spans and the user's operations, with times in UTC ms."""

from __future__ import annotations

import enum
from dataclasses import dataclass

# The subject of Pieces OS's own transitions (a cloud's subject is its id, never empty).
PIECES_OS = ""
# A cloud that Pieces OS no longer lists (after a disconnect or a delete, say).
ABSENT = "ABSENT"


class Aspect(enum.Enum):
    """Which status of a subject changed."""

    CLOUD = "cloud"
    URL_BASE = "url:base"
    URL_ID = "url:id"
    URL_VANITY = "url:vanity"
    PIECES_OS = "pieces_os"


class Reading(enum.Enum):
    """How a recorded status reads on the timeline; each has its own colour and pattern there."""

    CONNECTED = "connected"
    CONNECTING = "connecting"
    FAILED = "failed"
    DISCONNECTED = "disconnected"
    UNKNOWN = "unknown"
    NOT_WATCHED = "not_watched"


READINGS = {
    "RUNNING": Reading.CONNECTED,
    "SUCCEEDED": Reading.CONNECTED,
    "PENDING": Reading.CONNECTING,
    "FAILED": Reading.FAILED,
    "DISCONNECTED": Reading.DISCONNECTED,
    ABSENT: Reading.DISCONNECTED,
}


def reading(status: str | None) -> Reading:
    """How a cloud's recorded status reads: None is time nobody watched."""
    if status is None:
        return Reading.NOT_WATCHED
    return READINGS.get(status, Reading.UNKNOWN)


@dataclass(frozen=True)
class Transition:
    at: int  # ms since the epoch, UTC
    subject: str
    aspect: Aspect
    old: str | None
    new: str
    by_user: bool = False  # the user asked for it (a disconnect they ran), not a drop
    detail: str | None = None  # what Pieces OS said, where it said something


@dataclass(frozen=True)
class OperationRecord:
    at: int
    cloud: str | None
    kind: str  # connect, reconnect, disconnect, create, delete
    outcome: str  # succeeded, failed, cancelled
    detail: str | None = None


@dataclass(frozen=True)
class Span:
    """A stretch of time the app was running and could see Pieces OS."""

    started: int
    ended: int
