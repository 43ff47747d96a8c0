"""Writing reports and their records to the SQLite store.

One report is one transaction: a crash between reports leaves every finished
report whole and none half-written, and the next run picks up the rest because
finished reports are recognised by their content hash.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from . import schema
from .readers import RawReport
from .records import Extraction, Quote
from .speakers import merge_speaker


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
    the old report and its rows.
    """
    existing = db.execute("select id, parser_version from reports where sha256 = ?", [raw.sha256]).fetchone()
    if existing and existing[1] == parser_version and not force:
        return Outcome("unchanged", existing[0])
    if extraction is None:
        raise ValueError("extraction needed for a report that is not stored yet")
    with db.atomic():
        status = "new"
        old_ids = []
        if existing:
            old_ids.append(existing[0])
        old_ids += [r[0] for r in db.execute(
            "select id from reports where sha256 != ? and (path = ? or (url is not null and url = ?))",
            [raw.sha256, raw.path, raw.url]).fetchall()]
        for rid in old_ids:
            _delete_report(db, rid)
            status = "replaced"
        report_id = db["reports"].insert({
            "sha256": raw.sha256, "title": raw.title, "source": raw.source, "url": raw.url,
            "published": raw.published.isoformat() if raw.published else None,
            "path": raw.path, "text": raw.text, "parser_version": parser_version,
            "ingested_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        }).last_pk
        strikes = [dict(s.row(), report_id=report_id) for s in extraction.strikes]
        negs = [dict(n.row(), report_id=report_id, parties=json.dumps(n.parties, ensure_ascii=False))
                for n in extraction.negotiations]
        quotes = [_quote_row(db, q, report_id) for q in extraction.quotes]
        if strikes:
            db["strikes"].insert_all(strikes, columns=schema.STRIKES)
        if negs:
            db["negotiations"].insert_all(negs, columns=schema.NEGOTIATIONS)
        if quotes:
            db["quotes"].insert_all(quotes, columns=schema.QUOTES)
        if old_ids:
            _drop_orphan_speakers(db)
    return Outcome(status, report_id, len(strikes), len(negs), len(quotes))


def _delete_report(db: sqlite_utils.Database, report_id: int) -> None:
    for table in ("strikes", "negotiations", "quotes"):
        db.execute(f"delete from {table} where report_id = ?", [report_id])
    db.execute("delete from reports where id = ?", [report_id])


def _drop_orphan_speakers(db: sqlite_utils.Database) -> None:
    db.execute("delete from speakers where id not in (select speaker_id from quotes where speaker_id is not null)")


def _quote_row(db: sqlite_utils.Database, q: Quote, report_id: int) -> dict:
    row = {k: v for k, v in q.row().items() if k in schema.QUOTES}
    row["report_id"] = report_id
    row["speaker_id"] = _speaker_id(db, q) if q.speaker else None
    return row


def _speaker_id(db: sqlite_utils.Database, q: Quote) -> int:
    """The one row of `speakers` for this person or body, created or enriched."""
    known = {r[1]: r for r in db.execute("select id, name, role, affiliation, aliases, kind from speakers")}
    name = merge_speaker(q.speaker or "", q.speaker_kind, list(known)) or q.speaker or ""
    seen = [a for a in (q.speaker_text, q.speaker) if a]
    if name in known:
        sid, _, role, affiliation, aliases, kind = known[name]
        merged = list(dict.fromkeys(json.loads(aliases or "[]") + seen))
        db.execute(
            "update speakers set role = coalesce(role, ?), affiliation = coalesce(affiliation, ?), "
            "aliases = ?, kind = coalesce(kind, ?) where id = ?",
            [q.role, q.affiliation, json.dumps(merged, ensure_ascii=False), q.speaker_kind, sid],
        )
        return sid
    return db["speakers"].insert({
        "name": name, "role": q.role, "affiliation": q.affiliation, "kind": q.speaker_kind,
        "aliases": json.dumps(list(dict.fromkeys(seen)), ensure_ascii=False),
    }).last_pk
