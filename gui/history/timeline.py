"""A cloud's timeline from its recorded changes and the watched spans: segments, uptime, incidents. Pure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from .records import Reading, Span, reading

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

    # Pieces as [from, to, look]; neighbours that look the same are joined as they come. A month of a
    # cloud that flaps every ten minutes is thousands of runs: both lists are walked once, in step.
    pieces: list[tuple[int, int, _Look]] = []

    def add(a: int, b: int, look: _Look) -> None:
        if a >= b:
            return
        if pieces and pieces[-1][1] == a and pieces[-1][2] == look:
            pieces[-1] = (pieces[-1][0], b, look)
        else:
            pieces.append((a, b, look))

    unwatched: _Look = (Reading.NOT_WATCHED, None, False, None)
    watched = _clipped(spans, start, end)
    w = 0
    for a, b, run in runs:
        look: _Look = unwatched if run is None else (reading(run.status), run.status, run.by_user, run.detail)
        cursor = a
        while w < len(watched) and watched[w][1] <= cursor:
            w += 1
        k = w
        while k < len(watched) and watched[k][0] < b:
            w_start, w_end = watched[k]
            add(cursor, max(cursor, w_start), unwatched)
            add(max(cursor, w_start), min(b, w_end), look)
            cursor = min(b, w_end)
            if w_end > b:
                break
            k += 1
        add(cursor, b, unwatched)
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
