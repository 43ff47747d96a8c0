"""The `incidents` command end to end, as a user runs it."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from parsers import cli

REPORT = """---
title: Drones downed over Belgorod
published: 2024-06-03
source: Test wire
---
Russian air defences shot down six Ukrainian drones over the Belgorod region on Monday, the Defence Ministry said.
"""


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "parsers.cli", *args], capture_output=True, text=True, cwd=cwd)


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(REPORT)
    (d / "b.txt").write_text(REPORT.replace("six", "seven"))
    return d


def test_ingest_prints_summary_and_is_idempotent(folder, tmp_path):
    db = tmp_path / "x.db"
    first = run("ingest", str(folder), "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert "reports 2 new, 0 unchanged, 0 replaced, 0 failed" in first.stdout
    assert "\x1b[" not in first.stdout + first.stderr  # no progress bar when piped
    second = run("ingest", str(folder), "--db", str(db))
    assert "reports 0 new, 2 unchanged, 0 replaced, 0 failed" in second.stdout
    (folder / "b.txt").write_text(REPORT.replace("six", "eight"))
    third = run("ingest", str(folder), "--db", str(db))
    assert "0 new, 1 unchanged, 1 replaced" in third.stdout
    assert sqlite3.connect(db).execute("select count(*) from reports").fetchone()[0] == 2


def test_bad_files_are_named_the_rest_stored_and_exit_1(folder, tmp_path):
    (folder / "empty.txt").write_text("")
    (folder / "blob.txt").write_bytes(b"\x00\x01\x02\x03")
    (folder / "feed.jsonl").write_text('{"text": "Shelling hit Nikopol on Sunday, the governor said."}\n{oops\n')
    db = tmp_path / "x.db"
    out = run("ingest", str(folder), "--db", str(db))
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert any("empty.txt: empty file" in line for line in lines)
    assert any("blob.txt: binary file" in line for line in lines)
    assert any("feed.jsonl:2: malformed JSON line" in line for line in lines)
    assert "reports 3 new" in out.stdout and "3 failed" in out.stdout
    assert sqlite3.connect(db).execute("select count(*) from reports").fetchone()[0] == 3


def test_database_that_is_not_ours_is_refused_in_one_line(folder, tmp_path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("create table t (x)")
    conn.commit()
    conn.close()
    out = run("ingest", str(folder), "--db", str(other))
    assert out.returncode == 1
    assert "not one written by incident-browser" in out.stderr
    assert "Traceback" not in out.stderr and len(out.stderr.strip().splitlines()) == 1


def test_bad_published_option(folder, tmp_path):
    out = run("ingest", str(folder), "--db", str(tmp_path / "x.db"), "--published", "yesterday")
    assert out.returncode == 2 and "YYYY-MM-DD" in out.stderr


def test_published_option_dates_undated_reports(tmp_path):
    f = tmp_path / "undated.txt"
    f.write_text("Officials said three drones were shot down over Kursk.")
    db = tmp_path / "x.db"
    assert run("ingest", str(f), "--db", str(db), "--published", "2024-02-01").returncode == 0
    assert sqlite3.connect(db).execute("select published from reports").fetchone()[0] == "2024-02-01"


@pytest.mark.parametrize("command", [[], ["ingest"], ["browse"], ["rebuild"], ["export"]])
def test_every_command_has_help(command):
    out = run(*command, "--help")
    assert out.returncode == 0 and "Usage:" in out.stdout


def test_bare_command_builds_default_database_from_samples_then_opens_it(tmp_path, monkeypatch):
    samples = tmp_path / "samples"
    samples.mkdir()
    (samples / "one.txt").write_text(REPORT)
    db = tmp_path / "home" / "incidents.db"
    opened = []
    monkeypatch.setenv("INCIDENTS_DB", str(db))
    monkeypatch.setattr(cli, "sample_data_dir", lambda: samples)
    monkeypatch.setattr(cli, "_launch", opened.append)
    result = CliRunner().invoke(cli.cli, [])
    assert result.exit_code == 0, result.output
    assert opened == [db]
    assert sqlite3.connect(db).execute("select count(*) from reports").fetchone()[0] == 1
    # second run opens the existing file without re-ingesting
    (samples / "two.txt").write_text(REPORT.replace("six", "nine"))
    CliRunner().invoke(cli.cli, [])
    assert sqlite3.connect(db).execute("select count(*) from reports").fetchone()[0] == 1


def test_bundled_sample_data_is_found():
    found = cli.sample_data_dir()
    assert found is not None and any(found.glob("*.txt"))


def test_rebuild_regroups_strikes_edited_by_hand(folder, tmp_path):
    db = tmp_path / "x.db"
    assert run("ingest", str(folder), "--db", str(db)).returncode == 0
    con = sqlite3.connect(db)
    assert con.execute("select count(distinct incident_id) from strikes").fetchone()[0] == 1
    # an analyst moves one strike to another day in sqlite3: ingest cannot notice that
    con.execute("update strikes set date = '2024-05-01' where id = (select max(id) from strikes)")
    con.commit()
    out = run("rebuild", "--db", str(db))
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().endswith(": 2 incidents")
    assert con.execute("select count(distinct incident_id) from strikes").fetchone()[0] == 2


def test_rebuild_of_a_missing_database_is_one_line(tmp_path):
    out = run("rebuild", "--db", str(tmp_path / "none.db"))
    assert out.returncode == 1
    assert out.stderr.strip().splitlines() == [f"Error: {tmp_path / 'none.db'}: no such database"]
