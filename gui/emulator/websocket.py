"""WS /user/stream on the stdlib handler: the upgrade answered by hand, then wsproto on the raw socket."""

from __future__ import annotations

import contextlib
import selectors
import socket
import struct
import time
from urllib.parse import urlsplit

from wsproto.connection import Connection, ConnectionState, ConnectionType
from wsproto.events import CloseConnection, Event, Ping, TextMessage
from wsproto.utilities import generate_accept_token

from .faults import FaultKind
from .handler import EmulatorHandler
from .recorder import RecordedRequest
from .reply import Reply
from .routes import ROUTE_NOT_FOUND, UPDATE_REQUIRED, UPDATE_REQUIRED_STATUS
from .streams import Command, CommandKind, StreamHub, StreamPeer

__all__ = ["STREAM_PATH", "StreamingHandler"]

STREAM_PATH = "/user/stream"
_READ = 65_536
# After its close frame, how long the server waits for the client's before it hangs up anyway.
_CLOSE_WAIT = 2.0


class StreamingHandler(EmulatorHandler):
    """The emulator's handler, plus the WebSocket upgrade of GET /user/stream."""

    def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
        path = urlsplit(self.path).path
        if path != STREAM_PATH or "websocket" not in self.headers.get("Upgrade", "").lower():
            self._serve()
            return
        headers = {name.lower(): value for name, value in self.headers.items()}
        self.server.requests.record(RecordedRequest(self.command, self.path, headers, b""))
        fault = self.server.faults.take(path)
        if fault is not None and fault.kind is FaultKind.LATENCY:  # a late upgrade, then the stream
            if not self.server.gate.sleep(fault.seconds):
                self.close_connection = True  # stopped while waiting
                return
        elif fault is not None:  # a status fault refuses the upgrade, a drop hangs up, and so on
            self._answer(fault, path, b"")
            return
        refusal = self._refusal()
        if refusal is not None:
            self.send_reply(refusal)
            return
        # Open from the 101 on: a client that has read it may be dropped at once, and must be.
        with self.server.streams.follow() as peer:
            self._upgrade()
            _Stream(self.connection, self.server.streams, peer).run()

    def _refusal(self) -> Reply | None:
        if self.server.streams.refusing:
            return Reply.text(404, ROUTE_NOT_FOUND)
        if self.server.streams.update_required:
            return Reply.text(UPDATE_REQUIRED_STATUS, UPDATE_REQUIRED)
        key = self.headers.get("Sec-WebSocket-Key")
        if not key or self.headers.get("Sec-WebSocket-Version") != "13":
            self.close_connection = True
            return Reply.text(400, "Bad WebSocket upgrade: Sec-WebSocket-Key and version 13 are required")
        return None

    def _upgrade(self) -> None:
        key = self.headers["Sec-WebSocket-Key"].strip().encode()
        self.send_response(101, "Switching Protocols")
        self.send_header("Upgrade", "websocket")
        self.send_header("Connection", "Upgrade")
        self.send_header("Sec-WebSocket-Accept", generate_accept_token(key).decode())
        self.end_headers()
        # Whatever happens on the stream, this connection never carries HTTP again.
        self.close_connection = True


class _Stream:
    """One open stream, run on its connection's thread until either side ends it."""

    def __init__(self, sock: socket.socket, hub: StreamHub, peer: StreamPeer) -> None:
        self._sock = sock
        self._hub = hub
        self._peer = peer
        # A client sends nothing before it has read the 101, so nothing is left in the handler's buffer.
        self._ws = Connection(ConnectionType.SERVER)
        self._last: str | None = None
        self._hang_up_at: float | None = None  # set once our close frame is out

    def run(self) -> None:
        with selectors.DefaultSelector() as selector:
            self._send_message(self._hub.message(), force=True)
            selector.register(self._sock, selectors.EVENT_READ)
            selector.register(self._peer.wake_reader, selectors.EVENT_READ)
            with contextlib.suppress(OSError):  # reset, or cut by stop(): the stream is over either way
                while self._step(selector):
                    pass

    def _step(self, selector: selectors.BaseSelector) -> bool:
        """Wait for the client or a command; False when the stream is over."""
        timeout = None if self._hang_up_at is None else self._hang_up_at - time.monotonic()
        if timeout is not None and timeout <= 0:
            return False
        for key, _events in selector.select(timeout):
            if key.fileobj is self._peer.wake_reader:
                for command in self._peer.take():
                    if not self._obey(command):
                        return False
            else:
                data = self._sock.recv(_READ)
                if not data:
                    return False
                self._ws.receive_data(data)
                for event in self._ws.events():
                    if not self._on_event(event):
                        return False
        return True

    def _on_event(self, event: Event) -> bool:
        if isinstance(event, Ping) and not self._hub.silent:
            self._write(event.response())
            self._hub.pongs += 1
        elif isinstance(event, CloseConnection):
            if self._ws.state is ConnectionState.REMOTE_CLOSING:
                self._write(event.response())
            return False
        return True  # text or bytes from the client: Pieces OS ignores them

    def _obey(self, command: Command) -> bool:
        if command.kind is CommandKind.DROP:
            if command.reset:  # linger 0: close() sends an RST instead of a FIN
                self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self._sock.close()
            else:
                self._sock.shutdown(socket.SHUT_RDWR)
            return False
        if command.kind is CommandKind.CLOSE:
            if self._ws.state is ConnectionState.OPEN:
                self._write(CloseConnection(command.code, command.text))
                self._hang_up_at = time.monotonic() + _CLOSE_WAIT
            return True  # the client answers with its own close frame, which ends the stream
        if self._hub.silent:
            return True
        if command.kind is CommandKind.SEND:
            self._write(TextMessage(command.text))
        else:
            self._send_message(self._hub.message(), force=command.kind is CommandKind.PUSH)
        return True

    def _send_message(self, message: str, force: bool) -> None:
        if force or message != self._last:
            self._last = message
            self._write(TextMessage(message))

    def _write(self, event: Event) -> None:
        if self._ws.state in (ConnectionState.OPEN, ConnectionState.REMOTE_CLOSING):
            self._sock.sendall(self._ws.send(event))
