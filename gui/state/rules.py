"""The state rules: what Pieces OS answered (or how it failed) in, the next AppState out. Pure functions."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from gui.api import (
    AllocationCloud,
    NotSignedIn,
    PiecesError,
    PiecesTimeout,
    PiecesUnreachable,
    UpdateRequired,
    UserProfile,
)

from .app_state import AppState, Connection, Phase
from .operations import Operation, OperationPhase

# Finished operations kept for the window, the tray and the notification rules to read.
KEPT_FINISHED_OPERATIONS = 8


def forgotten(state: AppState) -> AppState:
    """Another address (or another way to find one): nothing known about the old one stays on screen."""
    return replace(
        state,
        phase=Phase.SEARCHING,
        connection=None,
        user=None,
        allocations=(),
        last_success=None,
        error=None,
        error_text=None,
        pieces_os_lost=False,
        stream_live=False,
    )


def connected(state: AppState, connection: Connection) -> AppState:
    """Pieces OS was found, or told its version and health: shown at once, even if what follows fails."""
    return replace(state, connection=connection)


def migrating(state: AppState, connection: Connection) -> AppState:
    return replace(
        state,
        phase=Phase.MIGRATING,
        connection=connection,
        error=None,
        error_text=None,
        pieces_os_lost=False,
    )


def loaded(
    state: AppState, user: UserProfile | None, allocations: tuple[AllocationCloud, ...], now: datetime
) -> AppState:
    """A whole answer arrived: user and allocations are current, any earlier failure is over."""
    if allocations:
        phase = Phase.LOADED
    elif user is not None:
        phase = Phase.NO_ALLOCATIONS
    else:
        phase = Phase.SIGNED_OUT
    return replace(
        state,
        phase=phase,
        user=user,
        allocations=allocations,
        last_success=now,
        error=None,
        error_text=None,
        pieces_os_lost=False,
    )


def user_pushed(state: AppState, user: UserProfile | None) -> AppState:
    """Pieces OS pushed who is signed in (and their cloud) over its live stream."""
    if user is None:
        if state.phase in (Phase.LOADED, Phase.NO_ALLOCATIONS, Phase.SIGNED_OUT):
            return replace(state, user=None, phase=Phase.LOADED if state.allocations else Phase.SIGNED_OUT)
        return replace(state, user=None)
    allocations = state.allocations
    pushed = user.allocation
    if pushed is not None and any(cloud.id == pushed.id for cloud in allocations):
        # The pushed cloud is newer than the one listed: show it now, the snapshot follows.
        allocations = tuple(pushed if cloud.id == pushed.id else cloud for cloud in allocations)
    phase = state.phase
    if phase is Phase.SIGNED_OUT:
        phase = Phase.LOADED if allocations else Phase.NO_ALLOCATIONS
    return replace(state, user=user, allocations=allocations, phase=phase)


def failed(state: AppState, error: PiecesError, *, answering: bool = False) -> AppState:
    """A refresh failed: what the window says depends on what failed and on what is already shown.

    `answering`: Pieces OS answered its health check in this refresh, so a later timeout means it
    is slow or stuck on that request, not gone.
    """
    text = str(error)
    if isinstance(error, UpdateRequired):
        return replace(state, phase=Phase.UPDATE_REQUIRED, error=error, error_text=text, pieces_os_lost=False)
    if isinstance(error, NotSignedIn):
        return replace(
            state,
            phase=Phase.SIGNED_OUT,
            user=None,
            allocations=(),
            error=error,
            error_text=text,
            pieces_os_lost=False,
        )
    # Decided here, once: the notices, the tray, the status bar and --status read it from the state.
    lost = lost_pieces_os(error, answering=answering)
    if state.last_success is not None and state.phase is Phase.LOADED:
        # Stale: keep showing what we had.
        return replace(state, error=error, error_text=text, pieces_os_lost=lost)
    phase = Phase.UNREACHABLE if lost else Phase.FAILING
    return replace(state, phase=phase, error=error, error_text=text, pieces_os_lost=lost)


def lost_pieces_os(error: PiecesError, *, answering: bool = False) -> bool:
    """Nothing answered (in time): Pieces OS may have stopped, or restarted on another port.

    When its health check answered in the same refresh, a timeout only means it is slow. `failed`
    keeps the answer in AppState.pieces_os_lost: read it there.
    """
    if isinstance(error, PiecesTimeout):
        return not answering
    return isinstance(error, PiecesUnreachable)


def refreshing(state: AppState, busy: bool) -> AppState:
    return replace(state, refreshing=busy)


def interval(state: AppState, seconds: float) -> AppState:
    return replace(state, refresh_seconds=seconds)


def stream_live(state: AppState, live: bool) -> AppState:
    return replace(state, stream_live=live)


def operation_started(state: AppState, operation: Operation) -> AppState:
    return replace(state, operations=(*state.operations, operation))


def operation_changed(state: AppState, operation: Operation) -> AppState:
    """Replace the operation of that number; of those that ended, only the latest few are kept."""
    operations = tuple(operation if o.number == operation.number else o for o in state.operations)
    running = tuple(o for o in operations if o.phase is OperationPhase.RUNNING)
    ended = tuple(o for o in operations if o.phase is not OperationPhase.RUNNING)
    return replace(state, operations=running + ended[-KEPT_FINISHED_OPERATIONS:])
