"""Fixtures of the emulator tests: a started emulator with instant connects and an HTTP client for it."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import httpx
import pytest

from gui.emulator import Emulator

# A fixed clock makes every timestamp, and so every seeded byte, reproducible.
FIXED_NOW = datetime(2026, 3, 25, 13, 0, 0, tzinfo=UTC)


def fixed_clock() -> datetime:
    return FIXED_NOW


@pytest.fixture
def pool() -> Iterator[ThreadPoolExecutor]:
    """Threads for requests the emulator holds (connects at the gate).

    The emulator depends on it so it stops first: stop() hangs up on held connects, then the
    pool can join its threads instead of waiting on them forever.
    """
    with ThreadPoolExecutor(max_workers=4) as executor:
        yield executor


@pytest.fixture
def emu(pool: ThreadPoolExecutor) -> Iterator[Emulator]:
    """Three allocations, the user signed in, connects that settle at once (no delay)."""
    with Emulator(port=0, allocations=3, seed=0, connect_delay=0.0, clock=fixed_clock) as emulator:
        yield emulator


@pytest.fixture
def http(emu: Emulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=emu.url, timeout=30.0, trust_env=False) as client:
        yield client
