"""The official SDK against the emulator: every operation of the spec answers what the SDK expects."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from pieces_os_client.api.allocation_api import AllocationApi
from pieces_os_client.api.allocations_api import AllocationsApi
from pieces_os_client.api.user_api import UserApi
from pieces_os_client.api.well_known_api import WellKnownApi
from pieces_os_client.api_client import ApiClient
from pieces_os_client.exceptions import ApiException
from pieces_os_client.models.allocation_cloud import AllocationCloud as SdkAllocationCloud
from pieces_os_client.models.allocation_status_enum import AllocationStatusEnum as SdkStatus
from pieces_os_client.models.allocations import Allocations as SdkAllocations
from pieces_os_client.models.returned_user_profile import ReturnedUserProfile as SdkReturnedUserProfile
from pieces_os_client.models.user_profile import UserProfile as SdkUserProfile

from gui.api import AllocationCloud, PiecesClient, UserProfile
from gui.emulator import Emulator, Fault
from gui.emulator.routes import (
    CLOUD_NOT_FOUND,
    UNIMPLEMENTED_CREATE,
    UNIMPLEMENTED_DELETE,
    UPDATE_REQUIRED,
    UPDATE_REQUIRED_STATUS,
)

from ..api.examples import example
from ..conftest import Run
from .conftest import FIXED_NOW
from .support import canonical, sdk_client, sdk_statuses, spec_operations

SDK_APIS: dict[str, type] = {
    "AllocationsApi": AllocationsApi,
    "AllocationApi": AllocationApi,
    "UserApi": UserApi,
    "WellKnownApi": WellKnownApi,
}
OK_INSTANCE = re.compile(r"ok:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
VERSION = re.compile(r"\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?")


def sdk_cloud(emu: Emulator, allocation_id: str) -> SdkAllocationCloud:
    """The emulator's cloud as the SDK reads it: what an SDK user would pass back to a cloud action."""
    cloud = SdkAllocationCloud.from_dict(emu.allocation(allocation_id))
    assert cloud is not None
    return cloud


def sdk_user(emu: Emulator) -> SdkUserProfile:
    user = SdkUserProfile.from_dict(emu.user_profile())
    assert user is not None
    return user


def status_of(emu: Emulator, allocation_id: str) -> str:
    cloud = emu.allocation(allocation_id)
    assert cloud is not None
    status: str = cloud["status"]["cloud"]
    return status


@dataclass(frozen=True)
class Operation:
    """How to call one SDK operation against the emulator, and its route (to inject faults into)."""

    route: str
    call: Callable[[ApiClient, Emulator], object]


OPERATIONS: dict[str, Operation] = {
    "AllocationsApi.allocations_snapshot": Operation(
        "/allocations", lambda c, e: AllocationsApi(c).allocations_snapshot()
    ),
    "AllocationsApi.allocations_connect_new_cloud": Operation(
        "/allocations/connect",
        lambda c, e: AllocationsApi(c).allocations_connect_new_cloud(user_profile=sdk_user(e)),
    ),
    "AllocationsApi.allocations_reconnect_cloud": Operation(
        "/allocations/reconnect",
        lambda c, e: AllocationsApi(c).allocations_reconnect_cloud(allocation_cloud=sdk_cloud(e, e.user_id)),
    ),
    "AllocationsApi.allocations_disconnect_cloud": Operation(
        "/allocations/disconnect",
        lambda c, e: AllocationsApi(c).allocations_disconnect_cloud(allocation_cloud=sdk_cloud(e, e.user_id)),
    ),
    "AllocationsApi.allocations_create_new_allocation": Operation(
        "/allocations/create",
        lambda c, e: AllocationsApi(c).allocations_create_new_allocation(
            allocation_cloud=sdk_cloud(e, e.user_id)
        ),
    ),
    "AllocationsApi.allocations_delete_allocation": Operation(
        "/allocations/delete",
        lambda c, e: AllocationsApi(c).allocations_delete_allocation(
            allocation_cloud=sdk_cloud(e, e.user_id)
        ),
    ),
    "AllocationApi.allocation_snapshot": Operation(
        "/allocation/*", lambda c, e: AllocationApi(c).allocation_snapshot(e.user_id)
    ),
    "AllocationApi.allocation_update": Operation(
        "/allocation/update",
        lambda c, e: AllocationApi(c).allocation_update(allocation_cloud=sdk_cloud(e, e.user_id)),
    ),
    "UserApi.user_snapshot": Operation("/user", lambda c, e: UserApi(c).user_snapshot()),
    "WellKnownApi.get_well_known_health": Operation(
        "/.well-known/health", lambda c, e: WellKnownApi(c).get_well_known_health()
    ),
    "WellKnownApi.get_well_known_version": Operation(
        "/.well-known/version", lambda c, e: WellKnownApi(c).get_well_known_version()
    ),
}
CLOUD_ACTIONS = (
    "AllocationsApi.allocations_connect_new_cloud",
    "AllocationsApi.allocations_reconnect_cloud",
    "AllocationsApi.allocations_disconnect_cloud",
    "AllocationsApi.allocations_create_new_allocation",
    "AllocationsApi.allocations_delete_allocation",
    "AllocationApi.allocation_update",
)


def declared_statuses(operation: str) -> frozenset[str]:
    api, method = operation.split(".")
    return sdk_statuses(SDK_APIS[api], method)


DOCUMENTED_ERRORS = [
    pytest.param(operation, int(code), id=f"{operation}-{code}")
    for operation in OPERATIONS
    for code in sorted(declared_statuses(operation))
    if not code.startswith("2")
]


# -- the operations covered ------------------------------------------------------------------------


def test_every_operation_of_the_spec_is_exercised_here() -> None:
    assert set(OPERATIONS) == set(spec_operations())


@pytest.mark.parametrize("api", ["AllocationsApi", "AllocationApi"])
def test_the_spec_covers_every_allocation_operation_of_the_sdk(api: str) -> None:
    cls = SDK_APIS[api]
    methods = {
        f"{api}.{name}"
        for name in vars(cls)
        if not name.startswith("_") and not name.endswith(("_with_http_info", "_without_preload_content"))
    }
    assert methods <= set(spec_operations())


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_the_sdk_declares_the_statuses_of_the_spec(operation: str) -> None:
    assert declared_statuses(operation) == spec_operations()[operation].statuses


@pytest.mark.parametrize(("operation", "code"), DOCUMENTED_ERRORS)
def test_every_documented_error_status_raises_api_exception(
    emu: Emulator, sdk: ApiClient, operation: str, code: int
) -> None:
    text = f"Injected {code} for {operation}."
    emu.inject(OPERATIONS[operation].route, Fault.status(code, text))
    with pytest.raises(ApiException) as caught:
        OPERATIONS[operation].call(sdk, emu)
    assert caught.value.status == code
    assert caught.value.body == text
    assert caught.value.data == text  # every documented error of this API is typed "str" by the SDK


# -- GET /allocations ------------------------------------------------------------------------------


@pytest.mark.parametrize(("count", "seed"), [(0, 0), (1, 0), (5, 11), (150, 1), (150, 2)])
def test_snapshot_parses_every_allocation_as_we_do(
    emu: Emulator, allocations_api: AllocationsApi, count: int, seed: int
) -> None:
    emu.set_allocations(count, seed)
    snapshot = allocations_api.allocations_snapshot()
    assert isinstance(snapshot, SdkAllocations)
    assert len(snapshot.iterable) == count
    for cloud in snapshot.iterable:
        ours = AllocationCloud.model_validate(emu.allocation(cloud.id))
        assert canonical(cloud) == canonical(ours)
    if count:
        assert snapshot.iterable[0].id == emu.user_id


def test_signed_out_snapshot_is_empty(emu: Emulator, allocations_api: AllocationsApi) -> None:
    emu.sign_out()
    assert allocations_api.allocations_snapshot().iterable == []


# -- POST /allocations/connect, reconnect, disconnect ----------------------------------------------


@pytest.mark.parametrize("own_cloud", ["failed", "absent"])
def test_connect_with_the_users_profile_answers_the_running_cloud(
    emu: Emulator, allocations_api: AllocationsApi, user_api: UserApi, own_cloud: str
) -> None:
    if own_cloud == "absent":
        emu.set_allocations(0)
    else:
        emu.set_cloud_status(emu.user_id, "FAILED")
    user = user_api.user_snapshot().user
    assert user is not None

    cloud = allocations_api.allocations_connect_new_cloud(user_profile=user)

    assert isinstance(cloud, SdkAllocationCloud)
    assert cloud.id == cloud.user == emu.user_id
    assert cloud.status.cloud is SdkStatus.RUNNING
    urls = [cloud.urls.base, cloud.urls.id, cloud.urls.vanity]
    assert all(url is not None and url.status is SdkStatus.RUNNING for url in urls)
    assert cloud.version
    assert cloud.updated is not None
    assert cloud.updated.value == FIXED_NOW
    assert status_of(emu, emu.user_id) == "RUNNING"
    # The emulator took the profile exactly as the SDK sends it, and both sides read that body alike.
    sent = emu.requests[-1]
    assert (sent.method, sent.path) == ("POST", "/allocations/connect")
    assert sent.headers["content-type"] == "application/json"
    assert canonical(SdkUserProfile.from_json(sent.body.decode())) == canonical(user)
    assert canonical(UserProfile.model_validate_json(sent.body), sdk_placeholders=True) == canonical(user)


@pytest.mark.parametrize("index", [1, 2, 3, 4], ids=["mixed", "pending", "failed", "disconnected"])
def test_reconnect_answers_the_running_cloud(
    emu: Emulator, allocations_api: AllocationsApi, index: int
) -> None:
    before = allocations_api.allocations_snapshot().iterable[index]

    cloud = allocations_api.allocations_reconnect_cloud(allocation_cloud=before)

    assert isinstance(cloud, SdkAllocationCloud)
    assert cloud.id == before.id
    assert cloud.status.cloud is SdkStatus.RUNNING
    assert cloud.urls.base.status is SdkStatus.RUNNING
    assert status_of(emu, before.id) == "RUNNING"


@pytest.mark.parametrize("drop_on_disconnect", [False, True], ids=["kept", "dropped"])
def test_disconnect_answers_the_uuid_of_the_cloud(drop_on_disconnect: bool) -> None:
    with (
        Emulator(
            port=0, allocations=3, seed=5, connect_delay=0.0, drop_on_disconnect=drop_on_disconnect
        ) as emu,
        sdk_client(emu.url) as client,
    ):
        api = AllocationsApi(client)
        cloud = api.allocations_snapshot().iterable[0]

        answer = api.allocations_disconnect_cloud(allocation_cloud=cloud)

        assert isinstance(answer, str)
        assert answer == cloud.id
        assert str(uuid.UUID(answer)) == answer
        assert str(uuid.UUID(example("disconnect_response"))) == example("disconnect_response")
        after = {c.id: c for c in api.allocations_snapshot().iterable}
        if drop_on_disconnect:
            assert cloud.id not in after
        else:
            assert after[cloud.id].status.cloud is SdkStatus.DISCONNECTED


@pytest.mark.parametrize(
    ("operation", "outcome", "code", "text"),
    [
        ("AllocationsApi.allocations_connect_new_cloud", "fail", 500, example("connect_error_500")),
        ("AllocationsApi.allocations_connect_new_cloud", "time_out", 504, "Gateway Timeout"),
        ("AllocationsApi.allocations_reconnect_cloud", "fail", 500, example("connect_error_500")),
        ("AllocationsApi.allocations_reconnect_cloud", "time_out", 504, "Gateway Timeout"),
    ],
)
def test_a_failed_connect_raises_api_exception_and_leaves_the_cloud_failed(
    emu: Emulator, sdk: ApiClient, operation: str, outcome: str, code: int, text: str
) -> None:
    if outcome == "fail":
        emu.fail_next_connect()
    else:
        emu.time_out_next_connect()
    with pytest.raises(ApiException) as caught:
        OPERATIONS[operation].call(sdk, emu)
    assert caught.value.status == code
    assert caught.value.body == text
    assert status_of(emu, emu.user_id) == "FAILED"


@pytest.mark.parametrize(
    "operation", ["AllocationsApi.allocations_reconnect_cloud", "AllocationsApi.allocations_disconnect_cloud"]
)
def test_a_cloud_action_on_an_unknown_cloud_raises_api_exception(
    emu: Emulator, sdk: ApiClient, operation: str
) -> None:
    unknown = sdk_cloud(emu, emu.user_id).model_copy(update={"id": str(uuid.UUID(int=1))})
    api = AllocationsApi(sdk)
    action = getattr(api, operation.split(".")[1])
    with pytest.raises(ApiException) as caught:
        action(allocation_cloud=unknown)
    assert (caught.value.status, caught.value.body) == (500, CLOUD_NOT_FOUND)


@pytest.mark.parametrize("field", ["project", "region", "version", "user"])
def test_reconnect_takes_a_cloud_with_an_empty_string_field(
    emu: Emulator, allocations_api: AllocationsApi, field: str
) -> None:
    cloud = sdk_cloud(emu, emu.user_id).model_copy(update={field: ""})
    try:
        answer = allocations_api.allocations_reconnect_cloud(allocation_cloud=cloud)
    except ApiException as error:
        raise AssertionError(f"{error.status} {error.body}") from None
    assert answer.status.cloud is SdkStatus.RUNNING


# -- POST /allocations/create and delete: cloud-side only -----------------------------------------


@pytest.mark.parametrize(
    ("operation", "text"),
    [
        ("AllocationsApi.allocations_create_new_allocation", UNIMPLEMENTED_CREATE),
        ("AllocationsApi.allocations_delete_allocation", UNIMPLEMENTED_DELETE),
    ],
)
def test_create_and_delete_are_unimplemented_locally(
    emu: Emulator, sdk: ApiClient, operation: str, text: str
) -> None:
    with pytest.raises(ApiException) as caught:
        OPERATIONS[operation].call(sdk, emu)
    assert (caught.value.status, caught.value.body, caught.value.data) == (500, text, text)


# -- /allocation/{id} and /allocation/update ---------------------------------------------------------


def test_allocation_snapshot_answers_one_cloud(emu: Emulator, allocation_api: AllocationApi) -> None:
    cloud = allocation_api.allocation_snapshot(emu.user_id)
    assert isinstance(cloud, SdkAllocationCloud)
    assert canonical(cloud) == canonical(AllocationCloud.model_validate(emu.allocation(emu.user_id)))


def test_allocation_snapshot_of_an_unknown_cloud_raises_410(allocation_api: AllocationApi) -> None:
    with pytest.raises(ApiException) as caught:
        allocation_api.allocation_snapshot(str(uuid.UUID(int=1)))
    assert (caught.value.status, caught.value.body) == (410, CLOUD_NOT_FOUND)


def test_allocation_update_answers_the_updated_cloud(emu: Emulator, allocation_api: AllocationApi) -> None:
    changed = sdk_cloud(emu, emu.user_id).model_copy(update={"version": "1.5.0", "region": "europe-west1"})

    cloud = allocation_api.allocation_update(allocation_cloud=changed)

    assert isinstance(cloud, SdkAllocationCloud)
    assert (cloud.version, cloud.region) == ("1.5.0", "europe-west1")
    assert canonical(cloud) == canonical(changed)
    assert canonical(sdk_cloud(emu, emu.user_id)) == canonical(changed)


# -- GET /user ------------------------------------------------------------------------------------


def test_user_snapshot_signed_in(emu: Emulator, user_api: UserApi) -> None:
    returned = user_api.user_snapshot()
    assert isinstance(returned, SdkReturnedUserProfile)
    assert returned.user is not None
    assert returned.user.id == emu.user_id
    assert returned.user.allocation is not None
    assert returned.user.allocation.id == emu.user_id
    ours = UserProfile.model_validate(emu.user_profile())
    assert canonical(returned.user) == canonical(ours, sdk_placeholders=True)
    # The emulator's user has a real email and picture: nothing the SDK had to invent.
    assert ours.email is not None
    assert ours.picture is not None


def test_user_snapshot_signed_out_has_no_user(emu: Emulator, user_api: UserApi) -> None:
    emu.sign_out()
    returned = user_api.user_snapshot()
    assert isinstance(returned, SdkReturnedUserProfile)
    assert returned.user is None
    assert returned.var_schema is not None


# -- /.well-known ---------------------------------------------------------------------------------


def test_health_is_ok_with_the_instance_id(emu: Emulator, well_known_api: WellKnownApi) -> None:
    health = well_known_api.get_well_known_health()
    assert health == f"ok:{emu.instance_id}"
    assert OK_INSTANCE.fullmatch(health)
    assert OK_INSTANCE.fullmatch(example("health"))


def test_health_while_migrating(emu: Emulator, well_known_api: WellKnownApi) -> None:
    emu.set_health("migrating")
    assert well_known_api.get_well_known_health() == "migrating"


@pytest.mark.parametrize("version", [None, "12.7.0-staging", "13.0.0"])
def test_version(emu: Emulator, well_known_api: WellKnownApi, version: str | None) -> None:
    if version is not None:
        emu.version = version
    answer = well_known_api.get_well_known_version()
    assert answer == emu.version
    assert VERSION.fullmatch(answer)
    assert VERSION.fullmatch(example("version"))


# -- what the spec does not declare, but Pieces OS is reported to do -------------------------------


@pytest.mark.parametrize("operation", CLOUD_ACTIONS)
def test_signed_out_cloud_actions_raise_401(emu: Emulator, sdk: ApiClient, operation: str) -> None:
    emu.sign_out()
    with pytest.raises(ApiException) as caught:
        OPERATIONS[operation].call(sdk, emu)  # its body is built from the emulator's state, not over HTTP
    assert caught.value.status == 401
    assert caught.value.body


@pytest.mark.parametrize("operation", [op for op in OPERATIONS if not op.startswith("WellKnownApi")])
def test_update_required_raises_593_but_well_known_still_answers(
    emu: Emulator, sdk: ApiClient, operation: str
) -> None:
    emu.set_update_required()
    with pytest.raises(ApiException) as caught:
        OPERATIONS[operation].call(sdk, emu)
    assert (caught.value.status, caught.value.body) == (UPDATE_REQUIRED_STATUS, UPDATE_REQUIRED)
    assert WellKnownApi(sdk).get_well_known_health().startswith("ok:")


# -- what our client sends, read by the SDK --------------------------------------------------------


def test_the_sdk_reads_every_body_our_client_sends(emu: Emulator, run: Run) -> None:
    async def scenario(client: PiecesClient) -> UserProfile:
        user = await client.current_user()
        assert user is not None
        connected = await client.connect(user)
        await client.reconnect(connected)
        await client.disconnect(connected)
        return user

    client = PiecesClient(emu.url)
    try:
        user = run(scenario(client))
    finally:
        run(client.aclose())
    bodies = {r.path: r.body for r in emu.requests if r.method == "POST"}
    sent_user = SdkUserProfile.from_json(bodies["/allocations/connect"].decode())
    assert sent_user is not None
    assert canonical(sent_user) == canonical(user, sdk_placeholders=True)
    for path in ("/allocations/reconnect", "/allocations/disconnect"):
        cloud = SdkAllocationCloud.from_json(bodies[path].decode())
        assert cloud is not None
        assert cloud.id == emu.user_id
        assert canonical(cloud) == canonical(AllocationCloud.model_validate(json.loads(bodies[path])))
