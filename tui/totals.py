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
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .panes import PaneSpec
    from .queries import Filters, Store

FIGURES = ("killed", "injured", "launched", "intercepted")
TALLY_LEVELS = ("country", "region")
# Past this many matching strikes, scanning the incidents (one index probe each) beats collecting
# and de-duplicating the incident ids of every match.
SCAN_INCIDENTS_FROM = 60_000


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


def compute(store: Store, spec: PaneSpec, filters: Filters, conn: sqlite3.Connection,
            rows: int | None = None) -> Totals:
    """The summary of the view under `filters`. `rows` is the view's row count when already known."""
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
    if not filters.active:
        incidents = f"select {_level('i')}, count(*), {_latest('i')} from incidents i group by 1"
        params: list = []
    elif rows >= SCAN_INCIDENTS_FROM:
        incidents = (f"select {_level('i')}, count(*), {_latest('i')} from incidents i where exists "
                     f"(select 1 from {rel} t where t.incident_id = i.id and {w}) group by 1")
        params = p
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
