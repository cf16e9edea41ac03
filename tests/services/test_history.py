"""HistoryService: what real refreshes of the emulator bring is recorded, paused in words when it can't be."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from gui.api import PiecesUnreachable
from gui.emulator import Emulator
from gui.history.database import FILE_NAME, open_for_writing
from gui.history.reading import changes, spans
from gui.history.records import PIECES_OS, Aspect, OperationRecord, Reading, Transition
from gui.history.writer import HistoryWriter, wall_ms
from gui.services.connection import PiecesConnection
from gui.services.history import HistoryService
from gui.services.store import StateStore

from ..conftest import Run

FOREVER = 10**13


def refresh(store: StateStore, connection: PiecesConnection, run: Run) -> None:
    client = connection.require()
    store.loaded(run(client.current_user()), run(client.snapshot()).iterable)


@pytest.fixture
def history(store: StateStore, tmp_path: Path) -> Iterator[HistoryService]:
    service = HistoryService(store, tmp_path / FILE_NAME)
    service.start()
    yield service
    service.stop()


def cloud_statuses(history: HistoryService, cloud_id: str) -> list[str]:
    assert history._writer is not None
    before, later = changes(history._writer.connection, cloud_id, Aspect.CLOUD, 0, FOREVER)
    return [c.status for c in ([before] if before else []) + later]


def test_refreshes_record_each_change_once_and_pieces_os_going_away(
    qtbot: QtBot,
    emulator: Emulator,
    store: StateStore,
    connection: PiecesConnection,
    run: Run,
    history: HistoryService,
) -> None:
    refresh(store, connection, run)
    first = store.state.allocations[0].id
    start = cloud_statuses(history, first)
    for _ in range(5):
        refresh(store, connection, run)  # unchanged: nothing more is written
    assert cloud_statuses(history, first) == start
    emulator.set_cloud_status(first, "FAILED")
    with qtbot.waitSignal(history.recorded):
        refresh(store, connection, run)
    assert cloud_statuses(history, first) == [*start, "FAILED"]
    store.failed(PiecesUnreachable(emulator.url))
    assert history._writer is not None
    db = history._writer.connection
    before, later = changes(db, PIECES_OS, Aspect.PIECES_OS, 0, FOREVER)
    assert [c.status for c in ([before] if before else []) + later] == ["ok", "unreachable"]
    (span,) = spans(db, 0, FOREVER)
    assert span.ended >= span.started


def test_the_timeline_read_back_is_what_the_details_pane_shows(
    store: StateStore, connection: PiecesConnection, run: Run, history: HistoryService
) -> None:
    refresh(store, connection, run)
    cloud = store.state.allocations[0]
    now = history.now()
    timeline = history.timeline(cloud.id, now - 3_600_000, now)
    assert timeline.current is not None
    assert timeline.current.status == (cloud.status.cloud_raw or cloud.status.cloud.value)


def test_a_folder_that_cannot_hold_the_file_pauses_recording_in_words(
    qtbot: QtBot, store: StateStore, connection: PiecesConnection, run: Run, tmp_path: Path
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the data folder should be")
    service = HistoryService(store, blocked / FILE_NAME)
    with qtbot.waitSignal(service.paused_changed) as said:
        service.start()
    assert said.args is not None
    assert "The status history is paused" in said.args[0]
    refresh(store, connection, run)  # the app runs on
    assert store.state.allocations
    service.stop()


def test_a_disk_that_fills_up_while_recording_pauses_it_and_the_app_runs_on(
    qtbot: QtBot,
    emulator: Emulator,
    store: StateStore,
    connection: PiecesConnection,
    run: Run,
    history: HistoryService,
) -> None:
    refresh(store, connection, run)
    assert history._writer is not None
    db = history._writer.connection
    db.execute("PRAGMA max_page_count = {}".format(db.execute("PRAGMA page_count").fetchone()[0]))
    emulator.set_allocations(300, seed=4)  # many new clouds: more rows than the file may hold
    with qtbot.waitSignal(history.paused_changed) as said:
        refresh(store, connection, run)
    assert said.args is not None
    assert "the disk is full" in said.args[0]
    assert len(store.state.allocations) == 300


def test_since_when_a_cloud_holds_its_status_counts_only_watched_time(
    store: StateStore, connection: PiecesConnection, run: Run, history: HistoryService
) -> None:
    refresh(store, connection, run)
    cloud = store.state.allocations[0]
    status = cloud.status.cloud_raw or cloud.status.cloud.value
    assert history._writer is not None
    watching = history._writer.watching()
    assert watching is not None
    assert history.held_since(cloud.id, status) == watching.started  # first seen as the app started
    assert history.held_since(cloud.id, "SOMETHING ELSE") is None
    store.failed(PiecesUnreachable(connection.require().base_url))  # nobody sees it now: nothing is claimed
    assert history.held_since(cloud.id, status) is None


def test_a_stretch_watched_before_and_met_within_a_second_counts_towards_since_when(
    store: StateStore, connection: PiecesConnection, run: Run, history: HistoryService
) -> None:
    refresh(store, connection, run)
    cloud = store.state.allocations[0]
    status = cloud.status.cloud_raw or cloud.status.cloud.value
    assert history._writer is not None
    watching = history._writer.watching()
    assert watching is not None
    db = history._writer.connection
    # Two earlier stretches: one that ended half a second before this one began, one long before that.
    db.execute(
        "INSERT INTO spans (started, ended) VALUES (?, ?)",
        (watching.started - 7200_000, watching.started - 3600_000),
    )
    db.execute(
        "INSERT INTO spans (started, ended) VALUES (?, ?)",
        (watching.started - 1800_000, watching.started - 500),
    )
    db.execute("UPDATE transitions SET at = ? WHERE subject = ?", (watching.started - 9000_000, cloud.id))
    assert history.held_since(cloud.id, status) == watching.started - 1800_000


def test_starting_twice_keeps_one_writer(store: StateStore, tmp_path: Path) -> None:
    service = HistoryService(store, tmp_path / FILE_NAME)
    service.start()
    writer = service._writer
    service.start()  # as Application.run() does after a test's own start()
    assert service._writer is writer
    service.stop()


@pytest.mark.parametrize(
    "monotonic_ran_on", [False, True], ids=["monotonic-stopped (Linux, macOS)", "monotonic-ran-on (Windows)"]
)
def test_a_wake_leaves_the_sleep_unwatched_and_a_change_seen_after_it_is_dated_at_the_wake(
    qtbot: QtBot,
    emulator: Emulator,
    store: StateStore,
    connection: PiecesConnection,
    run: Run,
    history: HistoryService,
    monotonic_ran_on: bool,
) -> None:
    refresh(store, connection, run)
    qtbot.wait(200)
    refresh(store, connection, run)
    cloud = store.state.allocations[0]
    assert history._writer is not None
    writer, db = history._writer, history._writer.connection
    asleep = writer.now()
    night = 8 * 3_600_000
    wall = writer._clock
    # The machine slept the night: the wall clock ran on, this process did not. Linux's and macOS's
    # monotonic clock stops meanwhile; Windows's counts the suspend too.
    writer._clock = lambda: wall() + night
    if monotonic_ran_on:
        mono = writer._monotonic
        writer._monotonic = lambda: mono() + night / 1000
    emulator.set_cloud_status(cloud.id, "FAILED")  # it failed at some moment nobody saw
    refresh(store, connection, run)
    qtbot.wait(200)
    refresh(store, connection, run)
    first, second = spans(db, 0, FOREVER)
    assert first.started < first.ended <= asleep  # the span before the sleep ends where it was last seen
    assert second.started >= asleep + night
    assert cloud_statuses(history, cloud.id)[-1] == "FAILED"
    failed_at = changes(db, cloud.id, Aspect.CLOUD, 0, FOREVER)[1][-1].at
    assert failed_at >= second.started  # seen after the wake, not dated into the night
    now = history.now()
    timeline = history.timeline(cloud.id, now - 24 * 3_600_000, now)
    readings = [(p.reading, p.start, p.end) for p in timeline.segments]
    assert readings == [
        (Reading.NOT_WATCHED, now - 24 * 3_600_000, first.started),
        (Reading.CONNECTED, first.started, first.ended),
        (Reading.NOT_WATCHED, first.ended, failed_at),
        (Reading.FAILED, failed_at, now),
    ]
    # The night counts neither as up nor as down: watched is the moments either side of it.
    assert timeline.uptime.watched == (first.ended - first.started) + (now - failed_at) < 60_000
    (incident,) = timeline.incidents
    assert incident.watched == now - failed_at
    assert history.held_since(cloud.id, "FAILED") == failed_at


def test_rows_older_than_the_kept_days_go_in_batches_after_start_and_the_rest_stays(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    store: StateStore,
    connection: PiecesConnection,
    run: Run,
    tmp_path: Path,
) -> None:
    day = 86_400_000
    path = tmp_path / FILE_NAME
    db = open_for_writing(path).connection
    now = wall_ms()
    old = now - 40 * day
    old_spans = [(old + i, old + i) for i in range(300)]
    writer = HistoryWriter(db)
    writer.record(
        Transition(old + i, "c1", Aspect.CLOUD, None, ("RUNNING", "FAILED")[i % 2]) for i in range(1_000)
    )
    writer.operation(OperationRecord(old, "c1", "reconnect", "succeeded"))
    db.executemany("INSERT INTO spans (started, ended) VALUES (?, ?)", old_spans)
    writer.record([Transition(now - 10 * day, "c1", Aspect.CLOUD, "FAILED", "RUNNING")])
    writer.close()
    monkeypatch.setattr("gui.services.history.PRUNE_FIRST_MS", 0)
    monkeypatch.setattr("gui.services.history.PRUNE_BATCH", 100)
    service = HistoryService(store, path, retention_days=30)
    batches: list[int] = []
    service.start()
    assert service._writer is not None
    prune = service._writer.prune

    def counted(before: int, batch: int = 500) -> int:
        removed = prune(before, batch)
        batches.append(removed)
        return removed

    monkeypatch.setattr(service._writer, "prune", counted)
    try:
        qtbot.waitUntil(lambda: bool(batches) and batches[-1] == 0, timeout=10_000)
        read = service._writer.connection
        before, later = changes(read, "c1", Aspect.CLOUD, now - 30 * day, FOREVER)
        # The last change before the cut is kept: it says what the cloud was when the kept history begins.
        assert before is not None
        assert before.at < now - 30 * day
        assert [c.status for c in later] == ["RUNNING"]
        cut = (now - 30 * day,)
        assert read.execute("SELECT count(*) FROM transitions WHERE at < ?", cut).fetchone()[0] == 1
        assert read.execute("SELECT count(*) FROM operations").fetchone()[0] == 0
        assert spans(read, 0, now - 30 * day) == []
        # A batch at a time, each on a loop turn of its own: none holds the loop for the whole year.
        assert len(batches) >= 10
        assert max(batches) <= 300
    finally:
        service.stop()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real file system of 4 MiB (a tmpfs), to fill up: mounting one needs root."""
    folder = tmp_path / "small"
    folder.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs root")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)], capture_output=True, check=False
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> Path:
    """Every byte left on the file system, taken by one file."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            try:
                os.write(fd, b"\0" * 4096)
            except OSError as error:
                why = error.errno
                break
    finally:
        os.close(fd)
    assert why == errno.ENOSPC
    return filler


def test_a_real_disk_that_fills_up_pauses_recording_and_it_resumes_once_there_is_room(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    emulator: Emulator,
    store: StateStore,
    connection: PiecesConnection,
    run: Run,
    small_disk: Path,
) -> None:
    monkeypatch.setattr("gui.services.history.RETRY_MS", 200)
    service = HistoryService(store, small_disk / FILE_NAME)
    service.start()
    try:
        refresh(store, connection, run)
        assert service.paused is None
        filler = fill(small_disk)
        emulator.set_allocations(300, seed=4)  # many new clouds: more rows than the disk has room for
        with qtbot.waitSignal(service.paused_changed) as said:
            refresh(store, connection, run)
        assert said.args is not None
        assert said.args[0].startswith("The status history is paused: the disk is full.")
        assert len(store.state.allocations) == 300  # the app runs on
        filler.unlink()
        with qtbot.waitSignal(service.paused_changed, timeout=10_000) as again:
            pass  # the retry opens the file again once there is room
        assert again.args == [""]
        assert service.paused is None
        new = store.state.allocations[-1].id
        assert cloud_statuses(service, new) != []  # what was not written then is recorded now
    finally:
        service.stop()
    db = sqlite3.connect(small_disk / FILE_NAME)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
