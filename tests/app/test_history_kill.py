"""kill -9 at any moment: the history file always opens cleanly and keeps everything written before."""

from __future__ import annotations

import functools
import random
import signal
import sqlite3
from pathlib import Path

from pytestqt.qtbot import QtBot

from gui.emulator import Emulator
from gui.history.database import FILE_NAME

from .flapping import app_env, flapping, start_app, written

KILLS = 20


def test_kill_9_at_random_moments_loses_nothing_written_and_leaves_a_file_that_opens(
    qtbot: QtBot, tmp_path: Path
) -> None:
    rng = random.Random(15)
    history = tmp_path / FILE_NAME
    env = app_env()
    with Emulator(port=0, allocations=3, seed=0, connect_delay=0.1) as emulator, flapping(emulator):
        seen = 0
        for _ in range(KILLS):
            app = start_app(emulator, tmp_path, env)
            # A random moment: once a random number of new changes is on disk.
            wanted = seen + rng.randint(1, 8)
            counts: list[int] = [0]
            qtbot.waitUntil(functools.partial(written, app, history, counts, wanted), timeout=30_000)
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
