"""Tests of fault values and of the book that hands them out (times, routes, order)."""

from __future__ import annotations

import gzip
import json

import pytest

from gui.emulator import Fault, FaultKind
from gui.emulator.fault_bodies import MALFORMED_BODY, gzip_bomb, oversize_body
from gui.emulator.faultbook import FaultBook, route_matches


def test_constructors_make_frozen_faults() -> None:
    assert Fault.latency(0.5) == Fault(FaultKind.LATENCY, seconds=0.5)
    assert Fault.status(503, "busy") == Fault(FaultKind.STATUS, code=503, text="busy")
    assert Fault.malformed_json().kind is FaultKind.MALFORMED_JSON
    assert Fault.truncated().kind is FaultKind.TRUNCATED
    assert Fault.drop().kind is FaultKind.DROP
    assert Fault.oversize(10).n_bytes == 10
    with pytest.raises(AttributeError):
        Fault.drop().kind = FaultKind.LATENCY  # type: ignore[misc]


@pytest.mark.parametrize(
    "make",
    [lambda: Fault.latency(-1), lambda: Fault.status(42, "x"), lambda: Fault.oversize(-1)],
)
def test_constructors_refuse_nonsense(make: object) -> None:
    with pytest.raises(ValueError, match="not"):
        make()  # type: ignore[operator]


@pytest.mark.parametrize(
    ("route", "path", "matches"),
    [
        ("*", "/anything", True),
        ("/allocations", "/allocations", True),
        ("/allocations", "/allocations/connect", False),
        ("/allocations*", "/allocations/connect", True),
        ("/allocation/*", "/allocation/abc", True),
        ("/user", "/users", False),
    ],
)
def test_route_matches(route: str, path: str, matches: bool) -> None:
    assert route_matches(route, path) is matches


def test_times_then_used_up() -> None:
    book = FaultBook()
    book.inject("/user", Fault.drop(), times=2)
    assert book.take("/allocations") is None
    assert book.take("/user") == Fault.drop()
    assert book.pending() == [("/user", Fault.drop(), 1)]
    assert book.take("/user") == Fault.drop()
    assert book.take("/user") is None
    assert book.pending() == []


def test_oldest_matching_fault_first() -> None:
    book = FaultBook()
    book.inject("*", Fault.latency(0))
    book.inject("/user", Fault.drop())
    assert book.take("/user") == Fault.latency(0)
    assert book.take("/user") == Fault.drop()


def test_clear() -> None:
    book = FaultBook()
    book.inject("*", Fault.drop(), times=5)
    book.clear()
    assert book.take("/user") is None


@pytest.mark.parametrize(("route", "times"), [("user", 1), ("/user", 0)])
def test_inject_refuses_bad_arguments(route: str, times: int) -> None:
    with pytest.raises(ValueError, match="not"):
        FaultBook().inject(route, Fault.drop(), times)


@pytest.mark.parametrize("n_bytes", [0, 1, 2, 50, 99, 100, 101, 4096, 1_000_000])
def test_oversize_body_is_exactly_n_bytes(n_bytes: int) -> None:
    body = oversize_body(n_bytes)
    assert len(body) == n_bytes
    if n_bytes >= 2:
        json.loads(body)


def test_malformed_body_is_not_json() -> None:
    with pytest.raises(json.JSONDecodeError):
        json.loads(MALFORMED_BODY)


@pytest.mark.parametrize(
    "make",
    [
        lambda: Fault.drip(0, 0.1),
        lambda: Fault.drip(1, 0),
        lambda: Fault.nested(0),
        lambda: Fault.gzip_bomb(1),
        lambda: Fault.redirect(code=200),
    ],
)
def test_newer_constructors_refuse_nonsense(make: object) -> None:
    with pytest.raises(ValueError, match="not"):
        make()  # type: ignore[operator]


def test_until_cleared() -> None:
    book = FaultBook()
    book.inject("/user", Fault.drop(), times=None)
    assert [book.take("/user") for _ in range(3)] == [Fault.drop()] * 3
    assert book.pending() == [("/user", Fault.drop(), None)]
    book.clear("/allocations")
    assert book.take("/user") == Fault.drop()
    book.clear("/user")
    assert book.take("/user") is None


@pytest.mark.parametrize("n_bytes", [2, 100, 5 * 1024 * 1024 + 7])
def test_a_gzip_bomb_unpacks_to_exactly_the_oversize_body(n_bytes: int) -> None:
    assert gzip.decompress(gzip_bomb(n_bytes)) == oversize_body(n_bytes)
