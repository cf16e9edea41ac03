"""Start at login on macOS: a LaunchAgent property list in ~/Library/LaunchAgents."""

from __future__ import annotations

import plistlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from gui.i18n import Context

from .base import failure

AUTOSTART_LAUNCHAGENT = Context("AUTOSTART_LAUNCHAGENT")


class LaunchAgentAutostart:
    """Enabled when ~/Library/LaunchAgents/<label>.plist is ours, runs at load and is not Disabled."""

    def __init__(self, label: str, home: Path) -> None:
        self._label = label
        self.path = home / "Library" / "LaunchAgents" / f"{label}.plist"

    @property
    def location(self) -> str:
        return str(self.path)

    def agent(self, command: Sequence[str]) -> dict[str, Any]:
        """What the property list holds: launchd runs ProgramArguments once, at login."""
        return {
            "Label": self._label,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            # Started for the user's session, like an app they opened (not throttled as a daemon).
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",
        }

    def enabled(self) -> bool:
        try:
            with self.path.open("rb") as handle:
                agent = plistlib.load(handle)
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False
        return (
            isinstance(agent, dict)
            and agent.get("Label") == self._label
            and agent.get("RunAtLoad") is True
            and agent.get("Disabled") is not True
            and bool(agent.get("ProgramArguments"))
        )

    def enable(self, command: Sequence[str]) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial = self.path.with_name(self.path.name + ".partial")
            with partial.open("wb") as handle:
                plistlib.dump(self.agent(command), handle)
            partial.replace(self.path)
        except OSError as error:
            raise failure(AUTOSTART_LAUNCHAGENT.tr("write the login item"), str(self.path), error) from None

    def disable(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as error:
            raise failure(AUTOSTART_LAUNCHAGENT.tr("remove the login item"), str(self.path), error) from None
