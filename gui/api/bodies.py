"""Reading an answer's body within a size cap, unpacking gzip or deflate as it arrives, never past the cap."""

from __future__ import annotations

import contextlib
import zlib
from collections.abc import AsyncGenerator
from typing import cast

import httpx

from gui.i18n import Context

from .errors import BadResponse, ResponseTooLarge

BODIES = Context("BODIES")

__all__ = ["ACCEPT_ENCODING", "read_capped"]

# Only what this module unpacks itself, within the cap: httpx would also offer br or zstd when
# their packages happen to be installed, and unpack whole chunks without a limit.
ACCEPT_ENCODING = "gzip, deflate"


class _Inflater:
    """Unpacks gzip or deflate, never producing more than asked for: a bomb stops at the cap."""

    def __init__(self, encoding: str) -> None:
        self._encoding = encoding
        # deflate is a zlib stream by the standard, raw deflate in some servers: try the first.
        self._unpack = zlib.decompressobj(16 + zlib.MAX_WBITS if encoding == "gzip" else zlib.MAX_WBITS)
        self._started = False

    def feed(self, data: bytes, room: int) -> bytes | None:
        """Up to room bytes unpacked from data, or None when data unpacks to more than room."""
        try:
            out = self._unpack.decompress(data, room + 1)
        except zlib.error:
            if self._encoding != "deflate" or self._started:
                raise
            self._unpack = zlib.decompressobj(-zlib.MAX_WBITS)
            out = self._unpack.decompress(data, room + 1)
        self._started = True
        return None if len(out) > room else out


async def read_capped(response: httpx.Response, limit: int, what: str) -> bytes:
    """The body, unpacked; ResponseTooLarge as soon as it passes `limit` bytes, its connection closed.

    A refused answer's connection is closed here, in this task, before the stream's iterators are
    let go: httpx's stream is a chain of async generators, and one abandoned mid-answer would be
    finalized by the garbage collector instead, which leaves its connection counted as active in
    the pool (until the pool is full) and prints "async generator ignored GeneratorExit".
    """
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ResponseTooLarge(what, limit)
    encoding = response.headers.get("content-encoding", "identity").strip().lower()
    inflater: _Inflater | None = None
    if encoding in ("gzip", "deflate"):
        inflater = _Inflater(encoding)
    elif encoding not in ("identity", ""):
        shown = "".join(c for c in encoding[:20] if c.isprintable())
        raise BadResponse(
            what,
            BODIES.tr("it is compressed as {encoding}, which this app cannot unpack").format(
                encoding=repr(shown)
            ),
        )
    body = bytearray()
    refusal: BadResponse | None = None
    # httpx types it as an iterator; it is an async generator, which aclosing closes in this task.
    raw = cast(AsyncGenerator[bytes, None], response.aiter_raw())
    async with contextlib.aclosing(raw) as chunks:
        async for chunk in chunks:
            room = limit - len(body)
            try:
                part = chunk if inflater is None else inflater.feed(chunk, room)
            except zlib.error:
                refusal = BadResponse(what, BODIES.tr("it is not valid {encoding}").format(encoding=encoding))
                break
            if part is None or len(part) > room:
                refusal = ResponseTooLarge(what, limit)
                break
            body += part
        if refusal is not None:
            # Dropped before raising, so the error on screen does not keep the refused body alive.
            body.clear()
            await response.aclose()
    if refusal is not None:
        raise refusal
    return bytes(body)
