"""Fixtures of the tray tests: a private desktop with a real tray host (SNI or XEmbed) to run the app on."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Protocol

import pytest
from pytestqt.qtbot import QtBot

from .desktop import Mode, TrayDesktop
from .session import PrivateBus, missing_tools, private_bus, private_desktop


class TrayDesktopFactory(Protocol):
    def __call__(self, mode: Mode, *, host: bool = True) -> TrayDesktop: ...


@pytest.fixture
def tray_desktop(tmp_path: Path, qtbot: QtBot) -> Iterator[TrayDesktopFactory]:
    """`tray_desktop("sni")` or `tray_desktop("xembed")`: a private Xvfb, D-Bus and tray host, torn down.

    `host=False` leaves the tray host for the test to start (`desktop.host.start()`), as a panel that
    comes after the app at login.

    Skips, naming what is missing, only when the system tools are not installed (scripts/setup installs them).
    """
    missing = missing_tools()
    if missing:
        message = f"the tray's end-to-end tests need {', '.join(missing)}: run scripts/setup"
        if os.environ.get("CI"):
            pytest.fail(message)  # CI runs scripts/setup: a missing tool there is a broken setup
        pytest.skip(message)

    def wait(check: Callable[[], bool]) -> None:
        qtbot.waitUntil(check, timeout=10000)

    with ExitStack() as stack:

        def start(mode: Mode, *, host: bool = True) -> TrayDesktop:
            workdir = tmp_path / mode
            workdir.mkdir(exist_ok=True)
            return stack.enter_context(private_desktop(mode, workdir, wait, host=host))

        yield start


@pytest.fixture
def bus(tmp_path: Path) -> Iterator[PrivateBus]:
    """A private session bus this test process is connected to, where a stand-in watcher can come and go."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("needs dbus-daemon: run scripts/setup")
    pytest.importorskip("jeepney")
    with private_bus(tmp_path) as private:
        yield private
