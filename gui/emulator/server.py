"""Emulator: a Pieces OS on 127.0.0.1 served from a background thread, with knobs for every scenario."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Self

from .faultbook import FaultBook
from .faults import Fault
from .gate import ConnectGate
from .httpserver import EmulatorHTTPServer
from .knobs import ConnectOutcome, Health, Knobs
from .recorder import RecordedRequest, RequestLog
from .routes import Router
from .seed import seed_world
from .state import EmulatorState
from .streams import StreamHub

__all__ = ["Emulator"]

HOST = "127.0.0.1"
_STOP_JOIN_SECONDS = 5.0


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Emulator:
    """A Pieces OS allocations/user/well-known server. start()/stop(), or use it as a context manager.

    Every knob is thread-safe and takes effect on the next request.
    """

    def __init__(
        self,
        port: int = 0,
        allocations: int = 3,
        seed: int = 0,
        signed_in: bool = True,
        connect_delay: float = 2.0,
        version: str = "12.6.0",
        *,
        drop_on_disconnect: bool = False,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self._port = port
        self._seed = seed
        self._clock = clock
        self.instance_id = str(uuid.uuid4())  # what /.well-known/health reports: one per instance
        self._knobs = Knobs(signed_in, connect_delay, version, drop_on_disconnect)
        self._state = EmulatorState(seed_world(allocations, seed, clock()), clock)
        self._gate = ConnectGate()
        self._faults = FaultBook()
        self._requests = RequestLog()
        self._router = Router(self._state, self._knobs, self._gate, self.instance_id)
        # WS /user/stream: its knobs are emu.streams.push(), .drop(), .close(), .refuse(), .silence().
        self.streams = StreamHub(self._state, self._knobs)
        self._state.on_change = self.streams.notify
        self._lifecycle = threading.Lock()
        self._server: EmulatorHTTPServer | None = None

    # -- lifecycle --------------------------------------------------------------------------------

    def start(self) -> None:
        """Listen and serve in a background thread; returns once listening.

        After stop() it can start again, on the same port: a Pieces OS restart with its data kept.
        """
        with self._lifecycle:
            if self._server is not None:
                raise RuntimeError("this Emulator is already serving")
            self._gate.restart()
            self._faults.restart()
            server = EmulatorHTTPServer(
                (HOST, self._port), self._router, self._faults, self._requests, self._gate, self.streams
            )
            self._port = server.server_port
            self._state.allocations_body(signed_in=True)  # serialize now, not on the first GET
            server.serve_in_background()
            self._server = server

    def stop(self) -> None:
        """Stop serving and cut open connections; held connects hang up. Prompt and idempotent."""
        with self._lifecycle:
            if self._server is None:
                return
            self._gate.stop()  # wakes held connects and latency faults first
            self._faults.stop()  # and the requests a hang fault holds
            self._server.stop_serving(_STOP_JOIN_SECONDS)
            self._server = None

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._port == 0:
            raise RuntimeError("the port is known once start() has bound it")
        return self._port

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    # -- user and health --------------------------------------------------------------------------

    @property
    def signed_in(self) -> bool:
        return self._knobs.signed_in

    def sign_in(self) -> None:
        self._knobs.signed_in = True
        self.streams.notify()

    def sign_out(self) -> None:
        self._knobs.signed_in = False
        self.streams.notify()

    @property
    def user_id(self) -> str:
        """The signed-in user's id, which is also the id of their own allocation."""
        return self._state.user_id

    def user_profile(self) -> dict[str, Any]:
        """The user's UserProfile JSON as GET /user shows it when signed in (the connect body)."""
        return self._state.user_profile()

    def update_user(self, **fields: Any) -> None:
        """Change the signed-in user's profile (a field set to None is left out); open streams are told."""
        self._state.update_user(fields)

    def set_health(self, health: Health) -> None:
        if health not in ("ok", "migrating"):
            raise ValueError(f"health is 'ok' or 'migrating', not {health!r}")
        self._knobs.health = health

    def set_update_required(self, required: bool = True) -> None:
        """Every route but /.well-known/* answers 593 "Pieces OS update required." while set."""
        self._knobs.update_required = required

    @property
    def version(self) -> str:
        return self._knobs.version

    @version.setter
    def version(self, version: str) -> None:
        self._knobs.version = version

    # -- allocations ------------------------------------------------------------------------------

    @property
    def connect_delay(self) -> float:
        return self._knobs.connect_delay

    @connect_delay.setter
    def connect_delay(self, seconds: float) -> None:
        self._knobs.connect_delay = seconds

    def fail_next_connect(self, text: str = "Clouds Connect failed.") -> None:
        """The next connect/reconnect goes PENDING, then FAILED with a 500 carrying `text`."""
        self._knobs.outcomes.append(ConnectOutcome(500, text))

    def time_out_next_connect(self) -> None:
        """The next connect/reconnect goes PENDING, then FAILED with a 504 "Gateway Timeout"."""
        self._knobs.outcomes.append(ConnectOutcome(504, "Gateway Timeout"))

    def set_allocations(self, n: int, seed: int | None = None) -> None:
        """Replace everything with `n` allocations (and the user) drawn from `seed` (default: the same)."""
        if seed is not None:
            self._seed = seed
        self._state.reseed(seed_world(n, self._seed, self._clock()))

    def allocation(self, allocation_id: str) -> dict[str, Any] | None:
        """A copy of one allocation's current wire JSON, or None."""
        return self._state.allocation(allocation_id)

    def set_url_status(self, allocation_id: str, role: str, status: str) -> None:
        """Set one URL's status ("base", "id" or "vanity"); the cloud's own status is left alone."""
        self._state.set_url_status(allocation_id, role, status)

    def settle_seeded_pending(self, status: str = "RUNNING") -> list[str]:
        """Finish the connects the seed left PENDING (none of them is in flight here): their ids.

        Connects in flight are left to finish on their own.
        """
        return self._state.settle_seeded_pending(status)

    def set_cloud_status(self, allocation_id: str, status: str) -> None:
        """Set status.cloud only; the URLs keep theirs."""
        self._state.set_cloud_status(allocation_id, status)

    # -- the connect gate -------------------------------------------------------------------------

    def hold_connects(self) -> None:
        """Connects/reconnects from now on go PENDING and wait, unanswered, until release or stop."""
        self._gate.hold()

    def release_connects(self) -> None:
        """Let every waiting connect/reconnect settle and answer now, delay or not; stop holding."""
        self._gate.release()

    @property
    def connects_waiting(self) -> int:
        """How many connect/reconnect requests are in progress: cloud PENDING, not settled yet."""
        return self._gate.waiting

    def wait_for_connects(self, count: int = 1, timeout: float = 10.0) -> bool:
        """Block until at least `count` connects/reconnects are in progress (their cloud is PENDING).

        With count=0, block until none is: every one has settled its cloud. False on timeout.
        """
        return self._gate.wait_for_waiting(count, timeout)

    # -- faults and the request log ---------------------------------------------------------------

    def inject(self, route: str, fault: Fault, times: int | None = 1) -> None:
        """Apply `fault` to the next `times` requests to `route` ("*" any, "/prefix*", or a path).

        times=None keeps it armed until clear_faults(): a fault that lasts until the test ends it.
        """
        self._faults.inject(route, fault, times)

    def clear_faults(self, route: str | None = None) -> None:
        """Disarm every fault (or those injected for exactly `route`); hanging requests hang up."""
        self._faults.clear(route)

    def wait_for_hanging(self, count: int = 1, timeout: float = 10.0) -> bool:
        """Block until at least `count` requests are held unanswered by a hang fault; False on timeout."""
        return self._faults.wait_for_hanging(count, timeout)

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far, in order (a copy)."""
        return self._requests.snapshot()

    def clear_requests(self) -> None:
        self._requests.clear()
