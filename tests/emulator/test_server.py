"""Tests of the Emulator object: lifecycle, prompt stop, restart, knobs, scale and the official SDK."""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from pieces_os_client.api.allocations_api import AllocationsApi
from pieces_os_client.api.user_api import UserApi
from pieces_os_client.api.well_known_api import WellKnownApi
from pieces_os_client.api_client import ApiClient
from pieces_os_client.configuration import Configuration

from gui.api.models import Allocations
from gui.emulator import Emulator, Fault
from gui.emulator.routes import Router

from ..unplanned import Unplanned
from .conftest import fixed_clock
from .helpers import assert_json


def _spin_until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    """Busy-wait (no sleeping) for something that happens within microseconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"


def test_url_and_port() -> None:
    emu = Emulator()
    with pytest.raises(RuntimeError, match="start"):
        _ = emu.port
    with emu:
        assert emu.port > 0
        assert emu.url == f"http://127.0.0.1:{emu.port}"


def test_start_twice_is_refused(emu: Emulator) -> None:
    with pytest.raises(RuntimeError, match="already serving"):
        emu.start()


def test_stop_is_idempotent_and_closes_the_port() -> None:
    emu = Emulator()
    emu.stop()
    emu.start()
    port = emu.port
    emu.stop()
    emu.stop()
    with httpx.Client(trust_env=False) as client, pytest.raises(httpx.ConnectError):
        client.get(f"http://127.0.0.1:{port}/.well-known/health")


def test_restart_keeps_port_state_and_instance() -> None:
    with Emulator() as emu, httpx.Client(trust_env=False) as client:
        url, instance = emu.url, emu.instance_id
        emu.set_url_status(emu.user_id, "id", "FAILED")
        emu.stop()
        emu.start()
        assert emu.url == url
        assert client.get(f"{url}/.well-known/health").text == f"ok:{instance}"
        cloud = client.get(f"{url}/allocation/{emu.user_id}").json()
        assert cloud["urls"]["id"]["status"] == "FAILED"


def test_stop_is_prompt_while_a_connect_is_held(pool: ThreadPoolExecutor) -> None:
    emu = Emulator(connect_delay=3600.0)
    emu.start()
    with httpx.Client(base_url=emu.url, trust_env=False, timeout=30) as client:
        emu.hold_connects()
        answer = pool.submit(client.post, "/allocations/connect", json={"id": emu.user_id})
        idle = httpx.Client(base_url=emu.url, trust_env=False)  # an idle keep-alive connection too
        idle.get("/.well-known/version")
        assert emu.wait_for_connects(1, timeout=10)
        # With an hour-long delay and the gate held, returning at all shows stop() waits for neither.
        emu.stop()
        # A Pieces OS that quits hangs up on the connect it was holding.
        with pytest.raises(httpx.RemoteProtocolError):
            answer.result(timeout=10)
        idle.close()


def test_stop_is_prompt_during_a_latency_fault(pool: ThreadPoolExecutor) -> None:
    emu = Emulator()
    emu.start()
    emu.inject("*", Fault.latency(3600))
    with httpx.Client(base_url=emu.url, trust_env=False, timeout=30) as client:
        answer = pool.submit(client.get, "/allocations")
        _spin_until(lambda: bool(emu.requests))  # recorded: it has arrived and is sleeping
        # With an hour of latency injected, returning at all shows stop() does not wait for it.
        emu.stop()
        with pytest.raises(httpx.RemoteProtocolError):
            answer.result(timeout=10)


def test_serves_concurrently_while_a_connect_is_held(
    emu: Emulator, http: httpx.Client, pool: ThreadPoolExecutor
) -> None:
    emu.hold_connects()
    answers = [pool.submit(http.post, "/allocations/connect", json={"id": emu.user_id}) for _ in range(2)]
    assert emu.wait_for_connects(2, timeout=10)
    for _ in range(5):
        assert_json(http.get("/allocations"))
    emu.release_connects()
    assert [a.result(timeout=10).status_code for a in answers] == [200, 200]


def test_set_allocations_reseeds(emu: Emulator, http: httpx.Client) -> None:
    user = emu.user_id
    emu.set_allocations(25)
    assert len(assert_json(http.get("/allocations"))["iterable"]) == 25
    assert emu.user_id == user
    emu.set_allocations(2, seed=99)
    assert emu.user_id != user
    assert len(http.get("/allocations").json()["iterable"]) == 2


def test_same_seed_same_bytes() -> None:
    def snapshot() -> bytes:
        with (
            Emulator(allocations=20, seed=4, clock=fixed_clock) as emu,
            httpx.Client(base_url=emu.url, trust_env=False) as client,
        ):
            return client.get("/allocations").content

    assert snapshot() == snapshot()


def test_signed_out_from_the_start() -> None:
    with Emulator(signed_in=False) as emu, httpx.Client(base_url=emu.url, trust_env=False) as client:
        assert not emu.signed_in
        assert "user" not in client.get("/user").json()
        emu.sign_in()
        assert client.get("/user").json()["user"]["id"] == emu.user_id


def test_user_profile_is_a_copy(emu: Emulator) -> None:
    profile = emu.user_profile()
    assert profile["allocation"] == emu.allocation(emu.user_id)
    profile["name"] = "Changed"
    assert emu.user_profile()["name"] != "Changed"


def test_set_cloud_status(emu: Emulator, http: httpx.Client) -> None:
    emu.set_cloud_status(emu.user_id, "HIBERNATING")  # an enum value from a newer Pieces OS
    snapshot = Allocations.model_validate_json(http.get("/allocations").content)
    assert snapshot.iterable[0].status.cloud == "UNKNOWN"


def test_ten_thousand_allocations_are_served_and_a_change_shows() -> None:
    """How fast is benchmarks/emulator_serving.py's to say: a wall time here fails on a loaded machine."""
    with (
        Emulator(allocations=10_000) as emu,
        httpx.Client(base_url=emu.url, trust_env=False, timeout=30) as client,
    ):
        client.get("/allocations")
        response = client.get("/allocations")  # served from the cache
        assert len(response.json()["iterable"]) == 10_000
        emu.set_url_status(emu.user_id, "base", "FAILED")
        again = client.get("/allocations")
        assert again.content != response.content


def test_the_official_sdk_works_against_it(emu: Emulator) -> None:
    api = ApiClient(Configuration(host=emu.url))
    try:
        allocations: Any = AllocationsApi(api)
        snapshot = allocations.allocations_snapshot()
        assert snapshot.iterable[0].id == emu.user_id
        user = UserApi(api).user_snapshot().user
        connected = allocations.allocations_connect_new_cloud(user)
        assert connected.status.cloud.value == "RUNNING"
        assert allocations.allocations_reconnect_cloud(connected).id == emu.user_id
        assert allocations.allocations_disconnect_cloud(connected) == emu.user_id
        assert WellKnownApi(api).get_well_known_health() == f"ok:{emu.instance_id}"
        assert WellKnownApi(api).get_well_known_version() == "12.6.0"
    finally:
        api.rest_client.pool_manager.clear()
    sent = emu.requests[2]
    assert (sent.method, sent.path) == ("POST", "/allocations/connect")
    assert sent.json()["id"] == emu.user_id


def test_a_taken_port_is_an_oserror(emu: Emulator) -> None:
    with pytest.raises(OSError, match="in use"):
        Emulator(port=emu.port).start()


def test_an_emulator_bug_is_a_500_and_logged(
    http: httpx.Client, monkeypatch: pytest.MonkeyPatch, unplanned: Unplanned
) -> None:
    def broken(*_args: object) -> None:
        raise KeyError("oops")

    monkeypatch.setattr(Router, "handle", broken)
    response = http.get("/allocations")
    assert response.status_code == 500
    assert response.text == "Pieces OS emulator error: KeyError('oops')"
    (logged,) = unplanned.take("Pieces OS emulator failed on GET /allocations")
    assert "KeyError: 'oops'" in logged.text


def test_a_client_hanging_up_is_not_an_error(emu: Emulator, caplog: pytest.LogCaptureFixture) -> None:
    emu.inject("*", Fault.oversize(50_000_000))
    with socket.create_connection(("127.0.0.1", emu.port)) as raw:
        raw.sendall(b"GET /allocations HTTP/1.1\r\nHost: x\r\n\r\n")
        raw.recv(1024)
    with httpx.Client(base_url=emu.url, trust_env=False) as client:
        assert client.get("/.well-known/version").status_code == 200
    emu.stop()  # joins the handler that was writing to the closed socket
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_seeded_pending_clouds_settle_on_request_and_connects_in_flight_do_not() -> None:
    with Emulator(allocations=6, seed=0, connect_delay=3600) as emu:
        seeded = [c["id"] for c in _clouds(emu) if c["status"]["cloud"] == "PENDING"]
        assert seeded
        emu.hold_connects()
        with (
            httpx.Client(base_url=emu.url, trust_env=False, timeout=30) as client,
            ThreadPoolExecutor(1) as pool,
        ):
            pool.submit(client.post, "/allocations/connect", json=emu.user_profile())
            assert emu.wait_for_connects(1)
            assert emu.settle_seeded_pending() == seeded
            for allocation_id in seeded:
                settled = emu.allocation(allocation_id)
                assert settled is not None
                assert settled["status"]["cloud"] == "RUNNING"
                assert all(
                    url["status"] == "RUNNING" for url in settled["urls"].values() if isinstance(url, dict)
                )
            own = emu.allocation(emu.user_id)
            assert own is not None
            assert own["status"]["cloud"] == "PENDING"  # its connect is still being held
            emu.release_connects()


def _clouds(emu: Emulator) -> list[dict[str, Any]]:
    with httpx.Client(base_url=emu.url, trust_env=False) as client:
        clouds: list[dict[str, Any]] = client.get("/allocations").json()["iterable"]
        return clouds
