"""Gives the programs a frozen bundle starts (xdg-open, a browser) the environment the user gave it."""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping

# PyInstaller's bootloader points these at the bundle's own libraries and keeps the value they had in
# NAME_ORIG (no NAME_ORIG: they were not set). A child that inherits the bundle's value loads the
# bundled Qt: a Qt 6 file manager or browser opened by "Open log folder" may then crash or misdraw.
LIBRARY_PATHS = ("LD_LIBRARY_PATH", "LIBPATH")


def restore_for_children(
    environ: MutableMapping[str, str] | None = None, bundle: str | None = None
) -> list[str]:
    """Put back the library paths the bootloader pointed at the bundle; the names restored, for the log.

    Outside a bundle (no sys._MEIPASS), and for a path the bootloader did not set, nothing changes.
    Safe for the app itself: the dynamic loader read LD_LIBRARY_PATH once, when the process started,
    and the bundle's libraries find one another through their own RUNPATH.
    """
    if environ is None:
        environ = os.environ
    if bundle is None:
        bundle = getattr(sys, "_MEIPASS", None) if getattr(sys, "frozen", False) else None
    if not bundle:
        return []
    restored = []
    for name in LIBRARY_PATHS:
        if bundle not in environ.get(name, "").split(os.pathsep):
            continue
        original = environ.pop(f"{name}_ORIG", None)
        if original is None:
            del environ[name]
        else:
            environ[name] = original
        restored.append(name)
    return restored
