"""However the app is told to stop, it stops the same clean way, quickly, even while Pieces OS hangs.

The app runs as a real process (`python -m gui`) against the emulator; the test waits on its log
lines and on its exit, each with a deadline.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from gui.app.bootstrap import Application
from gui.cli.options import Options
from gui.desktop.single_instance import SingleInstance
from gui.dialogs import ConnectDialog
from gui.emulator import Emulator, Fault
from gui.state import Phase

from ..conftest import Run
from ..gestures import click
from .test_bootstrap import open_dialog

#: How soon after being told to stop the app must be gone, whatever Pieces OS does meanwhile.
STOP_DEADLINE = 2.0
#: Python and Qt start in about a second; a busy machine takes longer.
START_DEADLINE = 30.0


class Launch:
    """The app as a process, its log (stderr) read line by line as it comes."""

    def __init__(
        self,
        emulator: Emulator,
        config_dir: Path,
        runtime_dir: Path,
        *args: str,
        platform: str = "offscreen",
    ) -> None:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": platform,
            "PYTHONWARNINGS": "error",
            "XDG_RUNTIME_DIR": str(runtime_dir),
        }
        self.process = subprocess.Popen(
            [
                *(sys.executable, "-m", "gui", "--base-url", emulator.url),
                *("--config-dir", str(config_dir), "--log-level", "INFO", *args),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self._queue.put(line)
        self._queue.put(None)

    def wait_for(self, text: str, timeout: float = START_DEADLINE) -> float:
        """Wait for a log line holding text; the monotonic time it was read."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self._queue.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"no {text!r} within {timeout} s; log so far:\n{self.log}") from None
            if line is None:
                raise AssertionError(f"the app ended before saying {text!r}; log:\n{self.log}")
            self.lines.append(line)
            if text in line:
                return time.monotonic()

    def wait_for_exit(self, timeout: float) -> int:
        code = self.process.wait(timeout=timeout)
        self._reader.join(timeout=5)
        while (line := self._queue.get_nowait() if not self._queue.empty() else None) is not None:
            self.lines.append(line)
        return code

    @property
    def log(self) -> str:
        return "".join(self.lines)

    def end(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)
        if self.process.stderr is not None:
            self.process.stderr.close()


@pytest.fixture
def launches() -> Iterator[list[Launch]]:
    made: list[Launch] = []
    yield made
    for launch in made:
        if launch.process.poll() is None:
            os.kill(launch.process.pid, signal.SIGCONT)
        launch.end()


@pytest.fixture
def runtime_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "runtime"
    folder.mkdir(mode=0o700)
    return folder


@pytest.fixture
def hanging(emulator: Emulator) -> Iterator[Emulator]:
    """A Pieces OS that takes every request and never answers, until the test ends."""
    emulator.inject("*", Fault.hang(), times=None)
    yield emulator
    emulator.clear_faults()


def start(
    launches: list[Launch], emulator: Emulator, config_dir: Path, runtime_dir: Path, *args: str
) -> Launch:
    launch = Launch(emulator, config_dir, runtime_dir, *args)
    launches.append(launch)
    return launch


def assert_clean_exit(launch: Launch, code: int, config_dir: Path, runtime_dir: Path) -> None:
    assert code == 0, launch.log
    assert "Traceback" not in launch.log
    assert not [line for line in launch.lines if " WARNING " in line or " ERROR " in line], launch.log
    # The layout was written to the settings file, and the socket is gone.
    assert "main_window=" in (config_dir / "settings.ini").read_text(encoding="utf-8")
    assert list(runtime_dir.iterdir()) == []


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP], ids=lambda s: s.name)
def test_a_signal_ends_the_app_cleanly_while_a_request_hangs(
    hanging: Emulator, launches: list[Launch], tmp_path: Path, runtime_dir: Path, signum: signal.Signals
) -> None:
    """Before, TERM and HUP killed it with nothing saved (exit -15, -1) and INT printed a traceback."""
    config_dir = tmp_path / "config"
    app = start(launches, hanging, config_dir, runtime_dir)
    app.wait_for("Listening for later launches")
    assert len(list(runtime_dir.iterdir())) == 1  # the socket, in the private runtime folder
    assert hanging.wait_for_hanging(1, timeout=START_DEADLINE)

    sent = time.monotonic()
    app.process.send_signal(signum)
    code = app.wait_for_exit(timeout=30)
    took = time.monotonic() - sent

    assert_clean_exit(app, code, config_dir, runtime_dir)
    assert f"Quitting: {signum.name} received" in app.log
    assert took < STOP_DEADLINE


def test_qt_quit_ends_the_app_cleanly_while_a_request_hangs(
    hanging: Emulator, launches: list[Launch], tmp_path: Path, runtime_dir: Path
) -> None:
    """QCoreApplication.quit() is how the session, the Dock or Windows end an app.

    --quit-after-ms takes that path. Before, the loop stopped under the app: "Event loop stopped
    before Future completed", exit 1, nothing closed.
    """
    config_dir = tmp_path / "config"
    app = start(launches, hanging, config_dir, runtime_dir, "--quit-after-ms", "2500")
    app.wait_for("Listening for later launches")
    assert hanging.wait_for_hanging(1, timeout=START_DEADLINE)
    asked = app.wait_for("Quitting: the system asked the app to quit")
    code = app.wait_for_exit(timeout=30)
    took = time.monotonic() - asked

    assert_clean_exit(app, code, config_dir, runtime_dir)
    assert took < STOP_DEADLINE


def test_a_launch_during_the_shutdown_starts_a_new_copy(
    hanging: Emulator, launches: list[Launch], tmp_path: Path, runtime_dir: Path
) -> None:
    """Before, it was handed to the copy that was quitting, and no window came."""
    config_dir = tmp_path / "config"
    dying = start(launches, hanging, config_dir, runtime_dir)
    dying.wait_for("Listening for later launches")
    assert hanging.wait_for_hanging(1, timeout=START_DEADLINE)
    dying.process.send_signal(signal.SIGTERM)
    dying.wait_for("No longer listening for later launches")
    # Held mid-shutdown: whatever a later launch meets now, it meets during the shutdown.
    dying.process.send_signal(signal.SIGSTOP)
    if dying.process.poll() is not None:
        pytest.fail("the app ended before it could be held mid-shutdown")

    later = start(launches, hanging, config_dir, runtime_dir)
    later.wait_for("Listening for later launches")  # it is the one instance now, with its window

    os.kill(dying.process.pid, signal.SIGCONT)
    assert dying.wait_for_exit(timeout=30) == 0, dying.log
    later.process.send_signal(signal.SIGTERM)
    assert_clean_exit(later, later.wait_for_exit(timeout=30), config_dir, runtime_dir)


def test_a_later_launch_hands_its_desktop_tokens_to_the_running_copy(
    emulator: Emulator, launches: list[Launch], tmp_path: Path, runtime_dir: Path
) -> None:
    config_dir = tmp_path / "config"
    first = start(launches, emulator, config_dir, runtime_dir)
    first.wait_for("Listening for later launches")
    tokens = {"XDG_ACTIVATION_TOKEN": "token-from-the-launcher", "DESKTOP_STARTUP_ID": "id_TIME42"}
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(runtime_dir), **tokens}
    second = subprocess.run(
        [sys.executable, "-m", "gui", "--config-dir", str(config_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert (second.returncode, second.stderr) == (0, "")
    first.wait_for(
        "Shown for a later launch, with its desktop tokens: DESKTOP_STARTUP_ID, XDG_ACTIVATION_TOKEN"
    )
    first.process.send_signal(signal.SIGTERM)
    assert_clean_exit(first, first.wait_for_exit(timeout=30), config_dir, runtime_dir)


def test_quitting_while_a_connect_s_status_read_hangs_takes_under_two_seconds(
    qtbot: QtBot, emulator: Emulator, run: Run, tmp_path: Path
) -> None:
    """Before, the quit waited for the connect dialog's status read to time out: 30 s."""
    application = Application(
        Options(base_url=emulator.url, config_dir=tmp_path), operation_poll_seconds=0.05
    )
    application.start()
    qtbot.waitUntil(lambda: application.store.state.phase is Phase.LOADED)
    application.window.action_connect.trigger()
    dialog = open_dialog(qtbot, ConnectDialog)
    qtbot.waitUntil(dialog.action_button.isEnabled)
    emulator.hold_connects()
    # The dialog reads the cloud's status while the connect is under way: that read hangs.
    emulator.inject(f"/allocation/{emulator.user_id}", Fault.hang(), times=None)
    click(dialog.action_button)
    qtbot.waitUntil(lambda: emulator.wait_for_hanging(1, 0), timeout=10000)

    asked = time.monotonic()
    application.request_quit("asked by the test")
    run(application.run(), timeout=40)
    took = time.monotonic() - asked
    emulator.clear_faults()
    emulator.release_connects()

    assert took < STOP_DEADLINE
    assert len(application.tasks) == 0
    assert application.connection.client is None
    assert "main_window" in (tmp_path / "settings.ini").read_text(encoding="utf-8")


def test_asked_to_quit_it_at_once_stops_hearing_later_launches_and_hides(
    qtbot: QtBot, emulator: Emulator, run: Run, tmp_path: Path, runtime_dir: Path
) -> None:
    guard = SingleInstance("quit-test", lock_dir=tmp_path / "lock", socket_dir=runtime_dir)
    assert guard.claim()
    application = Application(Options(base_url=emulator.url, config_dir=tmp_path), single_instance=guard)
    application.start()
    qtbot.waitUntil(lambda: application.store.state.phase is Phase.LOADED)
    assert application.window.isVisible()

    application.request_quit("asked by the test")
    # Before anything is awaited: no window, no socket, and the next launch is the one instance.
    assert not application.window.isVisible()
    assert not guard.listening
    assert list(runtime_dir.iterdir()) == []
    successor = SingleInstance("quit-test", lock_dir=tmp_path / "lock", socket_dir=runtime_dir)
    assert successor.claim(listen=False)
    successor.release()
    assert run(application.run(), timeout=20) == 0
