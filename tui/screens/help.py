"""Help built from the live bindings, so a user's remapped keys show as they are."""
from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

INTRO = (
    "Panes 1–6 switch. / searches as you type (full text and fuzzy names); enter keeps the search, "
    "escape clears it. Tab moves between the date range, the facets and the table; escape goes back "
    "to the table from anywhere. In a facet, j / k (or the arrows) move and enter filters by the "
    "highlighted value (enter on the ✓ value drops it); x clears all filters."
)


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close", id="help.close"),
    ]

    def __init__(self, rows: list[tuple[str, str, str]]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        table = Table(box=None, show_header=True, header_style="bold", pad_edge=False, expand=True)
        table.add_column("Key", no_wrap=True)
        table.add_column("Does")
        table.add_column("Binding id (remap)", style="dim", no_wrap=True)
        for key, description, binding_id in self.rows:
            table.add_row(key, description, binding_id)
        with VerticalScroll(id="help-body") as body:
            body.border_title = "Keys"
            body.border_subtitle = "escape closes"
            yield Static(INTRO, classes="intro")
            yield Static(table)
