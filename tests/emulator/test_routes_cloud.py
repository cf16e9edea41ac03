"""Tests of disconnect, create, delete and update over HTTP, and of the 400s and 401s of every action."""

from __future__ import annotations

import httpx
import pytest

from gui.api.models import AllocationCloud, UserProfile
from gui.emulator import Emulator

from .helpers import assert_json, assert_text, cloud_at, profile_of, statuses_of

NOT_SIGNED_IN = "Unauthorized: no user is signed in to Pieces OS."
ACTIONS = ("connect", "reconnect", "disconnect", "create", "delete")


# -- disconnect ------------------------------------------------------------------------------------


def test_disconnect_answers_the_uuid_and_marks_disconnected(emu: Emulator, http: httpx.Client) -> None:
    cloud = cloud_at(http)
    assert_text(http.post("/allocations/disconnect", json=cloud), 200, cloud["id"])
    assert set(statuses_of(http, cloud["id"]).values()) == {"DISCONNECTED"}
    after = emu.allocation(cloud["id"])
    assert after is not None
    assert "version" not in after
    assert UserProfile.model_validate(profile_of(http)).allocation is not None


def test_disconnect_can_drop_the_cloud() -> None:
    with Emulator(drop_on_disconnect=True) as dropping, httpx.Client(base_url=dropping.url) as client:
        cloud = dropping.allocation(dropping.user_id)
        assert_text(client.post("/allocations/disconnect", json=cloud), 200, dropping.user_id)
        ids = [c["id"] for c in client.get("/allocations").json()["iterable"]]
        assert dropping.user_id not in ids
        assert len(ids) == 2
        assert "allocation" not in client.get("/user").json()["user"]
        assert_text(client.get(f"/allocation/{dropping.user_id}"), 410, "Cloud not found.")


def test_disconnect_unknown_cloud(http: httpx.Client) -> None:
    assert_text(
        http.post("/allocations/disconnect", json={**cloud_at(http), "id": "nope"}), 500, "Cloud not found."
    )


def test_reconnect_after_disconnect(emu: Emulator, http: httpx.Client) -> None:
    cloud = cloud_at(http)
    http.post("/allocations/disconnect", json=cloud)
    disconnected = emu.allocation(cloud["id"])
    assert assert_json(http.post("/allocations/reconnect", json=disconnected))["status"]["cloud"] == "RUNNING"


# -- create, delete, update ------------------------------------------------------------------------


def test_create_is_unimplemented_locally(http: httpx.Client) -> None:
    text = assert_text(http.post("/allocations/create", json=cloud_at(http)), 500)
    assert text == "This is unimplemented locally. Allocations are created only within the cloud."


def test_delete_is_unimplemented_locally(emu: Emulator, http: httpx.Client) -> None:
    text = assert_text(http.post("/allocations/delete", json=cloud_at(http)), 500)
    assert text == "This is unimplemented locally. Allocations are deleted only within the cloud."
    assert emu.allocation(emu.user_id) is not None


@pytest.mark.parametrize("action", ["reconnect", "disconnect", "create", "delete"])
@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "The request body is empty: expected an AllocationCloud JSON object."),
        (b'"x"', "The request body is JSON str, not an AllocationCloud object."),
        (b'{"id": "x"}', "The AllocationCloud in the request body has no 'project' field."),
    ],
)
def test_cloud_actions_bad_body_is_400(http: httpx.Client, action: str, body: bytes, message: str) -> None:
    assert_text(http.post(f"/allocations/{action}", content=body), 400, message)


@pytest.mark.parametrize("action", ACTIONS)
def test_actions_signed_out_are_401(emu: Emulator, http: httpx.Client, action: str) -> None:
    body = profile_of(http) if action == "connect" else cloud_at(http)
    emu.sign_out()
    assert not emu.signed_in
    assert_text(http.post(f"/allocations/{action}", json=body), 401, NOT_SIGNED_IN)
    assert emu.connects_waiting == 0


def test_update_changes_the_stored_cloud(emu: Emulator, http: httpx.Client) -> None:
    cloud = {**cloud_at(http), "version": "1.5.0", "region": "europe-west1"}
    updated = assert_json(http.post("/allocation/update", json=cloud))
    assert updated["version"] == "1.5.0"
    assert emu.allocation(emu.user_id) == updated
    AllocationCloud.model_validate(updated)


def test_update_refusals(emu: Emulator, http: httpx.Client) -> None:
    cloud = cloud_at(http)
    assert_text(http.post("/allocation/update", json={**cloud, "id": "nope"}), 410, "Cloud not found.")
    assert http.post("/allocation/update", json={"id": cloud["id"]}).status_code == 400
    emu.sign_out()
    assert_text(http.post("/allocation/update", json=cloud), 401, NOT_SIGNED_IN)
