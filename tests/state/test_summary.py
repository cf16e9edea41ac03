"""The summary the tray shows: the user's own cloud first, else the worst; one status per state."""

from __future__ import annotations

from dataclasses import replace

import pytest

from gui.api import AllocationStatus, BadResponse, PiecesTimeout, PiecesUnreachable, ServerError
from gui.state import AppState, CloudStatus, Phase, rules, summarize
from tests.views.builders import FAILED_ID, RUNNING_ID, cloud, loaded_state, three_mixed, user


def test_the_signed_in_users_own_cloud_decides_even_when_another_has_failed() -> None:
    # The examples' user owns the RUNNING cloud; another cloud in the list has FAILED.
    summary = summarize(loaded_state())
    assert summary.status is CloudStatus.CONNECTED
    assert summary.cloud is not None
    assert summary.cloud.id == RUNNING_ID
    assert summary.own


def test_without_a_cloud_of_their_own_the_worst_cloud_decides() -> None:
    others = tuple(c for c in three_mixed() if c.id != RUNNING_ID)
    summary = summarize(loaded_state(allocations=others))
    assert summary.status is CloudStatus.FAILED
    assert summary.cloud is not None
    assert summary.cloud.id == FAILED_ID
    assert not summary.own


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("RUNNING", CloudStatus.CONNECTED),
        ("SUCCEEDED", CloudStatus.CONNECTED),
        ("PENDING", CloudStatus.CONNECTING),
        ("FAILED", CloudStatus.FAILED),
        ("DISCONNECTED", CloudStatus.DISCONNECTED),
        ("HIBERNATING", CloudStatus.UNKNOWN),
    ],
)
def test_each_cloud_status_reads_as_its_own_word(status: str, expected: CloudStatus) -> None:
    me = user()
    state = loaded_state(allocations=(cloud(me.id, status),), user=me)
    assert summarize(state).status is expected


@pytest.mark.parametrize(
    ("phase", "expected"),
    [
        (Phase.SEARCHING, CloudStatus.UNKNOWN),
        (Phase.UNREACHABLE, CloudStatus.UNREACHABLE),
        (Phase.FAILING, CloudStatus.ERROR),
        (Phase.MIGRATING, CloudStatus.NOT_READY),
        (Phase.UPDATE_REQUIRED, CloudStatus.NOT_READY),
        (Phase.SIGNED_OUT, CloudStatus.SIGNED_OUT),
        (Phase.NO_ALLOCATIONS, CloudStatus.NO_CLOUD),
    ],
)
def test_every_phase_without_allocations_has_its_status(phase: Phase, expected: CloudStatus) -> None:
    assert summarize(AppState(phase=phase)).status is expected


def test_pieces_os_answering_with_an_error_is_not_called_unreachable() -> None:
    down = rules.failed(AppState(), PiecesUnreachable("Nothing answers at http://127.0.0.1:39300."))
    assert summarize(down).status is CloudStatus.UNREACHABLE
    for said in (
        BadResponse("Pieces OS sent an answer this app cannot read.", "Update the app."),
        ServerError(500, "Database is locked", "list the allocations"),
    ):
        assert summarize(rules.failed(AppState(), said)).status is CloudStatus.ERROR
    slow = rules.failed(AppState(), PiecesTimeout("when asked to list the allocations", 15), answering=True)
    assert summarize(slow).status is CloudStatus.ERROR


def test_stale_data_is_marked_stale() -> None:
    state = replace(loaded_state(), error_text="Pieces OS is not reachable")
    assert summarize(state).stale
    assert summarize(state).status is CloudStatus.CONNECTED


def test_the_worst_of_equals_is_the_first_listed() -> None:
    first, second = cloud(RUNNING_ID, "FAILED"), cloud(FAILED_ID, "FAILED")
    assert summarize(loaded_state(allocations=(first, second), user=None)).cloud == first


def test_allocation_status_unknown_sorts_between_pending_and_running() -> None:
    from gui.state.summary import severity

    assert severity(AllocationStatus.PENDING) < severity(AllocationStatus.UNKNOWN)
    assert severity(AllocationStatus.UNKNOWN) < severity(AllocationStatus.RUNNING)
