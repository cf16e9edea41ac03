"""Errors nobody planned: logged once per kind, shown in a non-modal window with details to copy."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui.app import crash_report
from gui.dialogs.crash_window import CrashWindow, CrashWindows
from gui.services.tasks import TaskRegistry

from ..conftest import Run
from ..gestures import click
from ..unplanned import Unplanned


class Painter(QObject):
    """Something that fails each time it is asked to draw, as a slot broken by a bad value would."""

    paint = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.paint.connect(self.on_paint)

    def on_paint(self) -> None:
        raise TypeError("can't subtract offset-naive and offset-aware datetimes")


@pytest.fixture
def installed(tmp_path: Path) -> Iterator[crash_report.CrashReporter]:
    # pytest-qt's own hook comes back after the test, whatever happens in it.
    hook = sys.excepthook
    reporter = crash_report.install(tmp_path, show=CrashWindows())
    yield reporter
    for window in [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashWindow)]:
        window.close()
    crash_report.uninstall()
    sys.excepthook = hook


def crash_windows() -> list[CrashWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashWindow) and w.isVisible()]


def test_a_slot_failing_on_every_paint_is_logged_once_and_shown_once(
    qtbot: QtBot, installed: crash_report.CrashReporter, unplanned: Unplanned
) -> None:
    painter = Painter()
    for _ in range(50):
        painter.paint.emit()
    assert installed.reported == 50
    (logged,) = unplanned.take("ERROR gui.app.crash_report: Unexpected error")
    assert "TypeError: can't subtract offset-naive" in logged.text
    qtbot.waitUntil(lambda: len(crash_windows()) == 1)
    window = crash_windows()[0]
    assert not window.isModal()
    assert "Something went wrong inside Pieces Allocations" in window.message.text()
    assert window.message.textFormat() is Qt.TextFormat.PlainText
    assert window.details.isReadOnly()
    details = window.details.toPlainText()
    assert "offset-naive" in details
    assert "on_paint" in details
    assert details.count("Traceback") == 1
    click(window.copy_button)
    assert QGuiApplication.clipboard().text() == details


def test_a_failed_task_goes_through_the_same_reporter(
    run: Run,
    qtbot: QtBot,
    event_loop_qt: asyncio.AbstractEventLoop,
    installed: crash_report.CrashReporter,
    unplanned: Unplanned,
) -> None:
    tasks = TaskRegistry()

    async def broken() -> None:
        raise RuntimeError("a bug")

    previous = event_loop_qt.get_exception_handler()
    event_loop_qt.set_exception_handler(crash_report.loop_exception)
    try:
        for _ in range(3):
            tasks.start(broken(), name="broken")
            qtbot.waitUntil(lambda: len(tasks) == 0)
    finally:
        event_loop_qt.set_exception_handler(previous)
    assert installed.reported == 3
    (logged,) = unplanned.take("ERROR gui.app.crash_report: Task broken failed")
    assert "RuntimeError: a bug" in logged.text
    qtbot.waitUntil(lambda: len(crash_windows()) == 1)
    assert "RuntimeError: a bug" in crash_windows()[0].details.toPlainText()


def test_two_different_errors_share_one_window(
    qtbot: QtBot, installed: crash_report.CrashReporter, unplanned: Unplanned
) -> None:
    for error in (ValueError("first"), KeyError("second")):
        try:
            raise error
        except Exception as caught:
            crash_report.report(caught)
    qtbot.waitUntil(lambda: len(crash_windows()) == 1)
    details = crash_windows()[0].details.toPlainText()
    assert "ValueError: first" in details
    assert "KeyError: 'second'" in details
    assert len(unplanned.take("ERROR gui.app.crash_report: Unexpected error")) == 2


def test_faulthandler_writes_a_crash_into_the_log_folder(tmp_path: Path) -> None:
    """A crash Python cannot catch (a segfault in Qt, say) still leaves its stack in the log folder."""
    script = (
        "import sys; from pathlib import Path; from gui.app import crash_report; "
        "crash_report.install(Path(sys.argv[1]), show=None); import faulthandler; faulthandler._sigsegv()"
    )
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, timeout=60)
    assert done.returncode != 0
    text = (tmp_path / crash_report.FAULT_FILE).read_text()
    assert "Fatal Python error: Segmentation fault" in text


def test_a_failing_loop_callback_goes_through_the_same_reporter(
    qtbot: QtBot,
    event_loop_qt: asyncio.AbstractEventLoop,
    installed: crash_report.CrashReporter,
    unplanned: Unplanned,
) -> None:
    def broken() -> None:
        raise LookupError("in a callback")

    previous = event_loop_qt.get_exception_handler()
    event_loop_qt.set_exception_handler(crash_report.loop_exception)
    try:
        for _ in range(3):
            event_loop_qt.call_soon(broken)
        qtbot.waitUntil(lambda: installed.reported == 3)
    finally:
        event_loop_qt.set_exception_handler(previous)
    (logged,) = unplanned.take("ERROR gui.app.crash_report: Exception in callback")
    assert "LookupError: in a callback" in logged.text
    qtbot.waitUntil(lambda: len(crash_windows()) == 1)
