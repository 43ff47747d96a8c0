"""`incidents export`: a view of the database as CSV, JSON, GeoJSON (QGIS, kepler.gl) or ACLED-shaped CSV.

Every export reads one of the database's views, so what a file holds is what
the same `select` in sqlite3 would show; the ACLED mapping itself is the SQL
view `acled_view`, which any other tool can use too. The files are written by
`exports.writers`, the same code the app's export uses.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import IO

from exports.writers import ACLED_COLUMNS, FORMATS, ExportError, Written, formats_for, write

from .readonly import connect_readonly

VIEWS = {
    "strikes": "strikes_view", "negotiations": "negotiations_view", "quotes": "quotes_view",
    "speakers": "speakers_view", "reports": "reports_view", "incidents": "incidents_view",
}
__all__ = ["ACLED_COLUMNS", "FORMATS", "VIEWS", "ExportError", "Written", "export"]


def export(db_path: str | Path, view: str, fmt: str, out: IO[str]) -> Written:
    """Write `view` ("strikes", "quotes", ...) as `fmt` to `out`; returns what was written and left out."""
    if view not in VIEWS:
        raise ExportError(f"unknown view {view!r}; choose from {', '.join(VIEWS)}")
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    if fmt not in formats_for(view):
        raise ExportError("GeoJSON is for places: export strikes or incidents" if fmt == "geojson"
                          else "the ACLED shape is for strikes")
    try:
        conn = connect_readonly(db_path)
        try:
            if fmt == "acled":
                cur = conn.execute(f"select {', '.join(ACLED_COLUMNS)} from acled_view "
                                   "order by event_date, strike_id")
            else:
                cur = conn.execute(f"select * from {VIEWS[view]} order by id")
            return write(fmt, [d[0] for d in cur.description], cur, out)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise ExportError(f"{db_path}: cannot read the database ({exc})") from exc
