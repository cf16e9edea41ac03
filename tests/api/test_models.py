"""The models read every payload of the contract, tolerate what real servers vary, and refuse broken ones."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pydantic
import pytest

from gui.api import (
    AllocationCloud,
    AllocationCloudStatus,
    AllocationCloudUrl,
    Allocations,
    AllocationStatus,
    GroupedTimestamp,
    ReturnedUserProfile,
    UserProfile,
)

from .examples import example


def test_three_mixed_snapshot_reads_every_status_and_url() -> None:
    snapshot = Allocations.model_validate(example("allocations_snapshot_three_mixed"))

    statuses = [cloud.status.cloud for cloud in snapshot.iterable]
    assert statuses == [AllocationStatus.RUNNING, AllocationStatus.PENDING, AllocationStatus.FAILED]
    first = snapshot.iterable[0]
    assert first.personal_url == "https://mark.pieces.cloud"
    assert first.updated is not None
    assert first.updated.value == datetime(2026, 3, 25, 12, 58, 49, 120000, tzinfo=UTC)
    assert [name for name, _ in first.urls.named()] == ["vanity", "id", "base"]


def test_personal_url_falls_back_to_the_id_url_without_a_vanity() -> None:
    cloud = Allocations.model_validate(example("allocations_snapshot_three_mixed")).iterable[1]
    assert cloud.urls.vanity is None
    assert cloud.personal_url == cloud.urls.id.url


def test_empty_snapshot() -> None:
    assert Allocations.model_validate(example("allocations_snapshot_empty")).iterable == ()


def test_signed_out_user_snapshot_has_no_user() -> None:
    assert ReturnedUserProfile.model_validate(example("user_snapshot_signed_out")).user is None


@pytest.mark.parametrize("status", ["MIGRATING_TO_MARS", "", "running"])
def test_unknown_status_strings_become_unknown(status: str) -> None:
    raw = example("allocation_cloud_disconnected")
    raw["status"]["cloud"] = status
    raw["urls"]["base"]["status"] = status
    cloud = AllocationCloud.model_validate(raw)
    assert cloud.status.cloud is AllocationStatus.UNKNOWN
    assert cloud.urls.base.status is AllocationStatus.UNKNOWN


@pytest.mark.parametrize("field", ["region", "version", "updated", "schema"])
def test_optional_fields_may_be_absent_or_null(field: str) -> None:
    raw = example("allocations_snapshot_one_running")["iterable"][0]
    absent = {k: v for k, v in raw.items() if k != field}
    null = {**raw, field: None}
    for payload in (absent, null):
        cloud = AllocationCloud.model_validate(payload)
        assert getattr(cloud, "schema_" if field == "schema" else field) is None


@pytest.mark.parametrize("field", ["id", "project", "status", "urls", "user"])
def test_required_allocation_fields_are_required(field: str) -> None:
    raw = example("allocations_snapshot_one_running")["iterable"][0]
    del raw[field]
    with pytest.raises(pydantic.ValidationError, match=field):
        AllocationCloud.model_validate(raw)


@pytest.mark.parametrize(
    "path", [("urls", "base"), ("urls", "id"), ("status", "cloud"), ("urls", "id", "url")]
)
def test_required_nested_fields_are_required(path: tuple[str, ...]) -> None:
    raw = example("allocations_snapshot_one_running")["iterable"][0]
    parent: dict[str, Any] = raw
    for key in path[:-1]:
        parent = parent[key]
    del parent[path[-1]]
    with pytest.raises(pydantic.ValidationError):
        AllocationCloud.model_validate(raw)


@pytest.mark.parametrize("field", ["id", "aesthetics"])
def test_required_user_fields_are_required(field: str) -> None:
    raw = example("user_profile")
    del raw[field]
    with pytest.raises(pydantic.ValidationError, match=field):
        UserProfile.model_validate(raw)


def test_extra_fields_from_newer_servers_are_kept() -> None:
    raw = example("allocations_snapshot_one_running")["iterable"][0]
    raw["gpu"] = {"kind": "none"}
    cloud = AllocationCloud.model_validate(raw)
    assert cloud.model_extra == {"gpu": {"kind": "none"}}


def test_user_profile_goes_back_exactly_as_pieces_os_gave_it() -> None:
    raw = example("user_profile")
    raw["futureField"] = {"nested": [1, 2, 3]}
    raw["providers"]["iterable"][0]["type"] = "carrier-pigeon"  # an enum value we map to UNKNOWN
    raw["created"]["value"] = "2024-06-03T03:33:00Z"  # the server's own date formatting
    sent = UserProfile.model_validate_json(json.dumps(raw)).to_wire()
    assert sent == raw


def test_a_built_profile_serializes_with_json_names() -> None:
    user = UserProfile.model_validate(example("user_profile"))
    rebuilt = UserProfile(**user.model_dump())
    wire = rebuilt.to_wire()
    assert wire["id"] == user.id
    assert "schema" in wire
    assert "schema_" not in wire
    assert wire["providers"]["iterable"][0]["isSocial"] is True


def test_missing_email_and_picture_stay_missing() -> None:
    raw = example("user_profile")
    del raw["email"], raw["picture"]
    user = UserProfile.model_validate(raw)
    assert user.email is None
    assert user.picture is None
    assert user.display_name == "Mark Example"


def test_display_name_falls_back_through_username_to_id() -> None:
    raw = example("user_profile")
    del raw["name"]
    assert UserProfile.model_validate(raw).display_name == "markexample"
    del raw["username"], raw["email"]
    assert UserProfile.model_validate(raw).display_name == raw["id"]


def test_models_are_immutable() -> None:
    cloud = AllocationCloud.model_validate(example("allocation_cloud_disconnected"))
    with pytest.raises(AttributeError):
        cloud.project = "elsewhere"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        cloud.status.cloud = AllocationStatus.RUNNING  # type: ignore[misc]
    user = UserProfile.model_validate(example("user_profile"))
    with pytest.raises(pydantic.ValidationError):
        user.name = "someone else"  # type: ignore[misc]


def test_an_updated_copy_is_sent_as_it_now_is() -> None:
    cloud = AllocationCloud.model_validate(example("allocation_cloud_disconnected"))
    copy = cloud.model_copy(update={"project": "elsewhere"})
    assert copy.to_wire()["project"] == "elsewhere"
    assert copy.to_wire()["urls"]["base"]["url"] == cloud.urls.base.url
    assert cloud.model_copy().to_wire() == cloud.to_wire()


def test_what_goes_on_the_wire_cannot_change_the_model() -> None:
    cloud = AllocationCloud.model_validate(example("allocation_cloud_disconnected"))
    cloud.to_wire()["project"] = "changed by a caller"
    assert cloud.to_wire()["project"] == "pieces-user-clouds"


def test_a_model_built_in_code_is_sent_as_json() -> None:
    read = AllocationCloud.model_validate(example("allocation_cloud_disconnected"))
    cloud = AllocationCloud(
        id=read.id,
        project=read.project,
        status=AllocationCloudStatus(cloud=AllocationStatus.DISCONNECTED),
        urls=read.urls,
        user=read.user,
        updated=GroupedTimestamp(value=datetime(2026, 3, 25, 12, 58, 49, tzinfo=UTC)),
        schema_=read.schema_,
    )
    wire = cloud.to_wire()
    assert json.loads(json.dumps(wire)) == wire
    assert wire["status"] == {"cloud": "DISCONNECTED"}
    assert wire["updated"]["value"] == "2026-03-25T12:58:49Z"
    assert wire["schema"] == example("allocation_cloud_disconnected")["schema"]
    assert cloud.updated is not None
    assert cloud.updated.value == datetime(2026, 3, 25, 12, 58, 49, tzinfo=UTC)


def test_a_cloud_built_in_code_is_checked_like_an_answer() -> None:
    with pytest.raises(pydantic.ValidationError, match="url"):
        AllocationCloudUrl(status=AllocationStatus.RUNNING)
    with pytest.raises(pydantic.ValidationError, match="value"):
        AllocationCloud.model_validate(
            {**example("allocation_cloud_disconnected"), "updated": {"value": "soon"}}
        )


def test_a_status_this_app_does_not_know_is_sent_back_as_it_came() -> None:
    raw = example("allocation_cloud_disconnected")
    raw["status"]["cloud"] = "HIBERNATING"
    for cloud in (AllocationCloud.model_validate_json(json.dumps(raw)), AllocationCloud.model_validate(raw)):
        assert cloud.status.cloud is AllocationStatus.UNKNOWN
        assert cloud.status.cloud_raw == "HIBERNATING"
        assert cloud.to_wire()["status"]["cloud"] == "HIBERNATING"
