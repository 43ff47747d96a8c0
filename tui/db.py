"""Opening an incidents database read-only and telling the user what is wrong with a bad file.

No Textual import here: the query layer must stay usable (and testable)
without the UI.
"""
from __future__ import annotations

import sqlite3
import tempfile
import threading
from pathlib import Path
from urllib.parse import quote

# These mirror the file contract documented in the project README (and set by
# the writer in parsers/schema.py); they are duplicated on purpose because the
# app reads the SQLite file and never imports the extraction package.
APPLICATION_ID = 0x1BC1DE27
SCHEMA_VERSION = 1
REQUIRED_TABLES = frozenset({"reports", "strikes", "negotiations", "quotes", "speakers"})
SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseProblem(Exception):
    """A file the app cannot browse; str() is one line meant for the user."""


def ingest_hint(path: str | Path) -> str:
    return f"incidents ingest PATH --db {path}"


def connect_readonly(path: str | Path) -> sqlite3.Connection:
    """A read-only connection usable from worker threads (callers serialise with their own lock).

    A WAL database needs its -shm file even to be read. In a folder this user
    cannot write, with no -wal left over (nothing unmerged), it is opened
    `immutable=1`, which needs none; with a -wal left over, DatabaseProblem says
    why not. (parsers/readonly.py holds the same rule for `incidents export`.)
    """
    p = Path(path).expanduser().resolve()
    mode = "ro"
    if _is_wal(p) and not Path(f"{p}-shm").exists() and not _folder_writable(p.parent):
        wal = Path(f"{p}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise DatabaseProblem(
                f"{p}: a WAL database with unmerged changes ({wal.name}) in a folder you cannot write; "
                "open it once where the folder is writable, or copy it with its -wal file elsewhere")
        mode = "ro&immutable=1"
    uri = f"file:{quote(str(p))}?mode={mode}"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=5)
    return conn


def _folder_writable(folder: Path) -> bool:
    """Tried, not guessed: `os.access` says yes to root everywhere."""
    try:
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


def _is_wal(p: Path) -> bool:
    """Header bytes 18-19 are 2 for a database in WAL mode."""
    try:
        with open(p, "rb") as fh:
            head = fh.read(20)
    except OSError:
        return False
    return len(head) == 20 and head[18] == 2


def open_checked(path: str | Path) -> sqlite3.Connection:
    """Open PATH read-only after checking it is an incidents database of a version we read.

    Raises DatabaseProblem with a message that names the file and says what to do.
    """
    p = Path(path).expanduser()
    if not p.exists():
        raise DatabaseProblem(f"{p}: no such file. Build one with: {ingest_hint(p)}")
    if p.is_dir():
        raise DatabaseProblem(f"{p}: is a directory, not a database file")
    try:
        with p.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseProblem(f"{p}: cannot be read ({exc.strerror or exc})") from None
    if head != SQLITE_MAGIC:
        raise DatabaseProblem(f"{p}: not an SQLite database")
    try:
        conn = connect_readonly(p)
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        names = {r[0] for r in conn.execute("select name from sqlite_master where type in ('table','view')")}
    except sqlite3.DatabaseError as exc:
        raise DatabaseProblem(f"{p}: cannot be opened as an SQLite database ({exc})") from None
    if app_id != APPLICATION_ID or not REQUIRED_TABLES <= names:
        conn.close()
        raise DatabaseProblem(f"{p}: an SQLite database, but not one written by incident-browser")
    if version > SCHEMA_VERSION:
        conn.close()
        raise DatabaseProblem(
            f"{p}: written by a newer incident-browser (schema {version}; this app reads up to "
            f"{SCHEMA_VERSION}); upgrade the app")
    return conn


class Connection:
    """One read-only connection and the lock that serialises the threads sharing it.

    Workers are fresh threads, so thread-local connections would reopen the file
    on every keystroke; a few long-lived connections, each used by one kind of
    work (table pages, facet counts, other), keep a slow facet count from
    queueing the table's next page behind it.
    """

    def __init__(self, path: str | Path) -> None:
        self.conn = connect_readonly(path)
        self.lock = threading.Lock()

    def close(self) -> None:
        with self.lock:
            self.conn.close()

    def data_version(self) -> int:
        with self.lock:
            return self.conn.execute("PRAGMA data_version").fetchone()[0]
