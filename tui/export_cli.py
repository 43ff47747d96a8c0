"""`incidents export`: a view of the database as CSV, JSON, GeoJSON (QGIS, kepler.gl) or ACLED-shaped CSV.

Exporting is reading, so it lives on the reading side, beside the app's own
export: both write through `tui.writers`, and a file means the same whoever
made it. `incidents export` (in `parsers.cli`) hands over to this program
(`python -m tui.export_cli`) as `incidents browse` hands over to the app, so
neither package imports the other. Every export reads one of the database's
views, so what a file holds is what the same `select` in sqlite3 would show;
the ACLED mapping itself is the SQL view `acled_view`, which any other tool
can use too.
"""
from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path
from typing import IO

import click

from .db import DatabaseProblem, connect_readonly
from .writers import ACLED_COLUMNS, FORMATS, ExportError, Written, formats_for, write, write_replacing

VIEWS = {
    "strikes": "strikes_view", "negotiations": "negotiations_view", "quotes": "quotes_view",
    "speakers": "speakers_view", "reports": "reports_view", "incidents": "incidents_view",
}
__all__ = ["ACLED_COLUMNS", "FORMATS", "VIEWS", "ExportError", "Written", "export", "main"]


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
    except DatabaseProblem as exc:
        raise ExportError(str(exc)) from exc
    except sqlite3.Error as exc:
        raise ExportError(f"{db_path}: cannot read the database ({exc})") from exc


@click.command("export")
@click.argument("view", type=click.Choice(list(VIEWS)))
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="Database file (`incidents export` passes its default when none is given).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="csv", show_default=True,
              help="csv, json, geojson (strikes/incidents with coordinates) or acled (strikes as ACLED rows).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write (default: standard output); replaced only once the export succeeded.")
def main(view: str, db_path: Path, fmt: str, output: Path | None) -> None:
    """Export a view (strikes, negotiations, quotes, speakers, reports, incidents) to a file."""
    path = db_path
    if not path.exists():
        raise click.ClickException(f"{path}: no such database")
    replaced = False
    try:
        if output is None:
            done = export(path, view, fmt, sys.stdout)
        else:
            replaced = output.exists()
            done = write_replacing(output, lambda fh: export(path, view, fmt, fh))
    except ExportError as exc:
        raise click.ClickException(str(exc)) from None
    except BrokenPipeError:  # `| head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
    except OSError as exc:
        raise click.ClickException(f"{output}: cannot write ({exc.strerror or exc})") from None
    what = "points" if fmt == "geojson" else "rows"
    left = f"; {done.left_out} without coordinates left out" if done.left_out else ""
    if output is not None:
        click.echo(f"wrote {done.rows} {what} to {output.absolute()}" + (" (replaced)" if replaced else "")
                   + left, err=True)
    elif left:
        click.echo(f"wrote {done.rows} {what}{left}", err=True)


if __name__ == "__main__":
    main(prog_name="incidents export")
