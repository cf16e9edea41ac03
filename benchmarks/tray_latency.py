"""A state change in the emulator to the tray icon changing: over the live stream, and by polling."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

from table import Row, emit, render


def tray_available() -> bool:
    """Whether this build has a tray icon yet: `python -m gui --tray` and the gui.tray package."""
    helped = subprocess.run(
        [sys.executable, "-m", "gui", "--help"], capture_output=True, text=True, timeout=60, check=False
    )
    return "--tray" in helped.stdout and importlib.util.find_spec("gui.tray") is not None


def rows() -> list[Row]:
    if not tray_available():
        note = "not available yet: no tray icon (gui.tray) in this build"
        return [
            Row("tray latency", "emulator change → tray icon, over the stream", "ms", (), note=note),
            Row("tray latency", "emulator change → tray icon, by polling", "ms", (), note=note),
        ]
    raise SystemExit("the tray exists: its latency benchmark is still to be written")


def main() -> None:
    found = rows()
    for row in found:
        emit(row)
    print(render(found))


if __name__ == "__main__":
    main()
