"""Falls back to the ibus input method when the desktop asks Qt for one that this Qt does not have."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, MutableMapping
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QPluginLoader

log = logging.getLogger(__name__)

FALLBACK = "ibus"
# Names Qt handles without a plugin: the Wayland platform's own text-input support, and "none" for
# a user who wants no input method.
BUILT_IN = frozenset({"wayland", "none"})


def requested(environ: MutableMapping[str, str]) -> list[str]:
    """The input methods the desktop asks for, in Qt's order: QT_IM_MODULES (a ;-list) over QT_IM_MODULE."""
    listed = [name for name in environ.get("QT_IM_MODULES", "").split(";") if name]
    if listed:
        return listed
    single = environ.get("QT_IM_MODULE", "")
    return [single] if single else []


def plugin_folders(environ: MutableMapping[str, str]) -> list[Path]:
    """Where the running Qt looks for input-method plugins: its own plugins, and QT_PLUGIN_PATH's."""
    roots = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))]
    roots += [Path(folder) for folder in environ.get("QT_PLUGIN_PATH", "").split(os.pathsep) if folder]
    return [root / "platforminputcontexts" for root in roots]


def available(folders: Iterable[Path]) -> set[str]:
    """The names the plugins in these folders answer to, read from their metadata without loading them."""
    names: set[str] = set()
    for folder in folders:
        if not folder.is_dir():
            continue
        for plugin in folder.iterdir():
            meta = QPluginLoader(str(plugin)).metaData().get("MetaData")
            if isinstance(meta, dict):
                names.update(str(key).lower() for key in meta.get("Keys", []))
    return names


def fall_back_if_missing(
    environ: MutableMapping[str, str] | None = None, folders: Iterable[Path] | None = None
) -> str | None:
    """Before the QApplication: if no input method the desktop names is here, ask for ibus instead.

    fcitx5, what many Chinese and Japanese users run and which sets QT_IM_MODULE=fcitx, also serves
    the ibus protocol; a plugin for fcitx itself must be built for this very Qt (it uses private API),
    so neither the bundle nor the Qt wheel has one. Without this the filter and address fields get no
    input method at all. Returns the name that was missing, or None when nothing changed.
    """
    if environ is None:
        environ = os.environ
    wanted = requested(environ)
    if not wanted:
        return None
    here = available(plugin_folders(environ) if folders is None else folders) | BUILT_IN
    if FALLBACK not in here or any(name.lower() in here for name in wanted):
        return None
    environ["QT_IM_MODULE"] = FALLBACK
    if "QT_IM_MODULES" in environ:
        environ["QT_IM_MODULES"] = ";".join([*wanted, FALLBACK])
    log.info(
        "Input method %s is not available to this Qt; using %s, which fcitx5 also serves", wanted[0], FALLBACK
    )
    return wanted[0]
