"""Discovery finds Pieces OS the way its official clients do, and says what it tried when it cannot."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from gui.api import BadAddress, DiscoveryFailed, DiscoverySource, PiecesError, discover
from gui.api.discovery import normalize_url, port_file_candidates
from gui.emulator import Emulator, Fault

from ..conftest import Run


def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens (it was free a moment ago)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


@pytest.fixture
def second_emulator() -> Iterator[Emulator]:
    with Emulator(port=0, allocations=1, seed=7) as emu:
        yield emu


def write_port_file(tmp_path: Path, port: int) -> Path:
    path = tmp_path / "com.pieces.os" / "production" / "Config" / ".port.txt"
    path.parent.mkdir(parents=True)
    path.write_text(f"{port}\n", encoding="utf-8")
    return path


def test_an_explicit_address_is_taken_as_given(run: Run) -> None:
    found = run(discover(url="http://127.0.0.1:39301/", env={"PIECES_OS_URL": "http://elsewhere:1"}))
    assert found.base_url == "http://127.0.0.1:39301"
    assert found.source is DiscoverySource.ARGUMENT


def test_the_environment_variable_comes_next(run: Run) -> None:
    found = run(discover(env={"PIECES_OS_URL": "localhost:5323"}))
    assert found.base_url == "http://localhost:5323"
    assert found.source is DiscoverySource.ENVIRONMENT


def test_the_environment_variable_beats_the_saved_address(run: Run) -> None:
    env = {"PIECES_OS_URL": "localhost:5323"}
    found = run(discover(url="http://127.0.0.1:39301", url_source=DiscoverySource.SETTINGS, env=env))
    assert found.base_url == "http://localhost:5323"
    assert found.source is DiscoverySource.ENVIRONMENT
    saved = run(discover(url="http://127.0.0.1:39301", url_source=DiscoverySource.SETTINGS, env={}))
    assert saved.base_url == "http://127.0.0.1:39301"
    assert saved.source is DiscoverySource.SETTINGS


def test_the_port_file_is_read_before_probing(
    run: Run, emulator: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The home folder carries the user's name: the detail, shown and logged, says ~ instead.
    monkeypatch.setenv("HOME", str(tmp_path / "alice.liddell"))
    path = write_port_file(tmp_path / "alice.liddell" / ".local" / "share", emulator.port)
    found = run(discover(env={}, port_files=[path], ports=[closed_port()], legacy=()))
    assert found.base_url == emulator.url
    assert found.source is DiscoverySource.PORT_FILE
    assert found.detail.endswith(" ~/.local/share/com.pieces.os/production/Config/.port.txt")
    assert "alice.liddell" not in found.detail
    assert found.health is not None


def test_a_stale_port_file_falls_through_to_the_probe(run: Run, emulator: Emulator, tmp_path: Path) -> None:
    stale = closed_port()
    path = write_port_file(tmp_path, stale)
    found = run(discover(env={}, port_files=[path], ports=[closed_port(), emulator.port], legacy=()))
    assert found.base_url == emulator.url
    assert found.source is DiscoverySource.PROBE
    assert any(str(stale) in tried for tried in found.tried)


def test_when_two_answer_the_lowest_port_wins_and_the_other_is_named(
    run: Run, emulator: Emulator, second_emulator: Emulator
) -> None:
    low, high = sorted((emulator, second_emulator), key=lambda e: e.port)
    found = run(discover(env={}, port_files=[], ports=sorted([high.port, low.port]), legacy=()))
    assert found.base_url == low.url
    assert found.others == (high.url,)
    assert "2 instances answered" in found.detail


def test_a_healthy_instance_beats_a_migrating_one(
    run: Run, emulator: Emulator, second_emulator: Emulator
) -> None:
    low, high = sorted((emulator, second_emulator), key=lambda e: e.port)
    low.set_health("migrating")
    found = run(discover(env={}, port_files=[], ports=[low.port, high.port], legacy=()))
    assert found.base_url == high.url


def test_something_else_on_the_port_is_not_taken_for_pieces_os(run: Run, emulator: Emulator) -> None:
    emulator.inject("/.well-known/health", Fault.status(404, "Not Found"))
    with pytest.raises(DiscoveryFailed):
        run(discover(env={}, port_files=[], ports=[emulator.port], legacy=()))


def test_legacy_ports_are_the_last_resort(run: Run, emulator: Emulator) -> None:
    found = run(discover(env={}, port_files=[], ports=[closed_port()], legacy=[emulator.url]))
    assert found.source is DiscoverySource.LEGACY
    assert found.base_url == emulator.url


def test_when_nothing_answers_every_address_tried_is_listed(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    path = write_port_file(tmp_path, closed_port())
    ports = [closed_port(), closed_port()]
    with pytest.raises(DiscoveryFailed) as caught:
        run(discover(env={}, port_files=[path], ports=ports, legacy=["http://localhost:1"]))
    error = caught.value
    assert len(error.tried) == 3
    assert "(from ~/com.pieces.os/production/Config/.port.txt)" in error.tried[0]
    assert str(tmp_path) not in error.message
    assert "http://localhost:1" in error.message
    assert "--base-url" in error.hint


def test_the_production_range_reads_as_a_range(run: Run) -> None:
    start = closed_port()
    with pytest.raises(DiscoveryFailed) as caught:
        run(discover(env={}, port_files=[], ports=range(start, start + 3), legacy=()))
    assert f"ports {start}-{start + 2}" in caught.value.message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("http://127.0.0.1:39300/", "http://127.0.0.1:39300"),
        (" 127.0.0.1:39300 ", "http://127.0.0.1:39300"),
        ("https://pieces.example:8443/base/", "https://pieces.example:8443/base"),
    ],
)
def test_addresses_are_normalized(text: str, expected: str) -> None:
    assert normalize_url(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("ftp://127.0.0.1", "http"),
        ("javascript:alert(1)", "http"),
        ("http://", "no host"),
        ("http://127.0.0.1:99999", "port"),
        ("http://127.0.0.1:39300/?x=1", "just an address"),
        ("not an address", "cannot have"),
        ("http://<b>x</b>", "cannot have"),
    ],
)
def test_bad_addresses_say_what_is_wrong(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        normalize_url(text)


@pytest.mark.parametrize(
    ("given", "said", "advice"),
    [
        ({"url": "localhost:39300x"}, "The --base-url option", "without the option"),
        (
            {"env": {"PIECES_OS_URL": "localhost:39300x"}},
            "The PIECES_OS_URL environment variable",
            "unset it",
        ),
        (
            {"url": "localhost:39300x", "url_source": DiscoverySource.SETTINGS},
            "The Pieces OS address in the settings file",
            "Change address",
        ),
    ],
)
def test_a_given_address_that_is_not_one_says_who_gave_it_and_what_to_do(
    run: Run, given: dict[str, Any], said: str, advice: str
) -> None:
    with pytest.raises(BadAddress) as caught:
        run(discover(**{"env": {}, **given}))
    error = caught.value
    # A PiecesError like every other: callers that catch those (the refresh loop) carry on.
    assert isinstance(error, PiecesError)
    assert error.message.startswith(said + " is not an address: ")
    assert "'localhost:39300x' has a port that is not a number" in error.message
    assert advice in error.hint


def test_port_file_locations_per_platform(tmp_path: Path) -> None:
    linux = port_file_candidates({"XDG_DATA_HOME": "/xdg"}, "linux", tmp_path)
    assert linux[0] == Path("/xdg/com.pieces.os/production/Config/.port.txt")
    assert linux[1] == tmp_path / "Documents/com.pieces.os/production/Config/.port.txt"
    assert port_file_candidates({}, "linux", tmp_path)[0] == tmp_path / (
        ".local/share/com.pieces.os/production/Config/.port.txt"
    )
    assert port_file_candidates({}, "darwin", tmp_path)[0] == tmp_path / (
        "Library/com.pieces.os/production/Config/.port.txt"
    )
    windows = port_file_candidates({"LOCALAPPDATA": "C:/Users/m/AppData/Local"}, "win32", tmp_path)
    vendor = Path("C:/Users/m/AppData/Local/Mesh Intelligent Technologies, Inc/Pieces OS")
    assert windows[0] == vendor / "com.pieces.os/production/Config/.port.txt"
