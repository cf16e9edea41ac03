"""Tests of the HTTP layer: keep-alive, lengths, recorded requests, odd requests, and every fault kind."""

from __future__ import annotations

import json
import socket
import time

import httpx
import pytest

from gui.api.models import Allocations
from gui.emulator import Emulator, Fault, RecordedRequest

from .helpers import JSON, assert_json, assert_text


def _raw(emu: Emulator, request: bytes) -> bytes:
    """Send raw bytes and read until the server closes the connection."""
    with socket.create_connection(("127.0.0.1", emu.port), timeout=10) as raw:
        raw.sendall(request)
        chunks = []
        while chunk := raw.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


# -- protocol --------------------------------------------------------------------------------------


def test_keep_alive_reuses_one_connection(emu: Emulator) -> None:
    with socket.create_connection(("127.0.0.1", emu.port), timeout=10) as raw:
        stream = raw.makefile("rb")
        for _ in range(3):
            raw.sendall(b"GET /.well-known/version HTTP/1.1\r\nHost: x\r\n\r\n")
            assert stream.readline() == b"HTTP/1.1 200 OK\r\n"
            headers = {}
            while (line := stream.readline()) != b"\r\n":
                name, _, value = line.decode().partition(":")
                headers[name.lower()] = value.strip()
            assert headers["content-type"] == "text/plain; charset=utf-8"
            assert stream.read(int(headers["content-length"])) == b"12.6.0"
            assert "connection" not in headers
        stream.close()


def test_every_answer_has_content_length(http: httpx.Client) -> None:
    for path in ("/allocations", "/user", "/nope", "/.well-known/health"):
        response = http.get(path)
        assert int(response.headers["content-length"]) == len(response.content)
        assert response.headers["server"] == "PiecesOS-Emulator"


def test_head_has_headers_and_no_body(emu: Emulator) -> None:
    answer = _raw(emu, b"HEAD /.well-known/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 404 Not Found")
    assert b"Content-Length: 15" in head
    assert body == b""


def test_chunked_request_body(emu: Emulator, http: httpx.Client) -> None:
    profile = json.dumps({"id": emu.user_id}).encode()

    def chunks() -> object:
        yield profile[:5]
        yield profile[5:]

    response = http.post("/allocations/connect", content=chunks())  # type: ignore[arg-type]
    assert emu.requests[-1].headers["transfer-encoding"] == "chunked"
    assert emu.requests[-1].body == profile
    assert assert_json(response)["id"] == emu.user_id


def test_malformed_request_gets_a_text_error(emu: Emulator) -> None:
    answer = _raw(emu, b"GET /user HTTP/1.1\r\nX-Long: " + b"a" * 70_000 + b"\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 431 ")
    assert b"Content-Type: text/plain; charset=utf-8" in answer
    assert answer.endswith(b"\r\n\r\nLine too long")


def test_bad_content_length_gets_a_400(emu: Emulator) -> None:
    answer = _raw(emu, b"POST /allocations/connect HTTP/1.1\r\nHost: x\r\nContent-Length: -4\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 400 ")
    assert answer.endswith(b"Bad request body: negative Content-Length -4")


def test_requests_are_recorded_in_order(emu: Emulator, http: httpx.Client) -> None:
    http.get("/allocations", params={"a": "1"})
    http.post("/allocations/connect", json={"id": emu.user_id}, headers={"X-Application-ID": "app"})
    first, second = emu.requests
    assert first == RecordedRequest("GET", "/allocations?a=1", first.headers, b"")
    method, path, headers, body = second
    assert (method, path) == ("POST", "/allocations/connect")
    assert headers["x-application-id"] == "app"
    assert headers["content-type"] == "application/json"
    assert second.json() == {"id": emu.user_id}
    assert body == json.dumps({"id": emu.user_id}, separators=(",", ":")).encode()  # httpx is compact
    emu.clear_requests()
    assert emu.requests == []


# -- faults ----------------------------------------------------------------------------------------


def test_latency_then_normal_answer(emu: Emulator, http: httpx.Client) -> None:
    emu.inject("/allocations", Fault.latency(0.2))
    started = time.monotonic()
    Allocations.model_validate(assert_json(http.get("/allocations")))
    assert time.monotonic() - started >= 0.2


def test_status_fault(emu: Emulator, http: httpx.Client) -> None:
    emu.inject("/user", Fault.status(503, "Busy, try later."))
    assert_text(http.get("/user"), 503, "Busy, try later.")
    assert_json(http.get("/user"))


def test_status_fault_does_not_act(emu: Emulator, http: httpx.Client) -> None:
    emu.inject("/allocations/disconnect", Fault.status(500, "nope"))
    cloud = emu.allocation(emu.user_id)
    assert http.post("/allocations/disconnect", json=cloud).status_code == 500
    assert emu.allocation(emu.user_id) == cloud


def test_malformed_json_fault(emu: Emulator, http: httpx.Client) -> None:
    emu.inject("/allocations", Fault.malformed_json())
    response = http.get("/allocations")
    assert response.status_code == 200
    assert response.headers["content-type"] == JSON
    with pytest.raises(json.JSONDecodeError):
        response.json()


def test_truncated_fault(emu: Emulator, http: httpx.Client) -> None:
    emu.inject("/allocations", Fault.truncated())
    with pytest.raises(httpx.RemoteProtocolError, match="without sending complete message body"):
        http.get("/allocations")
    assert_json(http.get("/allocations"))


def test_truncated_raw_bytes(emu: Emulator) -> None:
    emu.inject("*", Fault.truncated())
    answer = _raw(emu, b"GET /.well-known/version HTTP/1.1\r\nHost: x\r\n\r\n")
    head, _, body = answer.partition(b"\r\n\r\n")
    assert b"Content-Length: 6" in head
    assert body == b"12."


def test_drop_fault(emu: Emulator, http: httpx.Client) -> None:
    emu.inject("/user", Fault.drop())
    with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
        http.get("/user")
    assert_json(http.get("/user"))


def test_drop_fault_does_not_act(emu: Emulator, http: httpx.Client) -> None:
    emu.inject("/allocations/connect", Fault.drop())
    emu.hold_connects()  # would block the test if the connect went through
    with pytest.raises(httpx.RemoteProtocolError):
        http.post("/allocations/connect", json={"id": emu.user_id})
    assert emu.connects_waiting == 0


def test_oversize_fault(emu: Emulator, http: httpx.Client) -> None:
    emu.inject("/allocations", Fault.oversize(3_000_000))
    response = http.get("/allocations")
    assert response.status_code == 200
    assert response.headers["content-type"] == JSON
    assert len(response.content) == 3_000_000
    assert response.json()["iterable"] == []


def test_fault_times(emu: Emulator, http: httpx.Client) -> None:
    emu.inject("/user", Fault.status(500, "x"), times=3)
    assert [http.get("/user").status_code for _ in range(4)] == [500, 500, 500, 200]


def test_fault_routes(emu: Emulator, http: httpx.Client) -> None:
    emu.inject("/allocations/connect", Fault.status(502, "x"))
    emu.inject("*", Fault.status(599, "y"))
    assert http.get("/allocations").status_code == 599  # "*" matched, the connect fault waits
    assert http.post("/allocations/connect", json={}).status_code == 502
    assert http.get("/allocations").status_code == 200


def test_clear_faults(emu: Emulator, http: httpx.Client) -> None:
    emu.inject("*", Fault.drop(), times=10)
    emu.clear_faults()
    assert_json(http.get("/allocations"))


def test_faults_come_before_update_required(emu: Emulator, http: httpx.Client) -> None:
    emu.set_update_required()
    emu.inject("/.well-known/health", Fault.status(500, "x"))
    assert http.get("/.well-known/health").status_code == 500
    assert http.get("/user").status_code == 593
