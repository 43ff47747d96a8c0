"""Ingest: read reports, extract records, store them, and count what happened.

This is the Python twin of `incidents ingest`; the CLI only adds a progress bar
and the printed summary.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import incidents, store
from .pipeline import document, extract
from .readers import Problem, RawReport, Skipped, read_paths


@dataclass
class IngestSummary:
    new: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: int = 0
    skipped: int = 0
    strikes: int = 0
    negotiations: int = 0
    quotes: int = 0
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def reports(self) -> int:
        return self.new + self.unchanged + self.replaced


@lru_cache(maxsize=1)
def parser_version() -> str:
    """A hash of the extraction code and data: when the rules change, stored reports re-extract."""
    root = Path(__file__).parent
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.suffix in {".py", ".json", ".csv", ".tsv"} and p.name not in {"cli.py", "ingest.py"}:
            h.update(p.relative_to(root).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def ingest(paths: list[str | os.PathLike[str]], db_path: str | os.PathLike[str],
           published: dt.date | None = None, reparse: bool = False,
           on_report: Callable[[str], None] | None = None) -> IngestSummary:
    """Ingest every report under `paths` into the database at `db_path`.

    Raises `store.StoreError` when the database itself cannot be used; problems
    with single files are counted and described in the summary instead.
    """
    summary = IngestSummary()
    db = store.open_db(db_path)
    version = parser_version()
    try:
        for item in read_paths(list(paths), published):
            if isinstance(item, Skipped):
                summary.skipped += 1
                continue
            if isinstance(item, Problem):
                summary.failed += 1
                summary.problems.append(str(item))
                continue
            if on_report:
                on_report(item.path)
            try:
                _store_one(db, item, version, reparse, summary)
            except sqlite3.OperationalError as exc:
                raise store.explain(exc, db_path) from exc
        if summary.new or summary.replaced or not db.execute("select 1 from incidents").fetchone():
            incidents.rebuild(db)
    finally:
        db.close()
    return summary


def _store_one(db, raw: RawReport, version: str, reparse: bool, summary: IngestSummary) -> None:
    summary.warnings += [f"{raw.path}: {w}" for w in raw.warnings]
    existing = db.execute("select parser_version from reports where sha256 = ?", [raw.sha256]).fetchone()
    if existing and existing[0] == version and not reparse:
        summary.unchanged += 1
        return
    outcome = store.add_report(db, raw, extract(document(raw)), version, force=reparse)
    setattr(summary, outcome.status, getattr(summary, outcome.status) + 1)
    summary.strikes += outcome.strikes
    summary.negotiations += outcome.negotiations
    summary.quotes += outcome.quotes
