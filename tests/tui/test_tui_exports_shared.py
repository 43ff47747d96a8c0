"""Issue 17, faults 9-14 and 17, and issue 18 item 12: exports and files as other tools and users meet them.

Here because both sides meet here: the fixed database of the app's tests, the
`incidents export` command, and the app's export of the same view.
"""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tui.export import write_export
from tui.panes import PANES
from tui.queries import Filters, Store

STRIKES = PANES["strikes"]


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "parsers.cli", *args], capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL)


# 12: one writer -----------------------------------------------------------------------
@pytest.mark.parametrize("pane,fmt", [("strikes", "csv"), ("strikes", "json"), ("negotiations", "json"),
                                      ("speakers", "json"), ("incidents", "geojson"), ("quotes", "csv")])
def test_app_and_cli_write_the_same_file(fixture_db: Path, tmp_path: Path, pane: str, fmt: str) -> None:
    store = Store(fixture_db)
    try:
        path, n, _ = write_export(store, PANES[pane], Filters(), ("id", False), fmt, tmp_path / "app")
    finally:
        store.close()
    result = cli("export", pane, "--format", fmt, "--db", str(fixture_db), "-o", str(tmp_path / "cli.out"))
    assert result.returncode == 0, result.stderr
    assert path.read_bytes() == (tmp_path / "cli.out").read_bytes()
    if fmt == "json" and pane in ("negotiations", "speakers"):
        rows = json.loads(path.read_text(encoding="utf-8"))
        key = "parties" if pane == "negotiations" else "aliases"
        assert all(isinstance(r[key], list) for r in rows)  # decoded, as the CLI always did


def test_app_export_with_no_rows_still_has_its_header(fixture_db: Path, tmp_path: Path) -> None:
    store = Store(fixture_db)
    try:
        path, n, _ = write_export(store, STRIKES, Filters(equals=(("region", "Volyn Oblast"),)), ("date", False),
                                  "csv", tmp_path)
    finally:
        store.close()
    assert n == 0
    header = path.read_text(encoding="utf-8").splitlines()
    assert len(header) == 1 and header[0].startswith("id,report_id,date,")


def test_cli_geojson_checks_ranges_and_says_what_it_left_out(fixture_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "bad-coords.db"
    shutil.copy(fixture_db, db)
    conn = sqlite3.connect(db)
    conn.execute("update strikes set lat = 95.0 where location = 'Odesa'")  # not a latitude
    conn.commit()
    conn.close()
    out = tmp_path / "s.geojson"
    result = cli("export", "strikes", "--format", "geojson", "--db", str(db), "-o", str(out))
    assert result.returncode == 0, result.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert "Odesa" not in {f["properties"]["location"] for f in doc["features"]}
    total = sqlite3.connect(db).execute("select count(*) from strikes").fetchone()[0]
    assert f"wrote {len(doc['features'])} points" in result.stderr
    assert f"{total - len(doc['features'])} without coordinates left out" in result.stderr


def test_shared_geojson_writer_by_itself() -> None:
    from tui.writers import write_geojson

    fh = io.StringIO()
    done = write_geojson(["id", "lat", "lon", "name"], [(1, 50.45, 30.52, "Kyiv"), (2, None, 30.5, "x"),
                                                        (3, 95.0, 10.0, "not a latitude"), (4, 0.0, 0.0, "Null Island")],
                         fh)
    doc = json.loads(fh.getvalue())
    assert (done.rows, done.left_out) == (2, 2)
    assert doc["features"][0]["geometry"]["coordinates"] == [30.52, 50.45]


# 10: --db paths with # or ? ------------------------------------------------------------
@pytest.mark.parametrize("name", ["data#2.db", "my?db.db", "100%.db"])
def test_export_opens_the_file_named_even_with_uri_characters(fixture_db: Path, tmp_path: Path, name: str) -> None:
    db = tmp_path / name
    shutil.copy(fixture_db, db)
    before = set(os.listdir(tmp_path))
    result = cli("export", "strikes", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert len(list(csv.reader(io.StringIO(result.stdout)))) == 1 + 4
    assert set(os.listdir(tmp_path)) <= before | {f"{name}-wal", f"{name}-shm"}  # no stray 'data' or 'my'


# 11: -o FILE is replaced only by a finished export -------------------------------------
def test_failed_export_leaves_the_output_file_alone(fixture_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    shutil.copy(fixture_db, db)
    conn = sqlite3.connect(db)
    conn.execute("drop view acled_view")  # as in a file from before the ACLED export
    conn.commit()
    conn.close()
    out = tmp_path / "keep.csv"
    out.write_text("last week's export\n")
    result = cli("export", "strikes", "--format", "acled", "--db", str(db), "-o", str(out))
    assert result.returncode == 1 and "acled_view" in result.stderr
    assert out.read_text() == "last week's export\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith((".keep", "keep"))) == ["keep.csv"]
    ok = cli("export", "strikes", "--db", str(fixture_db), "-o", str(out))
    assert ok.returncode == 0 and out.read_text().startswith("id,") and "(replaced)" in ok.stderr


# 9: a WAL database in a read-only folder -----------------------------------------------
def _writable(folder: Path) -> bool:
    try:
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


def lock_folder(folder: Path) -> None:
    """Make `folder` refuse new files to this user, root included (chmod does not stop root; chattr +i does)."""
    os.chmod(folder, 0o555)
    if _writable(folder) and shutil.which("chattr"):
        subprocess.run(["chattr", "+i", str(folder)], capture_output=True)
    if _writable(folder):
        unlock_folder(folder)
        pytest.skip("cannot make a folder read-only for this user here")


def unlock_folder(folder: Path) -> None:
    if shutil.which("chattr"):
        subprocess.run(["chattr", "-i", str(folder)], capture_output=True)
    os.chmod(folder, 0o755)


@pytest.fixture
def readonly_folder(fixture_db: Path, tmp_path: Path):
    """A folder that refuses new files, holding a WAL database whose own file is writable."""
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "wal.db"
    src = sqlite3.connect(fixture_db)
    dst = sqlite3.connect(db)
    src.backup(dst)
    src.close()
    dst.execute("PRAGMA journal_mode = wal")
    dst.close()  # a clean close folds the -wal in and removes it
    assert not Path(f"{db}-wal").exists() and not Path(f"{db}-shm").exists()
    os.chmod(db, 0o666)
    lock_folder(folder)
    yield folder, db
    unlock_folder(folder)


def test_wal_database_in_a_read_only_folder(readonly_folder, tmp_path: Path) -> None:
    folder, db = readonly_folder
    exported = cli("export", "strikes", "--db", str(db))
    assert exported.returncode == 0, exported.stderr
    assert len(exported.stdout.strip().splitlines()) == 1 + 4
    report = tmp_path / "x.txt"
    report.write_text("Shelling hit Kherson on Monday, wounding two people, officials said.\n")
    ingested = cli("ingest", str(report), "--db", str(db))
    assert ingested.returncode == 1
    assert "read-only" in ingested.stderr and "not an SQLite database" not in ingested.stderr
    code = (f"from tui.db import open_checked; c = open_checked({str(db)!r}); "
            "print(c.execute('select count(*) from strikes').fetchone()[0])")
    app = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert app.returncode == 0 and app.stdout.strip() == "4", app.stderr
    assert sorted(os.listdir(folder)) == ["wal.db"]


def test_wal_database_with_unmerged_changes_in_a_read_only_folder_says_why(tmp_path: Path) -> None:
    db = tmp_path / "crashed.db"
    writer = sqlite3.connect(db)
    writer.execute("PRAGMA journal_mode = wal")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("create table reports (id integer primary key)")
    writer.commit()
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy(db, copy / "crashed.db")
    shutil.copy(f"{db}-wal", copy / "crashed.db-wal")  # as a crash leaves it
    writer.close()
    lock_folder(copy)
    try:
        result = cli("export", "reports", "--db", str(copy / "crashed.db"))
        assert result.returncode == 1
        assert "unmerged changes" in result.stderr and "\n" not in result.stderr.strip()
        code = f"from tui.db import open_checked; open_checked({str(copy / 'crashed.db')!r})"
        app = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
        assert "unmerged changes" in app.stderr
    finally:
        unlock_folder(copy)


# 17: speakers pane search --------------------------------------------------------------
def test_speaker_search_takes_underscore_and_percent_literally(fixture_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "names.db"
    shutil.copy(fixture_db, db)
    conn = sqlite3.connect(db)
    conn.execute("insert into speakers (name, kind, aliases) values ('Press_Office 100%', 'body', '[]')")
    conn.commit()
    conn.close()
    store = Store(db)
    speakers = PANES["speakers"]
    try:
        assert store.count(speakers, Filters(search="_")) == 1
        assert store.count(speakers, Filters(search="%")) == 1
        assert store.count(speakers, Filters(search="O%")) == 0
        assert store.count(speakers, Filters(search="x" * 50_000)) == 0  # no "pattern too complex"
        assert store.count(speakers, Filters(search="Kiper")) == 1
    finally:
        store.close()


# issue 18 item 12: one documented folder, full path, never over a file -----------------
def test_exports_go_to_the_export_folder_and_never_replace_a_file(
        fixture_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "exports"
    monkeypatch.setenv("INCIDENTS_EXPORT_DIR", str(folder))
    monkeypatch.chdir(tmp_path)
    store = Store(fixture_db)
    try:
        first, _, _ = write_export(store, STRIKES, Filters(), ("date", False), "csv")
        (folder / "incidents-strikes-2.csv").write_text("someone else's file\n")
        second, _, _ = write_export(store, STRIKES, Filters(), ("date", False), "csv")
    finally:
        store.close()
    assert first == folder / "incidents-strikes.csv" and first.is_absolute()
    assert second == folder / "incidents-strikes-3.csv"
    assert (folder / "incidents-strikes-2.csv").read_text() == "someone else's file\n"
    assert sorted(p.name for p in folder.iterdir()) == [
        "incidents-strikes-2.csv", "incidents-strikes-3.csv", "incidents-strikes.csv"]
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".csv"]  # nothing in the current directory


def test_without_the_variable_exports_go_to_the_downloads_folder(monkeypatch: pytest.MonkeyPatch,
                                                                 tmp_path: Path) -> None:
    from tui.writers import export_dir

    monkeypatch.delenv("INCIDENTS_EXPORT_DIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DOWNLOAD_DIR", str(tmp_path / "Downloads"))
    (tmp_path / "Downloads").mkdir()
    assert export_dir() == tmp_path / "Downloads"
    (tmp_path / "Downloads").rmdir()
    (tmp_path / "Documents").mkdir()
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "Documents"))
    assert export_dir() == tmp_path / "Documents"


async def test_app_says_where_exports_and_screenshots_went(fixture_db: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from tui_pilot import new_app, settle

    folder = tmp_path / "out"
    monkeypatch.setenv("INCIDENTS_EXPORT_DIR", str(folder))
    monkeypatch.chdir(tmp_path)
    app = new_app(fixture_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("e", "c")
        await settle(pilot)
        await app.run_action("screenshot")
        await app.run_action("screenshot")
        await settle(pilot)
        messages = [n.message for n in app._notifications]
    assert sorted(p.name for p in folder.iterdir()) == [
        "incidents-screenshot-2.svg", "incidents-screenshot.svg", "incidents-strikes.csv"]
    assert any(str(folder / "incidents-strikes.csv") in m for m in messages)
    assert any(str(folder / "incidents-screenshot-2.svg") in m for m in messages)
    assert (folder / "incidents-screenshot.svg").read_text(encoding="utf-8").startswith("<svg")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # nothing in the current directory
