"""Operations: connect, reconnect, disconnect, create and delete, recorded in the store as they run."""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import TypeVar

from gui.api import (
    AllocationCloud,
    AllocationStatus,
    NotFound,
    PiecesClient,
    PiecesError,
    PiecesTimeout,
    UserProfile,
)
from gui.i18n import QT_TRANSLATE_NOOP, Context
from gui.services.store import StateStore
from gui.state import Operation, OperationKind, OperationPhase

from .connection import PiecesConnection

OPERATIONS = Context("OPERATIONS")

_BUSY = {
    OperationKind.CONNECT: QT_TRANSLATE_NOOP(
        "OPERATIONS",
        "This cloud is busy: a connect is still running. Wait for it to finish, or cancel it in its window.",
    ),
    OperationKind.RECONNECT: QT_TRANSLATE_NOOP(
        "OPERATIONS",
        "This cloud is busy: a reconnect is still running. Wait for it to finish, or cancel it in its "
        "window.",
    ),
    OperationKind.DISCONNECT: QT_TRANSLATE_NOOP(
        "OPERATIONS",
        "This cloud is busy: a disconnect is still running. Wait for it to finish, or cancel it in its "
        "window.",
    ),
    OperationKind.CREATE: QT_TRANSLATE_NOOP(
        "OPERATIONS",
        "This cloud is busy: a create is still running. Wait for it to finish, or cancel it in its window.",
    ),
    OperationKind.DELETE: QT_TRANSLATE_NOOP(
        "OPERATIONS",
        "This cloud is busy: a delete is still running. Wait for it to finish, or cancel it in its window.",
    ),
}

_T = TypeVar("_T")


def settled(cloud: AllocationCloud) -> bool:
    """A connect or reconnect is over once the cloud is anything but PENDING.

    Following anything else (DISCONNECTED after a disconnect raced it, UNKNOWN from a newer
    server) would only spin until the timeout.
    """
    return cloud.status.cloud is not AllocationStatus.PENDING


@dataclass(frozen=True)
class Progress:
    """What a long operation has seen so far: the followed cloud as last read, and seconds waited."""

    cloud: AllocationCloud | None
    elapsed: float


ProgressCallback = Callable[[Progress], None]


class OperationRefused(PiecesError):
    """The app will not start this operation now (another is running on that cloud, or the cloud is gone)."""


class Watch:
    """Someone shows the operations they start as they run (a dialog, while it is open).

    An operation started with an open watch is recorded as watched: its outcome is on screen, so
    no notice repeats it. Closing the watch (the dialog closed) records the operations of it still
    running as unwatched from then on, so how they end is told.
    """

    def __init__(self) -> None:
        self._open = True
        self._on_close: list[Callable[[], None]] = []

    @property
    def open(self) -> bool:
        return self._open

    def close(self) -> None:
        self._open = False
        waiting, self._on_close = self._on_close, []
        for unwatched in waiting:
            unwatched()

    def reopen(self) -> None:
        """Shown again: operations started from now on are watched."""
        self._open = True

    def when_closed(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call back once the watch closes; the function returned stops that (the operation ended)."""
        self._on_close.append(callback)

        def forget() -> None:
            if callback in self._on_close:
                self._on_close.remove(callback)

        return forget


class Operations:
    """The one way to act on a cloud: the window, the tray and every dialog start operations here.

    Each operation is put into the store while it runs and with its outcome when it ends, so every
    view tells the same story; a second operation on a cloud that has one running is refused in
    words. Operations act on an allocation's id, with its latest state from the store. Connect and
    reconnect can take 10-15 s or minutes: the cloud is read every poll_interval seconds meanwhile,
    and followed after Pieces OS answers until it leaves PENDING or follow_timeout passes. Every
    operation that ends asks for a refresh, so the table follows.
    """

    def __init__(
        self,
        store: StateStore,
        connection: PiecesConnection,
        request_refresh: Callable[[], None],
        *,
        poll_interval: float = 1.0,
        follow_timeout: float = 300.0,
    ) -> None:
        self._store = store
        self._connection = connection
        self._request_refresh = request_refresh
        self._poll_interval = poll_interval
        self._follow_timeout = follow_timeout
        self._numbers = itertools.count(1)

    @property
    def store(self) -> StateStore:
        """The state operations are recorded in, and read from: dialogs follow their cloud there."""
        return self._store

    def latest(self, allocation_id: str) -> AllocationCloud | None:
        """The cloud as the store has it now, or None once Pieces OS no longer lists it."""
        return self._store.state.allocation(allocation_id)

    def refusal(self, kind: OperationKind, allocation_id: str | None) -> str | None:
        """Why this operation cannot start now, in words, or None when it can."""
        for running in (o for o in self._store.state.operations if o.running):
            if kind is OperationKind.CONNECT and running.kind is OperationKind.CONNECT:
                return OPERATIONS.tr(
                    "A connect is already running. Wait for it to finish, or cancel it in its window."
                )
            if allocation_id is not None and running.allocation_id == allocation_id:
                return OPERATIONS.tr(_BUSY[running.kind])
        return None

    async def current_user(self) -> UserProfile | None:
        async with self._connection.lease() as client:
            return await client.current_user()

    async def connect(
        self, user: UserProfile, on_progress: ProgressCallback, *, watch: Watch | None = None
    ) -> AllocationCloud:
        """Connect the signed-in user's cloud (its id is the user's id) and follow it until it settles.

        Each operation takes the `watch` of whoever shows it (None: nobody does, so its end is told).
        """

        async def work(client: PiecesClient) -> AllocationCloud:
            return await self._follow(client, user.id, lambda: client.connect(user), on_progress)

        return await self._run(OperationKind.CONNECT, user.id, work, watch, _follow_phase)

    async def reconnect(
        self, allocation_id: str, on_progress: ProgressCallback, *, watch: Watch | None = None
    ) -> AllocationCloud:
        cloud = self._still_listed(allocation_id)

        async def work(client: PiecesClient) -> AllocationCloud:
            return await self._follow(client, cloud.id, lambda: client.reconnect(cloud), on_progress)

        return await self._run(OperationKind.RECONNECT, allocation_id, work, watch, _follow_phase)

    async def disconnect(self, allocation_id: str, *, watch: Watch | None = None) -> str:
        cloud = self._still_listed(allocation_id)
        return await self._run(OperationKind.DISCONNECT, allocation_id, lambda c: c.disconnect(cloud), watch)

    async def create(self, allocation_id: str, *, watch: Watch | None = None) -> AllocationCloud:
        cloud = self._still_listed(allocation_id)
        return await self._run(OperationKind.CREATE, allocation_id, lambda c: c.create(cloud), watch)

    async def delete(self, allocation_id: str, *, watch: Watch | None = None) -> str:
        cloud = self._still_listed(allocation_id)
        return await self._run(OperationKind.DELETE, allocation_id, lambda c: c.delete(cloud), watch)

    # -- Recording -----------------------------------------------------------------------------

    def _still_listed(self, allocation_id: str) -> AllocationCloud:
        cloud = self.latest(allocation_id)
        if cloud is None:
            raise OperationRefused(
                OPERATIONS.tr("Pieces OS no longer lists this cloud."),
                OPERATIONS.tr(
                    "It may have been disconnected or removed meanwhile; see the allocations table."
                ),
            )
        return cloud

    async def _run(
        self,
        kind: OperationKind,
        allocation_id: str,
        work: Callable[[PiecesClient], Awaitable[_T]],
        watch: Watch | None,
        phase_of: Callable[[_T], OperationPhase] = lambda _result: OperationPhase.SUCCEEDED,
    ) -> _T:
        refused = self.refusal(kind, allocation_id)
        if refused is not None:
            raise OperationRefused(refused)
        watched = watch is not None and watch.open
        operation = Operation(
            next(self._numbers), kind, allocation_id, watched=watched, started=time.monotonic()
        )
        self._store.operation_started(operation)
        number = operation.number
        forget = watch.when_closed(lambda: self._unwatched(number)) if watch is not None else None
        try:
            async with self._connection.lease() as client:
                result = await work(client)
        except asyncio.CancelledError:
            self._ended(operation, OperationPhase.CANCELLED, OPERATIONS.tr("Cancelled"))
            raise
        except PiecesError as error:
            self._ended(operation, OperationPhase.FAILED, error.message)
            raise
        except Exception:
            self._ended(operation, OperationPhase.FAILED, OPERATIONS.tr("Failed unexpectedly"))
            raise
        else:
            self._ended(operation, phase_of(result), "")
            return result
        finally:
            if forget is not None:
                forget()
            self._request_refresh()

    def _recorded(self, number: int) -> Operation | None:
        return next((o for o in self._store.state.operations if o.number == number), None)

    def _unwatched(self, number: int) -> None:
        """Its dialog closed while it runs: the user no longer sees how it goes."""
        operation = self._recorded(number)
        if operation is not None and operation.running and operation.watched:
            self._store.operation_changed(replace(operation, watched=False))

    def _ended(self, operation: Operation, phase: OperationPhase, outcome: str) -> None:
        latest = self._recorded(operation.number) or operation
        # Cancelled, the user stopped waiting: what Pieces OS still does with the request is news.
        watched = latest.watched and phase is not OperationPhase.CANCELLED
        ended = replace(latest, phase=phase, ended=time.monotonic(), outcome=outcome, watched=watched)
        self._store.operation_changed(ended)

    # -- Following a cloud as it settles ---------------------------------------------------------

    async def _follow(
        self,
        client: PiecesClient,
        cloud_id: str,
        request: Callable[[], Awaitable[AllocationCloud]],
        on_progress: ProgressCallback,
    ) -> AllocationCloud:
        started = time.monotonic()
        on_progress(Progress(None, 0.0))
        stop = asyncio.Event()
        watcher = asyncio.ensure_future(self._watch(client, cloud_id, started, on_progress, stop))
        try:
            cloud = await request()
            on_progress(Progress(cloud, time.monotonic() - started))
            if not settled(cloud):
                try:
                    following = self._until_settled(client, cloud, started, on_progress)
                    async with asyncio.timeout(self._follow_timeout):
                        cloud = await following
                except TimeoutError:
                    raise PiecesTimeout(OPERATIONS.tr("with a settled cloud"), self._follow_timeout) from None
            return cloud
        finally:
            # Told to stop, not cancelled: a read cancelled in flight can leave its connection
            # counted as busy in httpcore's pool for good (encode/httpcore#1093), and enough of
            # those fill the pool. A read under way ends within its own deadline.
            stop.set()
            await asyncio.gather(watcher, return_exceptions=True)

    @staticmethod
    async def _read(client: PiecesClient, cloud_id: str) -> AllocationCloud | None:
        """The followed cloud alone (cheap beside thousands of others), or None once it is gone."""
        try:
            return await client.allocation(cloud_id)
        except NotFound as error:
            if error.status == 410:
                return None
        # 404: a Pieces OS without the single-allocation route; the snapshot has it too.
        snapshot = await client.snapshot()
        return next((c for c in snapshot.iterable if c.id == cloud_id), None)

    async def _watch(
        self,
        client: PiecesClient,
        cloud_id: str,
        started: float,
        on_progress: ProgressCallback,
        stop: asyncio.Event,
    ) -> None:
        """While the request is open, report the cloud's status as Pieces OS shows it, until stop is set."""
        while True:
            try:
                async with asyncio.timeout(self._poll_interval):
                    await stop.wait()
            except TimeoutError:
                pass
            else:
                return
            try:
                cloud = await self._read(client, cloud_id)
            except PiecesError:
                continue  # the request itself will report what matters
            on_progress(Progress(cloud, time.monotonic() - started))

    async def _until_settled(
        self, client: PiecesClient, cloud: AllocationCloud, started: float, on_progress: ProgressCallback
    ) -> AllocationCloud:
        while not settled(cloud):
            await asyncio.sleep(self._poll_interval)
            try:
                latest = await self._read(client, cloud.id)
            except PiecesError:
                continue  # one failed read does not undo a connect Pieces OS accepted; the timeout bounds it
            if latest is None:
                return cloud
            cloud = latest
            on_progress(Progress(cloud, time.monotonic() - started))
        return cloud


def _follow_phase(cloud: AllocationCloud) -> OperationPhase:
    return OperationPhase.SUCCEEDED if cloud.status.cloud.connected else OperationPhase.FAILED
