"""Keeps start-up lean where the cost is in libraries: httpx's command-line client, PySide6's import check."""

from __future__ import annotations

import sys
from collections.abc import Callable
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


def check_pyside_use_cheaply() -> None:
    """Have PySide6 find out whether a module uses it by reading the module's file, not its source.

    Once PySide6 is loaded, it asks of every module imported (and of every one imported before)
    whether it uses PySide6, for its opt-in `__feature__` switches: it searches the module's
    source for "PySide6", read through inspect.getsource, which for the ~400 modules of this app
    and its libraries cost 100-150 ms of start-up. The same search in the file's bytes answers
    the same, far sooner. Where PySide6 is not loaded yet, or checks otherwise, nothing changes.
    """
    feature = sys.modules.get("shibokensupport.feature")
    check: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if check is None or not callable(check) or getattr(check, "reads_the_file", False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return check(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return check(module)

    uses_pyside.reads_the_file = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
