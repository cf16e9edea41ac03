"""The app's start-up and resident cost beside the lean floors, each pair measured in the same run.

The floors are the least any app on this stack can be: benchmarks/lean_bare.py (the four
libraries, a window with an empty table, one GET) and benchmarks/tray_floor.py (the four
libraries, a tray icon with a menu, a GET every 5 s).

- start: process start to the first GET /allocations reaching the server, bytecode compiled;
- window: RSS after the idle span with the window shown (offscreen), beside lean_bare.py;
- tray: on a private desktop with a StatusNotifierItem host, `--tray` with the live stream up
  beside tray_floor.py: RSS after 30 s, then CPU and context switches over the idle span.
"""

from __future__ import annotations

import argparse
import compileall
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from arrivals import Arrivals
from table import Row, emit, render

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LEAN_BARE = str(HERE / "lean_bare.py")
BARE_APP = str(HERE / "bare_app.py")
TRAY_FLOOR = str(HERE / "tray_floor.py")
ALLOCATIONS = 100
TRAY_RSS_AFTER = 30.0
_TICK = os.sysconf("SC_CLK_TCK")


def app_args(url: str, config_dir: str, *more: str) -> list[str]:
    return ["-m", "gui", *more, "--base-url", url, "--config-dir", config_dir]


def offscreen(args: Sequence[str]) -> subprocess.Popen[bytes]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT
    )


def stop(process: subprocess.Popen[bytes]) -> None:
    process.kill()
    process.wait()


def time_to_get(server: Arrivals, args: Sequence[str]) -> float:
    """Milliseconds from spawning `python ARGS` to its first GET /allocations reaching the server."""
    start = time.monotonic()
    process = offscreen(args)
    try:
        return (server.next_arrival() - start) * 1000
    finally:
        stop(process)


def start_rows(repeat: int) -> list[Row]:
    compileall.compile_dir(ROOT / "gui", quiet=1)
    app: list[float] = []
    bare: list[float] = []
    with Arrivals(ALLOCATIONS) as server, tempfile.TemporaryDirectory() as config:
        time_to_get(server, app_args(server.url, config))  # untimed: file cache warm, first-run files made
        time_to_get(server, [LEAN_BARE, server.url])
        for i in range(repeat):
            # Alternated, so that a busy moment on the machine falls on both sides alike.
            for side in ("app", "bare") if i % 2 == 0 else ("bare", "app"):
                if side == "app":
                    app.append(time_to_get(server, app_args(server.url, config)))
                else:
                    bare.append(time_to_get(server, [LEAN_BARE, server.url]))
    label = "process start → first GET /allocations reaches the server"
    return [Row("lean", label, "ms", tuple(app), "lean bare", tuple(bare), "≤ 1.15x", 1.15, True)]


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / _TICK  # utime + stime, every thread


def context_switches(pid: int) -> int:
    """Voluntary and involuntary context switches of every thread: each is a wake-up or a preemption."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            text = (task / "status").read_text()
        except OSError:
            continue  # a thread that ended meanwhile
        for line in text.splitlines():
            name, _, value = line.partition(":")
            if name.endswith("ctxt_switches"):
                total += int(value)
    return total


def window_rows(idle_seconds: float) -> list[Row]:
    """The app's RSS beside the floor's; and beside it too, bare_app.py's: the floor, rows and all.

    bare_app.py validates the same answer with pydantic and shows its rows: what the floor holds
    once it does what the window is for, with nothing else of the app.
    """
    with Arrivals(ALLOCATIONS) as server, tempfile.TemporaryDirectory() as config:
        app = offscreen(app_args(server.url, config))
        bare = offscreen([LEAN_BARE, server.url])
        with_rows = offscreen([BARE_APP, server.url])
        try:
            for _ in range(3):
                server.next_arrival()
            time.sleep(idle_seconds)
            app_rss, bare_rss, with_rows_rss = rss_mib(app.pid), rss_mib(bare.pid), rss_mib(with_rows.pid)
        finally:
            stop(app)
            stop(bare)
            stop(with_rows)
    label = f"RSS after {idle_seconds:.0f} s, window shown"
    rows_label = f"RSS after {idle_seconds:.0f} s: bare_app.py, {ALLOCATIONS} rows validated and shown"
    return [
        Row("lean", label, "MiB", (app_rss,), "lean bare", (bare_rss,), "≤ 1.10x", 1.10, True),
        Row("lean", rows_label, "MiB", (with_rows_rss,), "lean bare", (bare_rss,)),
    ]


def wait_until(check: Callable[[], bool], seconds: float = 30.0) -> None:
    """Poll check() until it holds; give up after `seconds`, as the tray did not come up."""
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            raise SystemExit("the tray did not come up in time")
        time.sleep(0.05)


def tray_rows(idle_seconds: float) -> list[Row]:
    sys.path.insert(0, str(ROOT))
    from gui.emulator import Emulator
    from tests.tray.session import missing_tools, private_desktop

    rss_label = f"RSS after {TRAY_RSS_AFTER:.0f} s with --tray (SNI host)"
    cpu_label = f"CPU with --tray, stream up, {idle_seconds:.0f} s"
    wake_label = f"context switches with --tray, stream up, {idle_seconds:.0f} s"
    missing = missing_tools()
    if missing:
        note = f"not measured: needs {', '.join(missing)} (scripts/setup installs them)"
        return [Row("lean", label, "", (), note=note) for label in (rss_label, cpu_label, wake_label)]
    with (
        tempfile.TemporaryDirectory() as workdir,
        Emulator(port=0, allocations=4, seed=3) as emu,
        private_desktop("sni", Path(workdir), wait_until) as desktop,
    ):
        config = str(Path(workdir, "config"))
        started = time.monotonic()
        app = desktop.launch(*app_args(emu.url, config, "--tray"))
        floor = desktop.launch(TRAY_FLOOR, emu.url)
        wait_until(lambda: len(desktop.items()) == 2)
        if not emu.streams.wait_for(1, timeout=30):
            raise SystemExit("the app did not open the live stream")
        pids = (app.process.pid, floor.process.pid)
        time.sleep(max(0.0, started + TRAY_RSS_AFTER - time.monotonic()))
        app_rss, floor_rss = (rss_mib(pid) for pid in pids)
        cpu0 = [cpu_seconds(pid) for pid in pids]
        switches0 = [context_switches(pid) for pid in pids]
        time.sleep(idle_seconds)
        app_cpu, floor_cpu = (
            (cpu_seconds(pid) - c) / idle_seconds * 100 for pid, c in zip(pids, cpu0, strict=True)
        )
        app_wake, floor_wake = (
            (context_switches(pid) - s) / idle_seconds for pid, s in zip(pids, switches0, strict=True)
        )
    return [
        Row("lean", rss_label, "MiB", (app_rss,), "tray floor", (floor_rss,), "≤ 1.10x", 1.10, True),
        Row("lean", cpu_label, "% core", (app_cpu,), "tray floor", (floor_cpu,), "< 0.5 %", 0.5),
        Row("lean", wake_label, "/s", (app_wake,), "tray floor", (floor_wake,), "≤ 1x tray floor", 1.0, True),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7, help="start-ups per side")
    parser.add_argument("--idle-seconds", type=float, default=60.0)
    parser.add_argument("--only", choices=["start", "window", "tray"], help="one of the three")
    parser.add_argument("--rows", action="store_true", help="print rows for benchmarks/run, not a table")
    args = parser.parse_args()
    found: list[Row] = []
    if args.only in (None, "start"):
        found += start_rows(args.repeat)
    if args.only in (None, "window"):
        found += window_rows(args.idle_seconds)
    if args.only in (None, "tray"):
        found += tray_rows(args.idle_seconds)
    if args.rows:
        for row in found:
            emit(row)
    else:
        print(render(found))


if __name__ == "__main__":
    main()
