"""No error message and no log line carries profile data, whatever way an answer about a user fails."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from gui.api import PiecesClient, PiecesError, discover
from gui.api.discovery import shown_path
from gui.emulator import Emulator, Fault

from ..conftest import Run

EMAIL = "alice.liddell@wonderland.example"
USER_ID = "7d0c7a1e-a11c-e11d-de11-0123456789ab"


def _profile(emulator: Emulator) -> dict[str, object]:
    """The emulator's user, as Alice: her id and email first, where an answer's first bytes are."""
    mine = {"id": USER_ID, "email": EMAIL, "name": "Alice Liddell", "username": "alice.liddell"}
    return mine | {k: v for k, v in emulator.user_profile().items() if k not in mine}


def _faults(emulator: Emulator) -> dict[str, Fault]:
    """Every way GET /user can fail after Pieces OS sent the profile's bytes."""
    whole = json.dumps({"user": _profile(emulator)})
    with_data_as_key = json.loads(whole)
    with_data_as_key["user"]["entities"] = {"iterable": [], "indices": {EMAIL: USER_ID}}
    with_wrong_type = json.loads(whole)
    with_wrong_type["user"]["aesthetics"] = EMAIL
    return {
        "not JSON": Fault.status(200, whole[:200]),
        "not UTF-8": Fault.invalid_utf8(),  # the emulator's own user: Elena Sharma
        "wrong shape": Fault.status(200, f"[{whole}]"),
        "wrong type": Fault.status(200, json.dumps(with_wrong_type)),
        "data as a key": Fault.status(200, json.dumps(with_data_as_key)),
        "nested too deeply": Fault.nested(100_000),
        "too large": Fault.oversize(2048, declared=False),
    }


_CASES = ["not JSON", "not UTF-8", "wrong shape", "wrong type", "data as a key", "nested too deeply"]
_CASES += ["too large"]


@pytest.mark.parametrize("case", _CASES)
def test_an_unreadable_profile_is_described_without_its_data(
    run: Run, emulator: Emulator, caplog: pytest.LogCaptureFixture, case: str
) -> None:
    caplog.set_level(logging.DEBUG)
    emulator.inject("/user", _faults(emulator)[case])

    async def ask() -> PiecesError:
        async with PiecesClient(emulator.url, max_body_bytes=1024) as pieces:
            try:
                await pieces.current_user()
            except PiecesError as error:
                return error
        raise AssertionError("the broken answer was accepted")

    error = run(ask())
    said = f"{error.message} {error.hint} {getattr(error, 'detail', '')}"
    logged = "\n".join(record.getMessage() for record in caplog.records)
    own = emulator.user_profile()
    for data in (EMAIL, USER_ID, "Alice", "alice", own["id"], own["email"], "Elena", "elena"):
        assert data not in said
        assert data not in logged
    assert "tell who is signed in" in error.message


def test_the_length_and_type_are_said_instead_of_the_bytes(run: Run, emulator: Emulator) -> None:
    emulator.inject("/user", Fault.status(200, json.dumps({"user": _profile(emulator)})[:200]))

    async def ask() -> None:
        async with PiecesClient(emulator.url) as pieces:
            await pieces.current_user()

    with pytest.raises(PiecesError, match=r"it is not JSON \(.* at byte \d+; 200 bytes of text/plain"):
        run(ask())


def test_discovery_says_where_it_read_the_port_from_without_the_home_folder(
    run: Run,
    emulator: Emulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    home = tmp_path / "alice.liddell"
    monkeypatch.setenv("HOME", str(home))
    port_file = home / ".local/share/com.pieces.os/production/Config/.port.txt"
    port_file.parent.mkdir(parents=True)
    port_file.write_text(str(emulator.port))
    found = run(discover(env={}, port_files=[port_file], ports=[], legacy=()))
    assert found.base_url == emulator.url
    assert "alice" not in found.detail
    assert "alice" not in "\n".join(record.getMessage() for record in caplog.records)
    assert "~/.local/share/com.pieces.os/production/Config/.port.txt" in found.detail


def test_a_port_file_outside_the_home_folder_shows_only_its_own_part(tmp_path: Path) -> None:
    outside = Path("/srv/alice/com.pieces.os/production/Config/.port.txt")
    assert shown_path(outside, home=tmp_path) == "…/com.pieces.os/production/Config/.port.txt"
    assert shown_path(Path("/srv/alice/odd.txt"), home=tmp_path) == "…"
