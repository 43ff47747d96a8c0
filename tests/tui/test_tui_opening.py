"""Opening files: bad ones give one clear line and exit 1, never a traceback; the query layer has no UI import."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tui.db import DatabaseProblem, connect_readonly, open_checked


def _run_tui(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tui", str(path)], capture_output=True, text=True, timeout=60,
                          stdin=subprocess.DEVNULL)


def test_importing_the_query_layer_does_not_load_textual() -> None:
    code = ("import sys, tui, tui.db, tui.queries, tui.panes, tui.export; "
            "assert 'textual' not in sys.modules, sorted(m for m in sys.modules if m.startswith('textual'))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_help_describes_the_command() -> None:
    result = subprocess.run([sys.executable, "-m", "tui", "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert "PATH" in result.stdout and "read-only" in result.stdout


def test_missing_file(tmp_path: Path) -> None:
    result = _run_tui(tmp_path / "nowhere.db")
    assert result.returncode == 1
    assert "no such file" in result.stderr and "incidents ingest PATH --db" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_file_that_is_not_sqlite(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("Air raid alert in Kyiv region, 02:14.\n", encoding="utf-8")
    result = _run_tui(bad)
    assert result.returncode == 1
    assert "not an SQLite database" in result.stderr and "Traceback" not in result.stderr


def test_sqlite_file_that_is_not_ours(foreign_db: Path) -> None:
    result = _run_tui(foreign_db)
    assert result.returncode == 1
    assert "not one written by incident-browser" in result.stderr and "Traceback" not in result.stderr


def test_database_from_a_newer_version(newer_db: Path) -> None:
    with pytest.raises(DatabaseProblem, match="newer incident-browser"):
        open_checked(newer_db)


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseProblem, match="directory"):
        open_checked(tmp_path)


def test_connection_is_read_only(fixture_db: Path) -> None:
    import sqlite3

    conn = connect_readonly(fixture_db)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("delete from strikes")
    conn.close()


def test_contract_constants_mirror_the_writer() -> None:
    """tui duplicates the file contract instead of importing parsers; the copies must not drift."""
    from parsers import schema
    from tui import db

    assert db.APPLICATION_ID == schema.APPLICATION_ID
    assert db.SCHEMA_VERSION == schema.SCHEMA_VERSION
    assert db.REQUIRED_TABLES <= set(schema.TABLES)


def test_the_app_does_not_import_the_extraction_package() -> None:
    code = "import sys, tui.app, tui.__main__; assert not any(m.split('.')[0] == 'parsers' for m in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_every_pane_column_and_facet_exists_in_the_contract(fixture_db: Path) -> None:
    from tui.panes import PANES
    from tui.queries import Filters, Store

    store = Store(fixture_db)
    for spec in PANES.values():
        store.page(spec, Filters(), spec.sort, limit=1)  # builds the speakers table when needed
        with store.table.lock:
            view_cols = store.columns_of(spec.view, store.table.conn)
        assert {c.key for c in spec.columns if c.sortable} <= view_cols, spec.key  # spreads sort by *_max
        assert {f.column for f in spec.facets} <= view_cols, spec.key
    store.close()
