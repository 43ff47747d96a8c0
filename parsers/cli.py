"""`incidents`: ingest reports into SQLite and open the browser on the result.

The browser is started as its own program (`python -m tui`), not imported:
the SQLite file is the only thing the extraction side and the app share.
"""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
import sys
from pathlib import Path

import click
import platformdirs

from . import incidents, store
from .ingest import IngestSummary, ingest


def default_db() -> Path:
    """$INCIDENTS_DB, else the user's data folder as platformdirs knows it for this OS
    (~/.local/share/incident-browser/incidents.db on Linux, honouring $XDG_DATA_HOME;
    ~/Library/Application Support/... on macOS; %LOCALAPPDATA%\\... on Windows)."""
    env = os.environ.get("INCIDENTS_DB")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("incident-browser", appauthor=False)) / "incidents.db"


def sample_data_dir() -> Path | None:
    """The bundled sample reports: beside the package in a checkout, or under share/ when installed."""
    here = Path(__file__).resolve().parent.parent / "sample_data"
    installed = Path(sys.prefix) / "share" / "incident-browser" / "sample_data"
    for candidate in (here, installed):
        if candidate.is_dir() and any(candidate.iterdir()):
            return candidate
    return None


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


DB_OPTION = click.option(
    "--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help="Database file (default: $INCIDENTS_DB, else incidents.db in the user data folder, "
         "~/.local/share/incident-browser/ on Linux).",
)


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@DB_OPTION
@click.version_option(package_name="incident-browser")
@click.pass_context
def cli(ctx: click.Context, db_path: Path | None) -> None:
    """Strikes, negotiations and quotes from war reports, in SQLite.

    With no command, opens the browser on the default database, building it
    from the bundled sample reports the first time.
    """
    if ctx.invoked_subcommand is None:
        path = db_path or default_db()
        if not path.exists():
            samples = sample_data_dir()
            if samples is None:
                raise click.ClickException(f"{path} does not exist and no sample data was found; "
                                           "run 'incidents ingest PATH' first")
            path.parent.mkdir(parents=True, exist_ok=True)
            click.echo(f"First run: building {path} from {samples} ...", err=True)
            _run_ingest([samples], path, None, False)
        _launch(path)


@cli.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@DB_OPTION
@click.option("--published", callback=_date, metavar="YYYY-MM-DD",
              help="Publication date for reports that carry none (relative dates resolve against it).")
@click.option("--reparse", is_flag=True, help="Extract again even from reports already stored unchanged.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, metavar="N",
              help="Parse in N worker processes (one writer keeps input order; same result as 1).")
def ingest_cmd(paths: tuple[Path, ...], db_path: Path | None, published: dt.date | None, reparse: bool,
               jobs: int) -> None:
    """Read reports (.txt/.md with front matter, .json, .jsonl, or folders of them) into the database.

    Prints one line per file that could not be read, then a summary. Exits
    with status 1 if any file failed; everything readable is stored anyway.
    """
    summary = _run_ingest(list(paths), db_path or default_db(), published, reparse, jobs)
    if summary.failed:
        sys.exit(1)


def _run_ingest(paths: list[Path], db: Path, published: dt.date | None, reparse: bool,
                jobs: int = 1) -> IngestSummary:
    show = sys.stderr.isatty()
    bar = None
    if show:
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        bar = Progress(SpinnerColumn(), TextColumn("{task.completed} reports"), TextColumn("[dim]{task.description}"),
                       TimeElapsedColumn(), transient=True)
        task = bar.add_task("", total=None)
        bar.start()

    def tick(path: str) -> None:
        if bar is not None:
            bar.update(task, advance=1, description=Path(path).name[:50])

    try:
        summary = ingest(paths, db, published=published, reparse=reparse, on_report=tick, jobs=jobs)
    except store.StoreError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        if bar is not None:
            bar.stop()
    for line in summary.problems:
        click.echo(f"error: {line}", err=True)
    for line in summary.warnings:
        click.echo(f"warning: {line}", err=True)
    click.echo(
        f"{db}: reports {summary.new} new, {summary.unchanged} unchanged, {summary.replaced} replaced, "
        f"{summary.failed} failed"
        + (f", {summary.skipped} skipped (other files; posts and feed entries without text)"
           if summary.skipped else "")
        + f"; added {summary.strikes} strikes, {summary.negotiations} negotiations, {summary.quotes} quotes"
    )
    return summary


@cli.command("rebuild")
@DB_OPTION
def rebuild_cmd(db_path: Path | None) -> None:
    """Regroup every stored strike into incidents from scratch.

    Ingest already keeps incidents current for the days it touches; this is for
    a database whose strikes were edited by hand (say, a date corrected in
    sqlite3), which ingest cannot see.
    """
    path = db_path or default_db()
    try:
        db = store.open_db(path, create=False)
        try:
            n = incidents.rebuild(db, full=True)
        finally:
            db.close()
    except store.StoreError as exc:
        raise click.ClickException(str(exc)) from None
    except sqlite3.OperationalError as exc:
        raise click.ClickException(str(store.explain(exc, path))) from None
    click.echo(f"{path}: {n} incidents")


@cli.command("export", context_settings={"ignore_unknown_options": True, "allow_extra_args": True,
                                          "help_option_names": []})
@click.pass_context
def export_cmd(ctx: click.Context) -> None:
    """Export a view (strikes, negotiations, quotes, speakers, reports, incidents) to a file.

    VIEW [--db FILE] [--format csv|json|geojson|acled] [-o FILE]; `incidents export --help` for more.
    """
    args = list(ctx.args)
    if not any(a == "--db" or a.startswith("--db=") for a in args) and not {"--help", "-h"} & set(args):
        args += ["--db", str(default_db())]
    _hand_over("tui.export_cli", args)


@cli.command("datasette-metadata")
@DB_OPTION
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write (default: standard output).")
def datasette_cmd(db_path: Path | None, output: Path | None) -> None:
    """Datasette metadata for the database: search boxes on quotes_view and reports_view, facets, column notes.

    Use it as `datasette incidents.db -m metadata.json`.
    """
    import json

    from .datasette import metadata

    path = db_path or default_db()
    if not path.exists():
        raise click.ClickException(f"{path}: no such database")
    try:
        text = json.dumps(metadata(path), indent=2, ensure_ascii=False) + "\n"
    except sqlite3.Error as exc:
        raise click.ClickException(f"{path}: cannot read the database ({exc})") from None
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")  # made whole above, so a failure leaves no half file
        click.echo(f"wrote {output.absolute()}; run: datasette {path} -m {output}", err=True)


@cli.command("browse")
@DB_OPTION
def browse_cmd(db_path: Path | None) -> None:
    """Open the terminal browser on a database."""
    _launch(db_path or default_db())


def _launch(path: Path) -> None:
    """Replace this process with the browser, which reads the file like any other tool."""
    _hand_over("tui", [str(path)])


def _hand_over(module: str, args: list[str]) -> None:
    """Replace this process with a program of the reading side (the browser, the exporter),
    so that `parsers` never imports `tui`: the database file is all they share."""
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(sys.executable, [sys.executable, "-m", module, *args])


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
