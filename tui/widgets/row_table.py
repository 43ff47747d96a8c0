"""A line-API table that shows a window of a table far too big to hold in memory.

Textual's DataTable keeps every row and measures every cell, which takes
seconds at 10^5 rows. This widget (Toolong's design) only knows the total row
count and a few pages of rows; it draws the lines on screen from that cache and
asks its owner for missing pages, which arrive later from a worker thread.
"""
from __future__ import annotations

import json
from typing import Any, ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from .. import column_control
from ..panes import Column
from ..queries import PAGE_SIZE

MAX_PAGES = 24


def cell_text(value: Any) -> str:
    """One line of text for a cell; JSON lists (negotiation parties) read as 'A, B'."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, str) and value.startswith('["'):
        try:
            items = json.loads(value)
        except ValueError:
            items = None
        if isinstance(items, list):
            return ", ".join(str(i) for i in items)
    return " ".join(str(value).split())


class RowTable(ScrollView, can_focus=True):
    """Rows `(id, sort key, *cells)` arrive by page; line 0 is the column header.

    | Key | Action |
    | --- | --- |
    | j / down, k / up | next / previous row |
    | h / left, l / right | previous / next column |
    | g / home, G / end | first / last row |
    | pagedown / space, pageup / b | a screen down / up |
    | enter | open the row |
    | - / + | hide the current column / show every column again |
    | < / > | narrow / widen the current column |
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Down", show=False, id="table.down"),
        Binding("k,up", "cursor_up", "Up", show=False, id="table.up"),
        Binding("h,left", "cursor_left", "Left", show=False, id="table.left"),
        Binding("l,right", "cursor_right", "Right", show=False, id="table.right"),
        Binding("g,home", "first", "First row", show=False, id="table.first"),
        Binding("G,end", "last", "Last row", show=False, id="table.last"),
        Binding("pagedown,space", "page_down", "Page down", show=False, id="table.page_down"),
        Binding("pageup,b", "page_up", "Page up", show=False, id="table.page_up"),
        Binding("enter", "select", "Open", show=False, id="table.open"),
        Binding("minus", "hide_column", "Hide column", show=False, id="table.hide_column"),
        Binding("plus", "show_columns", "Show all columns", show=False, id="table.show_columns"),
        Binding("less_than_sign", "resize_column(-4)", "Narrower", show=False, id="table.narrower"),
        Binding("greater_than_sign", "resize_column(4)", "Wider", show=False, id="table.wider"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "row-table--header", "row-table--cursor", "row-table--cursor-cell", "row-table--loading",
        "row-table--sorted",
    }

    DEFAULT_CSS = """
    RowTable {
        background: $surface;
        & > .row-table--header { text-style: bold; background: $panel; color: $text; }
        & > .row-table--sorted { text-style: bold underline; background: $panel; color: $accent; }
        & > .row-table--cursor { background: $boost; text-style: bold; }
        & > .row-table--loading { color: $text-muted; }
        &:focus > .row-table--header { background: $accent-muted; }
        &:focus > .row-table--cursor { background: $block-cursor-blurred-background; }
        &:focus > .row-table--cursor-cell {
            background: $block-cursor-background; color: $block-cursor-foreground; text-style: bold;
        }
    }
    """

    cursor_row: reactive[int] = reactive(0, always_update=True, repaint=False)
    cursor_col: reactive[int] = reactive(0, repaint=False)

    class PagesWanted(Message):
        """Pages of rows the table needs in order to draw what is (nearly) on screen."""

        def __init__(self, table: RowTable, pages: list[int]) -> None:
            super().__init__()
            self.table = table
            self.pages = pages

    class CursorMoved(Message):
        def __init__(self, table: RowTable, row: int) -> None:
            super().__init__()
            self.table = table
            self.row = row

    class Opened(Message):
        """Enter on a row: `row_id` is its primary key."""

        def __init__(self, table: RowTable, row_id: int) -> None:
            super().__init__()
            self.table = table
            self.row_id = row_id

    def __init__(self, columns: tuple[Column, ...], *, name: str | None = None, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.columns = list(columns)
        self.original_columns: list[Column] | None = None  # as first shown, before - < > (column_control)
        self.total = 0
        self.known_total = False
        self.pages: dict[int, list[tuple]] = {}
        self.requested: set[int] = set()
        self.sort_column: str | None = None
        self.sort_desc = False

    # -- data from the owner ----------------------------------------------------
    def reset(self, first_page: list[tuple], total: int | None) -> None:
        """New filters or order: drop every page, keep the first, go to the top."""
        self.pages = {0: first_page}
        self.requested = set()
        self.set_total(total if total is not None else len(first_page), known=total is not None)
        self.cursor_row = 0
        self.scroll_to(0, 0, animate=False, immediate=True)
        self.refresh()
        self._want_pages()

    def set_total(self, total: int, known: bool = True) -> None:
        self.total = total
        self.known_total = known
        self.virtual_size = Size(self._width(), total + 1)
        if self.cursor_row >= total:
            self.cursor_row = max(0, total - 1)
        self.refresh()
        self._want_pages()

    def add_page(self, number: int, rows: list[tuple]) -> None:
        self.requested.discard(number)
        self.pages[number] = rows
        if len(self.pages) > MAX_PAGES:
            here = self.cursor_row // PAGE_SIZE
            for far in sorted(self.pages, key=lambda p: -abs(p - here))[: len(self.pages) - MAX_PAGES]:
                if far != 0:
                    del self.pages[far]
        self.refresh()
        self._want_pages()

    def row_at(self, index: int) -> tuple | None:
        page = self.pages.get(index // PAGE_SIZE)
        if page is None:
            return None
        offset = index % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    @property
    def current_row(self) -> tuple | None:
        return self.row_at(self.cursor_row) if self.total else None

    @property
    def current_column(self) -> Column:
        return self.columns[min(self.cursor_col, len(self.columns) - 1)]

    def visible_range(self) -> tuple[int, int]:
        """First and last row index on screen (0-based, inclusive)."""
        top = int(self.scroll_y)
        height = max(1, self.scrollable_content_region.height - 1)
        return top, min(self.total, top + height) - 1

    # -- drawing -----------------------------------------------------------------
    def _width(self) -> int:
        return sum(c.width + 1 for c in self.columns if c.width)

    def on_resize(self) -> None:
        self.virtual_size = Size(self._width(), self.total + 1)
        self._want_pages()

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        self._want_pages()

    def watch_cursor_row(self, old: int, new: int) -> None:
        self._scroll_to_cursor()
        self.refresh()
        self.post_message(self.CursorMoved(self, new))

    def watch_cursor_col(self, old: int, new: int) -> None:
        x = sum(c.width + 1 for c in self.columns[:new] if c.width)
        w = self.columns[new].width + 1
        view = self.scrollable_content_region.width
        if x < self.scroll_x:
            self.scroll_to(x=x, animate=False)
        elif x + w > self.scroll_x + view:
            self.scroll_to(x=x + w - view, animate=False)
        self.refresh()

    def _scroll_to_cursor(self) -> None:
        height = max(1, self.scrollable_content_region.height - 1)
        top = int(self.scroll_y)
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False, immediate=True)
        elif self.cursor_row >= top + height:
            self.scroll_to(y=self.cursor_row - height + 1, animate=False, immediate=True)

    def _want_pages(self) -> None:
        if not self.total:
            return
        top, bottom = self.visible_range()
        first = max(0, top // PAGE_SIZE - (1 if top % PAGE_SIZE < PAGE_SIZE // 4 else 0))
        last = min((self.total - 1) // PAGE_SIZE, max(bottom, top) // PAGE_SIZE
                   + (1 if bottom % PAGE_SIZE > PAGE_SIZE * 3 // 4 else 0))
        missing = [p for p in range(first, last + 1) if p not in self.pages and p not in self.requested]
        if missing:
            self.requested.update(missing)
            self.post_message(self.PagesWanted(self, missing))

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        x = int(self.scroll_x)
        base = self.rich_style
        if y == 0:
            segments = []
            for col in self.columns:
                if not col.width:
                    continue  # hidden (column_control)
                title = col.title
                style = self.get_component_rich_style("row-table--header")
                if col.key == self.sort_column:
                    # shorten the title, never the arrow ("Intercepted" is as wide as its column)
                    title = title[: max(1, col.width - 2)] + (" ↓" if self.sort_desc else " ↑")
                    style = self.get_component_rich_style("row-table--sorted")
                text = set_cell_size(title, col.width)
                if col.numeric:
                    text = title[: col.width].rjust(col.width)
                segments.append(Segment(text + " ", style))
            return Strip(segments).crop_extend(x, x + width, self.get_component_rich_style("row-table--header"))
        index = int(self.scroll_y) + y - 1
        if index >= self.total:
            return Strip.blank(width, base)
        row = self.row_at(index)
        if row is None:
            return Strip([Segment("  …", self.get_component_rich_style("row-table--loading"))]).crop_extend(
                0, width, base)
        cursor = index == self.cursor_row
        row_style = base + self.get_component_rich_style("row-table--cursor") if cursor else base
        segments = []
        for i, col in enumerate(self.columns):
            if not col.width:
                continue
            text = cell_text(row[i + 2])
            if col.numeric:
                text = text.rjust(col.width) if cell_len(text) <= col.width else set_cell_size(text, col.width)
            else:
                text = set_cell_size(text, col.width)
            style = row_style
            if cursor and i == self.cursor_col:
                style = row_style + self.get_component_rich_style("row-table--cursor-cell")
            segments.append(Segment(text, style))
            segments.append(Segment(" ", row_style))
        return Strip(segments).crop_extend(x, x + width, row_style)

    # -- actions -------------------------------------------------------------------
    def _move(self, delta: int) -> None:
        if self.total:
            self.cursor_row = max(0, min(self.total - 1, self.cursor_row + delta))

    def action_cursor_down(self) -> None:
        self._move(1)

    def action_cursor_up(self) -> None:
        self._move(-1)

    def action_cursor_left(self) -> None:
        self.cursor_col = column_control.step(self, self.cursor_col, -1)

    def action_cursor_right(self) -> None:
        self.cursor_col = column_control.step(self, self.cursor_col, 1)

    def action_hide_column(self) -> None:
        problem = column_control.hide(self)
        if problem:
            self.notify(problem, severity="warning")

    def action_show_columns(self) -> None:
        column_control.show_all(self)

    def action_resize_column(self, delta: int) -> None:
        column_control.resize(self, delta)

    def action_first(self) -> None:
        self._move(-self.cursor_row)

    def action_last(self) -> None:
        self._move(self.total)

    def action_page_down(self) -> None:
        self._move(max(1, self.scrollable_content_region.height - 2))

    def action_page_up(self) -> None:
        self._move(-max(1, self.scrollable_content_region.height - 2))

    def action_select(self) -> None:
        row = self.current_row
        if row is not None:
            self.post_message(self.Opened(self, row[0]))
