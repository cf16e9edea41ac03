"""The command written for start at login: the app as it is installed, started in the tray."""

from __future__ import annotations

from pathlib import Path

from gui.desktop.autostart import launch_command


def test_a_frozen_bundle_starts_itself() -> None:
    command = launch_command("whatever", frozen=True, executable="/opt/pieces-allocations/pieces-allocations")
    assert command == ["/opt/pieces-allocations/pieces-allocations", "--tray"]


def test_the_installed_launcher_starts_itself(tmp_path: Path) -> None:
    launcher = tmp_path / "bin" / "pieces-allocations"
    launcher.parent.mkdir()
    launcher.write_text("#!/bin/sh\n", encoding="utf-8")
    command = launch_command(str(launcher), frozen=False, executable="/usr/bin/python3")
    assert command == [str(launcher), "--tray"]


def test_anything_else_runs_the_module_with_this_python() -> None:
    command = launch_command("/src/gui/__main__.py", frozen=False, executable="/venv/bin/python")
    assert command == ["/venv/bin/python", "-m", "gui", "--tray"]
