"""HistoryRecorder: turns each new AppState into what changed since the last, for the writer to keep."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator

from gui.api import AllocationCloud
from gui.state import AppState, OperationKind, OperationPhase, Phase

from .records import ABSENT, PIECES_OS, Aspect, OperationRecord, Transition
from .writer import HistoryWriter

__all__ = ["HistoryRecorder", "last_statuses", "pieces_os_word"]

# How Pieces OS itself reads in the history, by the window's phase (None: nothing known yet).
_PIECES_OS = {
    Phase.SEARCHING: None,
    Phase.UNREACHABLE: "unreachable",
    Phase.FAILING: "error",
    Phase.MIGRATING: "migrating",
    Phase.UPDATE_REQUIRED: "update_required",
    Phase.SIGNED_OUT: "signed_out",
    Phase.NO_ALLOCATIONS: "ok",
    Phase.LOADED: "ok",
}
# A cloud's statuses are seen only while Pieces OS lists them.
_SEES_CLOUDS = {Phase.LOADED, Phase.NO_ALLOCATIONS}
# A change the user asked for: the operation that explains each status it leads to.
_ASKED = {
    OperationKind.DISCONNECT: {"DISCONNECTED", ABSENT},
    OperationKind.DELETE: {ABSENT, "DISCONNECTED"},
    OperationKind.CONNECT: {"PENDING", "RUNNING", "SUCCEEDED"},
    OperationKind.RECONNECT: {"PENDING", "RUNNING", "SUCCEEDED"},
}
# An operation that ended this long ago (seconds) still explains a change seen now: the list that
# shows its effect can come a refresh later.
_EXPLAINS_FOR = 120.0


def pieces_os_word(state: AppState) -> str | None:
    """How Pieces OS reads in the history for this state; None while it is being looked for."""
    if state.error is not None and state.phase in _SEES_CLOUDS:
        # A list still shown while refreshing fails: Pieces OS is gone, or answers with an error.
        return "unreachable" if state.pieces_os_lost else "error"  # as the state rules decided
    return _PIECES_OS[state.phase]


def _statuses(cloud: AllocationCloud) -> Iterator[tuple[Aspect, str]]:
    yield Aspect.CLOUD, cloud.status.cloud_raw or cloud.status.cloud.value
    urls = cloud.urls
    for aspect, url in (
        (Aspect.URL_BASE, urls.base),
        (Aspect.URL_ID, urls.id),
        (Aspect.URL_VANITY, urls.vanity),
    ):
        if url is not None:
            yield aspect, url.status_raw or url.status.value


class HistoryRecorder:
    """Remembers the last status of each subject (from the file, at start) and writes only changes.

    An unchanged refresh writes nothing: the service's heartbeat keeps the watched span's end on disk.
    """

    def __init__(
        self,
        writer: HistoryWriter,
        last: dict[tuple[str, str], str],
        *,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._writer = writer
        self._last = dict(last)  # (subject, aspect value) -> status
        self._monotonic = monotonic
        self._ended: set[int] = set()  # operations already written
        self._named: dict[str, str] = {}  # cloud id -> the address written for it

    def observe(self, state: AppState) -> None:
        word = pieces_os_word(state)
        if word is None:
            self._writer.blind()  # looking for Pieces OS: nothing is seen until it is found
            return
        now = self._writer.now()
        changes = list(self._pieces_os(word, state, now))
        current = state.error_text is None  # a list shown while refreshing fails is not seen now
        if state.phase in _SEES_CLOUDS and current:
            changes += self._clouds(state, now)
        if current and (state.phase in _SEES_CLOUDS or state.phase is Phase.SIGNED_OUT):
            self._writer.seeing()
        else:
            self._writer.blind()
        self._writer.record(changes)
        self._operations(state, now)

    def _pieces_os(self, word: str, state: AppState, now: int) -> Iterator[Transition]:
        key = (PIECES_OS, Aspect.PIECES_OS.value)
        old = self._last.get(key)
        if old != word:
            self._last[key] = word
            yield Transition(
                now,
                PIECES_OS,
                Aspect.PIECES_OS,
                old,
                word,
                detail=state.error_text if word == "error" else None,
            )

    def _clouds(self, state: AppState, now: int) -> list[Transition]:
        out: list[Transition] = []
        listed: set[str] = set()
        for cloud in state.allocations:
            listed.add(cloud.id)
            if self._named.get(cloud.id) != cloud.personal_url:
                self._named[cloud.id] = cloud.personal_url
                self._writer.name_cloud(cloud.id, cloud.personal_url)
            for aspect, status in _statuses(cloud):
                key = (cloud.id, aspect.value)
                old = self._last.get(key)
                if old != status:
                    self._last[key] = status
                    by_user = aspect is Aspect.CLOUD and self._asked(state, cloud.id, status)
                    out.append(Transition(now, cloud.id, aspect, old, status, by_user))
        for (subject, aspect_name), old in list(self._last.items()):
            if subject and subject not in listed and aspect_name == Aspect.CLOUD.value and old != ABSENT:
                self._last[(subject, aspect_name)] = ABSENT
                out.append(
                    Transition(now, subject, Aspect.CLOUD, old, ABSENT, self._asked(state, subject, ABSENT))
                )
        return out

    def _asked(self, state: AppState, cloud_id: str, status: str) -> bool:
        mono = self._monotonic()
        for operation in state.operations:
            if operation.allocation_id != cloud_id or status not in _ASKED.get(operation.kind, ()):
                continue
            if operation.running or (
                operation.phase is OperationPhase.SUCCEEDED
                and operation.ended is not None
                and mono - operation.ended <= _EXPLAINS_FOR
            ):
                return True
        return False

    def _operations(self, state: AppState, now: int) -> None:
        for operation in state.operations:
            if operation.running or operation.number in self._ended:
                continue
            self._ended.add(operation.number)
            failed = operation.phase is OperationPhase.FAILED
            self._writer.operation(
                OperationRecord(
                    now,
                    operation.allocation_id,
                    operation.kind.value,
                    operation.phase.value,
                    # What went wrong, in Pieces OS's or the app's words; nothing of a success's text.
                    operation.outcome if failed else None,
                )
            )


def last_statuses(db: sqlite3.Connection) -> dict[tuple[str, str], str]:
    """The last recorded status of every subject and aspect: where the recorder takes up after a restart."""
    rows = db.execute(
        "SELECT subject, aspect, new FROM transitions"
        " WHERE id IN (SELECT max(id) FROM transitions GROUP BY subject, aspect)"
    ).fetchall()
    return {(row[0], row[1]): row[2] for row in rows}
