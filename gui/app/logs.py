"""Where the app logs: stderr at the chosen level, and a small rotating file that a user can send us."""

from __future__ import annotations

import logging
import logging.handlers
from collections import deque
from pathlib import Path

from gui.desktop.places import data_dir

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_FILE_NAME = "pieces-allocations.log"


class RecentMessages(logging.Handler):
    """The last few warnings and errors, message only (no traceback): for Help → Copy diagnostics."""

    def __init__(self, size: int = 10) -> None:
        super().__init__(logging.WARNING)
        self._messages: deque[str] = deque(maxlen=size)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            first = record.getMessage().splitlines()[0] if record.getMessage() else ""
        except Exception:
            return
        stamp = self.formatter.formatTime(record, "%H:%M:%S") if self.formatter else ""
        self._messages.append(f"{stamp} {record.levelname} {first[:300]}".strip())

    def messages(self) -> list[str]:
        return list(self._messages)


# Kept by configure(); empty until then (and in tests that never configure the log).
recent = RecentMessages()


def log_dir(config_dir: Path | None) -> Path:
    """config_dir/logs with --config-dir, else the platform's per-user data folder for the app."""
    return data_dir(config_dir) / "logs"


def configure(level: str, directory: Path) -> Path | None:
    """Log to stderr at `level`, and at INFO or finer to a file in directory: its path, if writable."""
    file_level = min(logging.INFO, logging.getLevelName(level))
    root = logging.getLogger()
    # No finer than a handler wants: qasync logs each callback at DEBUG, and building records costs.
    root.setLevel(file_level)
    console = logging.StreamHandler()
    console.setLevel(level)
    console.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(console)
    recent.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(recent)
    # httpx and httpcore log every request (httpcore its headers too) at INFO and DEBUG: the app
    # logs what matters itself, and keeps what users send and receive out of its logs.
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    path = directory / _FILE_NAME
    try:
        directory.mkdir(parents=True, exist_ok=True)
        # Three files of 1 MiB: enough for days of a tray app's history, never a disk's worth.
        file = logging.handlers.RotatingFileHandler(path, maxBytes=1 << 20, backupCount=2, encoding="utf-8")
    except OSError as exc:
        logging.getLogger(__name__).warning("Not logging to a file: %s", exc)
        return None
    file.setLevel(file_level)
    file.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(file)
    return path


def close() -> None:
    """Flush and close every handler (the file's above all) before the app exits."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler is not recent:
            handler.close()
        root.removeHandler(handler)
