"""On a Wayland-only desktop the app runs natively on Qt's wayland platform and paints its window."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from gui.desktop.appid import APP_ID

SOCKET = "wayland-test"


def need_weston() -> None:
    """Skips without weston, but fails in CI: CI runs scripts/setup, which installs it."""
    if shutil.which("weston") is None:
        message = "weston is not installed (scripts/setup installs it): no Wayland compositor to run on"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture
def weston(tmp_path: Path) -> Iterator[Path]:
    """A private headless weston; yields its XDG_RUNTIME_DIR (0700), where its socket is."""
    need_weston()
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["XDG_RUNTIME_DIR"] = str(runtime)
    log = (tmp_path / "weston.log").open("w")
    compositor = subprocess.Popen(
        ["weston", "--backend=headless-backend.so", f"--socket={SOCKET}", "--idle-time=0"],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 20
        while not (runtime / SOCKET).is_socket():
            if compositor.poll() is not None or time.monotonic() > deadline:
                log.flush()
                pytest.fail(f"weston did not start: {(tmp_path / 'weston.log').read_text(errors='replace')}")
            time.sleep(0.05)
        yield runtime
    finally:
        compositor.terminate()
        try:
            compositor.wait(timeout=10)
        except subprocess.TimeoutExpired:
            compositor.kill()
            compositor.wait()
        log.close()


def test_the_demo_runs_natively_on_wayland(weston: Path, tmp_path: Path) -> None:
    # As on a Wayland-only desktop: a compositor, no X display, and no platform forced on Qt.
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "QT_QPA_PLATFORM", "QT_IM_MODULE")
    }
    env.update(XDG_RUNTIME_DIR=str(weston), WAYLAND_DISPLAY=SOCKET, PYTHONWARNINGS="error")
    # libwayland's trace of the app's requests: proof of the platform and of the painting. It is the
    # only thing on stderr that starts with "[" (a timestamp); whatever else is there is a warning.
    env["WAYLAND_DEBUG"] = "client"
    done = subprocess.run(
        [sys.executable, "-m", "gui", "--demo", "--quit-after-ms", "2500", "--config-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=90,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    trace = [line for line in done.stderr.splitlines() if line.startswith("[")]
    other = [line for line in done.stderr.splitlines() if not line.startswith("[")]
    assert done.returncode == 0, "\n".join(other)
    assert other == []
    # libwayland up to 1.22 writes objects as interface@id, later ones (Debian 13) as interface#id.
    requests = re.sub(r"(\w)#(\d)", r"\1@\2", "\n".join(trace))
    # The main window became a Wayland toplevel with the app's title and id...
    assert re.search(r'xdg_toplevel@\d+\.set_title\("Pieces Allocations"\)', requests)
    assert re.search(rf'xdg_toplevel@\d+\.set_app_id\("{re.escape(APP_ID)}"\)', requests)
    # ...that the compositor configured, and then the app drew into it: a buffer attached and committed.
    configured = re.search(r"xdg_toplevel@\d+\.configure\(", requests)
    assert configured
    painted = re.search(r"wl_surface@\d+\.attach\(wl_buffer@\d+, 0, 0\)", requests[configured.end() :])
    assert painted
    assert "commit()" in requests[configured.end() + painted.end() :]


def test_without_weston_ci_fails_where_a_machine_of_ones_own_skips(monkeypatch: pytest.MonkeyPatch) -> None:
    """Before, CI skipped it too: a green run could hide that the app was never run on Wayland."""
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    monkeypatch.setenv("CI", "1")
    with pytest.raises(pytest.fail.Exception, match="weston is not installed"):
        need_weston()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="weston is not installed"):
        need_weston()
