"""Fixtures of the tray tests: a private desktop with a real tray host (SNI or XEmbed) to run the app on."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from .desktop import Mode, TrayDesktop
from .session import missing_tools, private_desktop

TrayDesktopFactory = Callable[[Mode], TrayDesktop]


@pytest.fixture
def tray_desktop(tmp_path: Path, qtbot: QtBot) -> Iterator[TrayDesktopFactory]:
    """`tray_desktop("sni")` or `tray_desktop("xembed")`: a private Xvfb, D-Bus and tray host, torn down.

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

        def start(mode: Mode) -> TrayDesktop:
            workdir = tmp_path / mode
            workdir.mkdir(exist_ok=True)
            return stack.enter_context(private_desktop(mode, workdir, wait))

        yield start
