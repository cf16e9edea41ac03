"""The history as a report: each cloud's timeline and the user's operations over a period, as JSON or CSV."""

from __future__ import annotations

import csv
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TextIO

from .reading import CloudTimeline, cloud_timeline, cloud_urls, clouds, operations, pieces_os_timeline
from .records import OperationRecord, Span
from .timeline import Incident

__all__ = ["Report", "as_json", "build_report", "write_csv"]


def _iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class Report:
    start: int
    end: int
    clouds: tuple[tuple[str, CloudTimeline], ...]  # (address, timeline)
    pieces_os: CloudTimeline
    operations: tuple[OperationRecord, ...]
    urls: dict[str, str]


def build_report(db: sqlite3.Connection, start: int, end: int, *, watching: Span | None = None) -> Report:
    urls = cloud_urls(db)
    timelines = tuple(
        (urls.get(c, c), cloud_timeline(db, c, start, end, watching=watching)) for c in clouds(db)
    )
    pieces_os = pieces_os_timeline(db, start, end, watching=watching)
    return Report(start, end, timelines, pieces_os, tuple(operations(db, start, end)), urls)


def _incident_json(incident: Incident) -> dict[str, Any]:
    return {
        "start": _iso(incident.start),
        "end": None if incident.ongoing else _iso(incident.end),  # not ended: still so at "until"
        "status": incident.reading.value,
        "by_user": bool(incident.by_user),  # read as SQLite's 0 or 1
        "detail": incident.detail,
        "watched_s": incident.watched // 1000,
    }


def as_json(report: Report) -> dict[str, Any]:
    def cloud(address: str, timeline: CloudTimeline) -> dict[str, Any]:
        figures = timeline.uptime
        return {
            "id": timeline.subject,
            "url": address,
            "status": timeline.current.status if timeline.current else None,
            "since": _iso(timeline.current.at) if timeline.current else None,
            "uptime": None if figures.ratio is None else round(figures.ratio, 6),
            "connected_s": figures.connected // 1000,
            "watched_s": figures.watched // 1000,
            "disconnected_by_user_s": figures.chosen_off // 1000,
            "incidents": [_incident_json(i) for i in timeline.incidents],
        }

    return {
        "since": _iso(report.start),
        "until": _iso(report.end),
        "clouds": [cloud(address, timeline) for address, timeline in report.clouds],
        "pieces_os": [
            {"start": _iso(p.start), "end": _iso(p.end), "status": p.status}
            for p in report.pieces_os.segments
        ],
        "operations": [
            {
                "at": _iso(op.at),
                "cloud": op.cloud,
                "url": report.urls.get(op.cloud or ""),
                "kind": op.kind,
                "outcome": op.outcome,
                "detail": op.detail,
            }
            for op in report.operations
        ],
    }


def write_csv(report: Report, out: TextIO) -> None:
    """One row per incident and per operation, for a spreadsheet."""
    rows = csv.writer(out, lineterminator="\n")
    rows.writerow(["kind", "cloud", "url", "start", "end", "status", "by_user", "watched_s", "detail"])
    for address, timeline in report.clouds:
        for i in timeline.incidents:
            ended = "" if i.ongoing else _iso(i.end)  # an incident still going has no end yet
            rows.writerow(
                ["incident", timeline.subject, address, _iso(i.start), ended, i.reading.value,
                 int(i.by_user), i.watched // 1000, i.detail or ""]
            )  # fmt: skip
    for op in report.operations:
        rows.writerow(
            ["operation", op.cloud or "", report.urls.get(op.cloud or "", ""), _iso(op.at), "",
             f"{op.kind} {op.outcome}", 1, "", op.detail or ""]
        )  # fmt: skip
