"""Every payload of examples.json survives SDK -> ours -> SDK, meaning intact; known differences pinned."""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

import pytest
from pieces_os_client.models.allocation_cloud import AllocationCloud as SdkAllocationCloud
from pieces_os_client.models.user_profile import UserProfile as SdkUserProfile

from gui.api import (
    AllocationCloud,
    AllocationCloudStatus,
    AllocationCloudUrl,
    AllocationCloudUrls,
    UserProfile,
)
from gui.api.models import AllocationStatus

from ..api.examples import example
from .support import (
    MODEL_PAIRS,
    SDK_EMAIL_PLACEHOLDER,
    SDK_PICTURE_PLACEHOLDER,
    canonical,
    example_models,
    has_datetime,
    sdk_wire_json,
    wire_forms,
)

EXAMPLES = sorted(example_models().items())
_ISO_INSTANT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")


def instants(value: Any) -> Any:
    """A JSON payload with every ISO-8601 date-time string read as an instant, for canonical()."""
    if isinstance(value, dict):
        return {k: instants(v) for k, v in value.items()}
    if isinstance(value, list):
        return [instants(v) for v in value]
    if isinstance(value, str) and _ISO_INSTANT.fullmatch(value):
        return canonical(datetime.fromisoformat(value))
    return value


def test_every_object_example_maps_to_a_model() -> None:
    assert dict(EXAMPLES) == {
        "allocation_cloud_disconnected": "AllocationCloud",
        "allocations_snapshot_empty": "Allocations",
        "allocations_snapshot_one_running": "Allocations",
        "allocations_snapshot_three_mixed": "Allocations",
        "user_profile": "UserProfile",
        "user_snapshot_signed_in": "ReturnedUserProfile",
        "user_snapshot_signed_out": "ReturnedUserProfile",
    }


@pytest.mark.parametrize(("key", "model"), EXAMPLES)
def test_both_sides_read_the_example_alike_and_lose_nothing(key: str, model: str) -> None:
    pair, payload = MODEL_PAIRS[model], example(key)
    sdk = pair.sdk_from_dict(payload)
    ours = pair.ours.model_validate(payload)
    # Every example carries email and picture where it has a user, so no placeholder is involved,
    # and no unknown field: each side's reading is the whole payload.
    assert canonical(sdk) == instants(payload)
    assert canonical(ours) == instants(payload)


@pytest.mark.parametrize(("key", "model"), EXAMPLES)
def test_sdk_to_ours_to_sdk_keeps_the_meaning(key: str, model: str) -> None:
    pair, payload = MODEL_PAIRS[model], example(key)
    sdk = pair.sdk_from_dict(payload)
    expected = canonical(sdk)

    # SDK -> ours: its to_dict() (Python objects: datetimes, enum members) and its wire JSON.
    from_dict = pair.ours.model_validate(sdk.to_dict())
    from_wire = pair.ours.model_validate_json(sdk_wire_json(sdk))
    assert canonical(from_dict, sdk_placeholders=True) == expected
    assert canonical(from_wire, sdk_placeholders=True) == expected

    # ours -> SDK: to_wire() and the plain JSON dump, as dicts and as JSON text.
    for ours in (from_wire, pair.ours.model_validate(payload)):
        for wire in wire_forms(ours):
            assert canonical(pair.sdk_from_dict(wire)) == expected
            assert canonical(pair.sdk_from_json(json.dumps(wire))) == expected
    # Known difference: a source-keeping model (AllocationCloud, UserProfile) sends back the very dict it
    # was validated from. Validated from SDK to_dict() output, that dict holds datetime objects: the SDK's
    # from_dict() still reads it, but it is no JSON (our app only validates parsed JSON, so never sees this).
    assert canonical(pair.sdk_from_dict(from_dict.to_wire())) == expected


@pytest.mark.parametrize(("key", "model"), EXAMPLES)
def test_sdk_to_json_fails_exactly_when_a_timestamp_is_held(key: str, model: str) -> None:
    """Known SDK 5.0.1 defect: to_json() is json.dumps(to_dict()), and to_dict() keeps datetime objects."""
    pair = MODEL_PAIRS[model]
    sdk = pair.sdk_from_dict(example(key))
    if has_datetime(sdk.to_dict()):
        with pytest.raises(TypeError, match="datetime is not JSON serializable"):
            sdk.to_json()
    else:
        text = sdk.to_json()
        assert canonical(pair.ours.model_validate_json(text), sdk_placeholders=True) == canonical(sdk)


def test_each_side_renders_timestamps_its_own_way() -> None:
    """Known difference: one instant, two texts. Pieces OS (Dart) and examples.json: milliseconds and Z."""
    payload = example("allocations_snapshot_one_running")["iterable"][0]
    assert payload["updated"]["value"] == "2026-03-25T12:58:49.120Z"
    sdk = SdkAllocationCloud.from_dict(payload)
    assert sdk is not None
    assert json.loads(sdk_wire_json(sdk))["updated"]["value"] == "2026-03-25T12:58:49.120000+00:00"
    ours = AllocationCloud.model_validate_json(json.dumps(payload))  # read from a body, as our client does
    assert ours.to_wire()["updated"]["value"] == "2026-03-25T12:58:49.120Z"  # sent back as given
    assert ours.updated is not None
    assert ours.updated.model_dump(mode="json")["value"] == "2026-03-25T12:58:49.120000Z"  # pydantic's own


def test_the_sdk_invents_email_and_picture_where_ours_keeps_none() -> None:
    """Known difference: through the SDK, a profile without email/picture gains its placeholders as data."""
    payload = example("user_profile")
    del payload["email"], payload["picture"]
    sdk = SdkUserProfile.from_dict(payload)
    assert sdk is not None
    assert (sdk.email, sdk.picture) == (SDK_EMAIL_PLACEHOLDER, SDK_PICTURE_PLACEHOLDER)
    ours = UserProfile.model_validate(payload)
    assert (ours.email, ours.picture) == (None, None)
    assert "email" not in ours.to_wire()  # what our client sends back does not invent them either
    relayed = UserProfile.model_validate_json(sdk_wire_json(sdk))
    assert (relayed.email, relayed.picture) == (SDK_EMAIL_PLACEHOLDER, SDK_PICTURE_PLACEHOLDER)


def test_unknown_fields_ours_keeps_the_sdk_drops() -> None:
    """Known difference: newer servers add fields; ours keeps and sends them back, the SDK drops them."""
    payload = example("allocation_cloud_disconnected")
    payload["gpu"] = {"kind": "none"}
    payload["status"]["reason"] = "quota"
    sdk = SdkAllocationCloud.from_dict(payload)
    assert sdk is not None
    assert "gpu" not in json.loads(sdk_wire_json(sdk))
    ours = AllocationCloud.model_validate(payload)
    assert ours.to_wire()["gpu"] == {"kind": "none"}
    assert ours.status.model_extra == {"reason": "quota"}
    assert canonical(SdkAllocationCloud.from_dict(ours.to_wire())) == canonical(sdk)


# -- our wire form, however our model was made --------------------------------------------------------


def _built_cloud() -> AllocationCloud:
    return AllocationCloud(
        id="3f6c2a1e-8b4d-4e2a-9c7f-1d5e8a0b6c24",
        project="pieces-user-clouds",
        user="3f6c2a1e-8b4d-4e2a-9c7f-1d5e8a0b6c24",
        status=AllocationCloudStatus(cloud=AllocationStatus.RUNNING),
        urls=AllocationCloudUrls(
            base=AllocationCloudUrl(status=AllocationStatus.RUNNING, url="https://user-3f6c.a.run.app"),
            id=AllocationCloudUrl(status=AllocationStatus.RUNNING, url="https://3f6c.pieces.cloud"),
        ),
    )


def test_a_cloud_built_in_code_goes_on_the_wire_as_json_the_sdk_reads() -> None:
    cloud = _built_cloud()
    sdk = SdkAllocationCloud.from_dict(cloud.to_wire())
    assert sdk is not None
    assert canonical(sdk) == canonical(cloud)
    assert SdkAllocationCloud.from_json(json.dumps(cloud.to_wire())) == sdk


def test_an_updated_copy_goes_on_the_wire_with_its_update() -> None:
    cloud = AllocationCloud.model_validate(example("allocations_snapshot_one_running")["iterable"][0])
    copy = cloud.model_copy(update={"id": "cloud-00003", "version": "9.9.9"})
    sdk = SdkAllocationCloud.from_dict(copy.to_wire())
    assert sdk is not None
    assert (sdk.id, sdk.version) == ("cloud-00003", "9.9.9")
    assert canonical(sdk) == canonical(copy)


def test_a_rebuilt_profile_goes_on_the_wire_as_json_the_sdk_reads() -> None:
    user = UserProfile.model_validate(example("user_profile"))
    rebuilt = UserProfile(**user.model_dump())
    sdk = SdkUserProfile.from_json(json.dumps(rebuilt.to_wire()))
    assert sdk is not None
    assert canonical(sdk) == canonical(user)
