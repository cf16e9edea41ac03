"""Tests of request body checks: what a 400 says for each way a body can be wrong."""

from __future__ import annotations

import json

import pytest

from gui.emulator.bodies import BodyError, allocation_cloud, user_profile

CLOUD = {
    "id": "a1",
    "project": "pieces-user-clouds",
    "status": {"cloud": "RUNNING"},
    "urls": {"base": {"status": "RUNNING", "url": "b"}, "id": {"status": "RUNNING", "url": "i"}},
    "user": "a1",
}


def _body(value: object) -> bytes:
    return json.dumps(value).encode()


def test_user_profile_needs_only_an_id() -> None:
    assert user_profile(b'{"id": "u1"}') == {"id": "u1"}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "empty"),
        (b"  \n", "empty"),
        (b"{nope", "not valid JSON"),
        (b"\xff\xfe", "not valid JSON"),
        (b"[1, 2]", "JSON list, not a UserProfile"),
        (b"{}", "no 'id' field"),
        (b'{"id": 42}', "'id' must be a non-empty string"),
        (b'{"id": ""}', "'id' must be a non-empty string"),
    ],
)
def test_user_profile_refusals(body: bytes, message: str) -> None:
    with pytest.raises(BodyError, match=message):
        user_profile(body)


def test_allocation_cloud_accepts_the_required_fields() -> None:
    assert allocation_cloud(_body(CLOUD)) == CLOUD


def test_allocation_cloud_accepts_null_optionals() -> None:
    assert allocation_cloud(_body({**CLOUD, "region": None, "updated": None}))["region"] is None


@pytest.mark.parametrize(
    ("cloud", "message"),
    [
        ({k: v for k, v in CLOUD.items() if k != "project"}, "no 'project' field"),
        ({**CLOUD, "user": None}, "'user' must be a string"),
        ({**CLOUD, "status": "RUNNING"}, "'status' must be an object"),
        ({**CLOUD, "status": {}}, "no 'cloud' status"),
        ({**CLOUD, "urls": {"base": CLOUD["urls"]["base"]}}, "no 'id' URL"),  # type: ignore[index]
        ({**CLOUD, "version": 3}, "'version' must be a string"),
    ],
)
def test_allocation_cloud_refusals(cloud: dict[str, object], message: str) -> None:
    with pytest.raises(BodyError, match=message):
        allocation_cloud(_body(cloud))


@pytest.mark.parametrize("key", ["project", "region", "version", "user"])
def test_an_empty_string_is_still_a_string(key: str) -> None:
    # The spec types these as plain strings, and the official SDK sends "" as it is.
    assert allocation_cloud(_body({**CLOUD, key: ""}))[key] == ""
