"""One facet beside the table: the most common values of a field, with counts, under the other filters."""
from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..panes import Facet
from ..queries import FacetValue


class FacetList(OptionList):
    """Enter on a value filters the pane by it; enter on the picked value (✓) drops that filter."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="facet.down"),
        Binding("k", "cursor_up", "Up", show=False, id="facet.up"),
    ]

    DEFAULT_CSS = """
    FacetList {
        height: auto;
        max-height: 9;
        border: round $panel;
        padding: 0;
        &:focus { border: round $accent; }
    }
    """

    class Picked(Message):
        def __init__(self, facet: Facet, value: Any, active: bool) -> None:
            super().__init__()
            self.facet = facet
            self.value = value
            self.active = active  # the value was already the filter: the pick removes it

    def __init__(self, facet: Facet, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.facet = facet
        self.border_title = facet.title
        self.values: list[FacetValue] = []
        self.active: tuple[bool, Any] = (False, None)

    def show(self, values: list[FacetValue], active: tuple[bool, Any], active_label: str | None = None) -> None:
        """`active_label` names the picked value when it is not among `values` (a speaker id shows as a name)."""
        self.values = values
        self.active = active
        width = max(8, (self.size.width or 26) - 4)
        options = []
        for v in values:
            mark = "✓ " if active[0] and active[1] == v.value else ""
            count = f"{v.count:,}"
            label = (mark + v.label)[: max(1, width - len(count) - 1)]
            line = Text(label)
            line.append(" " * max(1, width - len(label) - len(count)))
            line.append(count, style="dim")
            if mark:
                line.stylize("bold")
            options.append(Option(line))
        if active[0] and not any(v.value == active[1] for v in values):
            label = active_label or str(active[1])
            options.insert(0, Option(Text(f"✓ {label}", style="bold")))
            self.values = [FacetValue(active[1], label, 0)] + values
        highlighted = self.highlighted
        self.clear_options()
        self.add_options(options)
        if not options:
            self.add_option(Option(Text("(no values)", style="dim"), disabled=True))
        else:  # a value is always highlighted, so enter on a facet just tabbed to picks one
            self.highlighted = min(highlighted or 0, len(options) - 1)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self.values):
            v = self.values[event.option_index]
            was = self.active[0] and self.active[1] == v.value
            self.post_message(self.Picked(self.facet, v.value, was))
