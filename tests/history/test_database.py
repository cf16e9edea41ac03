"""The history file: made and migrated, a broken one set aside, a full disk said in words, readers beside."""

from __future__ import annotations

import os
import pwd
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from gui.history.database import (
    FILE_NAME,
    SCHEMA_VERSION,
    HistoryUnavailable,
    explain,
    open_for_reading,
    open_for_writing,
)


def test_a_new_file_is_made_in_wal_mode_at_the_current_format(tmp_path: Path) -> None:
    opened = open_for_writing(tmp_path / "data" / FILE_NAME)
    db = opened.connection
    assert opened.set_aside is None
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    db.close()
    # Opening again migrates nothing and keeps what was there.
    again = open_for_writing(tmp_path / "data" / FILE_NAME)
    assert again.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    again.connection.close()


@pytest.mark.parametrize(
    "content",
    [b"this is not a database" * 200, b"SQLite format 3\x00" + b"\xff" * 4000],
    ids=["text", "torn"],
)
def test_a_file_that_is_not_a_database_is_moved_aside_and_a_new_one_started(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / FILE_NAME
    path.write_bytes(content)
    opened = open_for_writing(path, stamp=lambda: "20261207-101500")
    assert opened.set_aside == tmp_path / f"{FILE_NAME}.broken-20261207-101500"
    assert opened.set_aside.read_bytes() == content
    assert opened.connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    opened.connection.close()


def test_a_database_with_a_damaged_page_fails_the_quick_check_and_is_moved_aside(tmp_path: Path) -> None:
    """A real history whose header is sound but one page in the middle is overwritten, as a bad disk does."""
    path = tmp_path / FILE_NAME
    db = open_for_writing(path).connection
    db.executemany(
        "INSERT INTO transitions (at, subject, aspect, old, new) VALUES (?, ?, 'cloud', NULL, 'RUNNING')",
        ((i, f"c{i % 50}") for i in range(20_000)),
    )
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(path.read_bytes())
    middle = len(data) // 4096 // 2 * 4096
    data[middle + 8 : middle + 400] = bytes(range(256)) + bytes(range(136))
    path.write_bytes(bytes(data))
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA quick_check").fetchone()[0] != "ok"
    check.close()
    opened = open_for_writing(path, stamp=lambda: "20261207-101500")
    assert opened.set_aside == tmp_path / f"{FILE_NAME}.broken-20261207-101500"
    assert opened.set_aside.read_bytes() == bytes(data)
    assert opened.connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert opened.connection.execute("SELECT count(*) FROM transitions").fetchone()[0] == 0
    opened.connection.close()


def test_a_file_from_a_newer_app_is_left_alone_and_said_so(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 99")
    db.close()
    with pytest.raises(HistoryUnavailable, match="newer version of the app"):
        open_for_writing(path)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 99
    db.close()


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads the open files from /proc (Linux)")
def test_a_file_left_alone_is_not_kept_open(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 99")
    db.close()
    with pytest.raises(HistoryUnavailable):
        open_for_writing(path)
    assert [fd for fd in Path("/proc/self/fd").iterdir() if fd.resolve() == path.resolve()] == []


def test_a_full_disk_pauses_recording_with_words_not_a_traceback(tmp_path: Path) -> None:
    opened = open_for_writing(tmp_path / FILE_NAME)
    db = opened.connection
    # SQLite's own limit on the file's pages gives the very error a full disk gives.
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(sqlite3.OperationalError) as raised:
        db.executemany("INSERT INTO facts VALUES (?, ?)", ((str(i), "x" * 500) for i in range(1000)))
    assert "the disk is full" in explain(raised.value, tmp_path / FILE_NAME).message
    db.close()


def test_no_file_yet_is_said_in_words(tmp_path: Path) -> None:
    with pytest.raises(HistoryUnavailable, match="No status history is kept yet"):
        open_for_reading(tmp_path / FILE_NAME)


def test_another_process_reads_while_the_writer_holds_the_file_open(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    writer = open_for_writing(path).connection
    writer.execute("INSERT INTO spans (started, ended) VALUES (1, 2)")
    writer.execute("BEGIN")
    writer.execute("INSERT INTO spans (started, ended) VALUES (3, 4)")  # not committed: unseen by readers
    code = (
        "import sys; from pathlib import Path; from gui.history.database import open_for_reading; "
        "db = open_for_reading(Path(sys.argv[1])); "
        "print(db.execute('SELECT count(*) FROM spans').fetchone()[0])"
    )
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout.strip(), done.stderr) == (0, "1", "")
    writer.execute("COMMIT")
    writer.close()


def _open_as_nobody(path: Path) -> str:
    """open_for_writing(path) run as the user nobody, who (unlike root) is held to the files' modes;
    what it said of the history being paused, or "opened"."""
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("starting a process as another user needs root and setpriv")
    try:
        nobody = pwd.getpwnam("nobody")
    except KeyError:
        pytest.skip("there is no user nobody")
    code = (
        "import sys; from pathlib import Path\n"
        "from gui.history.database import HistoryUnavailable, open_for_writing\n"
        "try:\n    open_for_writing(Path(sys.argv[1])).connection.close(); print('opened')\n"
        "except HistoryUnavailable as error:\n    print(error.message)\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        ["setpriv", f"--reuid={nobody.pw_uid}", f"--regid={nobody.pw_gid}", "--clear-groups",
         "/usr/bin/python3", "-c", code, str(path)],
        capture_output=True, text=True, timeout=60, cwd="/",
        env={"PYTHONPATH": str(root), "PYTHONDONTWRITEBYTECODE": "1", "HOME": "/nonexistent",
             "PATH": os.environ["PATH"]},
    )  # fmt: skip
    if "No module named" in done.stderr:
        pytest.skip(f"nobody cannot read this checkout: {done.stderr.strip()}")
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.fixture
def reachable() -> Iterator[Path]:
    """A folder the user nobody can reach (pytest's own tmp_path sits in a folder only root may enter)."""
    folder = Path(tempfile.mkdtemp(prefix="history-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder)


def test_a_folder_its_user_may_not_write_pauses_recording_in_words(reachable: Path) -> None:
    """Run as another user (nobody) against a folder only root may write, as a real read-only folder is:
    root itself writes anywhere, so the app is started as someone who cannot."""
    folder = reachable / "data"
    folder.mkdir(mode=0o755)  # root's, readable by all, writable by root alone
    said = _open_as_nobody(folder / FILE_NAME)
    assert said.startswith(f"The status history is paused: its folder {folder} cannot be written to.")
    assert "Make the folder writable" in said
    assert list(folder.iterdir()) == []


def test_a_history_file_its_user_may_not_write_pauses_recording_in_words_and_is_left_as_it_was(
    reachable: Path,
) -> None:
    folder = reachable / "data"
    folder.mkdir()
    path = folder / FILE_NAME
    opened = open_for_writing(path).connection
    opened.execute("INSERT INTO spans (started, ended) VALUES (1, 2)")
    opened.close()
    kept = path.read_bytes()
    nobody = pwd.getpwnam("nobody") if os.geteuid() == 0 else None
    if nobody is not None:
        os.chown(folder, nobody.pw_uid, nobody.pw_gid)  # the folder is theirs to write; the file is not
        os.chown(path, nobody.pw_uid, nobody.pw_gid)
    path.chmod(0o444)
    said = _open_as_nobody(path)
    assert said.startswith(f"The status history is paused: its file {path} cannot be written to.")
    assert "Make the file writable" in said
    assert path.read_bytes() == kept
    assert sorted(p.name for p in folder.iterdir()) == [FILE_NAME]  # no journal made beside it either


def test_the_journal_beside_the_file_stays_small_however_many_changes_go_through_it(tmp_path: Path) -> None:
    """Every change is a transaction of its own, a page or two of journal each: left to SQLite's
    defaults the journal grew to 4 MiB beside a file of a few dozen KiB, and stayed that size."""
    path = tmp_path / FILE_NAME
    db = open_for_writing(path).connection
    for i in range(3_000):
        db.execute("INSERT INTO spans (started, ended) VALUES (?, ?)", (i, i))
    wal = path.with_name(path.name + "-wal")
    assert wal.stat().st_size <= 1024 * 1024 + 64 * 1024
    assert path.stat().st_size <= 256 * 1024
    db.close()
