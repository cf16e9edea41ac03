"""The Autostart interface, its error, and the command that starts the installed app at login."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from gui.i18n import Context

AUTOSTART_BASE = Context("AUTOSTART_BASE")

LAUNCHER = "pieces-allocations"


class AutostartError(Exception):
    """Writing or removing the entry failed; the message says where and why, for the user."""


class Autostart(Protocol):
    """Whether the system starts the app at login. The system's own entry is the truth, not a setting."""

    @property
    def location(self) -> str:
        """Where the entry lives, in words a user can look up."""
        ...

    def enabled(self) -> bool:
        """True only if the system will start this app at login."""
        ...

    def enable(self, command: Sequence[str]) -> None:
        """Start `command` at login; AutostartError when the entry cannot be written."""
        ...

    def disable(self) -> None:
        """Start nothing at login; AutostartError when the entry cannot be removed."""
        ...


def launch_command(
    argv0: str | None = None, *, frozen: bool | None = None, executable: str | None = None
) -> list[str]:
    """The installed app plus --tray: a bundle, the pieces-allocations launcher, or python -m gui."""
    argv0 = sys.argv[0] if argv0 is None else argv0
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    executable = sys.executable if executable is None else executable
    if frozen:
        return [str(Path(executable).absolute()), "--tray"]
    launcher = Path(argv0)
    if launcher.name.removesuffix(".exe").removesuffix("-script.py") == LAUNCHER:
        # Absolute, not resolved: a package upgrade may move what a /usr/bin link points at.
        found = launcher if launcher.is_file() else Path(shutil.which(argv0) or launcher)
        return [str(found.absolute()), "--tray"]
    return [str(Path(executable).absolute()), "-m", "gui", "--tray"]


def failure(action: str, where: str, error: OSError) -> AutostartError:
    """action: what could not be done, already in the user's language ("write the autostart entry")."""
    reason = error.strerror or str(error)
    said = AUTOSTART_BASE.tr("Could not {action} {where}: {reason}.")
    return AutostartError(said.format(action=action, where=where, reason=reason))
