"""LiveStream over a real emulator: when the live stream is followed, let go, and followed again."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from gui.api import PiecesClient
from gui.emulator import Emulator
from gui.services.connection import PiecesConnection
from gui.services.poller import Poller
from gui.services.store import StateStore
from gui.services.stream_policy import LiveStream
from gui.services.tasks import TaskRegistry

from ..conftest import Run, at


class Sources:
    """The connection, the poller and the live stream over one store, as the bootstrap wires them."""

    def __init__(self, store: StateStore, tasks: TaskRegistry, emulator: Emulator) -> None:
        self.store = store
        self.connection = PiecesConnection(store, at(emulator), PiecesClient)
        self.poller = Poller(store, self.connection, tasks, interval=60.0)
        self.stream = LiveStream(store, self.connection, self.poller, tasks)


@pytest.fixture
def sources(store: StateStore, tasks: TaskRegistry, emulator: Emulator, run: Run) -> Iterator[Sources]:
    made = Sources(store, tasks, emulator)
    yield made
    made.poller.stop()
    made.stream.stop()
    run(tasks.cancel_all())
    run(made.connection.aclose())


def opened(emulator: Emulator) -> int:
    """How many times the stream was asked for."""
    return sum(1 for r in emulator.requests if r.path == "/user/stream")


def test_the_stream_opens_once_the_first_list_is_shown(
    qtbot: QtBot, emulator: Emulator, sources: Sources
) -> None:
    sources.poller.start()
    qtbot.waitUntil(lambda: sources.store.state.stream_live)
    assert emulator.streams.count == 1
    paths = [r.path for r in emulator.requests]
    # Not on the way to the first list: asked for only once the list had answered.
    assert paths.index("/user/stream") > paths.index("/allocations")


def test_forgetting_pieces_os_lets_the_stream_go_until_the_next_list(
    qtbot: QtBot, emulator: Emulator, sources: Sources
) -> None:
    sources.poller.start()
    qtbot.waitUntil(lambda: sources.store.state.stream_live)
    sources.connection.rediscover()  # Retry, or another address: the same one here
    assert not sources.store.state.stream_live
    qtbot.waitUntil(lambda: emulator.streams.count == 0)
    sources.poller.start()
    qtbot.waitUntil(lambda: sources.store.state.stream_live)
    assert opened(emulator) == 2
