"""The history's costs: recording a change, an unchanged refresh, a year on disk, a month painted."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication
from table import Row, emit, render

from gui.api import AllocationCloud
from gui.emulator import Emulator
from gui.history.database import FILE_NAME, open_for_writing
from gui.history.recorder import HistoryRecorder, last_statuses
from gui.history.records import PIECES_OS, Aspect, Transition
from gui.history.writer import HistoryWriter, wall_ms
from gui.services.history import HistoryService
from gui.services.store import StateStore
from gui.state import AppState, Phase
from gui.views.history_panel import PERIODS, HistoryPanel

MIN = 60_000
YEAR = 365 * 24 * 60 * MIN
CLOUD = "3f6c2a1e-8b4d-4e2a-9c7f-1d5e8a0b6c24"


def _cloud(status: str, n: int = 0) -> AllocationCloud:
    cid = CLOUD if n == 0 else f"cloud-{n:03d}"
    return AllocationCloud.model_validate(
        {
            "id": cid,
            "project": "pieces-user-clouds",
            "status": {"cloud": status},
            "urls": {
                "base": {"status": "RUNNING", "url": f"https://user-{cid}.a.run.app"},
                "id": {"status": "RUNNING", "url": f"https://{cid}.pieces.cloud"},
            },
            "user": cid,
        }
    )


def recording(samples: int) -> tuple[list[float], list[float]]:
    """ms per observed state: with one cloud's status changed, and unchanged (which must write nothing)."""
    with tempfile.TemporaryDirectory() as folder:
        db = open_for_writing(Path(folder) / FILE_NAME).connection
        writer = HistoryWriter(db)
        recorder = HistoryRecorder(writer, last_statuses(db))
        others = tuple(_cloud("RUNNING", n) for n in range(1, 10))
        changed, unchanged = [], []
        for i in range(samples):
            state = AppState(
                phase=Phase.LOADED, allocations=(_cloud("FAILED" if i % 2 else "RUNNING"), *others)
            )
            started = time.perf_counter()
            recorder.observe(state)
            changed.append((time.perf_counter() - started) * 1000)
            before = db.total_changes
            started = time.perf_counter()
            recorder.observe(state)
            unchanged.append((time.perf_counter() - started) * 1000)
            written = db.total_changes - before
            assert written == 0, f"an unchanged refresh wrote {written} rows"
        writer.close()
    return changed, unchanged


def a_year(path: Path) -> int:
    """A cloud flapping every 10 minutes for a year, watched ten hours a day; returns the changes written."""
    db = open_for_writing(path).connection
    end = wall_ms()
    start = end - YEAR
    writer = HistoryWriter(db, clock=lambda: start)
    writer.name_cloud(CLOUD, "https://chen.pieces.cloud")
    day = 24 * 60 * MIN
    db.execute("BEGIN")
    db.executemany(
        "INSERT INTO spans (started, ended) VALUES (?, ?)",
        [(start + d * day + 8 * 60 * MIN, start + d * day + 18 * 60 * MIN) for d in range(365)],
    )
    db.execute("COMMIT")
    rows = [Transition(start, PIECES_OS, Aspect.PIECES_OS, None, "ok")]
    status = "RUNNING"
    for at in range(start, end, 10 * MIN):
        new = "FAILED" if status == "RUNNING" else "RUNNING"
        rows.append(
            Transition(
                at,
                CLOUD,
                Aspect.CLOUD,
                status,
                new,
                detail="Clouds Connect failed." if new == "FAILED" else None,
            )
        )
        status = new
    writer.record(rows)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return len(rows)


def month_painted(path: Path, repeat: int) -> list[float]:
    """ms to read a month of the year's file, compute the strip and figures, and paint the panel."""
    app = QApplication.instance() or QApplication([])
    service = HistoryService(StateStore(), path)
    service.start()
    panel = HistoryPanel(service)
    panel.resize(420, 220)
    panel.show()
    app.processEvents()
    panel.show_cloud(CLOUD)
    times = []
    for _ in range(repeat):
        panel.show_period(PERIODS[0])
        panel.repaint()
        started = time.perf_counter()
        panel.show_period(PERIODS[2])  # the user picks "30 days"
        panel.repaint()
        times.append((time.perf_counter() - started) * 1000)
    service.stop()
    panel.deleteLater()
    return times


def wall(command: list[str], runs: int) -> list[float]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "PIECES_OS_URL")}
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--rows", action="store_true", help="print rows for benchmarks/run only")
    args = parser.parse_args()
    rows: list[Row] = []
    changed, unchanged = recording(200)
    rows.append(
        Row(
            "history",
            "record one changed refresh (10 clouds)",
            "ms",
            tuple(changed),
            target="≤ 1 ms",
            limit=1.0,
        )
    )
    rows.append(Row("history", "an unchanged refresh (10 clouds)", "ms", tuple(unchanged)))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / FILE_NAME
        count = a_year(path)
        size = path.stat().st_size / 1024 / 1024
        rows.append(
            Row(
                "history",
                f"a year flapping every 10 min ({count:,} changes): file",
                "MiB",
                (size,),
                target="≤ 10 MB",
                limit=10 / 1.048576,
            )
        )
        rows.append(
            Row(
                "history",
                "30 days of that year: read, computed, painted",
                "ms",
                tuple(month_painted(path, args.repeat)),
                target="≤ 16 ms",
                limit=16.0,
            )
        )
        with Emulator(port=0, allocations=4, seed=0) as emulator:
            app = [sys.executable, "-m", "gui"]
            status = wall([*app, "--status", "--base-url", emulator.url, "--config-dir", folder], args.repeat)
            history = wall([*app, "--history", "--since", "30d", "--config-dir", folder], args.repeat)
        rows.append(
            Row(
                "history",
                "--history --since 30d over that year",
                "ms",
                tuple(history),
                baseline_label="--status, same Pieces OS",
                baseline=tuple(status),
                target="≤ --status + 100 ms",
                limit=statistics.median(status) + 100,
            )
        )
    if args.rows:
        for row in rows:
            emit(row)
    else:
        print(render(rows))


if __name__ == "__main__":
    main()
