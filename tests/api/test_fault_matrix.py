"""Every fault the emulator can play, through the client: the error a user meets, in words, then recovery.

Each fault is armed until cleared, so the call fails the same way twice (nothing half-recovers),
nothing is logged at ERROR or above, and the first call after the fault ends succeeds on the same
client: a pool left full or a connection left half-read would show there.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import pytest

from gui.api import (
    BadResponse,
    CloudTimeout,
    ConnectionDropped,
    HealthState,
    NotFound,
    NotSignedIn,
    PiecesClient,
    PiecesError,
    PiecesTimeout,
    ResponseTooLarge,
    ServerError,
    Timeouts,
    UpdateRequired,
)
from gui.emulator import Emulator, Fault

from ..conftest import Run

_MIB = 1024 * 1024
_Call = Callable[[PiecesClient], Awaitable[object]]


def _snapshot(pieces: PiecesClient) -> Awaitable[object]:
    return pieces.snapshot()


def _user(pieces: PiecesClient) -> Awaitable[object]:
    return pieces.current_user()


def _health(pieces: PiecesClient) -> Awaitable[object]:
    return pieces.health()


@dataclass(frozen=True)
class Case:
    route: str
    fault: Fault
    error: type[PiecesError]
    words: str  # what the user reads, in the message


_SNAPSHOT = "Pieces OS gave an answer to list the allocations that this app cannot read: "
CASES: dict[str, Case] = {
    "never answers": Case(
        "/allocations",
        Fault.hang(),
        PiecesTimeout,
        "Pieces OS did not answer when asked to list the allocations within 0.5 s.",
    ),
    "drips": Case(
        "/allocations",
        Fault.drip(1, 0.05),
        PiecesTimeout,
        "Pieces OS did not answer when asked to list the allocations within 0.5 s.",
    ),
    "slower than the deadline": Case(
        "/.well-known/health",
        Fault.latency(30),
        PiecesTimeout,
        "Pieces OS did not answer when asked to report its health within 0.5 s.",
    ),
    "resets mid-body": Case(
        "/allocations",
        Fault.reset(),
        ConnectionDropped,
        "Pieces OS closed the connection before it finished answering when asked to list the allocations.",
    ),
    "hangs up mid-body": Case(
        "/user",
        Fault.truncated(),
        ConnectionDropped,
        "Pieces OS closed the connection before it finished answering when asked to tell who is signed in.",
    ),
    "hangs up without answering": Case(
        "/allocations",
        Fault.drop(),
        ConnectionDropped,
        "Pieces OS closed the connection before it finished answering",
    ),
    "oversize with a length": Case(
        "/allocations", Fault.oversize(3 * _MIB), ResponseTooLarge, "the answer is larger than 1 MiB."
    ),
    "oversize without a length": Case(
        "/allocations",
        Fault.oversize(3 * _MIB, declared=False),
        ResponseTooLarge,
        "the answer is larger than 1 MiB.",
    ),
    "gzip bomb": Case(
        "/allocations", Fault.gzip_bomb(64 * _MIB), ResponseTooLarge, "the answer is larger than 1 MiB."
    ),
    "snapshot nested too deeply": Case(
        "/allocations", Fault.nested(100_000), BadResponse, _SNAPSHOT + "it is nested too deeply"
    ),
    "user nested too deeply": Case("/user", Fault.nested(100_000), BadResponse, "it is nested too deeply"),
    "invalid UTF-8": Case(
        "/allocations", Fault.invalid_utf8(), BadResponse, _SNAPSHOT + "it is not valid UTF-8"
    ),
    "malformed JSON": Case("/allocations", Fault.malformed_json(), BadResponse, _SNAPSHOT + "it is not JSON"),
    "wrong-shaped JSON": Case(
        "/allocations", Fault.wrong_shape(), BadResponse, _SNAPSHOT + "expected a JSON object, got list."
    ),
    "wrong-shaped user": Case("/user", Fault.wrong_shape(), BadResponse, "expected a JSON object, got list."),
    "redirect": Case(
        "/allocations",
        Fault.redirect("http://127.0.0.1:9/allocations"),
        BadResponse,
        _SNAPSHOT + "it redirected elsewhere (HTTP 302), which this app refuses.",
    ),
    "401": Case(
        "/allocations",
        Fault.status(401, "Unauthorized"),
        NotSignedIn,
        'Pieces OS could not list the allocations (HTTP 401): "Unauthorized".',
    ),
    "404": Case("/user", Fault.status(404, "Route not found"), NotFound, '(HTTP 404): "Route not found".'),
    "410": Case("/allocations", Fault.status(410, "Cloud not found."), NotFound, '"Cloud not found."'),
    "500": Case(
        "/allocations",
        Fault.status(500, "Clouds Connect failed."),
        ServerError,
        'Pieces OS could not list the allocations (HTTP 500): "Clouds Connect failed."',
    ),
    "503": Case("/allocations", Fault.status(503, ""), ServerError, "(HTTP 503)."),
    "504": Case("/allocations", Fault.status(504, "Gateway Timeout"), CloudTimeout, '"Gateway Timeout"'),
    "593": Case(
        "/allocations",
        Fault.status(593, "Pieces OS update required."),
        UpdateRequired,
        '(HTTP 593): "Pieces OS update required."',
    ),
}
_CALLS: dict[str, _Call] = {"/allocations": _snapshot, "/user": _user, "/.well-known/health": _health}


@pytest.mark.parametrize("name", list(CASES))
def test_each_fault_is_explained_and_recovered_from(
    run: Run, emulator: Emulator, caplog: pytest.LogCaptureFixture, name: str
) -> None:
    case = CASES[name]
    call = _CALLS[case.route]
    caplog.set_level(logging.DEBUG)
    emulator.inject(case.route, case.fault, times=None)
    timeouts = Timeouts(probe=0.5, snapshot=0.5, request=0.5, connect=0.5)

    async def fail_twice_then_recover() -> list[PiecesError]:
        errors = []
        async with PiecesClient(emulator.url, timeouts=timeouts, max_body_bytes=_MIB) as pieces:
            for _ in range(2):
                try:
                    await call(pieces)
                except PiecesError as error:
                    errors.append(error)
            emulator.clear_faults()
            await call(pieces)
        return errors

    errors = run(fail_twice_then_recover())
    assert len(errors) == 2
    for error in errors:
        assert type(error) is case.error
        assert case.words in error.message
        assert error.hint  # and what to do next
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []


def test_migrating_is_a_health_state_not_an_error(run: Run, emulator: Emulator, client: PiecesClient) -> None:
    emulator.set_health("migrating")
    assert run(client.health()).state is HealthState.MIGRATING
    emulator.set_health("ok")
    assert run(client.health()).state is HealthState.OK


def test_a_fault_on_one_route_leaves_the_others_alone(
    run: Run, emulator: Emulator, client: PiecesClient
) -> None:
    emulator.inject("/user", Fault.hang(), times=None)
    assert len(run(client.snapshot()).iterable) == 3
    assert run(client.version()) == "12.6.0"
    emulator.clear_faults("/user")
    assert run(client.current_user()) is not None
