"""Tests of the read routes over HTTP: allocations, one allocation, user, well-known, 404 and 593."""

from __future__ import annotations

import json
import uuid

import httpx
import pytest
from pieces_os_client.models.allocation_cloud import AllocationCloud as SdkAllocationCloud
from pieces_os_client.models.allocations import Allocations as SdkAllocations
from pieces_os_client.models.returned_user_profile import ReturnedUserProfile as SdkReturnedUserProfile

from gui.api.models import AllocationCloud, Allocations, AllocationStatus, ReturnedUserProfile
from gui.emulator import Emulator

from .helpers import assert_json, assert_text, sdk_parse


def test_allocations_snapshot(emu: Emulator, http: httpx.Client) -> None:
    response = http.get("/allocations")
    body = assert_json(response)
    assert body["schema"] == {"migration": 0, "semantic": "MAJOR_0_MINOR_0_PATCH_1"}
    ours = Allocations.model_validate_json(response.content)
    assert [c.status.cloud for c in ours.iterable] == [
        AllocationStatus.RUNNING,
        AllocationStatus.FAILED,
        AllocationStatus.PENDING,
    ]
    assert ours.iterable[0].id == emu.user_id
    sdk = sdk_parse(SdkAllocations, response.text)
    assert [c.id for c in sdk.iterable] == [c.id for c in ours.iterable]


def test_allocations_signed_out_is_empty(emu: Emulator, http: httpx.Client) -> None:
    emu.sign_out()
    assert assert_json(http.get("/allocations"))["iterable"] == []
    emu.sign_in()
    assert len(assert_json(http.get("/allocations"))["iterable"]) == 3


def test_allocations_with_none(emu: Emulator, http: httpx.Client) -> None:
    emu.set_allocations(0)
    assert Allocations.model_validate_json(http.get("/allocations").content).iterable == ()


def test_one_allocation(emu: Emulator, http: httpx.Client) -> None:
    response = http.get(f"/allocation/{emu.user_id}")
    assert assert_json(response) == emu.allocation(emu.user_id)
    assert AllocationCloud.model_validate_json(response.content).personal_url.endswith(".pieces.cloud")
    sdk_parse(SdkAllocationCloud, response.text)


def test_one_unknown_allocation_is_gone(http: httpx.Client) -> None:
    assert_text(http.get(f"/allocation/{uuid.uuid4()}"), 410, "Cloud not found.")


def test_one_allocation_signed_out_is_gone(emu: Emulator, http: httpx.Client) -> None:
    emu.sign_out()
    assert_text(http.get(f"/allocation/{emu.user_id}"), 410, "Cloud not found.")


def test_user_signed_in(emu: Emulator, http: httpx.Client) -> None:
    response = http.get("/user")
    assert_json(response)
    snapshot = ReturnedUserProfile.model_validate_json(response.content)
    user = snapshot.user
    assert user is not None
    assert user.id == emu.user_id
    assert user.auth0 is not None
    assert user.auth0.global_id == emu.user_id
    assert user.auth0.vanityname == user.vanityname
    assert all((user.email, user.name, user.picture, user.username))
    assert user.providers is not None
    assert user.providers.iterable[0].type == "github"
    assert user.allocation is not None
    assert user.allocation.to_wire() == emu.allocation(emu.user_id)
    sdk = sdk_parse(SdkReturnedUserProfile, response.text)
    assert sdk.user.email == user.email


def test_user_signed_out(emu: Emulator, http: httpx.Client) -> None:
    emu.sign_out()
    body = assert_json(http.get("/user"))
    assert "user" not in body
    assert ReturnedUserProfile.model_validate(body).user is None
    assert sdk_parse(SdkReturnedUserProfile, json.dumps(body)).user is None


def test_user_without_allocation(emu: Emulator, http: httpx.Client) -> None:
    emu.set_allocations(0)
    user = assert_json(http.get("/user"))["user"]
    assert user["id"] == emu.user_id
    assert "allocation" not in user


def test_health(emu: Emulator, http: httpx.Client) -> None:
    text = assert_text(http.get("/.well-known/health"), 200)
    assert text == f"ok:{emu.instance_id}"
    uuid.UUID(text.removeprefix("ok:"))


def test_health_is_fixed_per_instance(emu: Emulator, http: httpx.Client) -> None:
    assert http.get("/.well-known/health").text == http.get("/.well-known/health").text
    with Emulator() as other:
        assert other.instance_id != emu.instance_id


def test_health_migrating(emu: Emulator, http: httpx.Client) -> None:
    emu.set_health("migrating")
    assert_text(http.get("/.well-known/health"), 200, "migrating")
    emu.set_health("ok")
    assert http.get("/.well-known/health").text.startswith("ok:")


def test_set_health_refuses_other_values(emu: Emulator) -> None:
    with pytest.raises(ValueError, match="'ok' or 'migrating'"):
        emu.set_health("broken")  # type: ignore[arg-type]


def test_version(emu: Emulator, http: httpx.Client) -> None:
    assert_text(http.get("/.well-known/version"), 200, "12.6.0")
    emu.version = "12.7.0-staging"
    assert_text(http.get("/.well-known/version"), 200, "12.7.0-staging")


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/nope"),
        ("GET", "/allocations/"),
        ("GET", "/allocation/"),
        ("POST", "/allocations"),
        ("GET", "/allocations/connect"),
        ("DELETE", "/allocations"),
        ("PUT", "/user"),
        ("PATCH", "/user"),
        ("OPTIONS", "/user"),
        ("POST", "/.well-known/health"),
    ],
)
def test_unknown_route_or_method(http: httpx.Client, method: str, path: str) -> None:
    assert_text(http.request(method, path), 404, "Route not found")


def test_query_strings_are_ignored_for_routing(http: httpx.Client) -> None:
    assert_json(http.get("/allocations", params={"x": "1"}))


@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", "/allocations"), ("GET", "/user"), ("POST", "/allocations/connect"), ("GET", "/nope")],
)
def test_update_required_answers_593(emu: Emulator, http: httpx.Client, method: str, path: str) -> None:
    emu.set_update_required(True)
    response = http.request(method, path)
    assert_text(response, 593, "Pieces OS update required.")
    assert response.reason_phrase == "Update Required"


def test_update_required_spares_well_known(emu: Emulator, http: httpx.Client) -> None:
    emu.set_update_required()
    assert http.get("/.well-known/health").status_code == 200
    assert_text(http.get("/.well-known/version"), 200, "12.6.0")
    emu.set_update_required(False)
    assert_json(http.get("/allocations"))
