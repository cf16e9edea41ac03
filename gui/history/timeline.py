"""A cloud's timeline from its recorded changes and the watched spans: segments, uptime, incidents. Pure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .records import Reading, Span, reading

__all__ = ["Change", "Incident", "Segment", "Uptime", "incidents", "segments", "uptime"]


@dataclass(frozen=True)
class Change:
    """A cloud's status from `at` on, as recorded."""

    at: int
    status: str
    by_user: bool = False
    detail: str | None = None


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    reading: Reading
    status: str | None = None  # as Pieces OS sent it; None where nobody watched
    by_user: bool = False
    detail: str | None = None

    @property
    def duration(self) -> int:
        return self.end - self.start


def _clipped(spans: Sequence[Span], start: int, end: int) -> list[tuple[int, int]]:
    """The watched stretches within [start, end], sorted and merged where they touch or overlap."""
    merged: list[tuple[int, int]] = []
    for span in sorted(spans, key=lambda s: s.started):
        a, b = max(span.started, start), min(span.ended, end)
        if a >= b:
            continue
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def segments(
    before: Change | None, changes: Sequence[Change], spans: Sequence[Span], start: int, end: int
) -> list[Segment]:
    """The period [start, end] cut where the status changed or watching began or ended.

    `before` is the last change at or before `start` (what the status was when the period begins),
    `changes` those after it, in time order. Time outside every span is NOT_WATCHED whatever the
    status was, and so is watched time before anything was recorded for the cloud.
    """
    # The status runs: (from, to, change) over [start, end].
    runs: list[tuple[int, int, Change | None]] = []
    current, cursor = before, start
    for change in changes:
        at = min(max(change.at, start), end)
        if at > cursor:
            runs.append((cursor, at, current))
        current, cursor = change, max(cursor, at)
    if end > cursor:
        runs.append((cursor, end, current))

    out: list[Segment] = []

    def add(a: int, b: int, change: Change | None, watched: bool) -> None:
        if a >= b:
            return
        if not watched or change is None:
            segment = Segment(a, b, Reading.NOT_WATCHED)
        else:
            segment = Segment(a, b, reading(change.status), change.status, change.by_user, change.detail)
        last = out[-1] if out else None
        if last is not None and last.end == a and _same(last, segment):
            out[-1] = Segment(last.start, b, last.reading, last.status, last.by_user, last.detail)
        else:
            out.append(segment)

    watched = _clipped(spans, start, end)
    for a, b, run in runs:
        cursor = a
        for w_start, w_end in watched:
            if w_end <= cursor or w_start >= b:
                continue
            add(cursor, max(cursor, w_start), run, watched=False)
            add(max(cursor, w_start), min(b, w_end), run, watched=True)
            cursor = min(b, w_end)
        add(cursor, b, run, watched=False)
    return out


def _same(a: Segment, b: Segment) -> bool:
    return (a.reading, a.status, a.by_user, a.detail) == (b.reading, b.status, b.by_user, b.detail)


@dataclass(frozen=True)
class Uptime:
    connected: int  # ms
    watched: int  # ms, all of it, user-chosen disconnection included
    chosen_off: int  # ms the cloud was disconnected because the user asked for it

    @property
    def ratio(self) -> float | None:
        """Connected time over the watched time the user wanted the cloud up; None when there is none."""
        wanted = self.watched - self.chosen_off
        return None if wanted <= 0 else self.connected / wanted


def uptime(parts: Sequence[Segment]) -> Uptime:
    connected = watched = chosen = 0
    for part in parts:
        if part.reading is Reading.NOT_WATCHED:
            continue
        watched += part.duration
        if part.reading is Reading.CONNECTED:
            connected += part.duration
        elif part.reading is Reading.DISCONNECTED and part.by_user:
            chosen += part.duration
    return Uptime(connected, watched, chosen)


@dataclass(frozen=True)
class Incident:
    """A stretch the cloud was failed or disconnected, as watched: when it began and how long it was seen."""

    start: int
    end: int
    reading: Reading
    by_user: bool
    detail: str | None
    watched: int  # ms of it that were watched (a gap nobody watched is not counted)


def incidents(parts: Sequence[Segment]) -> list[Incident]:
    """Failed and disconnected stretches, newest first.

    A gap nobody watched between two stretches of the same status joins them into one incident;
    only the watched part counts towards how long it was seen.
    """
    found: list[Incident] = []
    pending_gap: Segment | None = None
    for part in parts:
        if part.reading is Reading.NOT_WATCHED:
            pending_gap = part
            continue
        if part.reading in (Reading.FAILED, Reading.DISCONNECTED):
            last = found[-1] if found else None
            joins = (
                last is not None
                and last.reading is part.reading
                and last.by_user == part.by_user
                and last.detail == part.detail
                and (last.end == part.start or (pending_gap is not None and last.end == pending_gap.start))
            )
            if joins and last is not None:
                found[-1] = Incident(
                    last.start,
                    part.end,
                    last.reading,
                    last.by_user,
                    last.detail,
                    last.watched + part.duration,
                )
            else:
                found.append(
                    Incident(part.start, part.end, part.reading, part.by_user, part.detail, part.duration)
                )
        pending_gap = None
    found.reverse()
    return found
