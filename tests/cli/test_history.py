"""`--history`: figures and incidents from the file alone, as text, JSON and CSV, with or without the app."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from gui.cli.history import read_report, write_text
from gui.history.database import FILE_NAME, open_for_writing
from gui.history.period import duration_words, parse_since
from gui.history.records import PIECES_OS, Aspect, OperationRecord, Transition
from gui.history.report import as_json, write_csv
from gui.history.writer import HistoryWriter

HOUR = 3_600_000
NOW = 1_800_000_000_000  # 2027-01-15 08:00 UTC
CLOUD = "3f6c2a1e-8b4d-4e2a-9c7f-1d5e8a0b6c24"
URL = "https://chen.pieces.cloud"


def week(path: Path) -> None:
    """A week watched but for one night: a drop with Pieces OS's words, and a disconnect the user ran."""
    db = open_for_writing(path).connection
    clock = [NOW - 7 * 24 * HOUR]
    writer = HistoryWriter(db, clock=lambda: clock[0], monotonic=lambda: clock[0] / 1000)
    writer.name_cloud(CLOUD, URL)

    def at(hours_ago: float) -> int:
        clock[0] = NOW - int(hours_ago * HOUR)
        return clock[0]

    writer.seeing()
    writer.record(
        [
            Transition(at(168), PIECES_OS, Aspect.PIECES_OS, None, "ok"),
            Transition(at(168), CLOUD, Aspect.CLOUD, None, "RUNNING"),
        ]
    )
    at(100)
    writer.seeing()
    writer.record(
        [Transition(at(100), CLOUD, Aspect.CLOUD, "RUNNING", "FAILED", detail="Clouds Connect failed.")]
    )
    at(98)
    writer.seeing()
    writer.record([Transition(at(98), CLOUD, Aspect.CLOUD, "FAILED", "RUNNING")])
    at(60)
    writer.seeing()
    writer.blind()  # the night nobody watched: 60 h ago to 50 h ago
    at(50)
    writer.seeing()
    writer.operation(OperationRecord(at(24), CLOUD, "disconnect", "succeeded"))
    writer.record([Transition(at(24), CLOUD, Aspect.CLOUD, "RUNNING", "DISCONNECTED", by_user=True)])
    writer.record([Transition(at(20), CLOUD, Aspect.CLOUD, "DISCONNECTED", "RUNNING")])
    at(0)
    writer.seeing()
    writer.close()  # as the app does when it quits: the span ends at the last sight


@pytest.fixture
def history(tmp_path: Path) -> Path:
    week(tmp_path / FILE_NAME)
    return tmp_path


def test_periods_read_and_said_as_people_do() -> None:
    assert parse_since("24h") == 24 * HOUR
    assert parse_since("7d") == 7 * 24 * HOUR
    with pytest.raises(ValueError, match="is not a period"):
        parse_since("a week")
    assert [duration_words(ms) for ms in (12_000, 14 * 60_000, 3 * HOUR + 12 * 60_000, 50 * HOUR)] == [
        "12 s",
        "14 min",
        "3 h 12 min",
        "2 d 2 h",
    ]


def test_the_text_gives_uptime_the_users_own_choice_apart_and_each_incident(history: Path) -> None:
    out = io.StringIO()
    write_text(read_report(history / FILE_NAME, 7 * 24 * HOUR, now=NOW), out)
    text = out.getvalue()
    assert f"{URL}  Connected since" in text
    # 158 h watched (168 less the 10 h night), 4 h of it disconnected by the user, 2 h failed.
    assert (
        "Uptime 98.7 %: connected 6 d 8 h of 6 d 10 h watched (not counting 4 h you had it disconnected)"
        in text
    )
    assert "Failed" in text
    assert "for 2 h" in text
    assert "Clouds Connect failed." in text
    assert "Disconnected" in text
    assert "by you" in text
    assert "disconnect" in text
    assert "succeeded" in text


def test_a_failure_watched_until_the_period_ends_is_said_to_last_so_far(tmp_path: Path) -> None:
    db = open_for_writing(tmp_path / FILE_NAME).connection
    clock = [NOW - 10 * HOUR]
    writer = HistoryWriter(db, clock=lambda: clock[0], monotonic=lambda: clock[0] / 1000)
    writer.name_cloud(CLOUD, URL)
    writer.seeing()
    writer.record([Transition(clock[0], CLOUD, Aspect.CLOUD, None, "RUNNING")])
    clock[0] = NOW - 2 * HOUR
    writer.record([Transition(clock[0], CLOUD, Aspect.CLOUD, "RUNNING", "FAILED")])
    clock[0] = NOW
    writer.seeing()
    writer.close()

    def incident_line(now: int) -> str:
        out = io.StringIO()
        write_text(read_report(tmp_path / FILE_NAME, 24 * HOUR, now=now), out)
        (line,) = [line for line in out.getvalue().splitlines() if line.strip().startswith("Failed ")]
        return line

    assert incident_line(NOW).endswith("for 2 h so far")
    # An hour later nobody has watched since: how long it lasted is what was seen.
    assert incident_line(NOW + HOUR).endswith("for 2 h")


def test_json_and_csv_carry_the_same_figures(history: Path) -> None:
    report = read_report(history / FILE_NAME, 7 * 24 * HOUR, now=NOW)
    data = as_json(report)
    (cloud,) = data["clouds"]
    assert (cloud["url"], cloud["status"], cloud["watched_s"], cloud["disconnected_by_user_s"]) == (
        URL,
        "RUNNING",
        158 * 3600,
        4 * 3600,
    )
    assert [i["status"] for i in cloud["incidents"]] == ["disconnected", "failed"]
    assert [i["by_user"] for i in cloud["incidents"]] == [True, False]  # JSON's booleans, not 1 and 0
    assert json.loads(json.dumps(data))["clouds"][0]["incidents"][0]["by_user"] is True
    out = io.StringIO()
    write_csv(report, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [(r["kind"], r["status"]) for r in rows] == [
        ("incident", "disconnected"),
        ("incident", "failed"),
        ("operation", "disconnect succeeded"),
    ]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gui", *args], capture_output=True, text=True, timeout=60, check=False
    )


def test_the_command_reads_the_file_without_qt_and_without_the_app(history: Path) -> None:
    done = run_cli("--history", "--since", "30d", "--json", "--config-dir", str(history))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["clouds"][0]["url"] == URL
    probe = (
        "import sys, runpy; sys.argv = ['gui', '--history', '--config-dir', sys.argv[1]];"
        "import gui.__main__ as m; code = m.main(sys.argv[1:]);"
        "assert not any(n.startswith('PySide6') for n in sys.modules), 'Qt was loaded'; sys.exit(code)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(history)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr


def test_no_history_yet_and_a_wrong_period_are_said_in_words(tmp_path: Path) -> None:
    done = run_cli("--history", "--config-dir", str(tmp_path))
    assert (done.returncode, done.stdout) == (1, "")
    assert "No status history is kept yet" in done.stderr
    done = run_cli("--history", "--since", "forever")
    assert done.returncode == 2
    assert "'forever' is not a period" in done.stderr


def watched_now(path: Path, *, quit_after: bool = False, silent_for: int = 0) -> str:
    """A cloud watched for an hour by an app still running (or that quit, or was killed `silent_for` ms
    ago), read by another process at NOW."""
    db = open_for_writing(path).connection
    clock = [NOW - HOUR]
    writer = HistoryWriter(db, clock=lambda: clock[0], monotonic=lambda: clock[0] / 1000)
    writer.name_cloud(CLOUD, URL)
    writer.seeing()
    writer.record([Transition(clock[0], CLOUD, Aspect.CLOUD, None, "RUNNING")])
    clock[0] = NOW - 10_000 - silent_for  # the last heartbeat, ten seconds before the read
    writer.seeing()
    writer.keep_alive()
    if quit_after:
        writer.close()
    out = io.StringIO()
    write_text(read_report(path, 24 * HOUR, now=NOW), out)
    if not quit_after:
        db.close()  # as kill -9 leaves it: the span never ended
    return out.getvalue()


def test_read_while_the_app_runs_the_span_it_watches_reaches_now(tmp_path: Path) -> None:
    text = watched_now(tmp_path / FILE_NAME)
    assert f"{URL}  Connected since" in text
    assert "connected 1 h of 1 h watched" in text


def test_a_span_that_ended_or_whose_writer_fell_silent_is_not_claimed_up_to_now(tmp_path: Path) -> None:
    text = watched_now(tmp_path / "quit" / FILE_NAME, quit_after=True)
    # The status last seen in the same words as a status seen now, not as Pieces OS spells it.
    assert f"{URL}  Not watched now; last seen Connected since" in text
    assert "connected 59 min of 59 min watched" in text
    text = watched_now(tmp_path / "killed" / FILE_NAME, silent_for=5 * 60_000)
    assert f"{URL}  Not watched now" in text
    assert "connected 54 min of 54 min watched" in text


@pytest.mark.parametrize("as_format", ["--json", "--csv", "--since=30d"])
def test_a_reader_that_goes_away_ends_it_quietly(history: Path, as_format: str) -> None:
    """`--history | head -1`: the rest finds the pipe closed; no traceback, and no failure either."""
    process = subprocess.Popen(
        [sys.executable, "-m", "gui", "--history", as_format, "--config-dir", str(history)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    process.stdout.close()  # gone before the first line
    _, stderr = process.communicate(timeout=60)
    assert (process.returncode, stderr.decode()) == (0, "")
