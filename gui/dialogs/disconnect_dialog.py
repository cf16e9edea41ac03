"""DisconnectDialog: confirms, then asks Pieces OS to disconnect one allocation and shows its answer."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from gui.api import AllocationCloud
from gui.services.actions import AllocationActions
from gui.services.tasks import TaskRegistry

from .operation_dialog import OperationDialog, Outcome
from .widgets import Mood

__all__ = ["DisconnectDialog"]


class DisconnectDialog(OperationDialog):
    """A confirmation naming the cloud by its personal URL; Cancel, not Disconnect, is the default."""

    def __init__(
        self,
        actions: AllocationActions,
        tasks: TaskRegistry,
        cloud: AllocationCloud,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, parent)
        self._actions = actions
        self.cloud = cloud
        self.set_texts(
            self.tr("Disconnect cloud"),
            self.tr("Disconnect {url}?").format(url=cloud.personal_url),
            self.tr(
                "Pieces OS will stop using this cloud, and it will not sync until it is connected again. "
                "You can connect it again later."
            ),
            self.tr("&Disconnect"),
        )
        self.set_destructive(True)

    def run_action(self) -> None:
        self.start(self._actions.disconnect(self.cloud), self.tr("Disconnecting…"), self._disconnected)

    def cancelled_text(self) -> str:
        return self.tr(
            "Stopped waiting. Pieces OS may still disconnect the cloud; "
            "the allocations table will show the result."
        )

    def _disconnected(self, uuid: str) -> None:
        if uuid.strip():
            text = self.tr("Pieces OS disconnected cloud {uuid}.").format(uuid=uuid.strip())
        else:
            text = self.tr("Pieces OS disconnected the cloud (its answer named no cloud).")
        self.finish(Outcome.SUCCEEDED, text, Mood.GOOD, uuid)
