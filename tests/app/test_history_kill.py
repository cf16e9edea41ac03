"""kill -9 at any moment: the history file always opens cleanly and keeps everything written before."""

from __future__ import annotations

import functools
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from gui.emulator import Emulator
from gui.history.database import FILE_NAME

KILLS = 20


def _count(path: Path) -> int:
    """Changes on disk, read as a second process would, beside the running writer."""
    if not path.exists():
        return 0
    try:
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=1.0)
        try:
            return int(db.execute("SELECT count(*) FROM transitions").fetchone()[0])
        finally:
            db.close()
    except sqlite3.Error:
        return 0  # not made yet, or its schema not yet written


def _written(app: subprocess.Popen[bytes], history: Path, counts: list[int], wanted: int) -> bool:
    assert app.poll() is None, "the app ended by itself"
    counts[0] = _count(history)
    return counts[0] >= wanted


def test_kill_9_at_random_moments_loses_nothing_written_and_leaves_a_file_that_opens(
    qtbot: QtBot, tmp_path: Path
) -> None:
    rng = random.Random(15)
    history = tmp_path / FILE_NAME
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "PIECES_OS_URL", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    with Emulator(port=0, allocations=3, seed=0, connect_delay=0.1) as emulator:
        own = str(emulator.user_profile()["allocation"]["id"])
        flipping = threading.Event()

        def flip() -> None:
            # Pieces OS changes the cloud's status over and over, and pushes each change.
            status = "RUNNING"
            while not flipping.is_set():
                status = "FAILED" if status == "RUNNING" else "RUNNING"
                emulator.set_cloud_status(own, status)
                emulator.streams.notify()
                flipping.wait(0.05)

        flipper = threading.Thread(target=flip, daemon=True)
        flipper.start()
        try:
            seen = 0
            for _ in range(KILLS):
                app = subprocess.Popen(
                    [sys.executable, "-m", "gui", "--base-url", emulator.url, "--config-dir", str(tmp_path)],
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
                # A random moment: once a random number of new changes is on disk.
                wanted = seen + rng.randint(1, 8)
                counts: list[int] = [0]
                qtbot.waitUntil(functools.partial(_written, app, history, counts, wanted), timeout=30_000)
                now = counts[0]
                app.send_signal(signal.SIGKILL)
                app.wait(timeout=30)
                db = sqlite3.connect(history)
                try:
                    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                    after = int(db.execute("SELECT count(*) FROM transitions").fetchone()[0])
                finally:
                    db.close()
                assert after >= now, f"{now - after} changes written before the kill were lost"
                seen = after
        finally:
            flipping.set()
            flipper.join()
