"""Read-only SQL typed by the user: pages of its result, its row count, and its export.

The connection is opened read-only (`mode=ro`) and also set `query_only`, so no
statement typed here can change the file, whatever it is (INSERT, DROP,
ATTACH-and-write, a temp table). A SELECT is paged like a pane, by wrapping it
(`select * from (...) limit ? offset ?`); other statements (PRAGMA, EXPLAIN)
are run as typed and their first rows kept. No Textual import.
"""
from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any, Iterator, Sequence

from .db import connect_readonly
from .writers import SUFFIXES, export_dir, write, write_new

PAGE = 200
UNWRAPPED_MAX = 10_000  # rows kept of a statement that cannot be paged (PRAGMA, EXPLAIN)


class QueryError(Exception):
    """The statement failed; str() is one line for the status bar."""


def one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:200] + ("…" if len(text) > 200 else "")


class SqlSession:
    """One read-only connection for the SQL prompt; methods block (call them from workers)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.conn = connect_readonly(path)
        self.conn.execute("PRAGMA query_only = ON")
        self.lock = threading.Lock()

    def close(self) -> None:
        with self.lock:
            self.conn.close()

    def interrupt(self) -> None:
        if self.lock.locked():
            self.conn.interrupt()

    @staticmethod
    def clean(sql: str) -> str:
        sql = sql.strip()
        while sql.endswith(";"):
            sql = sql[:-1].rstrip()
        if not sql:
            raise QueryError("type a query, for example: select weapon, count(*) from strikes group by 1")
        return sql

    def first(self, sql: str, order: tuple[int, bool] | None = None) -> tuple[list[str], list[tuple], bool]:
        """(column names, first page, whether the query pages by offset); raises QueryError."""
        sql = self.clean(sql)
        with self.lock:
            try:
                cur = self.conn.execute(self._paged(sql, order), [PAGE, 0])
                return [d[0] for d in cur.description], cur.fetchall(), True
            except sqlite3.Error:
                pass  # not a select (PRAGMA, EXPLAIN …): run it as typed
            try:
                cur = self.conn.execute(sql)
            except sqlite3.Error as exc:
                raise QueryError(one_line(exc)) from None
            if cur.description is None:
                return [], [], False
            return [d[0] for d in cur.description], cur.fetchmany(UNWRAPPED_MAX), False

    @staticmethod
    def _paged(sql: str, order: tuple[int, bool] | None) -> str:
        by = f" order by {order[0] + 1} {'desc' if order[1] else 'asc'}" if order else ""
        return f"select * from ({sql}){by} limit ? offset ?"

    def page(self, sql: str, number: int, order: tuple[int, bool] | None = None) -> list[tuple]:
        with self.lock:
            return self.conn.execute(self._paged(self.clean(sql), order), [PAGE, number * PAGE]).fetchall()

    def count(self, sql: str) -> int:
        with self.lock:
            return self.conn.execute(f"select count(*) from ({self.clean(sql)})").fetchone()[0]

    def _cursor(self, conn: sqlite3.Connection, sql: str, order: tuple[int, bool] | None) -> sqlite3.Cursor:
        sql = self.clean(sql)
        try:
            by = f" order by {order[0] + 1} {'desc' if order[1] else 'asc'}" if order else ""
            return conn.execute(f"select * from ({sql}){by}")
        except sqlite3.Error:
            return conn.execute(sql)

    def rows(self, sql: str, order: tuple[int, bool] | None = None) -> Iterator[tuple[list[str], Sequence[Any]]]:
        """Every row of the result, on a connection of its own."""
        conn = connect_readonly(self.path)
        conn.execute("PRAGMA query_only = ON")
        try:
            cur = self._cursor(conn, sql, order)
            names = [d[0] for d in cur.description or ()]
            for row in cur:
                yield names, row
        finally:
            conn.close()

    def export(self, sql: str, fmt: str, order: tuple[int, bool] | None = None,
               directory: Path | None = None) -> tuple[Path, int]:
        """Write the whole result as CSV or JSON with the writers every export uses, as a new file
        in the export folder; returns (path, rows)."""
        conn = connect_readonly(self.path)
        conn.execute("PRAGMA query_only = ON")
        try:
            cur = self._cursor(conn, sql, order)
            names = [d[0] for d in cur.description or ()]
            path, written = write_new(directory or export_dir(), "incidents-sql", SUFFIXES[fmt],
                                      lambda fh: write(fmt, names, cur, fh))
        except sqlite3.Error as exc:
            raise QueryError(one_line(exc)) from None
        finally:
            conn.close()
        return path, written.rows
