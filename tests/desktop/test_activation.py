"""A later launch's desktop tokens bring the running copy's window up: on X11, its launch feedback ends."""

from __future__ import annotations

import ctypes
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from gui.desktop import x11_startup
from gui.desktop.activation import activate
from gui.desktop.x11_startup import ClientMessage, launch_time, remove_text, startup_message
from gui.emulator import Emulator

from ..app.test_shutdown import Launch

_PROPERTY_CHANGE = 0x00400000
_SUBSTRUCTURE_NOTIFY = 0x00080000
_CW_EVENT_MASK = 0x800


def test_a_startup_id_is_sent_in_pieces_of_twenty_bytes_with_its_time() -> None:
    text = remove_text('launcher/app-7 "x"_TIME4242')
    assert text == 'remove: ID="launcher/app-7 \\"x\\"_TIME4242"'
    pieces = startup_message(text, 5, 101, 102)
    assert [p.type for p in pieces] == [101, 102, 102]
    joined = b"".join(bytes(p.data.data8) for p in pieces)
    assert joined.startswith(text.encode() + b"\0")
    assert launch_time("launcher/app-7_TIME4242") == 4242
    assert launch_time("no-time-here") is None


class _Screen(ctypes.Structure):
    _fields_ = [("root", ctypes.c_uint32)]


class _ScreenIterator(ctypes.Structure):
    _fields_ = [("data", ctypes.POINTER(_Screen)), ("rem", ctypes.c_int), ("index", ctypes.c_int)]


class RootWatcher:
    """A second X client that hears the client messages sent to the root window."""

    def __init__(self, display: str) -> None:
        self.xcb, self.libc = x11_startup._libraries()
        xcb = self.xcb
        xcb.xcb_connect.restype = ctypes.c_void_p
        xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
        xcb.xcb_get_setup.restype = ctypes.c_void_p
        xcb.xcb_get_setup.argtypes = [ctypes.c_void_p]
        xcb.xcb_setup_roots_iterator.restype = _ScreenIterator
        xcb.xcb_setup_roots_iterator.argtypes = [ctypes.c_void_p]
        xcb.xcb_change_window_attributes.argtypes = [
            ctypes.c_void_p,
            ctypes.c_uint32,
            ctypes.c_uint32,
            ctypes.POINTER(ctypes.c_uint32),
        ]
        xcb.xcb_poll_for_event.restype = ctypes.c_void_p
        xcb.xcb_poll_for_event.argtypes = [ctypes.c_void_p]
        xcb.xcb_get_file_descriptor.argtypes = [ctypes.c_void_p]
        xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
        self.connection = xcb.xcb_connect(display.encode(), None)
        self.root = int(xcb.xcb_setup_roots_iterator(xcb.xcb_get_setup(self.connection)).data.contents.root)
        mask = ctypes.c_uint32(_PROPERTY_CHANGE | _SUBSTRUCTURE_NOTIFY)
        xcb.xcb_change_window_attributes(self.connection, self.root, _CW_EVENT_MASK, ctypes.byref(mask))
        xcb.xcb_flush(self.connection)
        self.atoms = {
            name: x11_startup.atom(self.connection, name)
            for name in ("_NET_STARTUP_INFO_BEGIN", "_NET_STARTUP_INFO", "_NET_ACTIVE_WINDOW")
        }

    def messages(self, timeout: float) -> Iterator[ClientMessage]:
        """Client messages as they come, until timeout."""
        deadline = time.monotonic() + timeout
        descriptor = self.xcb.xcb_get_file_descriptor(self.connection)
        while time.monotonic() < deadline:
            event = self.xcb.xcb_poll_for_event(self.connection)
            if not event:
                select.select([descriptor], [], [], max(0.0, deadline - time.monotonic()))
                continue
            message = ClientMessage.from_buffer_copy(ctypes.string_at(event, ctypes.sizeof(ClientMessage)))
            self.libc.free(event)
            if message.response_type & 0x7F == 33:
                yield message

    def close(self) -> None:
        self.xcb.xcb_disconnect(self.connection)


@pytest.fixture
def x_display() -> Iterator[str]:
    """A private X server (Xvfb), its display name found through -displayfd."""
    if shutil.which("Xvfb") is None:
        pytest.skip("needs Xvfb (scripts/setup installs it)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as said:
        number = said.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_the_running_copy_ends_a_later_launch_s_startup_feedback_on_x11(
    x_display: str, emulator: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before, the id never left the later launch: the launcher's spinner turned until it timed out."""
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    config_dir = tmp_path / "config"
    monkeypatch.setenv("DISPLAY", x_display)
    watcher = RootWatcher(x_display)
    first = Launch(emulator, config_dir, runtime, platform="xcb")
    try:
        first.wait_for("Listening for later launches")
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "xcb",
            "XDG_RUNTIME_DIR": str(runtime),
            "DESKTOP_STARTUP_ID": "menu/launch-9_TIME777",
        }
        env.pop("XDG_ACTIVATION_TOKEN", None)
        second = subprocess.run(
            [sys.executable, "-m", "gui", "--config-dir", str(config_dir)],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
        assert (second.returncode, second.stderr) == (0, "")
        text, activated = b"", []
        for message in watcher.messages(timeout=20):
            if message.type in (watcher.atoms["_NET_STARTUP_INFO_BEGIN"], watcher.atoms["_NET_STARTUP_INFO"]):
                text += bytes(message.data.data8)
            elif message.type == watcher.atoms["_NET_ACTIVE_WINDOW"]:
                activated.append(list(message.data.data32[:2]))
            if b"\0" in text and [1, 777] in activated:
                break
        assert text.split(b"\0")[0] == b'remove: ID="menu/launch-9_TIME777"'
        # Activated as of the launch's click (1: asked by an application), so focus may move.
        assert [1, 777] in activated
        first.process.send_signal(signal.SIGTERM)
        assert first.wait_for_exit(timeout=30) == 0, first.log
    finally:
        first.end()
        watcher.close()


class _Window(QWidget):
    """Notes what XDG_ACTIVATION_TOKEN held when it was activated: what Qt's Wayland plugin reads."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str | None] = []

    def activateWindow(self) -> None:  # noqa: N802 - Qt's name
        self.seen.append(os.environ.get("XDG_ACTIVATION_TOKEN"))


@pytest.mark.parametrize(("platform", "expected"), [("wayland", "launch-token"), ("xcb", None)])
def test_on_wayland_the_token_is_there_for_the_activation_and_gone_after(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, platform: str, expected: str | None
) -> None:
    monkeypatch.delenv("XDG_ACTIVATION_TOKEN", raising=False)
    monkeypatch.setattr(QGuiApplication, "platformName", staticmethod(lambda: platform))
    window = _Window()
    qtbot.addWidget(window)
    activate(window, {"XDG_ACTIVATION_TOKEN": "launch-token"})
    assert window.seen == [expected]
    # Never passed on to what the app starts later (a browser, the file manager).
    assert "XDG_ACTIVATION_TOKEN" not in os.environ
