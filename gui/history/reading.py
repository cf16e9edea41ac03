"""Reading the history: a cloud's timeline over a period, the operations, the file's sizes."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .records import PIECES_OS, Aspect, OperationRecord, Span
from .timeline import Change, Incident, Segment, Uptime, incidents, segments, uptime
from .writer import HEARTBEAT_MS, WATCHING

__all__ = [
    "CloudTimeline",
    "Sizes",
    "cloud_timeline",
    "cloud_urls",
    "clouds",
    "operations",
    "sizes",
    "spans",
    "watched_now",
]


def spans(db: sqlite3.Connection, start: int, end: int) -> list[Span]:
    rows = db.execute(
        "SELECT started, ended FROM spans WHERE ended >= ? AND started <= ? ORDER BY started", (start, end)
    ).fetchall()
    return [Span(int(a), int(b)) for a, b in rows]


def watched_now(db: sqlite3.Connection, now: int) -> Span | None:
    """The span the running app is watching, up to now, as another process reads it; None when no app is.

    The app writes the open span's end every heartbeat: an end older than two of them means its
    writer was killed (or the machine slept), and nothing past that end is claimed.
    """
    row = db.execute(
        "SELECT s.started, s.ended FROM facts f JOIN spans s ON s.id = CAST(f.value AS INTEGER)"
        " WHERE f.key = ?",
        (WATCHING,),
    ).fetchone()
    if row is None or now - int(row[1]) > 2 * HEARTBEAT_MS:
        return None
    return Span(int(row[0]), max(int(row[1]), now))


def changes(
    db: sqlite3.Connection, subject: str, aspect: Aspect, start: int, end: int
) -> tuple[Change | None, list[Change]]:
    """The change in force at `start` (None if nothing was recorded before it) and those in (start, end]."""
    before = db.execute(
        "SELECT at, new, by_user, detail FROM transitions WHERE subject = ? AND aspect = ? AND at <= ?"
        " ORDER BY at DESC, id DESC LIMIT 1",
        (subject, aspect.value, start),
    ).fetchone()
    after = db.execute(
        "SELECT at, new, by_user, detail FROM transitions"
        " WHERE subject = ? AND aspect = ? AND at > ? AND at <= ? ORDER BY at, id",
        (subject, aspect.value, start, end),
    ).fetchall()
    # by_user comes as 0 or 1, which reads as the bool it stands for.
    return (None if before is None else Change._make(before)), [Change._make(row) for row in after]


@dataclass(frozen=True)
class CloudTimeline:
    """What the details pane and `--history` show for one cloud over one period."""

    subject: str
    start: int
    end: int
    segments: tuple[Segment, ...]
    uptime: Uptime
    incidents: tuple[Incident, ...]
    # The status now and since when it holds (its last change), when anything was recorded.
    current: Change | None


def cloud_timeline(
    db: sqlite3.Connection,
    subject: str,
    start: int,
    end: int,
    aspect: Aspect = Aspect.CLOUD,
    *,
    watching: Span | None = None,
) -> CloudTimeline:
    """`watching`: the writer's open span as it is now (its end on disk lags by up to a heartbeat)."""
    before, later = changes(db, subject, aspect, start, end)
    watched = spans(db, start, end) + ([watching] if watching is not None else [])
    parts = segments(before, later, watched, start, end)
    current = later[-1] if later else before
    return CloudTimeline(subject, start, end, tuple(parts), uptime(parts), tuple(incidents(parts)), current)


def pieces_os_timeline(
    db: sqlite3.Connection, start: int, end: int, *, watching: Span | None = None
) -> CloudTimeline:
    return cloud_timeline(db, PIECES_OS, start, end, Aspect.PIECES_OS, watching=watching)


def clouds(db: sqlite3.Connection) -> list[str]:
    """Every cloud the history knows, in the order they were first recorded."""
    rows = db.execute(
        "SELECT subject FROM transitions WHERE aspect = ? GROUP BY subject ORDER BY min(id)",
        (Aspect.CLOUD.value,),
    ).fetchall()
    return [row[0] for row in rows]


def cloud_urls(db: sqlite3.Connection) -> dict[str, str]:
    """Each cloud's address, as last seen."""
    return dict(db.execute("SELECT id, url FROM clouds").fetchall())


def operations(
    db: sqlite3.Connection, start: int, end: int, cloud: str | None = None
) -> list[OperationRecord]:
    """The user's operations in the period, newest first (of one cloud, when given)."""
    query = "SELECT at, cloud, kind, outcome, detail FROM operations WHERE at >= ? AND at <= ?"
    args: tuple[object, ...] = (start, end)
    if cloud is not None:
        query += " AND cloud = ?"
        args += (cloud,)
    rows = db.execute(query + " ORDER BY at DESC, id DESC", args).fetchall()
    return [OperationRecord(int(r[0]), r[1], r[2], r[3], r[4]) for r in rows]


@dataclass(frozen=True)
class Sizes:
    """What Copy diagnostics says of the history: its size and how many rows, never what they hold."""

    path: Path
    bytes: int
    transitions: int
    operations: int
    spans: int


def sizes(db: sqlite3.Connection, path: Path) -> Sizes:
    count = {
        table: int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        for table in ("transitions", "operations", "spans")
    }
    total = sum(p.stat().st_size for p in (path, path.with_name(path.name + "-wal")) if p.exists())
    return Sizes(path, total, count["transitions"], count["operations"], count["spans"])
