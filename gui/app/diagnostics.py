"""Help → Copy diagnostics: versions, how Pieces OS was found, settings, recent errors; no profile."""

from __future__ import annotations

import platform
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import PySide6
from PySide6.QtCore import qVersion

from gui import __version__
from gui.api.discovery import shown_path
from gui.desktop.settings import SettingsValues
from gui.history.reading import Sizes
from gui.state import AppState

__all__ = ["Environment", "diagnostics_text", "this_environment"]


@dataclass(frozen=True)
class Environment:
    """What the app runs on; gathered apart so that the text can be built (and tested) without it."""

    app: str
    qt: str
    pyside: str
    python: str
    system: str


def this_environment() -> Environment:
    return Environment(
        app=__version__,
        qt=qVersion(),
        pyside=PySide6.__version__,
        python=platform.python_version(),
        system=f"{platform.system()} {platform.release()} ({platform.machine()}); {sys.platform}",
    )


def _history_line(sizes: Sizes | None, paused: str | None) -> str:
    """The history file's size and how many rows it holds: never what they say."""
    if paused:
        return f"History: {paused}"
    if sizes is None:
        return "History: not kept"
    return (
        f"History: {_where(sizes.path)}, {sizes.bytes / 1024:,.0f} KiB; {sizes.transitions:,} changes, "
        f"{sizes.operations:,} operations, {sizes.spans:,} watched spans"
    )


def _where(path: Path) -> str:
    """From ~ as the log folder is shown; elsewhere the file's own name, and no folder that names anyone."""
    shown = shown_path(path)
    return shown if shown != "…" else str(Path("…") / path.name)


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def diagnostics_text(
    environment: Environment,
    state: AppState,
    settings: SettingsValues,
    log_folder: Path | None,
    recent_errors: Sequence[str],
    *,
    history: Sizes | None = None,
    history_paused: str | None = None,
) -> str:
    """Plain text a user pastes into a report.

    The state's user is never read: no profile id, name, email or username goes in. Paths are
    shown from "~", as the log does, so the account name stays out too. The Pieces OS address
    is kept: it is on this computer (a port), and it is what support needs first.
    """
    lines = [
        "Pieces Allocations diagnostics",
        f"App: {environment.app}",
        f"Qt: {environment.qt}; PySide6: {environment.pyside}; Python: {environment.python}",
        f"System: {environment.system}",
        "",
    ]
    connection = state.connection
    if connection is None:
        lines.append("Pieces OS: not found")
    else:
        health = connection.health
        lines += [
            f"Pieces OS: {connection.base_url}",
            f"Pieces OS version: {connection.version or 'not given'}",
            f"Pieces OS health: {health.state.value if health else 'not checked'}",
            f"Found: {connection.source.value}",
            f"How: {connection.detail}",
        ]
    lines += [
        f"State: {state.phase.value}{', stale' if state.stale else ''}",
        f"Allocations shown: {len(state.allocations)}",
        f"Signed in: {_yes(state.user is not None)}",
        "",
        f"Settings: address {settings.base_url or 'found automatically'}",
        f"Settings: refresh every {settings.refresh_seconds:g} s",
        f"Settings: notifications {_yes(settings.notifications)}, start at login "
        f"{_yes(settings.start_at_login)}, start in the tray {_yes(settings.start_in_tray)}",
        f"Log folder: {shown_path(log_folder) if log_folder else 'none'}",
        _history_line(history, history_paused),
        "",
        "Last errors:" if recent_errors else "Last errors: none",
    ]
    lines += [f"  {message}" for message in recent_errors]
    return "\n".join(lines) + "\n"
