"""`field:value` terms of the search box as SQL on alias `t`.

A text value is first looked up among the column's stored values (cached per
column): the values equal to it, else those containing it, else, for places,
the city it names in another spelling (Київ, Kharkov), else close spellings.
The condition is then `t.col in (...)` on the column's index, which stays fast
at a million rows, where `like '%x%'` would read them all. Columns without an
index (quote text, titles) fall back to a case-insensitive LIKE.
"""
from __future__ import annotations

import re
import sqlite3
import threading
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process, utils

from .place_names import canonical_places, fold
from .search_syntax import Field, Parsed, Term

if TYPE_CHECKING:
    from .panes import PaneSpec
    from .queries import Store

PLACE_COLUMNS = {"location", "region", "venue"}
# view columns that stand for an indexed column of another table
VIEW_SOURCES = {"report_source": ("reports", "source"), "speaker_role": ("speakers", "role")}
NUMBER = re.compile(r"(>=|<=|>|<|=|!=)?\s*(-?\d+)")
RANGE = re.compile(r"(-?\d+)?\.\.(-?\d+)?")


class FieldError(ValueError):
    """A term that cannot be read ('killed:lots'); the message is one line for the user."""


class ValueIndex:
    """Distinct stored values of indexed text columns, read once per reload."""

    def __init__(self) -> None:
        self._values: dict[tuple[str, str], list[str]] = {}
        self._indexed: dict[str, set[str]] = {}
        self._lock = threading.Lock()

    def clear(self) -> None:
        with self._lock:
            self._values.clear()
            self._indexed.clear()
        DENSE_VALUES.clear()

    def indexed(self, table: str, conn: sqlite3.Connection) -> set[str]:
        """Columns that lead an index of `table` (where `in (...)` is a seek, not a scan)."""
        if table not in self._indexed:
            schema, _, name = table.rpartition(".")
            pre = f"{schema}." if schema else ""
            cols = set()
            for row in conn.execute(f"PRAGMA {pre}index_list({name})").fetchall():
                first = conn.execute(f"PRAGMA {pre}index_info({row[1]})").fetchone()
                if first is not None and first[2] is not None:
                    cols.add(first[2])
            self._indexed[table] = cols
        return self._indexed[table]

    def values(self, table: str, column: str, conn: sqlite3.Connection) -> list[str]:
        key = (table, column)
        with self._lock:
            hit = self._values.get(key)
        if hit is None:
            hit = [v for (v,) in conn.execute(
                f"select distinct {column} from {table} where {column} is not null") if isinstance(v, str)]
            with self._lock:
                self._values[key] = hit
        return hit


VALUES = ValueIndex()


def source_of(spec: PaneSpec, field: Field, store: Store, conn: sqlite3.Connection) -> tuple[str, str] | None:
    """(table, column) whose distinct values a text field resolves against, or None (use LIKE)."""
    if field.column in VIEW_SOURCES:
        return VIEW_SOURCES[field.column]
    if field.column in store.columns_of(spec.base, conn) and field.column in VALUES.indexed(spec.base, conn):
        return spec.base, field.column
    return None


def match_values(value: str, known: list[str], places: bool) -> list[str]:
    """Stored values that `value` means: equal ones, else containing ones, else other spellings, else close ones."""
    want = fold(value)
    if not want:
        return []
    folded = [(fold(k), k) for k in known]
    exact = [k for f, k in folded if f == want]
    if exact:
        return exact
    within = [k for f, k in folded if want in f]
    if within:
        return within
    if places:
        other = canonical_places(value, known)
        if other:
            return other
    if len(want) < 4:
        return []
    hits = process.extract(value, known, scorer=fuzz.WRatio, processor=utils.default_process,
                           score_cutoff=86, limit=20)
    return [k for k, _, _ in hits]


def number_condition(col: str, value: str) -> tuple[str, list[Any]]:
    m = RANGE.fullmatch(value)
    if m and (m.group(1) or m.group(2)):
        conds, params = [], []
        if m.group(1):
            conds.append(f"t.{col} >= ?")
            params.append(int(m.group(1)))
        if m.group(2):
            conds.append(f"t.{col} <= ?")
            params.append(int(m.group(2)))
        return " and ".join(conds), params
    m = NUMBER.fullmatch(value)
    if not m:
        raise FieldError(f"{value!r} is not a number (try 5, >=5, <3 or 2..10)")
    op = m.group(1) or "="
    return f"t.{col} {op} ?", [int(m.group(2))]


def date_condition(col: str, value: str) -> tuple[str, list[Any]]:
    from .queries import parse_date_range

    m = re.fullmatch(r"(>=|<=|>|<)\s*(.+)", value)
    try:
        if m:
            start, end = parse_date_range(m.group(2))
            if m.group(1) in (">=", ">"):
                bound = start if m.group(1) == ">=" else end
                return (f"t.{col} >= ?", [bound]) if m.group(1) == ">=" else (f"t.{col} > ?", [bound + "~"])
            return (f"t.{col} <= ?", [end + "~"]) if m.group(1) == "<=" else (f"t.{col} < ?", [start])
        start, end = parse_date_range(value)
    except (ValueError, TypeError) as exc:
        raise FieldError(str(exc)) from None
    conds, params = [], []
    if start:
        conds.append(f"t.{col} >= ?")
        params.append(start)
    if end:
        conds.append(f"t.{col} <= ?")
        params.append(end + "~")  # '~' sorts after any time suffix
    return " and ".join(conds) or "1", params


def term_condition(store: Store, spec: PaneSpec, term: Term, conn: sqlite3.Connection,
                   sorting: bool = False) -> tuple[str, list[Any], bool]:
    """(sql, params, needs_view) for one term; raises FieldError for a value of the wrong kind.
    `sorting`: the condition is for a page in sort order (not a count), see `_dense`."""
    field = term.field
    col = field.column
    needs_view = col not in store.columns_of(spec.base, conn)
    alternatives: list[str] = []
    params: list[Any] = []
    if field.kind == "number":
        for v in term.values:
            sql, p = number_condition(col, v)
            alternatives.append(sql)
            params += p
    elif field.kind == "date":
        for v in term.values:
            sql, p = date_condition(col, v)
            alternatives.append(sql)
            params += p
    elif field.kind == "speaker":
        ids = _speaker_ids(store, spec, term.values)
        needs_view = False
        if ids:
            alternatives.append(f"t.speaker_id in ({','.join('?' * len(ids))})")
            params += ids
    elif field.kind == "json":
        for v in term.values:
            alternatives.append(f"exists (select 1 from json_each(t.{col}) j where j.value like ?)")
            params.append(f"%{v}%")
    else:
        source = source_of(spec, field, store, conn)
        if source is None:
            for v in term.values:
                alternatives.append(f"t.{col} like ?")
                params.append(f"%{v}%")
        else:
            known = VALUES.values(*source, conn)
            matched = list(dict.fromkeys(k for v in term.values
                                         for k in match_values(v, known, col in PLACE_COLUMNS)))
            if matched:
                # a value many rows hold: walk the sort index and test each row (unary + keeps SQLite off
                # this column's index), rather than sort every match; as the search's dense probe does
                t = "+t" if sorting and dense(spec.base, col, matched, conn) else "t"
                alternatives.append(f"{t}.{col} in ({','.join('?' * len(matched))})")
                params += matched
    sql = "(" + " or ".join(f"({a})" for a in alternatives) + ")" if alternatives else "0"
    if term.negate:
        sql = f"not coalesce({sql}, 0)"
    return sql, params, needs_view


DENSE_VALUES: dict[tuple, bool] = {}


def dense(table: str, col: str, values: list[str], conn: sqlite3.Connection) -> bool:
    """Do these values cover more rows than sorting them all would pay for (queries.DENSE_PROBE)?
    Counted on the column's index only, stopping at the threshold; cached per value list."""
    from .queries import DENSE_PROBE

    if col not in VALUES.indexed(table, conn):
        return False
    key = (table, col, tuple(values))
    if key not in DENSE_VALUES:
        marks = ",".join("?" * len(values))
        n = conn.execute(f"select count(*) from (select 1 from {table} where {col} in ({marks}) limit ?)",
                         [*values, DENSE_PROBE]).fetchone()[0]
        DENSE_VALUES[key] = n >= DENSE_PROBE
    return DENSE_VALUES[key]


def _speaker_ids(store: Store, spec: PaneSpec, values: tuple[str, ...]) -> list[int]:
    """Speakers named by any value: names and aliases containing it, else close spellings."""
    names = store.names(spec)
    ids: list[int] = []
    for v in values:
        want = fold(v)
        hit = [sid for label, sid in names if want and want in fold(label)]
        if not hit and len(want) >= 4:
            hit = [sid for _, sid, _ in store.fuzzy(spec, v)]
        ids += hit
    return list(dict.fromkeys(ids))


def conditions(store: Store, spec: PaneSpec, parsed: Parsed, conn: sqlite3.Connection,
               sorting: bool = False) -> tuple[list[str], list[Any], bool, list[str]]:
    """Every term as SQL: (conditions, params, needs_view, problems). A bad term is left out and named."""
    conds: list[str] = []
    params: list[Any] = []
    needs_view = False
    problems: list[str] = []
    for term in parsed.terms:
        try:
            sql, p, view = term_condition(store, spec, term, conn, sorting)
        except FieldError as exc:
            problems.append(f"{term.field.name}: {exc}")
            continue
        conds.append(sql)
        params += p
        needs_view |= view
    return conds, params, needs_view, problems

