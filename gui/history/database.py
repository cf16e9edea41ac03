"""The history file: one SQLite database in WAL mode, migrated by user_version, set aside when broken."""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from gui.i18n import Context

DATABASE = Context("DATABASE")

__all__ = [
    "FILE_NAME",
    "SCHEMA_VERSION",
    "HistoryUnavailable",
    "Opened",
    "explain",
    "open_for_reading",
    "open_for_writing",
]

_log = logging.getLogger(__name__)
FILE_NAME = "history.sqlite3"

# Each step takes the file from the version before it to its own; a file is never migrated backwards.
_MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE spans (
        id INTEGER PRIMARY KEY,
        started INTEGER NOT NULL,
        ended INTEGER NOT NULL CHECK (ended >= started)
    );
    CREATE INDEX spans_by_end ON spans (ended);
    CREATE TABLE transitions (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        subject TEXT NOT NULL,
        aspect TEXT NOT NULL,
        old TEXT,
        new TEXT NOT NULL,
        by_user INTEGER NOT NULL DEFAULT 0,
        detail TEXT
    );
    CREATE INDEX transitions_by_subject ON transitions (subject, aspect, at);
    CREATE INDEX transitions_by_time ON transitions (at);
    CREATE TABLE operations (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        cloud TEXT,
        kind TEXT NOT NULL,
        outcome TEXT NOT NULL,
        detail TEXT
    );
    CREATE INDEX operations_by_time ON operations (at);
    CREATE TABLE clouds (id TEXT PRIMARY KEY, url TEXT NOT NULL);
    CREATE TABLE facts (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
)
SCHEMA_VERSION = len(_MIGRATIONS)


class HistoryUnavailable(Exception):
    """The history cannot be kept or read right now; `message` says why, in words, and what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Opened:
    connection: sqlite3.Connection
    # Set when the file found there was not a usable database and was moved aside: where it went.
    set_aside: Path | None = None


def _now_stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S")


def _set_aside(path: Path, stamp: Callable[[], str]) -> Path:
    aside = path.with_name(f"{path.name}.broken-{stamp()}")
    path.replace(aside)
    for suffix in ("-wal", "-shm"):
        # The journal of a broken file belongs to it: left behind, SQLite would replay it into the new one.
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.replace(aside.with_name(aside.name + suffix))
    return aside


def _usable(connection: sqlite3.Connection) -> bool:
    try:
        row = connection.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError:
        return False
    return row is not None and row[0] == "ok"


def _migrate(connection: sqlite3.Connection) -> None:
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise HistoryUnavailable(
            DATABASE.tr(
                "The history file was written by a newer version of the app (format {version}). "
                "Update the app to keep recording the history."
            ).format(version=version)
        )
    for number in range(version, SCHEMA_VERSION):
        # One transaction a step: a crash mid-migration leaves the file at the step before.
        connection.executescript(f"BEGIN; {_MIGRATIONS[number]} PRAGMA user_version = {number + 1}; COMMIT;")


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: no transaction is begun behind the writer's back; it begins its own.
    return sqlite3.connect(path, timeout=1.0, isolation_level=None)


# Each change is a transaction of its own, a page or two of journal each: the journal is written
# back into the file every 256 pages (1 MiB), and cut back to 1 MiB when it starts over, where
# SQLite's defaults left a journal of 4 MiB beside a file of a few dozen KiB.
_JOURNAL_PAGES = 256
_JOURNAL_LIMIT = 1024 * 1024


def _configure(connection: sqlite3.Connection) -> None:
    connection.execute("PRAGMA journal_mode = WAL")
    # NORMAL in WAL mode: a crash loses at most the last transactions, never the file.
    connection.execute("PRAGMA synchronous = NORMAL")
    connection.execute(f"PRAGMA wal_autocheckpoint = {_JOURNAL_PAGES}")
    connection.execute(f"PRAGMA journal_size_limit = {_JOURNAL_LIMIT}")


def _unwritable(path: Path) -> Path | None:
    """The history file, or else its folder, that this process may not write to (None: both it may).

    SQLite opens a file it may not write read-only without a word and fails only at the first write;
    in WAL mode it also needs the folder for the journal beside the file.
    """
    if path.exists() and not os.access(path, os.W_OK):
        return path
    if path.parent.is_dir() and not os.access(path.parent, os.W_OK):
        return path.parent
    return None


def explain(error: Exception, path: Path) -> HistoryUnavailable:
    """What a failed write or open means for the user, in words."""
    text = str(error).lower()
    blocked = _unwritable(path)
    if blocked == path:
        said = DATABASE.tr(
            "The status history is paused: its file {file} cannot be written to. Make the file "
            "writable; the app goes on without recording until then."
        )
    elif (
        blocked is not None or "readonly" in text or "read-only" in text or isinstance(error, PermissionError)
    ):
        said = DATABASE.tr(
            "The status history is paused: its folder {folder} cannot be written to. Make the folder "
            "writable; the app goes on without recording until then."
        )
    elif "full" in text or getattr(error, "errno", None) == errno.ENOSPC:
        said = DATABASE.tr(
            "The status history is paused: the disk is full. Free some space; the app goes on without "
            "recording until then."
        )
    else:
        said = DATABASE.tr(
            "The status history is paused: {why}. Check the folder; the app goes on without recording "
            "until then."
        )
    return HistoryUnavailable(said.format(file=path, folder=path.parent, why=error))


def open_for_writing(path: Path, *, stamp: Callable[[], str] = _now_stamp) -> Opened:
    """Open (or create) the history file for the one writer; a broken file is moved aside and a new one made.

    Raises HistoryUnavailable when the folder cannot be written or the disk is full.
    """
    set_aside: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        blocked = _unwritable(path)
        if blocked is not None:
            # Said before SQLite opens it read-only and leaves a journal it cannot use beside it.
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(blocked))
        connection = _connect(path)
        if not _usable(connection):
            connection.close()
            set_aside = _set_aside(path, stamp)
            _log.warning("The history file was not a usable database; it was moved to %s", set_aside)
            connection = _connect(path)
        try:
            _configure(connection)
            _migrate(connection)
        except BaseException:
            connection.close()  # a file left alone (say, from a newer app) is not kept open either
            raise
    except (sqlite3.Error, OSError) as error:
        raise explain(error, path) from error
    return Opened(connection, set_aside)


def open_for_reading(path: Path) -> sqlite3.Connection:
    """Open the history file read-only, beside a writer that may be running. Raises HistoryUnavailable."""
    if not path.exists():
        raise HistoryUnavailable(
            DATABASE.tr("No status history is kept yet ({path} does not exist).").format(path=path)
        )
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=1.0, isolation_level=None)
    except sqlite3.Error as error:
        raise HistoryUnavailable(
            DATABASE.tr("The status history at {path} cannot be read: {error}.").format(
                path=path, error=error
            )
        ) from error
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error as error:
        connection.close()
        raise HistoryUnavailable(
            DATABASE.tr("The status history at {path} cannot be read: {error}.").format(
                path=path, error=error
            )
        ) from error
    if version != SCHEMA_VERSION:
        connection.close()
        raise HistoryUnavailable(
            DATABASE.tr(
                "The status history at {path} is in format {version}; this app reads format {ours}."
            ).format(path=path, version=version, ours=SCHEMA_VERSION)
        )
    return connection
