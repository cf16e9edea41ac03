"""Reading answers as text, JSON objects and models, saying what was wrong when one does not fit."""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import pydantic

from .errors import BadResponse
from .models import FROM_PIECES_OS, PiecesModel

__all__ = ["collector_paused", "describe", "json_object", "parse", "server_text", "text"]

_M = TypeVar("_M", bound=PiecesModel)


def server_text(body: bytes) -> str:
    """The server's own error text, kept short and printable for a message."""
    text = body.decode("utf-8", errors="replace").strip()
    text = " ".join(text.split())
    return text if len(text) <= 300 else text[:297] + "..."


def text(body: bytes, what: str) -> str:
    try:
        return body.decode("utf-8").strip()
    except UnicodeDecodeError:
        raise BadResponse(what, "the text is not valid UTF-8") from None


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a large answer becomes many small objects.

    Building tens of thousands of dicts or models makes the collector walk every live object
    again and again: with it paused, reading 10,000 allocations takes a quarter of the time
    (and the event loop stalls that much less). It resumes, as it was, right after.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def json_object(body: bytes, what: str) -> dict[str, Any]:
    try:
        with collector_paused():
            value = json.loads(body)
    except ValueError as exc:
        start = server_text(body[:60])
        raise BadResponse(what, f"it is not JSON ({exc}; it starts {start!r})") from None
    if not isinstance(value, dict):
        raise BadResponse(what, f"expected a JSON object, got {type(value).__name__}")
    return value


def describe(
    error: pydantic.ValidationError, root: str = "", index: Callable[[int], int] | None = None
) -> str:
    """A short account of what was wrong, e.g. ``iterable[3].status.cloud: field required``.

    index maps the position of a failing item in what was validated to its position in the answer.
    """
    parts = []
    for item in error.errors(include_url=False)[:3]:
        location = root
        for position, key in enumerate(item["loc"]):
            if isinstance(key, int):
                location += f"[{index(key) if index and position == 0 else key}]"
            else:
                location += f".{key}" if location else str(key)
        parts.append(f"{location or 'body'}: {item['msg'].lower()}")
    more = error.error_count() - len(parts)
    return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")


def parse(model: type[_M], value: dict[str, Any], what: str) -> _M:
    """value, read from an answer of Pieces OS, as a model that remembers it."""
    try:
        return model.model_validate(value, context=FROM_PIECES_OS)
    except pydantic.ValidationError as exc:
        raise BadResponse(what, describe(exc)) from None
