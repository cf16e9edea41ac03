"""The settings file read without Qt, for the commands that open no window (--status, --help, --history).

QSettings writes it as INI: the key `pieces_os/base_url` is `base_url` in the `[pieces_os]` section. A file
that cannot be read holds nothing, as `Settings(recover=False)` reads it; nothing here ever writes it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

__all__ = ["saved_address", "saved_value", "settings_file"]


def settings_file(
    config_dir: Path | None, *, env: Mapping[str, str] = os.environ, platform: str = sys.platform
) -> Path:
    """Where QSettings keeps the app's settings: DIR/settings.ini with --config-dir DIR."""
    if config_dir is not None:
        return config_dir / "settings.ini"
    home = Path(env.get("HOME") or Path.home())
    if platform == "win32":
        base = Path(env.get("APPDATA") or home / "AppData" / "Roaming")
    else:
        config = env.get("XDG_CONFIG_HOME", "")
        base = Path(config) if config.startswith("/") else home / ".config"
    return base / "pieces-allocations" / "pieces-allocations.ini"


def saved_value(
    config_dir: Path | None,
    section: str,
    key: str,
    *,
    env: Mapping[str, str] = os.environ,
    platform: str = sys.platform,
) -> str | None:
    """The text saved under section/key, or None when there is none (or the file cannot be read)."""
    import configparser  # here: a start of the window never reads it, and it costs a millisecond

    # Not strict: of a key written twice QSettings takes the last, and so does this.
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read(settings_file(config_dir, env=env, platform=platform), encoding="utf-8")
        value = parser.get(section, key, fallback="").strip()
    except (OSError, UnicodeError, configparser.Error):
        return None
    if len(value) >= 2 and value[0] == value[-1] == '"':
        value = value[1:-1].strip()  # QSettings quotes a text it could not write bare
    return value or None


def saved_address(
    config_dir: Path | None, *, env: Mapping[str, str] = os.environ, platform: str = sys.platform
) -> str | None:
    """The Pieces OS address as the file holds it, unchecked: discovery says what is wrong with one."""
    return saved_value(config_dir, "pieces_os", "base_url", env=env, platform=platform)
