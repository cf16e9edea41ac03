"""Tests of the command line: it prints its URL first, serves, and ends cleanly on SIGTERM/SIGINT."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from gui.emulator import Emulator
from gui.emulator.__main__ import main

ROOT = Path(__file__).resolve().parents[2]


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "gui.emulator", "--port", "0", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def cli() -> Iterator[subprocess.Popen[str]]:
    process = _start("--allocations", "5", "--seed", "3", "--connect-delay", "0")
    yield process
    if process.poll() is None:  # the test failed before ending it
        process.kill()
        process.communicate(timeout=10)


def _greeting(process: subprocess.Popen[str]) -> tuple[str, str]:
    """The URL line and the human line. Read here: communicate() skips what readline() buffered."""
    assert process.stdout is not None
    return process.stdout.readline().strip(), process.stdout.readline().strip()


def _url(process: subprocess.Popen[str]) -> str:
    url, _human = _greeting(process)
    return url


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_serves_then_ends_cleanly(cli: subprocess.Popen[str], stop: signal.Signals) -> None:
    url, human = _greeting(cli)
    assert url.startswith("http://127.0.0.1:")
    assert "5 allocation(s)" in human
    with httpx.Client(base_url=url, trust_env=False) as client:
        assert client.get("/.well-known/health").text.startswith("ok:")
        assert len(client.get("/allocations").json()["iterable"]) == 5
    cli.send_signal(stop)
    out, err = cli.communicate(timeout=10)
    assert cli.returncode == 0
    assert (out, err) == ("", "")


def test_scenario_flags() -> None:
    process = _start(
        "--signed-out",
        "--migrating",
        "--update-required",
        "--pieces-version",
        "13.0.0-staging",
        "--allocations",
        "0",
    )
    try:
        url, human = _greeting(process)
        assert "nobody signed in" in human
        with httpx.Client(base_url=url, trust_env=False) as client:
            assert client.get("/.well-known/health").text == "migrating"
            assert client.get("/.well-known/version").text == "13.0.0-staging"
            assert client.get("/user").status_code == 593
    finally:
        process.terminate()
        _out, err = process.communicate(timeout=10)
    assert process.returncode == 0
    assert err == ""


def test_fail_connect_flag() -> None:
    process = _start("--fail-connect", "--connect-delay", "0")
    try:
        with httpx.Client(base_url=_url(process), trust_env=False) as client:
            profile = client.get("/user").json()["user"]
            failed = client.post("/allocations/connect", content=json.dumps(profile))
            assert (failed.status_code, failed.text) == (500, "Clouds Connect failed.")
            assert client.post("/allocations/connect", json=profile).status_code == 200
    finally:
        process.terminate()
        process.communicate(timeout=10)
    assert process.returncode == 0


def test_bad_arguments_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--allocations", "-1"])
    assert exited.value.code == 2
    assert "--allocations must be 0 or more" in capsys.readouterr().err


def test_a_taken_port_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    with Emulator() as emu:
        assert main(["--port", str(emu.port)]) == 1
    assert f"cannot listen on 127.0.0.1:{emu.port}" in capsys.readouterr().err
