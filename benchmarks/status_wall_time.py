"""Wall time of `pieces-allocations --status` in a fresh process, beside Python's own start and --version."""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time

from gui.emulator import Emulator


def wall(command: list[str], runs: int) -> list[float]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "PIECES_OS_URL")}
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    where = f"Python {platform.python_version()} on {platform.machine()}"
    print(f"{where}, {args.runs} runs each, median (min-max)")
    with Emulator(port=0, allocations=4, seed=0) as emulator, tempfile.TemporaryDirectory() as config:
        app = [sys.executable, "-m", "gui"]
        status = [*app, "--status", "--base-url", emulator.url, "--config-dir", config]
        cases = {
            "python -c pass (baseline)": [sys.executable, "-c", "pass"],
            "--version (no Qt)": [*app, "--version"],
            "--status": status,
            "--status --json": [*status, "--json"],
        }
        results = {name: wall(command, args.runs) for name, command in cases.items()}
    base = statistics.median(results["--version (no Qt)"])
    for name, times in results.items():
        median = statistics.median(times)
        print(
            f"{name:<28} {median * 1000:6.0f} ms ({min(times) * 1000:.0f}-{max(times) * 1000:.0f})"
            f"  x{median / base:.2f} of --version"
        )


if __name__ == "__main__":
    main()
