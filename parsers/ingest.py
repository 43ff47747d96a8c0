"""Ingest: read reports, extract records, store them, and count what happened.

This is the Python twin of `incidents ingest`; the CLI only adds a progress bar
and the printed summary.
"""
from __future__ import annotations

import collections
import datetime as dt
import hashlib
import multiprocessing
import os
import sqlite3
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import incidents, store
from .pipeline import document, extract
from .readers import Problem, RawReport, Skipped, read_paths
from .records import Extraction


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


# Reports are committed in batches: with one commit per report, the commit (an fsync
# of the write-ahead log) cost more than everything else the store does (6.6 ms of
# wall time per report against 1.1 ms in batches of 100, bench/README.md). Each
# report is still a savepoint of its own, so none is ever half-stored; a killed
# run loses at most the last batch (a quarter of a second of work), which the next
# run stores again since finished reports are known by their hash.
BATCH_REPORTS = 100
BATCH_SECONDS = 0.25


def ingest(paths: list[str | os.PathLike[str]], db_path: str | os.PathLike[str],
           published: dt.date | None = None, reparse: bool = False,
           on_report: Callable[[str], None] | None = None, jobs: int = 1) -> IngestSummary:
    """Ingest every report under `paths` into the database at `db_path`.

    With `jobs` > 1, reports are parsed in that many worker processes while
    this process reads files and writes the database, in input order, so the
    result is the same as with one job.

    Raises `store.StoreError` when the database itself cannot be used; problems
    with single files are counted and described in the summary instead.
    """
    summary = IngestSummary()
    db = store.open_db(db_path)
    version = parser_version()
    conn = db.conn
    # 64 MB of page cache instead of SQLite's 2 MB: every report inserts into a dozen
    # indexes at random places (the sha256 one above all); measured 7 % less CPU per
    # report at 10^4 reports, more as the file grows.
    conn.execute("PRAGMA cache_size = -65536")
    try:
        # reports stored by these rules, as 32-byte digests (a million of them in ~100 MB)
        stored = {bytes.fromhex(sha) for (sha,) in conn.execute(
            "select sha256 from reports where parser_version = ?", [version])}
        items = read_paths(list(paths), published)
        results = _parsed(items, stored, version, reparse, jobs)
        last_commit = time.monotonic()
        pending = 0
        conn.execute("BEGIN")
        try:
            for item, extraction in results:
                if isinstance(item, Skipped):
                    summary.skipped += 1
                    if item.reason:
                        summary.warnings.append(f"{item.path}: {item.reason}")
                    continue
                if isinstance(item, Problem):
                    summary.failed += 1
                    summary.problems.append(str(item))
                    continue
                if on_report:
                    on_report(item.path)
                if isinstance(extraction, Problem):
                    summary.warnings += [f"{item.path}: {w}" for w in item.warnings]
                    summary.failed += 1
                    summary.problems.append(str(extraction))
                    continue
                try:
                    _store_one(db, item, extraction, version, reparse, summary)
                except (ValueError, UnicodeError, OverflowError) as exc:
                    # a value SQLite refuses (the report undid itself): this report fails, not the run
                    summary.failed += 1
                    summary.problems.append(f"{item.path}: cannot be stored ({type(exc).__name__}: {exc})")
                    continue
                pending += 1
                if pending >= BATCH_REPORTS or time.monotonic() - last_commit > BATCH_SECONDS:
                    conn.execute("COMMIT")
                    conn.execute("BEGIN")
                    pending, last_commit = 0, time.monotonic()
        finally:
            _close_results(results)
            _finish(db)
        # Always: a run killed between its last commit and this merge left strikes without
        # an incident, and this run may have added nothing; when all is current it is one query.
        incidents.rebuild(db)
    except sqlite3.OperationalError as exc:
        raise store.explain(exc, db_path) from exc
    finally:
        db.close()
    return summary


def _finish(db) -> None:
    """Keep every whole report of the open batch; a failed report already undid itself."""
    conn = db.conn
    if not conn.in_transaction:
        return
    try:
        conn.execute("COMMIT")
    except sqlite3.Error:
        conn.execute("ROLLBACK")
        store.reset_caches(db)
        raise


def _needs_parse(raw: RawReport, stored: set[bytes], version: str, reparse: bool) -> bool:
    """Parse only what the store will write: an unchanged report is skipped unparsed."""
    return reparse or bytes.fromhex(raw.sha256) not in stored


def _parsed(items: Iterator[RawReport | Problem | Skipped], stored: set[bytes], version: str,
            reparse: bool, jobs: int) -> Iterator[tuple[RawReport | Problem | Skipped, Extraction | Problem | None]]:
    """Each input item with its extraction (None when it needs none, a Problem when it failed), in input order."""
    if jobs <= 1:
        for item in items:
            if isinstance(item, RawReport) and _needs_parse(item, stored, version, reparse):
                yield item, _extract_safely(item)
            else:
                yield item, None
        return
    # The pool's feeder thread walks the input; `order` carries each item from it to
    # this thread beside its result, so only reports that need parsing are sent.
    order: collections.deque = collections.deque()

    def feed() -> Iterator[RawReport | None]:
        for item in items:
            order.append(item)
            if isinstance(item, RawReport) and _needs_parse(item, stored, version, reparse):
                yield item
            else:
                yield None

    ctx = multiprocessing.get_context("spawn")  # no inherited database handles, same on every OS
    with ctx.Pool(jobs) as pool:
        for extraction in pool.imap(_extract_in_worker, feed(), chunksize=4):
            yield order.popleft(), extraction


def _extract_in_worker(raw: RawReport | None) -> Extraction | Problem | None:
    return None if raw is None else _extract_safely(raw)


def _extract_safely(raw: RawReport) -> Extraction | Problem:
    """An extractor bug on one report fails that report, not the run of thousands around it."""
    try:
        return extract(document(raw))
    except Exception as exc:  # noqa: BLE001 - any bug in any rule
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return Problem(raw.path, f"extraction failed ({type(exc).__name__}: {exc} at "
                                 f"{Path(where.filename).name}:{where.lineno}); please report this")


def _close_results(results: Iterator) -> None:
    close = getattr(results, "close", None)
    if close:
        close()


def _store_one(db, raw: RawReport, extraction: Extraction | None, version: str, reparse: bool,
               summary: IngestSummary) -> None:
    summary.warnings += [f"{raw.path}: {w}" for w in raw.warnings]
    existing = db.execute("select parser_version from reports where sha256 = ?", [raw.sha256]).fetchone()
    if existing and existing[0] == version and not reparse:
        summary.unchanged += 1
        return
    if extraction is None:  # the same text earlier in this run, replaced since: parse it after all
        extraction = extract(document(raw))
    outcome = store.add_report(db, raw, extraction, version, force=reparse)
    setattr(summary, outcome.status, getattr(summary, outcome.status) + 1)
    summary.strikes += outcome.strikes
    summary.negotiations += outcome.negotiations
    summary.quotes += outcome.quotes
