"""`--history [--since 7d] [--json | --csv]`: each cloud's recorded timeline, read from the file alone."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from gui.history.database import FILE_NAME, HistoryUnavailable, open_for_reading
from gui.history.period import duration_words, parse_since
from gui.history.reading import CloudTimeline
from gui.history.records import Reading
from gui.history.report import Report, as_json, build_report, write_csv
from gui.history.timeline import Incident
from gui.history.writer import wall_ms

__all__ = ["main", "read_report", "write_text"]

_WORDS = {
    Reading.CONNECTED: "Connected",
    Reading.CONNECTING: "Connecting",
    Reading.FAILED: "Failed",
    Reading.DISCONNECTED: "Disconnected",
    Reading.UNKNOWN: "Unknown",
    Reading.NOT_WATCHED: "Not watched",
}
_PIECES_OS_WORDS = {
    "ok": "answering",
    "error": "answering with errors",
    "unreachable": "not reachable",
    "migrating": "migrating its data",
    "update_required": "needing an update",
    "signed_out": "answering, nobody signed in",
}


def _local(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def _status_words(timeline: CloudTimeline) -> str:
    current = timeline.current
    if current is None:
        return "nothing recorded"
    parts = [p for p in timeline.segments if p.reading is not Reading.NOT_WATCHED]
    reading = parts[-1].reading if parts and parts[-1].end == timeline.end else None
    word = _WORDS[reading] if reading is not None else "Not watched now; last seen " + current.status
    return f"{word} since {_local(current.at)}"


def _incident_line(incident: Incident) -> str:
    who = "by you" if incident.by_user else (incident.detail or "")
    when, lasted = _local(incident.start), duration_words(incident.watched)
    return f"    {_WORDS[incident.reading]:<13} {when}  for {lasted:<10} {who}".rstrip()


def _uptime_line(timeline: CloudTimeline) -> str:
    figures = timeline.uptime
    if figures.ratio is None:
        return "    Uptime: not known (nobody watched it in this period)"
    line = (
        f"    Uptime {figures.ratio * 100:.1f} %: connected {duration_words(figures.connected)}"
        f" of {duration_words(figures.watched - figures.chosen_off)} watched"
    )
    if figures.chosen_off:
        line += f" (not counting {duration_words(figures.chosen_off)} you had it disconnected)"
    return line


def read_report(path: Path, since_ms: int, *, now: int | None = None) -> Report:
    end = wall_ms() if now is None else now
    db = open_for_reading(path)
    try:
        return build_report(db, end - since_ms, end)
    finally:
        db.close()


def write_text(report: Report, out: TextIO) -> None:
    period = report.end - report.start
    watched = sum(p.duration for p in report.pieces_os.segments if p.reading is not Reading.NOT_WATCHED)
    out.write(
        f"Status history of the last {duration_words(period)} (since {_local(report.start)}),"
        f" watched {duration_words(watched)} of it\n"
    )
    for address, timeline in report.clouds:
        out.write(f"{address}  {_status_words(timeline)}\n")
        out.write(_uptime_line(timeline) + "\n")
        for incident in timeline.incidents:
            out.write(_incident_line(incident) + "\n")
    current = report.pieces_os.current
    if current is not None:
        out.write(
            f"Pieces OS {_PIECES_OS_WORDS.get(current.status, current.status)} since {_local(current.at)}\n"
        )
    for incident in report.pieces_os.incidents:
        out.write(_incident_line(incident) + "\n")
    if report.operations:
        out.write("Your operations\n")
        for op in report.operations:
            address = report.urls.get(op.cloud or "", op.cloud or "")
            detail = f"  {op.detail}" if op.detail else ""
            out.write(f"    {_local(op.at)}  {op.kind:<10} {address}  {op.outcome}{detail}\n")


def main(data_dir: Path, since: str, *, as_format: str = "text", out: TextIO = sys.stdout) -> int:
    try:
        since_ms = parse_since(since)
        report = read_report(data_dir / FILE_NAME, since_ms)
    except (ValueError, HistoryUnavailable) as error:
        sys.stderr.write(f"{getattr(error, 'message', error)}\n")
        return 1
    if as_format == "json":
        out.write(json.dumps(as_json(report), indent=2) + "\n")
    elif as_format == "csv":
        write_csv(report, out)
    else:
        write_text(report, out)
    return 0
