"""PiecesClient against a real Pieces OS emulator on 127.0.0.1: every call, every failure, in words."""

from __future__ import annotations

import asyncio
import http.server
import json
import shutil
import socket
import ssl
import subprocess
import threading
from pathlib import Path

import pytest

from gui.api import (
    AllocationStatus,
    BadResponse,
    ClientClosed,
    CloudTimeout,
    ConnectionDropped,
    HealthState,
    NotFound,
    NotSignedIn,
    PiecesClient,
    PiecesError,
    PiecesTimeout,
    PiecesUnreachable,
    ResponseTooLarge,
    ServerError,
    Timeouts,
    UpdateRequired,
)
from gui.api.client import tls_context
from gui.emulator import Emulator, Fault

from ..conftest import Run


def test_snapshot_lists_every_allocation(run: Run, emulator: Emulator, client: PiecesClient) -> None:
    snapshot = run(client.snapshot())
    assert len(snapshot.iterable) == 3
    own = snapshot.iterable[0]
    assert own.id == emulator.user_id
    assert own.status.cloud is AllocationStatus.RUNNING
    assert own.to_wire() == emulator.allocation(own.id)


def test_a_large_snapshot_leaves_the_loop_free_while_it_is_read(run: Run, emulator: Emulator) -> None:
    emulator.set_allocations(5000, seed=3)
    ticks = 0

    async def heartbeat() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0)

    async def snapshot_with_heartbeat() -> int:
        beat = asyncio.ensure_future(heartbeat())
        async with PiecesClient(emulator.url) as pieces:
            await asyncio.sleep(0)
            before = ticks
            snapshot = await pieces.snapshot()
            during = ticks - before
        beat.cancel()
        await asyncio.gather(beat, return_exceptions=True)
        assert len(snapshot.iterable) == 5000
        return during

    # The snapshot is parsed in slices, yielding between them: the heartbeat runs many times.
    assert run(snapshot_with_heartbeat(), timeout=60) > 10


def test_connect_sends_the_profile_exactly_as_pieces_os_gave_it(
    run: Run, emulator: Emulator, client: PiecesClient
) -> None:
    user = run(client.current_user())
    assert user is not None
    as_given = emulator.user_profile()
    emulator.clear_requests()
    cloud = run(client.connect(user))
    assert cloud.id == user.id
    assert cloud.status.cloud is AllocationStatus.RUNNING
    sent = emulator.requests[-1]
    assert (sent.method, sent.path) == ("POST", "/allocations/connect")
    assert sent.headers["content-type"] == "application/json"
    assert json.loads(sent.body) == as_given


def test_reconnect_and_disconnect(run: Run, emulator: Emulator, client: PiecesClient) -> None:
    cloud = run(client.snapshot()).iterable[0]
    again = run(client.reconnect(cloud))
    assert again.status.cloud is AllocationStatus.RUNNING
    assert json.loads(emulator.requests[-1].body) == cloud.to_wire()

    uuid = run(client.disconnect(again))
    assert uuid == cloud.id
    after = emulator.allocation(cloud.id)
    assert after is not None
    assert after["status"]["cloud"] == "DISCONNECTED"


def test_create_and_delete_report_the_servers_refusal(run: Run, client: PiecesClient) -> None:
    cloud = run(client.snapshot()).iterable[0]
    with pytest.raises(ServerError, match="unimplemented locally") as created:
        run(client.create(cloud))
    assert created.value.status == 500
    with pytest.raises(ServerError, match="unimplemented locally"):
        run(client.delete(cloud))


def test_who_is_signed_in(run: Run, emulator: Emulator, client: PiecesClient) -> None:
    user = run(client.current_user())
    assert user is not None
    assert user.id == emulator.user_id
    emulator.sign_out()
    assert run(client.current_user()) is None


def test_connect_while_signed_out_is_refused_in_words(
    run: Run, emulator: Emulator, client: PiecesClient
) -> None:
    user = run(client.current_user())
    assert user is not None
    emulator.sign_out()
    with pytest.raises(NotSignedIn) as caught:
        run(client.connect(user))
    assert "Sign in to Pieces OS" in caught.value.hint


def test_health_and_version(run: Run, emulator: Emulator, client: PiecesClient) -> None:
    health = run(client.health())
    assert health.state is HealthState.OK
    assert health.instance
    assert run(client.version()) == "12.6.0"
    emulator.set_health("migrating")
    assert run(client.health()).state is HealthState.MIGRATING


def test_a_failed_connect_carries_the_servers_text(
    run: Run, emulator: Emulator, client: PiecesClient
) -> None:
    user = run(client.current_user())
    assert user is not None
    emulator.fail_next_connect()
    with pytest.raises(ServerError) as caught:
        run(client.connect(user))
    assert caught.value.server_text == "Clouds Connect failed."
    assert '"Clouds Connect failed."' in caught.value.message


def test_a_cloud_timeout_is_its_own_error(run: Run, emulator: Emulator, client: PiecesClient) -> None:
    cloud = run(client.snapshot()).iterable[0]
    emulator.time_out_next_connect()
    with pytest.raises(CloudTimeout) as caught:
        run(client.reconnect(cloud))
    assert caught.value.status == 504


def test_an_update_required_answer(run: Run, emulator: Emulator, client: PiecesClient) -> None:
    emulator.set_update_required(True)
    with pytest.raises(UpdateRequired, match="Update Pieces OS"):
        run(client.snapshot())


def test_an_address_where_nothing_listens_is_named(run: Run) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    address = f"http://127.0.0.1:{port}"

    async def attempt() -> None:
        async with PiecesClient(address) as pieces:
            await pieces.snapshot()

    with pytest.raises(PiecesUnreachable) as caught:
        run(attempt())
    assert address in caught.value.message


def test_a_slow_answer_times_out_in_words(run: Run, emulator: Emulator) -> None:
    emulator.inject("/allocations", Fault.latency(2.0))

    async def attempt() -> None:
        async with PiecesClient(emulator.url, timeouts=Timeouts(snapshot=0.2)) as pieces:
            await pieces.snapshot()

    with pytest.raises(PiecesTimeout, match=r"within 0\.2 s"):
        run(attempt())


@pytest.mark.parametrize(
    ("fault", "detail"),
    [
        (Fault.malformed_json(), "not JSON"),
        (Fault.status(200, '{"iterable": [{"id": "x"}]}'), "iterable[0].project: field required"),
        (Fault.status(200, '{"iterable": "none"}'), "iterable"),
        (Fault.status(200, "[]"), "expected a JSON object"),
    ],
)
def test_broken_answers_say_what_was_wrong(
    run: Run, emulator: Emulator, client: PiecesClient, fault: Fault, detail: str
) -> None:
    emulator.inject("/allocations", fault)
    with pytest.raises(BadResponse) as caught:
        run(client.snapshot())
    assert detail in caught.value.detail
    assert "list the allocations" in caught.value.message


@pytest.mark.parametrize("fault", [Fault.drop(), Fault.truncated(), Fault.reset()], ids=str)
def test_a_connection_dropped_mid_answer_is_pieces_os_gone_not_a_bad_answer(
    run: Run, emulator: Emulator, client: PiecesClient, fault: Fault
) -> None:
    emulator.inject("/allocations", fault)
    with pytest.raises(ConnectionDropped) as caught:
        run(client.snapshot())
    assert isinstance(caught.value, PiecesUnreachable)
    assert caught.value.message == (
        "Pieces OS closed the connection before it finished answering when asked to list the allocations."
    )
    assert "stopped or restarted" in caught.value.hint
    assert "newer or older version" not in str(caught.value)
    assert caught.value.address == emulator.url
    assert len(run(client.snapshot()).iterable) == 3  # and the next request goes through


def test_a_request_on_a_closed_client_is_a_pieces_error(run: Run, emulator: Emulator) -> None:
    pieces = PiecesClient(emulator.url)
    run(pieces.aclose())
    with pytest.raises(ClientClosed) as caught:
        run(pieces.version())
    assert "connection to Pieces OS was closed" in caught.value.message
    assert "address changed or the app is quitting" in caught.value.message


def test_a_client_closed_under_a_request_in_flight_is_a_pieces_error(run: Run, emulator: Emulator) -> None:
    emulator.inject("/allocations", Fault.hang())

    async def close_while_waiting() -> None:
        async with PiecesClient(emulator.url) as pieces:
            request = asyncio.ensure_future(pieces.snapshot())
            assert await asyncio.to_thread(emulator.wait_for_hanging, 1)
            await pieces.aclose()
            await request

    with pytest.raises(ClientClosed):
        run(close_while_waiting())
    emulator.clear_faults()


def test_a_bad_allocation_deep_in_a_large_snapshot_is_located(run: Run, emulator: Emulator) -> None:
    items = [emulator.allocation(emulator.user_id)] * 600
    broken = json.loads(json.dumps(items[0]))
    del broken["urls"]["id"]
    items = [*items[:555], broken, *items[556:]]
    emulator.inject("/allocations", Fault.status(200, json.dumps({"iterable": items})))

    async def attempt() -> None:
        async with PiecesClient(emulator.url) as pieces:
            await pieces.snapshot()

    with pytest.raises(BadResponse, match=r"iterable\[555\]\.urls\.id: field required"):
        run(attempt())


def test_an_oversize_answer_is_refused(run: Run, emulator: Emulator) -> None:
    emulator.inject("/allocations", Fault.oversize(3 * 1024 * 1024))

    async def attempt() -> None:
        async with PiecesClient(emulator.url, max_body_bytes=1024 * 1024) as pieces:
            await pieces.snapshot()

    with pytest.raises(ResponseTooLarge, match="larger than 1 MiB"):
        run(attempt())


def test_a_redirect_is_not_followed(run: Run, emulator: Emulator, client: PiecesClient) -> None:
    emulator.inject("/allocations", Fault.status(302, ""))
    with pytest.raises(BadResponse, match="redirected"):
        run(client.snapshot())


def test_proxy_settings_in_the_environment_are_ignored(
    run: Run, emulator: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("ALL_PROXY", "http://127.0.0.1:9")

    async def attempt() -> str:
        async with PiecesClient(emulator.url) as pieces:
            return await pieces.version()

    assert run(attempt()) == "12.6.0"


def test_non_utf8_text_is_a_bad_response(run: Run, emulator: Emulator, client: PiecesClient) -> None:
    emulator.inject("/.well-known/version", Fault.invalid_utf8())
    with pytest.raises(BadResponse, match="not valid UTF-8"):
        run(client.version())


def test_calls_use_their_own_timeouts() -> None:
    timeouts = Timeouts()
    assert timeouts.cloud_action == 120.0
    assert timeouts.probe < timeouts.snapshot < timeouts.cloud_action


def test_one_allocation_by_id(run: Run, emulator: Emulator, client: PiecesClient) -> None:
    cloud = run(client.allocation(emulator.user_id))
    assert cloud.id == emulator.user_id
    with pytest.raises(NotFound) as caught:
        run(client.allocation("no-such-cloud"))
    assert caught.value.status == 410


def test_a_client_of_a_plain_http_address_starts_without_reading_the_certificate_bundle(
    run: Run, emulator: Emulator
) -> None:
    # Reading the bundle costs every start about 40 ms and a megabyte, for a TLS nobody uses.
    tls_context.cache_clear()

    async def attempt() -> HealthState:
        async with PiecesClient(emulator.url) as pieces:
            return (await pieces.health()).state

    assert run(attempt()) is HealthState.OK
    assert tls_context.cache_info().currsize == 0


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_an_https_address_still_refuses_a_certificate_nobody_vouches_for(run: Run, tmp_path: Path) -> None:
    key, certificate = tmp_path / "key.pem", tmp_path / "cert.pem"
    request = [
        "openssl",
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=127.0.0.1",
    ]
    names = ["-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(certificate)]
    subprocess.run([*request, *names], check=True, capture_output=True)
    served: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            served.append(self.path)
            self.send_response(200)
            self.send_header("Content-Length", "4")
            self.end_headers()
            self.wfile.write(b"ok:x")

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(certificate, key)
    server.socket = tls.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    async def attempt() -> None:
        async with PiecesClient(f"https://127.0.0.1:{server.server_port}") as pieces:
            await pieces.health()

    try:
        with pytest.raises(PiecesError, match="certificate"):
            run(attempt())
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
    assert served == []
