"""`e`: choose CSV or JSON for the export of the current view."""
from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static


class ExportChoice(ModalScreen[str | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("c", "choose('csv')", "CSV", id="export.csv"),
        Binding("j", "choose('json')", "JSON", id="export.json"),
        Binding("escape,q", "choose('')", "Cancel", id="export.cancel"),
    ]

    def __init__(self, rows_text: str) -> None:
        super().__init__()
        self.rows_text = rows_text

    def compose(self) -> ComposeResult:
        with Vertical(id="export-body") as body:
            body.border_title = "Export"
            yield Static(f"Export {self.rows_text} (all rows under the current filters and order).\n\n"
                         "c  CSV\nj  JSON\nescape  cancel")

    def action_choose(self, fmt: str) -> None:
        self.dismiss(fmt or None)
