"""Opening a database only to read it (Datasette metadata), whatever its name and wherever it lies.

The path travels percent-quoted inside a `file:` URI, so `data#2.db` or
`what?.db` open that very file rather than `data` or `what`. A database in WAL
mode needs its `-shm` file even to be read; in a folder the reader cannot write,
with no `-wal` left over (nothing unmerged), it is opened `immutable=1`, which
needs neither; with a `-wal` left over the reader says why it cannot go on.
(tui/db.py holds the reading side's copy of this rule, which `incidents export` uses:
the two sides never import each other.)
"""
from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path
from urllib.parse import quote


class ReadOnlyProblem(sqlite3.OperationalError):
    """A database that cannot be read as it lies, with a message fit for the user."""


def connect_readonly(path: str | os.PathLike[str], **kwargs: object) -> sqlite3.Connection:
    p = Path(path).expanduser().resolve()
    mode = "ro"
    if _is_wal(p) and not Path(f"{p}-shm").exists() and not folder_writable(p.parent):
        wal = Path(f"{p}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise ReadOnlyProblem(
                f"{p}: a WAL database with unmerged changes ({wal.name}) in a folder this user cannot write; "
                "open it once where the folder is writable (any write, or `sqlite3 FILE 'PRAGMA wal_checkpoint'`) "
                "or copy it with its -wal file elsewhere")
        mode = "ro&immutable=1"
    return sqlite3.connect(f"file:{quote(str(p))}?mode={mode}", uri=True, **kwargs)


def folder_writable(folder: Path) -> bool:
    """Whether a file can be made in `folder` (tried, not guessed: `os.access` says yes to root everywhere)."""
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
