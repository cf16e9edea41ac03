"""The macOS LaunchAgent: the property list that would be written into ~/Library/LaunchAgents."""

from __future__ import annotations

import plistlib
from pathlib import Path

from gui.desktop.autostart import LaunchAgentAutostart, for_platform

LABEL = "app.pieces.allocations"
COMMAND = ["/Applications/Pieces Allocations.app/Contents/MacOS/Pieces Allocations", "--tray"]


def backend(home: Path) -> LaunchAgentAutostart:
    chosen = for_platform("darwin", LABEL, "Pieces Allocations", home=home)
    assert isinstance(chosen, LaunchAgentAutostart)
    return chosen


def test_enable_writes_a_launch_agent_that_runs_at_login(tmp_path: Path) -> None:
    autostart = backend(tmp_path)
    assert not autostart.enabled()

    autostart.enable(COMMAND)

    path = tmp_path / "Library" / "LaunchAgents" / f"{LABEL}.plist"
    with path.open("rb") as handle:
        agent = plistlib.load(handle)
    assert agent["Label"] == LABEL
    assert agent["ProgramArguments"] == COMMAND
    assert agent["RunAtLoad"] is True
    assert autostart.enabled()


def test_a_disabled_or_damaged_agent_is_not_enabled(tmp_path: Path) -> None:
    autostart = backend(tmp_path)
    autostart.enable(COMMAND)
    with autostart.path.open("rb") as handle:
        agent = plistlib.load(handle)
    with autostart.path.open("wb") as handle:
        plistlib.dump({**agent, "Disabled": True}, handle)
    assert not autostart.enabled()
    autostart.path.write_bytes(b"not a property list")
    assert not autostart.enabled()


def test_disable_removes_the_agent(tmp_path: Path) -> None:
    autostart = backend(tmp_path)
    autostart.enable(COMMAND)
    autostart.disable()
    assert not autostart.path.exists()
    autostart.disable()
