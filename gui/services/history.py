"""HistoryService: records every change the store publishes into the history file, and reads it back."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from gui.api import DiscoverySource
from gui.history.database import HistoryUnavailable, explain, open_for_writing
from gui.history.demo_week import DemoCloud, fill_demo_week
from gui.history.reading import CloudTimeline, Sizes, cloud_timeline, sizes
from gui.history.recorder import HistoryRecorder, last_statuses
from gui.history.records import Aspect, Reading, reading
from gui.history.report import Report, build_report
from gui.history.timeline import JOIN_WITHIN_MS
from gui.history.writer import HEARTBEAT_MS, HistoryWriter
from gui.i18n import Context
from gui.services.store import StateStore
from gui.state import AppState

SERVICES_HISTORY = Context("SERVICES_HISTORY")

__all__ = ["HistoryService"]

_log = logging.getLogger(__name__)
_DAY_MS = 86_400_000
# Old rows go in batches, one batch a loop turn, an hour apart (and once shortly after start).
PRUNE_EVERY_MS = 3_600_000
PRUNE_FIRST_MS = 60_000
PRUNE_BATCH = 500
# A paused history (read-only folder, full disk) tries again this often.
RETRY_MS = 300_000


class HistoryService(QObject):
    """The one writer of the history file; the details pane, the tray and the History window read through it.

    Recording is never in the way: a folder that cannot be written or a full disk pauses it, says
    why in `paused`, and the app runs on; it tries again every few minutes.
    """

    recorded = Signal()  # something new was written: what shows the history reads it again
    paused_changed = Signal(str)  # why recording is paused, or "" once it runs again

    def __init__(
        self,
        store: StateStore,
        path: Path,
        *,
        retention_days: int = 400,
        demo: bool = False,
        parent: QObject | None = None,
    ) -> None:
        """demo: the file is the demo's own, started afresh with a made-up past week."""
        super().__init__(parent)
        self._store = store
        self.path = path
        self.retention_days = retention_days
        self._demo = demo
        self._writer: HistoryWriter | None = None
        self._recorder: HistoryRecorder | None = None
        self.paused: str | None = None
        # Something about the history the user should hear of once (a broken file set aside).
        self.notice: str | None = None
        # Set when a broken file was found and moved aside: said once, then cleared by whoever said it.
        self.set_aside: Path | None = None
        self._heartbeat = QTimer(self, interval=HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._beat)
        self._pruning = QTimer(self, interval=PRUNE_EVERY_MS)
        self._pruning.timeout.connect(self._prune_batch)
        self._retry = QTimer(self, interval=RETRY_MS, singleShot=True)
        self._retry.timeout.connect(self.start)

    def start(self) -> None:
        """Open the file and record from now on; once open, asking again changes nothing."""
        if self._writer is not None:
            return  # a second writer on the same file would leave the first one's connection open
        if self._demo:
            for stale in (self.path, *(self.path.with_name(self.path.name + s) for s in ("-wal", "-shm"))):
                stale.unlink(missing_ok=True)
        try:
            opened = open_for_writing(self.path)
        except HistoryUnavailable as error:
            self._pause(error.message)
            return
        self.set_aside = opened.set_aside
        if opened.set_aside is not None:
            # Said where the history is shown, for the rest of this run; the old file stays for a look.
            self.notice = SERVICES_HISTORY.tr(
                "The status history could not be read, so a new one was started; the old file is kept as "
                "{name} beside it."
            ).format(name=opened.set_aside.name)
        try:
            # Three heartbeats missed: the machine slept, even where the monotonic clock counted it.
            writer = HistoryWriter(opened.connection, quiet_limit_ms=3 * HEARTBEAT_MS)
            last = last_statuses(opened.connection)
        except sqlite3.Error as error:
            opened.connection.close()
            self._pause(explain(error, self.path).message)
            return
        self._writer = writer
        self._recorder = HistoryRecorder(writer, last)
        self._store.changed.connect(self._observe)
        self._heartbeat.start()
        QTimer.singleShot(PRUNE_FIRST_MS, self._prune_batch)
        self._pruning.start()
        if self.paused:
            self.paused = None
            self.paused_changed.emit("")
        self._observe(self._store.state, self._store.state)

    def stop(self) -> None:
        """The app quits: the watched span ends now and the file is closed cleanly."""
        self._heartbeat.stop()
        self._pruning.stop()
        self._retry.stop()
        if self._writer is not None:
            self._store.changed.disconnect(self._observe)
            try:
                self._writer.close()
            except sqlite3.Error as error:
                _log.warning("Could not close the history file: %s", error)
            self._writer = self._recorder = None

    # -- recording -------------------------------------------------------------------------------

    def _observe(self, new: AppState, _previous: AppState) -> None:
        if self._recorder is None:
            return
        writer = self._writer
        assert writer is not None
        if new.connection is not None and new.connection.source is DiscoverySource.DEMO and not self._demo:
            writer.blind()  # the demo tried from the window is not the user's cloud: nothing is kept
            return
        if self._demo and new.allocations and not writer.written:
            self._fill_demo_week(writer, new)
        before = writer.written
        try:
            self._recorder.observe(new)
        except sqlite3.Error as error:
            self._failed(error)
            return
        if writer.written != before:
            self.recorded.emit()

    def _fill_demo_week(self, writer: HistoryWriter, state: AppState) -> None:
        clouds = [
            DemoCloud(c.id, c.personal_url, c.status.cloud_raw or c.status.cloud.value)
            for c in state.allocations
        ]
        fill_demo_week(writer, clouds, writer.now())
        self._recorder = HistoryRecorder(writer, last_statuses(writer.connection))
        writer.written += 1

    def _beat(self) -> None:
        if self._writer is None:
            return
        try:
            self._writer.keep_alive()
        except sqlite3.Error as error:
            self._failed(error)

    def _prune_batch(self) -> None:
        if self._writer is None:
            return
        before = self._writer.now() - self.retention_days * _DAY_MS
        try:
            removed = self._writer.prune(before, PRUNE_BATCH)
        except sqlite3.Error as error:
            self._failed(error)
            return
        if removed:
            # More to let go of: the next batch on the next loop turn, so that no paint waits long.
            QTimer.singleShot(0, self._prune_batch)

    def _failed(self, error: sqlite3.Error) -> None:
        message = explain(error, self.path).message
        _log.warning("History paused: %s", error)
        self.stop()
        self._pause(message)

    def _pause(self, message: str) -> None:
        self.paused = message
        self.paused_changed.emit(message)
        self._retry.start()

    # -- reading ----------------------------------------------------------------------------------

    def timeline(self, cloud_id: str, start: int, end: int) -> CloudTimeline:
        """The cloud's timeline over [start, end]; raises HistoryUnavailable while recording is paused."""
        if self._writer is None:
            raise HistoryUnavailable(self.paused or SERVICES_HISTORY.tr("The status history is not open."))
        return cloud_timeline(self._writer.connection, cloud_id, start, end, watching=self._writer.watching())

    def report(self, start: int, end: int) -> Report:
        """Every cloud's timeline and the user's operations over [start, end], for the History window."""
        if self._writer is None:
            raise HistoryUnavailable(self.paused or SERVICES_HISTORY.tr("The status history is not open."))
        return build_report(self._writer.connection, start, end, watching=self._writer.watching())

    def held_since(self, cloud_id: str, status: str) -> int | None:
        """Since when the cloud is seen in `status`; None when not known or not in sight now.

        Connected: the later of its last recorded change and the start of the stretch watched now, so
        "connected for 3 h" never counts a night the app was not running. Any other status: when it
        was seen to change to it.
        """
        if self._writer is None:
            return None
        watching = self._writer.watching()
        row = self._writer.connection.execute(
            "SELECT at, new FROM transitions WHERE subject = ? AND aspect = ? ORDER BY id DESC LIMIT 1",
            (cloud_id, Aspect.CLOUD.value),
        ).fetchone()
        if watching is None or row is None or row[1] != status:
            return None
        if reading(status) is not Reading.CONNECTED:
            return int(row[0])  # "Failed since 09:14": when it was seen to fail
        # "Connected for 3 h": only time watched, never across a night the app was not running.
        return max(int(row[0]), self._watched_since(watching.started))

    def _watched_since(self, start: int) -> int:
        """Where the stretch watched now began: spans that met within a second are one (see timeline)."""
        assert self._writer is not None
        for began, ended in self._writer.connection.execute(
            "SELECT started, ended FROM spans WHERE started < ? ORDER BY started DESC LIMIT 100", (start,)
        ):
            if int(ended) + JOIN_WITHIN_MS < start:
                break
            start = min(start, int(began))
        return start

    def now(self) -> int:
        if self._writer is None:
            raise HistoryUnavailable(self.paused or SERVICES_HISTORY.tr("The status history is not open."))
        return self._writer.now()

    def sizes(self) -> Sizes | None:
        return None if self._writer is None else sizes(self._writer.connection, self.path)

    def clear(self) -> None:
        """Clear history…: every row goes; recording goes on from now."""
        if self._writer is None:
            return
        try:
            self._writer.clear()
        except sqlite3.Error as error:
            self._failed(error)
            return
        self._recorder = HistoryRecorder(self._writer, {})
        self._observe(self._store.state, self._store.state)
        self.recorded.emit()
