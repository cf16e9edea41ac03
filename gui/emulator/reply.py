"""What a route answers: a status, a content type and body bytes (or a hang-up)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

__all__ = ["JSON_TYPE", "TEXT_TYPE", "Reply"]

TEXT_TYPE = "text/plain; charset=utf-8"
JSON_TYPE = "application/json; charset=utf-8"


@dataclass(frozen=True, slots=True)
class Reply:
    status: int
    body: bytes
    content_type: str = TEXT_TYPE
    # Close the connection without answering: what a Pieces OS that is quitting does.
    hang_up: bool = False

    @classmethod
    def text(cls, status: int, text: str) -> Reply:
        return cls(status, text.encode())

    @classmethod
    def json(cls, value: Any, status: int = 200) -> Reply:
        return cls(status, json.dumps(value, separators=(",", ":")).encode(), JSON_TYPE)

    @classmethod
    def json_bytes(cls, body: bytes, status: int = 200) -> Reply:
        return cls(status, body, JSON_TYPE)

    @classmethod
    def dropped(cls) -> Reply:
        return cls(0, b"", hang_up=True)
