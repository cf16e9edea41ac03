"""OperationDialog: the common shape of a dialog that runs one async operation and reports how it ended."""

from __future__ import annotations

import asyncio
import enum
import functools
import logging
import time
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.api import PiecesError
from gui.i18n import Context
from gui.services.operations import Watch
from gui.services.tasks import TaskRegistry
from gui.views.formatting import plain_label

from .widgets import ICON_SIZE, Mood, mood_pixmap

OPERATION_DIALOG = Context("OPERATION_DIALOG")

__all__ = ["OperationDialog", "Outcome"]

_log = logging.getLogger(__name__)
_T = TypeVar("_T")


class Outcome(enum.Enum):
    """How the dialog's operation ended."""

    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"


class OperationDialog(QDialog):
    """Title, explanation, a busy bar with a status line while working, an outcome (icon + words), buttons.

    Subclasses fill in the texts, add their own rows to `body` and implement `run_action`, which
    calls `start` with the coroutine to run. The dialog holds the task it started; Cancel cancels
    it and so does closing the dialog (Esc, the window's close button). Open it with `open()`:
    `exec()` would starve the asyncio loop this dialog's own work runs on.
    """

    # Emitted once the operation has ended, with its Outcome.
    completed = Signal(object)

    def __init__(self, tasks: TaskRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        # Open while the dialog is: operations started with it are watched here, not notified.
        self.watch = Watch()
        self._task: asyncio.Task[None] | None = None
        self._status = ""
        self._detail = ""
        self._started = 0.0
        self.outcome: Outcome | None = None

        self.heading_label = plain_label(selectable=True)
        font = self.heading_label.font()
        font.setBold(True)
        self.heading_label.setFont(font)
        self.explanation_label = plain_label()
        # What changed outside the dialog while it was open (the cloud vanished, its status moved on).
        self.notice_label = plain_label(selectable=True)
        self.body = QVBoxLayout()
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)  # busy: nobody knows how long a cloud takes
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setAccessibleName(OPERATION_DIALOG.tr("Working"))
        self.status_label = plain_label()
        self.outcome_icon = QLabel()
        self.outcome_icon.setTextFormat(Qt.TextFormat.PlainText)  # a pixmap only, but never rich text
        self.outcome_icon.setFixedSize(ICON_SIZE, ICON_SIZE)
        self.outcome_label = plain_label(selectable=True)
        self.action_button = QPushButton()
        self.close_button = QPushButton()
        self._buttons = QDialogButtonBox()
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._show_status)
        self._lay_out()
        self.action_button.clicked.connect(self.run_action)
        self.close_button.clicked.connect(self._on_close_clicked)
        self._set_button(self.close_button, OPERATION_DIALOG.tr("Cancel"))
        self.setMinimumWidth(460)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            # Texts appear and grow while the dialog is open (progress, outcome, the user's details):
            # grow with them, or word-wrapped labels get squeezed and clip their last lines.
            wanted = self.sizeHint().expandedTo(self.minimumSizeHint())
            if wanted.height() > self.height() or wanted.width() > self.width():
                self.resize(self.size().expandedTo(wanted))
        return handled

    def _lay_out(self) -> None:
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(self.outcome_icon)
        outcome_row.addWidget(self.outcome_label, 1)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)  # a little air between heading, explanation, details and outcome
        layout.addWidget(self.heading_label)
        layout.addWidget(self.explanation_label)
        layout.addWidget(self.notice_label)
        layout.addLayout(self.body)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addLayout(outcome_row)
        layout.addStretch(1)
        layout.addWidget(self._buttons)
        self._buttons.addButton(self.action_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self._buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        for widget in (
            self.notice_label,
            self.progress_bar,
            self.status_label,
            self.outcome_icon,
            self.outcome_label,
        ):
            widget.hide()

    def set_texts(self, title: str, heading: str, explanation: str, action: str) -> None:
        self.setWindowTitle(title)
        self.heading_label.setText(heading)
        self.heading_label.setVisible(bool(heading))
        self.explanation_label.setText(explanation)
        self._set_button(self.action_button, action)

    def set_destructive(self, destructive: bool) -> None:
        """A destructive action is never the default: Enter must not disconnect or delete anything."""
        roles = QDialogButtonBox.ButtonRole
        self._buttons.addButton(
            self.action_button, roles.DestructiveRole if destructive else roles.AcceptRole
        )
        self.action_button.setDefault(not destructive)
        self.close_button.setDefault(destructive)
        (self.close_button if destructive else self.action_button).setFocus()

    def show_notice(self, text: str) -> None:
        """A line about what changed while the dialog was open; empty hides it."""
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))

    def add_button(self, button: QPushButton) -> None:
        """An extra button beside the action (the box lays buttons out in the platform's order)."""
        self._buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)

    # -- What subclasses implement and call ------------------------------------------------------

    def run_action(self) -> None:
        """The action button was pressed: gather the input and `start` the work."""
        raise NotImplementedError

    @property
    def working(self) -> bool:
        return self._task is not None and not self._task.done()

    @property
    def task(self) -> asyncio.Task[None] | None:
        """The task of the work in progress or last run."""
        return self._task

    def start(
        self,
        work: Coroutine[Any, Any, _T],
        status: str,
        on_success: Callable[[_T], None],
        on_error: Callable[[PiecesError], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
    ) -> None:
        """Run work as this dialog's task; on its end call the matching handler (which reports it)."""
        if self.working:
            work.close()  # a double click: the first run goes on, this one never starts
            return
        self.outcome = None
        self.action_button.setEnabled(False)
        self._set_button(self.close_button, OPERATION_DIALOG.tr("Cancel"))
        for widget in (self.outcome_icon, self.outcome_label):
            widget.hide()
        self._started = time.monotonic()
        self._detail = ""
        self.set_status(status)
        self.progress_bar.show()
        self.status_label.show()
        self._ticker.start()
        self._task = self._tasks.start(
            self._guard(work, on_success, on_error or self.show_error, on_cancel or self._cancelled)
        )

    def set_status(self, status: str) -> None:
        """The status line while working; the elapsed seconds follow it."""
        self._status = status
        self._show_status()

    def set_detail(self, detail: str) -> None:
        """A second line under the status, such as the cloud's status as last read."""
        self._detail = detail
        self._show_status()

    def finish(self, outcome: Outcome | None, text: str, mood: Mood) -> None:
        """Show how the work ended; an outcome of None reports a preparatory step, not the operation."""
        self.outcome_icon.setPixmap(mood_pixmap(self, mood))
        self.outcome_label.setText(text)
        self.outcome_icon.show()
        self.outcome_label.show()
        if outcome is None:
            return
        self.outcome = outcome
        if outcome is Outcome.SUCCEEDED:
            self.action_button.hide()
        self._set_button(self.close_button, OPERATION_DIALOG.tr("Close"))
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.completed.emit(outcome)

    def show_error(self, error: PiecesError) -> None:
        """Pieces OS refused or could not be reached: what happened, then what to do next."""
        self.finish(Outcome.FAILED, join_lines(error.message, error.hint), Mood.BAD)

    def cancelled_text(self) -> str:
        """What is true after the user stopped waiting; subclasses say what Pieces OS may still do."""
        return OPERATION_DIALOG.tr("Cancelled.")

    def cancel_work(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
            self.set_status(OPERATION_DIALOG.tr("Stopping…"))

    # -- Closing cancels ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt names its event handlers
        self.watch.reopen()
        super().showEvent(event)

    def done(self, result: int) -> None:
        """Closed, however: from now on nobody watches what it started."""
        self.watch.close()
        super().done(result)

    def reject(self) -> None:
        """Esc, the window's close button and a final Close all land here: never leave work running."""
        self.cancel_work()
        super().reject()

    def _on_close_clicked(self) -> None:
        # While working, Cancel stops the work but keeps the dialog open to say what that means.
        if self.working:
            self.cancel_work()
        elif self.outcome is Outcome.SUCCEEDED:
            self.accept()  # result() then tells whoever opened the dialog that it worked
        else:
            self.reject()

    # -- Internals -----------------------------------------------------------------------------------

    async def _guard(
        self,
        work: Coroutine[Any, Any, _T],
        on_success: Callable[[_T], None],
        on_error: Callable[[PiecesError], None],
        on_cancel: Callable[[], None],
    ) -> None:
        try:
            value = await work
        except asyncio.CancelledError:
            self._after(on_cancel)
            raise
        except PiecesError as error:
            self._after(functools.partial(on_error, error))
        except Exception:
            _log.exception("%s: the operation failed unexpectedly", type(self).__name__)
            self._after(self._unexpected)
        else:
            self._after(functools.partial(on_success, value))

    def _after(self, report: Callable[[], None]) -> None:
        # The dialog may have been deleted while the work ran (its owner closed and dropped it).
        if not shiboken6.isValid(self):
            return
        self._ticker.stop()
        self.progress_bar.hide()
        self.status_label.hide()
        self.action_button.setEnabled(True)
        try:
            report()
        except Exception:
            _log.exception("%s: reporting the outcome failed", type(self).__name__)
            self._unexpected()

    def _unexpected(self) -> None:
        text = OPERATION_DIALOG.tr(
            "Something went wrong inside Pieces Allocations. Details are in the log file "
            "(Help > About shows where); please try again."
        )
        self.finish(Outcome.FAILED, text, Mood.BAD)

    def _cancelled(self) -> None:
        self.finish(Outcome.CANCELLED, self.cancelled_text(), Mood.NEUTRAL)

    def _show_status(self) -> None:
        # Rounded: a coarse 1 s timer may fire a little early, and int() would then lag a second behind.
        seconds = round(time.monotonic() - self._started)
        text = OPERATION_DIALOG.tr("{status} {seconds} s").format(status=self._status, seconds=seconds)
        self.status_label.setText(join_lines(text, self._detail))

    def _set_button(self, button: QPushButton, text: str) -> None:
        button.setText(text)
        button.setAccessibleName(text.replace("&", ""))


def join_lines(first: str, second: str) -> str:
    """Two parts of a message, each on its own line; an empty second part adds nothing."""
    return f"{first}\n{second}" if second else first
