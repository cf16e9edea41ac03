"""One running app per user and settings folder: a second launch asks the first to show its window."""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import re
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

_log = logging.getLogger(__name__)

# A request is one JSON line; anything longer is not from this app.
_MAX_REQUEST = 64 * 1024


def instance_key(app_id: str, config_dir: Path, user: str | None = None) -> str:
    """A short name for the socket: macOS allows 104 bytes for its path, and its temp folder is long."""
    user = user if user is not None else getpass.getuser()
    digest = hashlib.sha256(f"{user}\0{config_dir.absolute()}".encode()).hexdigest()[:16]
    prefix = re.sub(r"[^A-Za-z0-9]+", "-", app_id)[-16:].strip("-")
    return f"{prefix}-{digest}"


class SingleInstance(QObject):
    """claim() makes this process the one instance, or hands its arguments to the one already running.

    A lock file decides who is first, so two launches at the same moment cannot both listen; the
    lock of a process that crashed is stale (its pid is gone) and is taken over, and so is the
    socket file it left behind. The first instance emits `activated` with the arguments of each
    later launch: show the window then.
    """

    #: The arguments of a later launch (a list of str), which wants the window shown.
    activated = Signal(list)

    def __init__(
        self,
        key: str,
        *,
        lock_dir: Path | None = None,
        answer_timeout_ms: int = 3000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = key
        folder = lock_dir or Path(QDir.tempPath())
        # On a new account the settings folder does not exist yet; without it no lock can be taken.
        folder.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(folder / f"{key}.lock"))
        # Only a dead owner makes the lock stale: the app may run for weeks.
        self._lock.setStaleLockTime(0)
        self._answer_timeout_ms = answer_timeout_ms
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    @property
    def listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def claim(self, args: Sequence[str] = (), *, listen: bool = True) -> bool:
        """True: this is the one instance, now listening. False: the running one was asked to show itself.

        With listen=False the first instance listens only when listen() is called: the lock already
        makes it the one, and a later launch keeps knocking for a few seconds (answer_timeout_ms),
        so the network module can be loaded after the window is up.
        """
        if self._lock.tryLock(0):
            if listen:
                self.listen()
            return True
        if self._tell_running(args):
            return False
        # The owner holds the lock but never answers: a second window beats no window at all.
        _log.warning("Another instance holds the lock but does not answer; starting anyway")
        return True

    def release(self) -> None:
        """Stop listening and let the next launch be the first (on quit)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def listen(self) -> None:
        """Hear later launches (once, while this instance holds the lock)."""
        if self._server is not None or not self._lock.isLocked():
            return
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        # Only this user may connect (and tell the app to show itself).
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # Holding the lock, any socket by this name was left by a crash: remove it.
        QLocalServer.removeServer(self.key)
        if not server.listen(self.key):
            _log.warning("Cannot listen for later launches: %s", server.errorString())
            return
        server.newConnection.connect(self._accept)
        self._server = server

    def _tell_running(self, args: Sequence[str]) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        request = json.dumps({"command": "show", "args": list(args)}).encode() + b"\n"
        deadline = time.monotonic() + self._answer_timeout_ms / 1000
        # The first instance may have taken the lock an instant ago and not be listening yet.
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.key)
            if socket.waitForConnected(200):
                socket.write(request)
                sent = socket.waitForBytesWritten(1000)
                socket.disconnectFromServer()
                return sent
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)

    def _accept(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._finish(s))
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        data = self._buffers[socket] + bytes(socket.readAll().data())
        if len(data) > _MAX_REQUEST:
            self._finish(socket)
            return
        self._buffers[socket] = data
        if b"\n" in data:
            self._finish(socket)

    def _finish(self, socket: QLocalSocket) -> None:
        data = self._buffers.pop(socket, None)
        if data is None:
            return
        data += bytes(socket.readAll().data())
        socket.disconnectFromServer()
        socket.deleteLater()
        line = data.split(b"\n", 1)[0]
        try:
            request = json.loads(line)
        except ValueError:
            _log.info("Ignored a request that is not JSON from a later launch")
            return
        if not isinstance(request, dict) or request.get("command") != "show":
            return
        args = request.get("args")
        self.activated.emit([a for a in args if isinstance(a, str)] if isinstance(args, list) else [])
