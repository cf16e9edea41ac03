"""Two processes at once: `--history` reads the file while the running app writes to it."""

from __future__ import annotations

import functools
import json
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from gui.emulator import Emulator
from gui.history.database import FILE_NAME

from .flapping import app_env, count_changes, flapping, start_app, written


def test_history_reads_the_file_while_the_running_app_writes_changes_to_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    env = app_env()
    with Emulator(port=0, allocations=3, seed=0) as emulator, flapping(emulator) as own:
        app = start_app(emulator, tmp_path, env)
        try:
            counts = [0]
            qtbot.waitUntil(functools.partial(written, app, tmp_path / FILE_NAME, counts, 10), timeout=30_000)
            # The first changes on disk are every cloud's first-seen statuses (four each): a busy
            # machine can get here before the own cloud's first failure is written.
            failures = functools.partial(count_changes, tmp_path / FILE_NAME, failed_cloud=own)
            qtbot.waitUntil(lambda: failures() >= 2, timeout=30_000)
            incidents: list[int] = []
            for _ in range(5):
                done = subprocess.run(
                    [sys.executable, "-m", "gui", "--history", "--since", "1h", "--json",
                     "--config-dir", str(tmp_path)],
                    capture_output=True, text=True, timeout=60, env=env, check=False,
                )  # fmt: skip
                assert (done.returncode, done.stderr) == (0, "")
                (cloud,) = [c for c in json.loads(done.stdout)["clouds"] if c["id"] == own]
                incidents.append(len(cloud["incidents"]))
                assert app.poll() is None, "the app ended while it was read"
            # Each read saw the failures written up to then, and the app went on writing meanwhile.
            assert incidents[0] >= 1
            assert incidents[-1] > incidents[0]
            done = subprocess.run(
                [sys.executable, "-m", "gui", "--history", "--since", "1h", "--config-dir", str(tmp_path)],
                capture_output=True, text=True, timeout=60, env=env, check=False,
            )  # fmt: skip
            # The app is watching now, and the text says so rather than "not watched now".
            assert "Not watched now" not in done.stdout
            assert "Pieces OS answering since" in done.stdout
        finally:
            app.terminate()
            app.wait(timeout=30)
    assert app.returncode == 0
