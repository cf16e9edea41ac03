"""A small tray app for the end-to-end tests: the app's store, connection and Poller, and the real TrayIcon.

`python tray_app.py URL [--notices-off] [--history FILE]` reads the Pieces OS at URL every 200 ms and shows
the tray icon; with --history it records into FILE, and the tooltip says how long each cloud held its status.
Each intent the tray sends is printed on stdout, one name a line, for the test to read.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

import qasync
from PySide6.QtWidgets import QApplication

from gui.api import AllocationCloud, Discovered, DiscoverySource
from gui.desktop import translations
from gui.services.connection import Discoverer, PiecesConnection
from gui.services.history import HistoryService
from gui.services.poller import Poller
from gui.services.store import StateStore
from gui.services.tasks import TaskRegistry
from gui.tray import TrayIcon, tray_available


class PrintedIntents:
    def __init__(self, stop: asyncio.Event) -> None:
        self._stop = stop

    def _say(self, *words: str) -> None:
        print(" ".join(words), flush=True)

    def show_window(self) -> None:
        self._say("show_window")

    def refresh(self) -> None:
        self._say("refresh")

    def connect(self) -> None:
        self._say("connect")

    def reconnect(self, cloud: AllocationCloud) -> None:
        self._say("reconnect", cloud.id)

    def disconnect(self, cloud: AllocationCloud) -> None:
        self._say("disconnect", cloud.id)

    def open_url(self, url: str) -> None:
        self._say("open_url", url)

    def open_settings(self) -> None:
        self._say("open_settings")

    def show_history(self) -> None:
        self._say("show_history")

    def quit(self) -> None:
        self._say("quit")
        self._stop.set()


def at(url: str) -> Discoverer:
    async def find() -> Discovered:
        return Discovered(url, DiscoverySource.ARGUMENT, "given on the command line")

    return find


async def main(url: str, notices: bool, history_file: Path | None = None) -> None:
    asyncio.set_event_loop(asyncio.get_running_loop())
    stop = asyncio.Event()
    if not tray_available():
        print("no tray", flush=True)
    store = StateStore()
    history = None if history_file is None else HistoryService(store, history_file)
    if history is not None:
        history.start()
    since = None if history is None else history.held_since
    tray = TrayIcon(store, PrintedIntents(stop), lambda: notices, since=since)
    tray.show()
    tasks = TaskRegistry()
    connection = PiecesConnection(store, at(url))
    # The app's refresh, read often so that a test sees a change within a few hundred milliseconds.
    poller = Poller(store, connection, tasks, interval=0.2, max_backoff=1.0)
    poller.start()
    print("started", flush=True)
    await stop.wait()
    poller.stop()
    await tasks.cancel_all()
    await connection.aclose()
    tray.close()
    if history is not None:
        history.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--notices-off", action="store_true")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--history", type=Path, default=None, metavar="FILE")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Pieces Allocations")
    app.setQuitOnLastWindowClosed(False)
    translations.install(args.lang, None, [])
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        runner.run(main(args.url, not args.notices_off, args.history))
