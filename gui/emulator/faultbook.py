"""The faults armed per route: which request gets which fault, until used up or cleared."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from .faults import Fault

__all__ = ["FaultBook", "route_matches"]


def route_matches(route: str, path: str) -> bool:
    """'*' matches every path, 'prefix*' every path under it, anything else the exact path."""
    if route.endswith("*"):
        return path.startswith(route[:-1])
    return route == path


@dataclass
class _Armed:
    route: str
    fault: Fault
    remaining: int | None  # None: until cleared


class FaultBook:
    """The faults still to apply, oldest first; each matching request uses one up.

    It also holds the requests a hang fault keeps unanswered: they end when the faults are
    cleared (a test ending the fault) or the emulator stops.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._armed: list[_Armed] = []
        self._clears = 0
        self._stopping = False
        self._hanging = 0

    def inject(self, route: str, fault: Fault, times: int | None = 1) -> None:
        """Arm `fault` for the next `times` requests to `route`; times=None: until cleared."""
        if times is not None and times < 1:
            raise ValueError(f"a fault applies 1 time or more, not {times}")
        if route != "*" and not route.startswith("/"):
            raise ValueError(f"a route is '*' or a path starting with '/', not {route!r}")
        with self._cond:
            self._armed.append(_Armed(route, fault, times))

    def take(self, path: str) -> Fault | None:
        """The fault for a request to `path`, if one is armed; it counts as used."""
        with self._cond:
            for armed in self._armed:
                if route_matches(armed.route, path):
                    if armed.remaining is not None:
                        armed.remaining -= 1
                        if armed.remaining == 0:
                            self._armed.remove(armed)
                    return armed.fault
        return None

    def clear(self, route: str | None = None) -> None:
        """Disarm every fault (or those armed for exactly `route`) and end the hanging requests."""
        with self._cond:
            self._armed = [a for a in self._armed if route is not None and a.route != route]
            self._clears += 1
            self._cond.notify_all()

    def pending(self) -> list[tuple[str, Fault, int | None]]:
        """(route, fault, times left or None) for every fault not used up yet."""
        with self._cond:
            return [(a.route, a.fault, a.remaining) for a in self._armed]

    def hang(self) -> None:
        """Block a request until the next clear() or stop()."""
        with self._cond:
            entered_at = self._clears
            self._hanging += 1
            self._cond.notify_all()
            self._cond.wait_for(lambda: self._stopping or self._clears != entered_at)
            self._hanging -= 1
            self._cond.notify_all()

    def wait_for_hanging(self, count: int, timeout: float) -> bool:
        """Block until at least `count` requests hang unanswered; False on timeout."""
        with self._cond:
            return self._cond.wait_for(lambda: self._hanging >= count, timeout)

    def stop(self) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify_all()

    def restart(self) -> None:
        with self._cond:
            self._stopping = False
