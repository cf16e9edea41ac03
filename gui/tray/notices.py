"""When the tray notifies: once per real change once settled, never at start-up or for what a dialog shows."""

from __future__ import annotations

import enum
import time
from collections.abc import Callable
from dataclasses import dataclass

from gui.state import AppState, CloudStatus, OperationKind, Phase, summarize

# A change must hold this long to be told: a machine waking up flaps through several states in a
# second or two, and only where it lands is news.
SETTLE_SECONDS = 3.0
# A disconnect the user asked for, or an outcome a dialog showed, explains changes this long after it ended.
EXPLAINED_SECONDS = 60.0
# After the machine wakes, Pieces OS and the network take a while to answer again: what happens in this
# time is told only as the net change from before the sleep, once it is over.
WAKE_QUIET_SECONDS = 20.0
# The wall clock runs on through a suspend, the monotonic clock (on Linux and macOS) does not: a gap
# between the two this large means the machine slept.
_SLEPT_SECONDS = 30.0

_TOLD = frozenset({CloudStatus.CONNECTED, CloudStatus.FAILED, CloudStatus.DISCONNECTED})


class NoticeKind(enum.Enum):
    CONNECTED = "connected"
    FAILED = "failed"
    DISCONNECTED = "disconnected"
    PIECES_OS_GONE = "pieces_os_gone"
    PIECES_OS_BACK = "pieces_os_back"


@dataclass(frozen=True)
class Notice:
    kind: NoticeKind
    # The icon the notice carries: the state it announces.
    status: CloudStatus
    # The cloud's personal URL, when the notice is about a cloud (or a cloud is known when Pieces OS is back).
    cloud_url: str | None = None
    cloud_status: CloudStatus | None = None
    # The Pieces OS address and version, when known.
    address: str | None = None
    version: str | None = None


@dataclass(frozen=True)
class _Facts:
    """What notices are about. None means 'not known from this state': the last known value stands."""

    reachable: bool | None
    # (cloud id, status) of the summary's cloud; ("", NO_CLOUD) when it is known there is none.
    cloud: tuple[str, CloudStatus] | None


_NO_CLOUD = ("", CloudStatus.NO_CLOUD)


def _reachable(state: AppState) -> bool | None:
    # The rules decided whether Pieces OS is lost (a timeout after a healthy check is slow, not gone).
    if state.pieces_os_lost:
        return False
    if state.phase in (Phase.SEARCHING, Phase.FAILING):
        return None  # looking, or an answer that says nothing about whether it runs
    return True


def _cloud(state: AppState) -> tuple[str, CloudStatus] | None:
    summary = summarize(state)
    if summary.cloud is not None:
        return (summary.cloud.id, summary.status)
    if summary.status in (CloudStatus.NO_CLOUD, CloudStatus.SIGNED_OUT):
        return _NO_CLOUD
    return None


class NoticeRules:
    """Feed it every state with `observe`; after `due()` seconds, `take()` gives the notice, if any.

    The first known state is the baseline and is never told. A change is told once it has held for
    `settle` seconds, as the net change from the baseline: a flap that returns within the window
    tells nothing, several changes within it tell only where they landed. After the machine wakes
    from sleep, nothing is told for `wake_quiet` seconds, then only the net change since before it.
    """

    def __init__(
        self,
        enabled: Callable[[], bool] = lambda: True,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        settle: float = SETTLE_SECONDS,
        wake_quiet: float = WAKE_QUIET_SECONDS,
    ) -> None:
        self._enabled = enabled
        self._clock = clock
        self._wall_clock = wall_clock
        self._settle = settle
        self._wake_quiet = wake_quiet
        self._last_seen = (clock(), wall_clock())
        self._quiet_until = float("-inf")
        self._told = _Facts(None, None)
        self._seen = _Facts(None, None)
        self._since: float | None = None
        self._latest: AppState | None = None
        # Operation number -> (cloud or user id, until when a change to it is explained): shown in a dialog.
        self._explained: dict[int, tuple[str, float]] = {}
        # Cloud or user id -> until when a DISCONNECTED is explained: the user asked for it.
        self._asked_disconnect: dict[str, float] = {}

    def observe(self, state: AppState) -> None:
        now, wall = self._clock(), self._wall_clock()
        if (wall - self._last_seen[1]) - (now - self._last_seen[0]) > _SLEPT_SECONDS:
            self._quiet_until = now + self._wake_quiet
        self._last_seen = (now, wall)
        self._latest = state
        self._note_operations(state, now)
        reachable = _reachable(state)
        cloud = _cloud(state)
        seen = _Facts(
            self._seen.reachable if reachable is None else reachable,
            self._seen.cloud if cloud is None else cloud,
        )
        # The first known value of each fact is where things stand: the baseline, never told.
        self._told = _Facts(
            seen.reachable if self._told.reachable is None else self._told.reachable,
            seen.cloud if self._told.cloud is None else self._told.cloud,
        )
        if seen != self._seen:
            self._seen = seen
            self._since = now if seen != self._told else None

    def due(self) -> float | None:
        """Seconds until `take()` may have something to tell; None when no change is waiting."""
        if self._since is None:
            return None
        return max(0.0, self._since + self._settle - self._clock(), self._quiet_until - self._clock())

    def take(self) -> Notice | None:
        """The notice for the change that has settled, once; None when there is nothing to tell."""
        now = self._clock()
        if self._since is None or now - self._since < self._settle or now < self._quiet_until:
            return None
        told, seen = self._told, self._seen
        self._told, self._since = seen, None
        if not self._enabled() or self._latest is None:
            return None
        if told.reachable is not None and seen.reachable != told.reachable:
            return self._pieces_os(self._latest, back=bool(seen.reachable))
        if told.cloud is None or seen.cloud is None or seen.cloud == told.cloud:
            return None
        return self._cloud_notice(self._latest, told.cloud, seen.cloud)

    def _note_operations(self, state: AppState, now: float) -> None:
        # An app left running for weeks keeps only what still explains something.
        for number in [n for n, (_, until) in self._explained.items() if until <= now]:
            del self._explained[number]
        for key in [key for key, until in self._asked_disconnect.items() if until <= now]:
            del self._asked_disconnect[key]
        for op in state.operations:
            if op.allocation_id is None:
                continue
            until = (now if op.running or op.ended is None else op.ended) + EXPLAINED_SECONDS
            if op.watched:
                self._explained[op.number] = (op.allocation_id, until)
            else:
                # Its dialog closed, or the user cancelled: what it was explaining is news again.
                self._explained.pop(op.number, None)
            if op.kind is OperationKind.DISCONNECT:
                previous = self._asked_disconnect.get(op.allocation_id, 0.0)
                self._asked_disconnect[op.allocation_id] = max(until, previous)

    def _shown_in_a_dialog(self, *ids: str) -> bool:
        now = self._clock()
        return any(key in ids and until > now for key, until in self._explained.values())

    def _asked_to_disconnect(self, *ids: str) -> bool:
        now = self._clock()
        return any(self._asked_disconnect.get(key, float("-inf")) > now for key in ids)

    def _cloud_notice(
        self, state: AppState, told: tuple[str, CloudStatus], seen: tuple[str, CloudStatus]
    ) -> Notice | None:
        cloud_id, status = seen
        summary = summarize(state)
        cloud = summary.cloud
        if status not in _TOLD or cloud is None or cloud.id != cloud_id:
            return None
        if told[0] not in (cloud_id, ""):
            return None  # another cloud took the summary's place: nothing of this one changed
        ids = (cloud.id, cloud.user)
        if self._shown_in_a_dialog(*ids):
            return None  # its dialog showed the outcome
        if status is CloudStatus.DISCONNECTED and self._asked_to_disconnect(*ids):
            return None
        kind = {
            CloudStatus.CONNECTED: NoticeKind.CONNECTED,
            CloudStatus.FAILED: NoticeKind.FAILED,
            CloudStatus.DISCONNECTED: NoticeKind.DISCONNECTED,
        }[status]
        return Notice(kind, status, cloud.personal_url, status, *_address(state))

    def _pieces_os(self, state: AppState, *, back: bool) -> Notice:
        summary = summarize(state)
        if not back:
            return Notice(NoticeKind.PIECES_OS_GONE, CloudStatus.UNREACHABLE, None, None, *_address(state))
        url = summary.cloud.personal_url if summary.cloud is not None else None
        status = summary.status if summary.cloud is not None else None
        return Notice(NoticeKind.PIECES_OS_BACK, summary.status, url, status, *_address(state))


def _address(state: AppState) -> tuple[str | None, str | None]:
    if state.connection is None:
        return (None, None)
    return (state.connection.base_url, state.connection.version)
