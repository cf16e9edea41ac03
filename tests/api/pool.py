"""What a PiecesClient's connection pool holds, read from httpx's internals (no public API says it)."""

from __future__ import annotations

from typing import Any

from gui.api import PiecesClient


def pool_connections(client: PiecesClient) -> list[Any]:
    """The connections httpx's pool keeps for this client, idle or active."""
    transport = client._http._transport
    connections: list[Any] = transport._pool.connections  # type: ignore[attr-defined]
    return connections


def active_connections(client: PiecesClient) -> list[Any]:
    """The connections still counted as in use: each one takes a slot until it is closed."""
    return [c for c in pool_connections(client) if not c.is_idle() and not c.is_closed()]
