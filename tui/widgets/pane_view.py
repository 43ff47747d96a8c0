"""One pane (strikes, negotiations, quotes, speakers or reports): facets, a windowed table, status.

The pane owns its filters and order. Every change bumps a generation number
and starts an exclusive thread worker; results carry the generation they were
computed for, and anything from an older generation is dropped, so a slow
query for "dr" never paints over the result for "drone".
"""
from __future__ import annotations

import sqlite3
from typing import Any, Callable, TypeVar

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from ..panes import PaneSpec
from ..place_names import PLACE_NAMES
from ..queries import PAGE_SIZE, Filters, Store, parse_date_range
from .facet_list import FacetList
from .row_table import RowTable
from .preview import PreviewStrip
from .search_hint import FieldSuggester, SearchHint
from .summary import SummaryLine
from .search_box import SearchBox


T = TypeVar("T")


def _fmt(n: int) -> str:
    return f"{n:,}"


class PaneView(Widget):
    DEFAULT_CSS = """
    PaneView { layout: vertical; }
    """

    def __init__(self, store: Store, spec: PaneSpec, **kwargs: Any) -> None:
        super().__init__(id=f"pane-{spec.key}", **kwargs)
        self.store = store
        self.spec = spec
        self.filters = Filters()
        self.sort: tuple[str, bool] = spec.sort
        self.generation = 0
        self.loaded = False
        self.count: int | None = None
        self.busy = False
        self.error: str | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(classes="pane-body"):
            with VerticalScroll(classes="sidebar") as sidebar:
                sidebar.can_focus = False  # else an invisible tab stop between the tabs and the dates box
                if self.spec.date_column:
                    yield Input(placeholder="dates: 2024-03..2024-04", id=f"dates-{self.spec.key}",
                                classes="dates")
                for facet in self.spec.facets:
                    yield FacetList(facet, id=f"facet-{self.spec.key}-{facet.name}")
            with Vertical(classes="main"):
                yield SearchBox(placeholder="search: words, a name, or field:value (location:odesa killed:>=5) — "
                                        "enter keeps, escape clears",
                                id=f"search-{self.spec.key}", classes="search",
                                suggester=FieldSuggester(self.store, self.spec, self._show_hint))
                yield SearchHint()
                yield Static("", classes="filters")
                table = RowTable(self.spec.columns, id=f"table-{self.spec.key}")
                table.sort_column, table.sort_desc = self.sort
                yield table
                yield PreviewStrip(self.store, self.spec)
                yield SummaryLine(self.store, self.spec)
                yield Static("", classes="status")

    @property
    def table(self) -> RowTable:
        return self.query_one(RowTable)

    @property
    def search_input(self) -> SearchBox:
        return self.query_one(f"#search-{self.spec.key}", SearchBox)

    # -- loading -------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.loaded = True
            self.refresh_data()

    def refresh_data(self) -> None:
        """Query again for the current filters and order (new generation)."""
        self.generation += 1
        self.busy = True
        self.count = None
        self.error = None
        self.table.sort_column, self.table.sort_desc = self.sort
        self._show_filters()
        self._update_status()
        self.store.interrupt_background()
        self._load(self.generation, self.filters, self.sort)
        self.query_one(SummaryLine).request(self.generation, self.filters)

    def _retry(self, generation: int, fn: Callable[[], T]) -> T:
        """Run a background query again if a newer generation's interrupt hit it while it is still current."""
        for _ in range(3):
            try:
                return fn()
            except sqlite3.OperationalError as exc:
                if "interrupt" not in str(exc) or generation != self.generation:
                    raise
        return fn()

    @work(thread=True, exclusive=True, group="table", exit_on_error=False)
    def _load(self, generation: int, filters: Filters, sort: tuple[str, bool]) -> None:
        worker = get_current_worker()
        try:
            rows = self.store.page(self.spec, filters, sort)
            if worker.is_cancelled or generation != self.generation:
                return
            total = len(rows) if len(rows) < PAGE_SIZE else None
            self.app.call_from_thread(self._got_first_page, generation, rows, total)
            if total is None:
                total = self._retry(generation, lambda: self.store.count(self.spec, filters))
                if worker.is_cancelled or generation != self.generation:
                    return
                self.app.call_from_thread(self._got_count, generation, total)
            for facet in self.spec.facets:
                values = self._retry(generation, lambda: self.store.facet(self.spec, facet, filters))
                if worker.is_cancelled or generation != self.generation:
                    return
                self.app.call_from_thread(self._got_facet, generation, facet.name, values)
        except Exception as exc:  # a bad database must show a message, never crash the app
            if isinstance(exc, sqlite3.OperationalError) and "interrupt" in str(exc):
                return
            if generation == self.generation and not worker.is_cancelled:
                self.app.call_from_thread(self._got_error, generation, f"{type(exc).__name__}: {exc}")

    def _got_first_page(self, generation: int, rows: list[tuple], total: int | None) -> None:
        if generation != self.generation:
            return
        self.table.reset(rows, total)
        self.count = total
        self.busy = total is None
        self._update_status()

    def _got_count(self, generation: int, total: int) -> None:
        if generation != self.generation:
            return
        self.count = total
        self.busy = False
        self.table.set_total(total)
        self._update_status()

    def _got_facet(self, generation: int, name: str, values: list) -> None:
        if generation != self.generation:
            return
        facet_list = self.query_one(f"#facet-{self.spec.key}-{name}", FacetList)
        active = self.filters.value_of(name)
        facet_list.show(values, active, self._labels.get((name, active[1])) if active[0] else None)

    def _got_error(self, generation: int, message: str) -> None:
        if generation != self.generation:
            return
        self.busy = False
        self.error = message
        self._update_status()

    @on(RowTable.PagesWanted)
    def _pages_wanted(self, event: RowTable.PagesWanted) -> None:
        event.stop()
        for number in event.pages:
            self._load_page(self.generation, number, self.filters, self.sort, self._page_plan(number))

    def _page_plan(self, number: int) -> dict[str, Any]:
        """How to fetch page `number`: by key from a neighbour page, from the end, or (a far jump) by offset.

        Decided here on the UI thread, where the table's pages live; the worker only runs it.
        """
        table = self.table
        before = table.pages.get(number - 1)
        after = table.pages.get(number + 1)
        if before:
            return {"after": (before[-1][1], before[-1][0])}
        if after:
            return {"before": (after[0][1], after[0][0])}
        if table.known_total and number == (table.total - 1) // PAGE_SIZE:
            return {"from_end": True, "limit": table.total - number * PAGE_SIZE}
        return {"offset": number * PAGE_SIZE}

    @work(thread=True, group="pages", exit_on_error=False)
    def _load_page(self, generation: int, number: int, filters: Filters, sort: tuple[str, bool],
                   plan: dict[str, Any]) -> None:
        try:
            rows = self.store.page(self.spec, filters, sort, **plan)
        except Exception:
            rows = None
        if generation == self.generation and rows is not None:
            self.app.call_from_thread(self._got_page, generation, number, rows)

    def _got_page(self, generation: int, number: int, rows: list[tuple]) -> None:
        if generation == self.generation:
            self.table.add_page(number, rows)

    # -- status lines ----------------------------------------------------------------
    def _show_filters(self) -> None:
        parts = self.describe_filters()
        bar = self.query_one(".filters", Static)
        bar.update(f"Filters: {parts}   (x clears)" if parts else "")
        bar.display = bool(parts)

    def describe_filters(self) -> str:
        """The active filters in words: 'Region=Kharkiv Oblast · dates 2025-03..'."""
        parts = []
        for field, value in self.filters.equals:
            label = self._labels.get((field, value), "(none)" if value is None else str(value))
            parts.append(f"{self.title_of(field)}={label}")
        if self.filters.date_from or self.filters.date_to:
            parts.append(f"dates {self.filters.date_from or ''}..{self.filters.date_to or ''}")
        if self.filters.search.strip():
            parts.append(f"search “{self.filters.search.strip()}”")
        return " · ".join(parts)

    def title_of(self, name: str) -> str:
        """What the user sees for a field or column: its column title, else its facet's title."""
        for column in self.spec.columns:
            if name in (column.key, column.name):
                return column.title
        return next((f.title for f in self.spec.facets if name in (f.name, f.column)), name)

    @property
    def _labels(self) -> dict[tuple[str, Any], str]:
        if not hasattr(self, "_label_map"):
            self._label_map: dict[tuple[str, Any], str] = {}
        return self._label_map

    def _update_status(self) -> None:
        status = self.query_one(".status", Static)
        if self.error:
            status.update(f"{self.spec.title} · error: {self.error}")
            return
        table = self.table
        col, desc = self.sort
        order = f"sorted by {self.title_of(col)} {'↓' if desc else '↑'}"
        if self.count is None and not table.total:
            status.update(f"{self.spec.title} · loading… · {order}")
            return
        top, bottom = table.visible_range()
        total = _fmt(self.count) if self.count is not None else "…"
        if (self.count or table.total) == 0:
            if self.filters.search.strip():
                text = f"{self.spec.title} · no matches (escape clears the search, x every filter)"
            elif self.filters.active:
                text = f"{self.spec.title} · no rows match the filters (x clears)"
            else:
                text = f"{self.spec.title} · no rows"
        else:
            text = f"{self.spec.title} · rows {_fmt(top + 1)}–{_fmt(bottom + 1)} of {total}"
            text += f" · row {_fmt(table.cursor_row + 1)}"
        status.update(f"{text} · {order}")

    @on(RowTable.CursorMoved)
    def _cursor_moved(self, event: RowTable.CursorMoved) -> None:
        event.stop()
        self._update_status()
        self.query_one(PreviewStrip).follow(self.table)

    def on_resize(self) -> None:
        self.call_after_refresh(self._update_status)

    # -- filter changes ---------------------------------------------------------------
    def set_filters(self, filters: Filters) -> None:
        if filters != self.filters:
            self.filters = filters
            self.refresh_data()

    def pick(self, field: str, value: Any, label: str | None = None) -> None:
        if label is not None:
            self._labels[(field, value)] = label
        self.set_filters(self.filters.with_value(field, value))

    @on(FacetList.Picked)
    def _facet_picked(self, event: FacetList.Picked) -> None:
        event.stop()
        if event.active:
            self.set_filters(self.filters.without(event.facet.name))
        else:
            facet_list = self.query_one(f"#facet-{self.spec.key}-{event.facet.name}", FacetList)
            label = next((v.label for v in facet_list.values if v.value == event.value), None)
            self.pick(event.facet.name, event.value, label)
        self.screen.set_focus(self.table)  # the rows the pick changed; tab goes back to the facets

    def clear_filters(self) -> None:
        self.search_input.value = ""
        if self.spec.date_column:
            self.query_one(f"#dates-{self.spec.key}", Input).value = ""
        self.set_filters(Filters())

    def set_sort(self, column: str, desc: bool) -> None:
        if (column, desc) != self.sort:
            self.sort = (column, desc)
            self.refresh_data()

    @on(Input.Changed, ".search")
    def _search_changed(self, event: Input.Changed) -> None:
        event.stop()
        from dataclasses import replace

        # the box as it is now: a Changed queued before escape cleared the box must not bring the search back
        value = self.search_input.value
        if not value.strip():
            self._show_hint("")
        self.set_filters(replace(self.filters, search=value))

    @on(Input.Submitted, ".search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.keep_search()

    def keep_search(self) -> None:
        """Enter in the search box: keep the search, give the keys to the table."""
        self.query_one(SearchHint).display = False
        self.screen.set_focus(self.table)

    @on(Input.Submitted, ".dates")
    def _dates_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        from dataclasses import replace

        try:
            start, end = parse_date_range(event.value)
        except ValueError as exc:
            self.notify(f"{exc}; still showing {self._dates_text() or 'all dates'}", severity="warning")
            event.input.value = self._dates_text()
            return
        self.set_filters(replace(self.filters, date_from=start, date_to=end))
        event.input.value = self._dates_text()
        self.screen.set_focus(self.table)

    @on(Input.Blurred, ".dates")
    def _dates_left(self, event: Input.Blurred) -> None:
        """Text typed and left without enter is not the filter: show the range in force again."""
        event.input.value = self._dates_text()

    def _dates_text(self) -> str:
        """The range in force as the box would take it back: '2025-03-01..2025-03-31', '' for none."""
        start, end = self.filters.date_from or "", self.filters.date_to or ""
        if not (start or end):
            return ""
        return start if start == end else f"{start}..{end}"

    def _show_hint(self, text: str) -> None:
        hint = self.query_one(SearchHint)
        hint.update(text)
        hint.display = bool(text) and self.search_input.has_class("open")

    def open_search(self) -> None:
        """Focus the box now (`focus()` waits a turn): keys the app reads next must land in it."""
        PLACE_NAMES.start()  # other spellings of places (Київ, Kharkov), loaded while the user types
        self.search_input.add_class("open")
        self.screen.set_focus(self.search_input)

    def close_search(self) -> None:
        """Escape: clear the search and give the keys back to the table."""
        from dataclasses import replace

        self.search_input.value = ""
        self.search_input.remove_class("open")
        self.query_one(SearchHint).display = False
        self.set_filters(replace(self.filters, search=""))
        self.screen.set_focus(self.table)
