"""Writing the current view (every row under the filters, in display order) to a file.

CSV and JSON for every pane; GeoJSON points for strikes and incidents (for QGIS,
kepler.gl, geojson.io); ACLED's CSV columns for strikes, so analysts can load
our rows next to ACLED's. No Textual import; the app calls it from a thread worker.
"""
from __future__ import annotations

import csv
import json
import math
import os
from pathlib import Path
from typing import Any, Iterable, Sequence, TextIO

from .panes import PaneSpec
from .queries import Filters, Store


def export_dir() -> Path:
    """$INCIDENTS_EXPORT_DIR, else the current directory: where a user expects a file they asked for."""
    return Path(os.environ.get("INCIDENTS_EXPORT_DIR") or os.getcwd())


def free_name(directory: Path, stem: str, suffix: str) -> Path:
    path = directory / f"{stem}{suffix}"
    n = 2
    while path.exists():
        path = directory / f"{stem}-{n}{suffix}"
        n += 1
    return path


# Which formats each pane offers: GeoJSON needs coordinates, ACLED's columns only fit strikes.
FORMATS = {"csv": ".csv", "json": ".json", "geojson": ".geojson", "acled": ".csv"}
GEO_PANES = {"strikes", "incidents"}


def formats_for(pane_key: str) -> list[str]:
    out = ["csv", "json"]
    if pane_key in GEO_PANES:
        out.append("geojson")
    if pane_key == "strikes":
        out.append("acled")
    return out


def write_export(store: Store, spec: PaneSpec, filters: Filters, sort: tuple[str, bool], fmt: str,
                 directory: Path | None = None) -> tuple[Path, int, int]:
    """Write the view; return (path, rows written, rows left out: GeoJSON rows without coordinates)."""
    if fmt not in formats_for(spec.key):
        raise ValueError(f"no {fmt!r} export for {spec.title.lower()}")
    directory = directory or export_dir()
    directory.mkdir(parents=True, exist_ok=True)
    stem = "incidents-acled" if fmt == "acled" else f"incidents-{spec.key}"
    path = free_name(directory, stem, FORMATS[fmt])
    rows = store.iter_acled(filters, sort) if fmt == "acled" else store.iter_view(spec, filters, sort)
    tmp = path.with_name(path.name + ".part")
    try:
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            if fmt in ("csv", "acled"):
                n, skipped = _csv(fh, rows), 0
            elif fmt == "json":
                n, skipped = _json(fh, rows), 0
            else:
                n, skipped = write_geojson(fh, (dict(zip(names, row)) for names, row in rows))
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path, n, skipped


def _csv(fh: TextIO, rows: Iterable[tuple[list[str], Sequence]]) -> int:
    n = 0
    writer = None
    for names, row in rows:
        if writer is None:
            writer = csv.writer(fh)
            writer.writerow(names)
        writer.writerow(row)
        n += 1
    return n


def _json(fh: TextIO, rows: Iterable[tuple[list[str], Sequence]]) -> int:
    n = 0
    fh.write("[")
    for names, row in rows:
        fh.write(",\n" if n else "\n")
        fh.write(json.dumps(dict(zip(names, row)), ensure_ascii=False))
        n += 1
    fh.write("\n]\n")
    return n


def point(record: dict[str, Any]) -> list[float] | None:
    """[lon, lat] (RFC 7946 order) when the record has usable coordinates, else None."""
    lat, lon = record.get("lat"), record.get("lon")
    if not isinstance(lat, (int, float)) or not isinstance(lon, (int, float)):
        return None
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return [float(lon), float(lat)]


def write_geojson(fh: TextIO, records: Iterable[dict[str, Any]]) -> tuple[int, int]:
    """A FeatureCollection of points, one per record with coordinates, streamed; returns (written, left out).

    RFC 7946: coordinates are [longitude, latitude] in WGS 84 and there is no `crs`
    member. Every other column becomes a property, and the row id is the feature id.
    """
    n = skipped = 0
    fh.write('{"type": "FeatureCollection", "features": [')
    for rec in records:
        coords = point(rec)
        if coords is None:
            skipped += 1
            continue
        props = {k: v for k, v in rec.items() if k not in ("lat", "lon")}
        feature: dict[str, Any] = {"type": "Feature"}
        if rec.get("id") is not None:
            feature["id"] = rec["id"]
        feature["geometry"] = {"type": "Point", "coordinates": coords}
        feature["properties"] = props
        fh.write(",\n" if n else "\n")
        fh.write(json.dumps(feature, ensure_ascii=False))
        n += 1
    fh.write("\n]}\n")
    return n, skipped
