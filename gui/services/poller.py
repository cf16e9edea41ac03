"""Poller: reads Pieces OS on an interval, at once when asked, and less often while it is down or pushing."""

from __future__ import annotations

import asyncio
import logging

from gui.services.store import StateStore

from .connection import PiecesConnection
from .refresh import refresh
from .tasks import TaskRegistry

_log = logging.getLogger(__name__)

# While Pieces OS pushes every change over its live stream, polling is only a safety net.
LIVE_INTERVAL = 60.0


class Poller:
    """One long-lived task: refresh, then wait for the next turn or a request, and again.

    A request that arrives while a refresh runs (F5, an operation that ended, a push) does not
    cancel it: one more refresh follows as soon as it lands, however many requests came. So a
    refresh slower than the interval still lands, and stop() stays stopped: nothing re-arms it.
    After a failure the wait doubles up to max_backoff, so a Pieces OS that is down is not hammered.
    While Pieces OS pushes changes over its live stream, a read every `live_interval` is enough.
    """

    def __init__(
        self,
        store: StateStore,
        connection: PiecesConnection,
        tasks: TaskRegistry,
        *,
        interval: float = 5.0,
        max_backoff: float = 60.0,
        live_interval: float = LIVE_INTERVAL,
    ) -> None:
        self._store = store
        self._connection = connection
        self._tasks = tasks
        self._interval = interval
        self._max_backoff = max_backoff
        self._live_interval = live_interval
        self._failures = 0
        # A refresh is wanted at once; _poke wakes the wait to look at that (or a new delay).
        self._wanted = False
        self._poke = asyncio.Event()
        self._ended = 0.0
        self._loop: asyncio.Task[None] | None = None
        self._store.set_interval(interval)

    @property
    def running(self) -> bool:
        return self._loop is not None and not self._loop.done()

    def set_interval(self, seconds: float) -> None:
        """Read every `seconds` from now on; a wait already under way is shortened or lengthened to match."""
        self._interval = max(1.0, seconds)
        self._store.set_interval(self._interval)
        self.replan()

    def start(self) -> None:
        """Start polling at once (or restart: a refresh in flight is dropped, e.g. for a new address)."""
        self._failures = 0
        self._wanted = True
        self._loop = self._tasks.start(self._run(), name="poller")

    def stop(self) -> None:
        """Stop for good: requests from now on (an operation ending during quit) are ignored."""
        loop, self._loop = self._loop, None
        if loop is not None:
            loop.cancel()

    def request(self) -> None:
        """Refresh as soon as possible: now, or right after the refresh in flight."""
        if self.running:
            self._wanted = True
            self._poke.set()

    def replan(self) -> None:
        """Work out the wait again (the interval changed, or the live stream came or went)."""
        self._poke.set()

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            await self._wait_turn(loop)
            self._wanted = False
            self._store.set_refreshing(True)
            try:
                await self._refresh_once()
            finally:
                self._store.set_refreshing(False)
            self._ended = loop.time()

    async def _wait_turn(self, loop: asyncio.AbstractEventLoop) -> None:
        while not self._wanted:
            remaining = self._ended + self._delay() - loop.time()
            if remaining <= 0:
                return
            self._poke.clear()
            # asyncio.timeout, not wait_for: on Python 3.11 wait_for can swallow a cancel that
            # arrives as the event fires, and stop() would then wait out a whole interval.
            try:
                async with asyncio.timeout(remaining):
                    await self._poke.wait()
            except TimeoutError:
                return

    def _delay(self) -> float:
        if self._failures:
            backoff: float = self._interval * 2.0 ** (self._failures - 1)
            return min(backoff, self._max_backoff)
        if self._store.state.stream_live:
            return max(self._interval, self._live_interval)
        return self._interval

    async def _refresh_once(self) -> None:
        error = await refresh(self._connection, self._store)
        if error is None:
            self._failures = 0
        else:
            self._failures += 1
            _log.info("Refresh failed: %s", error)
