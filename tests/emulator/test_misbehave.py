"""The newer faults on the wire: hangs, drips, resets, chunked oversize, gzip, redirects, spoiled bodies."""

from __future__ import annotations

import gzip
import json
import socket
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from gui.emulator import Emulator, Fault
from gui.emulator.fault_bodies import NESTED_KEY, oversize_body

from .helpers import JSON


def _raw(emu: Emulator, request: bytes) -> bytes:
    """Send raw bytes and read until the server closes the connection."""
    with socket.create_connection(("127.0.0.1", emu.port), timeout=10) as raw:
        raw.sendall(request)
        chunks = []
        while chunk := raw.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def test_a_hang_holds_the_request_until_the_fault_is_cleared(
    emu: Emulator, http: httpx.Client, pool: ThreadPoolExecutor
) -> None:
    emu.inject("/user", Fault.hang(), times=None)
    held = pool.submit(http.get, "/user")
    assert emu.wait_for_hanging(1)
    assert not held.done()
    emu.clear_faults()
    with pytest.raises(httpx.RemoteProtocolError):
        held.result(timeout=10)  # it hangs up, never answers
    assert http.get("/user").status_code == 200


def test_stop_ends_a_hang(pool: ThreadPoolExecutor) -> None:
    emu = Emulator(port=0, connect_delay=0.0)
    emu.start()
    emu.inject("*", Fault.hang())
    held = pool.submit(_raw, emu, b"GET /user HTTP/1.1\r\nHost: x\r\n\r\n")
    assert emu.wait_for_hanging(1)
    emu.stop()
    assert held.result(timeout=10) == b""


def test_a_drip_sends_the_whole_answer_a_few_bytes_at_a_time(emu: Emulator) -> None:
    emu.inject("/.well-known/version", Fault.drip(16, 0.001))
    answer = _raw(emu, b"GET /.well-known/version HTTP/1.1\r\nHost: x\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 200 OK\r\n")
    assert answer.endswith(b"\r\n\r\n12.6.0")


def test_a_reset_sends_half_the_body_then_resets(emu: Emulator, http: httpx.Client) -> None:
    emu.inject("/allocations", Fault.reset())
    with socket.create_connection(("127.0.0.1", emu.port), timeout=10) as raw:
        raw.sendall(b"GET /allocations HTTP/1.1\r\nHost: x\r\n\r\n")
        received = bytearray()

        def read_all() -> None:
            while chunk := raw.recv(65536):
                received.extend(chunk)

        with pytest.raises(ConnectionResetError):
            read_all()
    # What arrived before the reset (the kernel may drop it on RST) is at most the head and half the body.
    whole = http.get("/allocations")
    assert len(received) < len(whole.content)
    assert http.get("/allocations").status_code == 200  # the next connection is served


def test_oversize_without_a_length_is_chunked(emu: Emulator, http: httpx.Client) -> None:
    emu.inject("/allocations", Fault.oversize(300_000, declared=False))
    response = http.get("/allocations")
    assert "content-length" not in response.headers
    assert response.headers["transfer-encoding"] == "chunked"
    assert response.content == oversize_body(300_000)


def test_a_gzip_bomb_is_small_on_the_wire(emu: Emulator) -> None:
    emu.inject("/allocations", Fault.gzip_bomb(20_000_000))
    answer = _raw(emu, b"GET /allocations HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    head, _, body = answer.partition(b"\r\n\r\n")
    assert b"Content-Encoding: gzip" in head
    assert len(body) < 50_000
    assert gzip.decompress(body) == oversize_body(20_000_000)


def test_a_redirect_names_where(emu: Emulator, http: httpx.Client) -> None:
    emu.inject("/allocations", Fault.redirect("http://127.0.0.1:9/x", 307))
    response = http.get("/allocations")
    assert response.status_code == 307
    assert response.headers["location"] == "http://127.0.0.1:9/x"


@pytest.mark.parametrize(("route", "owner"), [("/allocations", "iterable"), ("/user", "user")])
def test_nesting_goes_into_the_first_allocation_or_the_user(
    emu: Emulator, http: httpx.Client, route: str, owner: str
) -> None:
    emu.inject(route, Fault.nested(50))
    value = http.get(route).json()
    target = value["iterable"][0] if owner == "iterable" else value["user"]
    nested, depth = target[NESTED_KEY], 1
    while nested:
        nested, depth = nested[0], depth + 1
    assert depth == 50


def test_nesting_leaves_an_error_answer_alone(emu: Emulator, http: httpx.Client) -> None:
    emu.sign_out()
    emu.inject("/allocations/connect", Fault.nested(10))
    assert http.post("/allocations/connect", json={"id": "x"}).status_code == 401


def test_invalid_utf8_and_wrong_shape(emu: Emulator, http: httpx.Client) -> None:
    emu.inject("/user", Fault.invalid_utf8())
    emu.inject("/user", Fault.wrong_shape())
    spoiled = http.get("/user")
    assert spoiled.headers["content-type"] == JSON
    with pytest.raises(UnicodeDecodeError):
        spoiled.content.decode()
    wrapped = http.get("/user").json()
    assert isinstance(wrapped, list)
    assert wrapped[0]["user"]["id"] == emu.user_id


def test_a_fault_until_cleared_and_clearing_one_route(emu: Emulator, http: httpx.Client) -> None:
    emu.inject("/user", Fault.status(503, "busy"), times=None)
    emu.inject("/allocations", Fault.status(500, "down"), times=None)
    assert [http.get("/user").status_code for _ in range(5)] == [503] * 5
    emu.clear_faults("/user")
    assert http.get("/user").status_code == 200
    assert http.get("/allocations").status_code == 500
    emu.clear_faults()
    assert json.loads(http.get("/allocations").content)["iterable"]
