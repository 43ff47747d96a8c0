"""Writing reports and their records to the SQLite store.

One report is one transaction: a crash between reports leaves every finished
report whole and none half-written, and the next run picks up the rest because
finished reports are recognised by their content hash.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import operator
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from . import schema
from .readonly import folder_writable
from .readers import RawReport
from .records import Evidence, Extraction, Quote
from .speakers import SpeakerIndex, spellings


class StoreError(Exception):
    """A database the store cannot open or write, with a message fit for the user."""


def explain(exc: sqlite3.Error, path: object) -> StoreError:
    """A one-line reason for an SQLite failure while writing, for the user rather than a traceback."""
    msg = str(exc)
    if "full" in msg:
        return StoreError(f"{path}: database or disk is full; every report stored before this one is intact")
    if "readonly" in msg or "read-only" in msg:
        return StoreError(f"{path}: the database is read-only (check the file and folder permissions)")
    if "locked" in msg or "busy" in msg:
        return StoreError(f"{path}: the database is locked by another writer; try again when it finishes")
    return StoreError(f"{path}: cannot write to the database ({msg})")


@dataclass
class Outcome:
    status: str  # 'new' | 'unchanged' | 'replaced'
    report_id: int
    strikes: int = 0
    negotiations: int = 0
    quotes: int = 0


def open_db(path: str | os.PathLike[str], create: bool = True) -> sqlite_utils.Database:
    """Open (and create or upgrade) an incidents database for writing."""
    p = Path(path)
    if p.is_dir():
        raise StoreError(f"{p}: is a directory, not a database file")
    existed = p.exists() and p.stat().st_size > 0
    if not existed and not create:
        raise StoreError(f"{p}: no such database")
    if not existed and not os.access(p.parent if str(p.parent) else ".", os.W_OK):
        raise StoreError(f"{p}: cannot create the database here (directory not writable)")
    if existed and not folder_writable(p.parent.resolve()):
        raise StoreError(f"{p}: its folder is read-only for this user, and SQLite writes its -wal and -shm "
                         "(or -journal) files beside the database; move the database or make the folder writable")
    try:
        conn = sqlite3.connect(str(p), timeout=30)
        if existed:
            _check_ours(conn, p)
        db = sqlite_utils.Database(conn)
        db.execute("PRAGMA foreign_keys = ON")
        if db.journal_mode != "wal":
            db.enable_wal()
        with db.atomic():  # idempotent: brings older files up to date
            schema.create(db)
    except sqlite3.OperationalError as exc:
        raise explain(exc, p) from exc
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{p}: not an SQLite database ({exc})") from exc
    return db


def _check_ours(conn: sqlite3.Connection, p: Path) -> None:
    try:
        app, ver = schema.version(conn)
        has_tables = conn.execute("select count(*) from sqlite_master").fetchone()[0] > 0
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{p}: not an SQLite database") from exc
    if not has_tables:
        return
    try:
        schema.check(conn)
    except schema.SchemaError as exc:
        conn.close()
        raise StoreError(f"{p}: {exc}; refusing to write to it") from exc


def add_report(db: sqlite_utils.Database, raw: RawReport, extraction: Extraction | None,
               parser_version: str, force: bool = False) -> Outcome:
    """Store one report and its records atomically.

    An unchanged report (same content hash, same parser version) is left alone.
    A report whose path or url is already stored with other content replaces
    the old report and its rows. Inside a caller's open transaction (ingest
    commits in batches) the report is a savepoint: it is stored whole or not
    at all, and a failure leaves the reports before it in the batch alone.
    """
    sha = raw.sha256
    existing = db.execute("select id, parser_version from reports where sha256 = ?", [sha]).fetchone()
    if existing and existing[1] == parser_version and not force:
        return Outcome("unchanged", existing[0])
    if extraction is None:
        raise ValueError("extraction needed for a report that is not stored yet")
    conn = db.conn
    try:
        with db.atomic():
            status = "new"
            old_ids = []
            if existing:
                old_ids.append(existing[0])
            old_ids += [r[0] for r in conn.execute(
                "select id from reports where sha256 != ? and (path = ? or (url is not null and url = ?))",
                [sha, raw.path, raw.url]).fetchall()]
            for rid in old_ids:
                _delete_report(db, rid)
                status = "replaced"
            report_id = conn.execute(_INSERT["reports"], [
                sha, raw.title, raw.source, raw.url, raw.published.isoformat() if raw.published else None,
                raw.path, raw.text, parser_version,
                dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            ]).lastrowid
            strikes = [_values(s, "strikes", report_id) for s in extraction.strikes]
            negs = [_values(n, "negotiations", report_id, parties=json.dumps(n.parties, ensure_ascii=False))
                    for n in extraction.negotiations]
            quotes = [_quote_row(db, q, report_id) for q in extraction.quotes]
            for table, rows in (("strikes", strikes), ("negotiations", negs), ("quotes", quotes)):
                if rows:
                    conn.executemany(_INSERT[table], rows)
            if old_ids:
                _drop_orphan_speakers(db)
    except BaseException:
        reset_caches(db)  # rows it holds may have been rolled back
        raise
    return Outcome(status, report_id, len(strikes), len(negs), len(quotes))


# Plain executemany with fixed column lists: sqlite-utils' insert_all rebuilds its
# SQL and inspects every value on each call, which cost more than the insert itself.
_COLUMNS = {t: [c for c in cols if c not in ("id", "report_id")] for t, cols in schema.TABLES.items()}
_COLUMNS["reports"] = ["sha256", "title", "source", "url", "published", "path", "text", "parser_version",
                       "ingested_at"]
_INSERT = {
    t: f"insert into {t} ({', '.join(cols + ([] if t == 'reports' else ['report_id']))}) "
       f"values ({', '.join('?' * (len(cols) + (0 if t == 'reports' else 1)))})"
    for t, cols in _COLUMNS.items() if t != "speakers"
}


def _values(record: object, table: str, report_id: int, **given: object) -> list:
    """The record's values in `_INSERT[table]` order, read straight from its attributes.

    Same values as `record.row()`, without `dataclasses.asdict`'s deep copy,
    which was the largest Python cost of storing a report.
    """
    getters = _GETTERS.get((type(record), table))
    if getters is None:
        getters = _GETTERS[(type(record), table)] = _getters(type(record), _COLUMNS[table])
    out = [given[c] if c in given else get(record) for c, get in getters]
    out.append(report_id)
    return out


def _getters(cls: type, columns: list[str]) -> list[tuple[str, Callable[[object], object]]]:
    names = {f.name for f in dataclasses.fields(cls)}
    evidence = {f.name for f in dataclasses.fields(Evidence)} if "evidence" in names else set()
    out: list[tuple[str, Callable[[object], object]]] = []
    for c in columns:
        if c in names:
            out.append((c, operator.attrgetter(c)))
        elif c in evidence:
            out.append((c, operator.attrgetter(f"evidence.{c}")))
        else:
            out.append((c, lambda record: None))
    return out


_GETTERS: dict[tuple[type, str], list[tuple[str, Callable[[object], object]]]] = {}


def _delete_report(db: sqlite_utils.Database, report_id: int) -> None:
    for table in ("strikes", "negotiations", "quotes"):
        db.execute(f"delete from {table} where report_id = ?", [report_id])
    db.execute("delete from reports where id = ?", [report_id])


def _drop_orphan_speakers(db: sqlite_utils.Database) -> None:
    db.execute("delete from speakers where id not in (select speaker_id from quotes where speaker_id is not null)")
    reset_caches(db)


def _quote_row(db: sqlite_utils.Database, q: Quote, report_id: int) -> list:
    return _values(q, "quotes", report_id, speaker_id=_speaker_id(db, q) if q.speaker else None)


class _Speakers:
    """The speakers table as this connection last saw it, so a quote costs no full-table read.

    `PRAGMA data_version` changes when another connection commits, which
    makes the copy stale; our own writes are applied to it as we make them,
    and any failure (whose rollback may undo them) drops it.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.version = conn.execute("PRAGMA data_version").fetchone()[0]
        self.rows = {r[1]: r for r in conn.execute("select id, name, role, affiliation, aliases, kind from speakers")}
        self.index = SpeakerIndex(list(self.rows))


_SPEAKER_CACHE = "_incidents_speakers"


def _speakers(db: sqlite_utils.Database) -> _Speakers:
    cache = getattr(db, _SPEAKER_CACHE, None)
    if cache is None or db.conn.execute("PRAGMA data_version").fetchone()[0] != cache.version:
        cache = _Speakers(db.conn)
        setattr(db, _SPEAKER_CACHE, cache)
    return cache


def reset_caches(db: sqlite_utils.Database) -> None:
    """Forget what the store remembers about `db`; call after rolling back a transaction yourself."""
    setattr(db, _SPEAKER_CACHE, None)


def _speaker_id(db: sqlite_utils.Database, q: Quote) -> int:
    """The one row of `speakers` for this person or body, created or enriched."""
    cache = _speakers(db)
    known = cache.rows
    if q.speaker in known:
        name = q.speaker
    else:
        name = cache.index.merge(q.speaker or "", q.speaker_kind) or q.speaker or ""
    seen = spellings(q.speaker_text, q.speaker)  # pronouns and bare titles are not spellings
    if name in known:
        sid, _, role, affiliation, aliases, kind = known[name]
        old = json.loads(aliases or "[]")
        merged = list(dict.fromkeys(old + seen))
        new = (role if role is not None else q.role, affiliation if affiliation is not None else q.affiliation,
               kind if kind is not None else q.speaker_kind)
        if merged != old or new != (role, affiliation, kind):
            aliases = json.dumps(merged, ensure_ascii=False)
            db.execute("update speakers set role = ?, affiliation = ?, aliases = ?, kind = ? where id = ?",
                       [*new[:2], aliases, new[2], sid])
            known[name] = (sid, name, new[0], new[1], aliases, new[2])
        return sid
    aliases = json.dumps(list(dict.fromkeys(seen)), ensure_ascii=False)
    sid = db.conn.execute("insert into speakers (name, role, affiliation, kind, aliases) values (?, ?, ?, ?, ?)",
                          [name, q.role, q.affiliation, q.speaker_kind, aliases]).lastrowid
    known[name] = (sid, name, q.role, q.affiliation, aliases, q.speaker_kind)
    cache.index.add(name)
    return sid
