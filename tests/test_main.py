"""The app starts from the command line, shows its window on the demo, and quits cleanly on its own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from gui.emulator import Emulator


def run_app(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONWARNINGS": "error"}
    return subprocess.run(
        [sys.executable, "-m", "gui", *args],
        capture_output=True,
        text=True,
        timeout=90,
        env=env,
        cwd=cwd,
        check=False,
    )


def test_the_demo_starts_and_quits_cleanly(tmp_path: Path) -> None:
    done = run_app("--demo", "--quit-after-ms", "1500", "--config-dir", str(tmp_path), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    # Quitting saved the window layout.
    assert "main_window" in (tmp_path / "settings.ini").read_text(encoding="utf-8")


def test_an_address_where_nothing_listens_still_opens_and_quits(tmp_path: Path) -> None:
    done = run_app(
        "--base-url",
        "http://127.0.0.1:9",
        "--quit-after-ms",
        "1000",
        "--config-dir",
        str(tmp_path),
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""


def test_help_and_version_need_no_display(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    for flag, expected in (("--help", "--base-url"), ("--version", "pieces-allocations")):
        done = subprocess.run(
            [sys.executable, "-m", "gui", flag],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            check=False,
        )
        assert done.returncode == 0
        assert expected in done.stdout


def test_debug_logs_keep_profile_data_out(tmp_path: Path) -> None:
    done = run_app(
        "--demo",
        "--quit-after-ms",
        "2500",
        "--log-level",
        "DEBUG",
        "--config-dir",
        str(tmp_path),
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert "Using Pieces OS at http://127.0.0.1:" in done.stderr
    # The demo's signed-in user (the same seed as DemoPiecesOS): nothing of the profile may be logged.
    profile = Emulator(allocations=4, seed=42).user_profile()
    log_file = (tmp_path / "logs" / "pieces-allocations.log").read_text(encoding="utf-8")
    for secret in (profile["email"], profile["name"], profile["username"], profile["id"], "apiKeys"):
        assert secret not in done.stderr
        assert secret not in log_file


def test_the_log_file_is_kept_in_the_config_dir(tmp_path: Path) -> None:
    done = run_app("--demo", "--quit-after-ms", "1500", "--config-dir", str(tmp_path), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    log = (tmp_path / "logs" / "pieces-allocations.log").read_text(encoding="utf-8")
    # INFO lines reach the file even when stderr shows only warnings.
    assert "Using Pieces OS at http://127.0.0.1:" in log
    assert done.stderr == ""
