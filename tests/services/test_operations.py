"""Operations: followed until the cloud settles, recorded in the store, refused in words while one runs."""

from __future__ import annotations

import asyncio
import json

import pytest
from pytestqt.qtbot import QtBot

from gui.api import AllocationCloud, AllocationStatus, CloudTimeout, NotSignedIn, PiecesTimeout, ServerError
from gui.desktop import translations
from gui.emulator import Emulator, Fault, RecordedRequest
from gui.services.connection import PiecesConnection
from gui.services.operations import OperationRefused, Operations, Progress, Watch
from gui.services.store import StateStore
from gui.services.tasks import TaskRegistry
from gui.state import Operation, OperationKind, OperationPhase

from ..conftest import Refreshes, Run, at


def test_connect_reports_progress_until_running_and_the_store_tells_the_story(
    qtbot: QtBot,
    emulator: Emulator,
    operations: Operations,
    store: StateStore,
    tasks: TaskRegistry,
    refreshes: Refreshes,
    run: Run,
) -> None:
    user = run(operations.current_user())
    assert user is not None
    seen: list[Progress] = []
    emulator.hold_connects()
    task = tasks.start(operations.connect(user, seen.append))
    qtbot.waitUntil(lambda: any(p.cloud and p.cloud.status.cloud is AllocationStatus.PENDING for p in seen))
    (running,) = store.state.operations
    assert running.kind is OperationKind.CONNECT
    assert running.allocation_id == user.id
    assert running.phase is OperationPhase.RUNNING
    emulator.release_connects()
    qtbot.waitUntil(task.done)
    assert task.result().status.cloud is AllocationStatus.RUNNING
    assert seen[-1].cloud is not None
    assert seen[-1].cloud.status.cloud is AllocationStatus.RUNNING
    assert refreshes.count == 1
    (ended,) = store.state.operations
    assert ended.phase is OperationPhase.SUCCEEDED
    assert ended.ended is not None


def test_a_second_connect_while_one_runs_is_refused_in_words(
    qtbot: QtBot, emulator: Emulator, operations: Operations, tasks: TaskRegistry, run: Run
) -> None:
    user = run(operations.current_user())
    assert user is not None
    emulator.hold_connects()
    first = tasks.start(operations.connect(user, lambda _: None))
    qtbot.waitUntil(lambda: emulator.connects_waiting == 1)
    with pytest.raises(OperationRefused, match="A connect is already running"):
        run(operations.connect(user, lambda _: None))
    emulator.release_connects()
    qtbot.waitUntil(first.done)
    assert first.result().status.cloud is AllocationStatus.RUNNING
    assert len(sent_to(emulator, "/allocations/connect")) == 1


def test_a_disconnect_of_a_cloud_being_reconnected_is_refused(
    qtbot: QtBot,
    emulator: Emulator,
    operations: Operations,
    tasks: TaskRegistry,
    filled: tuple[AllocationCloud, ...],
    run: Run,
) -> None:
    cloud = filled[0]
    emulator.hold_connects()
    task = tasks.start(operations.reconnect(cloud.id, lambda _: None))
    qtbot.waitUntil(lambda: emulator.connects_waiting == 1)
    with pytest.raises(OperationRefused, match="a reconnect is still running"):
        run(operations.disconnect(cloud.id))
    emulator.release_connects()
    qtbot.waitUntil(task.done)


def test_a_failed_connect_raises_with_the_servers_text_and_still_refreshes(
    emulator: Emulator, operations: Operations, store: StateStore, refreshes: Refreshes, run: Run
) -> None:
    user = run(operations.current_user())
    assert user is not None
    emulator.fail_next_connect()
    with pytest.raises(ServerError, match="Clouds Connect failed"):
        run(operations.connect(user, lambda _: None))
    assert refreshes.count == 1
    own = emulator.allocation(emulator.user_id)
    assert own is not None
    assert own["status"]["cloud"] == "FAILED"
    (ended,) = store.state.operations
    assert ended.phase is OperationPhase.FAILED
    assert "Clouds Connect failed" in ended.outcome


def test_a_reconnect_that_times_out_at_the_cloud(
    emulator: Emulator, operations: Operations, filled: tuple[AllocationCloud, ...], run: Run
) -> None:
    emulator.time_out_next_connect()
    with pytest.raises(CloudTimeout):
        run(operations.reconnect(filled[0].id, lambda _: None))


def test_a_reconnect_sends_the_clouds_latest_state_from_the_store(
    emulator: Emulator,
    operations: Operations,
    store: StateStore,
    connection: PiecesConnection,
    filled: tuple[AllocationCloud, ...],
    run: Run,
) -> None:
    cloud = filled[0]
    emulator.set_cloud_status(cloud.id, "FAILED")
    store.loaded(store.state.user, run(connection.require().snapshot()).iterable)  # a refresh lands
    run(operations.reconnect(cloud.id, lambda _: None))
    (sent,) = sent_to(emulator, "/allocations/reconnect")
    assert sent.json()["status"]["cloud"] == "FAILED"


def test_a_cloud_that_vanished_is_refused_in_words(
    operations: Operations, store: StateStore, filled: tuple[AllocationCloud, ...], run: Run
) -> None:
    store.loaded(store.state.user, filled[1:])
    with pytest.raises(OperationRefused, match="no longer lists this cloud"):
        run(operations.disconnect(filled[0].id))


def test_cancelling_a_connect_stops_waiting_and_records_it(
    qtbot: QtBot,
    emulator: Emulator,
    operations: Operations,
    store: StateStore,
    tasks: TaskRegistry,
    run: Run,
) -> None:
    user = run(operations.current_user())
    assert user is not None
    emulator.hold_connects()
    task = tasks.start(operations.connect(user, lambda _: None))
    qtbot.waitUntil(lambda: emulator.connects_waiting == 1)
    task.cancel()
    qtbot.waitUntil(task.done)
    assert task.cancelled()
    assert store.state.operations[0].phase is OperationPhase.CANCELLED
    emulator.release_connects()


def test_disconnect_returns_the_uuid_and_refreshes(
    emulator: Emulator,
    operations: Operations,
    filled: tuple[AllocationCloud, ...],
    refreshes: Refreshes,
    run: Run,
) -> None:
    assert run(operations.disconnect(filled[0].id)) == emulator.user_id
    assert refreshes.count == 1


def test_signed_out_actions_are_refused(
    emulator: Emulator, operations: Operations, filled: tuple[AllocationCloud, ...], run: Run
) -> None:
    emulator.sign_out()
    assert run(operations.current_user()) is None
    with pytest.raises(NotSignedIn):
        run(operations.disconnect(filled[0].id))


def test_a_disconnect_in_flight_survives_the_address_changing_under_it(
    qtbot: QtBot,
    emulator: Emulator,
    operations: Operations,
    connection: PiecesConnection,
    filled: tuple[AllocationCloud, ...],
    tasks: TaskRegistry,
    run: Run,
) -> None:
    """The client a disconnect borrowed stays open until its answer is in, though another replaced it."""
    emulator.inject("/allocations/disconnect", Fault.latency(0.5))
    task = tasks.start(operations.disconnect(filled[0].id))
    qtbot.waitUntil(lambda: len(sent_to(emulator, "/allocations/disconnect")) == 1)
    with Emulator(port=0, allocations=1, seed=3) as elsewhere:
        connection.rediscover(at(elsewhere))
        run(connection.ensure())
        assert connection.require().base_url == elsewhere.url
        qtbot.waitUntil(task.done, timeout=5000)
        assert task.result() == emulator.user_id


def test_a_connect_answered_while_pending_is_followed_until_it_settles(
    qtbot: QtBot,
    emulator: Emulator,
    store: StateStore,
    connection: PiecesConnection,
    refreshes: Refreshes,
    run: Run,
) -> None:
    """Some Pieces OS versions answer at once with a PENDING cloud; the dialog must still see RUNNING."""
    operations = Operations(store, connection, refreshes, poll_interval=0.05)
    user = run(operations.current_user())
    assert user is not None
    emulator.inject("/allocations/connect", Fault.status(200, _pending_answer(emulator)))
    emulator.set_cloud_status(emulator.user_id, "PENDING")
    seen: list[Progress] = []
    task = asyncio.ensure_future(operations.connect(user, seen.append))
    qtbot.waitUntil(lambda: len(seen) >= 2)
    emulator.set_cloud_status(emulator.user_id, "RUNNING")
    qtbot.waitUntil(task.done)
    assert task.result().status.cloud is AllocationStatus.RUNNING


def test_following_stops_at_any_status_but_pending(
    emulator: Emulator,
    store: StateStore,
    connection: PiecesConnection,
    refreshes: Refreshes,
    run: Run,
) -> None:
    operations = Operations(store, connection, refreshes, poll_interval=0.05, follow_timeout=30)
    user = run(operations.current_user())
    assert user is not None
    emulator.inject("/allocations/connect", Fault.status(200, _pending_answer(emulator)))
    emulator.set_cloud_status(emulator.user_id, "DISCONNECTED")  # a disconnect got there first
    result = run(operations.connect(user, lambda _: None))
    assert result.status.cloud is AllocationStatus.DISCONNECTED
    assert store.state.operations[0].phase is OperationPhase.FAILED


def sent_to(emulator: Emulator, path: str) -> list[RecordedRequest]:
    return [r for r in emulator.requests if r.method == "POST" and r.path == path]


def _pending_answer(emulator: Emulator) -> str:
    cloud = emulator.allocation(emulator.user_id)
    assert cloud is not None
    return json.dumps({**cloud, "status": {"cloud": "PENDING"}})


def test_a_connect_that_ends_while_its_watcher_reads_leaves_no_connection_busy(
    qtbot: QtBot, emulator: Emulator, connection: PiecesConnection, store: StateStore, run: Run
) -> None:
    """The watcher's read is let finish, never cancelled in flight.

    A read cancelled in flight can leave httpcore's pool counting its connection as busy for good
    (encode/httpcore#1093); the soak saw one more after every few hundred operations, and a full
    pool makes every request fail until the app restarts.
    """
    operations = Operations(store, connection, lambda: None, poll_interval=0.01)
    user = run(operations.current_user())
    assert user is not None
    emulator.connect_delay = 0.05
    # Each read of the followed cloud takes longer than the connect: the connect ends mid-read.
    emulator.inject("/allocation/", Fault.latency(0.2), times=None)
    client = connection.require()

    async def connect_while_refreshing() -> None:
        # As in the app: refreshes share the pool with the operation's reads.
        await asyncio.gather(
            operations.connect(user, lambda _progress: None), *(client.snapshot() for _ in range(3))
        )

    for _ in range(30):
        run(connect_while_refreshing())
    emulator.clear_faults()
    run(connection.require().snapshot())  # the pool is used again: expired and closed ones are dropped
    pool = connection.require()._http._transport._pool  # type: ignore[attr-defined]
    busy = [c for c in pool.connections if not c.is_idle() and not c.is_closed()]
    assert busy == []


def latest(operations: Operations) -> Operation:
    return max(operations.store.state.operations, key=lambda operation: operation.number)


def test_an_operation_is_watched_while_its_watch_is_open_and_no_longer(
    qtbot: QtBot, emulator: Emulator, operations: Operations, tasks: TaskRegistry, run: Run
) -> None:
    user = run(operations.current_user())
    assert user is not None
    run(operations.connect(user, lambda _: None))
    (nobody,) = operations.store.state.operations
    assert not nobody.watched  # started by no one who shows it: how it ended is news

    watch = Watch()
    emulator.hold_connects()
    task = tasks.start(operations.connect(user, lambda _: None, watch=watch))
    qtbot.waitUntil(lambda: emulator.connects_waiting == 1)
    assert latest(operations).watched
    watch.close()  # its dialog closed: unwatched at once, while it still runs
    assert latest(operations).running
    assert not latest(operations).watched
    emulator.release_connects()
    qtbot.waitUntil(task.done)
    assert not latest(operations).watched

    watch.reopen()
    run(operations.connect(user, lambda _: None, watch=watch))
    assert latest(operations).phase is OperationPhase.SUCCEEDED
    assert latest(operations).watched  # its outcome was on screen


def test_a_cloud_that_never_settles_times_out_in_the_users_language(
    emulator: Emulator,
    store: StateStore,
    connection: PiecesConnection,
    refreshes: Refreshes,
    run: Run,
) -> None:
    loaded = translations.install("de", None)
    try:
        operations = Operations(store, connection, refreshes, poll_interval=0.05, follow_timeout=1)
        user = run(operations.current_user())
        assert user is not None
        emulator.inject("/allocations/connect", Fault.status(200, _pending_answer(emulator)))
        emulator.set_cloud_status(emulator.user_id, "PENDING")
        with pytest.raises(PiecesTimeout) as raised:
            run(operations.connect(user, lambda _: None))
        # What the dialog says, all of it German: the phrase the app adds is translated like the rest.
        assert raised.value.message == (
            "Pieces OS hat nicht innerhalb von 1\u00a0s geantwortet "
            "(mit einer Cloud, deren Status feststeht)."
        )
    finally:
        translations.uninstall(loaded)
