"""`incidents ingest --jobs N`: parsing in worker processes must not change what is stored."""
from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from multiprocessing.pool import ThreadPool
from pathlib import Path

import pytest

from parsers import ingest

SAMPLES = Path(__file__).resolve().parent.parent / "sample_data"

# Written for this test, in the style of wire copy and governors' posts.
EXTRA = [
    ("Odesa port hit", "2024-03-15",
     "ODESA, March 15 - Russian ballistic missiles struck port infrastructure in Odesa on Friday, killing "
     "14 people and injuring 46, regional governor Oleh Kiper said on Telegram.\n\n"
     "\"The enemy used a double-tap strike, hitting rescuers who arrived at the scene,\" he wrote."),
    ("Drones over Kursk", "2025-01-20",
     "Air defence systems destroyed 12 Ukrainian drones over the Kursk region overnight, the Russian "
     "Defence Ministry said in a statement on Monday. Nobody was hurt, acting governor Alexander "
     "Khinshtein said."),
    ("Talks in Istanbul", "2025-05-16",
     "Russian and Ukrainian delegations met in Istanbul on Friday for their first direct talks in three "
     "years and agreed to exchange 1,000 prisoners each, Ukraine's defence minister said."),
]


def corpus(root: Path) -> Path:
    src = root / "in"
    src.mkdir()
    for p in sorted(SAMPLES.glob("*.txt")):
        shutil.copy(p, src / p.name)
    with (src / "wire.jsonl").open("w") as fh:
        for title, published, text in EXTRA:
            fh.write(json.dumps({"title": title, "published": published, "text": text}) + "\n")
        fh.write("{not json\n")
    (src / "empty.txt").write_text("")
    (src / "same-as-first.txt").write_text((src / sorted(p.name for p in src.glob("0*.txt"))[0]).read_text())
    return src


def content(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table, ingest time left out (it is the clock, not the content)."""
    conn = sqlite3.connect(db)
    out = {}
    for table in ("reports", "strikes", "negotiations", "quotes", "speakers"):
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] != "ingested_at"]
        out[table] = conn.execute(f"select {', '.join(cols)} from {table} order by id").fetchall()
    conn.close()
    return out


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "parsers.cli", "ingest", *args], capture_output=True, text=True)


@pytest.mark.skipif(not any(SAMPLES.glob("*.txt")), reason="no sample reports")
def test_two_jobs_store_exactly_what_one_job_stores(tmp_path):
    src = corpus(tmp_path)
    one, two = run(str(src), "--db", str(tmp_path / "one.db")), run(str(src), "--db", str(tmp_path / "two.db"), "--jobs", "2")
    assert one.returncode == two.returncode == 1  # the malformed line and the empty file
    assert one.stdout.replace("one.db", "X") == two.stdout.replace("two.db", "X")
    assert one.stderr == two.stderr
    assert "1 unchanged" in two.stdout  # the copy of the first report is known by its hash
    got, want = content(tmp_path / "two.db"), content(tmp_path / "one.db")
    assert len(want["reports"]) == len(list(src.glob("0*.txt"))) + len(EXTRA)
    assert got == want


@pytest.mark.skipif(not any(SAMPLES.glob("*.txt")), reason="no sample reports")
def test_second_run_with_jobs_is_unchanged_and_adds_nothing(tmp_path):
    src = corpus(tmp_path)
    db = tmp_path / "db.db"
    assert run(str(src), "--db", str(db), "--jobs", "2").returncode == 1
    before = content(db)
    again = run(str(src), "--db", str(db), "--jobs", "2")
    assert " 0 new" in again.stdout and "0 replaced" in again.stdout
    assert content(db) == before


class RecordingPool(ThreadPool):
    """A pool in threads that notes what it was asked to parse (workers cannot be spied on)."""

    sent: list = []

    def imap(self, func, iterable, chunksize=1):
        def spy():
            for item in iterable:
                RecordingPool.sent.append(item)
                yield item
        return super().imap(func, spy(), chunksize)


class Context:
    Pool = RecordingPool


def test_unchanged_reports_are_not_sent_to_the_workers(tmp_path, monkeypatch):
    src = tmp_path / "in"
    src.mkdir()
    for i, (title, published, text) in enumerate(EXTRA):
        (src / f"{i}.txt").write_text(f"---\ntitle: {title}\npublished: {published}\n---\n{text}\n")
    db = tmp_path / "db.db"
    ingest.ingest([src / "0.txt"], db)
    monkeypatch.setattr(ingest.multiprocessing, "get_context", lambda method: Context)
    RecordingPool.sent = []
    summary = ingest.ingest([src], db, jobs=2)
    assert (summary.new, summary.unchanged) == (2, 1)
    assert [item is None for item in RecordingPool.sent] == [True, False, False]
    RecordingPool.sent = []
    summary = ingest.ingest([src], db, jobs=2, reparse=True)
    assert summary.replaced == 3 and all(item is not None for item in RecordingPool.sent)


def test_a_report_that_breaks_an_extractor_fails_alone(tmp_path, monkeypatch):
    src = tmp_path / "in"
    src.mkdir()
    for i, (title, published, text) in enumerate(EXTRA):
        (src / f"{i}.txt").write_text(f"---\ntitle: {title}\npublished: {published}\n---\n{text}\n")
    real = ingest.extract

    def fragile(doc):
        if "Kursk" in doc.text:
            raise IndexError("string index out of range")
        return real(doc)

    monkeypatch.setattr(ingest, "extract", fragile)
    summary = ingest.ingest([src], tmp_path / "db.db")
    assert (summary.new, summary.failed) == (2, 1)
    assert summary.problems[0].startswith(str(src / "1.txt")) and "IndexError" in summary.problems[0]
    again = ingest.ingest([src], tmp_path / "db.db")
    assert (again.unchanged, again.failed) == (2, 1), "the failed report is tried again, the rest are kept"
