"""Parsing and shape checks of request bodies (UserProfile, AllocationCloud), with messages for 400s."""

from __future__ import annotations

import json
from typing import Any

__all__ = ["BodyError", "allocation_cloud", "user_profile"]

JSON = dict[str, Any]

# Required AllocationCloud fields and the JSON type each must have (as the SDK model requires).
_CLOUD_REQUIRED: dict[str, type] = {"id": str, "project": str, "status": dict, "urls": dict, "user": str}
_CLOUD_OPTIONAL: dict[str, type] = {"region": str, "version": str, "updated": dict, "schema": dict}
_JSON_TYPE: dict[type, str] = {str: "a string", dict: "an object"}


class BodyError(ValueError):
    """The request body is not what the route needs; the message says what is wrong."""


def _object(body: bytes, what: str) -> JSON:
    if not body.strip():
        raise BodyError(f"The request body is empty: expected {what} JSON object.")
    try:
        value = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BodyError(f"The request body is not valid JSON ({error}): expected {what} object.") from None
    if not isinstance(value, dict):
        raise BodyError(f"The request body is JSON {type(value).__name__}, not {what} object.")
    return value


def _check(value: JSON, what: str, key: str, kind: type, *, required: bool) -> None:
    if key not in value or (value[key] is None and not required):
        if required:
            raise BodyError(f"The {what} in the request body has no {key!r} field.")
        return
    # The spec types these as plain strings, so "" is accepted; only an id must name something.
    if not isinstance(value[key], kind) or (key == "id" and not value[key]):
        shape = "a non-empty string" if key == "id" else _JSON_TYPE[kind]
        raise BodyError(f"The {what} field {key!r} must be {shape}, not {json.dumps(value[key])[:60]}.")


def user_profile(body: bytes) -> JSON:
    """A UserProfile: only its id matters to a connect, so only the id is required here."""
    profile = _object(body, "a UserProfile")
    _check(profile, "UserProfile", "id", str, required=True)
    return profile


def allocation_cloud(body: bytes) -> JSON:
    """An AllocationCloud with the fields the contract requires, each of the right JSON type."""
    cloud = _object(body, "an AllocationCloud")
    for key, kind in _CLOUD_REQUIRED.items():
        _check(cloud, "AllocationCloud", key, kind, required=True)
    for key, kind in _CLOUD_OPTIONAL.items():
        _check(cloud, "AllocationCloud", key, kind, required=False)
    for role in ("base", "id"):
        if not isinstance(cloud["urls"].get(role), dict):
            raise BodyError(f"The AllocationCloud urls have no {role!r} URL object.")
    if not isinstance(cloud["status"].get("cloud"), str):
        raise BodyError("The AllocationCloud status has no 'cloud' status string.")
    return cloud
