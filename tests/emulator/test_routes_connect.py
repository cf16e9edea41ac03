"""Tests of connect and reconnect over HTTP: PENDING at the gate, then RUNNING, FAILED or 504."""

from __future__ import annotations

import json
import socket
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from pieces_os_client.models.allocation_cloud import AllocationCloud as SdkAllocationCloud

from gui.api.models import AllocationCloud, AllocationStatus, UserProfile
from gui.emulator import Emulator

from .conftest import FIXED_NOW
from .helpers import assert_json, assert_text, cloud_at, profile_of, sdk_parse, statuses_of

# -- connect ---------------------------------------------------------------------------------------


def test_connect_answers_the_running_cloud(emu: Emulator, http: httpx.Client) -> None:
    response = http.post("/allocations/connect", json=profile_of(http))
    body = assert_json(response)
    cloud = AllocationCloud.model_validate(body)
    assert cloud.id == emu.user_id
    assert cloud.status.cloud is AllocationStatus.RUNNING
    assert cloud.version == "1.4.2"
    assert cloud.updated is not None
    assert cloud.updated.value == FIXED_NOW
    assert body["updated"]["value"] == "2026-03-25T13:00:00.000Z"
    assert body["updated"]["readable"].startswith("Today - March 25th")
    assert sdk_parse(SdkAllocationCloud, response.text).id == emu.user_id


def test_connect_is_pending_while_held_then_running(
    emu: Emulator, http: httpx.Client, pool: ThreadPoolExecutor
) -> None:
    emu.set_allocations(0)  # the user has no cloud yet: connect creates it
    profile = profile_of(http)
    emu.hold_connects()
    answer = pool.submit(http.post, "/allocations/connect", json=profile)
    assert emu.wait_for_connects(1, timeout=10)
    assert emu.connects_waiting == 1
    # Visible at once, and other requests are served while the connect is held.
    assert statuses_of(http, emu.user_id) == {
        "cloud": "PENDING",
        "vanity": "PENDING",
        "id": "PENDING",
        "base": "PENDING",
    }
    pending = emu.allocation(emu.user_id)
    assert pending is not None
    assert "version" not in pending
    assert "updated" not in pending
    assert not answer.done()
    emu.release_connects()
    response = answer.result(timeout=10)
    assert AllocationCloud.model_validate(assert_json(response)).status.cloud is AllocationStatus.RUNNING
    assert statuses_of(http, emu.user_id) == {
        "cloud": "RUNNING",
        "vanity": "RUNNING",
        "id": "RUNNING",
        "base": "RUNNING",
    }
    assert emu.connects_waiting == 0


def test_connect_created_cloud_has_the_real_shapes(emu: Emulator, http: httpx.Client) -> None:
    emu.set_allocations(0)
    profile = profile_of(http)
    cloud = assert_json(http.post("/allocations/connect", json=profile))
    assert cloud["project"] == "pieces-user-clouds"
    assert cloud["region"] == "us-central1"
    assert cloud["user"] == profile["id"]
    assert cloud["urls"]["base"]["url"].startswith(f"https://user-{profile['id']}-")
    assert cloud["urls"]["base"]["url"].endswith("-uc.a.run.app")
    assert cloud["urls"]["id"]["url"] == f"https://{profile['id']}.pieces.cloud"
    assert cloud["urls"]["vanity"]["url"] == f"https://{profile['vanityname']}.pieces.cloud"
    assert UserProfile.model_validate(profile_of(http)).allocation == AllocationCloud.model_validate(cloud)


def test_connect_delay_holds_the_answer(emu: Emulator, http: httpx.Client, pool: ThreadPoolExecutor) -> None:
    emu.connect_delay = 3600.0
    answer = pool.submit(http.post, "/allocations/connect", json=profile_of(http))
    assert emu.wait_for_connects(1, timeout=10)
    assert statuses_of(http, emu.user_id)["cloud"] == "PENDING"
    emu.release_connects()  # cuts the delay short
    assert assert_json(answer.result(timeout=10))["status"]["cloud"] == "RUNNING"


def test_connect_fails_with_500(emu: Emulator, http: httpx.Client) -> None:
    emu.fail_next_connect()
    assert_text(http.post("/allocations/connect", json=profile_of(http)), 500, "Clouds Connect failed.")
    assert statuses_of(http, emu.user_id) == {
        "cloud": "FAILED",
        "vanity": "FAILED",
        "id": "FAILED",
        "base": "FAILED",
    }
    # Only the next one: the one after succeeds.
    assert (
        assert_json(http.post("/allocations/connect", json=profile_of(http)))["status"]["cloud"] == "RUNNING"
    )


def test_connect_failure_text_is_configurable(emu: Emulator, http: httpx.Client) -> None:
    emu.fail_next_connect(text="Quota exceeded.")
    assert_text(http.post("/allocations/connect", json=profile_of(http)), 500, "Quota exceeded.")


def test_connect_failure_is_pending_first(
    emu: Emulator, http: httpx.Client, pool: ThreadPoolExecutor
) -> None:
    emu.fail_next_connect()
    emu.hold_connects()
    answer = pool.submit(http.post, "/allocations/connect", json=profile_of(http))
    assert emu.wait_for_connects(1, timeout=10)
    assert statuses_of(http, emu.user_id)["cloud"] == "PENDING"
    emu.release_connects()
    assert_text(answer.result(timeout=10), 500, "Clouds Connect failed.")
    assert statuses_of(http, emu.user_id)["cloud"] == "FAILED"


def test_connect_times_out_with_504(emu: Emulator, http: httpx.Client) -> None:
    emu.time_out_next_connect()
    assert_text(http.post("/allocations/connect", json=profile_of(http)), 504, "Gateway Timeout")
    assert statuses_of(http, emu.user_id)["cloud"] == "FAILED"


def test_outcomes_queue_in_order(emu: Emulator, http: httpx.Client) -> None:
    emu.time_out_next_connect()
    emu.fail_next_connect()
    profile = profile_of(http)
    assert http.post("/allocations/connect", json=profile).status_code == 504
    assert http.post("/allocations/connect", json=profile).status_code == 500
    assert http.post("/allocations/connect", json=profile).status_code == 200


def test_connect_settles_even_when_the_client_hangs_up(emu: Emulator, http: httpx.Client) -> None:
    body = json.dumps(profile_of(http)).encode()
    emu.hold_connects()
    with socket.create_connection(("127.0.0.1", emu.port)) as raw:
        head = f"POST /allocations/connect HTTP/1.1\r\nHost: x\r\nContent-Length: {len(body)}\r\n\r\n"
        raw.sendall(head.encode() + body)
        assert emu.wait_for_connects(1, timeout=10)
    # The client is gone; the cloud still settles when the gate opens.
    emu.release_connects()
    assert emu.wait_for_connects(0, timeout=10)
    assert statuses_of(http, emu.user_id)["cloud"] == "RUNNING"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "The request body is empty: expected a UserProfile JSON object."),
        (b"[]", "The request body is JSON list, not a UserProfile object."),
        (b'{"name": "x"}', "The UserProfile in the request body has no 'id' field."),
    ],
)
def test_connect_bad_body_is_400(http: httpx.Client, body: bytes, message: str) -> None:
    response = http.post("/allocations/connect", content=body, headers={"content-type": "application/json"})
    assert_text(response, 400, message)


# -- reconnect -------------------------------------------------------------------------------------


def test_reconnect_failed_cloud_goes_pending_then_running(
    emu: Emulator, http: httpx.Client, pool: ThreadPoolExecutor
) -> None:
    failed = cloud_at(http, 1)
    emu.hold_connects()
    answer = pool.submit(http.post, "/allocations/reconnect", json=failed)
    assert emu.wait_for_connects(1, timeout=10)
    assert set(statuses_of(http, failed["id"]).values()) == {"PENDING"}
    emu.release_connects()
    cloud = AllocationCloud.model_validate(assert_json(answer.result(timeout=10)))
    assert cloud.id == failed["id"]
    assert cloud.status.cloud is AllocationStatus.RUNNING


def test_reconnect_can_fail_and_time_out(emu: Emulator, http: httpx.Client) -> None:
    cloud = cloud_at(http, 2)
    emu.fail_next_connect()
    assert_text(http.post("/allocations/reconnect", json=cloud), 500, "Clouds Connect failed.")
    emu.time_out_next_connect()
    assert_text(http.post("/allocations/reconnect", json=cloud), 504, "Gateway Timeout")
    assert statuses_of(http, cloud["id"])["cloud"] == "FAILED"


def test_reconnect_unknown_cloud(http: httpx.Client) -> None:
    assert_text(
        http.post("/allocations/reconnect", json={**cloud_at(http), "id": "nope"}), 500, "Cloud not found."
    )
