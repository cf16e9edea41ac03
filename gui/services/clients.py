"""ClientHolder: the app's one PiecesClient, replaced (and the old one closed) when the address changes."""

from __future__ import annotations

from collections.abc import Callable

from gui.api import PiecesClient, PiecesError


class ClientHolder:
    """Hands every service the same client, so all I/O shares one connection pool."""

    def __init__(self, factory: Callable[[str], PiecesClient]) -> None:
        self._factory = factory
        self._client: PiecesClient | None = None

    @property
    def client(self) -> PiecesClient | None:
        return self._client

    def require(self) -> PiecesClient:
        """The current client, or a PiecesError saying so while no Pieces OS has been found yet."""
        if self._client is None:
            raise PiecesError(
                "Pieces OS has not been found yet.",
                "Wait for the window to find it, or give its address with File > Change Pieces OS address.",
            )
        return self._client

    async def use(self, base_url: str) -> PiecesClient:
        """The client for base_url, creating it (and closing the previous one) if the address changed."""
        if self._client is not None and self._client.base_url == base_url.rstrip("/"):
            return self._client
        old, self._client = self._client, self._factory(base_url)
        if old is not None:
            await old.aclose()
        return self._client

    async def aclose(self) -> None:
        if self._client is not None:
            client, self._client = self._client, None
            await client.aclose()
