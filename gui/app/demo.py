"""DemoPiecesOS: the built-in emulator, started on demand, so a newcomer without Pieces OS sees the app."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from gui.api import Discovered, DiscoverySource

if TYPE_CHECKING:
    from gui.emulator import Emulator


class DemoPiecesOS:
    """A Pieces OS emulator on 127.0.0.1 with a few realistic allocations and a signed-in user."""

    def __init__(self, allocations: int = 4, seed: int = 42, connect_delay: float = 4.0) -> None:
        self._allocations = allocations
        self._seed = seed
        self._connect_delay = connect_delay
        self._emulator: Emulator | None = None
        self._settler: threading.Timer | None = None

    @property
    def running(self) -> bool:
        return self._emulator is not None

    def start(self) -> str:
        """Start it once and return its address."""
        if self._emulator is None:
            # Imported on first use: most runs never start the demo.
            from gui.emulator import Emulator

            emulator = Emulator(
                port=0, allocations=self._allocations, seed=self._seed, connect_delay=self._connect_delay
            )
            emulator.start()
            self._emulator = emulator
            # The sample cloud that is "Connecting" finishes a few seconds in, as a real connect
            # would: a newcomer sees the window follow a change without touching anything.
            self._settler = threading.Timer(self._connect_delay, emulator.settle_seeded_pending)
            self._settler.daemon = True
            self._settler.start()
        return self._emulator.url

    async def discover(self) -> Discovered:
        """A discoverer for the refresh service: always the demo."""
        source = DiscoverySource.DEMO
        return Discovered(self.start(), source, source.words)

    def stop(self) -> None:
        if self._settler is not None:
            self._settler.cancel()
            self._settler = None
        if self._emulator is not None:
            self._emulator.stop()
            self._emulator = None
