"""Every SQL statement the app runs, and the caches that keep it instant on a million rows.

No Textual import: this layer is tested on its own, and a subprocess test
checks that importing it does not load the UI. All methods block; the app
calls them from thread workers only.

Why it is fast: rows come a page at a time by keyset (`(sort, id) > (?, ?)`)
on the indexed sort column, never by loading the table; counts are cached per
filter; facet counts group by indexed columns with a LIMIT and run on their
own connection so they never hold up the table.
"""
from __future__ import annotations

import re
import sqlite3
import threading
from collections import OrderedDict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterator, Sequence

from rapidfuzz import fuzz, process, utils

from .db import Connection, connect_readonly, open_checked
from .field_filters import VALUES as FIELD_VALUES
from .field_filters import conditions as field_conditions
from .field_filters import dense as is_dense
from .place_names import canonical_places
from .search_syntax import parse as parse_search
from .panes import OPTIONAL_PANES, PANES, Facet, PaneSpec

PAGE_SIZE = 200
FACET_LIMIT = 30
FREQ_LIMIT = 500
DENSE_PROBE = 15_000
INCIDENT_DENSE_REPORTS = 2_000  # matching reports past which an incident search walks the sort index
NONE_LABEL = "(none)"

Key = tuple[Any, int]  # (sort value, id) of a row: where the next page starts


@dataclass(frozen=True)
class Filters:
    """What narrows a pane: field = value pairs, a date range and the search text."""

    equals: tuple[tuple[str, Any], ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    search: str = ""

    def with_value(self, field: str, value: Any) -> Filters:
        rest = tuple((f, v) for f, v in self.equals if f != field)
        return replace(self, equals=rest + ((field, value),))

    def without(self, field: str) -> Filters:
        return replace(self, equals=tuple((f, v) for f, v in self.equals if f != field))

    def value_of(self, field: str) -> tuple[bool, Any]:
        for f, v in self.equals:
            if f == field:
                return True, v
        return False, None

    def cleared(self) -> Filters:
        return Filters()

    @property
    def active(self) -> bool:
        return bool(self.equals or self.date_from or self.date_to or self.search.strip())


@dataclass(frozen=True)
class FacetValue:
    value: Any
    label: str
    count: int


@dataclass
class Page:
    rows: list[tuple]  # (id, sort value, *column values)

    @property
    def first_key(self) -> Key:
        return (self.rows[0][1], self.rows[0][0])

    @property
    def last_key(self) -> Key:
        return (self.rows[-1][1], self.rows[-1][0])


def fts_expression(text: str) -> str | None:
    """User text as a safe FTS5 query: every word quoted, the last one a prefix (search as you type)."""
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    if len(words[-1]) > 1:  # a one-letter prefix matches most of a big table: wait for the next key
        quoted[-1] += "*"
    return " ".join(quoted)


def parse_date_range(text: str) -> tuple[str | None, str | None]:
    """'2024-03', '2024-03-01..2024-03-15', '..2024-05', '2024-02..' -> (from, to); raises ValueError."""
    text = text.strip()
    if not text:
        return None, None
    part = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
    m = re.fullmatch(rf"({part})?\s*(?:\.\.|–|to)\s*({part})?", text)
    if m:
        return m.group(1), m.group(2)
    if re.fullmatch(part, text):
        return text, text
    raise ValueError(f"not a date range: {text!r} (try 2024-03 or 2024-03-01..2024-03-15)")


class LRU(OrderedDict):
    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def get_hit(self, key: Any) -> Any:
        if key in self:
            self.move_to_end(key)
            return self[key]
        return None

    def put(self, key: Any, value: Any) -> None:
        self[key] = value
        self.move_to_end(key)
        while len(self) > self.size:
            self.popitem(last=False)


class Store:
    """The read-only database and its caches, shared by all panes."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        open_checked(self.path).close()
        self.table = Connection(self.path)
        self.counts_conn = Connection(self.path)
        self.facets_conn = Connection(self.path)
        self.misc = Connection(self.path)
        self._counts: LRU = LRU(256)
        self._facets: LRU = LRU(256)
        self._names: dict[str, list[tuple[str, Any]]] = {}
        self._columns: dict[str, set[str]] = {}
        self._speaker_rows: list[tuple] | None = None
        self._speaker_lock = threading.Lock()
        self._cache_lock = threading.Lock()
        self._data_version = self.table.data_version()
        self.missing = self._missing_panes()

    def close(self) -> None:
        for c in (self.table, self.counts_conn, self.facets_conn, self.misc):
            c.close()

    # -- housekeeping -------------------------------------------------------
    def _missing_panes(self) -> dict[str, str]:
        """Panes this file cannot fill ({key: why}): a database written before their table existed."""
        with self.misc.lock:
            names = {r[0] for r in self.misc.conn.execute(
                "select name from sqlite_master where type in ('table', 'view')")}
            strike_cols = {r[1] for r in self.misc.conn.execute("PRAGMA table_info(strikes)")}
        out = {}
        for key, needed in OPTIONAL_PANES.items():
            if not set(needed) <= names or (key == "incidents" and "incident_id" not in strike_cols):
                out[key] = (f"This database was written before {PANES[key].title.lower()} existed: "
                            f"ingest into it again with a newer incident-browser to build them.")
        return out

    @property
    def data_seen(self) -> int:
        """Changes with every reload: caches outside the store key on it."""
        return self._data_version

    def has(self, key: str) -> bool:
        return key not in self.missing

    def changed(self) -> bool:
        """True when another connection (a running ingest) committed since we last looked."""
        return self.table.data_version() != self._data_version

    def reload(self) -> None:
        """Forget every cache so the next queries see the database as it is now."""
        with self._cache_lock:
            self._counts.clear()
            self._facets.clear()
            self._names.clear()
            self._columns.clear()
        FIELD_VALUES.clear()
        with self._speaker_lock:
            self._speaker_rows = None
            for c in (self.table, self.counts_conn, self.facets_conn, self.misc):
                with c.lock:
                    c.conn.execute("DROP TABLE IF EXISTS temp.speaker_stats")
        self._data_version = self.table.data_version()
        self.missing = self._missing_panes()

    def totals(self) -> dict[str, int]:
        with self.misc.lock:
            return {t: self.misc.conn.execute(f"select count(*) from {t}").fetchone()[0]
                    for t in ("reports", "strikes", "negotiations", "quotes", "speakers")}

    def _ready(self, conn: sqlite3.Connection, spec: PaneSpec) -> None:
        """Build the speakers pane's table (one aggregate over all quotes, once per reload)."""
        if spec.key != "speakers":
            return
        if conn.execute("select 1 from temp.sqlite_master where name = 'speaker_stats'").fetchone():
            return
        with self._speaker_lock:
            if self._speaker_rows is None:
                self._speaker_rows = self._speaker_aggregate()
            rows = self._speaker_rows
        conn.execute(
            "create temp table if not exists speaker_stats (id integer primary key, name text, role text, "
            "affiliation text, kind text, aliases text, quotes integer, first_date text, last_date text)")
        conn.executemany("insert into temp.speaker_stats values (?,?,?,?,?,?,?,?,?)", rows)
        for col in ("name", "role", "kind", "quotes", "first_date", "last_date"):
            conn.execute(f"create index if not exists temp.speaker_stats_{col} on speaker_stats({col})")

    def _speaker_aggregate(self) -> list[tuple]:
        # One pass over quotes grouped by the speaker index, then joined to the (small) speakers table:
        # the same numbers as the contract's speakers_view, without re-aggregating per page.
        # Its own connection: the caller may hold any of the shared ones.
        conn = connect_readonly(self.path)
        try:
            return self._speaker_rows_from(conn)
        finally:
            conn.close()

    @staticmethod
    def _speaker_rows_from(conn: sqlite3.Connection) -> list[tuple]:
        # A sequential scan (NOT INDEXED) groups a million quotes in about a second; walking the
        # speaker index instead costs a random row read per quote. Quotes without their own date
        # take the report's date, as in speakers_view; they are few and found by the date index.
        stats: dict[int, list] = {}
        for sid, n, first, last in conn.execute(
                "select speaker_id, count(*), min(date), max(date) from quotes not indexed "
                "where speaker_id is not null group by speaker_id"):
            stats[sid] = [n, first, last]
        for sid, first, last in conn.execute(
                "select q.speaker_id, min(r.published), max(r.published) from quotes q "
                "join reports r on r.id = q.report_id where q.date is null and q.speaker_id is not null "
                "group by q.speaker_id"):
            acc = stats.setdefault(sid, [0, None, None])
            acc[1] = min(x for x in (acc[1], first) if x is not None) if (acc[1] or first) else None
            acc[2] = max(x for x in (acc[2], last) if x is not None) if (acc[2] or last) else None
        out = []
        for sid, name, role, aff, kind, aliases in conn.execute(
                "select id, name, role, affiliation, kind, aliases from speakers"):
            n, first, last = stats.get(sid, (0, None, None))
            out.append((sid, name, role, aff, kind, aliases, n, first, last))
        return out

    def columns_of(self, relation: str, conn: sqlite3.Connection) -> set[str]:
        if relation not in self._columns:
            schema, _, name = relation.rpartition(".")
            pragma = f"PRAGMA {schema}.table_info({name})" if schema else f"PRAGMA table_info({name})"
            self._columns[relation] = {r[1] for r in conn.execute(pragma)}
        return self._columns[relation]

    # -- names for fuzzy search and the palette -----------------------------
    def names(self, spec: PaneSpec) -> list[tuple[str, Any]]:
        """(label, value) pairs that search matches fuzzily: speakers (and aliases) or place names."""
        if spec.key in self._names:
            return self._names[spec.key]
        with self.misc.lock:
            conn = self.misc.conn
            out: list[tuple[str, Any]] = []
            if spec.key in ("quotes", "speakers"):
                import json

                for sid, name, aliases in conn.execute("select id, name, aliases from speakers"):
                    out.append((name, sid))
                    try:
                        out += [(a, sid) for a in json.loads(aliases or "[]") if isinstance(a, str) and a != name]
                    except ValueError:
                        pass
            else:
                for col in spec.fuzzy:
                    out += [(v, v) for (v,) in conn.execute(
                        f"select distinct {col} from {spec.base} where {col} is not null")]
        self._names[spec.key] = out
        return out

    def fuzzy(self, spec: PaneSpec, text: str, limit: int = 40, cutoff: float = 86) -> list[tuple[str, Any, float]]:
        text = text.strip()
        if len(text) < 3 or len(text) > NAME_SEARCH_MAX:
            return []
        choices = self.names(spec)
        if not choices:
            return []
        labels = [c[0] for c in choices]
        hits = process.extract(text, labels, scorer=fuzz.WRatio, processor=utils.default_process,
                               score_cutoff=cutoff, limit=limit)
        return [(label, choices[i][1], score) for label, score, i in hits]

    def speakers_ranked(self, text: str, limit: int = 30) -> list[tuple[str, int, float]]:
        """Speakers for the fuzzy picker, best first, one hit per speaker."""
        spec = PANES["speakers"]
        choices = self.names(spec)
        if not text.strip():
            seen: dict[int, str] = {}
            for label, sid in choices:
                seen.setdefault(sid, label)
            return [(label, sid, 0.0) for sid, label in list(seen.items())[:limit]]
        labels = [c[0] for c in choices]
        hits = process.extract(text, labels, scorer=fuzz.WRatio, processor=utils.default_process,
                               score_cutoff=50, limit=limit * 3)
        out: dict[int, tuple[str, int, float]] = {}
        for label, score, i in hits:
            sid = choices[i][1]
            if sid not in out:
                out[sid] = (label, sid, score)
        return list(out.values())[:limit]

    # -- WHERE ---------------------------------------------------------------
    def where(self, spec: PaneSpec, filters: Filters, conn: sqlite3.Connection,
              skip: str | None = None, dense: bool = False, sorting: bool = False) -> tuple[str, list[Any], bool]:
        """(sql, params, needs_view): the filters as SQL on alias `t`, and whether they need the view's columns."""
        self._ready(conn, spec)
        conds: list[str] = []
        params: list[Any] = []
        needs_view = False
        base_cols = self.columns_of(spec.base, conn)
        view_cols = self.columns_of(spec.view, conn)
        facets = {f.name: f for f in spec.facets}
        for field, value in filters.equals:
            if field == skip:
                continue
            facet = facets.get(field)
            col = facet.column if facet else field
            if col not in view_cols:
                raise ValueError(f"unknown column {field!r}")
            needs_view |= col not in base_cols
            if facet is not None and facet.kind == "json":
                if value is None:
                    conds.append(f"(t.{col} is null or t.{col} = '[]')")
                else:
                    conds.append(f"exists (select 1 from json_each(t.{col}) where json_each.value = ?)")
                    params.append(value)
            elif value is None:
                conds.append(f"t.{col} is null")
            elif facet is not None and facet.fold_case:
                conds.append(f"lower(t.{col}) = lower(?)")
                params.append(value)
            else:
                # a value many rows hold, for a page in sort order: walk the sort index (see field_filters)
                dense_value = sorting and col in base_cols and is_dense(spec.base, col, [value], conn)
                conds.append(f"{'+t' if dense_value else 't'}.{col} = ?")
                params.append(value)
        if spec.date_column and skip != "date":
            if filters.date_from:
                conds.append(f"t.{spec.date_column} >= ?")
                params.append(filters.date_from)
            if filters.date_to:
                conds.append(f"t.{spec.date_column} <= ?")
                params.append(filters.date_to + "~")  # '~' sorts after any time suffix
        if filters.search.strip():
            parsed = parse_search(filters.search, spec.key)
            field_conds, field_params, view, _ = field_conditions(self, spec, parsed, conn, sorting)
            conds += field_conds
            params += field_params
            needs_view |= view
            if parsed.text.strip():
                sql, p = self._search_condition(spec, parsed.text, dense)
                conds.append(sql)
                params += p
        return (" and ".join(conds) or "1"), params, needs_view

    def _search_condition(self, spec: PaneSpec, text: str, dense: bool = False) -> tuple[str, list[Any]]:
        """FTS over the pane's text OR'ed with fuzzy name matches.

        `dense` (the search matches a large share of rows) writes `+t.col in (...)`
        so SQLite walks the sort index and tests membership instead of sorting
        every match; sparse searches let SQLite drive from the match list.
        """
        terms = self._search_terms(spec, text, "+t" if dense else "t")
        if not terms:
            return "0", []
        return ("(" + " or ".join(sql for _, sql, _ in terms) + ")",
                [x for _, _, params in terms for x in params])

    def _search_terms(self, spec: PaneSpec, text: str, t: str = "t") -> list[tuple[str, str, list[Any]]]:
        """The alternatives a search matches, as (kind, sql, params) with kind 'fts', 'fuzzy' or 'like'.

        The user's text only ever travels as a bound parameter: FTS5 gets
        `fts_expression` (every word quoted), fuzzy names become values, LIKE a pattern.
        """
        terms: list[tuple[str, str, list[Any]]] = []
        expr = fts_expression(text)
        if expr and spec.fts == "quotes":
            terms.append(("fts", f"{t}.id in (select rowid from quotes_fts where quotes_fts match ?)", [expr]))
        elif expr and spec.fts == "reports":
            terms.append(("fts", f"{t}.{spec.fts_key} in (select rowid from reports_fts where reports_fts match ?)",
                          [expr]))
        elif expr and spec.fts == "incident_reports" and t == "+t":
            # Many reports match: test each incident met on the sort index through its few strikes,
            # rather than collect the incidents of every matching report first.
            terms.append(("fts", "exists (select 1 from strikes s where s.incident_id = t.id and s.report_id in "
                                 "(select rowid from reports_fts where reports_fts match ?))", [expr]))
        elif expr and spec.fts == "incident_reports":
            terms.append(("fts", f"{t}.id in (select s.incident_id from strikes s where s.report_id in "
                                 f"(select rowid from reports_fts where reports_fts match ?))", [expr]))
        hits = self.fuzzy(spec, text)
        values = list(dict.fromkeys(v for _, v, _ in hits))
        if spec.key in ("strikes", "incidents") and len(text.strip()) >= 3:
            # Київ, Kharkov: the canonical place of a city named in another spelling
            known = [label for label, _ in self.names(spec)]
            values += [v for v in canonical_places(text.strip(), known) if v not in values]
        if values:
            marks = ",".join("?" * len(values))
            if spec.key == "quotes":
                terms.append(("fuzzy", f"{t}.speaker_id in ({marks})", list(values)))
            elif spec.key == "speakers":
                terms.append(("fuzzy", f"{t}.id in ({marks})", list(values)))
            else:
                for col in spec.fuzzy:
                    terms.append(("fuzzy", f"{t}.{col} in ({marks})", list(values)))
        needle = text.strip()
        if spec.key == "speakers" and not values and needle and len(needle) <= NAME_SEARCH_MAX:
            # `_` and `%` are the user's characters, not wildcards; longer than any name, nothing matches
            terms.append(("like", "t.name like ? escape '\\'", [f"%{like_escape(needle)}%"]))
        return terms

    @staticmethod
    def _fts_table(spec: PaneSpec) -> str | None:
        """The FTS table whose rowids are this pane's own ids (Quotes, Reports), else None."""
        if spec.fts == "quotes":
            return "quotes_fts"
        if spec.fts == "reports" and spec.fts_key == "id":
            return "reports_fts"
        return None

    # -- counts and pages ----------------------------------------------------
    def interrupt_background(self) -> None:
        """Stop stale counts and facet counts so the next ones start now (callers retry if theirs was hit)."""
        for c in (self.counts_conn, self.facets_conn):
            if c.lock.locked():
                c.conn.interrupt()

    def count(self, spec: PaneSpec, filters: Filters) -> int:
        with self.counts_conn.lock:
            conn = self.counts_conn.conn
            w, p, needs_view = self.where(spec, filters, conn)
            rel = spec.view if needs_view else spec.base
            key = (spec.key, rel, w, tuple(p))
            with self._cache_lock:
                hit = self._counts.get_hit(key)
            if hit is not None:
                return hit
            n = self._fts_count(spec, filters, conn)
            if n is None:
                n = conn.execute(f"select count(*) from {rel} t where {w}", p).fetchone()[0]
        with self._cache_lock:
            self._counts.put(key, n)
        return n

    def _fts_count(self, spec: PaneSpec, filters: Filters, conn: sqlite3.Connection) -> int | None:
        """A search and nothing else, matched by full text only: FTS5 counts its own matches (10x faster
        than testing each row against the match list); None when this shortcut does not apply."""
        table = self._fts_table(spec)
        parsed = parse_search(filters.search, spec.key)
        if table is None or filters.equals or filters.date_from or filters.date_to or parsed.terms:
            return None
        terms = self._search_terms(spec, parsed.text)
        if len(terms) != 1 or terms[0][0] != "fts":
            return None
        return conn.execute(f"select count(*) from {table} where {table} match ?", terms[0][2]).fetchone()[0]

    def _dense_search(self, spec: PaneSpec, filters: Filters, conn: sqlite3.Connection) -> bool:
        """Does the search match so many rows that walking the sort index beats sorting the matches?

        Walking costs about PAGE_SIZE / density rows, sorting about M log M: they
        cross near M = sqrt(PAGE_SIZE * N), roughly 15,000 at a million rows.
        The probe stops at that many, so it is cheap either way.
        """
        text = parse_search(filters.search, spec.key).text.strip()
        if not text:
            return False
        key = ("dense", spec.key, text)
        with self._cache_lock:
            hit = self._counts.get_hit(key)
        if hit is not None:
            return hit
        cap = DENSE_PROBE
        table = self._fts_table(spec)
        if spec.fts == "incident_reports":
            # An incident gathers the strikes of several reports: decide by how many reports match.
            n = 0
            for kind, sql, p in self._search_terms(spec, text):
                if kind == "fts":
                    reports = conn.execute("select count(*) from (select 1 from reports_fts where reports_fts "
                                           "match ? limit ?)", p + [INCIDENT_DENSE_REPORTS]).fetchone()[0]
                    n += cap if reports >= INCIDENT_DENSE_REPORTS else 0
                elif n < cap:
                    n += conn.execute(f"select count(*) from (select 1 from {spec.base} t where {sql} limit ?)",
                                      p + [cap - n]).fetchone()[0]
        elif table is None:
            sql, p = self._search_condition(spec, text)
            probe = f"select count(*) from (select 1 from {spec.base} t where {sql} limit ?)"
            n = conn.execute(probe, p + [cap]).fetchone()[0]
        else:
            # The pane's ids are the FTS rowids: count matches in the FTS index alone, with no
            # lookup of each match in the table (3-6x faster), then add the fuzzy name matches.
            n = 0
            for kind, sql, p in self._search_terms(spec, text):
                if n >= cap:
                    break
                if kind == "fts":
                    probe = f"select count(*) from (select 1 from {table} where {table} match ? limit ?)"
                else:
                    probe = f"select count(*) from (select 1 from {spec.base} t where {sql} limit ?)"
                n += conn.execute(probe, p + [cap - n]).fetchone()[0]
        with self._cache_lock:
            self._counts.put(key, n >= cap)
        return n >= cap

    def _window(self, spec: PaneSpec, sort_col: str, cond: str, order: str, tail: str) -> str:
        """The SQL of one page: rows under `cond` in `order`, cut by `tail` (limit/offset)."""
        cols = ", ".join(f"({c.expr})" if c.expr else f"t.{c.name}" for c in spec.columns)
        if spec.late_columns:
            return (f"select t.id, t.{sort_col}, {cols} from (select * from {spec.view} t where {cond} "
                    f"order by {order} {tail}) t order by {order}")
        return f"select t.id, t.{sort_col}, {cols} from {spec.view} t where {cond} order by {order} {tail}"

    def page(self, spec: PaneSpec, filters: Filters, sort: tuple[str, bool], *, after: Key | None = None,
             before: Key | None = None, offset: int | None = None, from_end: bool = False,
             limit: int = PAGE_SIZE) -> list[tuple]:
        """Rows in display order: from the start, after a key, before a key, or (for jumps) at an offset.

        NULL sort values form their own segment (first when ascending, last when
        descending, as SQLite orders them) so every segment can seek on the
        index with a row-value comparison.
        """
        col, desc = sort
        with self.table.lock:
            conn = self.table.conn
            self._ready(conn, spec)
            if col not in self.columns_of(spec.view, conn) and col != "id":
                raise ValueError(f"unknown sort column {col!r}")
            w, p, _ = self.where(spec, filters, conn, dense=self._dense_search(spec, filters, conn), sorting=True)
            d = "desc" if desc else "asc"
            if offset is not None:
                sql = self._window(spec, col, w, f"t.{col} {d}, t.id {d}", "limit ? offset ?")
                return conn.execute(sql, p + [limit, offset]).fetchall()
            segments = self._segments(col, desc)
            backward = before is not None or from_end
            key = before if backward else after
            if key is None:
                start = len(segments) - 1 if backward else 0
            else:
                kind = "null" if key[0] is None and len(segments) > 1 else "value"
                start = next(i for i, s in enumerate(segments) if s[0] == kind)
            order = range(start, -1, -1) if backward else range(start, len(segments))
            rows: list[tuple] = []
            for i in order:
                kind, seg_cond, seg_order = segments[i]
                extra, extra_p = "", []
                if key is not None and i == start:
                    extra, extra_p = self._key_condition(kind, col, desc, key, backward)
                if backward:
                    seg_order = _flip(seg_order)
                sql = self._window(spec, col, f"{w} and {seg_cond}{extra}", seg_order, "limit ?")
                rows += conn.execute(sql, p + extra_p + [limit - len(rows)]).fetchall()
                if len(rows) >= limit:
                    break
            if backward:
                rows.reverse()
            return rows

    @staticmethod
    def _segments(col: str, desc: bool) -> list[tuple[str, str, str]]:
        if col == "id":
            return [("value", "1", f"t.id {'desc' if desc else 'asc'}")]
        if desc:
            return [("value", f"t.{col} is not null", f"t.{col} desc, t.id desc"),
                    ("null", f"t.{col} is null", "t.id desc")]
        return [("null", f"t.{col} is null", "t.id asc"),
                ("value", f"t.{col} is not null", f"t.{col} asc, t.id asc")]

    @staticmethod
    def _key_condition(kind: str, col: str, desc: bool, key: Key, backward: bool) -> tuple[str, list[Any]]:
        value, rid = key
        forward_less = desc != backward  # moving towards smaller values
        op = "<" if forward_less else ">"
        if col == "id":
            return f" and t.id {op} ?", [rid]
        if kind == "null":
            return f" and t.id {op} ?", [rid]
        return f" and (t.{col}, t.id) {op} (?, ?)", [value, rid]

    # -- facets, frequency, timeline ------------------------------------------
    def facet(self, spec: PaneSpec, facet: Facet, filters: Filters, limit: int = FACET_LIMIT) -> list[FacetValue]:
        with self.facets_conn.lock:
            conn = self.facets_conn.conn
            w, p, needs_view = self.where(spec, filters, conn, skip=facet.name)
            rel = spec.view if needs_view else spec.base
            key = (spec.key, facet.name, rel, w, tuple(p), limit)
            with self._cache_lock:
                hit = self._facets.get_hit(key)
            if hit is not None:
                return hit
            if facet.kind == "json":
                sql = (f"select j.value, count(*) as c from {rel} t, json_each(t.{facet.column}) j "
                       f"where {w} group by j.value order by c desc limit ?")
            elif facet.fold_case:
                sql = (f"select min(t.{facet.column}), count(*) as c from {rel} t where {w} "
                       f"group by lower(t.{facet.column}) order by c desc limit ?")
            else:
                sql = (f"select t.{facet.column}, count(*) as c from {rel} t where {w} "
                       f"group by t.{facet.column} order by c desc limit ?")
            rows = conn.execute(sql, p + [limit]).fetchall()
            labels: dict[Any, str] = {}
            if facet.kind == "speaker":
                ids = [r[0] for r in rows if r[0] is not None]
                if ids:
                    labels = dict(conn.execute(
                        f"select id, name from speakers where id in ({','.join('?' * len(ids))})", ids).fetchall())
        out = [FacetValue(v, NONE_LABEL if v is None else labels.get(v, str(v)), c) for v, c in rows]
        with self._cache_lock:
            self._facets.put(key, out)
        return out

    def frequency(self, spec: PaneSpec, filters: Filters, column: str, limit: int = FREQ_LIMIT) -> list[FacetValue]:
        """Values of one column with their counts under the current filters (VisiData's `F`)."""
        for f in spec.facets:
            if f.column == column:
                return self.facet(spec, f, filters.without(f.name), limit=limit)
        with self.misc.lock:
            conn = self.misc.conn
            if column not in self.columns_of(spec.view, conn):
                raise ValueError(f"unknown column {column!r}")
            w, p, needs_view = self.where(spec, filters, conn)
            rel = spec.view if needs_view or column not in self.columns_of(spec.base, conn) else spec.base
            rows = conn.execute(f"select t.{column}, count(*) as c from {rel} t where {w} "
                                f"group by t.{column} order by c desc limit ?", p + [limit]).fetchall()
        return [FacetValue(v, NONE_LABEL if v is None else str(v), c) for v, c in rows]

    def timeline(self, spec: PaneSpec, filters: Filters, by: str = "auto") -> tuple[str, list[tuple[str, int, int]]]:
        """Strikes (count, killed) per day or ISO week under the filters: ('day'|'week', [(bucket, n, killed)])."""
        import datetime as dt

        with self.misc.lock:
            conn = self.misc.conn
            w, p, needs_view = self.where(spec, filters, conn)
            rel = spec.view if needs_view else spec.base
            killed = "sum(coalesce(t.killed, 0))" if "killed" in self.columns_of(spec.base, conn) else "0"
            days = conn.execute(
                f"select substr(t.{spec.date_column}, 1, 10) as d, count(*), {killed} from {rel} t "
                f"where {w} and t.{spec.date_column} is not null group by d order by d", p).fetchall()
        days = [(d, n, k) for d, n, k in days if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d or "")]
        if by == "auto":
            by = "week" if len(days) > 1 and (
                dt.date.fromisoformat(days[-1][0]) - dt.date.fromisoformat(days[0][0])).days > 60 else "day"
        if by == "day":
            return "day", days
        weeks: dict[str, list[int]] = {}
        for d, n, k in days:
            day = dt.date.fromisoformat(d)
            monday = (day - dt.timedelta(days=day.weekday())).isoformat()
            acc = weeks.setdefault(monday, [0, 0])
            acc[0] += n
            acc[1] += k
        return "week", [(m, n, k) for m, (n, k) in weeks.items()]

    # -- one record ----------------------------------------------------------
    def record(self, spec: PaneSpec, row_id: int) -> tuple[dict[str, Any], dict[str, Any] | None]:
        """All fields of one row, and the report it came from (with its text)."""
        with self.misc.lock:
            conn = self.misc.conn
            self._ready(conn, spec)
            cur = conn.execute(f"select * from {spec.view} where id = ?", [row_id])
            names = [d[0] for d in cur.description]
            row = cur.fetchone()
            if row is None:
                raise LookupError(f"{spec.title.lower()} row {row_id} is gone (reload with r)")
            rec = dict(zip(names, row))
            report_id = rec["id"] if spec.key == "reports" else rec.get("report_id")
            report = None
            if report_id is not None:
                cur = conn.execute("select id, title, source, url, published, path, text from reports where id = ?",
                                   [report_id])
                r = cur.fetchone()
                if r is not None:
                    report = dict(zip([d[0] for d in cur.description], r))
        return rec, report

    def incident(self, incident_id: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """One incident and its strikes, each with the report that told it, in the order they were published."""
        with self.misc.lock:
            conn = self.misc.conn
            cur = conn.execute("select * from incidents_view where id = ?", [incident_id])
            row = cur.fetchone()
            if row is None:
                raise LookupError(f"incident {incident_id} is gone (reload with r)")
            rec = dict(zip([d[0] for d in cur.description], row))
            cur = conn.execute(
                "select s.id, s.date, s.location, s.region, s.weapon, s.weapon_detail, s.launched, s.intercepted, "
                "s.killed, s.injured, s.claimed_by, s.sentence, r.id as report_id, r.title, r.source, "
                "r.published, r.url from strikes s join reports r on r.id = s.report_id "
                "where s.incident_id = ? order by r.published is null, r.published, r.id, s.id", [incident_id])
            names = [d[0] for d in cur.description]
            members = [dict(zip(names, r)) for r in cur]
        return rec, members

    # -- export ----------------------------------------------------------------
    def iter_view(self, spec: PaneSpec, filters: Filters,
                  sort: tuple[str, bool]) -> tuple[list[str], ExportRows]:
        """The column names and every row of the current view in display order, on a connection
        of their own so the UI keeps going (closing the rows closes it)."""
        col, desc = sort
        conn = connect_readonly(self.path)
        try:
            w, p, _ = self.where(spec, filters, conn)
            d = "desc" if desc else "asc"
            cur = conn.execute(f"select t.* from {spec.export_view or spec.view} t where {w} "
                               f"order by t.{col} {d}, t.id {d}", p)
        except BaseException:
            conn.close()
            raise
        return [x[0] for x in cur.description], ExportRows(conn, cur)

    def iter_acled(self, filters: Filters,
                   sort: tuple[str, bool]) -> tuple[list[str], ExportRows]:
        """Strikes under the Strikes pane's filters, in its order, in the columns of ACLED's export (acled_view)."""
        spec = PANES["strikes"]
        col, desc = sort
        conn = connect_readonly(self.path)
        try:
            if not conn.execute("select 1 from sqlite_master where name = 'acled_view'").fetchone():
                raise ValueError("this database has no acled_view (written by an older incident-browser)")
            w, p, needs_view = self.where(spec, filters, conn)
            rel = spec.view if needs_view or col not in self.columns_of(spec.base, conn) else spec.base
            d = "desc" if desc else "asc"
            cur = conn.execute(
                f"select {', '.join('a.' + c for c in ACLED_COLUMNS)} from acled_view a "
                f"join (select t.id as sid, t.{col} as k from {rel} t where {w}) f on f.sid = a.strike_id "
                f"order by f.k {d}, f.sid {d}", p)
        except BaseException:
            conn.close()
            raise
        return [x[0] for x in cur.description], ExportRows(conn, cur)


class ExportRows:
    """The rows of an export, read from their own connection; `close()` closes it."""

    def __init__(self, conn: sqlite3.Connection, cur: sqlite3.Cursor) -> None:
        self.conn, self.cur = conn, cur

    def __iter__(self) -> Iterator[Sequence]:
        return iter(self.cur)

    def close(self) -> None:
        self.conn.close()


# A name search longer than this matches no name (and SQLite refuses LIKE patterns past 50,000 bytes).
NAME_SEARCH_MAX = 200


def like_escape(text: str) -> str:
    """`text` as a LIKE pattern that matches itself (with `escape '\\'`)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# The columns of ACLED's CSV export that acled_view fills (parsers/schema.py documents the mapping).
ACLED_COLUMNS = ("event_date", "event_type", "sub_event_type", "actor1", "country", "admin1", "location",
                 "latitude", "longitude", "geo_precision", "time_precision", "source", "notes", "fatalities")


def _flip(order: str) -> str:
    return re.sub(r"\b(asc|desc)\b", lambda m: "desc" if m.group(1) == "asc" else "asc", order)
