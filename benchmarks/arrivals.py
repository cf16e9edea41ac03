"""An emulator in a process of its own that says when each GET /allocations reaches it.

    python benchmarks/arrivals.py N   (prints its URL, then "arrived T" per GET /allocations)

T is time.monotonic() in the server's process: CLOCK_MONOTONIC, one clock for every process of
the machine, so the side that spawned a program can take the program's start from it.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from types import TracebackType
from typing import Self

from gui.emulator import Emulator
from gui.emulator.recorder import RecordedRequest, RequestLog


class ArrivalLog(RequestLog):
    """The emulator's request log, which also prints the moment a GET /allocations is recorded."""

    def record(self, request: RecordedRequest) -> None:
        if request.method == "GET" and request.path.split("?")[0] == "/allocations":
            print(f"arrived {time.monotonic()!r}", flush=True)
        super().record(request)


class Arrivals:
    """The benchmark's side: start the server, read its URL, then wait for the next arrival."""

    def __init__(self, n: int) -> None:
        self._process = subprocess.Popen(
            [sys.executable, __file__, str(n)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self._process.stdout is not None
        self.url = self._process.stdout.readline().strip()
        if not self.url:
            raise SystemExit("the arrivals server did not start")

    def next_arrival(self, seconds: float = 60.0) -> float:
        """The monotonic time of the next GET /allocations (fails after `seconds` without one)."""
        assert self._process.stdout is not None
        timer = threading.Timer(seconds, self._process.kill)
        timer.start()
        try:
            line = self._process.stdout.readline()
        finally:
            timer.cancel()
        if not line.startswith("arrived "):
            raise SystemExit(f"no GET /allocations reached the server within {seconds:.0f} s")
        return float(line.split()[1])

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        assert self._process.stdin is not None
        self._process.stdin.close()  # the server ends when its stdin does
        self._process.wait(timeout=30)


def main() -> None:
    emulator = Emulator(port=0, allocations=int(sys.argv[1]), seed=0)
    emulator._requests = ArrivalLog()  # the log the server records each request in
    with emulator:
        print(emulator.url, flush=True)
        sys.stdin.read()


if __name__ == "__main__":
    main()
