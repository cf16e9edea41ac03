"""ReconnectDialog: asks Pieces OS to bring one allocation back up and follows it until it settles."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from gui.api import AllocationCloud
from gui.presentation import status_look
from gui.services.actions import AllocationActions
from gui.services.tasks import TaskRegistry

from .follow_dialog import FollowDialog
from .widgets import plain_label

__all__ = ["ReconnectDialog"]


class ReconnectDialog(FollowDialog):
    """Names the allocation by its personal URL and current status; Reconnect follows it like Connect."""

    def __init__(
        self,
        actions: AllocationActions,
        tasks: TaskRegistry,
        cloud: AllocationCloud,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(actions, tasks, parent)
        self.cloud = cloud
        self.set_texts(
            self.tr("Reconnect cloud"),
            self.tr("Reconnect {url}?").format(url=cloud.personal_url),
            self.tr(
                "Pieces OS will try to bring this cloud back up. "
                "This usually takes 10 to 15 seconds, sometimes longer."
            ),
            self.tr("&Reconnect"),
        )
        self.cloud_status_label = plain_label()
        self.body.addWidget(self.cloud_status_label)
        self.cloud_seen(cloud)
        self.set_destructive(False)

    def cloud_seen(self, cloud: AllocationCloud) -> None:
        # Kept current, so the line never contradicts the outcome below it.
        word = status_look(cloud.status.cloud).word
        self.cloud_status_label.setText(self.tr("Its status when last read: {word}").format(word=word))

    def run_action(self) -> None:
        cloud = self.cloud
        self.follow(lambda progress: self._actions.reconnect(cloud, progress), self.tr("Reconnecting…"))

    def cancelled_text(self) -> str:
        return self.tr(
            "Stopped waiting. Pieces OS may still finish reconnecting the cloud; "
            "the allocations table will show the result."
        )
