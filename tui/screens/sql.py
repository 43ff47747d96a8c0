"""`:` — a read-only SQL prompt over the database (Harlequin's idea, in the app's own table).

The result shows in the same windowed table as the panes, with the same keys
(j/k, h/l, g/G, space/b, `[`/`]` to sort by the current column), is fetched a
page at a time, and exports like a view (`e`). Errors are one line under the
prompt. The connection is read-only, so nothing typed here changes the file.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, Input, Static
from textual.worker import get_current_worker

from ..panes import Column
from ..sql_query import PAGE, QueryError, SqlSession, one_line
from ..widgets.row_table import RowTable, cell_text
from .export_choice import ExportChoice

EXAMPLE = "select weapon, count(*) as strikes, sum(killed) from strikes group by weapon order by 2 desc"


def columns_for(names: list[str], rows: list[tuple]) -> tuple[Column, ...]:
    """Columns sized to the first page: wide enough for the title and most values, at most 40."""
    out = []
    for i, name in enumerate(names):
        values = [r[i] for r in rows if r[i] is not None]
        numeric = bool(values) and all(isinstance(v, (int, float)) for v in values)
        longest = max((len(cell_text(v)) for v in values[:PAGE]), default=0)
        width = max(len(name), min(40, longest), 4)
        out.append(Column(f"c{i}", name, width, numeric))
    return tuple(out)


class SqlScreen(Screen[None]):
    """A prompt, a one-line status, and the result table."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="sql.back"),
        Binding("q", "close", "Close", id="sql.close"),
        Binding("colon", "prompt", "Edit query", id="sql.prompt"),
        Binding("left_square_bracket", "sort(False)", "Sort ↑", show=False, id="sql.sort_ascending"),
        Binding("right_square_bracket", "sort(True)", "Sort ↓", show=False, id="sql.sort_descending"),
        Binding("e", "export", "Export", id="sql.export"),
    ]

    def __init__(self, path: str | Path, query: str = "") -> None:
        super().__init__()
        self.session = SqlSession(path)
        self.query_text = query
        self.order: tuple[int, bool] | None = None
        self.paged = False
        self.generation = 0
        self.total: int | None = None
        self.has_result = False

    def compose(self) -> ComposeResult:
        yield Static("SQL, read-only — enter runs · escape goes to the result · q closes", id="sql-title")
        yield Input(value=self.query_text, placeholder=EXAMPLE, id="sql-input")
        yield Static("", id="sql-status")
        yield RowTable((Column("c0", "", 1),), id="sql-table")  # the columns come with the first result
        yield Footer()

    @property
    def table(self) -> RowTable:
        return self.query_one("#sql-table", RowTable)

    def on_mount(self) -> None:
        self.query_one("#sql-input", Input).focus()

    def on_unmount(self) -> None:
        self.session.close()

    def _status(self, text: str, error: bool = False) -> None:
        status = self.query_one("#sql-status", Static)
        status.set_class(error, "-error")
        status.update(text)

    # -- running ---------------------------------------------------------------------
    @on(Input.Submitted, "#sql-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_text = event.value
        self.order = None
        self.run_query()

    def run_query(self) -> None:
        self.generation += 1
        self.total = None
        self.session.interrupt()
        self._status("running…")
        self._run(self.generation, self.query_text, self.order)

    @work(thread=True, exclusive=True, group="sql", exit_on_error=False)
    def _run(self, generation: int, sql: str, order: tuple[int, bool] | None) -> None:
        started = dt.datetime.now()
        try:
            names, rows, paged = self.session.first(sql, order)
        except QueryError as exc:
            self.app.call_from_thread(self._failed, generation, str(exc))
            return
        except Exception as exc:  # interrupted, or the file went away
            self.app.call_from_thread(self._failed, generation, one_line(exc))
            return
        if get_current_worker().is_cancelled:
            return
        ms = (dt.datetime.now() - started).total_seconds() * 1000
        self.app.call_from_thread(self._shown, generation, names, rows, paged, ms)
        if paged and len(rows) == PAGE:
            try:
                n = self.session.count(sql)
            except Exception:
                return
            if not get_current_worker().is_cancelled:
                self.app.call_from_thread(self._counted, generation, n)

    def _failed(self, generation: int, message: str) -> None:
        if generation == self.generation:
            self._status(f"error: {message}", error=True)

    def _shown(self, generation: int, names: list[str], rows: list[tuple], paged: bool, ms: float) -> None:
        if generation != self.generation:
            return
        self.paged = paged
        table = self.table
        table.cursor_col = 0
        table.original_columns = None
        if not names:
            self._status(f"done in {ms:.0f} ms; the statement returned no rows")
            table.columns = [Column("c0", "", 1)]
            table.reset([], 0)
            self.has_result = False
            return
        self.has_result = True
        table.columns = list(columns_for(names, rows))
        table.sort_column = f"c{self.order[0]}" if self.order else None
        table.sort_desc = bool(self.order and self.order[1])
        numbered = [(i, None, *r) for i, r in enumerate(rows)]
        if paged:
            known = len(rows) < PAGE
            table.reset(numbered, len(rows) if known else None)
            if not known:
                table.set_total(len(rows), known=False)
            self.total = len(rows) if known else None
        else:
            table.reset(numbered[:PAGE], len(rows))
            for n in range(1, (len(rows) + PAGE - 1) // PAGE):
                table.pages[n] = numbered[n * PAGE:(n + 1) * PAGE]
            self.total = len(rows)
        self._describe(ms)

    def _counted(self, generation: int, n: int) -> None:
        if generation == self.generation:
            self.total = n
            self.table.set_total(n)
            self._describe(None)

    def _describe(self, ms: float | None) -> None:
        rows = (f"{self.total:,} row{'' if self.total == 1 else 's'}" if self.total is not None else "counting rows…")
        if not self.paged and self.total is not None and self.total >= 10_000:
            rows = f"first {self.total:,} rows"
        took = f" in {ms:.0f} ms" if ms is not None else ""
        order = ""
        if self.order:
            order = f" · sorted by {self.table.columns[self.order[0]].title} {'↓' if self.order[1] else '↑'}"
        self._status(f"{rows}{took}{order} · e exports · : edits the query")

    @on(RowTable.PagesWanted)
    def _pages_wanted(self, event: RowTable.PagesWanted) -> None:
        event.stop()
        if not self.paged:
            return
        for number in event.pages:
            self._page(self.generation, number, self.query_text, self.order)

    @work(thread=True, group="sql-pages", exit_on_error=False)
    def _page(self, generation: int, number: int, sql: str, order: tuple[int, bool] | None) -> None:
        try:
            rows = self.session.page(sql, number, order)
        except Exception:
            return
        numbered = [(number * PAGE + i, None, *r) for i, r in enumerate(rows)]
        self.app.call_from_thread(self._got_page, generation, number, numbered)

    def _got_page(self, generation: int, number: int, rows: list[tuple]) -> None:
        if generation == self.generation:
            self.table.add_page(number, rows)

    @on(RowTable.Opened)
    def _opened(self, event: RowTable.Opened) -> None:
        event.stop()  # a result row is not a pane's row: there is nothing to open

    # -- keys --------------------------------------------------------------------------
    def action_back(self) -> None:
        if self.focused is self.table or not self.table.total:
            self.dismiss()
        else:
            self.table.focus()

    def action_close(self) -> None:
        self.dismiss()

    def action_prompt(self) -> None:
        self.query_one("#sql-input", Input).focus()

    def action_sort(self, desc: bool) -> None:
        if not self.has_result or not self.paged:
            self._status("this statement's result cannot be sorted (only a select can)", error=True)
            return
        self.order = (self.table.cursor_col, desc)
        self.run_query()

    def action_export(self) -> None:
        if not self.has_result:
            self._status("run a query that returns rows first", error=True)
            return
        rows = f"{self.total:,} rows of the query" if self.total is not None else "the query's rows"

        def chosen(fmt: str | None) -> None:
            if fmt:
                self.notify(f"Exporting the query to {fmt.upper()}…")
                self._export(self.query_text, fmt, self.order)

        self.app.push_screen(ExportChoice(rows, ["csv", "json"]), chosen)

    @work(thread=True, group="sql-export", exit_on_error=False)
    def _export(self, sql: str, fmt: str, order: tuple[int, bool] | None) -> None:
        try:
            path, n = self.session.export(sql, fmt, order if self.paged else None)
        except (QueryError, OSError) as exc:
            self.app.call_from_thread(self.notify, f"Export failed: {exc}", severity="error")
            return
        self.last_export = path
        self.app.call_from_thread(self.notify, f"Wrote {n:,} rows to {path}", timeout=8)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # typing in the prompt: q, e and the brackets are characters of the query
        if action in ("close", "export", "sort", "prompt") and isinstance(self.focused, Input):
            return False
        return True

