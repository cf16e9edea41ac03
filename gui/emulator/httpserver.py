"""The threaded HTTP server: one thread per connection, every open connection tracked so stop() is prompt."""

from __future__ import annotations

import contextlib
import logging
import selectors
import socket
import socketserver
import sys
import threading
import time
from http.server import ThreadingHTTPServer
from typing import Any

from .faultbook import FaultBook
from .gate import ConnectGate
from .recorder import RequestLog
from .routes import Router
from .streams import StreamHub
from .websocket import StreamingHandler

__all__ = ["EmulatorHTTPServer"]

logger = logging.getLogger(__name__)


class EmulatorHTTPServer(ThreadingHTTPServer):
    """Serves until stop_serving(); a wake-up socket ends the accept loop at once, not at a next poll."""

    daemon_threads = True
    # handle_request() waits this long only if a ready connection vanished before accept().
    timeout = 0.05
    # The default backlog of 5 stalls a burst of connects (streams reconnecting at once) by ~1 s.
    request_queue_size = 128

    def __init__(
        self,
        address: tuple[str, int],
        router: Router,
        faults: FaultBook,
        requests: RequestLog,
        gate: ConnectGate,
        streams: StreamHub,
    ) -> None:
        self.router = router
        self.streams = streams
        self.faults = faults
        self.requests = requests
        self.gate = gate
        self._lock = threading.Lock()
        self._connections: dict[Any, threading.Thread] = {}
        self._loop: threading.Thread | None = None
        self._wake_reader, self._wake_writer = socket.socketpair()
        try:
            super().__init__(address, StreamingHandler)
        except BaseException:  # e.g. the port is taken: close the wake-up pair too
            self._wake_reader.close()
            self._wake_writer.close()
            raise

    def serve_in_background(self) -> None:
        self._loop = threading.Thread(
            target=self._accept_loop, name=f"pieces-os-emulator :{self.server_port}", daemon=True
        )
        self._loop.start()

    def _accept_loop(self) -> None:
        # serve_forever() notices shutdown() only at its next poll: every stop, so every test
        # using an emulator, would pay that wait.
        with selectors.DefaultSelector() as selector:
            selector.register(self, selectors.EVENT_READ)
            selector.register(self._wake_reader, selectors.EVENT_READ)
            while True:
                ready = [key.fileobj for key, _events in selector.select()]
                if self._wake_reader in ready:
                    return
                self.handle_request()

    def stop_serving(self, join_timeout: float) -> None:
        """Stop accepting, cut open connections, close the socket. The gate must be stopped first."""
        if self._loop is not None:
            self._wake_writer.send(b"\0")
            self._loop.join()
        self.close_connections(join_timeout)
        self.server_close()

    def server_close(self) -> None:
        super().server_close()
        self._wake_reader.close()
        self._wake_writer.close()

    def server_bind(self) -> None:
        # HTTPServer.server_bind asks DNS for the host's FQDN, which can stall for seconds offline.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    def process_request(self, request: Any, client_address: Any) -> None:
        """Like ThreadingMixIn, but the connection is registered before its thread starts."""
        thread = threading.Thread(
            target=self.process_request_thread,
            args=(request, client_address),
            name=f"pieces-os-emulator {client_address}",
            daemon=True,
        )
        with self._lock:
            self._connections[request] = thread
        thread.start()

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._lock:
                self._connections.pop(request, None)

    def close_connections(self, timeout: float) -> None:
        """Cut every open connection (idle keep-alives included) and wait for their threads."""
        with self._lock:
            connections = list(self._connections.items())
        for sock, _thread in connections:
            with contextlib.suppress(OSError):  # the client closed it already
                sock.shutdown(socket.SHUT_RDWR)
        deadline = time.monotonic() + timeout
        for _sock, thread in connections:
            thread.join(max(0.0, deadline - time.monotonic()))
            if thread.is_alive():
                logger.warning("Pieces OS emulator: %s did not end within %.1f s", thread.name, timeout)

    def handle_error(self, request: Any, client_address: Any) -> None:
        error = sys.exception()
        if isinstance(error, OSError):  # the client hung up or reset: normal life of a server
            logger.debug("Pieces OS emulator: connection %s ended: %r", client_address, error)
        else:
            logger.exception("Pieces OS emulator: error while serving %s", client_address)
