"""A minimal tray app for the end-to-end tests: a StateStore, the real TrayIcon and a small poller of its own.

`python tray_app.py URL [--notices-off]` polls the Pieces OS at URL every 200 ms and shows the tray icon.
Each intent the tray sends is printed on stdout, one name a line, for the test to read.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from dataclasses import replace

import qasync
from PySide6.QtWidgets import QApplication

from gui.api import AllocationCloud, DiscoverySource, HealthState, PiecesClient, PiecesError
from gui.services.store import StateStore
from gui.state import Connection
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

    def quit(self) -> None:
        self._say("quit")
        self._stop.set()


async def poll(store: StateStore, client: PiecesClient) -> None:
    """What the app's refresh does, in short: health, version, user, allocations, by the store's rules."""
    while True:
        try:
            health = await client.health()
            connection = Connection(client.base_url, DiscoverySource.ARGUMENT, "", None, health)
            if health.state is HealthState.MIGRATING:
                store.migrating(connection)
            else:
                version = await client.version()
                store.connected(replace(connection, version=version))
                user = await client.current_user()
                store.loaded(user, (await client.snapshot()).iterable)
        except PiecesError as error:
            store.failed(error)
        await asyncio.sleep(0.2)


async def main(url: str, notices: bool) -> None:
    asyncio.set_event_loop(asyncio.get_running_loop())
    stop = asyncio.Event()
    if not tray_available():
        print("no tray", flush=True)
    store = StateStore()
    tray = TrayIcon(store, PrintedIntents(stop), lambda: notices)
    tray.show()
    client = PiecesClient(url)
    task = asyncio.create_task(poll(store, client))
    print("started", flush=True)
    await stop.wait()
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    await client.aclose()
    tray.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--notices-off", action="store_true")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Pieces Allocations")
    app.setQuitOnLastWindowClosed(False)
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        runner.run(main(args.url, not args.notices_off))
