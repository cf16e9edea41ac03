"""Fixtures of the conformance tests: an emulator with instant connects and the SDK's APIs pointed at it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from pieces_os_client.api.allocation_api import AllocationApi
from pieces_os_client.api.allocations_api import AllocationsApi
from pieces_os_client.api.user_api import UserApi
from pieces_os_client.api.well_known_api import WellKnownApi
from pieces_os_client.api_client import ApiClient

from gui.emulator import Emulator

from .support import sdk_client

FIXED_NOW = datetime(2026, 3, 25, 13, 0, 0, tzinfo=UTC)


def fixed_clock() -> datetime:
    return FIXED_NOW


@pytest.fixture
def emu() -> Iterator[Emulator]:
    """Five allocations (the user's own RUNNING, then MIXED, PENDING, FAILED, DISCONNECTED), signed in."""
    with Emulator(port=0, allocations=5, seed=11, connect_delay=0.0, clock=fixed_clock) as emulator:
        yield emulator


@pytest.fixture
def sdk(emu: Emulator) -> Iterator[ApiClient]:
    """The SDK's ApiClient for the emulator; its pool is closed before the emulator stops."""
    with sdk_client(emu.url) as client:
        yield client


@pytest.fixture
def allocations_api(sdk: ApiClient) -> AllocationsApi:
    return AllocationsApi(sdk)


@pytest.fixture
def allocation_api(sdk: ApiClient) -> AllocationApi:
    return AllocationApi(sdk)


@pytest.fixture
def user_api(sdk: ApiClient) -> UserApi:
    return UserApi(sdk)


@pytest.fixture
def well_known_api(sdk: ApiClient) -> WellKnownApi:
    return WellKnownApi(sdk)
