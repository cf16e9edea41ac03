"""Start at login: one interface, with an XDG autostart entry, a Windows Run value and a macOS LaunchAgent."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from .base import Autostart, AutostartError, launch_command
from .launchagent import LaunchAgentAutostart
from .windows import Registry, RunKeyAutostart, WindowsRegistry
from .xdg import XdgAutostart

__all__ = [
    "Autostart",
    "AutostartError",
    "LaunchAgentAutostart",
    "Registry",
    "RunKeyAutostart",
    "WindowsRegistry",
    "XdgAutostart",
    "for_platform",
    "for_this_system",
    "launch_command",
]


def for_platform(
    platform: str,
    app_id: str,
    app_name: str,
    *,
    home: Path | None = None,
    env: Mapping[str, str] = os.environ,
    registry: Registry | None = None,
) -> Autostart:
    """The backend this system reads at login: Windows, macOS, else the XDG autostart folder."""
    if platform == "win32":
        return RunKeyAutostart(app_name, registry or WindowsRegistry())
    home = home or Path.home()
    if platform == "darwin":
        return LaunchAgentAutostart(app_id, home)
    return XdgAutostart(app_id, app_name, home=home, env=env)


def for_this_system(app_id: str, app_name: str) -> Autostart:
    return for_platform(sys.platform, app_id, app_name)
