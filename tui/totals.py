"""Totals of the current view that do not count one attack twice.

Five outlets telling the same night's attack give five strike rows; a
nationwide tally ("352 drones launched") sits next to the city strikes of that
night. Adding the rows up would count the dead once per report and the city's
drones again inside the country's. So the figures are summed per incident (the
incident's latest reported figure, once), and incidents that are country- or
region-level tallies are summed apart: they are shown beside the place-level
totals, never added into them.

No Textual import: the summary widget calls `compute` from a thread worker.
"""
from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .panes import PaneSpec
    from .queries import Filters, Store

FIGURES = ("killed", "injured", "launched", "intercepted")
TALLY_LEVELS = ("country", "region")
# What an incident carries from its strikes (same attacker, weapon and place by the grouping rules):
# a strikes filter on these alone can run on the incidents table, 10x fewer rows and no de-duplication.
INCIDENT_COLUMNS = frozenset({"attacker", "weapon", "location", "region", "country", "target", "date"})


@dataclass
class Sums:
    """Incidents counted and their figures summed (None: no incident gave that figure)."""

    incidents: int = 0
    figures: dict[str, int | None] = field(default_factory=lambda: dict.fromkeys(FIGURES))

    def add(self, n: int, values: tuple) -> None:
        self.incidents += n
        for name, v in zip(FIGURES, values):
            if v is not None:
                self.figures[name] = (self.figures[name] or 0) + v


@dataclass
class Totals:
    """A pane's summary line: rows, and for strikes and incidents the de-duplicated figures."""

    rows: int
    places: Sums | None = None  # place-level incidents
    tallies: Sums | None = None  # country- and region-level tallies, kept apart

    def describe(self, unit: str = "rows") -> str:
        text = f"{self.rows:,} {unit[:-1] if self.rows == 1 and unit.endswith('s') else unit}"
        if self.places is None or self.tallies is None:
            return text
        n = self.places.incidents
        if unit == "incidents":
            text += f" · {n:,} at places"
        else:
            text += f" · {n:,} incident{'s' if n != 1 else ''}"
        figures = _figures(self.places)
        if figures:
            text += ": " + figures
        if self.tallies.incidents:
            n = self.tallies.incidents
            text += f" │ apart, {n:,} country/region tall{'ies' if n != 1 else 'y'}"
            figures = _figures(self.tallies)
            if figures:
                text += ": " + figures
        return text


def _figures(sums: Sums) -> str:
    return " · ".join(f"{name} {v:,}" for name, v in sums.figures.items() if v is not None)


def _level(table: str) -> str:
    """SQL: 1 when the row (an incident or a strike) is a country- or region-level tally.

    Mirrors the incident grouping's rule: a country or region precision, or a
    'location' that is the country itself.
    """
    return (f"({table}.geo_precision in ('country', 'region') "
            f"or ({table}.location is not null and {table}.location = {table}.country))")


def _latest(table: str) -> str:
    return ", ".join(f"sum({table}.{f}_latest)" for f in FIGURES)


_CACHE: OrderedDict[tuple, Totals] = OrderedDict()
_CACHE_SIZE = 128
_CACHE_LOCK = threading.Lock()


def compute(store: Store, spec: PaneSpec, filters: Filters, conn: sqlite3.Connection,
            rows: int | None = None) -> Totals:
    """The summary of the view under `filters` (cached per filter until the database changes).
    `rows` is the view's row count when already known."""
    key = (str(store.path), store.data_seen, spec.key, filters)
    with _CACHE_LOCK:
        hit = _CACHE.get(key)
        if hit is not None:
            _CACHE.move_to_end(key)
            return hit
    totals = _compute(store, spec, filters, conn, rows)
    with _CACHE_LOCK:
        _CACHE[key] = totals
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return totals


def _compute(store: Store, spec: PaneSpec, filters: Filters, conn: sqlite3.Connection,
             rows: int | None) -> Totals:
    w, p, needs_view = store.where(spec, filters, conn)
    rel = spec.view if needs_view else spec.base
    if rows is None:
        rows = conn.execute(f"select count(*) from {rel} t where {w}", p).fetchone()[0]
    if spec.key == "incidents":
        places, tallies = Sums(), Sums()
        for tally, n, *values in conn.execute(
                f"select {_level('t')}, count(*), {_latest('t')} from {rel} t where {w} group by 1", p):
            (tallies if tally else places).add(n, tuple(values))
        return Totals(rows, places, tallies)
    if spec.key != "strikes":
        return Totals(rows)
    if "incident_id" not in store.columns_of("strikes", conn):
        return _strike_rows(rows, rel, w, p, conn)
    places, tallies = Sums(), Sums()
    on_incidents = _incident_filters(store, filters, conn)
    if on_incidents is not None:
        iw, ip, _ = on_incidents
        incidents = f"select {_level('t')}, count(*), {_latest('t')} from incidents t where {iw} group by 1"
        params: list = ip
    else:
        incidents = (f"select {_level('i')}, count(*), {_latest('i')} from incidents i where i.id in "
                     f"(select t.incident_id from {rel} t where {w}) group by 1")
        params = p
    for tally, n, *values in conn.execute(incidents, params):
        (tallies if tally else places).add(n, tuple(values))
    # strikes the grouping has not reached (an ingest still running): each is its own incident
    own = ", ".join(f"sum(t.{f})" for f in FIGURES)
    for tally, n, *values in conn.execute(
            f"select {_level('t')}, count(*), {own} from {rel} t where {w} and t.incident_id is null group by 1", p):
        (tallies if tally else places).add(n, tuple(values))
    return Totals(rows, places, tallies)


def _strike_rows(rows: int, rel: str, w: str, p: list, conn: sqlite3.Connection) -> Totals:
    """A database written before incidents existed: each strike counts once, tallies still apart."""
    places, tallies = Sums(), Sums()
    own = ", ".join(f"sum(t.{f})" for f in FIGURES)
    for tally, n, *values in conn.execute(f"select {_level('t')}, count(*), {own} from {rel} t where {w} group by 1", p):
        (tallies if tally else places).add(n, tuple(values))
    return Totals(rows, places, tallies)


def _incident_filters(store: Store, filters: Filters, conn: sqlite3.Connection) -> tuple[str, list, bool] | None:
    """The Strikes filters as a WHERE on the incidents table, or None when one of them is about
    something only a strike has (its report's words, its own toll, its source)."""
    from .panes import PANES
    from .search_syntax import parse

    if not store.has("incidents"):
        return None
    strike_facets = {f.name: f.column for f in PANES["strikes"].facets}
    if any(strike_facets.get(name, name) not in INCIDENT_COLUMNS for name, _ in filters.equals):
        return None
    parsed = parse(filters.search, "strikes")
    if parsed.text.strip() or any(t.field.column not in INCIDENT_COLUMNS for t in parsed.terms):
        return None
    return store.where(PANES["incidents"], filters, conn)
