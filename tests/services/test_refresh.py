"""The refresh cycle turns what Pieces OS says into the state the window shows, and copes when it fails."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from gui.api import Discovered, DiscoveryFailed, DiscoverySource, HealthState
from gui.emulator import Emulator, Fault
from gui.services.clients import ClientHolder
from gui.services.refresh import Discoverer, RefreshService
from gui.services.tasks import TaskRegistry
from gui.state import Phase, StateStore

from ..conftest import Run


def at(emulator: Emulator) -> Discoverer:
    async def find() -> Discovered:
        return Discovered(emulator.url, DiscoverySource.ARGUMENT, "given with --base-url")

    return find


async def nowhere() -> Discovered:
    raise DiscoveryFailed(["http://127.0.0.1:39300", "http://localhost:1000"])


@pytest.fixture
def store() -> StateStore:
    return StateStore()


@pytest.fixture
def holder(run: Run) -> Iterator[ClientHolder]:
    from gui.api import PiecesClient

    clients = ClientHolder(PiecesClient)
    yield clients
    run(clients.aclose())


def make_service(
    store: StateStore, holder: ClientHolder, tasks: TaskRegistry, find: Discoverer
) -> RefreshService:
    return RefreshService(store, holder, tasks, find, interval=60.0, max_backoff=300.0)


def test_a_refresh_fills_in_everything(
    qtbot: QtBot, emulator: Emulator, store: StateStore, holder: ClientHolder, tasks: TaskRegistry
) -> None:
    service = make_service(store, holder, tasks, at(emulator))
    service.start()
    qtbot.waitUntil(lambda: store.state.phase is Phase.LOADED)
    state = store.state
    assert len(state.allocations) == 3
    assert state.user is not None
    assert state.user.id == emulator.user_id
    assert state.connection is not None
    assert state.connection.base_url == emulator.url
    assert state.connection.version == "12.6.0"
    assert state.connection.health is not None
    assert state.connection.health.state is HealthState.OK
    assert state.last_success is not None
    assert state.error_text is None
    qtbot.waitUntil(lambda: not store.state.refreshing)
    service.stop()


@pytest.mark.parametrize(
    ("setup", "phase"),
    [
        (lambda emu: emu.sign_out(), Phase.SIGNED_OUT),
        (lambda emu: emu.set_allocations(0), Phase.NO_ALLOCATIONS),
        (lambda emu: emu.set_health("migrating"), Phase.MIGRATING),
        (lambda emu: emu.set_update_required(True), Phase.UPDATE_REQUIRED),
    ],
    ids=["signed-out", "no-allocations", "migrating", "update-required"],
)
def test_each_state_of_pieces_os_has_its_phase(
    qtbot: QtBot,
    emulator: Emulator,
    store: StateStore,
    holder: ClientHolder,
    tasks: TaskRegistry,
    setup: object,
    phase: Phase,
) -> None:
    setup(emulator)  # type: ignore[operator]
    service = make_service(store, holder, tasks, at(emulator))
    service.start()
    qtbot.waitUntil(lambda: store.state.phase is phase)
    service.stop()


def test_nothing_found_shows_unreachable_with_the_addresses(
    qtbot: QtBot, store: StateStore, holder: ClientHolder, tasks: TaskRegistry
) -> None:
    service = make_service(store, holder, tasks, nowhere)
    with qtbot.waitSignal(service.scheduled):
        service.start()
    assert store.state.phase is Phase.UNREACHABLE
    assert isinstance(store.state.error, DiscoveryFailed)
    assert "http://localhost:1000" in (store.state.error_text or "")
    service.stop()


def test_a_failing_refresh_keeps_the_data_and_marks_it_stale(
    qtbot: QtBot, emulator: Emulator, store: StateStore, holder: ClientHolder, tasks: TaskRegistry
) -> None:
    service = make_service(store, holder, tasks, at(emulator))
    service.start()
    qtbot.waitUntil(lambda: store.state.phase is Phase.LOADED and not store.state.refreshing)
    shown = store.state.allocations

    emulator.inject("/allocations", Fault.status(500, "Database is locked"))
    service.refresh_now()
    qtbot.waitUntil(lambda: store.state.stale)
    assert store.state.phase is Phase.LOADED
    assert store.state.allocations == shown
    assert "Database is locked" in (store.state.error_text or "")

    service.refresh_now()
    qtbot.waitUntil(lambda: not store.state.stale)
    assert store.state.error is None
    service.stop()


def test_failures_back_off_and_success_resets(
    qtbot: QtBot, emulator: Emulator, store: StateStore, holder: ClientHolder, tasks: TaskRegistry
) -> None:
    service = make_service(store, holder, tasks, at(emulator))
    delays: list[float] = []
    service.scheduled.connect(delays.append)
    emulator.inject("/allocations", Fault.status(500, "busy"), times=3)
    for _ in range(3):
        with qtbot.waitSignal(service.scheduled):
            service.refresh_now()
    with qtbot.waitSignal(service.scheduled):
        service.refresh_now()
    assert delays == [60.0, 120.0, 240.0, 60.0]
    service.stop()


def test_a_new_refresh_does_not_wait_for_a_slow_one(
    qtbot: QtBot, emulator: Emulator, store: StateStore, holder: ClientHolder, tasks: TaskRegistry
) -> None:
    service = make_service(store, holder, tasks, at(emulator))
    emulator.inject("/allocations", Fault.latency(30.0))
    service.refresh_now()
    qtbot.waitUntil(lambda: any(r.path == "/allocations" for r in emulator.requests))
    service.refresh_now()  # cancels the one stuck on the slow answer
    qtbot.waitUntil(lambda: store.state.phase is Phase.LOADED, timeout=10_000)
    service.stop()


def test_rediscover_forgets_the_old_address(
    qtbot: QtBot, emulator: Emulator, store: StateStore, holder: ClientHolder, tasks: TaskRegistry
) -> None:
    service = make_service(store, holder, tasks, at(emulator))
    service.start()
    qtbot.waitUntil(lambda: store.state.phase is Phase.LOADED)
    service.rediscover(nowhere)
    qtbot.waitUntil(lambda: store.state.phase is Phase.UNREACHABLE)
    assert store.state.allocations == ()
    assert store.state.connection is None
    service.stop()


def test_an_error_from_a_running_pieces_os_is_not_called_unreachable(
    qtbot: QtBot, emulator: Emulator, store: StateStore, holder: ClientHolder, tasks: TaskRegistry
) -> None:
    emulator.inject("/allocations", Fault.malformed_json())
    service = make_service(store, holder, tasks, at(emulator))
    service.start()
    qtbot.waitUntil(lambda: store.state.phase is Phase.FAILING)
    assert "cannot read" in (store.state.error_text or "")
    service.stop()


def test_version_and_health_show_even_when_the_rest_fails(
    qtbot: QtBot, emulator: Emulator, store: StateStore, holder: ClientHolder, tasks: TaskRegistry
) -> None:
    emulator.set_update_required(True)
    service = make_service(store, holder, tasks, at(emulator))
    service.start()
    qtbot.waitUntil(lambda: store.state.phase is Phase.UPDATE_REQUIRED)
    connection = store.state.connection
    assert connection is not None
    assert connection.version == "12.6.0"
    assert connection.health is not None
    service.stop()


def test_a_new_interval_applies_to_the_wait_under_way(
    qtbot: QtBot, emulator: Emulator, store: StateStore, holder: ClientHolder, tasks: TaskRegistry
) -> None:
    service = make_service(store, holder, tasks, at(emulator))
    assert store.state.refresh_seconds == 60.0
    with qtbot.waitSignal(service.scheduled) as first:
        service.start()
    assert first.args == [60.0]
    with qtbot.waitSignal(service.scheduled) as rescheduled:
        service.set_interval(15.0)
    assert rescheduled.args == [15.0]
    assert store.state.refresh_seconds == 15.0
    service.stop()
