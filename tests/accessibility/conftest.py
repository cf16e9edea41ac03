"""Fixtures of the screen-reader tests: a private desktop, its accessibility bus on, and a reader of it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ..tray.desktop import TrayDesktop
from ..tray.session import missing_tools, private_desktop
from . import bus
from .atspi import AtSpi

# Xvfb, two buses, the registry and the app on a busy 2-core machine: seconds, not milliseconds.
START_MS = 30000


@dataclass
class ReaderDesktop:
    """The desktop (its session bus has a StatusNotifierWatcher, so the tray menu is on DBusMenu),
    the accessibility bus's address, and a connection to it as a screen reader's."""

    desktop: TrayDesktop
    address: str
    reader: AtSpi


@pytest.fixture
def reader_desktop(tmp_path: Path, qtbot: QtBot) -> Iterator[ReaderDesktop]:
    """Skips, naming what is missing, only outside CI: CI runs scripts/setup, which installs them."""
    missing = missing_tools() + bus.missing()
    if missing:
        message = f"the screen-reader tests need {', '.join(missing)}: run scripts/setup"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)

    def wait(check: object) -> None:
        qtbot.waitUntil(check, timeout=START_MS)  # type: ignore[arg-type]

    with ExitStack() as stack:
        workdir = tmp_path / "desktop"
        workdir.mkdir()
        desktop = stack.enter_context(private_desktop("sni", workdir, wait))
        try:
            address = stack.enter_context(
                bus.accessibility_bus(desktop.bus_address, desktop.display, workdir, wait)
            )
        except (RuntimeError, qtbot.TimeoutError) as error:
            # A bus that will not start is a broken machine, said in words, not a skipped test.
            pytest.fail(f"the accessibility bus did not start: {error}; see the logs in {workdir}")
        reader = AtSpi(address)
        stack.callback(reader.close)
        yield ReaderDesktop(desktop, address, reader)
