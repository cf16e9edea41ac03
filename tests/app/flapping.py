"""A real app process beside an emulator whose cloud flaps: what the history's process tests share."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

from gui.emulator import Emulator


def app_env() -> dict[str, str]:
    """The environment of an app started offscreen, with no inherited display or Pieces OS address."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "PIECES_OS_URL", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def start_app(emulator: Emulator, config_dir: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "gui", "--base-url", emulator.url, "--config-dir", str(config_dir)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@contextlib.contextmanager
def flapping(emulator: Emulator) -> Iterator[str]:
    """Pieces OS changes the user's own cloud's status over and over (every 50 ms), and pushes each
    change; gives the cloud's id."""
    cloud_id = str(emulator.user_profile()["allocation"]["id"])
    stop = threading.Event()

    def flip() -> None:
        status = "RUNNING"
        while not stop.is_set():
            status = "FAILED" if status == "RUNNING" else "RUNNING"
            emulator.set_cloud_status(cloud_id, status)
            emulator.streams.notify()
            stop.wait(0.05)

    flipper = threading.Thread(target=flip, daemon=True)
    flipper.start()
    try:
        yield cloud_id
    finally:
        stop.set()
        flipper.join()


def count_changes(path: Path, failed_cloud: str | None = None) -> int:
    """Changes on disk (or one cloud's failures), read as a second process would, beside the writer."""
    if not path.exists():
        return 0
    query, values = "SELECT count(*) FROM transitions", []
    if failed_cloud is not None:
        query += " WHERE subject = ? AND aspect = 'cloud' AND new = 'FAILED'"
        values.append(failed_cloud)
    try:
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=1.0)
        try:
            return int(db.execute(query, values).fetchone()[0])
        finally:
            db.close()
    except sqlite3.Error:
        return 0  # not made yet, or its schema not yet written


def written(app: subprocess.Popen[bytes], history: Path, counts: list[int], wanted: int) -> bool:
    """At least `wanted` changes on disk (their count kept in counts[0]); the app still running."""
    assert app.poll() is None, "the app ended by itself"
    counts[0] = count_changes(history)
    return counts[0] >= wanted
