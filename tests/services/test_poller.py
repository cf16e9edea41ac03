"""The poller turns what Pieces OS says into the state the window shows, copes when it fails, stays put."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from gui.api import Discovered, DiscoveryFailed, HealthState, PiecesClient, PiecesTimeout, Timeouts
from gui.emulator import Emulator, Fault
from gui.services.connection import Discoverer, PiecesConnection
from gui.services.poller import Poller
from gui.services.store import StateStore
from gui.services.tasks import TaskRegistry
from gui.state import AppState, Phase

from ..conftest import Run, at


async def nowhere() -> Discovered:
    raise DiscoveryFailed(["http://127.0.0.1:39300", "http://localhost:1000"])


class Wiring:
    """A connection and a poller over one store, as the bootstrap wires them.

    `starts` and `ends` are when each refresh began and ended, as the status bar's "Refreshing…" shows it.
    """

    def __init__(
        self,
        store: StateStore,
        tasks: TaskRegistry,
        find: Discoverer,
        *,
        interval: float,
        request: float,
        live_interval: float,
    ) -> None:
        self.store = store
        timeouts = Timeouts(request=request)
        self.finds = 0

        async def counted() -> Discovered:
            self.finds += 1
            return await find()

        self.connection = PiecesConnection(store, counted, lambda url: PiecesClient(url, timeouts=timeouts))
        self.poller = Poller(
            store, self.connection, tasks, interval=interval, max_backoff=300.0, live_interval=live_interval
        )
        self.starts: list[float] = []
        self.ends: list[float] = []
        store.changed.connect(self._changed)

    def _changed(self, new: AppState, previous: AppState) -> None:
        if new.refreshing != previous.refreshing:
            (self.starts if new.refreshing else self.ends).append(time.monotonic())

    def gaps(self) -> list[float]:
        """Seconds from the end of each refresh to the start of the next."""
        return [start - end for end, start in zip(self.ends, self.starts[1:], strict=False)]


Wire = Callable[..., Wiring]


@pytest.fixture
def wire(store: StateStore, tasks: TaskRegistry, run: Run) -> Iterator[Wire]:
    """Builds the wiring; afterwards stops the poller, finishes its tasks and closes the client."""
    made: list[Wiring] = []

    def make(
        find: Discoverer, interval: float = 60.0, request: float = 30.0, live_interval: float = 60.0
    ) -> Wiring:
        wiring = Wiring(store, tasks, find, interval=interval, request=request, live_interval=live_interval)
        made.append(wiring)
        return wiring

    yield make
    for wiring in made:
        wiring.poller.stop()
    run(tasks.cancel_all())
    for wiring in made:
        run(wiring.connection.aclose())


# Qt's coarse timers, which run asyncio's sleeps under qasync, may fire up to 5 % early.
EARLY = 0.9


def snapshots(emulator: Emulator) -> int:
    return sum(1 for r in emulator.requests if r.path == "/allocations")


def test_a_refresh_fills_in_everything(qtbot: QtBot, emulator: Emulator, wire: Wire) -> None:
    w = wire(at(emulator))
    w.poller.start()
    qtbot.waitUntil(lambda: w.store.state.phase is Phase.LOADED)
    state = w.store.state
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
    qtbot.waitUntil(lambda: not w.store.state.refreshing)


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
    qtbot: QtBot, emulator: Emulator, wire: Wire, setup: Callable[[Emulator], None], phase: Phase
) -> None:
    setup(emulator)
    w = wire(at(emulator))
    w.poller.start()
    qtbot.waitUntil(lambda: w.store.state.phase is phase)


def test_nothing_found_shows_unreachable_with_the_addresses(qtbot: QtBot, wire: Wire) -> None:
    w = wire(nowhere)
    w.poller.start()
    qtbot.waitUntil(lambda: w.store.state.phase is Phase.UNREACHABLE)
    assert isinstance(w.store.state.error, DiscoveryFailed)
    assert "http://localhost:1000" in (w.store.state.error_text or "")


def test_a_failing_refresh_keeps_the_data_and_marks_it_stale(
    qtbot: QtBot, emulator: Emulator, wire: Wire
) -> None:
    w = wire(at(emulator))
    w.poller.start()
    qtbot.waitUntil(lambda: w.store.state.phase is Phase.LOADED and not w.store.state.refreshing)
    shown = w.store.state.allocations

    emulator.inject("/allocations", Fault.status(500, "Database is locked"))
    w.poller.request()
    qtbot.waitUntil(lambda: w.store.state.stale)
    assert w.store.state.phase is Phase.LOADED
    assert w.store.state.allocations == shown
    assert "Database is locked" in (w.store.state.error_text or "")

    w.poller.request()
    qtbot.waitUntil(lambda: not w.store.state.stale)
    assert w.store.state.error is None


def test_failures_back_off_and_success_resets(qtbot: QtBot, emulator: Emulator, wire: Wire) -> None:
    """A Pieces OS in trouble is asked less and less often; once it answers, at the usual interval again."""
    w = wire(at(emulator), interval=0.1)
    emulator.inject("/allocations", Fault.status(500, "busy"), times=4)
    w.poller.start()
    qtbot.waitUntil(lambda: len(w.starts) == 6, timeout=10_000)
    gaps = w.gaps()
    # 0.1 s, doubled after each failure: a wait is never shorter than that.
    assert [g >= d * EARLY for g, d in zip(gaps, [0.1, 0.2, 0.4, 0.8], strict=False)] == [True] * 4
    # After the fifth refresh answered, the wait is the interval again, not a fifth doubling.
    assert gaps[4] < gaps[3]


def test_a_refresh_slower_than_the_interval_still_lands(qtbot: QtBot, emulator: Emulator, wire: Wire) -> None:
    """Before, every tick cancelled the refresh in flight: answers slower than the interval never landed."""
    emulator.inject("/allocations", Fault.latency(2.5), times=2)
    w = wire(at(emulator), interval=1.0)
    w.poller.start()
    qtbot.waitUntil(lambda: w.store.state.phase is Phase.LOADED, timeout=10_000)
    assert snapshots(emulator) == 1


def test_asking_during_a_refresh_brings_one_more_not_a_second_timer(
    qtbot: QtBot, emulator: Emulator, wire: Wire
) -> None:
    """F5 (or a finished dialog) while a refresh runs: that one lands, then exactly one more follows."""
    w = wire(at(emulator))
    emulator.inject("/allocations", Fault.latency(0.5))
    w.poller.start()
    qtbot.waitUntil(lambda: snapshots(emulator) == 1)
    for _ in range(3):
        w.poller.request()
    qtbot.waitUntil(lambda: len(w.ends) == 2, timeout=5000)
    assert snapshots(emulator) == 2
    assert len(w.starts) == 2
    assert w.store.state.phase is Phase.LOADED


def test_stop_stays_stopped_even_during_a_refresh_and_after_a_request(
    qtbot: QtBot, emulator: Emulator, wire: Wire, tasks: TaskRegistry
) -> None:
    """Before, a cancelled refresh re-armed the timer in its finally, undoing stop()."""
    w = wire(at(emulator), interval=1.0)
    emulator.inject("/allocations", Fault.latency(0.5))
    w.poller.start()
    qtbot.waitUntil(lambda: snapshots(emulator) == 1)
    w.poller.stop()
    w.poller.request()  # an operation ending during quit
    # Every refresh runs in the poller's one task: with no task left, none can ever come again.
    qtbot.waitUntil(lambda: len(tasks) == 0)
    assert not w.poller.running
    assert snapshots(emulator) == 1


def test_restarting_drops_the_refresh_stuck_on_the_old_address(
    qtbot: QtBot, emulator: Emulator, wire: Wire
) -> None:
    w = wire(at(emulator))
    emulator.inject("/allocations", Fault.latency(30.0))
    w.poller.start()
    qtbot.waitUntil(lambda: snapshots(emulator) == 1)
    w.poller.start()  # a new address was chosen: start over at once
    qtbot.waitUntil(lambda: w.store.state.phase is Phase.LOADED, timeout=10_000)


def test_rediscover_forgets_the_old_address(qtbot: QtBot, emulator: Emulator, wire: Wire) -> None:
    w = wire(at(emulator))
    w.poller.start()
    qtbot.waitUntil(lambda: w.store.state.phase is Phase.LOADED)
    w.connection.rediscover(nowhere)
    w.poller.start()
    qtbot.waitUntil(lambda: w.store.state.phase is Phase.UNREACHABLE)
    assert w.store.state.allocations == ()
    assert w.store.state.connection is None


def test_an_error_from_a_running_pieces_os_is_not_called_unreachable(
    qtbot: QtBot, emulator: Emulator, wire: Wire
) -> None:
    emulator.inject("/allocations", Fault.malformed_json())
    w = wire(at(emulator))
    w.poller.start()
    qtbot.waitUntil(lambda: w.store.state.phase is Phase.FAILING)
    assert "cannot read" in (w.store.state.error_text or "")


def test_version_and_health_show_even_when_the_rest_fails(
    qtbot: QtBot, emulator: Emulator, wire: Wire
) -> None:
    emulator.set_update_required(True)
    w = wire(at(emulator))
    w.poller.start()
    qtbot.waitUntil(lambda: w.store.state.phase is Phase.UPDATE_REQUIRED)
    connection = w.store.state.connection
    assert connection is not None
    assert connection.version == "12.6.0"
    assert connection.health is not None


def test_an_updated_pieces_os_shows_its_new_version(qtbot: QtBot, emulator: Emulator, wire: Wire) -> None:
    """The version is read again whenever health changes: an update restarts Pieces OS."""
    w = wire(at(emulator))
    w.poller.start()
    qtbot.waitUntil(lambda: w.store.state.phase is Phase.LOADED)
    emulator.version = "12.7.0"
    emulator.set_health("migrating")
    w.poller.request()
    qtbot.waitUntil(lambda: w.store.state.phase is Phase.MIGRATING)
    emulator.set_health("ok")
    w.poller.request()
    qtbot.waitUntil(lambda: w.store.state.phase is Phase.LOADED)
    connection = w.store.state.connection
    assert connection is not None
    assert connection.version == "12.7.0"


def test_a_new_interval_applies_to_the_wait_under_way(qtbot: QtBot, emulator: Emulator, wire: Wire) -> None:
    w = wire(at(emulator))
    assert w.store.state.refresh_seconds == 60.0
    w.poller.start()
    qtbot.waitUntil(lambda: len(w.ends) == 1)
    w.poller.set_interval(1.0)
    assert w.store.state.refresh_seconds == 1.0
    # The minute's wait under way is cut to a second: the table does not stay a minute old.
    qtbot.waitUntil(lambda: len(w.starts) == 2, timeout=5000)
    assert w.gaps()[0] >= 1.0 * EARLY


def test_while_pieces_os_pushes_changes_polling_slows_down(
    qtbot: QtBot, emulator: Emulator, wire: Wire
) -> None:
    w = wire(at(emulator), interval=0.1, live_interval=1.0)
    w.store.set_stream_live(True)
    w.poller.start()
    qtbot.waitUntil(lambda: len(w.starts) == 2, timeout=5000)
    w.store.set_stream_live(False)
    w.poller.replan()
    qtbot.waitUntil(lambda: len(w.starts) == 4, timeout=5000)
    gaps = w.gaps()
    assert gaps[0] >= 1.0 * EARLY  # live: only the safety net
    assert gaps[2] < gaps[0]  # the stream gone: the interval again


def test_a_user_read_that_hangs_still_shows_the_list_and_says_what_is_slow(
    qtbot: QtBot, emulator: Emulator, wire: Wire
) -> None:
    """Before, a hanging GET /user kept "Looking for Pieces OS…" up, then called Pieces OS unreachable."""
    emulator.inject("/user", Fault.hang(), times=None)
    w = wire(at(emulator), request=1.0)
    w.poller.start()
    qtbot.waitUntil(
        lambda: w.store.state.connection is not None and w.store.state.connection.health is not None
    )
    qtbot.waitUntil(lambda: w.store.state.phase is Phase.LOADED, timeout=5000)
    state = w.store.state
    assert len(state.allocations) == 3
    assert state.stale
    assert isinstance(state.error, PiecesTimeout)
    assert "tell who is signed in" in state.error.message
    emulator.clear_faults()
    w.poller.request()
    qtbot.waitUntil(lambda: not w.store.state.stale and w.store.state.user is not None, timeout=5000)
    assert w.finds == 1  # slow, not gone: it was not looked for again


def test_stopping_right_after_the_wait_is_replanned_ends_at_once(
    qtbot: QtBot, emulator: Emulator, wire: Wire, tasks: TaskRegistry
) -> None:
    """Before, asyncio.wait_for on 3.11 swallowed a cancel arriving as the wait was poked: stop() hung."""
    w = wire(at(emulator))
    w.poller.start()
    qtbot.waitUntil(lambda: len(w.ends) == 1)
    for _ in range(20):
        w.poller.set_interval(15.0)  # pokes the wait
        w.poller.stop()  # cancels it in the same turn of the loop
        qtbot.waitUntil(lambda: len(tasks) == 0, timeout=2000)
        w.poller.start()
        qtbot.waitUntil(lambda: w.poller.running and not w.store.state.refreshing)
