"""Start-up to the first allocation painted, and the idle cost, of the app beside the bare baseline."""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from lean import wait_until
from table import Row, emit, render

from gui.emulator import Emulator

HERE = Path(__file__).resolve().parent
PAINTED = str(HERE / "painted.py")
BARE = str(HERE / "bare_app.py")
ALLOCATIONS = 100
_TICK = os.sysconf("SC_CLK_TCK")


def app_command(url: str, config_dir: str) -> list[str]:
    return ["-m", "gui", "--base-url", url, "--config-dir", config_dir]


def spawn(args: Sequence[str], env: Mapping[str, str] | None = None) -> subprocess.Popen[str]:
    """`painted.py ARGS`, offscreen unless given a desktop's environment."""
    env = env or {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, PAINTED, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )


def wait_for(process: subprocess.Popen[str], word: str, seconds: float = 60.0) -> None:
    """Read the process's lines until one starts with word (or fail: it died or took too long)."""
    assert process.stdout is not None
    timer = threading.Timer(seconds, process.kill)
    timer.start()
    try:
        for line in process.stdout:
            if line.startswith(word):
                return
    finally:
        timer.cancel()
    raise SystemExit(f"{process.args!r} ended before saying {word!r}")


def time_to_paint(args: Sequence[str]) -> float:
    """Seconds from spawning the process to its first table row painted."""
    start = time.perf_counter()
    process = spawn(args)
    try:
        wait_for(process, "painted")
        return time.perf_counter() - start
    finally:
        process.kill()
        process.wait()


def startup_rows(url: str, repeat: int) -> list[Row]:
    app: list[float] = []
    bare: list[float] = []
    with tempfile.TemporaryDirectory() as config:
        time_to_paint(app_command(url, config))  # warm the file cache for both, untimed
        time_to_paint([BARE, url])
        for i in range(repeat):
            # Alternated, so a busy moment on the machine falls on both sides alike.
            for side in ("app", "bare") if i % 2 == 0 else ("bare", "app"):
                if side == "app":
                    app.append(time_to_paint(app_command(url, config)) * 1000)
                else:
                    bare.append(time_to_paint([BARE, url]) * 1000)
    return [
        Row(
            "start-up",
            f"process start → first of {ALLOCATIONS} rows painted",
            "ms",
            tuple(app),
            "bare PySide6+qasync+httpx+pydantic script",
            tuple(bare),
            "≤ 1.3x bare",
            1.3,
            True,
        )
    ]


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / _TICK  # utime + stime


def _rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Idler:
    """A process brought to its first painted row (and hidden, if asked), then measured while idle."""

    def __init__(self, args: Sequence[str], hide: bool = False, env: Mapping[str, str] | None = None) -> None:
        self.process = spawn(["--hide" if hide else "--stay", *args], env)
        wait_for(self.process, "hidden" if hide else "painted")
        self.widget_timers = 0
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.cpu0 = 0.0

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.startswith("widget-timers"):
                self.widget_timers = int(line.split()[1])

    def begin(self) -> None:
        self.cpu0 = _cpu_seconds(self.process.pid)

    def end(self, seconds: float) -> tuple[float, float]:
        """CPU share in % of one core over the idle period, and RSS in MiB at its end."""
        share = (_cpu_seconds(self.process.pid) - self.cpu0) / seconds * 100
        rss = _rss_mib(self.process.pid)
        self.process.kill()
        self.process.wait()
        return share, rss


@contextlib.contextmanager
def tray_desktop() -> Iterator[Mapping[str, str] | None]:
    """The environment of a private desktop with a StatusNotifierItem host (None without its tools).

    A hidden window is one in the tray: with no tray host, the app rightly shows its window again
    once the host's wait is over, as it would otherwise be out of reach.
    """
    sys.path.insert(0, str(HERE.parent))
    from tests.tray.session import missing_tools, private_desktop

    if missing_tools():
        yield None
        return
    with (
        tempfile.TemporaryDirectory() as workdir,
        private_desktop("sni", Path(workdir), wait_until) as desktop,
    ):
        yield desktop.app_env()


def idle_rows(url: str, seconds: float, settle: float = 3.0) -> list[Row]:
    """The app shown, the app hidden (in the tray) and the bare script, side by side for the same seconds."""
    with (
        tempfile.TemporaryDirectory() as shown_dir,
        tempfile.TemporaryDirectory() as hidden_dir,
        tray_desktop() as desktop,
    ):
        shown = Idler(app_command(url, shown_dir))
        hidden = Idler(app_command(url, hidden_dir), hide=True, env=desktop)
        bare = Idler([BARE, url])
        time.sleep(settle)  # past start-up: the first refreshes and layouts are not idling
        for idler in (shown, hidden, bare):
            idler.begin()
        time.sleep(seconds)
        (shown_cpu, shown_rss), (hidden_cpu, hidden_rss), (bare_cpu, bare_rss) = (
            idler.end(seconds) for idler in (shown, hidden, bare)
        )
    span = f"{seconds:.0f} s"
    return [
        Row(
            "idle",
            f"CPU, window shown, {span} at the default interval",
            "% core",
            (shown_cpu,),
            "bare script, idle",
            (bare_cpu,),
            "< 0.5 %",
            0.5,
            False,
        ),
        Row(
            "idle",
            f"CPU, window hidden, {span}",
            "% core",
            (hidden_cpu,),
            "bare script, idle",
            (bare_cpu,),
            "< 0.5 %",
            0.5,
            False,
        ),
        Row(
            "idle",
            "widget timer ticks while hidden",
            "ticks",
            (float(hidden.widget_timers),),
            "",
            (),
            "0",
            0.0,
            False,
        ),
        Row(
            "idle",
            f"RSS after {span}, window shown",
            "MiB",
            (shown_rss,),
            "bare script",
            (bare_rss,),
            "≤ 1.25x bare",
            1.25,
            True,
        ),
        Row(
            "idle",
            f"RSS after {span}, window hidden",
            "MiB",
            (hidden_rss,),
            "bare script",
            (bare_rss,),
            "≤ 1.25x bare",
            1.25,
            True,
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5, help="start-ups per side")
    parser.add_argument("--idle-seconds", type=float, default=60.0)
    parser.add_argument("--only", choices=["startup", "idle"], help="one of the two")
    parser.add_argument("--rows", action="store_true", help="print rows for benchmarks/run, not a table")
    args = parser.parse_args()
    # The emulator runs in its own process: in this one it would share the GIL with the timing.
    server = subprocess.Popen(
        [sys.executable, "-m", "gui.emulator", "--allocations", str(ALLOCATIONS)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        url = server.stdout.readline().strip()
        found: list[Row] = []
        if args.only in (None, "startup"):
            found += startup_rows(url, args.repeat)
        if args.only in (None, "idle"):
            found += idle_rows(url, args.idle_seconds)
    finally:
        server.terminate()
        server.wait()
    for row in found:
        emit(row)
    if not args.rows:
        print(render(found))


_ = Emulator  # the server is `python -m gui.emulator`; imported here only so a broken emulator fails early

if __name__ == "__main__":
    main()
