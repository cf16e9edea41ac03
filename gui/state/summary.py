"""The one summary the tray, notifications and --status show: the user's own cloud, else the worst of all."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from gui.api import AllocationCloud, AllocationStatus

from .app_state import AppState, Phase


class CloudStatus(enum.Enum):
    """What a glance at the tray tells: each value has its own icon."""

    CONNECTED = "connected"
    CONNECTING = "connecting"
    FAILED = "failed"
    DISCONNECTED = "disconnected"
    NO_CLOUD = "no_cloud"  # signed in, no cloud yet
    SIGNED_OUT = "signed_out"  # Pieces OS answers, nobody is signed in
    UNREACHABLE = "unreachable"  # nothing answers (in time): Pieces OS is not running, or moved
    ERROR = "error"  # Pieces OS answers, but with an error or an answer the app cannot read
    NOT_READY = "not_ready"  # Pieces OS is migrating its data, or needs an update
    UNKNOWN = "unknown"  # not known yet (starting, looking for Pieces OS) or a status this app does not know


@dataclass(frozen=True)
class Summary:
    status: CloudStatus
    # The data behind the status is old: refreshing has failed since it arrived.
    stale: bool = False
    # The cloud the status describes, when it is about one.
    cloud: AllocationCloud | None = None
    # That cloud is the signed-in user's own (not merely the worst of several).
    own: bool = False


# Worst first: sorting ascending brings the clouds that need attention to the top.
_SEVERITY = {
    AllocationStatus.FAILED: 0,
    AllocationStatus.DISCONNECTED: 1,
    AllocationStatus.PENDING: 2,
    AllocationStatus.UNKNOWN: 3,
    AllocationStatus.RUNNING: 4,
    AllocationStatus.SUCCEEDED: 4,
}

_BY_ALLOCATION_STATUS = {
    AllocationStatus.RUNNING: CloudStatus.CONNECTED,
    AllocationStatus.SUCCEEDED: CloudStatus.CONNECTED,
    AllocationStatus.PENDING: CloudStatus.CONNECTING,
    AllocationStatus.FAILED: CloudStatus.FAILED,
    AllocationStatus.DISCONNECTED: CloudStatus.DISCONNECTED,
}

_BY_PHASE = {
    Phase.SEARCHING: CloudStatus.UNKNOWN,
    Phase.UNREACHABLE: CloudStatus.UNREACHABLE,
    Phase.FAILING: CloudStatus.ERROR,
    Phase.MIGRATING: CloudStatus.NOT_READY,
    Phase.UPDATE_REQUIRED: CloudStatus.NOT_READY,
    Phase.SIGNED_OUT: CloudStatus.SIGNED_OUT,
    Phase.NO_ALLOCATIONS: CloudStatus.NO_CLOUD,
}


def severity(status: AllocationStatus) -> int:
    return _SEVERITY.get(status, _SEVERITY[AllocationStatus.UNKNOWN])


def worst(allocations: Iterable[AllocationCloud]) -> AllocationCloud | None:
    """The cloud that most needs attention (the first of equals, so the answer is stable)."""
    return min(allocations, key=lambda cloud: severity(cloud.status.cloud), default=None)


def own_cloud(state: AppState) -> AllocationCloud | None:
    """The signed-in user's own cloud, when Pieces OS lists it."""
    if state.user is None:
        return None
    return next((cloud for cloud in state.allocations if cloud.user == state.user.id), None)


def cloud_status(status: AllocationStatus) -> CloudStatus:
    return _BY_ALLOCATION_STATUS.get(status, CloudStatus.UNKNOWN)


def summarize(state: AppState) -> Summary:
    """The status of the user's own cloud when there is one, otherwise of the worst cloud listed."""
    if state.phase is not Phase.LOADED:
        return Summary(_BY_PHASE[state.phase], stale=state.stale)
    own = own_cloud(state)
    cloud = own or worst(state.allocations)
    if cloud is None:
        status = CloudStatus.NO_CLOUD if state.user is not None else CloudStatus.SIGNED_OUT
        return Summary(status, stale=state.stale)
    return Summary(cloud_status(cloud.status.cloud), state.stale, cloud, own is not None)
