"""RefreshService: finds Pieces OS, reads its state on an interval, and backs off while it is down."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from gui.api import (
    Discovered,
    DiscoveryFailed,
    HealthState,
    NotSignedIn,
    PiecesError,
    PiecesTimeout,
    PiecesUnreachable,
    UpdateRequired,
)
from gui.state import Connection, Phase, StateStore

from .clients import ClientHolder
from .tasks import TaskRegistry

_log = logging.getLogger(__name__)

Discoverer = Callable[[], Awaitable[Discovered]]


class RefreshService(QObject):
    """Owns the refresh cycle: discovery when needed, then health, user and snapshot into the store.

    One refresh runs at a time: a new one (F5, the timer, an action that finished) cancels the
    one still running. After a failure the next attempt waits longer, doubling up to max_backoff,
    so a Pieces OS that is down is not hammered and the app stays light in the tray.
    """

    # Seconds until the next automatic refresh, emitted whenever it is scheduled.
    scheduled = Signal(float)

    def __init__(
        self,
        store: StateStore,
        clients: ClientHolder,
        tasks: TaskRegistry,
        discoverer: Discoverer,
        *,
        interval: float = 5.0,
        max_backoff: float = 60.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._clients = clients
        self._tasks = tasks
        self._discoverer = discoverer
        self._interval = interval
        self._max_backoff = max_backoff
        self._failures = 0
        self._connection: Connection | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh_now)
        self._store.update(refresh_seconds=self._interval)

    @property
    def interval(self) -> float:
        return self._interval

    def set_interval(self, seconds: float) -> None:
        """Read every `seconds` from now on; a wait already under way is shortened or lengthened to match."""
        self._interval = max(1.0, seconds)
        self._store.update(refresh_seconds=self._interval)
        if self._timer.isActive() and not self._failures:
            self._schedule_next()

    def start(self) -> None:
        self.refresh_now()

    def stop(self) -> None:
        self._timer.stop()
        self._tasks.cancel("refresh")

    def refresh_now(self) -> None:
        """Refresh at once, replacing a refresh still under way."""
        self._timer.stop()
        self._tasks.start(self._refresh(), name="refresh")

    def rediscover(self, discoverer: Discoverer | None = None) -> None:
        """Forget the current address and look for Pieces OS again (optionally another way)."""
        if discoverer is not None:
            self._discoverer = discoverer
        self._connection = None
        self._failures = 0
        self._store.update(
            phase=Phase.SEARCHING,
            connection=None,
            user=None,
            allocations=(),
            last_success=None,
            error=None,
            error_text=None,
        )
        self.refresh_now()

    async def _refresh(self) -> None:
        self._store.update(refreshing=True)
        try:
            await self._refresh_once()
        finally:
            self._store.update(refreshing=False)
            self._schedule_next()

    async def _refresh_once(self) -> None:
        try:
            if self._connection is None:
                self._connection = await self._connect()
            client = self._clients.require()
            health = await client.health()
            connection = self._connection
            if connection.version is None or connection.health != health:
                version = connection.version or await client.version()
                connection = Connection(
                    connection.base_url, connection.source, connection.detail, version, health
                )
                self._connection = connection
                # Shown at once: the version and health stay true even if what follows fails.
                self._store.update(connection=connection)
            if health.state is HealthState.MIGRATING:
                self._store.update(phase=Phase.MIGRATING, connection=connection, error=None, error_text=None)
                self._failures = 0
                return
            user = await client.current_user()
            snapshot = await client.snapshot()
        except PiecesError as error:
            self._failed(error)
            return
        self._failures = 0
        if snapshot.iterable:
            phase = Phase.LOADED
        else:
            phase = Phase.NO_ALLOCATIONS if user is not None else Phase.SIGNED_OUT
        self._store.update(
            phase=phase,
            connection=connection,
            user=user,
            allocations=snapshot.iterable,
            last_success=datetime.now(UTC),
            error=None,
            error_text=None,
        )

    async def _connect(self) -> Connection:
        state = self._store.state
        if state.last_success is None:
            self._store.update(phase=Phase.SEARCHING)
        found = await self._discoverer()
        await self._clients.use(found.base_url)
        _log.info("Using Pieces OS at %s (%s)", found.base_url, found.detail)
        connection = Connection(found.base_url, found.source, found.detail, None, found.health)
        self._store.update(connection=connection)
        return connection

    def _failed(self, error: PiecesError) -> None:
        self._failures += 1
        _log.info("Refresh failed: %s", error)
        state = self._store.state
        text = str(error)
        if isinstance(error, UpdateRequired):
            self._store.update(phase=Phase.UPDATE_REQUIRED, error=error, error_text=text)
            return
        if isinstance(error, NotSignedIn):
            self._store.update(
                phase=Phase.SIGNED_OUT, user=None, allocations=(), error=error, error_text=text
            )
            return
        unreachable = isinstance(error, (PiecesUnreachable, PiecesTimeout))
        if unreachable and not isinstance(error, DiscoveryFailed):
            # Pieces OS may have restarted on another port: look again next time, unless the
            # address was given explicitly (then discovery gives it straight back anyway).
            self._connection = None
        if state.last_success is not None and state.phase is Phase.LOADED:
            self._store.update(error=error, error_text=text)  # stale: keep showing what we had
        else:
            phase = Phase.UNREACHABLE if unreachable else Phase.FAILING
            self._store.update(phase=phase, error=error, error_text=text)

    def _schedule_next(self) -> None:
        delay = self._interval
        if self._failures:
            delay = min(self._interval * 2 ** (self._failures - 1), self._max_backoff)
        self._timer.start(int(delay * 1000))
        self.scheduled.emit(delay)
