"""DisconnectDialog: confirms, then asks Pieces OS to disconnect one allocation and shows its answer."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from gui.i18n import Context
from gui.services.operations import Operations
from gui.services.tasks import TaskRegistry

from .cloud_watch import WatchedCloud
from .operation_dialog import OperationDialog, Outcome
from .widgets import Mood

DISCONNECT_DIALOG = Context("DISCONNECT_DIALOG")

__all__ = ["DisconnectDialog"]


class DisconnectDialog(OperationDialog):
    """A confirmation naming the cloud by its personal URL; Cancel, not Disconnect, is the default."""

    def __init__(
        self,
        operations: Operations,
        tasks: TaskRegistry,
        allocation_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, parent)
        self._operations = operations
        self.watched = WatchedCloud(operations.store, allocation_id, self)
        cloud = self.watched.cloud
        url = cloud.personal_url if cloud is not None else allocation_id
        self.set_texts(
            DISCONNECT_DIALOG.tr("Disconnect cloud"),
            DISCONNECT_DIALOG.tr("Disconnect {url}?").format(url=url),
            DISCONNECT_DIALOG.tr(
                "Pieces OS will stop using this cloud, and it will not sync until it is connected again. "
                "You can connect it again later."
            ),
            DISCONNECT_DIALOG.tr("&Disconnect"),
        )
        self.set_destructive(True)
        self.watched.changed.connect(self._latest)
        self._latest()

    def run_action(self) -> None:
        self.start(
            self._operations.disconnect(self.watched.allocation_id, watch=self.watch),
            DISCONNECT_DIALOG.tr("Disconnecting…"),
            self._disconnected,
        )

    def cancelled_text(self) -> str:
        return DISCONNECT_DIALOG.tr(
            "Stopped waiting. Pieces OS may still disconnect the cloud; "
            "the allocations table will show the result."
        )

    def _disconnected(self, uuid: str) -> None:
        named = uuid.strip()
        cloud = self.watched.cloud
        if cloud is not None and named == cloud.id:
            # The one asked for, by the address the confirmation named it by; its id means little.
            text = DISCONNECT_DIALOG.tr("Pieces OS disconnected {url}.").format(url=cloud.personal_url)
        elif named:
            text = DISCONNECT_DIALOG.tr("Pieces OS disconnected cloud {uuid}.").format(uuid=named)
        else:
            text = DISCONNECT_DIALOG.tr("Pieces OS disconnected the cloud (its answer named no cloud).")
        self.finish(Outcome.SUCCEEDED, text, Mood.GOOD)

    def _latest(self) -> None:
        if not self.working and self.outcome is None:
            self.show_notice(self.watched.note())
            self.action_button.setEnabled(not self.watched.gone)
