"""PiecesConnection: where Pieces OS is and the one client that talks to it, with its health and version."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from PySide6.QtCore import QObject, Signal

from gui.api import Discovered, Health, PiecesClient, PiecesError
from gui.i18n import Context
from gui.services.store import StateStore
from gui.state import Connection

from .refresh import both

CONNECTION = Context("CONNECTION")

_log = logging.getLogger(__name__)

Discoverer = Callable[[], Awaitable[Discovered]]


class PiecesConnection(QObject):
    """Owns discovery, the client's lifetime, and what Pieces OS says about itself.

    Every source and operation borrows the same client, so all I/O shares one connection pool.
    A client still lent out (a connect that takes a minute) is closed only once it is given back,
    never under a request in flight, even when the address changed meanwhile.
    """

    # The client was replaced (another address, or Pieces OS found again): followers reconnect.
    client_changed = Signal()

    def __init__(
        self,
        store: StateStore,
        discoverer: Discoverer,
        client_factory: Callable[[str], PiecesClient] = PiecesClient,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._discoverer = discoverer
        self._factory = client_factory
        self._client: PiecesClient | None = None
        self._connection: Connection | None = None
        self._leases: Counter[PiecesClient] = Counter()
        self._retired: set[PiecesClient] = set()

    @property
    def client(self) -> PiecesClient | None:
        return self._client

    def require(self) -> PiecesClient:
        """The current client, or a PiecesError saying so while no Pieces OS has been found yet."""
        if self._client is None:
            raise PiecesError(
                CONNECTION.tr("Pieces OS has not been found yet."),
                CONNECTION.tr(
                    "Wait for the window to find it, or give its address with File > Change Pieces OS "
                    "address."
                ),
            )
        return self._client

    @asynccontextmanager
    async def lease(self) -> AsyncIterator[PiecesClient]:
        """The current client, kept open until the block ends whatever happens to the address meanwhile."""
        client = self.require()
        self._leases[client] += 1
        try:
            yield client
        finally:
            self._leases[client] -= 1
            if self._leases[client] <= 0:
                del self._leases[client]
                if client in self._retired:
                    self._retired.discard(client)
                    await client.aclose()

    def rediscover(self, discoverer: Discoverer | None = None) -> None:
        """Forget where Pieces OS was and look again (optionally another way) on the next ensure()."""
        if discoverer is not None:
            self._discoverer = discoverer
        self._connection = None
        self._store.forget()

    def lost(self) -> None:
        """Pieces OS stopped answering: it may have restarted on another port, so look again next time."""
        self._connection = None

    async def ensure(self) -> PiecesClient:
        """The client for Pieces OS, looking for it first if it is not known (or was lost)."""
        if self._connection is None or self._client is None:
            found = await self._discoverer()
            await self._use(found.base_url)
            _log.info("Using Pieces OS at %s (%s)", found.base_url, found.source.value)
            self._connection = Connection(found.base_url, found.source, found.detail, None, found.health)
            self._store.connected(self._connection)
        return self.require()

    async def check_health(self) -> Health:
        """Ask Pieces OS how it is; its version is read again whenever its health changes (an update)."""
        async with self.lease() as client:
            known = self._connection
            if known is not None and known.version is None:
                # The first check asks both at once: one round trip less before the first list.
                health, version = await both(client.health(), client.version())
            else:
                health, version = await client.health(), None
            connection = self._connection
            if connection is None:
                raise PiecesError(CONNECTION.tr("Pieces OS has not been found yet."))
            if version is None and (connection.version is None or connection.health != health):
                version = await client.version()
            if version is not None:
                connection = Connection(
                    connection.base_url, connection.source, connection.detail, version, health
                )
                if self._connection is not None:
                    self._connection = connection
                    self._store.connected(connection)
            return health

    @property
    def connection(self) -> Connection | None:
        return self._connection

    async def _use(self, base_url: str) -> None:
        if self._client is not None and self._client.base_url == base_url.rstrip("/"):
            return
        old, self._client = self._client, self._factory(base_url)
        self.client_changed.emit()
        if old is None:
            return
        if self._leases[old]:
            self._retired.add(old)  # closed when its last borrower gives it back
        else:
            await old.aclose()

    async def aclose(self) -> None:
        """Close every client, lent or not: on quit, whatever borrowed them has been cancelled."""
        clients = {*self._retired, *self._leases}
        if self._client is not None:
            clients.add(self._client)
        self._client, self._connection = None, None
        self._retired.clear()
        for client in clients:
            await client.aclose()
