"""UserStreamSource: keeps WS /user/stream followed, reconnecting with back-off, and coalesces bursts."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass

from gui.api import (
    PiecesClient,
    PiecesError,
    StreamLost,
    StreamUnsupported,
    UserProfile,
)
from gui.api.stream import StreamSettings
from gui.i18n import Context

from .tasks import TaskRegistry

USER_STREAM = Context("USER_STREAM")

__all__ = ["Backoff", "UserStreamSource"]

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Backoff:
    """Seconds between attempts to reopen the stream."""

    first: float = 1.0
    longest: float = 30.0
    # A stream that stayed open this long was healthy: after it drops, waits start again at `first`.
    healthy_after: float = 10.0


class UserStreamSource:
    """Follows the user stream of the current client and reports what it says.

    on_user gets every message (the user, or None when nobody is signed in); on_change fires once
    per burst of messages, `coalesce` seconds after the first, so the owner refreshes the snapshot
    once for ten pushes; on_up when a stream opened; on_down with the reason after each failure,
    before waiting to try again. Without a client it waits for restart().
    """

    TASK = "user-stream"

    def __init__(
        self,
        client: Callable[[], PiecesClient | None],
        tasks: TaskRegistry,
        *,
        on_user: Callable[[UserProfile | None], None],
        on_change: Callable[[], None],
        on_up: Callable[[], None],
        on_down: Callable[[PiecesError], None],
        backoff: Backoff | None = None,
        coalesce: float = 0.15,
        settings: StreamSettings | None = None,
    ) -> None:
        self._client = client
        self._tasks = tasks
        self._on_user = on_user
        self._on_change = on_change
        self._on_up = on_up
        self._on_down = on_down
        self._backoff = backoff or Backoff()
        self._coalesce = coalesce
        self._settings = settings
        self._pending: asyncio.TimerHandle | None = None

    def start(self) -> None:
        """Follow the stream, unless already following it."""
        if not self._tasks.running(self.TASK):
            self._begin()

    def restart(self) -> None:
        """Follow the stream of the current client from scratch (after the client changed)."""
        self.stop()
        self._begin()

    def stop(self) -> None:
        """Stop following; no callback fires after this (the follower is cancelled, and says nothing then)."""
        self._tasks.cancel(self.TASK)
        self._cancel_pending()

    def _begin(self) -> None:
        self._tasks.start(self._follow(), name=self.TASK)

    async def _follow(self) -> None:
        loop = asyncio.get_running_loop()
        delay = self._backoff.first
        last_reason = ""
        while (client := self._client()) is not None:
            opened: float | None = None
            failure: PiecesError = StreamLost(client.base_url, "it ended")  # it never ends by itself
            try:
                async with client.user_stream(self._settings) as stream:
                    opened = loop.time()
                    self._on_up()
                    async for user in stream:
                        self._on_user(user)
                        self._changed()
            except Exception as exc:
                failure = self._failure(exc)
            if self._client() is not client:
                continue  # the client was replaced (and closed) under the stream: follow the new one
            if opened is not None and loop.time() - opened >= self._backoff.healthy_after:
                delay = self._backoff.first
            # Once per new reason: a Pieces OS that stays down would otherwise fill the log file.
            level = logging.DEBUG if failure.message == last_reason else logging.INFO
            _log.log(level, "Live status stream stopped: %s", failure.message)
            last_reason = failure.message
            self._on_down(failure)
            # A Pieces OS without the stream will not grow one soon: ask rarely.
            await asyncio.sleep(self._backoff.longest if isinstance(failure, StreamUnsupported) else delay)
            delay = min(delay * 2, self._backoff.longest)

    def _failure(self, exc: Exception) -> PiecesError:
        task = asyncio.current_task()
        # qasync can deliver a cancel as the loop stops: swallowing it here would reconnect forever.
        if task is not None and task.cancelling():
            raise exc
        if isinstance(exc, PiecesError):
            return exc
        _log.error("Following the live status failed", exc_info=exc)
        return PiecesError(
            USER_STREAM.tr("Live status stopped because of an internal error."),
            USER_STREAM.tr("The app keeps checking for changes; the log file has the details."),
        )

    def _changed(self) -> None:
        if self._pending is None:
            self._pending = asyncio.get_running_loop().call_later(self._coalesce, self._fire_change)

    def _fire_change(self) -> None:
        self._pending = None
        self._on_change()

    def _cancel_pending(self) -> None:
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None
