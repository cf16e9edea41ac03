"""One refresh of what Pieces OS says, the same for the window, the tray and `--status`; no Qt in it."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import replace
from datetime import UTC, datetime
from typing import Protocol, TypeVar

from gui.api import (
    AllocationCloud,
    Health,
    HealthState,
    NotSignedIn,
    PiecesClient,
    PiecesError,
    UpdateRequired,
    UserProfile,
)
from gui.state import AppState, Connection, rules
from gui.state.rules import lost_pieces_os

__all__ = ["PiecesOS", "StateRecord", "StateSink", "both", "refresh"]

_A = TypeVar("_A")
_B = TypeVar("_B")


class PiecesOS(Protocol):
    """Where Pieces OS is and the client that talks to it: the app's PiecesConnection, or one look."""

    @property
    def connection(self) -> Connection | None: ...

    async def ensure(self) -> PiecesClient: ...

    async def check_health(self) -> Health: ...

    def lease(self) -> AbstractAsyncContextManager[PiecesClient]: ...

    def lost(self) -> None: ...


class StateSink(Protocol):
    """What learns the answers, each through its state rule: the app's StateStore, or a StateRecord."""

    @property
    def state(self) -> AppState: ...

    def connected(self, connection: Connection) -> None: ...

    def migrating(self, connection: Connection) -> None: ...

    def loaded(self, user: UserProfile | None, allocations: tuple[AllocationCloud, ...]) -> None: ...

    def failed(self, error: PiecesError, *, answering: bool = False) -> None: ...


async def refresh(pieces_os: PiecesOS, sink: StateSink) -> PiecesError | None:
    """Find Pieces OS, then ask how it is, who is signed in and the list all at once; tell `sink` all of it.

    The answers are read as if health had been asked first: a failed health check is the failure
    whatever the rest said, and while Pieces OS migrates the rest is dropped.
    Returns what failed (None when everything answered), so the caller can wait longer next time.
    """
    try:
        await pieces_os.ensure()
        async with pieces_os.lease() as client:
            # All three at once: the list does not wait a round trip for the health answer, and one
            # that hangs holds up nothing beyond its own deadline.
            health, user, snapshot = await asyncio.gather(
                pieces_os.check_health(), client.current_user(), client.snapshot(), return_exceptions=True
            )
    except PiecesError as error:
        return _failed(pieces_os, sink, error, answering=False)
    for outcome in (health, user, snapshot):
        if isinstance(outcome, BaseException) and not isinstance(outcome, PiecesError):
            raise outcome
    if isinstance(health, PiecesError):
        return _failed(pieces_os, sink, health, answering=False)
    assert not isinstance(health, BaseException)
    if health.state is HealthState.MIGRATING:
        connection = pieces_os.connection
        if connection is not None:
            sink.migrating(connection)
        return None
    if isinstance(user, (NotSignedIn, UpdateRequired)):
        return _failed(pieces_os, sink, user, answering=True)
    if isinstance(snapshot, PiecesError):
        return _failed(pieces_os, sink, snapshot, answering=True)
    assert not isinstance(snapshot, BaseException)
    if isinstance(user, PiecesError):
        # The list arrived: show it (with who was signed in as last known), and say what failed.
        sink.loaded(sink.state.user, snapshot.iterable)
        return _failed(pieces_os, sink, user, answering=True)
    assert not isinstance(user, BaseException)
    sink.loaded(user, snapshot.iterable)
    return None


def _failed(pieces_os: PiecesOS, sink: StateSink, error: PiecesError, *, answering: bool) -> PiecesError:
    if lost_pieces_os(error, answering=answering):
        pieces_os.lost()
        shown = sink.state.connection
        if shown is not None and shown.health is not None:
            # What the last check said is not known any more: "Health: OK" would look current.
            sink.connected(replace(shown, health=None))
    sink.failed(error, answering=answering)
    return error


async def both(first: Awaitable[_A], second: Awaitable[_B]) -> tuple[_A, _B]:
    """Both answers, or the first error (first's before second's): neither is left running or unread."""
    got_first, got_second = await asyncio.gather(first, second, return_exceptions=True)
    if isinstance(got_first, BaseException):
        raise got_first
    if isinstance(got_second, BaseException):
        raise got_second
    return got_first, got_second


def _utc_now() -> datetime:
    return datetime.now(UTC)


class StateRecord:
    """A StateSink that only keeps the state, by the same rules as the store: for a look without Qt."""

    def __init__(self, initial: AppState | None = None, clock: Callable[[], datetime] = _utc_now) -> None:
        self.state = initial or AppState()
        self._clock = clock

    def connected(self, connection: Connection) -> None:
        self.state = rules.connected(self.state, connection)

    def migrating(self, connection: Connection) -> None:
        self.state = rules.migrating(self.state, connection)

    def loaded(self, user: UserProfile | None, allocations: tuple[AllocationCloud, ...]) -> None:
        self.state = rules.loaded(self.state, user, allocations, self._clock())

    def failed(self, error: PiecesError, *, answering: bool = False) -> None:
        self.state = rules.failed(self.state, error, answering=answering)
