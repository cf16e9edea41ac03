"""HistoryWriter: the one process that writes the history: transitions, operations, watched spans, pruning."""

from __future__ import annotations

import sqlite3
import time
import weakref
from collections.abc import Callable, Iterable

from .records import OperationRecord, Span, Transition

__all__ = ["HEARTBEAT_MS", "WATCHING", "HistoryWriter", "wall_ms"]

# The running app writes the open span's end at least this often (ms) while nothing changes, so that
# a crash loses little of it and another process reading the file sees the app is still watching.
HEARTBEAT_MS = 15_000
# The fact naming the span the running app has open (deleted when it ends it).
WATCHING = "watching"


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HistoryWriter:
    """Writes what the recorder saw; every method is one short transaction.

    Times come from the wall clock, but never go backwards on disk: a clock set back (by hand, by
    NTP) is held at the last time written, so no span or sequence of changes runs backwards. A jump
    forward that the monotonic clock did not see (the machine slept) ends the watched span where it
    was last known to be watched. So does a silence longer than `quiet_limit_ms` (when given) while
    a span is open: Windows's monotonic clock runs on through a suspend, but no heartbeat comes.
    """

    def __init__(
        self,
        connection: sqlite3.Connection,
        *,
        clock: Callable[[], int] = wall_ms,
        monotonic: Callable[[], float] = time.monotonic,
        extend_every_ms: int = 1_000,
        sleep_gap_ms: int = 30_000,
        quiet_limit_ms: int | None = None,
    ) -> None:
        self._db = connection
        # A writer dropped without close() (an app object a test left) still lets go of its file.
        weakref.finalize(self, connection.close)
        self._clock = clock
        self._monotonic = monotonic
        self._extend_every = extend_every_ms
        self._sleep_gap = sleep_gap_ms
        self._quiet_limit = quiet_limit_ms
        self._span_id: int | None = None
        self._span_end = 0  # the end written for the open span
        self._span_start = 0
        self._seen_wall = 0  # when Pieces OS was last seen, wall and monotonic
        self._seen_mono = 0.0
        self._last = self._latest_on_disk()
        # A span named open by a writer that was killed is open no longer.
        self._db.execute("DELETE FROM facts WHERE key = ?", (WATCHING,))
        self.written = (
            0  # rows of transitions and operations written by this writer: readers re-read on a change
        )

    @property
    def connection(self) -> sqlite3.Connection:
        return self._db

    def _latest_on_disk(self) -> int:
        row = self._db.execute(
            "SELECT max(m) FROM (SELECT max(ended) AS m FROM spans UNION ALL SELECT max(at) FROM transitions"
            " UNION ALL SELECT max(at) FROM operations)"
        ).fetchone()
        return int(row[0] or 0)

    def resync(self) -> None:
        """Rows were written past this writer (the demo's made-up week): its clock holds at their latest."""
        self._last = max(self._last, self._latest_on_disk())

    def now(self) -> int:
        """The wall clock, held at the last time written when it went backwards."""
        self._last = max(self._clock(), self._last)
        return self._last

    # -- watched spans ---------------------------------------------------------------------------

    def seeing(self) -> None:
        """Pieces OS was seen just now: open a watched span, or extend the open one in memory.

        Nothing is written for a span already open: an unchanged refresh writes nothing, and
        keep_alive(), called on a timer, brings the span's end on disk up to date.
        """
        now, mono = self.now(), self._monotonic()
        if self._span_id is not None and self._slept(now, mono):
            # The wall clock ran while this process did not: the machine slept. Nobody watched that.
            self._end_span(self._seen_wall)
        self._seen_wall, self._seen_mono = now, mono
        if self._span_id is None:
            with self._transaction():
                cursor = self._db.execute("INSERT INTO spans (started, ended) VALUES (?, ?)", (now, now))
                # Named, so that a reader elsewhere (--history) knows it reaches up to now.
                named = (WATCHING, str(cursor.lastrowid))
                self._db.execute("INSERT OR REPLACE INTO facts (key, value) VALUES (?, ?)", named)
            self._span_id, self._span_end, self._span_start = cursor.lastrowid, now, now

    def watching(self) -> Span | None:
        """The open span as it stands now: Pieces OS is in sight until an answer says otherwise,
        though the span's end on disk is written only now and then."""
        if self._span_id is None:
            return None
        return Span(self._span_start, max(self._seen_wall, self.now()))

    def keep_alive(self) -> None:
        """Nothing changed for a while: the open span's end is brought up to now (a sleep ends it)."""
        if self._span_id is None:
            return
        now, mono = self.now(), self._monotonic()
        if self._slept(now, mono):
            self._end_span(self._seen_wall)  # Pieces OS is seen again only when the next answer says so
            return
        self._seen_wall, self._seen_mono = now, mono
        if now - self._span_end >= self._extend_every:
            self._write_span_end(now)

    def _slept(self, now: int, mono: float) -> bool:
        if self._quiet_limit is not None and now - self._seen_wall > self._quiet_limit:
            return True  # no heartbeat came: the process did not run, whatever the monotonic clock says
        return (now - self._seen_wall) - (mono - self._seen_mono) * 1000 > self._sleep_gap

    def blind(self) -> None:
        """Pieces OS cannot be seen (or the app stops): the watched span ends where it was last seen."""
        if self._span_id is not None:
            self._end_span(self._seen_wall)

    def _end_span(self, at: int) -> None:
        with self._transaction():
            self._write_span_end(max(at, self._span_end))
            self._db.execute("DELETE FROM facts WHERE key = ?", (WATCHING,))
        self._span_id = None

    def _write_span_end(self, at: int) -> None:
        self._db.execute("UPDATE spans SET ended = ? WHERE id = ?", (at, self._span_id))
        self._span_end = at

    # -- what happened ---------------------------------------------------------------------------

    def record(self, transitions: Iterable[Transition]) -> int:
        """Write status changes (their times held monotonic); returns how many."""
        rows = [
            (max(t.at, self._last), t.subject, t.aspect.value, t.old, t.new, int(t.by_user), t.detail)
            for t in transitions
        ]
        if not rows:
            return 0
        with self._transaction():
            self._db.executemany(
                "INSERT INTO transitions (at, subject, aspect, old, new, by_user, detail)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        self._last = max(self._last, max(row[0] for row in rows))
        self.written += len(rows)
        return len(rows)

    def operation(self, record: OperationRecord) -> None:
        at = max(record.at, self._last)
        self._db.execute(
            "INSERT INTO operations (at, cloud, kind, outcome, detail) VALUES (?, ?, ?, ?, ?)",
            (at, record.cloud, record.kind, record.outcome, record.detail),
        )
        self._last = at
        self.written += 1

    def name_cloud(self, cloud_id: str, url: str) -> None:
        """The address a person knows the cloud by, kept beside its id (the latest one wins)."""
        self._db.execute("INSERT OR REPLACE INTO clouds (id, url) VALUES (?, ?)", (cloud_id, url))

    def set_fact(self, key: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO facts (key, value) VALUES (?, ?)", (key, value))

    # -- keeping it small --------------------------------------------------------------------------

    def prune(self, before: int, batch: int = 500) -> int:
        """Delete up to `batch` rows of each kind older than `before`; returns how many went.

        Small batches, so that a year of rows is let go of over several calls, none of which holds the
        loop (or a reader) for long. The last change of each status before the cut is kept: it says what
        the status was when the kept history begins.
        """
        removed = 0
        with self._transaction():
            removed += self._db.execute(
                "DELETE FROM transitions WHERE id IN (SELECT t.id FROM transitions t WHERE t.at < ?1"
                " AND EXISTS (SELECT 1 FROM transitions n WHERE n.subject = t.subject AND n.aspect = t.aspect"
                " AND n.at < ?1 AND n.id > t.id) LIMIT ?2)",
                (before, batch),
            ).rowcount
            removed += self._db.execute(
                "DELETE FROM operations WHERE id IN (SELECT id FROM operations WHERE at < ? LIMIT ?)",
                (before, batch),
            ).rowcount
            removed += self._db.execute(
                "DELETE FROM spans WHERE id IN"
                " (SELECT id FROM spans WHERE ended < ? AND id IS NOT ? LIMIT ?)",
                (before, self._span_id, batch),
            ).rowcount
        return removed

    def clear(self) -> None:
        """Forget everything recorded (Clear history…); an open watched span starts again now."""
        with self._transaction():
            for table in ("transitions", "operations", "spans"):
                self._db.execute(f"DELETE FROM {table}")
            self._db.execute("DELETE FROM facts WHERE key = ?", (WATCHING,))
        # The next sight of Pieces OS opens a new span: nothing before the clearing is claimed.
        self._span_id = None

    def close(self) -> None:
        """End the watched span and let go of the file; the file is let go even when the end cannot be
        written (a full disk)."""
        try:
            self.blind()
        finally:
            self._db.close()

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)


class _Transaction:
    """BEGIN … COMMIT, or ROLLBACK on an error (the connection runs in autocommit otherwise)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN")

    def __exit__(self, kind: object, value: object, tb: object) -> None:
        self._db.execute("COMMIT" if kind is None else "ROLLBACK")
