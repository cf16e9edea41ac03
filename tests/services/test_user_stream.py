"""UserStreamSource against the emulator over real sockets: follow, coalesce, reconnect, stop."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from gui.api import (
    PiecesClient,
    PiecesError,
    PiecesUnreachable,
    StreamLost,
    StreamUnsupported,
    UserProfile,
)
from gui.emulator import Emulator
from gui.services.connection import PiecesConnection
from gui.services.tasks import TaskRegistry
from gui.services.user_stream import Backoff, UserStreamSource

from ..conftest import Run, at

QUICK = Backoff(first=0.05, longest=0.4, healthy_after=10.0)
# Qt's coarse timers, which run asyncio's sleeps under qasync, may fire up to 5 % early.
EARLY = 0.9


class Owner:
    """Records what the source reports, as the app's owner of the stream would receive it."""

    def __init__(self) -> None:
        self.users: list[UserProfile | None] = []
        self.changes = 0
        self.ups = 0
        self.downs: list[PiecesError] = []
        self.down_times: list[float] = []

    def on_user(self, user: UserProfile | None) -> None:
        self.users.append(user)

    def on_change(self) -> None:
        self.changes += 1

    def on_up(self) -> None:
        self.ups += 1

    def on_down(self, error: PiecesError) -> None:
        self.downs.append(error)
        self.down_times.append(time.monotonic())


@pytest.fixture
def owner() -> Owner:
    return Owner()


def _source(
    connection: PiecesConnection,
    tasks: TaskRegistry,
    owner: Owner,
    backoff: Backoff = QUICK,
    coalesce: float = 0.15,
) -> UserStreamSource:
    return UserStreamSource(
        lambda: connection.client,
        tasks,
        on_user=owner.on_user,
        on_change=owner.on_change,
        on_up=owner.on_up,
        on_down=owner.on_down,
        backoff=backoff,
        coalesce=coalesce,
    )


@pytest.fixture
def source(connection: PiecesConnection, tasks: TaskRegistry, owner: Owner) -> Iterator[UserStreamSource]:
    stream = _source(connection, tasks, owner)
    yield stream
    stream.stop()


def test_follows_the_user_and_reports_up(
    qtbot: QtBot, emulator: Emulator, source: UserStreamSource, owner: Owner
) -> None:
    source.start()
    qtbot.waitUntil(lambda: owner.changes == 1)
    assert owner.ups == 1
    assert [u.id if u else None for u in owner.users] == [emulator.user_id]
    emulator.sign_out()
    qtbot.waitUntil(lambda: owner.changes == 2)
    assert owner.users[-1] is None
    assert owner.downs == []


def test_start_twice_follows_once(
    qtbot: QtBot, emulator: Emulator, source: UserStreamSource, owner: Owner
) -> None:
    source.start()
    source.start()
    qtbot.waitUntil(lambda: owner.ups == 1)
    assert emulator.streams.wait_for(1)
    assert emulator.streams.count == 1


def test_a_burst_of_pushes_asks_for_one_refresh(
    qtbot: QtBot, emulator: Emulator, connection: PiecesConnection, tasks: TaskRegistry, owner: Owner
) -> None:
    source = _source(connection, tasks, owner, coalesce=0.3)
    source.start()
    qtbot.waitUntil(lambda: owner.changes == 1)
    for _ in range(10):
        emulator.streams.push()
    qtbot.waitUntil(lambda: owner.changes == 2)
    assert len(owner.users) == 11  # every message was delivered before the one refresh
    # One more push proves no second refresh of the burst was still to come.
    emulator.streams.push()
    qtbot.waitUntil(lambda: len(owner.users) == 12)
    qtbot.waitUntil(lambda: owner.changes == 3)
    assert owner.changes == 3
    source.stop()


@pytest.mark.parametrize("reset", [False, True], ids=["fin", "rst"])
def test_reconnects_after_a_drop(
    qtbot: QtBot, emulator: Emulator, source: UserStreamSource, owner: Owner, reset: bool
) -> None:
    source.start()
    qtbot.waitUntil(lambda: owner.ups == 1)
    emulator.streams.drop(reset=reset)
    qtbot.waitUntil(lambda: owner.ups == 2)
    assert len(owner.downs) == 1
    assert isinstance(owner.downs[0], StreamLost)
    assert "broke off" in owner.downs[0].message
    qtbot.waitUntil(lambda: len(owner.users) == 2)  # a fresh profile on the new stream


def test_reconnects_after_pieces_os_restarts_on_the_same_port(
    qtbot: QtBot, emulator: Emulator, source: UserStreamSource, owner: Owner
) -> None:
    source.start()
    qtbot.waitUntil(lambda: owner.ups == 1)
    emulator.stop()
    # The stream breaks off, then reconnecting finds nothing listening.
    qtbot.waitUntil(lambda: any(type(e) is PiecesUnreachable for e in owner.downs))
    assert isinstance(owner.downs[0], StreamLost)
    emulator.start()
    qtbot.waitUntil(lambda: owner.ups == 2)
    qtbot.waitUntil(lambda: len(owner.users) == 2)
    assert emulator.streams.count == 1


def test_waits_longer_after_each_failure(
    qtbot: QtBot, emulator: Emulator, source: UserStreamSource, owner: Owner
) -> None:
    emulator.stop()
    source.start()
    qtbot.waitUntil(lambda: len(owner.downs) == 5, timeout=10_000)
    gaps = [b - a for a, b in zip(owner.down_times, owner.down_times[1:], strict=False)]
    # 0.05 s doubling, capped at 0.4 s: a wait is never shorter than that.
    assert [g >= d * EARLY for g, d in zip(gaps, [0.05, 0.1, 0.2, 0.4], strict=True)] == [True] * 4
    assert owner.ups == 0


def test_a_pieces_os_without_the_stream_is_asked_rarely(
    qtbot: QtBot, emulator: Emulator, source: UserStreamSource, owner: Owner
) -> None:
    emulator.streams.refuse()
    source.start()
    qtbot.waitUntil(lambda: len(owner.downs) == 2, timeout=10_000)
    assert all(isinstance(e, StreamUnsupported) for e in owner.downs)
    assert owner.down_times[1] - owner.down_times[0] >= QUICK.longest * EARLY  # not `first`
    emulator.streams.refuse(False)
    qtbot.waitUntil(lambda: owner.ups == 1, timeout=10_000)


def test_stop_leaves_no_task_and_closes_the_stream(
    qtbot: QtBot, emulator: Emulator, source: UserStreamSource, owner: Owner, tasks: TaskRegistry
) -> None:
    source.start()
    qtbot.waitUntil(lambda: owner.ups == 1)
    source.stop()
    qtbot.waitUntil(lambda: len(tasks) == 0)
    assert emulator.streams.wait_for(0)
    assert owner.downs == []  # stopping is not a failure


def test_restart_follows_the_new_client(
    qtbot: QtBot,
    run: Run,
    emulator: Emulator,
    connection: PiecesConnection,
    source: UserStreamSource,
    owner: Owner,
) -> None:
    source.start()
    qtbot.waitUntil(lambda: owner.ups == 1)
    # What the app wires: a replaced client (another address) restarts the stream at once.
    connection.client_changed.connect(source.restart)
    with Emulator(port=0, allocations=2, seed=7, connect_delay=0.0) as other:
        connection.rediscover(at(other))
        run(connection.ensure())
        qtbot.waitUntil(lambda: owner.ups == 2)
        # The old stream may still have delivered a message of its own before it was let go.
        qtbot.waitUntil(lambda: any(u is not None and u.id == other.user_id for u in owner.users[-1:]))
        assert other.user_id != emulator.user_id
        assert emulator.streams.wait_for(0)  # the old stream was let go
        assert owner.downs == []
        source.stop()


def test_without_a_client_it_waits_for_restart(
    qtbot: QtBot, run: Run, emulator: Emulator, tasks: TaskRegistry, owner: Owner
) -> None:
    client: list[PiecesClient] = []
    source = UserStreamSource(
        lambda: client[0] if client else None,
        tasks,
        on_user=owner.on_user,
        on_change=owner.on_change,
        on_up=owner.on_up,
        on_down=owner.on_down,
        backoff=QUICK,
    )
    source.start()
    qtbot.waitUntil(lambda: len(tasks) == 0)
    assert (owner.ups, owner.downs) == (0, [])
    client.append(PiecesClient(emulator.url))
    source.restart()
    qtbot.waitUntil(lambda: owner.ups == 1)
    source.stop()
    qtbot.waitUntil(lambda: len(tasks) == 0)
    run(client[0].aclose())


def test_a_client_replaced_under_the_stream_is_followed_without_a_failure(
    qtbot: QtBot,
    run: Run,
    emulator: Emulator,
    connection: PiecesConnection,
    source: UserStreamSource,
    owner: Owner,
) -> None:
    source.start()
    qtbot.waitUntil(lambda: owner.ups == 1)
    with Emulator(port=0, allocations=2, seed=7, connect_delay=0.0) as other:
        connection.rediscover(at(other))
        run(connection.ensure())  # closes the old client, and the stream on it, without restart()
        qtbot.waitUntil(lambda: owner.ups == 2)
        assert other.streams.wait_for(1)
        assert owner.downs == []
        source.stop()
