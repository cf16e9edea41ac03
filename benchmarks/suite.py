"""Every benchmark, each in its own process, and one table of figures and ratios (benchmarks/run)."""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from importlib.metadata import version
from pathlib import Path

from table import Row, parse, render

HERE = Path(__file__).resolve().parent


def collect(script: str, *args: str) -> list[Row]:
    """Run one benchmark script and gather the rows it prints; its other output is passed on to stderr."""
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, str(HERE / script), *args], capture_output=True, text=True, check=False
    )
    rows = [row for line in done.stdout.splitlines() if (row := parse(line)) is not None]
    took = time.monotonic() - started
    print(f"{script} {' '.join(args)}: {len(rows)} rows in {took:.0f} s", file=sys.stderr)
    if done.returncode != 0:
        sys.stderr.write(done.stderr[-3000:])
        raise SystemExit(f"{script} failed (exit {done.returncode})")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="idle for 10 s, not 60, and fewer repetitions")
    args = parser.parse_args()
    idle = "10" if args.quick else "60"
    startups = "3" if args.quick else "5"
    rows: list[Row] = []
    rows += collect("snapshot_vs_sdk.py", "--rows", *(["--repeat", "3"] if args.quick else []))
    rows += collect("processes.py", "--rows", "--only", "startup", "--repeat", startups)
    rows += collect("lean.py", "--rows", "--only", "start", "--repeat", "5" if args.quick else "9")
    rows += collect("ui_stall.py", "--rows", "--sizes", "100,10000", "--repeat", "3" if args.quick else "5")
    rows += collect("discovery.py")
    rows += collect("emulator_serving.py", "--repeat", "3" if args.quick else "5")
    rows += collect("processes.py", "--rows", "--only", "idle", "--idle-seconds", idle)
    rows += collect("lean.py", "--rows", "--only", "window", "--idle-seconds", idle)
    rows += collect("lean.py", "--rows", "--only", "tray", "--idle-seconds", idle)
    rows += collect("tray_latency.py", "--idle-seconds", idle)
    rows += collect("history.py", "--rows", "--repeat", "3" if args.quick else "7")
    print(
        f"Python {platform.python_version()}, PySide6 {version('PySide6-Essentials')}, "
        f"pydantic {version('pydantic')}, httpx {version('httpx')}, "
        f"pieces_os_client {version('pieces_os_client')}, {platform.system()} {platform.machine()}, "
        f"{len(os.sched_getaffinity(0))} usable CPUs, load average {os.getloadavg()[0]:.1f}"
    )
    print("Wall times; each ratio is ours / the baseline's median, both measured in this run.")
    print(render(rows))


if __name__ == "__main__":
    main()
