"""Every error names what happened and what to do next, and each status maps to its own kind."""

from __future__ import annotations

import pytest

from gui.api import (
    CloudTimeout,
    DiscoveryFailed,
    NotFound,
    NotSignedIn,
    PiecesError,
    PiecesHTTPError,
    ServerError,
    UpdateRequired,
)
from gui.api.errors import error_for_status


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (401, NotSignedIn),
        (404, NotFound),
        (410, NotFound),
        (500, ServerError),
        (502, ServerError),
        (504, CloudTimeout),
        (593, UpdateRequired),
        (418, PiecesHTTPError),
    ],
)
def test_each_status_has_its_kind(status: int, kind: type[PiecesHTTPError]) -> None:
    error = error_for_status(status, "Clouds Connect failed.", "connect your cloud")
    assert type(error) is kind
    assert error.status == status
    assert f"HTTP {status}" in error.message
    assert '"Clouds Connect failed."' in error.message
    assert error.hint


@pytest.mark.parametrize(
    ("said", "message"),
    [
        ("Database is locked", 'Pieces OS could not list the allocations (HTTP 500): "Database is locked".'),
        ("Cloud not found.", 'Pieces OS could not list the allocations (HTTP 500): "Cloud not found."'),
        ("Try later!", 'Pieces OS could not list the allocations (HTTP 500): "Try later!"'),
        ("", "Pieces OS could not list the allocations (HTTP 500)."),
    ],
)
def test_pieces_os_words_are_quoted_whole_and_the_sentence_ends_once(said: str, message: str) -> None:
    assert error_for_status(500, said, "list the allocations").message == message


def test_a_504_is_a_server_error_with_its_own_advice() -> None:
    error = error_for_status(504, "", "connect your cloud")
    assert isinstance(error, ServerError)
    assert "gave up waiting for your cloud" in error.hint


def test_discovery_failure_lists_the_addresses() -> None:
    error = DiscoveryFailed(["http://127.0.0.1:39300", "http://localhost:1000"])
    assert isinstance(error, PiecesError)
    assert "http://127.0.0.1:39300, http://localhost:1000" in str(error)
