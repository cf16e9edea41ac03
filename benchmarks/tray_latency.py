"""A state change in the emulator to the tray icon changing: over the live stream, and by polling.

The app runs with --tray on a private desktop (Xvfb, a D-Bus session and a stand-in
StatusNotifierWatcher, as the tray's end-to-end tests use): the icon is read as a tray host reads
it, the item's IconPixmap over D-Bus, until its bytes change.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from table import Row, emit, render

from gui.emulator import Emulator

HERE = Path(__file__).resolve().parent
DEFAULT_INTERVAL_MS = 5000.0  # the app's default refresh interval
POLL = 0.02


def tray_available() -> bool:
    """Whether this build has a tray icon yet: `python -m gui --tray` and the gui.tray package."""
    helped = subprocess.run(
        [sys.executable, "-m", "gui", "--help"], capture_output=True, text=True, timeout=60, check=False
    )
    return "--tray" in helped.stdout and importlib.util.find_spec("gui.tray") is not None


def stream_available() -> bool:
    """Whether this build follows Pieces OS's live stream (the app's source of pushed changes)."""
    return importlib.util.find_spec("gui.services.user_stream") is not None


def _wait(check: Callable[[], bool], seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            raise SystemExit("the tray did not come up in time")
        time.sleep(POLL)


def _differs(read: Callable[[], bytes], before: bytes) -> bool:
    return read() != before


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def _rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def tray_session(stream: bool, changes: int, idle_seconds: float) -> tuple[list[float], float, float]:
    """Milliseconds from each status change of the user's cloud to the icon the host reads changing,
    with the live stream up (or refused: then only polling notices); then the app's CPU share
    (% of a core) and RSS (MiB) while it sits in the tray for idle_seconds."""
    from tests.tray.session import private_desktop

    latencies: list[float] = []
    with (
        tempfile.TemporaryDirectory() as workdir,
        Emulator(port=0, allocations=4, seed=3, connect_delay=0.0) as emu,
        private_desktop("sni", Path(workdir), _wait) as desktop,
    ):
        emu.set_cloud_status(emu.user_id, "RUNNING")
        emu.streams.refuse(not stream)
        config = Path(workdir, "config")
        app = desktop.launch("-m", "gui", "--tray", "--base-url", emu.url, "--config-dir", str(config))
        _wait(lambda: bool(desktop.items()))
        if stream and not emu.streams.wait_for(1, timeout=30):
            raise SystemExit("the app did not open the live stream")
        icon = desktop.icon_bytes()
        # Settled: the first refresh has landed when the icon stops changing for a while.
        stable_since = time.monotonic()
        while time.monotonic() - stable_since < 1.0:
            time.sleep(0.1)
            now = desktop.icon_bytes()
            if now != icon:
                icon, stable_since = now, time.monotonic()
        phases = random.Random(7)
        for change in range(changes):
            # Anywhere in the poll cycle, as a real change comes: right after a poll it waits a
            # whole interval, right before one hardly at all.
            time.sleep(phases.uniform(0, DEFAULT_INTERVAL_MS / 1000))
            emu.set_cloud_status(emu.user_id, "FAILED" if change % 2 == 0 else "RUNNING")
            start = time.perf_counter()
            _wait(partial(_differs, desktop.icon_bytes, icon), DEFAULT_INTERVAL_MS / 1000 * 3)
            latencies.append((time.perf_counter() - start) * 1000)
            icon = desktop.icon_bytes()
        pid = app.process.pid
        cpu = _cpu_seconds(pid)
        time.sleep(idle_seconds)
        share = (_cpu_seconds(pid) - cpu) / idle_seconds * 100 if idle_seconds else 0.0
        rss = _rss_mib(pid)
    return latencies, share, rss


def rows(changes: int, idle_seconds: float) -> list[Row]:
    stream_label = "emulator change → tray icon, over the stream"
    polling_label = "emulator change → tray icon, by polling (5 s)"
    sys.path.insert(0, str(HERE.parent))
    from tests.tray.session import missing_tools

    missing = missing_tools()
    if not tray_available() or missing:
        note = "not available yet: no tray icon (gui.tray) in this build"
        if missing:
            note = f"not measured: needs {', '.join(missing)} (scripts/setup installs them)"
        return [
            Row("tray", stream_label, "ms", (), note=note),
            Row("tray", polling_label, "ms", (), note=note),
        ]
    out = []
    if stream_available():
        pushed, _, _ = tray_session(True, changes, 0.0)
        out.append(Row("tray", stream_label, "ms", tuple(pushed), target="< 1000 ms", limit=1000.0))
    else:
        note = "not available yet: no live stream in this build"
        out.append(Row("tray", stream_label, "ms", (), note=note))
    polled, share, rss = tray_session(False, changes, idle_seconds)
    limit = DEFAULT_INTERVAL_MS
    out.append(Row("tray", polling_label, "ms", tuple(polled), target="≤ 1 interval", limit=limit))
    span = f"{idle_seconds:.0f} s"
    label = f"CPU, in the tray (--tray, SNI host, polling), {span}"
    out.append(Row("tray", label, "% core", (share,), target="< 0.5 %", limit=0.5))
    out.append(Row("tray", f"RSS in the tray after {span}", "MiB", (rss,)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--changes", type=int, default=5, help="status changes to time")
    parser.add_argument("--idle-seconds", type=float, default=60.0, help="then idle in the tray this long")
    args = parser.parse_args()
    found = rows(args.changes, args.idle_seconds)
    for row in found:
        emit(row)
    print(render(found))


if __name__ == "__main__":
    main()
