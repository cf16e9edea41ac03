"""Realistic, deterministic allocations and signed-in user generated from a seed."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from .wire import DEFAULT_PROJECT, DEFAULT_REGION, RUNNING_VERSION, grouped_timestamp, new_allocation, schema

__all__ = ["World", "seed_world"]

JSON = dict[str, Any]

_FIRST = (
    "Mark", "Priya", "Jonas", "Aiko", "Lucas", "Fatima", "Mateo", "Olivia", "Chen", "Amara",
    "Noah", "Sofia", "Ravi", "Elena", "Kwame", "Ingrid", "Diego", "Hana", "Tomasz", "Leila",
    "Samuel", "Yuki", "Omar", "Greta", "Arjun", "Chloe", "Emeka", "Nina", "Pablo", "Zara",
)  # fmt: skip
_LAST = (
    "Example", "Sharma", "Becker", "Tanaka", "Silva", "Haddad", "Rossi", "Nguyen", "Okafor",
    "Kowalski", "Larsen", "Moreau", "Ivanova", "Mensah", "Garcia", "Kim", "Novak", "Ali",
)  # fmt: skip
# Most clouds live in the default region; a few elsewhere, some with no region recorded (None).
_REGIONS = (DEFAULT_REGION,) * 12 + ("us-east1", "europe-west1", "europe-west4", "asia-northeast1", None)
_OLDER_VERSIONS = ("1.4.1", "1.4.0", "1.3.9")
# The first few clouds after the user's own show one of each interesting state, so even the
# default demo of three allocations is varied; the rest are drawn at random.
_SHOWCASE = ("MIXED", "PENDING", "FAILED", "DISCONNECTED")
_KINDS = ("RUNNING",) * 14 + ("MIXED", "PENDING", "FAILED", "FAILED", "DISCONNECTED", "DISCONNECTED")


@dataclass(frozen=True)
class World:
    """What a seed produces: the signed-in user's profile and the allocations, in order."""

    user: JSON
    allocations: list[JSON]


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _vanity(first: str, rng: random.Random, taken: set[str]) -> str:
    name = first.lower()
    while name in taken:
        name = f"{first.lower()}{rng.randrange(2, 10_000)}"
    taken.add(name)
    return name


def _user(rng: random.Random, now: datetime, taken: set[str]) -> JSON:
    user_id = _uuid(rng)
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    vanity = _vanity(first, rng, taken)
    username = f"{first}{last}".lower()
    github_id = str(rng.randrange(1_000_000, 90_000_000))
    created = now - timedelta(days=rng.randrange(200, 900), minutes=rng.randrange(1440))
    return {
        "aesthetics": {"font": {"size": rng.choice((12, 14, 16))}, "theme": {"dark": rng.random() < 0.7}},
        "auth0": {
            "allocation": {"project": DEFAULT_PROJECT, "region": DEFAULT_REGION},
            "global_id": user_id,
            "vanityname": vanity,
        },
        "created": grouped_timestamp(created),
        "email": f"{first.lower()}.{last.lower()}@example.com",
        "id": user_id,
        "name": f"{first} {last}",
        "picture": f"https://avatars.githubusercontent.com/u/{github_id}?v=4",
        "providers": {
            "iterable": [
                {
                    "connection": "github",
                    "created": grouped_timestamp(created),
                    "isSocial": True,
                    "profileData": {
                        "html_url": f"https://github.com/{username}",
                        "name": f"{first} {last}",
                        "nickname": username,
                        "public_repos": rng.randrange(0, 120),
                    },
                    "type": "github",
                    "updated": grouped_timestamp(now - timedelta(minutes=rng.randrange(5, 600))),
                    "user_id": github_id,
                }
            ]
        },
        "schema": schema(),
        "updated": grouped_timestamp(now - timedelta(minutes=rng.randrange(1, 60))),
        "username": username,
        "vanityname": vanity,
    }


def _own_allocation(user: JSON, now: datetime) -> JSON:
    cloud = new_allocation(user["id"], status="RUNNING", vanity=user["vanityname"])
    updated = now - timedelta(minutes=3, seconds=17, milliseconds=120)
    cloud["updated"] = grouped_timestamp(updated, now)
    cloud["version"] = RUNNING_VERSION
    return cloud


def _other_allocation(kind: str, rng: random.Random, now: datetime, taken: set[str]) -> JSON:
    allocation_id = _uuid(rng)
    vanity = _vanity(rng.choice(_FIRST), rng, taken) if rng.random() < 0.65 else None
    region = rng.choice(_REGIONS)
    status = "RUNNING" if kind == "MIXED" else kind
    cloud = new_allocation(allocation_id, status=status, vanity=vanity, region=region)
    if kind == "MIXED":
        # A stuck account seen in the wild: the cloud runs, its branded DNS names do not.
        for role in ("id", "vanity"):
            if role in cloud["urls"]:
                cloud["urls"][role]["status"] = "FAILED"
        if rng.random() < 0.5:
            cloud["status"]["cloud"] = "FAILED"
    if kind == "PENDING":
        return cloud  # a cloud still spinning up has neither updated nor version
    updated = now - timedelta(seconds=rng.randrange(60, 35 * 86_400), milliseconds=rng.randrange(1000))
    if rng.random() < 0.9:
        cloud["updated"] = grouped_timestamp(updated, now if rng.random() < 0.75 else None)
    if cloud["status"]["cloud"] == "RUNNING" and rng.random() < 0.9:
        cloud["version"] = RUNNING_VERSION if rng.random() < 0.8 else rng.choice(_OLDER_VERSIONS)
    return cloud


def seed_world(allocations: int, seed: int, now: datetime) -> World:
    """The user and `allocations` clouds for `seed`; the first cloud is the user's own, RUNNING.

    The user is drawn first, so a seed keeps the same user whatever the number of allocations.
    """
    if allocations < 0:
        raise ValueError(f"allocations must be 0 or more, not {allocations}")
    rng = random.Random(seed)
    taken: set[str] = set()
    user = _user(rng, now, taken)
    if allocations == 0:
        return World(user, [])
    clouds = [_own_allocation(user, now)]
    for index in range(1, allocations):
        kind = _SHOWCASE[index - 1] if index <= len(_SHOWCASE) else rng.choice(_KINDS)
        clouds.append(_other_allocation(kind, rng, now, taken))
    return World(user, clouds)
