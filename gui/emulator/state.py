"""Thread-safe in-memory allocations and user of the emulated Pieces OS, with their transitions."""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

from .seed import World
from .wire import DEFAULT_PROJECT, DEFAULT_REGION, URL_ROLES, apply_status, new_allocation, schema

__all__ = ["UPDATABLE", "EmulatorState"]

JSON = dict[str, Any]

# The AllocationCloud fields POST /allocation/update may change (id is the key, never changed).
UPDATABLE = frozenset({"project", "region", "schema", "status", "updated", "urls", "user", "version"})


# Compact, as Pieces OS sends it. One encoder for all: json.dumps builds a new one per call
# when given separators, which is most of the cost of serializing 10,000 small clouds.
_ENCODER = json.JSONEncoder(separators=(",", ":"))


def _dumps(value: Any) -> bytes:
    return _ENCODER.encode(value).encode()


_SIGNED_OUT_ALLOCATIONS = _dumps({"iterable": [], "schema": schema()})


def _text(mapping: Any, key: str) -> str | None:
    value = mapping.get(key) if isinstance(mapping, dict) else None
    return value if isinstance(value, str) and value else None


class EmulatorState:
    """The allocations (in order, keyed by id) and the user; every access holds one lock.

    A cloud's epoch counts the transitions started on it, so a connect that settles after a
    disconnect or a reseed overtook it leaves the newer state alone. Each cloud's JSON is kept
    serialized until it changes, so a change to one of 10,000 clouds re-serializes only that one.
    """

    def __init__(self, world: World, clock: Callable[[], datetime]) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self._user: JSON = world.user
        self._clouds: dict[str, JSON] = {c["id"]: c for c in world.allocations}
        self._epochs: dict[str, int] = {}
        self._serialized: dict[str, bytes] = {}
        self._generation = 0
        self._cached: tuple[int, bytes] | None = None
        # Told of every change, under the lock (so it must not block): the open streams listen here.
        self.on_change: Callable[[], None] = lambda: None

    def _changed(self, allocation_id: str | None = None) -> None:
        """Invalidate the snapshot, and one cloud's serialized form (all of them when None)."""
        self._generation += 1
        if allocation_id is None:
            self._serialized.clear()
        else:
            self._serialized.pop(allocation_id, None)
        self.on_change()

    def _serialize(self, allocation_id: str, cloud: JSON) -> bytes:
        part = self._serialized.get(allocation_id)
        if part is None:
            part = self._serialized[allocation_id] = _dumps(cloud)
        return part

    def reseed(self, world: World) -> None:
        with self._lock:
            self._user = world.user
            self._clouds = {c["id"]: c for c in world.allocations}
            self._epochs.clear()
            self._changed()

    @property
    def user_id(self) -> str:
        with self._lock:
            user_id: str = self._user["id"]
            return user_id

    def user_profile(self) -> JSON:
        """A copy of the user as GET /user shows it, `allocation` mirroring their cloud."""
        with self._lock:
            return copy.deepcopy(self._profile())

    def _profile(self) -> JSON:
        profile = dict(self._user)
        own = self._clouds.get(profile["id"])
        if own is not None:
            profile["allocation"] = own
        return profile

    def allocations_body(self, signed_in: bool) -> bytes:
        """GET /allocations, serialized once per change of state (it is benchmarked with 10,000)."""
        if not signed_in:
            return _SIGNED_OUT_ALLOCATIONS
        with self._lock:
            if self._cached is None or self._cached[0] != self._generation:
                parts = b",".join(self._serialize(key, cloud) for key, cloud in self._clouds.items())
                body = b'{"iterable":[' + parts + b'],"schema":' + _dumps(schema()) + b"}"
                self._cached = (self._generation, body)
            return self._cached[1]

    def update_user(self, changes: JSON) -> None:
        """Overwrite fields of the user's profile (None removes one), as an edit in Pieces OS would."""
        with self._lock:
            for key, value in changes.items():
                if key == "id":
                    raise ValueError("the user's id is their cloud's id: it does not change")
                if value is None:
                    self._user.pop(key, None)
                else:
                    self._user[key] = copy.deepcopy(value)
            self._changed()

    def user_body(self, signed_in: bool) -> bytes:
        if not signed_in:
            return _dumps({"schema": schema()})
        with self._lock:
            return _dumps({"schema": schema(), "user": self._profile()})

    def allocation(self, allocation_id: str) -> JSON | None:
        with self._lock:
            cloud = self._clouds.get(allocation_id)
            return copy.deepcopy(cloud) if cloud is not None else None

    def _begin(self, allocation_id: str) -> int:
        apply_status(self._clouds[allocation_id], "PENDING", self._clock())
        epoch = self._epochs.get(allocation_id, 0) + 1
        self._epochs[allocation_id] = epoch
        self._changed(allocation_id)
        return epoch

    def begin_connect(self, profile: JSON) -> tuple[str, int]:
        """Make the profile's cloud PENDING, creating it from the profile if absent: (id, epoch)."""
        allocation_id: str = profile["id"]
        with self._lock:
            if allocation_id not in self._clouds:
                auth0 = profile.get("auth0")
                placement = auth0.get("allocation") if isinstance(auth0, dict) else None
                self._clouds[allocation_id] = new_allocation(
                    allocation_id,
                    status="PENDING",
                    vanity=_text(profile, "vanityname") or _text(auth0, "vanityname"),
                    region=_text(placement, "region") or DEFAULT_REGION,
                    project=_text(placement, "project") or DEFAULT_PROJECT,
                )
            return allocation_id, self._begin(allocation_id)

    def begin_reconnect(self, allocation_id: str) -> int | None:
        """Make a known cloud PENDING: its epoch, or None when there is no such cloud."""
        with self._lock:
            return self._begin(allocation_id) if allocation_id in self._clouds else None

    def settle(self, allocation_id: str, epoch: int, status: str) -> JSON | None:
        """End a transition at `status` unless a newer one overtook it; the cloud as it is now."""
        with self._lock:
            cloud = self._clouds.get(allocation_id)
            if cloud is None:
                return None
            if self._epochs.get(allocation_id) == epoch:
                apply_status(cloud, status, self._clock())
                self._changed(allocation_id)
            return copy.deepcopy(cloud)

    def settle_seeded_pending(self, status: str) -> list[str]:
        """Settle the PENDING clouds no connect is following (seeded so) at `status`: their ids."""
        with self._lock:
            ids = [
                allocation_id
                for allocation_id, cloud in self._clouds.items()
                if cloud["status"]["cloud"] == "PENDING" and allocation_id not in self._epochs
            ]
            for allocation_id in ids:
                apply_status(self._clouds[allocation_id], status, self._clock())
                self._changed(allocation_id)
            return ids

    def disconnect(self, allocation_id: str, drop: bool) -> bool:
        """DISCONNECTED (or gone when `drop`); False when there is no such cloud."""
        with self._lock:
            if allocation_id not in self._clouds:
                return False
            self._epochs[allocation_id] = self._epochs.get(allocation_id, 0) + 1
            if drop:
                del self._clouds[allocation_id]
            else:
                apply_status(self._clouds[allocation_id], "DISCONNECTED", self._clock())
            self._changed(allocation_id)
            return True

    def update(self, changes: JSON) -> JSON | None:
        """Overwrite the known fields given in `changes` (null removes an optional one)."""
        with self._lock:
            cloud = self._clouds.get(changes["id"])
            if cloud is None:
                return None
            for key, value in changes.items():
                if key not in UPDATABLE:
                    continue
                if value is None:
                    cloud.pop(key, None)
                else:
                    cloud[key] = copy.deepcopy(value)
            self._changed(cloud["id"])
            return copy.deepcopy(cloud)

    def set_url_status(self, allocation_id: str, role: str, status: str) -> None:
        if role not in URL_ROLES:
            raise ValueError(f"a URL role is one of {', '.join(URL_ROLES)}, not {role!r}")
        with self._lock:
            cloud = self._clouds.get(allocation_id)
            if cloud is None:
                raise KeyError(f"no allocation {allocation_id}")
            url = cloud["urls"].get(role)
            if not isinstance(url, dict):
                raise ValueError(f"allocation {allocation_id} has no {role} URL")
            url["status"] = status
            self._changed(allocation_id)

    def set_cloud_status(self, allocation_id: str, status: str) -> None:
        """Set only status.cloud, leaving the URLs, updated and version as they are."""
        with self._lock:
            cloud = self._clouds.get(allocation_id)
            if cloud is None:
                raise KeyError(f"no allocation {allocation_id}")
            cloud["status"] = {**cloud["status"], "cloud": status}
            self._changed(allocation_id)
