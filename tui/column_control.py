"""Hiding, showing and resizing a table's columns from the keyboard (VisiData's `-`, `<`, `>`).

A hidden column keeps its place in the row tuples (width 0, not drawn, skipped
by the cursor), so pages already fetched stay valid; the table remembers its
columns as first shown, and `+` brings them back.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from textual.geometry import Size

if TYPE_CHECKING:
    from .widgets.row_table import RowTable

MIN_WIDTH = 3
MAX_WIDTH = 120
STEP = 4


def _remember(table: RowTable) -> None:
    if getattr(table, "original_columns", None) is None:
        table.original_columns = list(table.columns)


def _relayout(table: RowTable) -> None:
    table.virtual_size = Size(table._width(), table.total + 1)
    table.refresh()


def visible(table: RowTable) -> list[int]:
    return [i for i, c in enumerate(table.columns) if c.width > 0]


def hide(table: RowTable) -> str | None:
    """Hide the current column; returns why not, or None."""
    shown = visible(table)
    if len(shown) <= 1:
        return "The last column cannot be hidden"
    _remember(table)
    i = table.cursor_col
    table.columns[i] = replace(table.columns[i], width=0)
    later = [j for j in shown if j > i]
    table.cursor_col = later[0] if later else [j for j in shown if j < i][-1]
    _relayout(table)
    return None


def show_all(table: RowTable) -> None:
    original = getattr(table, "original_columns", None)
    if original is not None:
        table.columns = list(original)
        _relayout(table)


def resize(table: RowTable, delta: int) -> None:
    _remember(table)
    i = table.cursor_col
    col = table.columns[i]
    table.columns[i] = replace(col, width=max(MIN_WIDTH, min(MAX_WIDTH, col.width + delta)))
    _relayout(table)


def step(table: RowTable, start: int, delta: int) -> int:
    """The next shown column from `start` in direction `delta` (or `start` at the edge)."""
    i = start + delta
    while 0 <= i < len(table.columns):
        if table.columns[i].width > 0:
            return i
        i += delta
    return start
