"""The Pieces OS routes: what each method and path answers, given the state and the knobs."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import unquote

from .bodies import BodyError, allocation_cloud, user_profile
from .gate import ConnectGate
from .knobs import Knobs
from .reply import Reply
from .state import EmulatorState

__all__ = ["Router"]

NOT_SIGNED_IN = "Unauthorized: no user is signed in to Pieces OS."
CLOUD_NOT_FOUND = "Cloud not found."
UPDATE_REQUIRED = "Pieces OS update required."
ROUTE_NOT_FOUND = "Route not found"
UNIMPLEMENTED_CREATE = "This is unimplemented locally. Allocations are created only within the cloud."
UNIMPLEMENTED_DELETE = "This is unimplemented locally. Allocations are deleted only within the cloud."
# Pieces OS invents a status for this one; 593 is what its export tool research reports.
UPDATE_REQUIRED_STATUS = 593

_Route = Callable[[bytes], Reply]


class Router:
    """Maps (method, path, body) to a Reply; connect and reconnect block at the gate while PENDING."""

    def __init__(self, state: EmulatorState, knobs: Knobs, gate: ConnectGate, instance_id: str) -> None:
        self._state = state
        self._knobs = knobs
        self._gate = gate
        self._instance_id = instance_id
        self._routes: dict[tuple[str, str], _Route] = {
            ("GET", "/allocations"): self._allocations,
            ("POST", "/allocations/connect"): self._connect,
            ("POST", "/allocations/reconnect"): self._reconnect,
            ("POST", "/allocations/disconnect"): self._disconnect,
            ("POST", "/allocations/create"): self._create,
            ("POST", "/allocations/delete"): self._delete,
            ("POST", "/allocation/update"): self._update,
            ("GET", "/user"): self._user,
            ("GET", "/.well-known/health"): self._health,
            ("GET", "/.well-known/version"): self._version,
        }

    def handle(self, method: str, path: str, body: bytes) -> Reply:
        if self._knobs.update_required and not path.startswith("/.well-known/"):
            return Reply.text(UPDATE_REQUIRED_STATUS, UPDATE_REQUIRED)
        route = self._routes.get((method, path))
        if route is not None:
            return route(body)
        if method == "GET" and path.startswith("/allocation/") and path != "/allocation/":
            return self._allocation(unquote(path.removeprefix("/allocation/")))
        return Reply.text(404, ROUTE_NOT_FOUND)

    # -- reads ------------------------------------------------------------------------------------

    def _allocations(self, _body: bytes) -> Reply:
        return Reply.json_bytes(self._state.allocations_body(self._knobs.signed_in))

    def _allocation(self, allocation_id: str) -> Reply:
        # Signed out, Pieces OS shows no clouds at all: a single one is not found either.
        cloud = self._state.allocation(allocation_id) if self._knobs.signed_in else None
        return Reply.json(cloud) if cloud is not None else Reply.text(410, CLOUD_NOT_FOUND)

    def _user(self, _body: bytes) -> Reply:
        return Reply.json_bytes(self._state.user_body(self._knobs.signed_in))

    def _health(self, _body: bytes) -> Reply:
        health = self._knobs.health
        return Reply.text(200, f"ok:{self._instance_id}" if health == "ok" else health)

    def _version(self, _body: bytes) -> Reply:
        return Reply.text(200, self._knobs.version)

    # -- cloud actions ----------------------------------------------------------------------------

    def _connect(self, body: bytes) -> Reply:
        if not self._knobs.signed_in:
            return Reply.text(401, NOT_SIGNED_IN)
        try:
            profile = user_profile(body)
        except BodyError as error:
            return Reply.text(400, str(error))
        allocation_id, epoch = self._state.begin_connect(profile)
        return self._settle(allocation_id, epoch)

    def _reconnect(self, body: bytes) -> Reply:
        cloud, refusal = self._signed_in_cloud(body)
        if refusal is not None:
            return refusal
        epoch = self._state.begin_reconnect(cloud)
        if epoch is None:
            return Reply.text(500, CLOUD_NOT_FOUND)
        return self._settle(cloud, epoch)

    def _settle(self, allocation_id: str, epoch: int) -> Reply:
        """Hold the PENDING cloud at the gate, then settle it; done even if the client hung up."""
        outcome = self._knobs.next_outcome()
        with self._gate.in_progress():
            if not self._gate.wait(self._knobs.connect_delay):
                return Reply.dropped()
            settled = self._state.settle(allocation_id, epoch, "FAILED" if outcome else "RUNNING")
        if outcome is not None:
            return Reply.text(outcome.status, outcome.text)
        if settled is None:  # reseeded or dropped while it was PENDING
            return Reply.text(500, CLOUD_NOT_FOUND)
        return Reply.json(settled)

    def _disconnect(self, body: bytes) -> Reply:
        cloud, refusal = self._signed_in_cloud(body)
        if refusal is not None:
            return refusal
        if not self._state.disconnect(cloud, drop=self._knobs.drop_on_disconnect):
            return Reply.text(500, CLOUD_NOT_FOUND)
        return Reply.text(200, cloud)

    def _create(self, body: bytes) -> Reply:
        _cloud, refusal = self._signed_in_cloud(body)
        return refusal or Reply.text(500, UNIMPLEMENTED_CREATE)

    def _delete(self, body: bytes) -> Reply:
        _cloud, refusal = self._signed_in_cloud(body)
        return refusal or Reply.text(500, UNIMPLEMENTED_DELETE)

    def _update(self, body: bytes) -> Reply:
        if not self._knobs.signed_in:
            return Reply.text(401, NOT_SIGNED_IN)
        try:
            changes = allocation_cloud(body)
        except BodyError as error:
            return Reply.text(400, str(error))
        updated = self._state.update(changes)
        return Reply.json(updated) if updated is not None else Reply.text(410, CLOUD_NOT_FOUND)

    def _signed_in_cloud(self, body: bytes) -> tuple[str, Reply | None]:
        """The id of the AllocationCloud in the body, or the refusal: 401 signed out, 400 bad body."""
        if not self._knobs.signed_in:
            return "", Reply.text(401, NOT_SIGNED_IN)
        try:
            return allocation_cloud(body)["id"], None
        except BodyError as error:
            return "", Reply.text(400, str(error))
