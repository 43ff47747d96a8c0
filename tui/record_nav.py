"""Moving between records from the detail view, without closing it.

`n`/`p` open the pane's next or previous row in place (the table's cursor moves
with it, so escape returns to where reading stopped); from a strike `i` opens
its incident; `r` shows the other rows of the same report in the pane; from a
quote `s` shows the speaker's other quotes. The app's key bindings call these.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .panes import PANES
from .queries import Filters
from .screens.detail import DetailScreen

if TYPE_CHECKING:
    from .app import IncidentApp

WAIT_FOR_PAGE = 0.1  # seconds between looks for the page holding the next row
TRIES = 30


def detail_title(key: str, row_id: int, position: int | None = None, total: int | None = None) -> str:
    spec = PANES[key]
    name = spec.title[:-1] if spec.title.endswith("s") else spec.title
    where = f" · row {position + 1:,} of {total:,}" if position is not None and total else ""
    return f"{name} {row_id}{where}"


def open_detail(app: IncidentApp, key: str, row_id: int, in_place: bool = False) -> None:
    """Load one row and show it: a new detail view, or in place of the one on screen."""
    spec = PANES[key]
    pane = app.pane(key)
    table = pane.table
    row = table.current_row
    position = table.cursor_row if row is not None and row[0] == row_id else None

    def load() -> None:
        try:
            record, report = app.store.record(spec, row_id)
        except LookupError as exc:
            app.call_from_thread(app.notify, str(exc), severity="warning")
            return
        app.call_from_thread(show, record, report)

    def show(record: dict[str, Any], report: dict[str, Any] | None) -> None:
        screen = DetailScreen(detail_title(key, row_id, position, table.total), record, report)
        screen.pane_key = key  # type: ignore[attr-defined]
        if in_place and isinstance(app.screen, DetailScreen):
            app.switch_screen(screen)
        else:
            app.push_screen(screen)

    app.run_worker(load, thread=True, exclusive=True, group="detail", exit_on_error=False)


def step(app: IncidentApp, delta: int) -> None:
    """The next (delta 1) or previous (-1) row of the pane, in place of the one shown."""
    key = getattr(app.screen, "pane_key", None)
    if key is None:
        return
    table = app.pane(key).table
    target = max(0, min(table.total - 1, table.cursor_row + delta))
    if target == table.cursor_row:
        app.notify("This is the last row" if delta > 0 else "This is the first row", timeout=2)
        return
    table.cursor_row = target
    _when_loaded(app, key, target, TRIES)


def _when_loaded(app: IncidentApp, key: str, index: int, tries: int) -> None:
    """Open row `index` once its page has arrived (a step past the rows held waits for the next page)."""
    table = app.pane(key).table
    if table.cursor_row != index:
        return  # moved on meanwhile
    row = table.row_at(index)
    if row is not None:
        open_detail(app, key, row[0], in_place=True)
    elif tries:
        app.set_timer(WAIT_FOR_PAGE, lambda: _when_loaded(app, key, index, tries - 1))


def _record(app: IncidentApp) -> tuple[str | None, dict[str, Any]]:
    screen = app.screen
    return getattr(screen, "pane_key", None), getattr(screen, "record", {}) or {}


def to_incident(app: IncidentApp) -> None:
    key, record = _record(app)
    if key != "strikes":
        app.notify("Only a strike belongs to an incident", severity="warning")
        return
    if record.get("incident_id") is None:
        app.notify("This strike is in no incident yet (ingest groups them)", severity="warning")
        return
    app._load_incident(int(record["incident_id"]))


def report_rows(app: IncidentApp) -> None:
    """Close the detail and show the pane's rows that came from the same report."""
    key, record = _record(app)
    report_id = record.get("report_id")
    if key is None or key == "reports" or report_id is None:
        app.notify("No report to gather rows from", severity="warning")
        return
    title = record.get("report_title") or f"report {report_id}"
    app.pop_screen()
    pane = app.pane(key)
    pane._labels[("report_id", report_id)] = str(title)
    pane.set_filters(Filters(equals=(("report_id", report_id),)))
    pane.table.focus()


def speaker_quotes(app: IncidentApp) -> None:
    key, record = _record(app)
    if key != "quotes" or record.get("speaker_id") is None:
        app.notify("Only a quote with a known speaker leads to other quotes", severity="warning")
        return
    app.pop_screen()
    app.show_speaker(int(record["speaker_id"]), str(record.get("speaker") or record["speaker_id"]))
