"""When the tray notifies: once per settled change; never at start-up, after a wake, or for a dialog."""

from __future__ import annotations

from dataclasses import replace

from gui.api import PiecesTimeout, PiecesUnreachable
from gui.state import AppState, Operation, OperationKind, OperationPhase, Phase
from gui.state import rules as state_rules
from gui.tray.notices import SETTLE_SECONDS, WAKE_QUIET_SECONDS, NoticeKind, NoticeRules
from tests.views.builders import cloud, loaded_state, user

ME = user()


class Ticks:
    """A monotonic clock the test moves by hand; `wall` is the wall clock, which runs on during a sleep."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept = 0.0

    def __call__(self) -> float:
        return self.now

    def wall(self) -> float:
        return 1_700_000_000.0 + self.now + self.slept


def mine(status: str, **changes: object) -> AppState:
    return loaded_state(allocations=(cloud(ME.id, status),), user=ME, **changes)


def gone(state: AppState) -> AppState:
    """Nothing answered: as the rules tell it (the old allocations stay shown, marked lost)."""
    return state_rules.failed(state, PiecesUnreachable("Nothing answers at http://127.0.0.1:39300."))


def slow(state: AppState) -> AppState:
    """Health answered, then the list timed out: Pieces OS is slow, not gone."""
    return state_rules.failed(state, PiecesTimeout("when asked to list the allocations", 15), answering=True)


class Rules:
    def __init__(self, enabled: bool = True) -> None:
        self.clock = Ticks()
        self.enabled = enabled
        self.rules = NoticeRules(lambda: self.enabled, clock=self.clock, wall_clock=self.clock.wall)
        self.rules.observe(AppState())  # the app starts knowing nothing

    def see(self, state: AppState, after: float = 0.5) -> None:
        self.clock.now += after
        self.rules.observe(state)

    def told(self) -> list[NoticeKind]:
        """What is told once every pending change has settled."""
        kinds = []
        while (due := self.rules.due()) is not None:
            self.clock.now += due
            notice = self.rules.take()
            if notice is not None:
                kinds.append(notice.kind)
        return kinds


def test_the_first_state_is_never_told() -> None:
    rules = Rules()
    rules.see(mine("FAILED"))
    assert rules.told() == []


def test_a_cloud_that_connects_is_told_once_however_long_it_stays() -> None:
    rules = Rules()
    rules.see(mine("PENDING"))
    rules.see(mine("RUNNING"))
    assert rules.told() == [NoticeKind.CONNECTED]
    for _ in range(5):
        rules.see(mine("RUNNING", refreshing=True), after=5)
    assert rules.told() == []


def test_nothing_is_told_before_the_change_has_settled() -> None:
    rules = Rules()
    rules.see(mine("RUNNING"))
    rules.see(mine("FAILED"))
    rules.clock.now += SETTLE_SECONDS - 0.1
    assert rules.rules.take() is None
    rules.clock.now += 0.1
    notice = rules.rules.take()
    assert notice is not None
    assert notice.kind is NoticeKind.FAILED
    assert notice.cloud_url == cloud(ME.id).personal_url


def test_a_flap_that_returns_within_the_window_tells_nothing() -> None:
    rules = Rules()
    rules.see(mine("RUNNING"))
    rules.see(mine("DISCONNECTED"), after=0.5)
    rules.see(mine("RUNNING"), after=0.5)
    assert rules.told() == []


def test_a_wake_burst_tells_only_where_it_landed() -> None:
    rules = Rules()
    rules.see(mine("RUNNING"))
    # Waking up: Pieces OS not answering yet, the cloud reconnecting, then failed, within two seconds.
    rules.see(gone(mine("RUNNING")), after=0.3)
    rules.see(mine("PENDING"), after=0.5)
    rules.see(mine("DISCONNECTED"), after=0.5)
    rules.see(mine("FAILED"), after=0.5)
    assert rules.told() == [NoticeKind.FAILED]


def test_after_a_sleep_what_comes_back_as_it_was_tells_nothing() -> None:
    rules = Rules()
    rules.see(mine("RUNNING"))
    rules.clock.slept += 8 * 3600
    # Pieces OS and the network wake slower than the machine: well over the settle window of trouble.
    rules.see(gone(mine("RUNNING")))
    rules.see(gone(mine("RUNNING")), after=SETTLE_SECONDS + 2)
    rules.see(mine("PENDING"), after=5)
    rules.see(mine("RUNNING"), after=5)
    assert rules.told() == []


def test_after_a_sleep_a_cloud_that_stays_down_is_told_once_the_quiet_is_over() -> None:
    rules = Rules()
    rules.see(mine("RUNNING"))
    rules.clock.slept += 600
    rules.see(mine("FAILED"))  # the first state after waking
    rules.clock.now += WAKE_QUIET_SECONDS - 0.1
    assert rules.rules.take() is None
    rules.clock.now += 0.1
    notice = rules.rules.take()
    assert notice is not None
    assert notice.kind is NoticeKind.FAILED


def test_a_disconnect_nobody_asked_for_is_told() -> None:
    rules = Rules()
    rules.see(mine("RUNNING"))
    rules.see(mine("DISCONNECTED"))
    assert rules.told() == [NoticeKind.DISCONNECTED]


def test_a_disconnect_the_user_asked_for_is_not_told() -> None:
    rules = Rules()
    rules.see(mine("RUNNING"))
    asked = Operation(1, OperationKind.DISCONNECT, ME.id, started=rules.clock.now)
    rules.see(mine("RUNNING", operations=(asked,)))
    done = replace(asked, phase=OperationPhase.SUCCEEDED, ended=rules.clock.now + 1)
    rules.see(mine("DISCONNECTED", operations=(done,)), after=1)
    assert rules.told() == []


def test_an_operation_watched_in_its_dialog_is_not_told_again() -> None:
    rules = Rules()
    rules.see(mine("DISCONNECTED"))
    watched = Operation(1, OperationKind.RECONNECT, ME.id, watched=True, started=rules.clock.now)
    rules.see(mine("PENDING", operations=(watched,)))
    rules.see(mine("RUNNING", operations=(replace(watched, phase=OperationPhase.SUCCEEDED),)), after=10)
    assert rules.told() == []


def test_an_operation_whose_dialog_closed_explains_nothing_from_then() -> None:
    """How the record reads once its dialog closed mid-way (see test_notices_live for the real dialog)."""
    rules = Rules()
    rules.see(mine("DISCONNECTED"))
    watched = Operation(1, OperationKind.RECONNECT, ME.id, watched=True, started=rules.clock.now)
    rules.see(mine("PENDING", operations=(watched,)))
    rules.see(mine("PENDING", operations=(replace(watched, watched=False),)), after=10)
    rules.see(mine("FAILED", operations=(replace(watched, watched=False),)), after=2)
    assert rules.told() == [NoticeKind.FAILED]


def test_pieces_os_gone_and_back_are_told_each_once() -> None:
    rules = Rules()
    rules.see(mine("RUNNING"))
    rules.see(gone(mine("RUNNING")))
    for _ in range(3):
        rules.see(gone(mine("RUNNING")), after=5)
    assert rules.told() == [NoticeKind.PIECES_OS_GONE]
    rules.see(mine("RUNNING"))
    assert rules.told() == [NoticeKind.PIECES_OS_BACK]


def test_pieces_os_gone_while_stale_data_is_still_shown_is_told() -> None:
    rules = Rules()
    rules.see(mine("RUNNING"))
    stale = gone(mine("RUNNING"))
    assert stale.phase is Phase.LOADED
    assert stale.stale
    rules.see(stale)
    assert rules.told() == [NoticeKind.PIECES_OS_GONE]


def test_a_list_that_times_out_while_health_answers_is_not_pieces_os_gone() -> None:
    rules = Rules()
    rules.see(mine("RUNNING"))
    for _ in range(8):  # 40 s of a list that hangs while each health check answers
        rules.see(slow(mine("RUNNING")), after=5)
    assert rules.told() == []
    rules.see(mine("RUNNING"))
    assert rules.told() == []  # and nothing came back, since nothing had gone


def test_starting_while_pieces_os_is_down_tells_nothing_until_it_comes() -> None:
    rules = Rules()
    rules.see(gone(AppState()))
    assert rules.told() == []
    rules.see(mine("RUNNING"))
    assert rules.told() == [NoticeKind.PIECES_OS_BACK]


def test_a_new_cloud_that_connects_is_told() -> None:
    rules = Rules()
    rules.see(loaded_state(allocations=(), user=ME, phase=Phase.NO_ALLOCATIONS))
    rules.see(mine("RUNNING"))
    assert rules.told() == [NoticeKind.CONNECTED]


def test_the_setting_turns_notices_off_and_nothing_is_replayed_when_it_is_turned_on() -> None:
    rules = Rules(enabled=False)
    rules.see(mine("RUNNING"))
    rules.see(mine("FAILED"))
    assert rules.told() == []
    rules.enabled = True
    rules.see(mine("FAILED"), after=10)
    assert rules.told() == []
    rules.see(mine("RUNNING"))
    assert rules.told() == [NoticeKind.CONNECTED]
