"""Following WS /user/stream against the emulator over a real socket: messages, failures in words, cancel."""

from __future__ import annotations

import asyncio
import gc
import socket
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from gui.api import (
    AllocationStatus,
    BadResponse,
    ClientClosed,
    PiecesClient,
    PiecesError,
    PiecesTimeout,
    PiecesUnreachable,
    ResponseTooLarge,
    StreamLost,
    StreamUnsupported,
    UpdateRequired,
    UserProfile,
)
from gui.api.stream import StreamSettings
from gui.emulator import Emulator, Fault

from ..conftest import Run

Message = UserProfile | None
# Quick pings so that a silent peer is noticed within the test, not within 20 s.
QUICK = StreamSettings(ping_interval=0.1, ping_timeout=0.2, handshake=0.5)


async def _follow(
    client: PiecesClient,
    act: Callable[[list[Message]], bool] = lambda _messages: False,
    settings: StreamSettings | None = None,
) -> tuple[list[Message], PiecesError | None]:
    """Follow the stream; after each message `act(messages)` may say stop. What came, and how it ended."""
    messages: list[Message] = []
    try:
        async with client.user_stream(settings) as stream:
            async for user in stream:
                messages.append(user)
                if act(messages):
                    return messages, None
    except PiecesError as error:
        return messages, error
    raise AssertionError("the stream ended without an error")


def _after_first(action: Callable[[], None]) -> Callable[[list[Message]], bool]:
    """An act for _follow: do `action` once the first message came, and keep following."""

    def act(messages: list[Message]) -> bool:
        if len(messages) == 1:
            action()
        return False

    return act


def _status(user: Message) -> AllocationStatus | None:
    return user.allocation.status.cloud if user is not None and user.allocation is not None else None


def test_the_profile_comes_on_connect(run: Run, emulator: Emulator, client: PiecesClient) -> None:
    messages, error = run(_follow(client, lambda _m: True))
    assert error is None
    (user,) = messages
    assert user is not None
    assert user.id == emulator.user_id
    assert user == run(client.current_user())


def test_a_connect_is_followed_until_it_settles(run: Run, emulator: Emulator, client: PiecesClient) -> None:
    emulator.hold_connects()
    connects: list[asyncio.Task[object]] = []  # held, so the task cannot vanish mid-flight

    def act(messages: list[Message]) -> bool:
        if len(messages) == 1:
            user = messages[0]
            assert user is not None
            # Through the same client: the open stream holds one connection, the POST takes another.
            connects.append(asyncio.ensure_future(client.connect(user)))
        elif _status(messages[-1]) is AllocationStatus.PENDING:
            emulator.release_connects()
        return _status(messages[-1]) is AllocationStatus.RUNNING and len(messages) > 1

    messages, error = run(_follow(client, act))
    assert error is None
    assert [_status(m) for m in messages] == [
        AllocationStatus.RUNNING,
        AllocationStatus.PENDING,
        AllocationStatus.RUNNING,
    ]


def test_nobody_signed_in_is_none(run: Run, emulator: Emulator, client: PiecesClient) -> None:
    def act(messages: list[Message]) -> bool:
        if len(messages) == 1:
            emulator.sign_out()
        elif len(messages) == 2:
            emulator.sign_in()
        return len(messages) == 3

    messages, _ = run(_follow(client, act))
    assert [m is None for m in messages] == [False, True, False]


def test_json_null_is_nobody_signed_in_as_the_sdk_reads_it(
    run: Run, emulator: Emulator, client: PiecesClient
) -> None:
    def act(messages: list[Message]) -> bool:
        emulator.streams.send_text("null")
        return len(messages) == 2

    messages, _ = run(_follow(client, act))
    assert messages[1] is None


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ('{"id": "u"}', "aesthetics: field required"),
        ("[1, 2]", "expected a JSON object, got list"),
        ("x" * (2 * 1024 * 1024), "larger than 1 MiB"),
    ],
    ids=["not-a-profile", "not-an-object", "oversize"],
)
def test_a_message_that_is_not_a_profile_says_what_was_wrong(
    run: Run, emulator: Emulator, client: PiecesClient, text: str, detail: str
) -> None:
    messages, error = run(_follow(client, _after_first(lambda: emulator.streams.send_text(text))))
    assert len(messages) == 1
    assert isinstance(error, BadResponse)
    assert detail in error.message
    assert error.hint


def test_an_oversize_message_is_its_own_error(run: Run, emulator: Emulator, client: PiecesClient) -> None:
    _, error = run(_follow(client, _after_first(lambda: emulator.streams.send_text("x" * (1024 * 1024 + 1)))))
    assert isinstance(error, ResponseTooLarge)


@pytest.mark.parametrize("reset", [False, True], ids=["fin", "rst"])
def test_a_dropped_stream_is_lost_in_words(
    run: Run, emulator: Emulator, client: PiecesClient, reset: bool
) -> None:
    _, error = run(_follow(client, _after_first(lambda: emulator.streams.drop(reset=reset))))
    assert isinstance(error, StreamLost)
    assert error.message == f"Live status from Pieces OS at {emulator.url} stopped: the connection broke off."
    assert "reconnects by itself" in error.hint


def test_a_close_frame_is_lost_with_its_code_and_reason(
    run: Run, emulator: Emulator, client: PiecesClient
) -> None:
    _, error = run(_follow(client, _after_first(lambda: emulator.streams.close(1001, "Restarting"))))
    assert isinstance(error, StreamLost)
    assert "Pieces OS closed it (code 1001: Restarting)" in error.message


def test_a_silent_peer_is_noticed_by_its_unanswered_ping(
    run: Run, emulator: Emulator, client: PiecesClient
) -> None:
    _, error = run(_follow(client, _after_first(lambda: emulator.streams.silence()), QUICK))
    assert isinstance(error, StreamLost)
    assert "did not answer a ping within 0.2 s" in error.message


def test_a_quiet_peer_that_answers_pings_is_kept(
    loop: asyncio.AbstractEventLoop, qtbot: QtBot, emulator: Emulator, client: PiecesClient
) -> None:
    messages: list[Message] = []

    async def follow() -> None:
        async with client.user_stream(QUICK) as stream:
            async for user in stream:
                messages.append(user)

    task = loop.create_task(follow())
    qtbot.waitUntil(lambda: len(messages) == 1)
    # Quiet for several ping intervals and timeouts: each ping is answered, so the stream stays.
    qtbot.waitUntil(lambda: emulator.streams.pongs >= 4)
    emulator.streams.push()
    qtbot.waitUntil(lambda: len(messages) == 2)
    assert not task.done()
    task.cancel()
    qtbot.waitUntil(task.done)


def test_a_pieces_os_without_the_stream_is_unsupported(
    run: Run, emulator: Emulator, client: PiecesClient
) -> None:
    emulator.streams.refuse()
    messages, error = run(_follow(client))
    assert messages == []
    assert isinstance(error, StreamUnsupported)
    assert error.status == 404
    assert "checks for changes every few seconds" in error.hint


def test_an_update_required_answer_to_the_upgrade(run: Run, emulator: Emulator, client: PiecesClient) -> None:
    emulator.set_update_required()
    _, error = run(_follow(client))
    assert isinstance(error, UpdateRequired)


def test_an_upgrade_dropped_unanswered_is_lost(run: Run, emulator: Emulator, client: PiecesClient) -> None:
    emulator.inject("/user/stream", Fault.drop())
    _, error = run(_follow(client))
    assert isinstance(error, StreamLost)
    assert "before the stream opened" in error.message


def test_an_upgrade_never_answered_times_out(run: Run, emulator: Emulator, client: PiecesClient) -> None:
    emulator.inject("/user/stream", Fault.latency(5.0))
    _, error = run(_follow(client, settings=QUICK))
    assert isinstance(error, PiecesTimeout)
    assert "within 0.5 s" in error.message


def test_nothing_listening_is_unreachable(run: Run) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        address = f"http://127.0.0.1:{s.getsockname()[1]}"

    async def attempt() -> PiecesError | None:
        async with PiecesClient(address) as pieces:
            return (await _follow(pieces))[1]

    error = run(attempt())
    assert isinstance(error, PiecesUnreachable)
    assert not isinstance(error, StreamLost)
    assert address in error.message


def test_iterating_after_a_failure_raises_it_again(
    run: Run, emulator: Emulator, client: PiecesClient
) -> None:
    async def twice() -> tuple[BaseException, BaseException]:
        async with client.user_stream() as stream:
            await anext(stream)
            emulator.streams.drop()
            with pytest.raises(StreamLost) as first:
                await anext(stream)
            with pytest.raises(StreamLost) as second:
                await anext(stream)
            return first.value, second.value

    first, second = run(twice())
    assert first is second


def test_the_callers_own_error_comes_out_as_it_is(run: Run, client: PiecesClient) -> None:
    async def fail_inside() -> None:
        async with client.user_stream() as stream:
            await anext(stream)
            raise KeyError("mine")

    with pytest.raises(KeyError, match="mine"):
        run(fail_inside())


def test_cancel_closes_the_stream_cleanly(run: Run, emulator: Emulator, client: PiecesClient) -> None:
    opened = asyncio.Event()

    async def follow_forever() -> None:
        async with client.user_stream() as stream:
            async for _user in stream:
                opened.set()

    async def cancel_it() -> BaseException | None:
        task = asyncio.ensure_future(follow_forever())
        await opened.wait()
        task.cancel()
        results = await asyncio.gather(task, return_exceptions=True)
        return results[0]

    assert isinstance(run(cancel_it()), asyncio.CancelledError)
    assert emulator.streams.wait_for(0)  # the server saw it end
    assert run(client.version())  # the client is fine afterwards
    gc.collect()  # an unclosed socket would warn (and fail) here


def test_a_closed_client_says_so_instead_of_blaming_pieces_os(run: Run, emulator: Emulator) -> None:
    async def after_close() -> PiecesError | None:
        pieces = PiecesClient(emulator.url)
        await pieces.aclose()
        return (await _follow(pieces))[1]

    assert isinstance(run(after_close()), ClientClosed)


def test_closing_the_client_under_an_open_stream_is_client_closed(run: Run, emulator: Emulator) -> None:
    async def close_under() -> PiecesError | None:
        pieces = PiecesClient(emulator.url)
        closing: list[asyncio.Task[None]] = []
        _, error = await _follow(
            pieces, _after_first(lambda: closing.append(asyncio.ensure_future(pieces.aclose())))
        )
        await closing[0]
        return error

    assert isinstance(run(close_under()), ClientClosed)
