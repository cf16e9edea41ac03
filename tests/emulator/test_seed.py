"""Tests of the seeded world: deterministic, varied, valid for our models and the official SDK."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime

import pytest
from pieces_os_client.models.allocation_cloud import AllocationCloud as SdkAllocationCloud
from pieces_os_client.models.user_profile import UserProfile as SdkUserProfile

from gui.api.models import AllocationCloud, AllocationStatus, UserProfile
from gui.emulator.seed import seed_world

from .helpers import sdk_parse

NOW = datetime(2026, 3, 25, 13, 0, tzinfo=UTC)


def test_same_seed_same_world() -> None:
    assert json.dumps(seed_world(50, 7, NOW).__dict__) == json.dumps(seed_world(50, 7, NOW).__dict__)


def test_other_seed_other_world() -> None:
    assert seed_world(5, 1, NOW).user["id"] != seed_world(5, 2, NOW).user["id"]


def test_user_does_not_depend_on_the_number_of_allocations() -> None:
    assert seed_world(0, 3, NOW).user == seed_world(40, 3, NOW).user


def test_first_allocation_is_the_users_own_running_with_vanity() -> None:
    world = seed_world(3, 0, NOW)
    own = world.allocations[0]
    assert own["id"] == own["user"] == world.user["id"] == world.user["auth0"]["global_id"]
    assert own["status"]["cloud"] == "RUNNING"
    assert own["urls"]["vanity"]["url"] == f"https://{world.user['vanityname']}.pieces.cloud"
    assert own["version"] == "1.4.2"


def test_zero_allocations_still_has_a_user() -> None:
    world = seed_world(0, 0, NOW)
    assert world.allocations == []
    UserProfile.model_validate(world.user)


def test_negative_count_is_refused() -> None:
    with pytest.raises(ValueError, match="0 or more"):
        seed_world(-1, 0, NOW)


def test_default_three_show_varied_states() -> None:
    clouds = seed_world(3, 0, NOW).allocations
    second = clouds[1]["urls"]
    assert second["base"]["status"] == "RUNNING"
    assert second["id"]["status"] == "FAILED"
    assert clouds[2]["status"]["cloud"] == "PENDING"


def test_many_allocations_are_varied() -> None:
    clouds = seed_world(500, 11, NOW).allocations
    statuses = Counter(c["status"]["cloud"] for c in clouds)
    assert statuses["RUNNING"] > len(clouds) / 2
    assert {"PENDING", "FAILED", "DISCONNECTED"} <= statuses.keys()
    assert any("vanity" not in c["urls"] for c in clouds)
    assert any("updated" not in c for c in clouds)
    assert any("version" not in c for c in clouds)
    assert any("region" not in c for c in clouds)
    assert any(c["urls"]["base"]["status"] != c["urls"]["id"]["status"] for c in clouds)
    assert len({c["id"] for c in clouds}) == len(clouds)
    vanities = [c["urls"]["vanity"]["url"] for c in clouds if "vanity" in c["urls"]]
    assert len(set(vanities)) == len(vanities)


def test_updated_spread_over_past_weeks() -> None:
    clouds = seed_world(300, 5, NOW).allocations
    stamps = [datetime.fromisoformat(c["updated"]["value"]) for c in clouds if "updated" in c]
    assert all(stamp <= NOW for stamp in stamps)
    assert (NOW - min(stamps)).days >= 14


def test_every_seeded_payload_is_valid_for_our_models_and_the_sdk() -> None:
    world = seed_world(300, 9, NOW)
    for cloud in world.allocations:
        model = AllocationCloud.model_validate(cloud)
        assert model.status.cloud is not AllocationStatus.UNKNOWN
        sdk_parse(SdkAllocationCloud, json.dumps(cloud))
    UserProfile.model_validate(world.user)
    assert sdk_parse(SdkUserProfile, json.dumps(world.user)).email == world.user["email"]


def test_ten_thousand_seed() -> None:
    # How fast is for the benchmarks to say; here, that it copes with the size at all.
    world = seed_world(10_000, 0, NOW)
    assert len(world.allocations) == 10_000
    assert len({cloud["id"] for cloud in world.allocations}) == 10_000
