"""The benchmark generators: a synthetic database must look ingested, a synthetic corpus must read like ours."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sqlite3
from pathlib import Path

import sys

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # bench/ is a folder of scripts beside the packages, not installed
    sys.path.insert(0, str(ROOT))

from bench import gen_corpus, gen_db, vocab  # noqa: E402
from parsers import schema  # noqa: E402
from parsers.readers import RawReport, read_paths  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def small_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("gen") / "small.db"
    counts = gen_db.generate(path, rows=2000, seed=3)
    return path, counts


def digest(path: Path) -> str:
    conn = sqlite3.connect(path)
    h = hashlib.sha256()
    for table in ("reports", "strikes", "quotes", "negotiations", "speakers"):
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] != "ingested_at"]
        for row in conn.execute(f"select {', '.join(cols)} from {table} order by id"):
            h.update(repr(row).encode())
    conn.close()
    return h.hexdigest()


def test_database_has_the_asked_rows_and_the_store_schema(small_db):
    path, counts = small_db
    assert counts["strikes"] == counts["quotes"] == 2000
    assert counts["negotiations"] == 200 and counts["speakers"] == 200
    assert counts["reports"] == 2000 // gen_db.ROWS_PER_REPORT
    conn = sqlite3.connect(path)
    schema.check(conn)
    objects = {(t, n) for t, n in conn.execute("select type, name from sqlite_master")}
    for table, indexes in schema.INDEXES.items():
        for cols in indexes:
            assert ("index", f"idx_{table}_{'_'.join(cols)}") in objects
    assert {("trigger", "reports_ai"), ("trigger", "quotes_ai"), ("view", "strikes_view")} <= objects
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal"  # opens read-only without a -shm file


def test_every_row_points_at_its_evidence(small_db):
    conn = sqlite3.connect(small_db[0])
    for table, col in (("strikes", "sentence"), ("negotiations", "sentence"), ("quotes", "text")):
        rows = conn.execute(f"select x.char_start, x.char_end, x.{col}, r.text from {table} x "
                            f"join reports r on r.id = x.report_id").fetchall()
        assert rows and all(text[a:b] == want for a, b, want, text in rows), table


def test_full_text_indexes_are_filled_and_kept_up_to_date(small_db):
    conn = sqlite3.connect(small_db[0])
    place = conn.execute("select location from strikes where geo_precision = 'place' limit 1").fetchone()[0]
    in_text = conn.execute("select count(*) from reports where text like ?", [f"%{place}%"]).fetchone()[0]
    assert conn.execute("select count(*) from reports_fts where reports_fts match ?", [f'"{place}"']).fetchone()[0] == in_text
    conn.execute("update quotes set text = 'bench sentinel words' where id = 1")
    assert conn.execute("select rowid from quotes_fts where quotes_fts match 'sentinel'").fetchall() == [(1,)]


def test_values_are_spread_like_real_coverage(small_db):
    conn = sqlite3.connect(small_db[0])
    lo, hi = conn.execute("select min(date), max(date) from strikes").fetchone()
    assert vocab.START.isoformat() <= lo < "2023" and "2025" <= hi <= vocab.END.isoformat()
    assert conn.execute("select count(distinct location) from strikes").fetchone()[0] >= 25
    weapons = dict(conn.execute("select weapon, count(*) from strikes group by weapon"))
    assert max(weapons, key=weapons.get) == "drone" and {"missile", "bomb", "artillery"} <= set(weapons)
    assert conn.execute("select count(*) from strikes where killed is null").fetchone()[0] > 0
    top = conn.execute("select count(*) from quotes group by speaker_id order by 1 desc limit 1").fetchone()[0]
    assert top > 5 * 2000 / 200, "a few speakers dominate, as in real coverage"


def test_database_is_deterministic_by_seed(tmp_path, small_db):
    again = tmp_path / "again.db"
    gen_db.generate(again, rows=2000, seed=3)
    other = tmp_path / "other.db"
    gen_db.generate(other, rows=2000, seed=4)
    assert digest(again) == digest(small_db[0]) != digest(other)


def test_app_accepts_the_database(small_db):
    from tui.db import open_checked

    open_checked(small_db[0]).close()


needs_samples = pytest.mark.skipif(not any(gen_corpus.SAMPLES.glob("*.txt")), reason="no sample reports")


@needs_samples
def test_corpus_reports_are_distinct_sized_like_wire_copy_and_readable(tmp_path):
    out = gen_corpus.write(tmp_path / "c.jsonl", 60, seed=5)
    reports = [r for r in read_paths([out]) if isinstance(r, RawReport)]
    assert len(reports) == 60 and len({r.sha256 for r in reports}) == 60
    assert all(gen_corpus.MIN_CHARS - 600 <= len(r.text.encode()) <= gen_corpus.MAX_CHARS for r in reports)
    assert all(r.published and r.title for r in reports)
    places = {p[0] for p in vocab.PLACES}
    datelines = {r.text.split(",")[0].title() for r in reports}
    assert len(datelines) > 10 and all(d in {p.title() for p in places} for d in datelines)


@needs_samples
def test_corpus_is_deterministic_and_folders_read_the_same(tmp_path):
    a = list(gen_corpus.generate(20, seed=9))
    assert a == list(gen_corpus.generate(20, seed=9)) and a != list(gen_corpus.generate(20, seed=10))
    folder = gen_corpus.write(tmp_path / "txt", 20, seed=9)
    texts = [r.text for r in read_paths([folder]) if isinstance(r, RawReport)]
    assert texts == [rep["text"].strip("\n") for rep in a]


@needs_samples
def test_corpus_recombines_our_sentences_not_the_seed_reports(tmp_path):
    reports = list(gen_corpus.generate(30, seed=2))
    numbers = {n for r in reports for n in re.findall(r"\b\d{2,3}\b", r["text"])}
    assert len(numbers) > 30, "numbers are drawn afresh"
    if not SEEDS.is_dir():
        return
    seed_sentences = {s.strip() for p in SEEDS.glob("*") if p.is_file()
                      for s in re.split(r"(?<=[.!?])\s+", p.read_text(errors="replace")) if len(s.strip()) > 60}
    for r in reports:
        for s in seed_sentences:
            assert s not in r["text"]


def test_every_strike_belongs_to_one_incident_of_its_day_and_place(small_db):
    conn = sqlite3.connect(small_db[0])
    if not conn.execute("select 1 from sqlite_master where name = 'incidents'").fetchone():
        pytest.skip("schema without incidents")
    assert conn.execute("select count(*) from strikes where incident_id is null").fetchone()[0] == 0
    total, = conn.execute("select sum(strike_count) from incidents").fetchone()
    assert total == small_db[1]["strikes"]
    assert conn.execute("select count(*) from strikes s join incidents i on i.id = s.incident_id "
                        "where i.location is not s.location or i.attacker is not s.attacker").fetchone()[0] == 0
    assert conn.execute("select max(report_count) from incidents").fetchone()[0] > 1


@needs_samples
def test_memo_tables_never_change_what_is_extracted():
    """The per-sentence caches answer repeated sentences for free; an answer that depended on
    anything but the cached arguments would make records depend on what was read before."""
    from bench.ingest_bench import _sentence_caches
    from parsers.pipeline import document, extract

    reports = [RawReport(text=r["text"], title=r["title"], published=dt.date.fromisoformat(r["published"]),
                         source=r["source"], path=f"{i}.txt")
               for i, r in enumerate(gen_corpus.generate(25, seed=11))]
    warm = [repr(extract(document(r))) for r in reports]
    caches = _sentence_caches()
    assert len(caches) > 10  # dates, places, strikes' filters, counts, claims, quotes' resolver ...
    cold = []
    for r in reports:
        for f in caches:
            f.cache_clear()
        cold.append(repr(extract(document(r))))
    assert cold == warm
