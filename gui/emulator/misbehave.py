"""How the handler answers when a fault is armed: late, wrong, partly, dripped, reset or not at all."""

from __future__ import annotations

import socket
import struct
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from . import fault_bodies
from .faults import Fault, FaultKind
from .reply import JSON_TYPE, Reply, reason

if TYPE_CHECKING:
    from .handler import EmulatorHandler

__all__ = ["answer_with_fault"]

_CHUNK = 64 * 1024


def answer_with_fault(handler: EmulatorHandler, fault: Fault, route: Callable[[], Reply]) -> None:
    """Answer one request as `fault` says; `route` does what was asked and gives the real reply."""
    kind = fault.kind
    if kind is FaultKind.LATENCY:
        if handler.server.gate.sleep(fault.seconds):
            handler.send_reply(route())
        else:  # stopped while waiting
            handler.close_connection = True
    elif kind is FaultKind.STATUS:
        handler.send_reply(Reply.text(fault.code, fault.text))
    elif kind is FaultKind.REDIRECT:
        handler.send_reply(Reply(fault.code, b"", headers=(("Location", fault.text),)))
    elif kind is FaultKind.MALFORMED_JSON:
        handler.send_reply(Reply.json_bytes(fault_bodies.MALFORMED_BODY))
    elif kind is FaultKind.TRUNCATED:
        handler.send_reply(route(), truncate=True)
    elif kind is FaultKind.OVERSIZE:
        body = fault_bodies.oversize_body(fault.n_bytes)
        if fault.declared:
            handler.send_reply(Reply.json_bytes(body))
        else:
            _send_chunked(handler, Reply.json_bytes(body))
    elif kind is FaultKind.GZIP_BOMB:
        bomb = fault_bodies.gzip_bomb(fault.n_bytes)
        handler.send_reply(Reply(200, bomb, JSON_TYPE, headers=(("Content-Encoding", "gzip"),)))
    elif kind is FaultKind.HANG:
        handler.server.faults.hang()
        handler.close_connection = True
    elif kind is FaultKind.DRIP:
        _drip(handler, route(), fault.n_bytes, fault.seconds)
    elif kind is FaultKind.RESET:
        _reset_mid_body(handler, route())
    elif kind in (FaultKind.NESTED, FaultKind.INVALID_UTF8, FaultKind.WRONG_SHAPE):
        handler.send_reply(_spoiled(route(), fault))
    else:  # DROP: hang up without a word
        handler.close_connection = True


def _spoiled(reply: Reply, fault: Fault) -> Reply:
    """The route's reply with its body spoiled; an answer that is not JSON (an error) stays as it is."""
    if fault.kind is FaultKind.INVALID_UTF8:
        return replace(reply, body=fault_bodies.invalid_utf8(reply.body))
    if reply.content_type != JSON_TYPE:
        return reply
    if fault.kind is FaultKind.NESTED:
        return replace(reply, body=fault_bodies.nested(reply.body, fault.n_bytes))
    return replace(reply, body=fault_bodies.wrong_shape(reply.body))


def _head(handler: EmulatorHandler, reply: Reply, length: int | None) -> bytes:
    """The status line and headers; without a length the body goes chunked."""
    lines = [
        f"HTTP/1.1 {reply.status} {reason(reply.status)}",
        f"Server: {handler.server_version}",
        f"Content-Type: {reply.content_type}",
        *(f"{name}: {value}" for name, value in reply.headers),
        f"Content-Length: {length}" if length is not None else "Transfer-Encoding: chunked",
        "Connection: close",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _send_chunked(handler: EmulatorHandler, reply: Reply) -> None:
    """The whole body in chunks, with no Content-Length, as a streaming server sends it."""
    handler.close_connection = True
    view = memoryview(reply.body)
    try:
        handler.wfile.write(_head(handler, reply, None))
        for start in range(0, len(view), _CHUNK):
            piece = view[start : start + _CHUNK]
            handler.wfile.write(b"%x\r\n" % len(piece) + piece + b"\r\n")
        handler.wfile.write(b"0\r\n\r\n")
    except OSError:  # the client stopped reading and hung up: what the test wants to see
        return


def _drip(handler: EmulatorHandler, reply: Reply, n_bytes: int, interval: float) -> None:
    """The whole answer, status line included, n_bytes at a time; stop() or a hang-up ends it."""
    handler.close_connection = True
    raw = _head(handler, reply, len(reply.body)) + reply.body
    try:
        for start in range(0, len(raw), n_bytes):
            if start and not handler.server.gate.sleep(interval):
                return
            handler.wfile.write(raw[start : start + n_bytes])
    except OSError:
        return


def _reset_mid_body(handler: EmulatorHandler, reply: Reply) -> None:
    """Headers announcing the whole body, half of it, then a TCP reset instead of a clean close."""
    handler.close_connection = True
    try:
        handler.wfile.write(_head(handler, reply, len(reply.body)) + reply.body[: len(reply.body) // 2])
    except OSError:
        return
    # Linger on, for 0 s: close() then sends RST, and the client's next read fails with a reset.
    handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    handler.connection.close()
