"""Keeps httpx's command-line client out of the app's process: importing it loads rich, click and pygments."""

from __future__ import annotations

import sys
from types import ModuleType


def _no_command_line() -> None:
    raise SystemExit("httpx's command-line client is not part of this app.")


def leave_out_httpx_cli() -> None:
    """Stand in for httpx._main, before httpx is first imported.

    httpx's package imports its command-line client so that `httpx.main` exists. Where rich and
    click are installed (a development setup, or a bundle built in one) that import alone costs
    70-100 ms of start-up. The app never runs that client; the `httpx` command keeps its own.
    """
    if "httpx" in sys.modules:
        return  # too late to matter, and httpx.main is whatever it already is
    stand_in = ModuleType("httpx._main", "Stands in for httpx's command-line client, never run here.")
    stand_in.main = _no_command_line  # type: ignore[attr-defined]
    sys.modules.setdefault("httpx._main", stand_in)
