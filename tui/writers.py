"""CSV, JSON, GeoJSON and ACLED-shaped CSV from rows of the database's views.

One writer for the CLI and the app, so a file means the same whoever wrote it:
a header even with no rows, `parties`/`aliases` decoded to JSON lists, GeoJSON
only for points that are real coordinates, and a count of what was left out.
Files are written beside their destination and renamed into place on success,
so a failed export never leaves a truncated file.
"""
from __future__ import annotations

import contextlib
import functools
import csv
import json
import math
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, TypeVar

T = TypeVar("T")

FORMATS = ("csv", "json", "geojson", "acled")
SUFFIXES = {"csv": ".csv", "json": ".json", "geojson": ".geojson", "acled": ".csv"}
GEO_VIEWS = ("strikes", "incidents")
# Columns stored as JSON text in SQLite; JSON exports carry them as lists.
JSON_COLUMNS = frozenset({"parties", "aliases"})
# The columns of ACLED's CSV export that the database's acled_view fills.
ACLED_COLUMNS = ("event_date", "event_type", "sub_event_type", "actor1", "country", "admin1", "location",
                 "latitude", "longitude", "geo_precision", "time_precision", "source", "notes", "fatalities")


class ExportError(Exception):
    """An export that cannot be made; str() is one line for the user."""


@dataclass
class Written:
    rows: int
    left_out: int = 0  # GeoJSON: rows without usable coordinates


def formats_for(view: str) -> list[str]:
    """The formats a view offers: GeoJSON needs coordinates, ACLED's columns only fit strikes."""
    out = ["csv", "json"]
    if view in GEO_VIEWS:
        out.append("geojson")
    if view == "strikes":
        out.append("acled")
    return out


def write(fmt: str, columns: Sequence[str], rows: Iterable[Sequence[Any]], out: IO[str]) -> Written:
    """Write `rows` (tuples in `columns` order) to `out` as `fmt`."""
    if fmt in ("csv", "acled"):
        return Written(write_csv(columns, rows, out))
    if fmt == "json":
        return Written(write_json(columns, rows, out))
    if fmt == "geojson":
        return write_geojson(columns, rows, out)
    raise ExportError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")


def write_csv(columns: Sequence[str], rows: Iterable[Sequence[Any]], out: IO[str]) -> int:
    writer = csv.writer(out)
    writer.writerow(columns)
    n = 0
    for n, row in enumerate(rows, 1):
        writer.writerow(["" if v is None else v for v in row])
    return n


def record(columns: Sequence[str], row: Sequence[Any]) -> dict[str, Any]:
    """A row as a JSON object, with the JSON-text columns decoded."""
    rec = dict(zip(columns, row))
    for key in JSON_COLUMNS & rec.keys():
        if isinstance(rec[key], str):
            try:
                rec[key] = json.loads(rec[key])
            except ValueError:
                pass
    return rec


def write_json(columns: Sequence[str], rows: Iterable[Sequence[Any]], out: IO[str]) -> int:
    out.write("[")
    n = 0
    for n, row in enumerate(rows, 1):
        out.write(",\n" if n > 1 else "\n")
        out.write(json.dumps(record(columns, row), ensure_ascii=False))
    out.write("\n]\n")
    return n


def point(rec: dict[str, Any]) -> list[float] | None:
    """[lon, lat] (RFC 7946 order) when the record has real coordinates, else None."""
    lat, lon = rec.get("lat"), rec.get("lon")
    if not isinstance(lat, (int, float)) or not isinstance(lon, (int, float)):
        return None
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return [float(lon), float(lat)]


def write_geojson(columns: Sequence[str], rows: Iterable[Sequence[Any]], out: IO[str]) -> Written:
    """A FeatureCollection of points, streamed; rows without usable coordinates are counted, not written.

    RFC 7946: [longitude, latitude] in WGS 84 and no `crs` member. Every other
    column is a property and the row id is the feature id.
    """
    n = left_out = 0
    out.write('{"type": "FeatureCollection", "features": [')
    for row in rows:
        rec = record(columns, row)
        coords = point(rec)
        if coords is None:
            left_out += 1
            continue
        props = {k: v for k, v in rec.items() if k not in ("lat", "lon")}
        feature: dict[str, Any] = {"type": "Feature"}
        if rec.get("id") is not None:
            feature["id"] = rec["id"]
        feature["geometry"] = {"type": "Point", "coordinates": coords}
        feature["properties"] = props
        out.write(",\n" if n else "\n")
        out.write(json.dumps(feature, ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return Written(n, left_out)


def write_replacing(path: Path, fill: Callable[[IO[str]], T]) -> T:
    """Write `path` through `fill`; it becomes `path` only if `fill` succeeds, else `path` is untouched."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            result = fill(fh)
        try:
            os.chmod(tmp, path.stat().st_mode & 0o777)  # a replaced file keeps its permissions
        except FileNotFoundError:
            os.chmod(tmp, _usual_mode())
        os.replace(tmp, path)
        return result
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def write_new(directory: Path, stem: str, suffix: str, fill: Callable[[IO[str]], T]) -> tuple[Path, T]:
    """Write a new file in `directory` through `fill`, never replacing a file already there.

    The name is stem.csv, else stem-2.csv, ...: a hard link claims it atomically,
    so even an export started meanwhile cannot take the same name.
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{stem}.", suffix=".part", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            result = fill(fh)
        os.chmod(tmp, _usual_mode())
        for candidate in _names(directory, stem, suffix):
            if _claim(tmp, candidate):
                return candidate, result
        raise AssertionError("unreachable")
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def _names(directory: Path, stem: str, suffix: str) -> Iterator[Path]:
    yield directory / f"{stem}{suffix}"
    n = 2
    while True:
        yield directory / f"{stem}-{n}{suffix}"
        n += 1


def _claim(tmp: str, candidate: Path) -> bool:
    """Give the finished file `candidate`'s name if no file has it (False if one has)."""
    try:
        os.link(tmp, candidate)
        return True
    except FileExistsError:
        return False
    except OSError:  # no hard links here (FAT, some network shares): create exclusively, then replace
        try:
            os.close(os.open(candidate, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        except FileExistsError:
            return False
        os.replace(tmp, candidate)
        return True


@functools.lru_cache(maxsize=1)  # os.umask is process-wide: read it once, not from export threads
def _usual_mode() -> int:
    """What open() would give a new file (mkstemp makes 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def export_dir() -> Path:
    """Where the app writes exports and screenshots: $INCIDENTS_EXPORT_DIR, else the user's
    downloads folder, else their documents folder (platformdirs knows them on every OS)."""
    env = os.environ.get("INCIDENTS_EXPORT_DIR")
    if env:
        return Path(env).expanduser().absolute()
    import platformdirs

    for folder in (platformdirs.user_downloads_dir(), platformdirs.user_documents_dir()):
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path(platformdirs.user_downloads_dir())
