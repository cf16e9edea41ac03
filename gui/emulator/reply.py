"""What a route answers: a status, a content type and body bytes (or a hang-up)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

__all__ = ["JSON_TYPE", "TEXT_TYPE", "Reply", "reason"]

TEXT_TYPE = "text/plain; charset=utf-8"
JSON_TYPE = "application/json; charset=utf-8"


@dataclass(frozen=True, slots=True)
class Reply:
    status: int
    body: bytes
    content_type: str = TEXT_TYPE
    # Close the connection without answering: what a Pieces OS that is quitting does.
    hang_up: bool = False
    # Further headers, e.g. Location or Content-Encoding; Content-Type and -Length are set apart.
    headers: tuple[tuple[str, str], ...] = ()

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


def reason(status: int) -> str:
    """The reason phrase of a status line, including Pieces OS's own 593."""
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Update Required" if status == 593 else "Error"
