"""CloudOperationDialog: sends the cloud-side create or delete request and shows the answer as it came."""

from __future__ import annotations

import enum
import json
from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from gui.api import AllocationCloud, PiecesError, PiecesHTTPError
from gui.i18n import Context
from gui.services.operations import Operations
from gui.services.tasks import TaskRegistry
from gui.views.formatting import plain_label

from .cloud_watch import WatchedCloud
from .operation_dialog import OperationDialog, Outcome
from .widgets import Mood

CLOUD_OPERATION_DIALOG = Context("CLOUD_OPERATION_DIALOG")

__all__ = ["CloudOperation", "CloudOperationDialog"]


class CloudOperation(enum.Enum):
    CREATE = "create"
    DELETE = "delete"


class CloudOperationDialog(OperationDialog):
    """Advanced: POST /allocations/create or /delete for one cloud, whatever a local Pieces OS says to it.

    The answer goes into a read-only plain-text box exactly as Pieces OS gave it: for an error
    the HTTP status and the server's text, for a success the JSON or text it returned.
    """

    def __init__(
        self,
        operations: Operations,
        tasks: TaskRegistry,
        operation: CloudOperation,
        allocation_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, parent)
        self._operations = operations
        self.operation = operation
        self.watched = None if allocation_id is None else WatchedCloud(operations.store, allocation_id, self)
        cloud = self.watched.cloud if self.watched is not None else None
        create = operation is CloudOperation.CREATE
        if cloud is None:
            heading = CLOUD_OPERATION_DIALOG.tr("No allocation is selected")
        elif create:
            heading = CLOUD_OPERATION_DIALOG.tr("Send a create request for {url}").format(
                url=cloud.personal_url
            )
        else:
            heading = CLOUD_OPERATION_DIALOG.tr("Send a delete request for {url}").format(
                url=cloud.personal_url
            )
        self.set_texts(
            CLOUD_OPERATION_DIALOG.tr("Create allocation (advanced)")
            if create
            else CLOUD_OPERATION_DIALOG.tr("Delete allocation (advanced)"),
            heading,
            CLOUD_OPERATION_DIALOG.tr(
                "This is a cloud-side operation. Pieces OS documents this as used only within the cloud; "
                "a local Pieces OS is expected to refuse it. The answer is shown below as Pieces OS gave it."
            ),
            CLOUD_OPERATION_DIALOG.tr("&Send create request")
            if create
            else CLOUD_OPERATION_DIALOG.tr("&Send delete request"),
        )
        self.answer_label = plain_label(CLOUD_OPERATION_DIALOG.tr("&Answer from Pieces OS:"))
        self.answer_view = QPlainTextEdit()
        self.answer_view.setReadOnly(True)
        # A caret to show where the keyboard is, and to select the answer with it (read-only hides both).
        self.answer_view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.answer_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.answer_view.setPlaceholderText(CLOUD_OPERATION_DIALOG.tr("Nothing sent yet."))
        self.answer_view.setAccessibleName(CLOUD_OPERATION_DIALOG.tr("Answer from Pieces OS"))
        self.answer_label.setBuddy(self.answer_view)
        self.body.addWidget(self.answer_label)
        self.body.addWidget(self.answer_view)
        # Never the default: Enter must not send a delete, even one expected to be refused.
        self.set_destructive(True)
        if cloud is None:
            self.action_button.setEnabled(False)
            self.explanation_label.setText(
                self.explanation_label.text()
                + "\n"
                + CLOUD_OPERATION_DIALOG.tr("Select an allocation in the table first.")
            )

        if self.watched is not None:
            self.watched.changed.connect(self._latest)

    @property
    def cloud(self) -> AllocationCloud | None:
        return self.watched.cloud if self.watched is not None else None

    @classmethod
    def for_create(
        cls,
        operations: Operations,
        tasks: TaskRegistry,
        allocation_id: str | None,
        parent: QWidget | None = None,
    ) -> CloudOperationDialog:
        return cls(operations, tasks, CloudOperation.CREATE, allocation_id, parent)

    @classmethod
    def for_delete(
        cls,
        operations: Operations,
        tasks: TaskRegistry,
        allocation_id: str | None,
        parent: QWidget | None = None,
    ) -> CloudOperationDialog:
        return cls(operations, tasks, CloudOperation.DELETE, allocation_id, parent)

    def run_action(self) -> None:
        if self.watched is None:
            return
        self.answer_view.clear()
        allocation_id = self.watched.allocation_id
        work: Coroutine[Any, Any, object]
        if self.operation is CloudOperation.CREATE:
            work = self._operations.create(allocation_id, watch=self.watch)
            status = CLOUD_OPERATION_DIALOG.tr("Sending the create request…")
        else:
            work = self._operations.delete(allocation_id, watch=self.watch)
            status = CLOUD_OPERATION_DIALOG.tr("Sending the delete request…")
        self.start(work, status, self._answered, self._refused)

    def _latest(self) -> None:
        if self.watched is not None and not self.working and self.outcome is None:
            self.show_notice(self.watched.note())
            self.action_button.setEnabled(not self.watched.gone)

    def cancelled_text(self) -> str:
        return CLOUD_OPERATION_DIALOG.tr(
            "Stopped waiting. Pieces OS may still act on the request; the allocations table will show it."
        )

    def _answered(self, answer: object) -> None:
        if isinstance(answer, AllocationCloud):
            body = json.dumps(answer.to_wire(), indent=2, ensure_ascii=False)
        else:
            body = str(answer)
        self.answer_view.setPlainText(body)
        text = CLOUD_OPERATION_DIALOG.tr("Pieces OS accepted the request. Its answer is shown above.")
        self.finish(Outcome.SUCCEEDED, text, Mood.GOOD)

    def _refused(self, error: PiecesError) -> None:
        if isinstance(error, PiecesHTTPError):
            body = CLOUD_OPERATION_DIALOG.tr("HTTP {status}\n{text}").format(
                status=error.status, text=error.server_text
            )
            self.answer_view.setPlainText(body)
            text = CLOUD_OPERATION_DIALOG.tr(
                "Pieces OS refused the request (HTTP {status}). Its answer is shown above."
            ).format(status=error.status)
            self.finish(Outcome.FAILED, text, Mood.BAD)
        else:
            self.answer_view.setPlainText(CLOUD_OPERATION_DIALOG.tr("(no answer)"))
            self.show_error(error)
