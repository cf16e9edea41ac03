"""Property-based: for any spec-valid payload, ours and the SDK agree, and each reads the other's JSON."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pieces_os_client.models.allocation_cloud import AllocationCloud as SdkAllocationCloud
from pieces_os_client.models.allocation_status_enum import AllocationStatusEnum as SdkStatus
from pieces_os_client.models.user_profile import UserProfile as SdkUserProfile

from gui.api import AllocationCloud, AllocationStatus, UserProfile
from gui.api.cloud import JSONView
from gui.api.models import _SourceKeepingModel
from gui.emulator.bodies import allocation_cloud as emulator_reads_cloud
from gui.emulator.bodies import user_profile as emulator_reads_profile

from . import strategies
from .support import MODEL_PAIRS, canonical, has_datetime, sdk_wire_json, wire_forms

PROPERTY = settings(
    max_examples=60,
    deadline=None,
    database=None,  # nothing written to the checkout
    suppress_health_check=[HealthCheck.too_slow],  # a whole UserProfile is a big example by design
)
CASES = [
    pytest.param("AllocationCloud", strategies.allocation_clouds, id="AllocationCloud"),
    pytest.param("Allocations", strategies.allocations, id="Allocations"),
    pytest.param("UserProfile", strategies.user_profiles, id="UserProfile"),
    pytest.param("ReturnedUserProfile", strategies.returned_user_profiles, id="ReturnedUserProfile"),
]


@pytest.mark.parametrize(("model", "payloads"), CASES)
@PROPERTY
@given(data=st.data())
def test_ours_and_the_sdk_read_every_payload_alike(
    model: str, payloads: st.SearchStrategy[dict[str, Any]], data: st.DataObject
) -> None:
    pair, payload = MODEL_PAIRS[model], data.draw(payloads, label="payload")
    text = json.dumps(payload)
    sdk = pair.sdk_from_dict(payload)
    expected = canonical(sdk)

    assert canonical(pair.ours.model_validate(payload), sdk_placeholders=True) == expected
    assert canonical(pair.ours.model_validate_json(text), sdk_placeholders=True) == expected
    assert canonical(pair.sdk_from_json(text)) == expected


@pytest.mark.parametrize(("model", "payloads"), CASES)
@PROPERTY
@given(data=st.data())
def test_the_sdk_reads_our_wire_form(
    model: str, payloads: st.SearchStrategy[dict[str, Any]], data: st.DataObject
) -> None:
    pair, payload = MODEL_PAIRS[model], data.draw(payloads, label="payload")
    expected = canonical(pair.sdk_from_dict(payload))
    ours = pair.ours.model_validate_json(json.dumps(payload))  # read from a body, as our client does

    wire = ours.to_wire()
    if isinstance(ours, _SourceKeepingModel | JSONView):
        assert wire == payload  # sent back exactly as Pieces OS gave it, unknown fields included
    else:
        assert set(wire) == set(payload)  # unknown top-level fields kept
    for form in wire_forms(ours):
        assert canonical(pair.sdk_from_dict(form)) == expected
        assert canonical(pair.sdk_from_json(json.dumps(form))) == expected


@pytest.mark.parametrize(("model", "payloads"), CASES)
@PROPERTY
@given(data=st.data())
def test_ours_reads_the_sdks_json(
    model: str, payloads: st.SearchStrategy[dict[str, Any]], data: st.DataObject
) -> None:
    pair, payload = MODEL_PAIRS[model], data.draw(payloads, label="payload")
    sdk = pair.sdk_from_dict(payload)
    expected = canonical(sdk)

    # What the SDK sends as a request body.
    assert canonical(pair.ours.model_validate_json(sdk_wire_json(sdk)), sdk_placeholders=True) == expected
    # Its to_json(), where it works: SDK 5.0.1 raises TypeError for any model holding a timestamp.
    if has_datetime(sdk.to_dict()):
        with pytest.raises(TypeError, match="datetime is not JSON serializable"):
            sdk.to_json()
    else:
        assert canonical(pair.ours.model_validate_json(sdk.to_json()), sdk_placeholders=True) == expected


@PROPERTY
@given(payload=strategies.allocation_clouds, status=strategies.unknown_statuses)
def test_unknown_status_strings_are_unknown_on_both_sides(payload: dict[str, Any], status: str) -> None:
    payload["status"]["cloud"] = status
    payload["urls"]["base"]["status"] = status
    ours = AllocationCloud.model_validate_json(json.dumps(payload))
    sdk = SdkAllocationCloud.from_dict(payload)
    assert sdk is not None

    assert ours.status.cloud is AllocationStatus.UNKNOWN
    assert ours.urls.base.status is AllocationStatus.UNKNOWN
    assert sdk.status.cloud is SdkStatus.UNKNOWN
    assert sdk.urls.base.status is SdkStatus.UNKNOWN
    # Ours sends the server's own string back; the SDK reading it still sees UNKNOWN.
    assert ours.to_wire()["status"]["cloud"] == status
    again = SdkAllocationCloud.from_json(json.dumps(ours.to_wire()))
    assert again is not None
    assert again.status.cloud is SdkStatus.UNKNOWN


# -- the emulator reads what the SDK (and our client) send --------------------------------------------


@PROPERTY
@given(payload=strategies.allocation_clouds)
def test_the_emulator_reads_every_cloud_body_the_sdk_sends(payload: dict[str, Any]) -> None:
    # Only the id must name something; the emulator takes every other string field as it comes.
    assume(payload["id"] != "")
    sdk = SdkAllocationCloud.from_dict(payload)
    assert sdk is not None
    assert emulator_reads_cloud(sdk_wire_json(sdk).encode())["id"] == payload["id"]
    ours = AllocationCloud.model_validate(payload)
    assert emulator_reads_cloud(json.dumps(ours.to_wire()).encode())["id"] == payload["id"]


@PROPERTY
@given(payload=strategies.user_profiles)
def test_the_emulator_reads_every_connect_body_the_sdk_sends(payload: dict[str, Any]) -> None:
    sdk = SdkUserProfile.from_dict(payload)
    assert sdk is not None
    assert emulator_reads_profile(sdk_wire_json(sdk).encode())["id"] == payload["id"]
    ours = UserProfile.model_validate(payload)
    assert emulator_reads_profile(json.dumps(ours.to_wire()).encode())["id"] == payload["id"]
