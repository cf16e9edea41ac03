"""A state change in the emulator to the tray icon changing: over the live stream, and by polling.

The app runs with --tray on a private desktop (Xvfb, a D-Bus session and a stand-in
StatusNotifierWatcher, as the tray's end-to-end tests use): the icon is read as a tray host reads
it, the item's IconPixmap over D-Bus, until its bytes change.
"""

from __future__ import annotations

import argparse
import importlib.util
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
    return importlib.util.find_spec("gui.services.user_stream") is not None


def _wait(check: Callable[[], bool], seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            raise SystemExit("the tray did not come up in time")
        time.sleep(POLL)


def _differs(read: Callable[[], bytes], before: bytes) -> bool:
    return read() != before


def polling_latencies(changes: int) -> list[float]:
    """Milliseconds from each status change of the user's cloud to the icon the host reads changing."""
    sys.path.insert(0, str(HERE.parent))
    from tests.tray.session import missing_tools, private_desktop

    missing = missing_tools()
    if missing:
        raise SystemExit(f"needs {', '.join(missing)}: run scripts/setup")
    latencies: list[float] = []
    with (
        tempfile.TemporaryDirectory() as workdir,
        Emulator(port=0, allocations=4, seed=3, connect_delay=0.0) as emu,
        private_desktop("sni", Path(workdir), _wait) as desktop,
    ):
        emu.set_cloud_status(emu.user_id, "RUNNING")
        config = Path(workdir, "config")
        desktop.launch("-m", "gui", "--tray", "--base-url", emu.url, "--config-dir", str(config))
        _wait(lambda: bool(desktop.items()))
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
    return latencies


def rows(changes: int) -> list[Row]:
    stream_label = "emulator change → tray icon, over the stream"
    polling_label = "emulator change → tray icon, by polling (5 s)"
    if not tray_available():
        note = "not available yet: no tray icon (gui.tray) in this build"
        return [
            Row("tray latency", stream_label, "ms", (), note=note),
            Row("tray latency", polling_label, "ms", (), note=note),
        ]
    if stream_available():
        note = "the live stream is in this build, its row is not written yet"
    else:
        note = "not available yet: no live stream in this build"
    out = [Row("tray latency", stream_label, "ms", (), note=note)]
    out.append(
        Row(
            "tray latency",
            polling_label,
            "ms",
            tuple(polling_latencies(changes)),
            target="≤ 1 interval",
            limit=DEFAULT_INTERVAL_MS,
        )
    )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--changes", type=int, default=5, help="status changes to time")
    args = parser.parse_args()
    found = rows(args.changes)
    for row in found:
        emit(row)
    print(render(found))


if __name__ == "__main__":
    main()
