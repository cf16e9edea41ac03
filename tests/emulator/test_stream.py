"""WS /user/stream on the emulator: what it sends and when, read with httpx-ws over a real socket."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from httpx_ws import WebSocketDisconnect, WebSocketNetworkError, WebSocketSession, connect_ws

from gui.emulator import Emulator, Fault, websocket
from gui.emulator.streams import SIGNED_OUT_MESSAGE

from .helpers import assert_text, profile_of

WAIT = 10.0  # seconds a message may take before the test fails: never reached when it works


@contextmanager
def _stream(http: httpx.Client) -> Iterator[WebSocketSession]:
    """WS /user/stream, without keepalive pings (a test pings when it wants to)."""
    session: WebSocketSession
    with connect_ws("/user/stream", http, keepalive_ping_interval_seconds=None) as session:
        yield session


@pytest.fixture
def ws(http: httpx.Client) -> Iterator[WebSocketSession]:
    with _stream(http) as session:
        yield session


def _profile(ws: WebSocketSession) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(ws.receive_text(timeout=WAIT))
    return value


def _own_status(ws: WebSocketSession) -> str:
    status: str = _profile(ws)["allocation"]["status"]["cloud"]
    return status


def test_sends_the_profile_as_get_user_shows_it_on_connect(ws: WebSocketSession, http: httpx.Client) -> None:
    profile = _profile(ws)
    assert profile == profile_of(http)
    assert profile["allocation"]["id"] == profile["id"]  # the user's own cloud, with its status


def test_follows_a_connect_from_pending_to_running(
    ws: WebSocketSession, emu: Emulator, http: httpx.Client, pool: ThreadPoolExecutor
) -> None:
    assert _own_status(ws) == "RUNNING"
    emu.hold_connects()
    answer = pool.submit(http.post, "/allocations/connect", json=profile_of(http))
    assert emu.wait_for_connects(1)
    assert _own_status(ws) == "PENDING"
    emu.release_connects()
    assert _own_status(ws) == "RUNNING"
    assert answer.result().status_code == 200


def test_follows_disconnect_and_a_failed_reconnect(
    ws: WebSocketSession, emu: Emulator, http: httpx.Client
) -> None:
    _profile(ws)
    own = profile_of(http)["allocation"]
    assert http.post("/allocations/disconnect", json=own).status_code == 200
    assert _own_status(ws) == "DISCONNECTED"
    emu.fail_next_connect()
    assert http.post("/allocations/reconnect", json=own).status_code == 500
    # PENDING and FAILED may come as one message when they follow each other within microseconds.
    status = _own_status(ws)
    if status == "PENDING":
        status = _own_status(ws)
    assert status == "FAILED"


def test_a_change_to_another_cloud_is_not_pushed(
    ws: WebSocketSession, emu: Emulator, http: httpx.Client
) -> None:
    _profile(ws)
    other = http.get("/allocations").json()["iterable"][1]["id"]
    assert other != emu.user_id
    emu.set_cloud_status(other, "FAILED")
    emu.set_cloud_status(emu.user_id, "DISCONNECTED")
    # Had the other cloud's change been pushed, that message (still RUNNING) would come first.
    assert _own_status(ws) == "DISCONNECTED"


def test_sign_out_sends_a_message_that_is_not_json_and_sign_in_the_profile(
    ws: WebSocketSession, emu: Emulator
) -> None:
    _profile(ws)
    emu.sign_out()
    text = ws.receive_text(timeout=WAIT)
    assert text == SIGNED_OUT_MESSAGE
    with pytest.raises(ValueError, match="Expecting value"):
        json.loads(text)
    emu.sign_in()
    assert _profile(ws)["id"] == emu.user_id


def test_signed_out_on_connect(emu: Emulator, http: httpx.Client) -> None:
    emu.sign_out()
    with _stream(http) as ws:
        assert ws.receive_text(timeout=WAIT) == SIGNED_OUT_MESSAGE


def test_push_sends_the_unchanged_profile_again(ws: WebSocketSession, emu: Emulator) -> None:
    first = _profile(ws)
    emu.streams.push()
    assert _profile(ws) == first


def test_send_text_sends_exactly_that(ws: WebSocketSession, emu: Emulator) -> None:
    _profile(ws)
    emu.streams.send_text('{"id": 3}')
    assert ws.receive_text(timeout=WAIT) == '{"id": 3}'


def test_counts_open_streams(emu: Emulator, http: httpx.Client) -> None:
    assert emu.streams.count == 0
    with _stream(http) as ws:
        ws.receive_text(timeout=WAIT)
        assert emu.streams.wait_for(1)
    assert emu.streams.wait_for(0)


def test_a_stream_is_open_from_its_101_so_a_drop_asked_at_once_reaches_it(
    emu: Emulator, http: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The stream's thread held back just after the 101, as a busy machine may hold it: a client
    # that has the 101 is up, and a test may drop it at once.
    go_on = threading.Event()
    run = websocket._Stream.run

    def held_back(stream: websocket._Stream) -> None:
        go_on.wait(WAIT)
        run(stream)

    monkeypatch.setattr(websocket._Stream, "run", held_back)
    with _stream(http) as ws:
        assert emu.streams.count == 1
        emu.streams.drop()
        go_on.set()
        _profile(ws)
        with pytest.raises(WebSocketNetworkError):
            ws.receive_text(timeout=WAIT)
    assert emu.streams.wait_for(0)


def test_close_sends_a_close_frame_with_code_and_reason(emu: Emulator, http: httpx.Client) -> None:
    with _stream(http) as ws:
        _profile(ws)
        emu.streams.close(1001, "going away")
        with pytest.raises(WebSocketDisconnect) as caught:
            ws.receive_text(timeout=WAIT)
        assert (caught.value.code, caught.value.reason) == (1001, "going away")
    # Leaving the session answered the close frame, which ends the stream on the server too.
    assert emu.streams.wait_for(0)


@pytest.mark.parametrize("reset", [False, True], ids=["fin", "rst"])
def test_drop_hangs_up_without_a_close_frame(ws: WebSocketSession, emu: Emulator, reset: bool) -> None:
    _profile(ws)
    emu.streams.drop(reset=reset)
    with pytest.raises(WebSocketNetworkError):
        ws.receive_text(timeout=WAIT)
    assert emu.streams.wait_for(0)


def test_silence_leaves_pings_unanswered(ws: WebSocketSession, emu: Emulator) -> None:
    _profile(ws)
    assert ws.ping().wait(WAIT)
    emu.streams.silence()
    assert not ws.ping().wait(0.3)  # a bounded wait for something that must not happen
    emu.streams.silence(False)
    assert ws.ping().wait(WAIT)


def test_refuse_answers_the_upgrade_404_like_a_pieces_os_without_the_stream(
    emu: Emulator, http: httpx.Client
) -> None:
    emu.streams.refuse()
    response = http.get("/user/stream", headers=_upgrade_headers())
    assert_text(response, 404, "Route not found")
    emu.streams.refuse(False)
    assert http.get("/user/stream", headers=_upgrade_headers()).status_code == 101


def test_update_required_refuses_the_upgrade_593(emu: Emulator, http: httpx.Client) -> None:
    emu.set_update_required()
    assert_text(http.get("/user/stream", headers=_upgrade_headers()), 593)


def test_faults_apply_to_the_upgrade(emu: Emulator, http: httpx.Client) -> None:
    emu.inject("/user/stream", Fault.status(500, "Stream broke."))
    assert_text(http.get("/user/stream", headers=_upgrade_headers()), 500, "Stream broke.")
    emu.inject("/user/stream", Fault.drop())
    with pytest.raises(httpx.RemoteProtocolError):
        http.get("/user/stream", headers=_upgrade_headers())
    assert [r.path for r in emu.requests] == ["/user/stream", "/user/stream"]


def test_a_latency_fault_delays_the_upgrade_and_then_streams(emu: Emulator, http: httpx.Client) -> None:
    emu.inject("/user/stream", Fault.latency(0.05))
    with _stream(http) as ws:
        assert _profile(ws)["id"] == emu.user_id


def test_a_bad_upgrade_is_refused_and_a_plain_get_is_not_found(http: httpx.Client) -> None:
    headers = _upgrade_headers()
    del headers["Sec-WebSocket-Key"]
    assert_text(http.get("/user/stream", headers=headers), 400)
    assert_text(http.get("/user/stream"), 404, "Route not found")


def test_stop_cuts_open_streams_and_restart_serves_new_ones(emu: Emulator, http: httpx.Client) -> None:
    with _stream(http) as ws:
        ws.receive_text(timeout=WAIT)
        emu.stop()
        with pytest.raises(WebSocketNetworkError):
            ws.receive_text(timeout=WAIT)
    emu.start()
    with _stream(http) as ws:
        assert json.loads(ws.receive_text(timeout=WAIT))["id"] == emu.user_id


def _upgrade_headers() -> dict[str, str]:
    return {
        "Connection": "Upgrade",
        "Upgrade": "websocket",
        "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
        "Sec-WebSocket-Version": "13",
    }
