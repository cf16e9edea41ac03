"""WatchedCloud: the allocation a dialog acts on, kept current from the store while the dialog is open."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from gui.api import AllocationCloud
from gui.i18n import Context
from gui.services.store import StateStore
from gui.state import AppState
from gui.views.presentation import cloud_look

CLOUD_WATCH = Context("CLOUD_WATCH")


class WatchedCloud(QObject):
    """Follows one allocation by id: a dialog shows its latest state, and says when it changed or vanished.

    A dialog can stay open for minutes while refreshes land; acting on the cloud as it was when
    the dialog opened would send Pieces OS a stale body, and would hide that someone (or Pieces OS)
    already changed it.
    """

    # The cloud's status changed, or it vanished from the list, since the dialog opened.
    changed = Signal()

    def __init__(self, store: StateStore, allocation_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.allocation_id = allocation_id
        self._store = store
        self.cloud: AllocationCloud | None = store.state.allocation(allocation_id)
        self.first = self.cloud
        store.changed.connect(self._state_changed)

    @property
    def gone(self) -> bool:
        return self.cloud is None

    def note(self) -> str:
        """What changed since the dialog opened, in words; empty while nothing did."""
        if self.first is None:
            return ""
        if self.cloud is None:
            return CLOUD_WATCH.tr(
                "Pieces OS no longer lists this cloud: it was disconnected or removed while this "
                "window was open."
            )
        if self.cloud.status.cloud is not self.first.status.cloud:
            word = cloud_look(self.cloud).word
            return CLOUD_WATCH.tr("Its status changed to {word} while this window was open.").format(
                word=word
            )
        return ""

    def _state_changed(self, new: AppState, previous: AppState) -> None:
        if new.allocations is previous.allocations:
            return
        latest = new.allocation(self.allocation_id)
        if latest is self.cloud:
            return
        before, self.cloud = self.cloud, latest
        if before is None or latest is None or before.status != latest.status:
            self.changed.emit()
