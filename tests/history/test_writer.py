"""HistoryWriter: spans extended cheaply, clocks that jump, pruning in batches that keeps what is needed."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from gui.history.database import FILE_NAME, open_for_writing
from gui.history.reading import changes, spans
from gui.history.records import Aspect, OperationRecord, Span, Transition
from gui.history.writer import HistoryWriter


class Clocks:
    """A wall clock and a monotonic clock the test moves, apart when the machine 'sleeps'."""

    def __init__(self) -> None:
        self.wall = 1_000_000
        self.mono = 50.0

    def advance(self, ms: int) -> None:
        self.wall += ms
        self.mono += ms / 1000


@pytest.fixture
def clocks() -> Clocks:
    return Clocks()


@pytest.fixture
def writer(tmp_path: Path, clocks: Clocks) -> Iterator[HistoryWriter]:
    db = open_for_writing(tmp_path / FILE_NAME).connection
    writer = HistoryWriter(db, clock=lambda: clocks.wall, monotonic=lambda: clocks.mono)
    yield writer
    writer.close()


def all_spans(writer: HistoryWriter) -> list[Span]:
    return spans(writer._db, 0, 10**13)


def test_sights_write_nothing_while_a_span_lasts_and_the_heartbeat_brings_its_end_up_to_date(
    writer: HistoryWriter, clocks: Clocks
) -> None:
    writer.seeing()
    before = writer.connection.total_changes
    for _ in range(50):
        clocks.advance(5_000)
        writer.seeing()  # an unchanged refresh every 5 s: nothing on disk
    assert writer.connection.total_changes == before
    assert all_spans(writer) == [Span(1_000_000, 1_000_000)]
    assert writer.watching() == Span(1_000_000, 1_250_000)  # what is shown runs up to now
    writer.keep_alive()
    assert all_spans(writer) == [Span(1_000_000, 1_250_000)]
    clocks.advance(500)
    writer.keep_alive()  # within the second: not written again
    assert all_spans(writer) == [Span(1_000_000, 1_250_000)]
    writer.blind()
    assert all_spans(writer) == [Span(1_000_000, 1_250_500)]


def test_losing_sight_ends_the_span_where_pieces_os_was_last_seen(
    writer: HistoryWriter, clocks: Clocks
) -> None:
    writer.seeing()
    clocks.advance(5_000)
    writer.seeing()
    clocks.advance(7_000)
    writer.blind()  # the failed refresh that noticed is 7 s later: those 7 s were not seen
    clocks.advance(60_000)
    writer.seeing()
    assert all_spans(writer) == [Span(1_000_000, 1_005_000), Span(1_072_000, 1_072_000)]


def test_a_sleep_the_monotonic_clock_did_not_see_is_not_watched(
    writer: HistoryWriter, clocks: Clocks
) -> None:
    writer.seeing()
    clocks.advance(5_000)
    writer.seeing()
    clocks.wall += 8 * 3600_000  # the machine slept the night: wall time moved, this process did not
    writer.seeing()
    assert all_spans(writer) == [
        Span(1_000_000, 1_005_000),
        Span(1_005_000 + 8 * 3600_000, 1_005_000 + 8 * 3600_000),
    ]


def test_a_clock_set_back_never_makes_a_span_or_changes_run_backwards(
    writer: HistoryWriter, clocks: Clocks
) -> None:
    writer.seeing()
    clocks.advance(10_000)
    writer.seeing()
    writer.keep_alive()
    writer.record([Transition(clocks.wall, "c1", Aspect.CLOUD, None, "RUNNING")])
    clocks.wall -= 3600_000  # set back an hour (NTP, by hand)
    clocks.mono += 1
    writer.seeing()
    writer.record([Transition(clocks.wall, "c1", Aspect.CLOUD, "RUNNING", "FAILED")])
    writer.operation(OperationRecord(clocks.wall, "c1", "reconnect", "failed", "Clouds Connect failed."))
    (span,) = all_spans(writer)
    assert span.ended >= span.started
    _, seen = changes(writer._db, "c1", Aspect.CLOUD, 0, 10**13)
    assert [c.at for c in seen] == sorted(c.at for c in seen)
    assert seen[-1].at >= span.ended - 1 >= 1_010_000 - 1


def test_pruning_goes_in_batches_and_keeps_the_status_each_cloud_had_when_the_kept_history_begins(
    writer: HistoryWriter, clocks: Clocks
) -> None:
    statuses = ["RUNNING", "FAILED"] * 600
    writer.record(Transition(1_000 + i, "c1", Aspect.CLOUD, None, s) for i, s in enumerate(statuses))
    writer.record([Transition(500, "c2", Aspect.CLOUD, None, "DISCONNECTED")])
    removed = [writer.prune(before=10_000, batch=500) for _ in range(4)]
    assert removed == [500, 500, 199, 0]
    before, _ = changes(writer._db, "c1", Aspect.CLOUD, 10_000, 10**13)
    assert before is not None
    assert before.status == "FAILED"
    kept, _ = changes(writer._db, "c2", Aspect.CLOUD, 10_000, 10**13)
    assert kept is not None
    assert kept.status == "DISCONNECTED"


def test_an_empty_record_writes_nothing(writer: HistoryWriter) -> None:
    before = writer._db.total_changes
    assert writer.record([]) == 0
    assert writer._db.total_changes == before


def test_closing_lets_go_of_the_file_even_when_the_span_s_end_cannot_be_written(
    tmp_path: Path, clocks: Clocks
) -> None:
    db = open_for_writing(tmp_path / "full.sqlite3").connection
    writer = HistoryWriter(db, clock=lambda: clocks.wall, monotonic=lambda: clocks.mono)
    writer.seeing()
    clocks.advance(5_000)
    writer.seeing()
    db.execute("PRAGMA query_only = ON")  # as a full disk does: the end cannot be written
    with pytest.raises(sqlite3.OperationalError):
        writer.close()
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        db.execute("SELECT 1")


def test_the_open_span_is_named_for_readers_while_it_lasts_and_a_killed_writer_s_is_forgotten(
    tmp_path: Path, clocks: Clocks
) -> None:
    path = tmp_path / FILE_NAME

    def named(db: sqlite3.Connection) -> list[str]:
        return [row[0] for row in db.execute("SELECT value FROM facts WHERE key = 'watching'")]

    db = open_for_writing(path).connection
    writer = HistoryWriter(db, clock=lambda: clocks.wall, monotonic=lambda: clocks.mono)
    writer.seeing()
    (span_id,) = named(db)
    assert all_spans(writer) == [Span(1_000_000, 1_000_000)]
    assert db.execute("SELECT started FROM spans WHERE id = ?", (int(span_id),)).fetchone()[0] == 1_000_000
    clocks.advance(5_000)
    writer.blind()
    assert named(db) == []
    writer.seeing()
    assert len(named(db)) == 1
    db.close()  # killed: the span was never ended
    again = HistoryWriter(open_for_writing(path).connection)
    assert named(again.connection) == []
    again.close()


def test_a_sleep_the_monotonic_clock_ran_through_is_not_watched_either(
    tmp_path: Path, clocks: Clocks
) -> None:
    """Windows's monotonic clock counts a suspend as the wall clock does: a span that went without a
    heartbeat for longer than the writer's quiet limit was not watched past its last sighting."""
    db = open_for_writing(tmp_path / FILE_NAME).connection
    writer = HistoryWriter(
        db, clock=lambda: clocks.wall, monotonic=lambda: clocks.mono, quiet_limit_ms=45_000
    )
    writer.seeing()
    for _ in range(3):
        clocks.advance(15_000)
        writer.keep_alive()  # awake: the heartbeat comes every 15 s
    clocks.advance(8 * 3600_000)  # asleep: both clocks ran on, and no heartbeat came
    writer.keep_alive()
    clocks.advance(5_000)
    writer.seeing()
    assert all_spans(writer) == [
        Span(1_000_000, 1_045_000),
        Span(1_050_000 + 8 * 3600_000, 1_050_000 + 8 * 3600_000),
    ]
    writer.close()
