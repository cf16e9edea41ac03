"""`--status --follow`: a line at start and at each change, through Pieces OS stopping and starting."""

from __future__ import annotations

import json
import os
import queue
import select
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from gui.emulator import Emulator

DEADLINE = 20.0


class Follower:
    """The command in a process of its own; its lines are read as they come."""

    def __init__(self, url: str, config: Path, *extra: str) -> None:
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "PIECES_OS_URL")}
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gui",
                "--status",
                "--follow",
                "--base-url",
                url,
                "--config-dir",
                str(config),
                *extra,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        assert self.process.stdout is not None
        self._reader = threading.Thread(target=self._read, args=(self.process.stdout,), daemon=True)
        self._reader.start()

    def _read(self, stream: object) -> None:
        for line in stream:  # type: ignore[attr-defined]
            self.lines.put(line.rstrip("\n"))

    def next_line(self) -> str:
        return self.lines.get(timeout=DEADLINE)

    def until(self, wanted: str) -> str:
        while True:
            line = self.next_line()
            if wanted in line:
                return line

    def end(self, how: int = signal.SIGTERM) -> tuple[int, str]:
        self.process.send_signal(how)
        code = self.process.wait(timeout=DEADLINE)
        assert self.process.stderr is not None
        return code, self.process.stderr.read()


@pytest.fixture
def followers() -> Iterator[list[Follower]]:
    made: list[Follower] = []
    yield made
    for follower in made:
        if follower.process.poll() is None:
            follower.process.kill()
            follower.process.wait()
        for stream in (follower.process.stdout, follower.process.stderr):
            if stream is not None:
                stream.close()


def own_cloud(emulator: Emulator) -> str:
    return str(emulator.user_profile()["allocation"]["id"])


def test_a_line_at_start_and_one_at_each_change_pushed_over_the_live_stream(
    emulator: Emulator, tmp_path: Path, followers: list[Follower]
) -> None:
    follower = Follower(emulator.url, tmp_path)
    followers.append(follower)
    first = follower.next_line()
    assert first.startswith("Connected: ")
    assert "(your cloud)" in first
    emulator.set_cloud_status(own_cloud(emulator), "FAILED")
    emulator.streams.notify()
    assert follower.next_line().startswith("Failed: ")
    code, err = follower.end(signal.SIGTERM)
    assert (code, err) == (0, "")


def test_it_lives_through_pieces_os_stopping_and_starting_again(
    tmp_path: Path, followers: list[Follower]
) -> None:
    emulator = Emulator(port=0, allocations=2, seed=0)
    emulator.start()
    port = emulator.port
    follower = Follower(emulator.url, tmp_path, "--json")
    followers.append(follower)
    assert json.loads(follower.next_line())["status"] == "connected"
    emulator.stop()
    # As the tray does: what was last seen stays, marked as old, while Pieces OS does not answer.
    gone = json.loads(follower.until('"stale":true'))
    assert gone["pieces_os"]["url"] == f"http://127.0.0.1:{port}"
    assert gone["pieces_os"]["health"] is None
    again = Emulator(port=port, allocations=2, seed=0)
    again.start()
    try:
        assert json.loads(follower.until('"stale":false'))["status"] == "connected"
        code, err = follower.end(signal.SIGINT)
    finally:
        again.stop()
    assert (code, err) == (0, "")  # no traceback for ^C


def test_a_reader_that_goes_away_ends_it_quietly(emulator: Emulator, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "PIECES_OS_URL")}
    command = [sys.executable, "-m", "gui", "--status", "--follow", "--base-url", emulator.url]
    process = subprocess.Popen(
        [*command, "--config-dir", str(tmp_path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    assert process.stdout is not None
    assert process.stderr is not None
    try:
        ready, _, _ = select.select([process.stdout], [], [], DEADLINE)
        assert ready, "no first line"
        assert process.stdout.readline().startswith(b"Connected: ")
        process.stdout.close()  # as `| head -n 1` does once it has its line
        emulator.set_cloud_status(own_cloud(emulator), "PENDING")
        emulator.streams.notify()
        assert process.wait(timeout=DEADLINE) == 0
        assert process.stderr.read() == b""
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stderr.close()
