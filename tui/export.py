"""Writing the current view (every row under the filters, in display order) to a file.

CSV and JSON for every pane; GeoJSON points for strikes and incidents (for QGIS,
kepler.gl, geojson.io); ACLED's CSV columns for strikes. The files themselves
are written by `tui.writers`, the code `incidents export` uses too, so the
app and the CLI make the same files; the app only chooses the rows (its filters
and order) and the folder. No Textual import; the app calls this from a thread worker.
"""
from __future__ import annotations

from pathlib import Path

from .writers import SUFFIXES, Written, export_dir, formats_for, write, write_new

from .panes import PaneSpec
from .queries import Filters, Store

__all__ = ["export_dir", "formats_for", "save_screenshot", "write_export"]


def write_export(store: Store, spec: PaneSpec, filters: Filters, sort: tuple[str, bool], fmt: str,
                 directory: Path | None = None) -> tuple[Path, int, int]:
    """Write the view to a new file in `directory` (default `export_dir()`), never over an existing one;
    return (path, rows written, rows left out: GeoJSON rows without coordinates)."""
    if fmt not in formats_for(spec.key):
        raise ValueError(f"no {fmt!r} export for {spec.title.lower()}")
    directory = directory or export_dir()
    stem = "incidents-acled" if fmt == "acled" else f"incidents-{spec.key}"
    names, rows = store.iter_acled(filters, sort) if fmt == "acled" else store.iter_view(spec, filters, sort)
    try:
        path, written = write_new(directory, stem, SUFFIXES[fmt], lambda fh: write(fmt, names, rows, fh))
    finally:
        rows.close()
    assert isinstance(written, Written)
    return path, written.rows, written.left_out


def save_screenshot(svg: str, directory: Path | None = None) -> Path:
    """An SVG screenshot saved where exports go, as a new file; returns its full path."""
    path, _ = write_new(directory or export_dir(), "incidents-screenshot", ".svg", lambda fh: fh.write(svg))
    return path
