"""Finds the app's resources (SVG icons) the same way in a source checkout, an installed wheel or a bundle."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon


@cache
def resources_dir() -> Path:
    """gui/resources in a wheel and in a bundle (the specs lay it out so), resources/ atop a checkout."""
    package = Path(__file__).resolve().parent.parent  # gui/: this module is gui/desktop/assets.py
    candidates = [package / "resources", package.parent / "resources"]
    for candidate in candidates:
        if (candidate / "icons").is_dir():
            return candidate
    raise FileNotFoundError("The app's resources folder is missing; reinstall the app.")


def icon_path(name: str) -> Path:
    return resources_dir() / "icons" / f"{name}.svg"


@cache
def icon(name: str) -> QIcon:
    """The SVG icon resources/icons/<name>.svg."""
    return QIcon(str(icon_path(name)))
