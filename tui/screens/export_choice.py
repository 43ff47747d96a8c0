"""`e`: choose the format of the export of the current view (CSV, JSON, and for some panes GeoJSON or ACLED)."""
from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

LABELS = {
    "csv": "CSV",
    "json": "JSON",
    "geojson": "GeoJSON points (rows without coordinates are left out)",
    "acled": "ACLED-shaped CSV of the strikes (acled_view)",
}


class ExportChoice(ModalScreen[str | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("c", "choose('csv')", "CSV", id="export.csv"),
        Binding("j", "choose('json')", "JSON", id="export.json"),
        Binding("g", "choose('geojson')", "GeoJSON", id="export.geojson"),
        Binding("a", "choose('acled')", "ACLED CSV", id="export.acled"),
        Binding("escape,q", "choose('')", "Cancel", id="export.cancel"),
    ]

    def __init__(self, rows_text: str, formats: list[str] | None = None) -> None:
        super().__init__()
        self.rows_text = rows_text
        self.formats = formats or ["csv", "json"]

    def _key_of(self, fmt: str) -> str:
        for b in self.BINDINGS:
            if isinstance(b, Binding) and b.action == f"choose('{fmt}')":
                return b.key
        return "?"

    def compose(self) -> ComposeResult:
        lines = "\n".join(f"{self._key_of(f)}  {LABELS[f]}" for f in self.formats)
        with Vertical(id="export-body") as body:
            body.border_title = "Export"
            yield Static(f"Export {self.rows_text} (all rows under the current filters and order).\n\n"
                         f"{lines}\nescape  cancel")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "choose" and parameters and parameters[0] and parameters[0] not in self.formats:
            return False
        return True

    def action_choose(self, fmt: str) -> None:
        self.dismiss(fmt or None)
