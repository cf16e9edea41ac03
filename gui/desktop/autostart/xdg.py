"""Start at login on Linux and other XDG desktops: a .desktop file in $XDG_CONFIG_HOME/autostart."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from gui.i18n import Context

from .base import failure
from .desktop_entry import exec_value, read_group

AUTOSTART_XDG = Context("AUTOSTART_XDG")

# Marks the entry as written by this app, so the app never removes or trusts a file the user made.
MARKER = "X-Pieces-Allocations-Autostart"


class XdgAutostart:
    """The entry is enabled when the file exists, carries our marker and is neither Hidden nor disabled."""

    def __init__(
        self, app_id: str, app_name: str, *, home: Path | None = None, env: Mapping[str, str] = os.environ
    ) -> None:
        config = env.get("XDG_CONFIG_HOME") or ""
        # The spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
        base = Path(config) if os.path.isabs(config) else (home or Path.home()) / ".config"
        self.path = base / "autostart" / f"{app_id}.desktop"
        self._app_id = app_id
        self._app_name = app_name

    @property
    def location(self) -> str:
        return str(self.path)

    def entry(self, command: Sequence[str]) -> str:
        """The text of the .desktop file that starts `command` at login."""
        lines = [
            "[Desktop Entry]",
            "Type=Application",
            f"Name={self._app_name}",
            "Comment=Shows the status of your Pieces personal cloud in the system tray",
            # The desktop shows the session's language: the app's own languages, written once here.
            "Comment[de]=Zeigt den Status Ihrer persönlichen Pieces-Cloud im Infobereich",
            "Comment[fr]=Affiche l’état de votre cloud personnel Pieces dans la zone de notification",
            f"Exec={exec_value(command)}",
            f"Icon={self._app_id}",
            "Terminal=false",
            "Categories=Utility;",
            "X-GNOME-Autostart-enabled=true",
            f"{MARKER}=true",
        ]
        return "\n".join(lines) + "\n"

    def enabled(self) -> bool:
        try:
            keys = read_group(self.path.read_text(encoding="utf-8", errors="replace"))
        except OSError:
            return False
        return (
            keys.get(MARKER) == "true"
            and keys.get("Hidden", "false") != "true"
            and keys.get("X-GNOME-Autostart-enabled", "true") != "false"
            and bool(keys.get("Exec"))
        )

    def enable(self, command: Sequence[str]) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Written whole, then moved into place: a session starting meanwhile never reads half a file.
            partial = self.path.with_name(self.path.name + ".partial")
            partial.write_text(self.entry(command), encoding="utf-8")
            partial.replace(self.path)
        except OSError as error:
            raise failure(AUTOSTART_XDG.tr("write the autostart entry"), str(self.path), error) from None

    def disable(self) -> None:
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return
        except OSError as error:
            raise failure(AUTOSTART_XDG.tr("read the autostart entry"), str(self.path), error) from None
        if read_group(text).get(MARKER) != "true":
            return  # someone else's file of the same name: not ours to remove
        try:
            self.path.unlink()
        except FileNotFoundError:
            return
        except OSError as error:
            raise failure(AUTOSTART_XDG.tr("remove the autostart entry"), str(self.path), error) from None
