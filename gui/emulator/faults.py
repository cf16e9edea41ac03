"""Transport-level faults a test can inject into the emulator's next answers, and their book-keeping."""

from __future__ import annotations

import enum
import threading
from dataclasses import dataclass

__all__ = ["MALFORMED_BODY", "Fault", "FaultBook", "FaultKind", "oversize_body", "route_matches"]


class FaultKind(enum.StrEnum):
    LATENCY = "latency"
    STATUS = "status"
    MALFORMED_JSON = "malformed_json"
    TRUNCATED = "truncated"
    DROP = "drop"
    OVERSIZE = "oversize"


@dataclass(frozen=True, slots=True)
class Fault:
    """One way for an answer to go wrong; build it with the class methods, not the constructor."""

    kind: FaultKind
    seconds: float = 0.0
    code: int = 0
    text: str = ""
    n_bytes: int = 0

    @classmethod
    def latency(cls, seconds: float) -> Fault:
        """Wait `seconds` (stop() cuts the wait short), then answer normally."""
        if seconds < 0:
            raise ValueError(f"latency must be 0 s or more, not {seconds}")
        return cls(FaultKind.LATENCY, seconds=seconds)

    @classmethod
    def status(cls, code: int, text: str = "") -> Fault:
        """Answer `code` with `text` as a text/plain body, without doing what was asked."""
        if not 100 <= code <= 999:
            raise ValueError(f"an HTTP status has three digits, not {code}")
        return cls(FaultKind.STATUS, code=code, text=text)

    @classmethod
    def malformed_json(cls) -> Fault:
        """Answer 200 application/json with a body that is not JSON."""
        return cls(FaultKind.MALFORMED_JSON)

    @classmethod
    def truncated(cls) -> Fault:
        """Do what was asked, announce the whole answer's length, send half of it and hang up."""
        return cls(FaultKind.TRUNCATED)

    @classmethod
    def drop(cls) -> Fault:
        """Close the connection without any answer, without doing what was asked."""
        return cls(FaultKind.DROP)

    @classmethod
    def oversize(cls, n_bytes: int) -> Fault:
        """Answer 200 application/json with a valid-looking JSON object padded to exactly `n_bytes`."""
        if n_bytes < 0:
            raise ValueError(f"a body has 0 bytes or more, not {n_bytes}")
        return cls(FaultKind.OVERSIZE, n_bytes=n_bytes)


def route_matches(route: str, path: str) -> bool:
    """'*' matches every path, 'prefix*' every path under it, anything else the exact path."""
    if route.endswith("*"):
        return path.startswith(route[:-1])
    return route == path


@dataclass
class _Armed:
    route: str
    fault: Fault
    remaining: int


class FaultBook:
    """The faults still to apply, oldest first; each matching request uses one up."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._armed: list[_Armed] = []

    def inject(self, route: str, fault: Fault, times: int = 1) -> None:
        if times < 1:
            raise ValueError(f"a fault applies 1 time or more, not {times}")
        if route != "*" and not route.startswith("/"):
            raise ValueError(f"a route is '*' or a path starting with '/', not {route!r}")
        with self._lock:
            self._armed.append(_Armed(route, fault, times))

    def take(self, path: str) -> Fault | None:
        """The fault for a request to `path`, if one is armed; it counts as used."""
        with self._lock:
            for armed in self._armed:
                if route_matches(armed.route, path):
                    armed.remaining -= 1
                    if armed.remaining == 0:
                        self._armed.remove(armed)
                    return armed.fault
        return None

    def clear(self) -> None:
        with self._lock:
            self._armed.clear()

    def pending(self) -> list[tuple[str, Fault, int]]:
        """(route, fault, times left) for every fault not used up yet."""
        with self._lock:
            return [(a.route, a.fault, a.remaining) for a in self._armed]


# Looks like the start of an Allocations snapshot, then stops mid-object: no JSON parser accepts it.
MALFORMED_BODY = b'{"iterable":[{"id":"3f6c2a1e-8b4d-4e2a-9c7f-1d5e8a0b6c24","status":{"cloud":"RUNN'
_OVERSIZE_HEAD = b'{"iterable":[],"schema":{"migration":0,"semantic":"MAJOR_0_MINOR_0_PATCH_1"},"padding":"'
_OVERSIZE_TAIL = b'"}'


def oversize_body(n_bytes: int) -> bytes:
    """A JSON object of exactly `n_bytes` (a padding string does the growing)."""
    padding = n_bytes - len(_OVERSIZE_HEAD) - len(_OVERSIZE_TAIL)
    if padding >= 0:
        return _OVERSIZE_HEAD + b"x" * padding + _OVERSIZE_TAIL
    # Too small for the object: leading whitespace before {} is still valid JSON.
    return b" " * (n_bytes - 2) + b"{}" if n_bytes >= 2 else b"0" * n_bytes
