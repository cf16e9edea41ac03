"""Errors nobody planned fail the test that caused them: each kind, in a pytest run of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from .unplanned import told_on_stderr

ROOT = Path(__file__).resolve().parents[1]

BROKEN = """
import asyncio
import logging

import qasync
from PySide6.QtCore import QObject, Signal

from gui.app import crash_report
from gui.services.tasks import TaskRegistry


async def broken() -> None:
    raise RuntimeError("a bug in a background task")


def test_a_task_that_dies(run, qtbot, tasks):
    tasks.start(broken(), name="refresh")
    qtbot.waitUntil(lambda: len(tasks) == 0)


def test_a_callback_that_raises(loop, qtbot):
    done = []

    def callback():
        done.append(1)
        raise LookupError("a bug in a callback")

    loop.call_soon(callback)
    qtbot.waitUntil(lambda: bool(done))


def test_an_error_logged(run):
    logging.getLogger("gui.services.poller").error("the refresh could not start")


def test_a_crash_report(run):
    try:
        raise ValueError("a bug reported by hand")
    except ValueError as error:
        crash_report.report(error)


class Painter(QObject):
    paint = Signal()

    def __init__(self):
        super().__init__()
        self.paint.connect(self.on_paint)

    def on_paint(self):
        raise TypeError("a bug in a slot")


def test_a_slot_that_raises(qtbot):
    painter = Painter()
    painter.paint.emit()


class Clicker(QObject):
    clicked = Signal()

    def __init__(self):
        super().__init__()
        self.clicked.connect(self.on_click)

    @qasync.asyncSlot()
    async def on_click(self):
        await asyncio.sleep(0)
        raise KeyError("a bug in an async slot")


def test_an_async_slot_that_raises(run, qtbot):
    clicker = Clicker()
    clicker.clicked.emit()
    run(asyncio.sleep(0.05))


def test_a_task_left_running(loop):
    started.append(loop.create_task(asyncio.Event().wait(), name="forgotten"))


started = []  # held, as the app's registry would: a task nobody holds may be collected


def test_an_error_the_test_provokes_on_purpose(run, qtbot, tasks, unplanned):
    tasks.start(broken(), name="refresh")
    qtbot.waitUntil(lambda: len(tasks) == 0)
    (taken,) = unplanned.take("Task refresh failed")
    assert "a bug in a background task" in taken.text


def test_a_task_the_test_ends(loop, qtbot):
    task = loop.create_task(asyncio.Event().wait())
    task.cancel()
    qtbot.waitUntil(task.done)
"""


@pytest.fixture
def outcome(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.RunResult:
    """The suite's own conftest over a file of deliberately broken tests, run in a fresh process."""
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    pytester.makeconftest("from tests.conftest import *  # noqa: F403\n")
    pytester.makepyfile(test_broken=BROKEN)
    return pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:randomly", "-rA", timeout=120)


def test_each_error_nobody_planned_fails_its_test(outcome: pytest.RunResult) -> None:
    text = outcome.stdout.str()
    assert outcome.ret == pytest.ExitCode.TESTS_FAILED, text
    # The task left running passes its call, then fails at teardown, when the loop fixture finds it.
    outcome.assert_outcomes(passed=3, failed=6, errors=1)
    for failed, said in [
        ("test_a_task_that_dies", "[event loop] Task refresh failed"),
        ("test_a_task_that_dies", "RuntimeError: a bug in a background task"),
        ("test_a_callback_that_raises", "[event loop] Exception in callback"),
        ("test_a_callback_that_raises", "LookupError: a bug in a callback"),
        ("test_an_error_logged", "[log] ERROR gui.services.poller: the refresh could not start"),
        ("test_a_crash_report", "[crash window] Unexpected error in Pieces Allocations"),
        ("test_a_slot_that_raises", "TypeError: a bug in a slot"),
        ("test_an_async_slot_that_raises", "KeyError: 'a bug in an async slot'"),
    ]:
        assert f"FAILED test_broken.py::{failed}" in text
        assert said in text
    assert "ERROR test_broken.py::test_a_task_left_running" in text
    assert "still running at the end of the test, then cancelled: <Task pending name='forgotten'" in text
    assert "PASSED test_broken.py::test_an_error_the_test_provokes_on_purpose" in text
    assert "PASSED test_broken.py::test_a_task_the_test_ends" in text


@pytest.mark.parametrize(
    ("output", "told"),
    [
        ("", False),
        ("qt.qpa.xcb: X server does not support XInput 2\n", False),
        ('Traceback (most recent call last):\n  File "x.py", line 1\nKeyError: 1\n', True),
        ("2026-03-25 13:00:00 ERROR gui.services.poller: Task poller failed\n", True),
        ("CRITICAL gui.app: the window could not open\n", True),
    ],
)
def test_an_app_process_that_meets_an_error_says_so_on_stderr(output: str, told: bool) -> None:
    """What the tray's end-to-end tests read from the apps they start, and fail on."""
    assert told_on_stderr(output) is told
