"""AllocationActions: connect, reconnect, disconnect, create and delete; following a cloud as it settles."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from gui.api import AllocationCloud, AllocationStatus, NotFound, PiecesError, PiecesTimeout, UserProfile

from .clients import ClientHolder


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


class AllocationActions:
    """The operations dialogs ask for. Each returns what Pieces OS answered or raises a PiecesError.

    Connect and reconnect can take 10-15 s or minutes. While the request is open the cloud is
    read every poll_interval seconds so the dialog can show its status; if Pieces OS answers
    while the cloud is still PENDING, it is followed until it settles or follow_timeout passes.
    Every finished operation asks for a refresh, so the table follows.
    """

    def __init__(
        self,
        clients: ClientHolder,
        request_refresh: Callable[[], None],
        *,
        poll_interval: float = 1.0,
        follow_timeout: float = 300.0,
    ) -> None:
        self._clients = clients
        self._request_refresh = request_refresh
        self._poll_interval = poll_interval
        self._follow_timeout = follow_timeout

    async def current_user(self) -> UserProfile | None:
        return await self._clients.require().current_user()

    async def connect(self, user: UserProfile, on_progress: ProgressCallback) -> AllocationCloud:
        """Connect the signed-in user's cloud (its id is the user's id) and follow it until it settles."""
        client = self._clients.require()
        return await self._follow(user.id, lambda: client.connect(user), on_progress)

    async def reconnect(self, cloud: AllocationCloud, on_progress: ProgressCallback) -> AllocationCloud:
        client = self._clients.require()
        return await self._follow(cloud.id, lambda: client.reconnect(cloud), on_progress)

    async def disconnect(self, cloud: AllocationCloud) -> str:
        try:
            return await self._clients.require().disconnect(cloud)
        finally:
            self._request_refresh()

    async def create(self, cloud: AllocationCloud) -> AllocationCloud:
        try:
            return await self._clients.require().create(cloud)
        finally:
            self._request_refresh()

    async def delete(self, cloud: AllocationCloud) -> str:
        try:
            return await self._clients.require().delete(cloud)
        finally:
            self._request_refresh()

    async def _follow(
        self,
        cloud_id: str,
        request: Callable[[], Awaitable[AllocationCloud]],
        on_progress: ProgressCallback,
    ) -> AllocationCloud:
        started = time.monotonic()
        on_progress(Progress(None, 0.0))
        watcher = asyncio.ensure_future(self._watch(cloud_id, started, on_progress))
        try:
            cloud = await request()
            on_progress(Progress(cloud, time.monotonic() - started))
            if not settled(cloud):
                try:
                    following = self._until_settled(cloud, started, on_progress)
                    cloud = await asyncio.wait_for(following, self._follow_timeout)
                except TimeoutError:
                    raise PiecesTimeout("with a settled cloud", self._follow_timeout) from None
            return cloud
        finally:
            watcher.cancel()
            await asyncio.gather(watcher, return_exceptions=True)
            self._request_refresh()

    async def _read(self, cloud_id: str) -> AllocationCloud | None:
        """The followed cloud alone (cheap beside thousands of others), or None once it is gone."""
        client = self._clients.require()
        try:
            return await client.allocation(cloud_id)
        except NotFound as error:
            if error.status == 410:
                return None
        # 404: a Pieces OS without the single-allocation route; the snapshot has it too.
        snapshot = await client.snapshot()
        return next((c for c in snapshot.iterable if c.id == cloud_id), None)

    async def _watch(self, cloud_id: str, started: float, on_progress: ProgressCallback) -> None:
        """While the request is open, report the cloud's status as the snapshot shows it."""
        while True:
            await asyncio.sleep(self._poll_interval)
            try:
                cloud = await self._read(cloud_id)
            except PiecesError:
                continue  # the request itself will report what matters
            on_progress(Progress(cloud, time.monotonic() - started))

    async def _until_settled(
        self, cloud: AllocationCloud, started: float, on_progress: ProgressCallback
    ) -> AllocationCloud:
        while not settled(cloud):
            await asyncio.sleep(self._poll_interval)
            try:
                latest = await self._read(cloud.id)
            except PiecesError:
                continue  # one failed read does not undo a connect Pieces OS accepted; the timeout bounds it
            if latest is None:
                return cloud
            cloud = latest
            on_progress(Progress(cloud, time.monotonic() - started))
        return cloud
