"""Connect and reconnect are followed until the cloud settles; every action asks the table to follow."""

from __future__ import annotations

import asyncio
import json

import pytest
from pytestqt.qtbot import QtBot

from gui.api import AllocationStatus, CloudTimeout, NotSignedIn, ServerError
from gui.emulator import Emulator, Fault
from gui.services.actions import AllocationActions, Progress
from gui.services.clients import ClientHolder
from gui.services.tasks import TaskRegistry

from ..conftest import Refreshes, Run


def test_connect_reports_progress_until_running(
    qtbot: QtBot,
    emulator: Emulator,
    actions: AllocationActions,
    tasks: TaskRegistry,
    refreshes: Refreshes,
    run: Run,
) -> None:
    user = run(actions.current_user())
    assert user is not None
    seen: list[Progress] = []
    emulator.hold_connects()
    task = tasks.start(actions.connect(user, seen.append))
    qtbot.waitUntil(lambda: any(p.cloud and p.cloud.status.cloud is AllocationStatus.PENDING for p in seen))
    emulator.release_connects()
    qtbot.waitUntil(task.done)
    assert task.result().status.cloud is AllocationStatus.RUNNING
    assert seen[-1].cloud is not None
    assert seen[-1].cloud.status.cloud is AllocationStatus.RUNNING
    assert refreshes.count == 1


def test_a_failed_connect_raises_with_the_servers_text_and_still_refreshes(
    emulator: Emulator, actions: AllocationActions, refreshes: Refreshes, run: Run
) -> None:
    user = run(actions.current_user())
    assert user is not None
    emulator.fail_next_connect()
    with pytest.raises(ServerError, match="Clouds Connect failed"):
        run(actions.connect(user, lambda _: None))
    assert refreshes.count == 1
    own = emulator.allocation(emulator.user_id)
    assert own is not None
    assert own["status"]["cloud"] == "FAILED"


def test_a_reconnect_that_times_out_at_the_cloud(
    emulator: Emulator, actions: AllocationActions, run: Run
) -> None:
    cloud = run(actions.current_user())
    assert cloud is not None
    assert cloud.allocation is not None
    emulator.time_out_next_connect()
    with pytest.raises(CloudTimeout):
        run(actions.reconnect(cloud.allocation, lambda _: None))


def test_cancelling_a_connect_stops_waiting(
    qtbot: QtBot, emulator: Emulator, actions: AllocationActions, tasks: TaskRegistry, run: Run
) -> None:
    user = run(actions.current_user())
    assert user is not None
    emulator.hold_connects()
    task = tasks.start(actions.connect(user, lambda _: None))
    qtbot.waitUntil(lambda: emulator.connects_waiting == 1)
    task.cancel()
    qtbot.waitUntil(task.done)
    assert task.cancelled()
    emulator.release_connects()


def test_disconnect_returns_the_uuid_and_refreshes(
    emulator: Emulator, actions: AllocationActions, refreshes: Refreshes, run: Run
) -> None:
    user = run(actions.current_user())
    assert user is not None
    assert user.allocation is not None
    assert run(actions.disconnect(user.allocation)) == user.id
    assert refreshes.count == 1


def test_signed_out_actions_are_refused(emulator: Emulator, actions: AllocationActions, run: Run) -> None:
    user = run(actions.current_user())
    assert user is not None
    assert user.allocation is not None
    emulator.sign_out()
    assert run(actions.current_user()) is None
    with pytest.raises(NotSignedIn):
        run(actions.disconnect(user.allocation))


def test_a_connect_answered_while_pending_is_followed_until_it_settles(
    qtbot: QtBot, emulator: Emulator, clients: ClientHolder, refreshes: Refreshes, run: Run
) -> None:
    """Some Pieces OS versions answer at once with a PENDING cloud; the dialog must still see RUNNING."""
    actions = AllocationActions(clients, refreshes, poll_interval=0.05)
    user = run(actions.current_user())
    assert user is not None
    emulator.inject("/allocations/connect", Fault.status(200, _pending_answer(emulator)))
    emulator.set_cloud_status(emulator.user_id, "PENDING")
    seen: list[Progress] = []
    task = asyncio.ensure_future(actions.connect(user, seen.append))
    qtbot.waitUntil(lambda: len(seen) >= 2)
    emulator.set_cloud_status(emulator.user_id, "RUNNING")
    qtbot.waitUntil(task.done)
    assert task.result().status.cloud is AllocationStatus.RUNNING


def test_following_stops_at_any_status_but_pending(
    qtbot: QtBot, emulator: Emulator, clients: ClientHolder, refreshes: Refreshes, run: Run
) -> None:
    actions = AllocationActions(clients, refreshes, poll_interval=0.05, follow_timeout=30)
    user = run(actions.current_user())
    assert user is not None
    emulator.inject("/allocations/connect", Fault.status(200, _pending_answer(emulator)))
    emulator.set_cloud_status(emulator.user_id, "DISCONNECTED")  # a disconnect got there first
    result = run(actions.connect(user, lambda _: None))
    assert result.status.cloud is AllocationStatus.DISCONNECTED


def _pending_answer(emulator: Emulator) -> str:
    cloud = emulator.allocation(emulator.user_id)
    assert cloud is not None
    return json.dumps({**cloud, "status": {"cloud": "PENDING"}})
