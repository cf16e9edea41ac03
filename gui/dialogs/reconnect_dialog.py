"""ReconnectDialog: asks Pieces OS to bring one allocation back up and follows it until it settles."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from gui.api import AllocationCloud
from gui.i18n import Context
from gui.services.operations import Operations
from gui.services.tasks import TaskRegistry
from gui.views.formatting import plain_label
from gui.views.presentation import cloud_look

from .cloud_watch import WatchedCloud
from .follow_dialog import FollowDialog

RECONNECT_DIALOG = Context("RECONNECT_DIALOG")

__all__ = ["ReconnectDialog"]


class ReconnectDialog(FollowDialog):
    """Names the allocation by its personal URL and latest status; Reconnect follows it like Connect."""

    def __init__(
        self,
        operations: Operations,
        tasks: TaskRegistry,
        allocation_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(operations, tasks, parent)
        self.watched = WatchedCloud(operations.store, allocation_id, self)
        cloud = self.watched.cloud
        url = cloud.personal_url if cloud is not None else allocation_id
        self.set_texts(
            RECONNECT_DIALOG.tr("Reconnect cloud"),
            RECONNECT_DIALOG.tr("Reconnect {url}?").format(url=url),
            RECONNECT_DIALOG.tr(
                "Pieces OS will try to bring this cloud back up. "
                "This usually takes 10 to 15 seconds, sometimes longer."
            ),
            RECONNECT_DIALOG.tr("&Reconnect"),
        )
        self.cloud_status_label = plain_label()
        self.body.addWidget(self.cloud_status_label)
        self.set_destructive(False)
        self.watched.changed.connect(self._latest)
        self._latest()

    @property
    def cloud(self) -> AllocationCloud | None:
        return self.watched.cloud

    def cloud_seen(self, cloud: AllocationCloud) -> None:
        # Kept current, so the line never contradicts the outcome below it.
        word = cloud_look(cloud).word
        self.cloud_status_label.setText(
            RECONNECT_DIALOG.tr("Its status when last read: {word}").format(word=word)
        )

    def run_action(self) -> None:
        allocation_id = self.watched.allocation_id
        self.follow(
            lambda progress: self._operations.reconnect(allocation_id, progress, watch=self.watch),
            RECONNECT_DIALOG.tr("Reconnecting…"),
        )

    def cancelled_text(self) -> str:
        return RECONNECT_DIALOG.tr(
            "Stopped waiting. Pieces OS may still finish reconnecting the cloud; "
            "the allocations table will show the result."
        )

    def _latest(self) -> None:
        if self.watched.cloud is not None:
            self.cloud_seen(self.watched.cloud)
        if not self.working and self.outcome is None:
            self.show_notice(self.watched.note())
            self.action_button.setEnabled(not self.watched.gone)
