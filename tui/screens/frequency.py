"""`F`: how often each value of the current column occurs under the current filters."""
from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..queries import FacetValue


class FrequencyScreen(ModalScreen[FacetValue | None]):
    """Enter on a value returns it (the pane then filters by it)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "dismiss_none", "Back", id="frequency.back"),
        Binding("j", "cursor_down", "Down", show=False, id="frequency.down"),
        Binding("k", "cursor_up", "Up", show=False, id="frequency.up"),
    ]

    def __init__(self, title: str, values: list[FacetValue]) -> None:
        super().__init__()
        self.heading = title
        self.values = values

    def compose(self) -> ComposeResult:
        total = sum(v.count for v in self.values) or 1
        biggest = max((v.count for v in self.values), default=1) or 1
        options = []
        for v in self.values:
            line = Text(f"{v.label[:30]:<30} {v.count:>10,} {100 * v.count / total:5.1f}% ")
            line.append("█" * max(1, round(20 * v.count / biggest)), style="green")
            options.append(Option(line))
        lst = OptionList(*options, id="frequency-list")
        lst.border_title = self.heading
        lst.border_subtitle = "enter filters · escape back"
        yield lst

    def action_dismiss_none(self) -> None:
        self.dismiss(None)

    def action_cursor_down(self) -> None:
        self.query_one(OptionList).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one(OptionList).action_cursor_up()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.values[event.option_index])

    def value(self, index: int) -> Any:
        return self.values[index].value
