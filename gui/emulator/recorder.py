"""The log of every request the emulator received, for tests that assert exactly what was sent."""

from __future__ import annotations

import json
import threading
from typing import Any, NamedTuple

__all__ = ["RecordedRequest", "RequestLog"]


class RecordedRequest(NamedTuple):
    """One request as received; header names are lower-cased, the path keeps its query string."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        """The body parsed as JSON (raises ValueError when it is not JSON)."""
        return json.loads(self.body)


class RequestLog:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._requests: list[RecordedRequest] = []

    def record(self, request: RecordedRequest) -> None:
        with self._lock:
            self._requests.append(request)

    def snapshot(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def clear(self) -> None:
        with self._lock:
            self._requests.clear()
