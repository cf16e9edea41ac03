"""Where the app keeps its data (log, history) without asking Qt: the same folder QStandardPaths names."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

# QStandardPaths' AppLocalDataLocation is <data>/<organization>/<application>: these are the app's names.
ORGANIZATION = "pieces-allocations"
APPLICATION = "Pieces Allocations"


def data_dir(
    config_dir: Path | None, *, env: Mapping[str, str] = os.environ, platform: str = sys.platform
) -> Path:
    """config_dir with --config-dir, else the per-user data folder Qt would name for the app.

    Qt-free, so that `--history` and `--status` find the files the app writes without loading Qt.
    """
    if config_dir is not None:
        return config_dir
    home = Path(env.get("HOME") or Path.home())
    if platform == "win32":
        base = Path(env.get("LOCALAPPDATA") or home / "AppData" / "Local")
    elif platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = (
            Path(env["XDG_DATA_HOME"])
            if env.get("XDG_DATA_HOME", "").startswith("/")
            else home / ".local/share"
        )
    return base / ORGANIZATION / APPLICATION
