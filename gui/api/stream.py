"""Following WS /user/stream: the signed-in user on every change, and every failure as a PiecesError."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Self

import anyio
import httpx
from httpx_ws import (
    AsyncWebSocketSession,
    HTTPXWSException,
    WebSocketDisconnect,
    WebSocketUpgradeError,
    aconnect_ws,
)
from wsproto.events import BytesMessage, Event, TextMessage
from wsproto.utilities import LocalProtocolError

from gui.i18n import QT_TRANSLATE_NOOP, Context

from .errors import (
    BadResponse,
    ClientClosed,
    PiecesError,
    PiecesTimeout,
    PiecesUnreachable,
    ResponseTooLarge,
    StreamLost,
    StreamUnsupported,
    error_for_status,
)
from .models import UserProfile
from .parsing import parse

__all__ = ["STREAM_PATH", "StreamSettings", "UserStream", "open_user_stream"]

STREAM = Context("STREAM")
STREAM_PATH = "/user/stream"
WHAT = QT_TRANSLATE_NOOP("STREAM", "report live status")


def _what() -> str:
    """What the stream was asked, in the user's language (fills "Pieces OS could not {what}")."""
    return STREAM.tr(WHAT)


@dataclass(frozen=True)
class StreamSettings:
    """How the stream is opened and watched, in seconds and bytes."""

    # A silent peer (Pieces OS hung, or a connection that died while the machine slept) is noticed
    # only by keepalive pings: 10 s + 10 s notices it within 20 s, while a busy Pieces OS gets a
    # full 10 s to answer. One small frame every 10 s on loopback costs nothing.
    ping_interval: float = 10.0
    ping_timeout: float = 10.0
    # Opening it: Pieces OS is local and answers an upgrade at once, so slow here means stuck.
    handshake: float = 10.0
    connect: float = 3.0
    # A profile is a few KiB; a message near this size is not a profile.
    max_message_bytes: int = 1024 * 1024


class UserStream:
    """An open stream. Each message is the signed-in user, or None when nobody is signed in.

    It never ends by itself: iterating raises a PiecesError when the stream fails.
    """

    def __init__(
        self, ws: AsyncWebSocketSession, http: httpx.AsyncClient, address: str, settings: StreamSettings
    ) -> None:
        self._ws = ws
        self._http = http
        self._address = address
        self._settings = settings
        self._failure: PiecesError | None = None
        self._pong: anyio.Event | None = None  # the answer awaited to the ping in flight

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> UserProfile | None:
        if self._failure is not None:  # the session is over: waiting on it would wait forever
            raise self._failure
        try:
            while True:
                event = await self._receive()
                if isinstance(event, TextMessage | BytesMessage):
                    return self._read(event)
        except (HTTPXWSException, LocalProtocolError) as exc:
            self._failure = translate(exc, self._http, self._address, self._settings)
        except PiecesError as exc:
            self._failure = exc
        raise self._failure

    async def _receive(self) -> Event:
        """The next event, pinging while the stream is quiet; StreamLost when a ping goes unanswered.

        Our own keepalive rather than httpx-ws's: its timeout comes out as the same error as a
        dropped connection, and a user deserves to know which of the two happened.
        """
        while True:
            waiting = self._pong is not None
            seconds = self._settings.ping_timeout if waiting else self._settings.ping_interval
            try:
                event = await self._ws.receive(timeout=seconds)
            except TimeoutError:
                if self._pong is None:
                    self._pong = await self._ws.ping()
                elif self._pong.is_set():
                    self._pong = None
                else:
                    raise StreamLost(
                        self._address,
                        STREAM.tr("Pieces OS did not answer a ping within {seconds} s").format(
                            seconds=f"{self._settings.ping_timeout:g}"
                        ),
                    ) from None
                continue
            self._pong = None  # anything it sends shows it is alive
            return event

    def _read(self, event: TextMessage | BytesMessage) -> UserProfile | None:
        if isinstance(event, BytesMessage):
            raise BadResponse(_what(), STREAM.tr("a binary message came where text was expected"))
        limit = self._settings.max_message_bytes
        if len(event.data) > limit or len(event.data.encode()) > limit:
            raise ResponseTooLarge(_what(), limit)
        try:
            value = json.loads(event.data)
        except ValueError:
            return None  # not JSON: by contract, nobody is signed in
        if value is None:
            return None  # JSON null: the official SDK reads it as nobody signed in too
        if not isinstance(value, dict):
            raise BadResponse(
                _what(), STREAM.tr("expected a JSON object, got {kind}").format(kind=type(value).__name__)
            )
        return parse(UserProfile, value, _what())


def translate(
    exc: BaseException, http: httpx.AsyncClient, address: str, settings: StreamSettings
) -> PiecesError:
    """The PiecesError for anything opening or following the stream raised."""
    if isinstance(exc, PiecesError):
        return exc
    if http.is_closed:  # closed before the stream opened, or under it: not Pieces OS's doing
        return ClientClosed(_what())
    if isinstance(exc, WebSocketUpgradeError):
        status = exc.response.status_code
        if status == 404:
            return StreamUnsupported(status, "", _what())
        if 300 <= status < 400:
            where = exc.response.headers.get("location")
            said = STREAM.tr("it redirected to {url}") if where else STREAM.tr("it redirected elsewhere")
            return BadResponse(_what(), said.format(url=where))
        if status < 400:
            said = STREAM.tr("it answered HTTP {status} instead of opening the stream")
            return BadResponse(_what(), said.format(status=status))
        # The body of a refused upgrade cannot be read any more: the status says enough.
        return error_for_status(status, "", _what())
    if isinstance(exc, WebSocketDisconnect):
        said = (
            STREAM.tr("Pieces OS closed it (code {code}: {reason})")
            if exc.reason
            else STREAM.tr("Pieces OS closed it (code {code})")
        )
        return StreamLost(address, said.format(code=exc.code, reason=exc.reason))
    if isinstance(exc, HTTPXWSException | LocalProtocolError):  # the latter: a ping as it closed
        return StreamLost(address, STREAM.tr("the connection broke off"))
    if isinstance(exc, httpx.TimeoutException):
        return PiecesTimeout(STREAM.tr("when asked to {what}").format(what=_what()), settings.handshake)
    if isinstance(exc, httpx.ConnectError):
        return PiecesUnreachable(address, _reason(exc))
    if isinstance(exc, httpx.TransportError):
        said = STREAM.tr("the connection broke off before the stream opened ({reason})")
        return StreamLost(address, said.format(reason=_reason(exc)))
    return StreamLost(address, STREAM.tr("it failed unexpectedly ({reason})").format(reason=_reason(exc)))


def _reason(exc: BaseException) -> str:
    return str(exc).strip() or type(exc).__name__


def _leaves(group: BaseExceptionGroup[BaseException]) -> list[BaseException]:
    found: list[BaseException] = []
    for exc in group.exceptions:
        found.extend(_leaves(exc) if isinstance(exc, BaseExceptionGroup) else [exc])
    return found


@asynccontextmanager
async def open_user_stream(
    http: httpx.AsyncClient, address: str, settings: StreamSettings
) -> AsyncIterator[UserStream]:
    """Open WS /user/stream on `http` (relative to its base URL); iterate what it yields.

    Every failure, opening or later, comes out as one PiecesError, never an ExceptionGroup
    (httpx-ws runs the stream in a task group, which wraps whatever leaves it).
    """
    if http.is_closed:
        raise ClientClosed(_what())
    ws: AsyncWebSocketSession
    try:
        async with aconnect_ws(
            STREAM_PATH,
            http,
            keepalive_ping_interval_seconds=None,  # UserStream pings by itself
            keepalive_ping_timeout_seconds=None,
            timeout=httpx.Timeout(settings.handshake, connect=min(settings.handshake, settings.connect)),
        ) as ws:
            yield UserStream(ws, http, address, settings)
    except BaseExceptionGroup as group:
        leaves = _leaves(group)
        chosen = next((e for e in leaves if isinstance(e, PiecesError)), leaves[0])
        if isinstance(chosen, HTTPXWSException | httpx.TransportError):
            raise translate(chosen, http, address, settings) from None
        raise chosen from None  # a PiecesError from iterating, or the caller's own error
    except (HTTPXWSException, httpx.TransportError) as exc:
        raise translate(exc, http, address, settings) from None
    except RuntimeError:  # httpx's "the client has been closed", when it was closed meanwhile
        if http.is_closed:
            raise ClientClosed(_what()) from None
        raise
