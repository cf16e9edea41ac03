"""PiecesClient: the async client of the Pieces OS allocation, user and well-known endpoints."""

from __future__ import annotations

import asyncio
import enum
import json
import ssl
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from functools import cache
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import quote, urlsplit

import httpx

from gui.i18n import Context

from .bodies import ACCEPT_ENCODING, read_capped
from .errors import (
    BadResponse,
    ClientClosed,
    ConnectionDropped,
    PiecesError,
    PiecesTimeout,
    PiecesUnreachable,
    error_for_status,
)
from .models import AllocationCloud, Allocations, ReturnedUserProfile, UserProfile
from .parsing import Answer, json_object, parse, server_text, text
from .snapshots import SnapshotReader

CLIENT = Context("CLIENT")

if TYPE_CHECKING:
    from .stream import StreamSettings, UserStream

__all__ = ["Health", "HealthState", "PiecesClient", "Timeouts"]


@dataclass(frozen=True)
class Timeouts:
    """How long each kind of call may take, in seconds: the whole exchange, not each read."""

    probe: float = 2.0
    snapshot: float = 15.0
    # Connect and reconnect wait for the cloud itself: 10-15 s is normal, minutes happen.
    cloud_action: float = 120.0
    # Disconnect, create, delete and the user snapshot.
    request: float = 30.0
    # Opening the connection, within any of the above: Pieces OS is local, so slow here means absent.
    connect: float = 3.0


class HealthState(enum.Enum):
    OK = "ok"
    MIGRATING = "migrating"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Health:
    """What /.well-known/health said: ``ok:<instance>`` or ``migrating`` (up, not ready)."""

    state: HealthState
    instance: str | None
    text: str

    @classmethod
    def parse(cls, text: str) -> Health:
        text = text.strip()
        head, _, instance = text.partition(":")
        if head == "ok":
            return cls(HealthState.OK, instance or None, text)
        if head == "migrating":
            return cls(HealthState.MIGRATING, None, text)
        return cls(HealthState.UNKNOWN, None, text)


@cache
def tls_context() -> ssl.SSLContext:
    """One TLS context for the process: building one reads the CA bundle (~40 ms) each time."""
    return httpx.create_ssl_context()


@cache
def _trusting_nothing() -> ssl.SSLContext:
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # verifies, with no certificate to trust


def tls_for(*urls: str) -> ssl.SSLContext:
    """The TLS context for a client of urls: the CA bundle's when one is https://.

    Pieces OS answers plain http://, and a client of plain http:// addresses makes no TLS
    connection (it follows no redirects): it gets a context that trusts no certificate, made at
    once, so that starting the app does not read the CA bundle for nothing.
    """
    if any(urlsplit(url).scheme == "https" for url in urls):
        return tls_context()
    return _trusting_nothing()


class PiecesClient:
    """One connection pool to one Pieces OS; every call returns models or raises a PiecesError."""

    def __init__(
        self,
        base_url: str,
        *,
        timeouts: Timeouts | None = None,
        max_body_bytes: int = 64 * 1024 * 1024,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._base_url = base_url.rstrip("/")
        self._timeouts = timeouts or Timeouts()
        self._max_body_bytes = max_body_bytes
        self._snapshots = SnapshotReader()
        # trust_env=False: the app talks to the Pieces OS it was given, never through a proxy
        # or with credentials taken from the environment.
        self._http = httpx.AsyncClient(
            base_url=self._base_url,
            transport=transport,
            trust_env=False,
            verify=tls_for(self._base_url),
            follow_redirects=False,
            headers={"Accept": "application/json, text/plain;q=0.9", "Accept-Encoding": ACCEPT_ENCODING},
        )

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def timeouts(self) -> Timeouts:
        return self._timeouts

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    # -- Allocations -------------------------------------------------------------------------

    async def snapshot(self) -> Allocations:
        """GET /allocations: every allocation Pieces OS knows."""
        #: What Pieces OS was asked, to fill "Pieces OS could not {what}": an infinitive phrase.
        what = CLIENT.tr("list the allocations")
        answer = await self._request("GET", "/allocations", what, self._timeouts.snapshot)
        return await self._snapshots.read(answer, what)

    async def allocation(self, allocation_id: str) -> AllocationCloud:
        """GET /allocation/{id}: one allocation; NotFound (410) when Pieces OS has no such cloud."""
        what = CLIENT.tr("show the allocation")
        path = "/allocation/" + quote(allocation_id, safe="")
        answer = await self._request("GET", path, what, self._timeouts.snapshot)
        return parse(AllocationCloud, json_object(answer, what), what)

    async def connect(self, user: UserProfile) -> AllocationCloud:
        """POST /allocations/connect with the signed-in user's profile, exactly as Pieces OS gave it."""
        what = CLIENT.tr("connect your cloud")
        answer = await self._request(
            "POST", "/allocations/connect", what, self._timeouts.cloud_action, user.to_wire()
        )
        return parse(AllocationCloud, json_object(answer, what), what)

    async def reconnect(self, cloud: AllocationCloud) -> AllocationCloud:
        what = CLIENT.tr("reconnect the cloud")
        answer = await self._request(
            "POST", "/allocations/reconnect", what, self._timeouts.cloud_action, cloud.to_wire()
        )
        return parse(AllocationCloud, json_object(answer, what), what)

    async def disconnect(self, cloud: AllocationCloud) -> str:
        """POST /allocations/disconnect; Pieces OS answers with the uuid of the cloud it disconnected."""
        what = CLIENT.tr("disconnect the cloud")
        answer = await self._request(
            "POST", "/allocations/disconnect", what, self._timeouts.request, cloud.to_wire()
        )
        return text(answer.body, what)

    async def create(self, cloud: AllocationCloud) -> AllocationCloud:
        """POST /allocations/create: a cloud-side operation that a local Pieces OS does not implement."""
        what = CLIENT.tr("create the allocation")
        answer = await self._request(
            "POST", "/allocations/create", what, self._timeouts.request, cloud.to_wire()
        )
        return parse(AllocationCloud, json_object(answer, what), what)

    async def delete(self, cloud: AllocationCloud) -> str:
        """POST /allocations/delete: a cloud-side operation that a local Pieces OS does not implement."""
        what = CLIENT.tr("delete the allocation")
        answer = await self._request(
            "POST", "/allocations/delete", what, self._timeouts.request, cloud.to_wire()
        )
        return text(answer.body, what)

    # -- User and well-known -----------------------------------------------------------------

    async def current_user(self) -> UserProfile | None:
        """GET /user: the signed-in user, or None when nobody is signed in."""
        what = CLIENT.tr("tell who is signed in")
        answer = await self._request("GET", "/user", what, self._timeouts.request)
        return parse(ReturnedUserProfile, json_object(answer, what), what).user

    def user_stream(self, settings: StreamSettings | None = None) -> AbstractAsyncContextManager[UserStream]:
        """WS /user/stream on this client's own connection pool: the user on every change (see stream.py)."""
        # Imported when first followed: the WebSocket libraries stay off the path to the first window.
        from .stream import StreamSettings, open_user_stream

        settings = settings or StreamSettings(connect=self._timeouts.connect)
        return open_user_stream(self._http, self._base_url, settings)

    async def health(self) -> Health:
        what = CLIENT.tr("report its health")
        answer = await self._request("GET", "/.well-known/health", what, self._timeouts.probe)
        return Health.parse(text(answer.body, what))

    async def version(self) -> str:
        what = CLIENT.tr("report its version")
        answer = await self._request("GET", "/.well-known/version", what, self._timeouts.probe)
        return text(answer.body, what)

    # -- The choke point ---------------------------------------------------------------------

    async def _request(
        self, method: str, path: str, what: str, seconds: float, payload: dict[str, Any] | None = None
    ) -> Answer:
        """Send one request and return its answer; every transport and HTTP failure becomes a PiecesError.

        `seconds` bounds the whole exchange (connecting, the headers and the whole body): httpx's
        own timeouts bound each read, and a server that drips its answer never trips them.
        """
        if self._http.is_closed:
            raise ClientClosed(what)
        content = None if payload is None else json.dumps(payload, separators=(",", ":")).encode()
        headers = {"Content-Type": "application/json"} if content is not None else None
        limits = httpx.Timeout(seconds, connect=min(seconds, self._timeouts.connect))
        try:
            async with asyncio.timeout(seconds):
                async with self._http.stream(
                    method, path, content=content, headers=headers, timeout=limits
                ) as r:
                    if 300 <= r.status_code < 400:
                        # Redirects would take the app to an address it was not given: refuse them.
                        raise BadResponse(
                            what,
                            CLIENT.tr(
                                "it redirected elsewhere (HTTP {status}), which this app refuses"
                            ).format(status=r.status_code),
                        )
                    body = await read_capped(r, self._max_body_bytes, what)
        except TimeoutError:
            raise PiecesTimeout(CLIENT.tr("when asked to {what}").format(what=what), seconds) from None
        except httpx.TimeoutException as exc:
            waited = limits.connect if isinstance(exc, httpx.ConnectTimeout) else seconds
            raise PiecesTimeout(
                CLIENT.tr("when asked to {what}").format(what=what), waited or seconds
            ) from None
        except (httpx.HTTPError, RuntimeError) as exc:
            error = self._translated(exc, what)
            if error is None:
                raise
            raise error from None
        if r.status_code >= 400 or r.status_code < 200:
            raise error_for_status(r.status_code, server_text(body), what)
        return Answer(body, r.headers.get("content-type", ""))

    def _translated(self, exc: Exception, what: str) -> PiecesError | None:
        """The PiecesError for a transport failure; a RuntimeError that is not about closing stays one."""
        address = self._base_url
        if self._http.is_closed:  # closed before the request, or under it while in flight
            return ClientClosed(what)
        if isinstance(exc, httpx.ConnectError):
            return PiecesUnreachable(address, _reason(exc))
        if isinstance(exc, (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)):
            return ConnectionDropped(address, what)
        if isinstance(exc, httpx.TransportError):
            return PiecesUnreachable(address, _reason(exc))
        if isinstance(exc, httpx.HTTPError):
            return BadResponse(
                what, CLIENT.tr("the exchange failed ({error})").format(error=type(exc).__name__)
            )
        return None


def _reason(exc: Exception) -> str:
    text = str(exc).strip()
    return text or type(exc).__name__
