"""The state rules: what Pieces OS answered, or how it failed, decides what the window and the tray say."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from gui.api import (
    AllocationStatus,
    BadResponse,
    DiscoveryFailed,
    NotSignedIn,
    PiecesTimeout,
    PiecesUnreachable,
    UpdateRequired,
    UserProfile,
)
from gui.state import AppState, Operation, OperationKind, OperationPhase, Phase, rules
from tests.views.builders import NOW, RUNNING_ID, connection, loaded_state, three_mixed, user, with_status


def test_a_whole_answer_loads_and_ends_any_failure() -> None:
    failing = AppState(phase=Phase.UNREACHABLE, error=PiecesUnreachable("x"), error_text="down")
    state = rules.loaded(failing, user(), three_mixed(), NOW)
    assert state.phase is Phase.LOADED
    assert state.last_success == NOW
    assert state.error is None
    assert state.error_text is None


def test_no_allocations_reads_as_no_cloud_when_signed_in_and_signed_out_otherwise() -> None:
    assert rules.loaded(AppState(), user(), (), NOW).phase is Phase.NO_ALLOCATIONS
    assert rules.loaded(AppState(), None, (), NOW).phase is Phase.SIGNED_OUT


def test_a_failure_with_data_on_screen_keeps_it_and_turns_it_stale() -> None:
    shown = loaded_state()
    state = rules.failed(shown, PiecesTimeout("when asked to list the allocations", 15))
    assert state.phase is Phase.LOADED
    assert state.allocations == shown.allocations
    assert state.stale


def test_without_data_nothing_answering_is_unreachable_and_a_bad_answer_is_failing() -> None:
    assert rules.failed(AppState(), DiscoveryFailed(["http://x"])).phase is Phase.UNREACHABLE
    assert rules.failed(AppState(), PiecesTimeout("x", 2)).phase is Phase.UNREACHABLE
    assert rules.failed(AppState(), BadResponse("x", "y")).phase is Phase.FAILING


def test_signed_out_and_update_required_win_over_old_data() -> None:
    signed_out = rules.failed(loaded_state(), NotSignedIn(401, "", "list the allocations"))
    assert signed_out.phase is Phase.SIGNED_OUT
    assert signed_out.allocations == ()
    assert signed_out.user is None
    update = rules.failed(loaded_state(), UpdateRequired(593, "", "list the allocations"))
    assert update.phase is Phase.UPDATE_REQUIRED


def test_forgetting_an_address_clears_everything_learnt_from_it() -> None:
    state = rules.forgotten(replace(loaded_state(), stream_live=True))
    assert state == AppState(refresh_seconds=state.refresh_seconds)


def test_a_pushed_profile_updates_the_users_own_cloud_at_once() -> None:
    shown = loaded_state()
    own = shown.allocation(RUNNING_ID)
    assert own is not None
    failed_cloud = with_status(own, AllocationStatus.FAILED)
    body = user().to_wire() | {"allocation": failed_cloud.to_wire()}
    state = rules.user_pushed(shown, UserProfile.model_validate(body))
    pushed = state.allocation(RUNNING_ID)
    assert pushed is not None
    assert pushed.status.cloud is AllocationStatus.FAILED
    assert [c.id for c in state.allocations] == [c.id for c in shown.allocations]


def test_a_push_saying_nobody_is_signed_in_forgets_the_user() -> None:
    state = rules.user_pushed(loaded_state(), None)
    assert state.user is None
    assert state.phase is Phase.LOADED  # the allocations are still listed
    assert rules.user_pushed(loaded_state(allocations=()), None).phase is Phase.SIGNED_OUT


def test_signing_in_again_shows_the_cloud_or_offers_one() -> None:
    signed_out = loaded_state(allocations=(), user=None, phase=Phase.SIGNED_OUT)
    assert rules.user_pushed(signed_out, user()).phase is Phase.NO_ALLOCATIONS


def test_only_the_latest_finished_operations_are_kept_and_running_ones_always() -> None:
    state = AppState()
    running = Operation(0, OperationKind.CONNECT, "me")
    state = rules.operation_started(state, running)
    for number in range(1, 20):
        op = Operation(number, OperationKind.DISCONNECT, f"c{number}")
        state = rules.operation_started(state, op)
        state = rules.operation_changed(state, replace(op, phase=OperationPhase.SUCCEEDED))
    assert state.operations[0] == running
    assert len(state.operations) == 1 + rules.KEPT_FINISHED_OPERATIONS
    assert state.operations[-1].number == 19


def test_migrating_shows_the_connection_and_clears_the_error() -> None:
    failing = AppState(phase=Phase.FAILING, error_text="x")
    state = rules.migrating(failing, connection("migrating"))
    assert state.phase is Phase.MIGRATING
    assert state.error_text is None
    assert state.connection is not None


def test_stale_is_only_old_data_while_failing() -> None:
    assert not AppState(error_text="down").stale
    assert AppState(error_text="down", last_success=NOW - timedelta(minutes=3)).stale


def test_a_timeout_after_pieces_os_answered_its_health_is_slow_not_gone() -> None:
    slow = rules.failed(AppState(), PiecesTimeout("when asked to list the allocations", 15), answering=True)
    assert slow.phase is Phase.FAILING
    assert not rules.lost_pieces_os(PiecesTimeout("x", 1), answering=True)
    assert rules.lost_pieces_os(PiecesTimeout("x", 1))


def test_whether_pieces_os_is_lost_is_kept_in_the_state_with_data_on_screen_or_not() -> None:
    timeout = PiecesTimeout("when asked to list the allocations", 15)
    for before in (AppState(), loaded_state()):
        assert rules.failed(before, timeout).pieces_os_lost
        assert rules.failed(before, PiecesUnreachable("x")).pieces_os_lost
        assert not rules.failed(before, timeout, answering=True).pieces_os_lost
        assert not rules.failed(before, BadResponse("x", "y")).pieces_os_lost
    stale = rules.failed(loaded_state(), timeout)
    assert stale.phase is Phase.LOADED  # the old list stays shown, and it is known that nothing answers
    assert stale.stale


def test_anything_pieces_os_says_ends_lost() -> None:
    lost = rules.failed(loaded_state(), PiecesUnreachable("x"))
    assert not rules.loaded(lost, user(), three_mixed(), NOW).pieces_os_lost
    assert not rules.migrating(lost, connection("migrating")).pieces_os_lost
    assert not rules.failed(lost, UpdateRequired(593, "", "list the allocations")).pieces_os_lost
    assert not rules.failed(lost, NotSignedIn(401, "", "list the allocations")).pieces_os_lost
    assert not rules.failed(lost, PiecesTimeout("x", 1), answering=True).pieces_os_lost
    assert not rules.forgotten(lost).pieces_os_lost
