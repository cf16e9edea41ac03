"""`--history [--since 7d] [--json | --csv]`: each cloud's recorded timeline, read from the file alone."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from gui.history.database import FILE_NAME, HistoryUnavailable, open_for_reading
from gui.history.period import duration_words, parse_since
from gui.history.reading import CloudTimeline, watched_now
from gui.history.records import Reading
from gui.history.records import reading as reading_of
from gui.history.report import Report, as_json, build_report, write_csv
from gui.history.timeline import Incident
from gui.history.writer import wall_ms
from gui.i18n import QT_TRANSLATE_NOOP, Context

__all__ = ["main", "read_report", "write_text"]

HISTORY = Context("HISTORY")

_WORDS = {
    Reading.CONNECTED: QT_TRANSLATE_NOOP("HISTORY", "Connected"),
    Reading.CONNECTING: QT_TRANSLATE_NOOP("HISTORY", "Connecting"),
    Reading.FAILED: QT_TRANSLATE_NOOP("HISTORY", "Failed"),
    Reading.DISCONNECTED: QT_TRANSLATE_NOOP("HISTORY", "Disconnected"),
    Reading.UNKNOWN: QT_TRANSLATE_NOOP("HISTORY", "Unknown"),
    Reading.NOT_WATCHED: QT_TRANSLATE_NOOP("HISTORY", "Not watched"),
}
_PIECES_OS_WORDS = {
    "ok": QT_TRANSLATE_NOOP("HISTORY", "Pieces OS answering since {time}"),
    "error": QT_TRANSLATE_NOOP("HISTORY", "Pieces OS answering with errors since {time}"),
    "unreachable": QT_TRANSLATE_NOOP("HISTORY", "Pieces OS not reachable since {time}"),
    "migrating": QT_TRANSLATE_NOOP("HISTORY", "Pieces OS migrating its data since {time}"),
    "update_required": QT_TRANSLATE_NOOP("HISTORY", "Pieces OS needing an update since {time}"),
    "signed_out": QT_TRANSLATE_NOOP("HISTORY", "Pieces OS answering, nobody signed in since {time}"),
}


def _word(reading: Reading) -> str:
    return HISTORY.tr(_WORDS[reading])


def _local(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def _status_words(timeline: CloudTimeline) -> str:
    current = timeline.current
    if current is None:
        return HISTORY.tr("nothing recorded")
    parts = [p for p in timeline.segments if p.reading is not Reading.NOT_WATCHED]
    reading = parts[-1].reading if parts and parts[-1].end == timeline.end else None
    if reading is None:
        said = HISTORY.tr("Not watched now; last seen {status} since {time}")
        seen = reading_of(current.status)
        # A status this app does not know is given as Pieces OS sent it.
        word = current.status if seen is Reading.UNKNOWN else _word(seen)
        return said.format(status=word, time=_local(current.at))
    return HISTORY.tr("{status} since {time}").format(status=_word(reading), time=_local(current.at))


def _incident_line(incident: Incident) -> str:
    who = HISTORY.tr("by you") if incident.by_user else (incident.detail or "")
    # One still going when the period ends has lasted this long so far.
    said = HISTORY.tr("for {duration} so far") if incident.ongoing else HISTORY.tr("for {duration}")
    when, lasted = _local(incident.start), said.format(duration=duration_words(incident.watched))
    return f"    {_word(incident.reading):<13} {when}  {lasted:<14} {who}".rstrip()


def _uptime_line(timeline: CloudTimeline) -> str:
    figures = timeline.uptime
    if figures.ratio is None:
        return "    " + HISTORY.tr("Uptime: not known (nobody watched it in this period)")
    said = (
        HISTORY.tr(
            "Uptime {percent} %: connected {connected} of {watched} watched "
            "(not counting {disconnected} you had it disconnected)"
        )
        if figures.chosen_off
        else HISTORY.tr("Uptime {percent} %: connected {connected} of {watched} watched")
    )
    return "    " + said.format(
        percent=f"{figures.ratio * 100:.1f}",
        connected=duration_words(figures.connected),
        watched=duration_words(figures.watched - figures.chosen_off),
        disconnected=duration_words(figures.chosen_off),
    )


def read_report(path: Path, since_ms: int, *, now: int | None = None) -> Report:
    end = wall_ms() if now is None else now
    db = open_for_reading(path)
    try:
        # The span a running app has open reaches up to now, as the app itself shows it.
        return build_report(db, end - since_ms, end, watching=watched_now(db, end))
    finally:
        db.close()


def write_text(report: Report, out: TextIO) -> None:
    period = report.end - report.start
    watched = sum(p.duration for p in report.pieces_os.segments if p.reading is not Reading.NOT_WATCHED)
    said = HISTORY.tr("Status history of the last {period} (since {time}), watched {watched} of it")
    out.write(
        said.format(period=duration_words(period), time=_local(report.start), watched=duration_words(watched))
        + "\n"
    )
    for address, timeline in report.clouds:
        out.write(f"{address}  {_status_words(timeline)}\n")
        out.write(_uptime_line(timeline) + "\n")
        for incident in timeline.incidents:
            out.write(_incident_line(incident) + "\n")
    current = report.pieces_os.current
    if current is not None:
        known = _PIECES_OS_WORDS.get(current.status)
        line = HISTORY.tr(known) if known else HISTORY.tr("Pieces OS {status} since {time}")
        out.write(line.format(status=current.status, time=_local(current.at)) + "\n")
    for incident in report.pieces_os.incidents:
        out.write(_incident_line(incident) + "\n")
    if report.operations:
        out.write(HISTORY.tr("Your operations") + "\n")
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
    try:
        if as_format == "json":
            out.write(json.dumps(as_json(report), indent=2) + "\n")
        elif as_format == "csv":
            write_csv(report, out)
        else:
            write_text(report, out)
        out.flush()
    except BrokenPipeError:
        # The reader has gone (`| head`): it has what it wanted. What is left in the buffer goes
        # nowhere, or Python's own flush at exit would complain of the closed pipe on stderr.
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, out.fileno())
    return 0
