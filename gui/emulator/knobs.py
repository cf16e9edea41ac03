"""The scenario knobs a test or demo turns while the emulator serves (read afresh by every request)."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

__all__ = ["ConnectOutcome", "Health", "Knobs"]

Health = Literal["ok", "migrating"]


class ConnectOutcome(NamedTuple):
    """How the next connect/reconnect ends instead of RUNNING: the error status and its text."""

    status: int
    text: str


@dataclass
class Knobs:
    """Plain attributes: each is one atomic store, and a request reads each once, so no lock is needed.

    The outcome queue is a deque, whose append and popleft are atomic too.
    """

    signed_in: bool
    connect_delay: float
    version: str
    drop_on_disconnect: bool
    health: Health = "ok"
    update_required: bool = False
    outcomes: deque[ConnectOutcome] = field(default_factory=deque)

    def next_outcome(self) -> ConnectOutcome | None:
        try:
            return self.outcomes.popleft()
        except IndexError:
            return None
