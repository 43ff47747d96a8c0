"""Handing a row, a cell or the whole view to other tools: the clipboard, the browser, VisiData or a pager.

Copying goes through the terminal (OSC 52, which works over ssh and in tmux with
`set-clipboard on`); a terminal that ignores OSC 52 gives no sign of it, so the
text is also written to `incidents-clipboard.txt` in the export directory and
the notice says where.
"""
from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import webbrowser
from pathlib import Path
from typing import TYPE_CHECKING

from .export import export_dir, write_export
from .widgets.row_table import cell_text

if TYPE_CHECKING:
    from .app import IncidentApp

CLIPBOARD_FILE = "incidents-clipboard.txt"


def row_as_text(app: IncidentApp) -> str | None:
    """The current row as two tab-separated lines: the column titles, then the values."""
    table = app.current_pane().table
    row = table.current_row
    if row is None:
        return None
    shown = [(i, c) for i, c in enumerate(table.columns) if c.width]
    return ("\t".join(c.title for _, c in shown) + "\n"
            + "\t".join(cell_text(row[i + 2]) for i, _ in shown) + "\n")


def cell_as_text(app: IncidentApp) -> str | None:
    table = app.current_pane().table
    row = table.current_row
    if row is None:
        return None
    return cell_text(row[min(table.cursor_col, len(table.columns) - 1) + 2])


def copy(app: IncidentApp, text: str | None, what: str) -> None:
    if text is None:
        app.notify("No row to copy", severity="warning")
        return
    app.copy_to_clipboard(text)
    where = ""
    try:
        directory = export_dir()
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / CLIPBOARD_FILE
        path.write_text(text, encoding="utf-8")
        where = f" (also in {path})"
    except OSError:
        pass
    app.notify(f"Copied the {what}{where}", timeout=4)


def open_report(app: IncidentApp) -> None:
    """Open the URL of the current row's report in the browser (off the UI thread: it reads the row)."""
    pane = app.current_pane()
    row = pane.table.current_row
    if row is None:
        app.notify("No row here", severity="warning")
        return
    spec, row_id = pane.spec, row[0]

    def find() -> None:
        try:
            record, report = app.store.record(spec, row_id)
        except LookupError as exc:
            app.call_from_thread(app.notify, str(exc), severity="warning")
            return
        url = (report or {}).get("url") or record.get("url") or record.get("first_report_url")
        if not url:
            app.call_from_thread(app.notify, "This row's report has no URL", severity="warning")
            return
        opened = webbrowser.open(url)
        app.call_from_thread(app.notify, f"Opened {url}" if opened else f"No browser found; the URL is {url}",
                             timeout=6)

    app.run_worker(find, thread=True, group="open-url", exit_on_error=False)


def viewer() -> list[str] | None:
    """VisiData if installed, else $PAGER (or less), as a command line; None when neither exists."""
    if shutil.which("vd"):
        return ["vd"]
    pager = shlex.split(os.environ.get("PAGER") or "less -S")
    if pager and shutil.which(pager[0]):
        return pager
    return None


def open_in_viewer(app: IncidentApp) -> None:
    """Export the current view to CSV and open it in VisiData or the pager; the app waits, suspended."""
    pane = app.current_pane()
    command = viewer()
    spec, filters, sort = pane.spec, pane.filters, pane.sort

    def run() -> None:
        try:
            path, n, _ = write_export(app.store, spec, filters, sort, "csv")
        except (OSError, ValueError) as exc:
            app.call_from_thread(app.notify, f"Export failed: {exc}", severity="error")
            return
        if command is None:
            app.call_from_thread(app.notify, f"Neither VisiData (vd) nor a pager is installed; "
                                             f"wrote {n:,} rows to {path}", timeout=8)
            return
        app.call_from_thread(_show, command, path, n)

    def _show(cmd: list[str], path: Path, n: int) -> None:
        try:
            with app.suspend():
                subprocess.run([*cmd, str(path)], check=False)
        except Exception as exc:  # suspend is not possible (no terminal, e.g. under a test driver)
            app.notify(f"Could not open {cmd[0]} ({exc}); wrote {n:,} rows to {path}", severity="warning")
            return
        app.notify(f"Back from {cmd[0]}; the view is in {path}", timeout=6)

    app.notify("Exporting the view for " + (command[0] if command else "a viewer") + "…")
    app.run_worker(run, thread=True, group="viewer", exit_on_error=False)
