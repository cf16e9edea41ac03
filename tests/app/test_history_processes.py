"""Two processes at once: `--history` reads the file while the running app writes to it."""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from gui.emulator import Emulator
from gui.history.database import FILE_NAME

from .test_history_kill import _written


def test_history_reads_the_file_while_the_running_app_writes_changes_to_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "PIECES_OS_URL", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    with Emulator(port=0, allocations=3, seed=0) as emulator:
        own = str(emulator.user_profile()["allocation"]["id"])
        flipping = threading.Event()

        def flip() -> None:
            status = "RUNNING"
            while not flipping.is_set():
                status = "FAILED" if status == "RUNNING" else "RUNNING"
                emulator.set_cloud_status(own, status)
                emulator.streams.notify()
                flipping.wait(0.05)

        flipper = threading.Thread(target=flip, daemon=True)
        app = subprocess.Popen(
            [sys.executable, "-m", "gui", "--base-url", emulator.url, "--config-dir", str(tmp_path)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        flipper.start()
        try:
            counts = [0]
            qtbot.waitUntil(
                functools.partial(_written, app, tmp_path / FILE_NAME, counts, 10), timeout=30_000
            )
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
            flipping.set()
            flipper.join()
            app.terminate()
            app.wait(timeout=30)
    assert app.returncode == 0
