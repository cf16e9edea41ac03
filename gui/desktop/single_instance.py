"""One running app per user and settings folder: a second launch asks the first to show its window."""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import re
import stat
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

_log = logging.getLogger(__name__)

# A request is one JSON line; anything longer is not from this app.
_MAX_REQUEST = 64 * 1024
# What a desktop hands a launch so that the window it opens may take the focus and end the launch
# feedback (Wayland's xdg-activation token, X11's startup id): a later launch passes them on.
LAUNCH_VARIABLES = ("XDG_ACTIVATION_TOKEN", "DESKTOP_STARTUP_ID")
# A desktop's token is a short id; anything longer is not one.
_MAX_TOKEN = 512


def instance_key(app_id: str, config_dir: Path, user: str | None = None) -> str:
    """A short name for the socket: macOS allows 104 bytes for its path, and its temp folder is long."""
    user = user if user is not None else getpass.getuser()
    digest = hashlib.sha256(f"{user}\0{config_dir.absolute()}".encode()).hexdigest()[:16]
    prefix = re.sub(r"[^A-Za-z0-9]+", "-", app_id)[-16:].strip("-")
    return f"{prefix}-{digest}"


def socket_folder(fallback: Path) -> Path | None:
    """A folder only this user can write in, for the socket, so that no other user can take its name first.

    $XDG_RUNTIME_DIR where the session has one, the temporary folder where it is private already
    (macOS gives each user one), else a folder of our own in it, made 0700 and checked to be ours;
    failing all, fallback (the settings folder, which only this user can write in). None on Windows,
    where the name is a pipe's, not a file's.
    """
    if os.name == "nt":
        return None
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and Path(runtime).is_absolute() and _private(Path(runtime)):
        return Path(runtime)
    temp = Path(QDir.tempPath())
    if _private(temp):
        return temp
    own = temp / f"pieces-allocations-{os.getuid()}"
    try:
        own.mkdir(mode=0o700)
    except FileExistsError:
        pass  # made by an earlier run, or by someone else: checked below
    except OSError as exc:
        _log.info("Cannot make a private folder for the socket (%s); using %s", exc, fallback)
        return fallback
    if _private(own):
        return own
    _log.warning("%s is not a private folder of this user; the socket goes to %s", own, fallback)
    return fallback


def _private(folder: Path) -> bool:
    """A real folder (not a link), owned by this user, that nobody else may enter or write in."""
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077


def launch_tokens(environment: Mapping[str, str] | None = None) -> dict[str, str]:
    """The desktop's tokens of this launch (see LAUNCH_VARIABLES), as the running copy needs them."""
    source = os.environ if environment is None else environment
    return {name: source[name] for name in LAUNCH_VARIABLES if source.get(name)}


class SingleInstance(QObject):
    """claim() makes this process the one instance, or hands its arguments to the one already running.

    A lock file decides who is first, so two launches at the same moment cannot both listen; the
    lock of a process that crashed is stale (its pid is gone) and is taken over, and so is the
    socket file it left behind. The first instance emits `activated` with the arguments of each
    later launch and its desktop tokens: show the window then. The socket lives in a folder only
    this user can write in (socket_folder()).
    """

    # A later launch wants the window shown: its arguments (list of str) and its desktop's tokens
    # (dict of str, named as in LAUNCH_VARIABLES), which let the window take the focus.
    activated = Signal(list, dict)

    def __init__(
        self,
        key: str,
        *,
        lock_dir: Path | None = None,
        socket_dir: Path | None = None,
        answer_timeout_ms: int = 3000,
        parent: QObject | None = None,
    ) -> None:
        """socket_dir: where the socket goes (default: socket_folder()); lock_dir: the lock file's folder."""
        super().__init__(parent)
        self.key = key
        folder = lock_dir or Path(QDir.tempPath())
        # On a new account the settings folder does not exist yet; without it no lock can be taken.
        folder.mkdir(parents=True, exist_ok=True)
        where = socket_dir if socket_dir is not None else socket_folder(folder)
        # What Qt is given to listen on and to connect to: a path on Unix, a pipe's name on Windows.
        self.server_name = str(where / key) if where is not None else key
        self._lock = QLockFile(str(folder / f"{key}.lock"))
        # Only a dead owner makes the lock stale: the app may run for weeks.
        self._lock.setStaleLockTime(0)
        self._answer_timeout_ms = answer_timeout_ms
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    @property
    def listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def claim(
        self, args: Sequence[str] = (), *, listen: bool = True, tokens: Mapping[str, str] | None = None
    ) -> bool:
        """True: this is the one instance, now listening. False: the running one was asked to show itself.

        With listen=False the first instance listens only when listen() is called: the lock already
        makes it the one, and a later launch keeps knocking for a few seconds (answer_timeout_ms),
        so the network module can be loaded after the window is up. tokens: this launch's desktop
        tokens, handed over with the arguments (default: launch_tokens()).
        """
        if self._lock.tryLock(0):
            if listen:
                self.listen()
            return True
        if self._tell_running(args, launch_tokens() if tokens is None else tokens):
            return False
        # The owner holds the lock but never answers: a second window beats no window at all.
        _log.warning("Another instance holds the lock but does not answer; starting anyway")
        return True

    def release(self) -> None:
        """Stop listening, remove the socket and let the next launch be the first (first thing on quit)."""
        listened = self._server is not None
        if self._server is not None:
            self._server.close()  # removes the socket file too
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()
        if listened:
            _log.info("No longer listening for later launches")

    def listen(self) -> None:
        """Hear later launches (once, while this instance holds the lock)."""
        if self._server is not None or not self._lock.isLocked():
            return
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        # Only this user may connect (and tell the app to show itself).
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # Holding the lock, any socket by this name was left by a crash: remove it.
        QLocalServer.removeServer(self.server_name)
        if not server.listen(self.server_name):
            _log.warning("Cannot listen for later launches: %s", server.errorString())
            return
        server.newConnection.connect(self._accept)
        self._server = server
        _log.info("Listening for later launches")

    def _tell_running(self, args: Sequence[str], tokens: Mapping[str, str]) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        request = json.dumps({"command": "show", "args": list(args), "tokens": dict(tokens)}).encode() + b"\n"
        deadline = time.monotonic() + self._answer_timeout_ms / 1000
        # The first instance may have taken the lock an instant ago and not be listening yet.
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.server_name)
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
        tokens = request.get("tokens")
        self.activated.emit(
            [a for a in args if isinstance(a, str)] if isinstance(args, list) else [],
            _valid_tokens(tokens) if isinstance(tokens, dict) else {},
        )


def _valid_tokens(tokens: dict[object, object]) -> dict[str, str]:
    """Only the desktop's tokens, each a short line of text: the rest of a request is not trusted."""
    return {
        name: value
        for name, value in tokens.items()
        if name in LAUNCH_VARIABLES
        and isinstance(value, str)
        and 0 < len(value) <= _MAX_TOKEN
        and value.isprintable()
    }
