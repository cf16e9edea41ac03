"""FollowDialog: how connect and reconnect follow a cloud until it settles, and how each ending reads."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

import shiboken6
from PySide6.QtWidgets import QWidget

from gui.api import AllocationCloud, AllocationStatus, CloudTimeout, PiecesError, ServerError
from gui.i18n import Context
from gui.services.operations import Operations, Progress, ProgressCallback
from gui.services.tasks import TaskRegistry
from gui.views.presentation import status_look

from .operation_dialog import OperationDialog, Outcome, join_lines
from .widgets import Mood

FOLLOW_DIALOG = Context("FOLLOW_DIALOG")

__all__ = ["FollowDialog"]


class FollowDialog(OperationDialog):
    """Shows "Connecting… 7 s" with the cloud's status word while Pieces OS works, then the outcome."""

    def __init__(self, operations: Operations, tasks: TaskRegistry, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self._operations = operations
        self._last_status: AllocationStatus | None = None

    def follow(
        self, work: Callable[[ProgressCallback], Coroutine[Any, Any, AllocationCloud]], status: str
    ) -> None:
        """Start work (given the progress callback) and report the cloud it settles on."""
        self._last_status = None
        self.start(work(self._on_progress), status, self._settled, self.follow_failed)

    def _on_progress(self, progress: Progress) -> None:
        # Progress arrives from the task; the dialog may already be gone.
        if progress.cloud is None or not shiboken6.isValid(self):
            return
        self._last_status = progress.cloud.status.cloud
        self.cloud_seen(progress.cloud)
        word = status_look(self._last_status).word
        self.set_detail(FOLLOW_DIALOG.tr("Cloud status: {word}").format(word=word))

    def cloud_seen(self, cloud: AllocationCloud) -> None:
        """The cloud as last read (while following, and as it settled); subclasses may show it."""

    def _settled(self, cloud: AllocationCloud) -> None:
        self.cloud_seen(cloud)
        status = cloud.status.cloud
        if status.connected:
            text = FOLLOW_DIALOG.tr("Your cloud is connected at {url}").format(url=cloud.personal_url)
            self.finish(Outcome.SUCCEEDED, text, Mood.GOOD)
        elif status is AllocationStatus.FAILED:
            self.finish(
                Outcome.FAILED,
                join_lines(FOLLOW_DIALOG.tr("The cloud failed to connect."), self._try()),
                Mood.BAD,
            )
        else:
            # The cloud left the list or settled on a status nobody expects: say so, not "success".
            text = FOLLOW_DIALOG.tr(
                "Pieces OS answered, but the cloud's status is {word}. "
                "The allocations table will show it when it changes."
            ).format(word=status_look(status).word)
            self.finish(Outcome.FAILED, text, Mood.NEUTRAL)

    def follow_failed(self, error: PiecesError) -> None:
        """The request failed; a 504 and a cloud seen FAILED each get their own words."""
        if isinstance(error, CloudTimeout):
            text = FOLLOW_DIALOG.tr(
                "Pieces OS gave up waiting for the cloud to answer (HTTP 504). "
                "The cloud may still come up: refresh in a minute, or try again."
            )
            self.finish(Outcome.FAILED, text, Mood.BAD)
        elif isinstance(error, ServerError) and self._last_status is AllocationStatus.FAILED:
            said = FOLLOW_DIALOG.tr('The cloud failed to connect. Pieces OS said: "{text}"').format(
                text=error.server_text or FOLLOW_DIALOG.tr("(nothing)")
            )
            self.finish(Outcome.FAILED, join_lines(said, self._try()), Mood.BAD)
        else:
            self.show_error(error)

    def _try(self) -> str:
        return FOLLOW_DIALOG.tr(
            "Try again in a minute. If it keeps failing, check this computer's internet connection "
            "and restart Pieces OS."
        )
