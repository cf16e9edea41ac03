"""The connection: one client, found once, replaced when the address changes, never closed under a request."""

from __future__ import annotations

import pytest

from gui.api import ClientClosed, Discovered, PiecesClient, PiecesError
from gui.emulator import Emulator
from gui.services.connection import PiecesConnection
from gui.services.store import StateStore

from ..conftest import Run, at


def test_before_pieces_os_is_found_actions_are_refused_in_words(store: StateStore) -> None:
    with pytest.raises(PiecesError) as caught:
        PiecesConnection(store, at_nowhere).require()
    assert caught.value.message == "Pieces OS has not been found yet."
    assert "Change Pieces OS address" in caught.value.hint


async def at_nowhere() -> Discovered:  # never called: nothing is looked for until ensure()
    raise AssertionError


def test_finding_it_again_at_the_same_address_keeps_the_client(
    run: Run, emulator: Emulator, store: StateStore
) -> None:
    connection = PiecesConnection(store, at(emulator))
    first = run(connection.ensure())
    connection.lost()
    assert run(connection.ensure()) is first
    run(connection.aclose())
    assert connection.client is None


def test_a_new_address_replaces_the_client_and_says_so(
    run: Run, emulator: Emulator, store: StateStore
) -> None:
    connection = PiecesConnection(store, at(emulator))
    first = run(connection.ensure())
    changes: list[None] = []
    connection.client_changed.connect(lambda: changes.append(None))
    with Emulator(allocations=1) as other:
        connection.rediscover(at(other))
        assert store.state.connection is None  # nothing of the old address stays on screen
        second = run(connection.ensure())
        assert second is not first
        assert second.base_url == other.url
        assert changes == [None]
        assert store.state.connection is not None
        assert store.state.connection.base_url == other.url
        run(connection.aclose())


def test_a_lent_client_is_closed_only_when_given_back(
    run: Run, emulator: Emulator, store: StateStore
) -> None:
    connection = PiecesConnection(store, at(emulator))
    run(connection.ensure())
    lent: list[PiecesClient] = []

    async def borrow_across_a_change(other: Emulator) -> int:
        async with connection.lease() as client:
            lent.append(client)
            connection.rediscover(at(other))
            await connection.ensure()
            # Replaced, but still usable by whoever holds it.
            return len((await client.snapshot()).iterable)

    with Emulator(allocations=1) as other:
        assert run(borrow_across_a_change(other)) == 3
        with pytest.raises(ClientClosed):
            run(lent[0].snapshot())  # given back: now closed
        run(connection.aclose())
