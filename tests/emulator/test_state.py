"""Tests of the in-memory state: transitions, epochs, the snapshot cache, updates, URL statuses."""

from __future__ import annotations

import json

import pytest

from gui.api.models import Allocations, ReturnedUserProfile
from gui.emulator.seed import seed_world
from gui.emulator.state import EmulatorState

from .conftest import FIXED_NOW, fixed_clock


def _state(n: int = 3) -> EmulatorState:
    return EmulatorState(seed_world(n, 0, FIXED_NOW), fixed_clock)


def _statuses(state: EmulatorState) -> dict[str, str]:
    body = json.loads(state.allocations_body(True))
    return {c["id"]: c["status"]["cloud"] for c in body["iterable"]}


def test_snapshot_is_cached_until_something_changes() -> None:
    state = _state()
    first = state.allocations_body(True)
    assert state.allocations_body(True) is first
    state.set_url_status(state.user_id, "id", "FAILED")
    changed = state.allocations_body(True)
    assert changed is not first
    assert json.loads(changed)["iterable"][0]["urls"]["id"]["status"] == "FAILED"
    Allocations.model_validate_json(changed)


def test_snapshot_signed_out_is_empty() -> None:
    assert json.loads(_state().allocations_body(False))["iterable"] == []


def test_connect_transition_pending_then_running() -> None:
    state = _state()
    profile = state.user_profile()
    allocation_id, epoch = state.begin_connect(profile)
    assert allocation_id == state.user_id
    assert _statuses(state)[allocation_id] == "PENDING"
    settled = state.settle(allocation_id, epoch, "RUNNING")
    assert settled is not None
    assert settled["status"]["cloud"] == "RUNNING"
    assert settled["version"] == "1.4.2"
    assert settled["updated"]["value"] == "2026-03-25T13:00:00.000Z"


def test_connect_creates_the_cloud_from_the_profile() -> None:
    state = _state(0)
    profile = state.user_profile()
    allocation_id, _ = state.begin_connect(profile)
    cloud = state.allocation(allocation_id)
    assert cloud is not None
    assert cloud["status"]["cloud"] == "PENDING"
    assert cloud["urls"]["vanity"]["url"] == f"https://{profile['vanityname']}.pieces.cloud"
    assert cloud["project"] == "pieces-user-clouds"
    assert cloud["region"] == "us-central1"


def test_connect_of_a_profile_without_vanity_has_no_vanity_url() -> None:
    state = _state(0)
    allocation_id, _ = state.begin_connect({"id": "new-user"})
    cloud = state.allocation(allocation_id)
    assert cloud is not None
    assert "vanity" not in cloud["urls"]


def test_a_disconnect_overtakes_a_pending_connect() -> None:
    state = _state()
    allocation_id, epoch = state.begin_connect(state.user_profile())
    assert state.disconnect(allocation_id, drop=False)
    settled = state.settle(allocation_id, epoch, "RUNNING")
    assert settled is not None
    assert settled["status"]["cloud"] == "DISCONNECTED"


def test_settle_of_a_dropped_cloud_is_none() -> None:
    state = _state()
    allocation_id, epoch = state.begin_connect(state.user_profile())
    assert state.disconnect(allocation_id, drop=True)
    assert state.settle(allocation_id, epoch, "RUNNING") is None
    assert state.allocation(allocation_id) is None


def test_reconnect_of_an_unknown_cloud() -> None:
    assert _state().begin_reconnect("nope") is None


def test_disconnect_of_an_unknown_cloud() -> None:
    assert _state().disconnect("nope", drop=False) is False


def test_user_profile_mirrors_the_own_allocation() -> None:
    state = _state()
    state.set_url_status(state.user_id, "vanity", "FAILED")
    snapshot = ReturnedUserProfile.model_validate_json(state.user_body(True))
    assert snapshot.user is not None
    assert snapshot.user.allocation is not None
    assert snapshot.user.allocation.urls.vanity is not None
    assert snapshot.user.allocation.urls.vanity.status == "FAILED"
    state.disconnect(state.user_id, drop=True)
    assert "allocation" not in state.user_profile()


def test_user_body_signed_out_has_no_user() -> None:
    assert json.loads(_state().user_body(False)) == {
        "schema": {"migration": 0, "semantic": "MAJOR_0_MINOR_0_PATCH_1"}
    }


def test_update_changes_known_fields_only() -> None:
    state = _state()
    cloud = state.allocation(state.user_id)
    assert cloud is not None
    changed = state.update({**cloud, "version": "9.9.9", "region": None, "surprise": 1})
    assert changed is not None
    assert changed["version"] == "9.9.9"
    assert "region" not in changed
    assert "surprise" not in changed
    assert state.update({**cloud, "id": "nope"}) is None


def test_allocation_returns_a_copy() -> None:
    state = _state()
    cloud = state.allocation(state.user_id)
    assert cloud is not None
    cloud["status"]["cloud"] = "FAILED"
    assert _statuses(state)[state.user_id] == "RUNNING"


def test_set_url_status_refusals() -> None:
    state = _state()
    with pytest.raises(KeyError):
        state.set_url_status("nope", "base", "FAILED")
    with pytest.raises(ValueError, match="role"):
        state.set_url_status(state.user_id, "cname", "FAILED")
    no_vanity, _ = state.begin_connect({"id": "new-user"})
    with pytest.raises(ValueError, match="no vanity URL"):
        state.set_url_status(no_vanity, "vanity", "FAILED")


def test_set_cloud_status_leaves_urls_alone() -> None:
    state = _state()
    state.set_cloud_status(state.user_id, "FAILED")
    cloud = state.allocation(state.user_id)
    assert cloud is not None
    assert cloud["status"]["cloud"] == "FAILED"
    assert cloud["urls"]["base"]["status"] == "RUNNING"
    with pytest.raises(KeyError):
        state.set_cloud_status("nope", "FAILED")


def test_reseed_replaces_everything() -> None:
    state = _state(3)
    before = state.allocations_body(True)
    state.reseed(seed_world(7, 1, FIXED_NOW))
    assert len(json.loads(state.allocations_body(True))["iterable"]) == 7
    assert state.allocations_body(True) != before
