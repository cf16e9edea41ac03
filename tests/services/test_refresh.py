"""One refresh: health, who is signed in and the list asked at once, read as if health came first."""

from __future__ import annotations

import asyncio

from pytestqt.qtbot import QtBot

from gui.emulator import Emulator, Fault
from gui.services.connection import PiecesConnection
from gui.services.refresh import refresh
from gui.services.store import StateStore
from gui.state import Phase

from ..conftest import Run


def paths(emulator: Emulator) -> list[str]:
    return [request.path for request in emulator.requests]


def test_the_list_is_asked_without_waiting_for_the_health_answer(
    qtbot: QtBot,
    loop: asyncio.AbstractEventLoop,
    emulator: Emulator,
    store: StateStore,
    connection: PiecesConnection,
) -> None:
    emulator.inject("/.well-known/health", Fault.latency(1.5))  # within its 2 s deadline
    emulator.clear_requests()
    task = loop.create_task(refresh(connection, store))
    # All three asked while health is still held back (they arrive in any order, each on its own
    # connection): before, the list was asked only after health's answer, 1.5 s on.
    asked = {"/.well-known/health", "/allocations", "/user"}
    qtbot.waitUntil(lambda: asked <= set(paths(emulator)), timeout=1000)
    assert not task.done()
    assert not store.state.allocations  # and is read only once health has answered
    qtbot.waitUntil(task.done, timeout=10000)
    assert task.result() is None
    assert store.state.phase is Phase.LOADED
    assert len(store.state.allocations) == 3


def test_a_failed_health_check_is_the_failure_even_when_the_list_came(
    run: Run, emulator: Emulator, store: StateStore, connection: PiecesConnection
) -> None:
    emulator.inject("/.well-known/health", Fault.status(500, "Database is locked"))
    error = run(refresh(connection, store))
    assert error is not None
    assert "/allocations" in paths(emulator)
    assert not store.state.allocations  # the list that answered is not shown
    assert store.state.error is error


def test_while_migrating_the_list_that_came_is_dropped(
    run: Run, emulator: Emulator, store: StateStore, connection: PiecesConnection
) -> None:
    emulator.set_health("migrating")
    assert run(refresh(connection, store)) is None
    assert store.state.phase is Phase.MIGRATING
    assert not store.state.allocations
