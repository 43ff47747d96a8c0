"""Exports in the formats analysts load: CSV, JSON, GeoJSON (QGIS, kepler.gl), ACLED-shaped CSV.

Every export reads one of the database's views, so what a file holds is what
the same `select` in sqlite3 would show; the ACLED mapping itself is the SQL
view `acled_view`, which any other tool can use too.
"""
from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import IO

VIEWS = {
    "strikes": "strikes_view", "negotiations": "negotiations_view", "quotes": "quotes_view",
    "speakers": "speakers_view", "reports": "reports_view", "incidents": "incidents_view",
}
FORMATS = ("csv", "json", "geojson", "acled")
ACLED_COLUMNS = ["event_date", "event_type", "sub_event_type", "actor1", "country", "admin1", "location",
                 "latitude", "longitude", "geo_precision", "time_precision", "source", "notes", "fatalities"]
_JSON_COLUMNS = {"parties", "aliases"}


class ExportError(Exception):
    """An export that cannot be made, with a message fit for the user."""


def _rows(conn: sqlite3.Connection, sql: str) -> tuple[list[str], Iterator[tuple]]:
    cur = conn.execute(sql)
    return [d[0] for d in cur.description], iter(cur)


def export(db_path: str | Path, view: str, fmt: str, out: IO[str]) -> int:
    """Write `view` ("strikes", "quotes", ...) as `fmt` to `out`; returns the number of rows."""
    if view not in VIEWS:
        raise ExportError(f"unknown view {view!r}; choose from {', '.join(VIEWS)}")
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    if fmt == "geojson" and view not in ("strikes", "incidents"):
        raise ExportError("GeoJSON is for places: export strikes or incidents")
    if fmt == "acled" and view != "strikes":
        raise ExportError("the ACLED shape is for strikes")
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        if fmt == "acled":
            cols, rows = _rows(conn, f"select {', '.join(ACLED_COLUMNS)} from acled_view order by event_date, strike_id")
            return write_csv(cols, rows, out)
        cols, rows = _rows(conn, f"select * from {VIEWS[view]} order by id")
        if fmt == "csv":
            return write_csv(cols, rows, out)
        if fmt == "json":
            return write_json(cols, rows, out)
        return write_geojson(cols, rows, out)
    except sqlite3.Error as exc:
        raise ExportError(f"{db_path}: cannot read the database ({exc})") from exc


def write_csv(cols: list[str], rows: Iterator[tuple], out: IO[str]) -> int:
    writer = csv.writer(out)
    writer.writerow(cols)
    n = 0
    for n, row in enumerate(rows, 1):
        writer.writerow(["" if v is None else v for v in row])
    return n


def _record(cols: list[str], row: tuple) -> dict:
    rec = dict(zip(cols, row))
    for key in _JSON_COLUMNS & rec.keys():
        if isinstance(rec[key], str):
            try:
                rec[key] = json.loads(rec[key])
            except ValueError:
                pass
    return rec


def write_json(cols: list[str], rows: Iterator[tuple], out: IO[str]) -> int:
    out.write("[")
    n = 0
    for n, row in enumerate(rows, 1):
        out.write(",\n" if n > 1 else "\n")
        out.write(json.dumps(_record(cols, row), ensure_ascii=False))
    out.write("\n]\n")
    return n


def write_geojson(cols: list[str], rows: Iterator[tuple], out: IO[str]) -> int:
    """A FeatureCollection of points (RFC 7946: [longitude, latitude]); rows without coordinates are left out."""
    out.write('{"type": "FeatureCollection", "features": [')
    n = 0
    for row in rows:
        rec = _record(cols, row)
        lat, lon = rec.pop("lat", None), rec.pop("lon", None)
        if lat is None or lon is None:
            continue
        n += 1
        feature = {"type": "Feature", "id": rec.get("id"),
                   "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": rec}
        out.write(",\n" if n > 1 else "\n")
        out.write(json.dumps(feature, ensure_ascii=False))
    out.write("\n]}\n")
    return n
