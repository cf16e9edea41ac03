"""Errors nobody planned fail the test that caused them, as a Qt warning does.

An error the app only logs or shows in its crash window is invisible to a test that checks
something else, so each of these is collected while a test runs and fails it:

- a task that died with an exception, or a loop callback that raised (the session loop's
  exception handler, which `TaskRegistry` hands a failed task to, as the app's crash reporter);
- a record at ERROR or above from any logger;
- an entry in the crash reporter (a fresh one per test, so none is silenced as a repeat);
- a task still running at the end of a test, which the `loop` fixture cancels (see there for when);
- a traceback or an ERROR line on the stderr of an app the tray's end-to-end tests started.

An exception in a Qt slot, async slots included, is already pytest-qt's: it fails the test.

A test that provokes such an error on purpose takes it with the `unplanned` fixture
(`unplanned.take("Task broken failed")`); whatever it does not take fails it.
"""

from __future__ import annotations

import asyncio
import logging
import re
import sys
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from gui.app import crash_report

__all__ = ["Entry", "Unplanned", "add", "loop_exception", "told_on_stderr", "unplanned"]


@dataclass(frozen=True)
class Entry:
    """One error nobody planned: where it surfaced, and what it said (with its traceback)."""

    kind: str
    text: str

    def __str__(self) -> str:
        return f"[{self.kind}] {self.text}"


class Unplanned:
    """The errors collected during one test (or between two tests)."""

    def __init__(self, owner: str) -> None:
        self.owner = owner
        self.entries: list[Entry] = []

    def add(self, kind: str, text: str) -> None:
        # From any thread (the emulator logs from its server threads): list.append is atomic.
        self.entries.append(Entry(kind, text.rstrip()))

    def take(self, contains: str) -> list[Entry]:
        """Take the errors holding `contains`, which the test provoked on purpose (one at least)."""
        taken = [entry for entry in self.entries if contains in entry.text]
        assert taken, f"no error nobody planned says {contains!r}; collected: {self.entries}"
        self.entries = [entry for entry in self.entries if entry not in taken]
        return taken

    def take_all(self) -> list[Entry]:
        taken, self.entries = self.entries, []
        return taken

    def crash_window(self, details: str) -> None:
        """The crash reporter's `show`: what the user would see in the crash window."""
        self.add("crash window", details)


_current = Unplanned("before the first test")


def add(kind: str, text: str) -> None:
    """Collect an error for the test running now (or the next one, if it comes between two)."""
    _current.add(kind, text)


def _format(error: BaseException) -> str:
    return "".join(traceback.format_exception(type(error), error, error.__traceback__))


def loop_exception(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    """The session loop's exception handler: a failed task or callback is collected, not just logged."""
    message = str(context.get("message") or "Unexpected error in the event loop")
    error = context.get("exception")
    where = context.get("task") or context.get("future") or context.get("handle")
    text = message if where is None else f"{message} ({where!r})"
    if isinstance(error, BaseException):
        text = f"{text}\n{_format(error)}"
    add("event loop", text)


# What a Python process says on stderr about an error: a traceback, or a log line at ERROR or above.
_ERROR_OUTPUT = re.compile(r"^Traceback \(most recent call last\):$|\b(ERROR|CRITICAL)\b", re.MULTILINE)


def told_on_stderr(output: str) -> bool:
    """Whether a process the test started (the app on a private desktop) met an error nobody planned."""
    return _ERROR_OUTPUT.search(output) is not None


class _ErrorRecords(logging.Handler):
    """Collects every ERROR and CRITICAL record, whichever logger it comes from."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)

    def emit(self, record: logging.LogRecord) -> None:
        text = f"{record.levelname} {record.name}: {record.getMessage()}"
        if record.exc_info and record.exc_info[1] is not None:
            text = f"{text}\n{_format(record.exc_info[1])}"
        add("log", text)


_error_records = _ErrorRecords()


def _watch_the_log() -> None:
    # On the root logger: a record at ERROR passes any logger's level, and nothing in the app stops
    # propagation. Put back before each test, as the app's logs.close() takes every handler off.
    root = logging.getLogger()
    if _error_records not in root.handlers:
        root.addHandler(_error_records)


def pytest_configure(config: pytest.Config) -> None:
    _watch_the_log()


def _failure(entries: list[Entry], when: str) -> str:
    listed = "\n\n".join(str(entry) for entry in entries)
    return (
        f"{len(entries)} error(s) nobody planned {when}; a test that provokes one on purpose takes it "
        f"with the `unplanned` fixture:\n\n{listed}"
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Iterator[None]:
    global _current
    previous, _current = _current, Unplanned(item.nodeid)
    stray = previous.take_all()
    _watch_the_log()
    # A fresh reporter per test: one that saw an error in an earlier test would stay silent on a repeat.
    # pytest-qt's excepthook stays: an error in a slot keeps failing the test its own way.
    hook = sys.excepthook
    crash_report.install(None, show=_current.crash_window)
    sys.excepthook = hook
    if stray:
        # Arrived after the previous test's last check (a task collected late, a server thread):
        # told here rather than lost.
        pytest.fail(_failure(stray, f"arrived after {previous.owner} ended"), pytrace=False)
    return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    try:
        result = yield
    except BaseException:
        # The test failed its own way; what went wrong unseen often explains it.
        entries = _current.take_all()
        if entries:
            item.add_report_section("call", "errors nobody planned", _failure(entries, "during the test"))
        raise
    entries = _current.take_all()
    if entries:
        pytest.fail(_failure(entries, "during the test"), pytrace=False)
    return result


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    try:
        result = yield
    finally:
        hook = sys.excepthook
        crash_report.uninstall()
        sys.excepthook = hook
    entries = _current.take_all()
    if entries:
        pytest.fail(_failure(entries, "while the test was torn down"), pytrace=False)
    return result


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    stray = _current.take_all()
    if stray:
        # After the last test's last check: no test is left to fail, so the run does.
        sys.stderr.write(f"\n{_failure(stray, f'arrived after {_current.owner} ended')}\n")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture
def unplanned() -> Unplanned:
    """The errors collected so far in this test: take those the test provokes on purpose."""
    return _current
