"""The gate that holds connect/reconnect answers: a delay, an explicit hold, and a stop that wakes all."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator

__all__ = ["ConnectGate"]


class ConnectGate:
    """Where connect and reconnect handlers wait while their cloud is PENDING.

    A waiter leaves when its delay is over and the gate is not held, when release() is called
    (which lets every current waiter answer at once, delay or not), or when the server stops.
    One condition serves all three, so stop() never has to wait out a delay.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._held = False
        self._releases = 0
        self._stopping = False
        self._waiting = 0

    @property
    def held(self) -> bool:
        with self._cond:
            return self._held

    @property
    def waiting(self) -> int:
        """How many connect/reconnect requests are in progress (PENDING, not settled yet)."""
        with self._cond:
            return self._waiting

    def hold(self) -> None:
        with self._cond:
            self._held = True
            self._cond.notify_all()

    def release(self) -> None:
        with self._cond:
            self._held = False
            self._releases += 1
            self._cond.notify_all()

    def stop(self) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify_all()

    def restart(self) -> None:
        with self._cond:
            self._stopping = False

    @contextlib.contextmanager
    def in_progress(self) -> Iterator[None]:
        """Count a connect/reconnect as waiting, from PENDING until its cloud has settled."""
        with self._cond:
            self._waiting += 1
            self._cond.notify_all()
        try:
            yield
        finally:
            with self._cond:
                self._waiting -= 1
                self._cond.notify_all()

    def wait(self, delay: float) -> bool:
        """Wait as a PENDING connect; True when it may answer, False when the server is stopping."""
        deadline = time.monotonic() + delay
        with self._cond:
            entered_at = self._releases
            while not self._stopping and self._releases == entered_at:
                remaining = deadline - time.monotonic()
                if not self._held and remaining <= 0:
                    break
                self._cond.wait(None if self._held else remaining)
            return not self._stopping

    def sleep(self, seconds: float) -> bool:
        """Sleep for a latency fault; False when the server stopped meanwhile."""
        deadline = time.monotonic() + seconds
        with self._cond:
            while not self._stopping:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return True
                self._cond.wait(remaining)
            return False

    def wait_for_waiting(self, count: int, timeout: float) -> bool:
        """Block until at least `count` connects are in progress (0: until none is); False on timeout."""
        with self._cond:
            if count == 0:
                return self._cond.wait_for(lambda: self._waiting == 0, timeout)
            return self._cond.wait_for(lambda: self._waiting >= count, timeout)
