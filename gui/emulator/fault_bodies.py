"""The bodies faulty answers carry: not JSON, oversize, a gzip bomb, deep nesting, bad UTF-8, wrong shape."""

from __future__ import annotations

import json
import struct
import zlib
from functools import lru_cache

__all__ = ["MALFORMED_BODY", "gzip_bomb", "invalid_utf8", "nested", "oversize_body", "wrong_shape"]

# Looks like the start of an Allocations snapshot, then stops mid-object: no JSON parser accepts it.
MALFORMED_BODY = b'{"iterable":[{"id":"3f6c2a1e-8b4d-4e2a-9c7f-1d5e8a0b6c24","status":{"cloud":"RUNN'
_OVERSIZE_HEAD = b'{"iterable":[],"schema":{"migration":0,"semantic":"MAJOR_0_MINOR_0_PATCH_1"},"padding":"'
_OVERSIZE_TAIL = b'"}'
_BLOCK = 1 << 20
# The key of the field a nesting fault adds: no Pieces OS model has it.
NESTED_KEY = "x-nested"


@lru_cache(maxsize=4)
def oversize_body(n_bytes: int) -> bytes:
    """A JSON object of exactly `n_bytes` (a padding string does the growing); the last few are kept."""
    padding = n_bytes - len(_OVERSIZE_HEAD) - len(_OVERSIZE_TAIL)
    if padding >= 0:
        return _OVERSIZE_HEAD + b"x" * padding + _OVERSIZE_TAIL
    # Too small for the object: leading whitespace before {} is still valid JSON.
    return b" " * (n_bytes - 2) + b"{}" if n_bytes >= 2 else b"0" * n_bytes


@lru_cache(maxsize=4)
def gzip_bomb(n_bytes: int) -> bytes:
    """A gzip member that unpacks to oversize_body(n_bytes), built without holding that in memory.

    After a full flush a deflate stream refers to nothing before it, so one compressed 1 MiB block
    of padding can be repeated as often as needed: a 1 GiB bomb takes a second to build, not ten.
    """
    padding = max(0, n_bytes - len(_OVERSIZE_HEAD) - len(_OVERSIZE_TAIL))
    if padding < _BLOCK:
        return _gzip_whole(oversize_body(n_bytes))
    blocks, rest = divmod(padding, _BLOCK)
    block = b"x" * _BLOCK
    deflate = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    head = deflate.compress(_OVERSIZE_HEAD) + deflate.flush(zlib.Z_FULL_FLUSH)
    middle = deflate.compress(block) + deflate.flush(zlib.Z_FULL_FLUSH)
    tail = deflate.compress(b"x" * rest + _OVERSIZE_TAIL) + deflate.flush(zlib.Z_FINISH)
    crc = zlib.crc32(_OVERSIZE_HEAD)
    for _ in range(blocks):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(b"x" * rest + _OVERSIZE_TAIL, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    trailer = struct.pack("<II", crc, n_bytes & 0xFFFFFFFF)
    return header + head + middle * blocks + tail + trailer


def _gzip_whole(body: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    return packer.compress(body) + packer.flush()


def nested(body: bytes, depth: int) -> bytes:
    """A JSON answer with an unknown field `depth` lists deep in its first allocation or its user.

    The nesting is spliced in as text: building it as Python lists would take as deep a recursion
    to serialize as the one under test.
    """
    value = json.loads(body)
    target = value
    if isinstance(value, dict):
        items, user = value.get("iterable"), value.get("user")
        if isinstance(items, list) and items and isinstance(items[0], dict):
            target = items[0]
        elif isinstance(user, dict):
            target = user
    if not isinstance(target, dict):
        raise ValueError("a nesting fault needs a route that answers a JSON object")
    target[NESTED_KEY] = "@@nested@@"
    text = json.dumps(value, separators=(",", ":")).encode()
    return text.replace(b'"@@nested@@"', b"[" * depth + b"]" * depth, 1)


def invalid_utf8(body: bytes) -> bytes:
    """The body with two bytes that no UTF-8 text has, inside its first string (or up front)."""
    quote = body.find(b'"')
    at = quote + 1 if quote >= 0 else 0
    return body[:at] + b"\xff\xfe" + body[at:]


def wrong_shape(body: bytes) -> bytes:
    """The answer wrapped in a JSON array: valid JSON that is not the object the contract names."""
    return b"[" + body + b"]"
