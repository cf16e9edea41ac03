"""Test data for the views: allocations and states from the example payloads, a clock, recorded intents."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from gui.api import (
    AllocationCloud,
    AllocationStatus,
    DiscoverySource,
    Health,
    UserProfile,
)
from gui.services.store import StateStore
from gui.state import AppState, Connection, Phase
from tests.api.examples import example

# Markup and an image that would be fetched if any widget ever read a server string as rich text.
HOSTILE = "<b>x</b><img src=y>"

# The examples' clouds were updated on 2026-03-25 12:58:49 UTC; the tests' clock is 3 minutes later.
NOW = datetime(2026, 3, 25, 13, 1, 49, 120000, tzinfo=UTC)

PORT_FILE = "/home/mark/.local/share/com.pieces.os/production/Config/.port.txt"

RUNNING_ID = "3f6c2a1e-8b4d-4e2a-9c7f-1d5e8a0b6c24"
PENDING_ID = "b81d4e07-2c9a-4f36-a5e1-7e0c3d9f1a58"
FAILED_ID = "5a9e0c3b-7f12-46d8-8b3a-c2e4f6a1d097"


class Clock:
    """A clock the test moves by hand, so "3 min ago" is exact and no test sleeps."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def three_mixed() -> tuple[AllocationCloud, ...]:
    """RUNNING (all URLs agree), PENDING (no vanity, no version, no updated), FAILED (base still RUNNING)."""
    payload = example("allocations_snapshot_three_mixed")["iterable"]
    return tuple(AllocationCloud.model_validate(item) for item in payload)


def cloud(
    cloud_id: str,
    status: str = "RUNNING",
    *,
    project: str = "pieces-user-clouds",
    vanity: str | None = None,
    url_status: str | None = None,
    version: str | None = "1.4.2",
    updated: datetime | None = NOW,
    readable: str | None = None,
) -> AllocationCloud:
    """An allocation in the shape Pieces OS sends, with the fields a test cares about."""
    urls: dict[str, Any] = {
        "base": {"status": url_status or status, "url": f"https://user-{cloud_id}-x7k2qf9pla-uc.a.run.app"},
        "id": {"status": url_status or status, "url": f"https://{cloud_id}.pieces.cloud"},
    }
    if vanity is not None:
        urls["vanity"] = {"status": url_status or status, "url": vanity}
    body: dict[str, Any] = {
        "id": cloud_id,
        "project": project,
        "region": "us-central1",
        "status": {"cloud": status},
        "urls": urls,
        "user": cloud_id,
    }
    if version is not None:
        body["version"] = version
    if updated is not None:
        body["updated"] = {"value": updated.isoformat().replace("+00:00", "Z")}
        if readable is not None:
            body["updated"]["readable"] = readable
    return AllocationCloud.model_validate(body)


# Changed clouds are parsed from changed JSON, as a refresh brings them: a model_copy() would keep
# the original's wire source, so the double of an intent would record a cloud Pieces OS never sent.


def _changed(original: AllocationCloud, **fields: Any) -> AllocationCloud:
    return AllocationCloud.model_validate({**copy.deepcopy(original.to_wire()), **fields})


def with_status(original: AllocationCloud, status: AllocationStatus) -> AllocationCloud:
    """The same cloud with another cloud status: what a refresh brings when one allocation changes."""
    return _changed(original, status={"cloud": status.value})


def many(count: int) -> tuple[AllocationCloud, ...]:
    """count distinct allocations: the first example cloud under new ids."""
    template = three_mixed()[0]
    return tuple(_changed(template, id=f"cloud-{n:05d}") for n in range(count))


def touched(original: AllocationCloud, when: datetime) -> AllocationCloud:
    """The same cloud, updated at another time."""
    return _changed(original, updated={"value": when.isoformat().replace("+00:00", "Z")})


def user(name: str | None = "Mark Example") -> UserProfile:
    body = example("user_profile")
    body["name"] = name
    return UserProfile.model_validate(body)


def connection(health: str = "ok:8d2f6c1e-3b7a-4c52-9e0f-5a1d2c3b4e6f") -> Connection:
    return Connection(
        base_url="http://127.0.0.1:39300",
        source=DiscoverySource.PORT_FILE,
        detail=f"read from the Pieces OS port file {PORT_FILE}",
        version="12.6.0",
        health=Health.parse(health),
    )


def loaded(allocations: tuple[AllocationCloud, ...] | None = None, **changes: Any) -> dict[str, Any]:
    """The fields of a LOADED AppState, for put(store, **loaded(...))."""
    fields: dict[str, Any] = {
        "phase": Phase.LOADED,
        "connection": connection(),
        "user": user(),
        "allocations": three_mixed() if allocations is None else allocations,
        "last_success": NOW,
        "error": None,
        "error_text": None,
        "refreshing": False,
    }
    fields.update(changes)
    return fields


def put(store: StateStore, **changes: Any) -> None:
    """Publish the store's state with these fields changed, as the state rules would."""
    store.publish(replace(store.state, **changes))


def loaded_state(**changes: Any) -> AppState:
    return AppState(**loaded(**changes))


@dataclass
class RecordingIntents:
    """A WindowIntents that writes down every call, in order, with its arguments."""

    calls: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]

    def refresh(self) -> None:
        self.calls.append(("refresh", ()))

    def retry_discovery(self) -> None:
        self.calls.append(("retry_discovery", ()))

    def change_address(self) -> None:
        self.calls.append(("change_address", ()))

    def start_demo(self) -> None:
        self.calls.append(("start_demo", ()))

    def open_settings(self) -> None:
        self.calls.append(("open_settings", ()))

    def connect(self) -> None:
        self.calls.append(("connect", ()))

    def reconnect(self, cloud: AllocationCloud) -> None:
        self.calls.append(("reconnect", (cloud,)))

    def disconnect(self, cloud: AllocationCloud) -> None:
        self.calls.append(("disconnect", (cloud,)))

    def create(self, cloud: AllocationCloud | None) -> None:
        self.calls.append(("create", (cloud,)))

    def delete(self, cloud: AllocationCloud) -> None:
        self.calls.append(("delete", (cloud,)))

    def open_url(self, url: str) -> None:
        self.calls.append(("open_url", (url,)))

    def set_refresh_interval(self, seconds: float) -> None:
        self.calls.append(("set_refresh_interval", (seconds,)))

    def show_about(self) -> None:
        self.calls.append(("show_about", ()))

    def show_history(self) -> None:
        self.calls.append(("show_history", ()))

    def quit(self) -> None:
        self.calls.append(("quit", ()))
