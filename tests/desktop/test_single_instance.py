"""One app per user and settings folder: a second launch hands over and the first shows its window."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from gui.desktop.single_instance import LAUNCH_VARIABLES, SingleInstance, instance_key, socket_folder

# A launch in a child process: claim, say what happened, then exit or (with "crash") die without clean-up.
CHILD = """
import os, signal, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from gui.desktop.single_instance import SingleInstance
app = QCoreApplication([])
guard = SingleInstance(sys.argv[1], lock_dir=Path(sys.argv[2]))
first = guard.claim(sys.argv[4:])
print("first" if first else "handed over", flush=True)
if sys.argv[3] == "crash":
    os.kill(os.getpid(), signal.SIGKILL)
if sys.argv[3] == "hold":
    sys.stdin.read()
    guard.release()
sys.exit(0)
"""


@pytest.fixture
def key() -> str:
    return instance_key("pieces-allocations", Path("/nowhere") / uuid.uuid4().hex)


@pytest.fixture(autouse=True)
def runtime_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private $XDG_RUNTIME_DIR for the sockets of each test (and of its child processes)."""
    folder = tmp_path / "runtime"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    for name in LAUNCH_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    return folder


@pytest.fixture
def guards(key: str, tmp_path: Path) -> Iterator[list[SingleInstance]]:
    made: list[SingleInstance] = []
    yield made
    for guard in made:
        guard.release()


def guard_for(guards: list[SingleInstance], key: str, lock_dir: Path) -> SingleInstance:
    guard = SingleInstance(key, lock_dir=lock_dir, answer_timeout_ms=1000)
    guards.append(guard)
    return guard


def child(
    key: str, lock_dir: Path, mode: str, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-c", CHILD, key, str(lock_dir), mode, *args],
        capture_output=True,
        text=True,
        timeout=30,
        env=env,
        check=False,
    )


def test_the_key_is_short_and_differs_by_user_and_folder() -> None:
    key = instance_key(
        "com.example.a-very-long-application-identifier", Path("/home/someone/.config/x"), "ann"
    )
    assert len(key) <= 40
    assert key != instance_key("com.example.a-very-long-application-identifier", Path("/elsewhere"), "ann")
    assert key != instance_key(
        "com.example.a-very-long-application-identifier", Path("/home/someone/.config/x"), "bob"
    )


def test_a_second_guard_hands_its_arguments_to_the_first(
    qtbot: QtBot, guards: list[SingleInstance], key: str, tmp_path: Path
) -> None:
    first = guard_for(guards, key, tmp_path)
    assert first.claim()
    assert first.listening

    second = guard_for(guards, key, tmp_path)
    with qtbot.waitSignal(first.activated, timeout=5000) as shown:
        assert not second.claim(["--tray"])
    assert shown.args == [["--tray"], {}]
    assert not second.listening


def test_after_release_the_next_launch_is_first(
    guards: list[SingleInstance], key: str, tmp_path: Path
) -> None:
    first = guard_for(guards, key, tmp_path)
    assert first.claim()
    first.release()
    assert guard_for(guards, key, tmp_path).claim()


def test_a_socket_file_left_by_a_crash_is_taken_over(
    qtbot: QtBot, guards: list[SingleInstance], key: str, tmp_path: Path, runtime_dir: Path
) -> None:
    stale = runtime_dir / key
    leftover = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    leftover.bind(str(stale))
    leftover.close()  # the file stays, nobody listens: what a killed process leaves
    assert stale.exists()

    first = guard_for(guards, key, tmp_path)
    assert first.claim()
    with qtbot.waitSignal(first.activated, timeout=5000):
        assert not guard_for(guards, key, tmp_path).claim()


def test_a_launch_after_a_crashed_one_starts(guards: list[SingleInstance], key: str, tmp_path: Path) -> None:
    crashed = child(key, tmp_path, "crash")
    assert crashed.returncode == -signal.SIGKILL
    assert crashed.stdout.strip() == "first"
    assert (tmp_path / f"{key}.lock").exists()

    assert guard_for(guards, key, tmp_path).claim()


def test_a_second_process_exits_zero_and_the_first_shows(
    qtbot: QtBot, guards: list[SingleInstance], key: str, tmp_path: Path
) -> None:
    first = guard_for(guards, key, tmp_path)
    assert first.claim()
    with qtbot.waitSignal(first.activated, timeout=10000) as shown:
        second = child(key, tmp_path, "exit", "--demo")
    assert (second.returncode, second.stdout.strip()) == (0, "handed over")
    assert shown.args == [["--demo"], {}]


def test_a_launch_before_the_first_listens_is_heard_once_it_does(
    qtbot: QtBot, guards: list[SingleInstance], key: str, tmp_path: Path
) -> None:
    # The app takes the lock at once but listens only after its window is up.
    first = guard_for(guards, key, tmp_path)
    assert first.claim(listen=False)
    assert not first.listening
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    second = subprocess.Popen(
        [sys.executable, "-c", CHILD, key, str(tmp_path), "exit", "--demo"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    with qtbot.waitSignal(first.activated, timeout=10000) as shown:
        first.listen()
    said, _ = second.communicate(timeout=30)
    assert (second.returncode, said.strip()) == (0, "handed over")
    assert shown.args == [["--demo"], {}]


def test_listen_after_release_does_nothing(guards: list[SingleInstance], key: str, tmp_path: Path) -> None:
    first = guard_for(guards, key, tmp_path)
    assert first.claim(listen=False)
    first.release()  # the app quit before its deferred listen() came
    first.listen()
    assert not first.listening
    assert guard_for(guards, key, tmp_path).claim()


def test_three_launches_at_once_make_one_instance(key: str, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    launches = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, key, str(tmp_path), "hold"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(3)
    ]
    said = []
    for launch in launches:
        assert launch.stdout is not None
        said.append(launch.stdout.readline().strip())
    for launch in launches:
        launch.communicate("", timeout=30)
    assert sorted(said) == ["first", "handed over", "handed over"]


def test_garbage_on_the_socket_is_ignored(
    qtbot: QtBot, guards: list[SingleInstance], key: str, tmp_path: Path, runtime_dir: Path
) -> None:
    first = guard_for(guards, key, tmp_path)
    assert first.claim()
    peer = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    peer.connect(str(runtime_dir / key))
    peer.sendall(b"not json\n")
    peer.close()
    # Then a real request: it is the only one heard.
    with qtbot.waitSignal(first.activated, timeout=5000) as shown:
        assert not guard_for(guards, key, tmp_path).claim(["--after"])
    assert shown.args == [["--after"], {}]


def test_on_a_new_account_the_settings_folder_is_made_and_the_first_launch_is_first(
    guards: list[SingleInstance], key: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Before, a missing folder meant no lock: every first launch warned and waited for nobody."""
    folder = tmp_path / "home" / ".config" / "pieces-allocations"
    assert guard_for(guards, key, folder).claim()
    assert folder.is_dir()
    assert not caplog.records


def test_the_desktop_tokens_of_a_later_launch_reach_the_running_copy(
    qtbot: QtBot, guards: list[SingleInstance], key: str, tmp_path: Path
) -> None:
    """Before, only the arguments went over: the running copy could not take the focus or stop the spinner."""
    first = guard_for(guards, key, tmp_path)
    assert first.claim()
    tokens = {"XDG_ACTIVATION_TOKEN": "wayland-token-1", "DESKTOP_STARTUP_ID": "launcher-42_TIME1234"}
    with qtbot.waitSignal(first.activated, timeout=10000) as shown:
        second = child(key, tmp_path, "exit", "--tray", env=tokens)
    assert (second.returncode, second.stdout.strip()) == (0, "handed over")
    assert shown.args == [["--tray"], tokens]


def test_only_the_desktop_tokens_are_taken_from_a_request(
    qtbot: QtBot, guards: list[SingleInstance], key: str, tmp_path: Path, runtime_dir: Path
) -> None:
    first = guard_for(guards, key, tmp_path)
    assert first.claim()
    request = {
        "command": "show",
        "args": [],
        "tokens": {"XDG_ACTIVATION_TOKEN": "ok", "DESKTOP_STARTUP_ID": "two\nlines", "LD_PRELOAD": "/x.so"},
    }
    with qtbot.waitSignal(first.activated, timeout=5000) as shown:
        peer = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        peer.connect(str(runtime_dir / key))
        peer.sendall(json.dumps(request).encode() + b"\n")
        peer.close()
    assert shown.args == [[], {"XDG_ACTIVATION_TOKEN": "ok"}]


def test_the_socket_is_in_the_private_runtime_folder_and_gone_after_release(
    guards: list[SingleInstance], key: str, tmp_path: Path, runtime_dir: Path
) -> None:
    """Before, it was /tmp/<key>: another user could take that name before the app started."""
    first = guard_for(guards, key, tmp_path)
    assert first.claim()
    assert first.server_name == str(runtime_dir / key)
    assert (runtime_dir / key).is_socket()
    first.release()
    assert not (runtime_dir / key).exists()


def test_a_runtime_folder_others_may_enter_is_not_used(
    tmp_path: Path, runtime_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runtime_dir.chmod(0o755)
    temp = tmp_path / "tmp"
    temp.mkdir(mode=0o1777)
    temp.chmod(0o1777)  # a shared /tmp, whatever the umask
    monkeypatch.setenv("TMPDIR", str(temp))
    settings = tmp_path / "settings"
    # A folder of this user's own, made private, in the shared temporary folder.
    own = socket_folder(settings)
    assert own == temp / f"pieces-allocations-{os.getuid()}"
    assert own.stat().st_mode & 0o777 == 0o700
    assert socket_folder(settings) == own  # and the same the next time


def test_a_folder_someone_else_made_in_its_place_is_not_used(
    tmp_path: Path, runtime_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    temp = tmp_path / "tmp"
    temp.mkdir()
    temp.chmod(0o1777)
    monkeypatch.setenv("TMPDIR", str(temp))
    taken = temp / f"pieces-allocations-{os.getuid()}"
    taken.mkdir()
    taken.chmod(0o777)  # made first, open to all: whoever made it could swap the socket
    settings = tmp_path / "settings"
    assert socket_folder(settings) == settings
    # A link to a private folder is not taken either: it can be pointed elsewhere.
    taken.rmdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    taken.symlink_to(elsewhere)
    assert socket_folder(settings) == settings
