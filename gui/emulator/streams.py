"""The open WS /user/stream connections, what they send, and the knobs a test turns on them."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

from .knobs import Knobs
from .state import EmulatorState

__all__ = ["SIGNED_OUT_MESSAGE", "Command", "CommandKind", "StreamHub", "StreamPeer"]

# Non-JSON by contract: every official client reads a message that fails to parse as JSON as
# "nobody is signed in". Pieces OS has nothing to serialize then, so it sends an empty text.
SIGNED_OUT_MESSAGE = ""


class CommandKind(Enum):
    UPDATE = "update"  # the state changed: send the message if it differs from the last one sent
    PUSH = "push"  # send the current message even if unchanged
    SEND = "send"  # send this text as it is
    DROP = "drop"  # hang up without a close frame (FIN, or RST when reset)
    CLOSE = "close"  # send a close frame, then hang up once the client answers it


@dataclass(frozen=True, slots=True)
class Command:
    kind: CommandKind
    text: str = ""
    code: int = 1000
    reset: bool = False


class StreamPeer:
    """One open stream: commands for its thread, and a socket pair that wakes that thread's select()."""

    def __init__(self) -> None:
        self._commands: deque[Command] = deque()
        self.wake_reader, self._wake_writer = socket.socketpair()
        self.wake_reader.setblocking(False)
        self._wake_writer.setblocking(False)

    def tell(self, command: Command) -> None:
        """Queue a command; never blocks (it runs under the state's lock)."""
        self._commands.append(command)
        with contextlib.suppress(OSError):  # full: a wake-up is pending already; closed: it ended
            self._wake_writer.send(b"\0")

    def take(self) -> list[Command]:
        """Every queued command, oldest first; drains the wake-ups too."""
        with contextlib.suppress(OSError):
            while self.wake_reader.recv(4096):
                pass
        commands = []
        while self._commands:
            commands.append(self._commands.popleft())
        return commands

    def close(self) -> None:
        self.wake_reader.close()
        self._wake_writer.close()


class StreamHub:
    """Every open WS /user/stream, and what each one says.

    On connect a stream sends the current message: the user's full UserProfile JSON (`allocation`
    mirroring their own cloud, as GET /user shows it), or SIGNED_OUT_MESSAGE when nobody is
    signed in. Then it sends the message again whenever it changed. Knobs are thread-safe.
    """

    def __init__(self, state: EmulatorState, knobs: Knobs) -> None:
        self._state = state
        self._knobs = knobs
        self._cond = threading.Condition()
        self._peers: list[StreamPeer] = []
        self.refusing = False
        self.silent = False
        self.pongs = 0  # pings answered so far, on all streams: a test sees keepalive at work

    @property
    def update_required(self) -> bool:
        return self._knobs.update_required

    def message(self) -> str:
        """What a stream says now: the profile JSON, or the non-JSON signed-out message."""
        if not self._knobs.signed_in:
            return SIGNED_OUT_MESSAGE
        return json.dumps(self._state.user_profile(), separators=(",", ":"))

    @contextlib.contextmanager
    def follow(self) -> Iterator[StreamPeer]:
        """Register one open stream for as long as its connection lasts."""
        peer = StreamPeer()
        with self._cond:
            self._peers.append(peer)
            self._cond.notify_all()
        try:
            yield peer
        finally:
            with self._cond:
                self._peers.remove(peer)
                self._cond.notify_all()
            peer.close()

    def _tell_all(self, command: Command) -> None:
        with self._cond:
            for peer in self._peers:
                peer.tell(command)

    # -- knobs ------------------------------------------------------------------------------------

    def notify(self) -> None:
        """Something changed: each stream sends the message if it differs from its last one."""
        self._tell_all(Command(CommandKind.UPDATE))

    def push(self) -> None:
        """Send the current message on every stream now, changed or not."""
        self._tell_all(Command(CommandKind.PUSH))

    def send_text(self, text: str) -> None:
        """Send `text` as one text message on every stream (e.g. JSON that is not a profile)."""
        self._tell_all(Command(CommandKind.SEND, text=text))

    def drop(self, reset: bool = False) -> None:
        """Hang up every stream without a close frame: a FIN, or an RST when `reset`."""
        self._tell_all(Command(CommandKind.DROP, reset=reset))

    def close(self, code: int = 1001, reason: str = "Pieces OS is shutting down") -> None:
        """Send every stream a close frame with `code` and `reason`."""
        self._tell_all(Command(CommandKind.CLOSE, text=reason, code=code))

    def refuse(self, refusing: bool = True) -> None:
        """Answer new upgrades 404 "Route not found", as a Pieces OS without the stream does."""
        self.refusing = refusing

    def silence(self, silent: bool = True) -> None:
        """Open streams stop answering pings and sending anything: a hung Pieces OS."""
        self.silent = silent

    @property
    def count(self) -> int:
        """How many streams are open now."""
        with self._cond:
            return len(self._peers)

    def wait_for(self, count: int, timeout: float = 10.0) -> bool:
        """Block until exactly `count` streams are open; False on timeout."""
        with self._cond:
            return self._cond.wait_for(lambda: len(self._peers) == count, timeout)
