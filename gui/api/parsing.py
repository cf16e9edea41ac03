"""Reading answers as text, JSON objects and models, saying what was wrong when one does not fit."""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple, TypeVar, cast

import pydantic

from gui.i18n import Context

from .basics import FROM_PIECES_OS, PiecesModel
from .cloud import AllocationCloud
from .errors import BadResponse

PARSING = Context("PARSING")

__all__ = ["Answer", "collector_paused", "describe", "json_object", "parse", "server_text", "text"]

_M = TypeVar("_M", bound=PiecesModel | AllocationCloud)
# A key that names a field, as opposed to a key that is data (an id or an email in a dict's keys).
_FIELD_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,40}")


class Answer(NamedTuple):
    """A successful answer's body and its declared content type."""

    body: bytes
    content_type: str = ""

    def described(self) -> str:
        """Its size and type, for a message: never its bytes, which may be someone's profile."""
        kind = "".join(c for c in self.content_type[:60] if c.isprintable()) or PARSING.tr("no declared type")
        return PARSING.tr("{count} bytes of {kind}").format(count=len(self.body), kind=kind)


def server_text(body: bytes) -> str:
    """The server's own error text, kept short and printable for a message."""
    text = body.decode("utf-8", errors="replace").strip()
    text = " ".join(text.split())
    return text if len(text) <= 300 else text[:297] + "..."


def text(body: bytes, what: str) -> str:
    try:
        return body.decode("utf-8").strip()
    except UnicodeDecodeError:
        raise BadResponse(what, PARSING.tr("the text is not valid UTF-8")) from None


@contextmanager
def collector_paused(*, long_lived: bool = False) -> Iterator[None]:
    """Pause the cyclic garbage collector while a large answer becomes many small objects.

    Building tens of thousands of dicts or models makes the collector walk every live object
    again and again: with it paused, reading 10,000 allocations takes a quarter of the time
    (and the event loop stalls that much less). It resumes, as it was, right after.

    long_lived: what was built will be kept (a snapshot of thousands of allocations), so it goes
    straight to the collector's oldest generation, which is walked only now and then. Left in
    the youngest, its tens of thousands of objects would be walked by the next young collection
    and again by the middle one: 11-19 ms on the event loop, just as the table takes the rows in.
    freeze() then unfreeze() moves every object to the oldest generation and hides none (the app
    freezes nothing else that unfreeze() could let go).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if long_lived:
            gc.freeze()
            gc.unfreeze()
        if enabled:
            gc.enable()


def json_object(answer: Answer, what: str) -> dict[str, Any]:
    """The answer's JSON object; what is wrong with it is said without quoting it."""
    try:
        with collector_paused():
            value = json.loads(answer.body)
    except UnicodeDecodeError:
        raise BadResponse(
            what, PARSING.tr("it is not valid UTF-8 ({size})").format(size=answer.described())
        ) from None
    except json.JSONDecodeError as exc:
        # json's messages name no content: "Expecting value", "Unterminated string starting at".
        detail = PARSING.tr("it is not JSON ({error} at byte {position}; {size})").format(
            error=exc.msg.removesuffix(" at"), position=exc.pos, size=answer.described()
        )
        raise BadResponse(what, detail) from None
    except RecursionError:
        # The C parser stops at the interpreter's recursion limit: ~1000 levels of lists or objects.
        raise BadResponse(
            what, PARSING.tr("it is nested too deeply ({size})").format(size=answer.described())
        ) from None
    if not isinstance(value, dict):
        raise BadResponse(
            what, PARSING.tr("expected a JSON object, got {kind}").format(kind=type(value).__name__)
        )
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
            elif not _FIELD_NAME.fullmatch(key):
                location += "[…]"  # a key that is data, like an id: not for a message that is logged
            else:
                location += f".{key}" if location else str(key)
        parts.append(f"{location or 'body'}: {item['msg'].lower()}")
    more = error.error_count() - len(parts)
    return "; ".join(parts) + (PARSING.tr(" (and {count} more)").format(count=more) if more > 0 else "")


def parse(model: type[_M], value: dict[str, Any], what: str) -> _M:
    """value, read from an answer of Pieces OS, as a model that remembers it."""
    try:
        # Both kinds return their own class; mypy sees only the union of the two.
        return cast(_M, model.model_validate(value, context=FROM_PIECES_OS))
    except pydantic.ValidationError as exc:
        raise BadResponse(what, describe(exc)) from None
