"""An emulator in a process of its own, reseeded on request: it shares no GIL with what is timed.

python benchmarks/emulator_process.py N SEED   (prints its URL; then "seed S" on stdin reseeds)
"""

from __future__ import annotations

import http.client
import subprocess
import sys
from types import TracebackType
from typing import Self

from gui.emulator import Emulator


def serialized(emulator: Emulator) -> None:
    """Have the emulator encode its answer now, so that the timed GET pays for neither change nor encoding
    (nor, for an emulator in the timed process, holds the GIL while encoding 10,000 allocations)."""
    connection = http.client.HTTPConnection("127.0.0.1", emulator.port, timeout=60)
    try:
        connection.request("GET", "/allocations")
        connection.getresponse().read()
    finally:
        connection.close()


class RemoteEmulator:
    """The client side: start the process, read its URL, reseed it between reads."""

    def __init__(self, n: int, seed: int) -> None:
        self._process = subprocess.Popen(
            [sys.executable, __file__, str(n), str(seed)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._process.stdout is not None
        self.url = self._process.stdout.readline().strip()
        if not self.url:
            raise SystemExit("the emulator process did not start")

    def reseed(self, seed: int) -> None:
        """Every allocation new (ids included), encoded and ready to serve when this returns."""
        assert self._process.stdin is not None
        assert self._process.stdout is not None
        self._process.stdin.write(f"seed {seed}\n")
        self._process.stdin.flush()
        if self._process.stdout.readline().strip() != "ok":
            raise SystemExit("the emulator process did not reseed")

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        assert self._process.stdin is not None
        self._process.stdin.close()
        self._process.wait(timeout=30)


def main() -> None:
    n, seed = int(sys.argv[1]), int(sys.argv[2])
    with Emulator(port=0, allocations=n, seed=seed, connect_delay=0.0) as emu:
        serialized(emu)
        print(emu.url, flush=True)
        for line in sys.stdin:
            command, _, argument = line.partition(" ")
            if command == "seed":
                emu.set_allocations(n, int(argument))
                serialized(emu)
                print("ok", flush=True)


if __name__ == "__main__":
    main()
