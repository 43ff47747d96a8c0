"""Nothing lost, nothing crashes: hostile files, killed runs, full disks, foreign databases."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from parsers import ingest, schema, store
from parsers.readers import MAX_FILE_BYTES

PLACES = ["Kharkiv", "Odesa", "Sumy", "Dnipro", "Zaporizhzhia", "Mykolaiv", "Kherson", "Poltava"]


def write_reports(folder: Path, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        place = PLACES[i % len(PLACES)]
        body = (
            f"Russian drones struck {place} overnight, killing {i % 5} people and injuring {i % 7}, "
            f"regional governor Ivan Petrenko said on Telegram.\n"
            f'"The attack damaged {i + 2} apartment buildings," he wrote.\n'
            f"Ukraine's air force said it shot down {10 + i % 30} of {20 + i % 40} drones launched overnight.\n"
        ) * 8
        (folder / f"r{i:04d}.txt").write_text(f"---\ntitle: Report {i}\npublished: 2024-0{1 + i % 9}-1{i % 10}\n---\n{body}")


def counts(db: Path) -> dict[str, tuple[int, int, int]]:
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "select path, (select count(*) from strikes s where s.report_id = r.id),"
        " (select count(*) from negotiations n where n.report_id = r.id),"
        " (select count(*) from quotes q where q.report_id = r.id) from reports r").fetchall()
    conn.close()
    return {os.path.basename(p): (a, b, c) for p, a, b, c in rows}


def test_killed_ingest_leaves_whole_reports_and_resumes(tmp_path):
    src = tmp_path / "reports"
    write_reports(src, 400)
    reference = tmp_path / "ref.db"
    ingest.ingest([src], reference)
    want = counts(reference)

    db = tmp_path / "killed.db"
    proc = subprocess.Popen([sys.executable, "-m", "parsers.cli", "ingest", str(src), "--db", str(db)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
            stored = conn.execute("select count(*) from reports").fetchone()[0]
            conn.close()
        except sqlite3.Error:
            continue
        if stored >= 20:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 0 < stored < 400, "the run must be killed mid-way"

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    got = counts(db)
    assert 0 < len(got) < 400
    for name, rows in got.items():
        assert rows == want[name], f"{name} is half-stored"

    summary = ingest.ingest([src], db)
    assert summary.new == 400 - len(got) and summary.unchanged == len(got)
    assert counts(db) == want


def test_full_disk_is_one_message_and_keeps_what_was_stored(tmp_path, monkeypatch):
    src = tmp_path / "reports"
    write_reports(src, 30)
    db_path = tmp_path / "full.db"
    ingest.ingest([src / "r0000.txt"], db_path)
    real_open = store.open_db

    def tiny_disk(path, create=True):
        db = real_open(path, create)
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages + 3}")
        return db

    monkeypatch.setattr(store, "open_db", tiny_disk)
    with pytest.raises(store.StoreError, match="disk is full.*intact"):
        ingest.ingest([src], db_path)
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    paths = [os.path.basename(p) for (p,) in conn.execute("select path from reports")]
    assert paths[0] == "r0000.txt"


def test_read_only_folder_gives_clear_message(tmp_path, monkeypatch):
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == tmp_path else real_access(p, mode))
    with pytest.raises(store.StoreError, match="not writable"):
        store.open_db(tmp_path / "new.db")
    assert not (tmp_path / "new.db").exists()


def test_older_schema_is_migrated_in_place(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript(f"""
        create table reports (id integer primary key, sha256 text not null, title text, source text, url text,
                              published text, path text, text text not null, ingested_at text);
        create table strikes (id integer primary key, report_id integer not null references reports(id),
                              date text, location text, sentence text, char_start int, char_end int);
        insert into reports (sha256, title, text) values ('abc', 'Kept', 'Shelling hit Kherson.');
        PRAGMA application_id = {schema.APPLICATION_ID};
        PRAGMA user_version = 0;
    """)
    conn.close()
    db = store.open_db(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert {"weapon", "killed", "claimed_by"} <= {c.name for c in db["strikes"].columns}
    assert db["quotes"].exists() and db["speakers"].exists()
    assert db.execute("select title from reports").fetchall() == [("Kept",)]
    db.close()


def test_files_we_did_not_create_are_never_changed(tmp_path):
    cases = {
        "text.db": b"plain text, not a database\n" * 50,
        "zeros.db": b"\x00" * 4096,
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("create table reports (x)")
    conn.commit()
    conn.close()
    for p in [tmp_path / n for n in cases] + [other]:
        before = p.read_bytes()
        with pytest.raises(store.StoreError):
            store.open_db(p)
        assert p.read_bytes() == before
        assert not Path(str(p) + "-wal").exists()


def test_huge_invalid_and_unreadable_files_each_get_one_line(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    write_reports(folder, 2)
    big = folder / "huge.txt"
    with open(big, "wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 36 * 1024 * 1024)  # 100 MB
    (folder / "latin.txt").write_bytes("Shelling hit Kherson, the caf\xe9 was damaged.".encode("latin-1"))
    locked = folder / "locked.txt"
    locked.write_text("secret")
    real_open = Path.open

    def open_(self, *args, **kwargs):
        if self == locked:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_)
    summary = ingest.ingest([folder], tmp_path / "x.db")
    problems = "\n".join(summary.problems)
    assert "huge.txt: too large" in problems
    assert "locked.txt: cannot read (Permission denied)" in problems
    assert summary.failed == 2 and summary.new == 3
    assert any("latin.txt" in w and "UTF-8" in w for w in summary.warnings)
