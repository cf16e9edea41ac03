"""The HTTP/1.1 request handler: reads a request, records it, applies faults, writes the route's reply."""

from __future__ import annotations

import logging
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from .faults import Fault
from .misbehave import answer_with_fault
from .recorder import RecordedRequest
from .reply import Reply, reason

if TYPE_CHECKING:
    from .httpserver import EmulatorHTTPServer

__all__ = ["EmulatorHandler"]

logger = logging.getLogger(__name__)

_CHUNK = 1 << 20
_MAX_LINE = 65_537


class EmulatorHandler(BaseHTTPRequestHandler):
    # Keep-alive like Pieces OS; every answer carries a Content-Length so it can.
    protocol_version = "HTTP/1.1"
    # Headers and body go out as separate writes: without this, Nagle and delayed ACKs add 40 ms.
    disable_nagle_algorithm = True
    server_version = "PiecesOS-Emulator"
    server: EmulatorHTTPServer

    def version_string(self) -> str:
        return self.server_version

    def _serve(self) -> None:
        try:
            body = self._read_body()
        except ValueError as error:
            self.close_connection = True  # the stream is out of step: nothing after it can be read
            self.send_reply(Reply.text(400, f"Bad request body: {error}"))
            return
        path = urlsplit(self.path).path
        headers = {name.lower(): value for name, value in self.headers.items()}
        self.server.requests.record(RecordedRequest(self.command, self.path, headers, body))
        self._answer(self.server.faults.take(path), path, body)

    # The stdlib dispatches on these names; every method goes through the router, which 404s.
    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_HEAD = _serve  # noqa: N815

    def _route(self, path: str, body: bytes) -> Reply:
        try:
            return self.server.router.handle(self.command, path, body)
        except Exception as error:  # a bug in the emulator: say so, keep serving
            logger.exception("Pieces OS emulator failed on %s %s", self.command, self.path)
            return Reply.text(500, f"Pieces OS emulator error: {error!r}")

    def _answer(self, fault: Fault | None, path: str, body: bytes) -> None:
        if fault is None:
            self.send_reply(self._route(path, body))
        else:
            answer_with_fault(self, fault, lambda: self._route(path, body))

    def send_reply(self, reply: Reply, truncate: bool = False) -> None:
        if reply.hang_up:
            self.close_connection = True
            return
        body, declared = reply.body, len(reply.body)
        if truncate:
            body = body[: len(body) // 2]
            declared = max(declared, len(body) + 1)
            self.close_connection = True
        self.send_response(reply.status, reason(reply.status))
        self.send_header("Content-Type", reply.content_type)
        for name, value in reply.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(declared))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command == "HEAD":
            return
        view = memoryview(body)
        for start in range(0, len(view), _CHUNK):
            self.wfile.write(view[start : start + _CHUNK])

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked()
        length = self.headers.get("Content-Length")
        if length is None:
            return b""
        size = int(length)
        if size < 0:
            raise ValueError(f"negative Content-Length {size}")
        return self.rfile.read(size)

    def _read_chunked(self) -> bytes:
        chunks: list[bytes] = []
        while True:
            size = int(self.rfile.readline(_MAX_LINE).split(b";")[0].strip() or b"-", 16)
            if size == 0:
                # Skip the trailer section up to its empty line.
                while self.rfile.readline(_MAX_LINE) not in (b"\r\n", b"\n", b""):
                    pass
                return b"".join(chunks)
            chunks.append(self.rfile.read(size))
            self.rfile.readline(_MAX_LINE)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Malformed requests get a text/plain error too, never the stdlib's HTML page."""
        self.close_connection = True
        self.send_reply(Reply.text(code, message or reason(code)))

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: a Pieces OS stand-in must not write a line to stderr per request."""

    def log_error(self, format: str, *args: object) -> None:
        logger.debug("Pieces OS emulator: " + format, *args)
