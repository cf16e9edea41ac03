"""The official SDK's own user stream (pieces_os_client's AuthWS) reads the emulator's WS /user/stream."""

from __future__ import annotations

import queue
from collections.abc import Iterator
from typing import Any, cast

import pytest
from pieces_os_client.wrapper.websockets.auth_ws import AuthWS

from gui.emulator import Emulator

WAIT = 10.0


class _SdkClient:
    """What AuthWS reads of the SDK's PiecesClient: the stream URL and the port."""

    def __init__(self, emu: Emulator) -> None:
        self.port = emu.port
        self.AUTH_WS_URL = emu.url.replace("http://", "ws://") + "/user/stream"


@pytest.fixture
def users(emu: Emulator) -> Iterator[queue.Queue[Any]]:
    """What the SDK's stream hands its callback: a UserProfile, or None when nobody is signed in."""
    received: queue.Queue[Any] = queue.Queue()
    errors: list[BaseException] = []
    sdk: Any = AuthWS(
        cast(Any, _SdkClient(emu)), received.put, on_error=lambda _ws, error: errors.append(error)
    )
    sdk.start()
    yield received
    assert not errors
    # The SDK's close() alone waits for websocket-client's next 10 s poll: a message wakes it now.
    sdk.ws.keep_running = False
    emu.streams.push()
    sdk.close()


def test_the_sdk_reads_the_profile_with_its_own_cloud(users: queue.Queue[Any], emu: Emulator) -> None:
    user = users.get(timeout=WAIT)
    assert user.id == emu.user_id
    assert user.allocation.id == emu.user_id
    assert user.allocation.status.cloud.value == "RUNNING"


def test_the_sdk_follows_a_status_change(users: queue.Queue[Any], emu: Emulator) -> None:
    users.get(timeout=WAIT)
    emu.set_cloud_status(emu.user_id, "FAILED")
    assert users.get(timeout=WAIT).allocation.status.cloud.value == "FAILED"


def test_the_sdk_reads_sign_out_as_none_and_sign_in_as_the_user(
    users: queue.Queue[Any], emu: Emulator
) -> None:
    users.get(timeout=WAIT)
    emu.sign_out()
    assert users.get(timeout=WAIT) is None
    emu.sign_in()
    assert users.get(timeout=WAIT).id == emu.user_id
