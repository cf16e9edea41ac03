"""A cloud's timeline from its recorded changes and the watched spans: segments, uptime, incidents. Pure."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from .records import READINGS, Reading, Span

__all__ = ["Change", "Incident", "Segment", "Uptime", "incidents", "segments", "uptime"]


class Change(NamedTuple):
    """A cloud's status from `at` on, as recorded. Tuples: a month of a flapping cloud is thousands."""

    at: int
    status: str
    by_user: bool = False
    detail: str | None = None


class Segment(NamedTuple):
    start: int
    end: int
    reading: Reading
    status: str | None = None  # as Pieces OS sent it; None where nobody watched
    by_user: bool = False
    detail: str | None = None

    @property
    def duration(self) -> int:
        return self.end - self.start


# Spans this close are one: the writer keeps a span's end to the second, and a gap shorter than
# that (a span ended and the next begun within one refresh) is no time nobody watched.
JOIN_WITHIN_MS = 1_000


def _clipped(spans: Sequence[Span], start: int, end: int) -> list[tuple[int, int]]:
    """The watched stretches within [start, end], sorted, and merged where they touch or nearly do."""
    merged: list[tuple[int, int]] = []
    for span in sorted(spans, key=lambda s: s.started):
        a, b = max(span.started, start), min(span.ended, end)
        if merged and a <= merged[-1][1] + JOIN_WITHIN_MS:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        elif a < b:
            merged.append((a, b))
    return merged


# How a stretch reads: its reading, the status as sent, whether the user asked for it, what was said.
_Look = tuple[Reading, str | None, bool, str | None]


def segments(
    before: Change | None, changes: Sequence[Change], spans: Sequence[Span], start: int, end: int
) -> list[Segment]:
    """The period [start, end] cut where the status changed or watching began or ended.

    `before` is the last change at or before `start` (what the status was when the period begins),
    `changes` those after it, in time order. Time outside every span is NOT_WATCHED whatever the
    status was, and so is watched time before anything was recorded for the cloud.
    """
    # Walked span by span: inside one, each change starts a stretch; between two, nobody watched.
    # A month of a cloud that flaps every ten minutes is thousands of changes, so the loop is kept
    # to a few operations a change, and a stretch that looks like the one before joins it.
    pieces: list[tuple[int, int, _Look]] = []
    unwatched: _Look = (Reading.NOT_WATCHED, None, False, None)
    looks = READINGS

    def look_of(change: Change | None) -> _Look:
        if change is None:
            return unwatched  # nothing recorded yet: not claimed, watched or not
        return (looks.get(change.status, Reading.UNKNOWN), change.status, change.by_user, change.detail)

    def add(a: int, b: int, look: _Look) -> None:
        if a < b:
            if pieces and pieces[-1][1] == a and pieces[-1][2] == look:
                pieces[-1] = (pieces[-1][0], b, look)
            else:
                pieces.append((a, b, look))

    ats = [change.at for change in changes]
    count = len(changes)
    cursor = start
    for w_start, w_end in _clipped(spans, start, end):
        add(cursor, w_start, unwatched)
        i = bisect_right(ats, w_start)
        current = changes[i - 1] if i else before
        cursor = w_start
        while i < count and ats[i] < w_end:
            change = changes[i]
            add(cursor, ats[i], look_of(current))
            current, cursor = change, max(cursor, ats[i])
            i += 1
        add(cursor, w_end, look_of(current))
        cursor = w_end
    add(cursor, end, unwatched)
    return [Segment(a, b, *look) for a, b, look in pieces]


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
    ongoing: bool = False  # still so at the end of the period: seen in that status until then


def incidents(parts: Sequence[Segment]) -> list[Incident]:
    """Failed and disconnected stretches, newest first.

    A gap nobody watched between two stretches of the same status joins them into one incident;
    only the watched part counts towards how long it was seen. The newest is ongoing when the
    period ends in it, watched.
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
    if found and parts and found[-1].end == parts[-1].end and parts[-1].reading is found[-1].reading:
        found[-1] = replace(found[-1], ongoing=True)
    found.reverse()
    return found
