"""The faults a test can inject into the emulator's answers: one frozen value per way to go wrong."""

from __future__ import annotations

import enum
from dataclasses import dataclass

__all__ = ["Fault", "FaultKind"]


class FaultKind(enum.StrEnum):
    LATENCY = "latency"
    STATUS = "status"
    MALFORMED_JSON = "malformed_json"
    TRUNCATED = "truncated"
    DROP = "drop"
    OVERSIZE = "oversize"
    HANG = "hang"
    DRIP = "drip"
    RESET = "reset"
    GZIP_BOMB = "gzip_bomb"
    NESTED = "nested"
    INVALID_UTF8 = "invalid_utf8"
    WRONG_SHAPE = "wrong_shape"
    REDIRECT = "redirect"


# The faults that let the route do what was asked before their answer goes wrong; the others
# answer (or fail) without touching the emulator's state.
ROUTE_ACTS = frozenset(
    {
        FaultKind.LATENCY,
        FaultKind.TRUNCATED,
        FaultKind.DRIP,
        FaultKind.RESET,
        FaultKind.NESTED,
        FaultKind.INVALID_UTF8,
        FaultKind.WRONG_SHAPE,
    }
)


@dataclass(frozen=True, slots=True)
class Fault:
    """One way for an answer to go wrong; build it with the class methods, not the constructor."""

    kind: FaultKind
    seconds: float = 0.0
    code: int = 0
    text: str = ""
    n_bytes: int = 0
    declared: bool = True

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
    def oversize(cls, n_bytes: int, *, declared: bool = True) -> Fault:
        """Answer 200 application/json with a valid-looking JSON object padded to exactly `n_bytes`.

        declared=False sends it chunked, without a Content-Length: the client learns its size only
        by reading it.
        """
        if n_bytes < 0:
            raise ValueError(f"a body has 0 bytes or more, not {n_bytes}")
        return cls(FaultKind.OVERSIZE, n_bytes=n_bytes, declared=declared)

    @classmethod
    def gzip_bomb(cls, n_bytes: int) -> Fault:
        """Answer 200 with Content-Encoding: gzip: about n_bytes/1000 on the wire, `n_bytes` unpacked."""
        if n_bytes < 2:
            raise ValueError(f"a bomb unpacks to 2 bytes or more, not {n_bytes}")
        return cls(FaultKind.GZIP_BOMB, n_bytes=n_bytes)

    @classmethod
    def hang(cls) -> Fault:
        """Accept the request and never answer, until the faults are cleared or the emulator stops."""
        return cls(FaultKind.HANG)

    @classmethod
    def drip(cls, n_bytes: int = 1, interval: float = 0.1) -> Fault:
        """Do what was asked, then send the answer (status line and headers too) n_bytes per interval."""
        if n_bytes < 1 or interval <= 0:
            raise ValueError(f"a drip sends 1 byte or more every interval > 0, not {n_bytes}/{interval}")
        return cls(FaultKind.DRIP, n_bytes=n_bytes, seconds=interval)

    @classmethod
    def reset(cls) -> Fault:
        """Do what was asked, send the headers and half the body, then reset the connection (RST)."""
        return cls(FaultKind.RESET)

    @classmethod
    def nested(cls, depth: int) -> Fault:
        """Answer as the route would, with an unknown field nested `depth` lists deep added to it.

        The field goes into the first allocation of a snapshot, the user of GET /user, or else the
        answer's own object.
        """
        if depth < 1:
            raise ValueError(f"nesting is 1 level or more, not {depth}")
        return cls(FaultKind.NESTED, n_bytes=depth)

    @classmethod
    def invalid_utf8(cls) -> Fault:
        """Answer as the route would, with bytes that are not UTF-8 inside its first string."""
        return cls(FaultKind.INVALID_UTF8)

    @classmethod
    def wrong_shape(cls) -> Fault:
        """Answer as the route would, wrapped in a JSON array: valid JSON, not the contract's shape."""
        return cls(FaultKind.WRONG_SHAPE)

    @classmethod
    def redirect(cls, location: str = "http://127.0.0.1:9/elsewhere", code: int = 302) -> Fault:
        """Answer a 3xx redirect to `location`, without doing what was asked."""
        if not 300 <= code <= 399:
            raise ValueError(f"a redirect has a 3xx status, not {code}")
        return cls(FaultKind.REDIRECT, code=code, text=location)
