"""Fixtures for the terminal app's tests: a fixed database and the bad files the app must refuse."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from parsers import schema
from tui_fixture import build


@pytest.fixture(scope="session")
def fixture_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("db") / "incidents.db")


@pytest.fixture(scope="session")
def incidents_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixed database plus a second report on the Chuhuiv attack, so one incident has two reports."""
    return build(tmp_path_factory.mktemp("incidents") / "incidents.db", follow_up=True)


@pytest.fixture
def empty_db(tmp_path: Path) -> Path:
    path = tmp_path / "empty.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    db.close()
    return path


@pytest.fixture
def foreign_db(tmp_path: Path) -> Path:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("create table notes (id integer primary key, body text)")
    conn.commit()
    conn.close()
    return path


@pytest.fixture
def newer_db(tmp_path: Path) -> Path:
    path = tmp_path / "newer.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    db.close()
    return path
