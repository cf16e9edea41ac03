"""The app's one client: shared, replaced when the address changes, absent until Pieces OS is found."""

from __future__ import annotations

import pytest

from gui.api import PiecesClient, PiecesError
from gui.emulator import Emulator
from gui.services.clients import ClientHolder

from ..conftest import Run


def test_before_pieces_os_is_found_actions_are_refused_in_words() -> None:
    with pytest.raises(PiecesError) as caught:
        ClientHolder(PiecesClient).require()
    assert caught.value.message == "Pieces OS has not been found yet."
    assert "Change Pieces OS address" in caught.value.hint


def test_the_same_address_keeps_the_client_and_a_new_one_replaces_it(run: Run, emulator: Emulator) -> None:
    holder = ClientHolder(PiecesClient)
    first = run(holder.use(emulator.url))
    assert run(holder.use(emulator.url + "/")) is first
    with Emulator(allocations=1) as other:
        second = run(holder.use(other.url))
        assert second is not first
        assert holder.require() is second
        run(holder.aclose())
    assert holder.client is None
