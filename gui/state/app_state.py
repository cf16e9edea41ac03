"""The application state the UI observes: one immutable snapshot, replaced whole on every change."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime

from gui.api import AllocationCloud, DiscoverySource, Health, PiecesError, UserProfile

from .operations import Operation


class Phase(enum.Enum):
    """What the window tells the user at a glance, each with the action that helps."""

    SEARCHING = "searching"  # looking for Pieces OS, nothing known yet
    UNREACHABLE = "unreachable"  # nothing answered: show the addresses tried, Retry, change address
    FAILING = "failing"  # Pieces OS answers, but with an error or an answer the app cannot read
    MIGRATING = "migrating"  # Pieces OS is up but not ready (health says "migrating")
    UPDATE_REQUIRED = "update_required"  # Pieces OS asked for an update (593)
    SIGNED_OUT = "signed_out"  # Pieces OS answers, nobody is signed in
    NO_ALLOCATIONS = "no_allocations"  # signed in, no allocation yet: offer Connect...
    LOADED = "loaded"  # allocations are shown


@dataclass(frozen=True)
class Connection:
    """The Pieces OS the app talks to and what it said about itself."""

    base_url: str
    source: DiscoverySource
    detail: str
    version: str | None = None
    health: Health | None = None


@dataclass(frozen=True)
class AppState:
    phase: Phase = Phase.SEARCHING
    connection: Connection | None = None
    user: UserProfile | None = None
    allocations: tuple[AllocationCloud, ...] = ()
    # When allocations last arrived (UTC); with an error set, what is shown is that old.
    last_success: datetime | None = None
    # The last refresh's failure, cleared by the next success. With allocations shown, they are stale.
    error: PiecesError | None = field(default=None, compare=False)
    error_text: str | None = None
    # The last refresh found nothing answering (in time): Pieces OS stopped, or moved to another port.
    # Decided once, by rules.failed, for every reader: the phase is UNREACHABLE, or LOADED with the
    # old allocations still shown. False while Pieces OS answers, even slowly or with an error.
    pieces_os_lost: bool = False
    refreshing: bool = False
    # How often the allocations are read while all is well, in seconds.
    refresh_seconds: float = 5.0
    # What the user asked Pieces OS to do: those still running, then the latest that ended.
    operations: tuple[Operation, ...] = ()
    # Pieces OS pushes changes over its live stream: polling can slow down.
    stream_live: bool = False

    @property
    def stale(self) -> bool:
        """Older data is on screen while refreshing fails."""
        return self.error_text is not None and self.last_success is not None

    def allocation(self, allocation_id: str) -> AllocationCloud | None:
        return next((a for a in self.allocations if a.id == allocation_id), None)
