"""HistoryRecorder: only changes are written, a drop is told apart from a disconnect the user asked for."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from gui.api import AllocationCloud, PiecesTimeout
from gui.history.database import FILE_NAME, open_for_writing
from gui.history.reading import changes, operations, spans
from gui.history.recorder import HistoryRecorder, last_statuses, pieces_os_word
from gui.history.records import ABSENT, PIECES_OS, Aspect
from gui.history.writer import HistoryWriter
from gui.state import AppState, Operation, OperationKind, OperationPhase, Phase, rules

from ..views.builders import NOW, cloud, connection

FOREVER = 10**13


class World:
    def __init__(self, path: Path) -> None:
        self.wall = 1_000_000
        self.mono = 100.0
        self.path = path
        self.db = open_for_writing(path).connection
        self.writer = HistoryWriter(self.db, clock=lambda: self.wall, monotonic=lambda: self.mono)
        self.recorder = HistoryRecorder(self.writer, last_statuses(self.db), monotonic=lambda: self.mono)

    def tick(self, ms: int = 5_000) -> None:
        self.wall += ms
        self.mono += ms / 1000

    def cloud_statuses(self, cloud_id: str) -> list[tuple[str | None, bool]]:
        before, later = changes(self.db, cloud_id, Aspect.CLOUD, 0, FOREVER)
        found = ([before] if before else []) + later
        return [(c.status, c.by_user) for c in found]


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    made = World(tmp_path / FILE_NAME)
    yield made
    made.writer.close()


def loaded(*clouds: AllocationCloud, operations: tuple[Operation, ...] = ()) -> AppState:
    return AppState(
        phase=Phase.LOADED,
        connection=connection(),
        allocations=tuple(clouds),
        operations=operations,
    )


def test_an_unchanged_refresh_writes_no_transition(world: World) -> None:
    world.recorder.observe(loaded(cloud("c1")))
    count = world.db.execute("SELECT count(*) FROM transitions").fetchone()[0]
    assert count == 4  # Pieces OS, the cloud, its base and id URLs
    for _ in range(20):
        world.tick()
        world.recorder.observe(loaded(cloud("c1")))
    assert world.db.execute("SELECT count(*) FROM transitions").fetchone()[0] == count
    assert len(spans(world.db, 0, FOREVER)) == 1


def test_a_drop_and_a_disconnect_the_user_ran_are_told_apart(world: World) -> None:
    world.recorder.observe(loaded(cloud("c1")))
    world.tick()
    world.recorder.observe(loaded(cloud("c1", "FAILED")))  # nobody asked: a drop
    world.tick()
    world.recorder.observe(loaded(cloud("c1")))
    asked = Operation(1, OperationKind.DISCONNECT, "c1", started=world.mono)
    world.tick()
    world.recorder.observe(loaded(cloud("c1"), operations=(asked,)))
    done = Operation(
        1, OperationKind.DISCONNECT, "c1", OperationPhase.SUCCEEDED, started=asked.started, ended=world.mono
    )
    world.tick()
    world.recorder.observe(loaded(cloud("c1", "DISCONNECTED"), operations=(done,)))
    world.tick()
    world.recorder.observe(loaded(operations=(done,)))  # and then Pieces OS stops listing it
    assert world.cloud_statuses("c1") == [
        ("RUNNING", False),
        ("FAILED", False),
        ("RUNNING", False),
        ("DISCONNECTED", True),
        (ABSENT, True),
    ]
    (record,) = operations(world.db, 0, FOREVER)
    assert (record.cloud, record.kind, record.outcome, record.detail) == (
        "c1",
        "disconnect",
        "succeeded",
        None,
    )


def test_pieces_os_going_away_ends_the_watched_span_and_is_recorded(world: World) -> None:
    world.recorder.observe(loaded(cloud("c1")))
    world.tick()
    world.recorder.observe(loaded(cloud("c1")))
    world.tick()
    world.recorder.observe(AppState(phase=Phase.UNREACHABLE, error_text="Pieces OS is not reachable"))
    world.tick(60_000)
    world.recorder.observe(loaded(cloud("c1")))
    before, later = changes(world.db, PIECES_OS, Aspect.PIECES_OS, 0, FOREVER)
    assert [c.status for c in ([before] if before else []) + later] == ["ok", "unreachable", "ok"]
    assert [(s.started, s.ended) for s in spans(world.db, 0, FOREVER)] == [
        (1_000_000, 1_005_000),
        (1_070_000, 1_070_000),
    ]


def test_a_restart_takes_up_where_the_file_left_off(world: World) -> None:
    world.recorder.observe(loaded(cloud("c1")))
    world.writer.close()
    again = World(world.path)
    again.wall = world.wall + 60_000
    again.recorder.observe(loaded(cloud("c1")))  # same as before the restart: nothing new
    again.recorder.observe(loaded(cloud("c1", "PENDING")))
    assert again.cloud_statuses("c1") == [("RUNNING", False), ("PENDING", False)]
    world.writer = again.writer  # closed by the fixture


def test_searching_writes_nothing_and_stale_lists_do_not_count_as_seen_statuses(world: World) -> None:
    world.recorder.observe(AppState())
    assert world.db.execute("SELECT count(*) FROM transitions").fetchone()[0] == 0
    world.recorder.observe(loaded(cloud("c1")))
    stale = AppState(
        phase=Phase.LOADED,
        connection=connection(),
        allocations=(cloud("c1", "FAILED"),),
        error_text="timed out",
    )
    world.recorder.observe(stale)
    assert world.cloud_statuses("c1") == [("RUNNING", False)]


def test_a_list_that_times_out_while_health_answers_reads_as_an_error_not_gone() -> None:
    shown = replace(loaded(cloud("c1")), last_success=NOW)  # the list stays shown while refreshing fails
    slow = rules.failed(shown, PiecesTimeout("when asked to list the allocations", 15), answering=True)
    assert pieces_os_word(slow) == "error"
    assert pieces_os_word(rules.failed(shown, PiecesTimeout("when asked for its health", 2))) == "unreachable"
