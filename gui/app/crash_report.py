"""Errors nobody planned: logged once per kind, shown in a window with details to copy; faulthandler."""

from __future__ import annotations

import asyncio
import faulthandler
import logging
import sys
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from gui import __version__

__all__ = [
    "FAULT_FILE",
    "CrashReporter",
    "install",
    "loop_exception",
    "report",
    "reporter",
    "uninstall",
]

_log = logging.getLogger(__name__)
FAULT_FILE = "faults.log"
# Distinct errors remembered for deduplication; past this, a new kind is still logged but not kept.
_SIGNATURE_LIMIT = 200

Signature = tuple[str, tuple[tuple[str, str, int], ...]]
Show = Callable[[str], None]


def signature(error: BaseException) -> Signature:
    """The error's type and the frames it passed through: the same bug on every paint has one signature."""
    frames = traceback.extract_tb(error.__traceback__)
    return type(error).__qualname__, tuple((f.filename, f.name, f.lineno or 0) for f in frames)


def details(error: BaseException, context: str) -> str:
    """What a person copies to report the error: when, which version, where, and the traceback."""
    lines = [
        f"{context} in Pieces Allocations {__version__}",
        f"at {datetime.now(UTC).strftime('%Y-%m-%d %H:%M:%S UTC')}",
        "",
        *traceback.format_exception(type(error), error, error.__traceback__),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


class CrashReporter:
    """Logs each distinct unexpected error once, at ERROR, and shows it (once per kind) through show."""

    def __init__(self, show: Show | None = None) -> None:
        self.show = show
        self._seen: set[Signature] = set()
        self.reported = 0  # every error, repeats included: the soak reads it

    def report(self, error: BaseException, context: str = "Unexpected error") -> None:
        self.reported += 1
        key = signature(error)
        if key in self._seen:
            return
        if len(self._seen) < _SIGNATURE_LIMIT:
            self._seen.add(key)
        _log.error("%s", context, exc_info=(type(error), error, error.__traceback__))
        if self.show is not None:
            try:
                self.show(details(error, context))
            except Exception:
                _log.exception("Could not show an unexpected error")

    def excepthook(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        """For sys.excepthook: an error in a Qt slot or virtual method, which Qt hands to Python here."""
        if tb is not None and value.__traceback__ is None:
            value = value.with_traceback(tb)
        self.report(value)


def loop_exception(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    """For loop.set_exception_handler: a callback (not a task) that failed goes the same way."""
    error = context.get("exception")
    if isinstance(error, BaseException):
        report(error, str(context.get("message") or "Unexpected error in a callback"))
    else:
        loop.default_exception_handler(context)


_reporter = CrashReporter()
_fault_file: IO[str] | None = None


def reporter() -> CrashReporter:
    return _reporter


def report(error: BaseException, context: str = "Unexpected error") -> None:
    """Report an error nobody planned for, through the installed reporter (or just the log)."""
    _reporter.report(error, context)


def install(log_dir: Path | None, show: Show | None = None) -> CrashReporter:
    """Take over sys.excepthook, show errors with show, and let faulthandler write into log_dir.

    faulthandler catches what Python cannot (a crash inside Qt): its file sits beside the log,
    where Help → Open log folder leads.
    """
    global _fault_file, _reporter
    _reporter = CrashReporter(show)
    sys.excepthook = _reporter.excepthook
    if log_dir is not None and _fault_file is None:
        try:
            log_dir.mkdir(parents=True, exist_ok=True)
            _fault_file = (log_dir / FAULT_FILE).open("a", encoding="utf-8")
        except OSError as error:
            _log.warning("faulthandler cannot write to the log folder: %s", error)
        else:
            faulthandler.enable(_fault_file)
    return _reporter


def uninstall() -> None:
    global _fault_file, _reporter
    sys.excepthook = sys.__excepthook__
    _reporter = CrashReporter()
    if _fault_file is not None:
        faulthandler.disable()
        _fault_file.close()
        _fault_file = None
