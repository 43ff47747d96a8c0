"""`s`: a fuzzy picker (rapidfuzz) that jumps to a speaker's quotes."""
from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

if TYPE_CHECKING:
    from ..queries import Store


class SpeakerPicker(ModalScreen[tuple[int, str] | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss_none", "Cancel", id="picker.cancel"),
        Binding("down", "down", "Down", show=False, id="picker.down"),
        Binding("up", "up", "Up", show=False, id="picker.up"),
    ]

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.hits: list[tuple[str, int, float]] = []
        self.generation = 0

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-body") as body:
            body.border_title = "Jump to speaker"
            yield Input(placeholder="type a name (fuzzy)", id="picker-input")
            yield OptionList(id="picker-list")

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        self._rank(self.generation, "")

    @on(Input.Changed, "#picker-input")
    def _changed(self, event: Input.Changed) -> None:
        self.generation += 1
        self._rank(self.generation, event.value)

    @work(thread=True, exclusive=True, group="picker", exit_on_error=False)
    def _rank(self, generation: int, text: str) -> None:
        hits = self.store.speakers_ranked(text)
        if not get_current_worker().is_cancelled and generation == self.generation:
            self.app.call_from_thread(self._show, generation, hits)

    def _show(self, generation: int, hits: list[tuple[str, int, float]]) -> None:
        if generation != self.generation:
            return
        self.hits = hits
        lst = self.query_one(OptionList)
        lst.clear_options()
        lst.add_options([Option(label) for label, _, _ in hits])
        if hits:
            lst.highlighted = 0

    @on(Input.Submitted, "#picker-input")
    def _submitted(self) -> None:
        lst = self.query_one(OptionList)
        if self.hits and lst.highlighted is not None:
            label, sid, _ = self.hits[lst.highlighted]
            self.dismiss((sid, label))

    @on(OptionList.OptionSelected, "#picker-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        label, sid, _ = self.hits[event.option_index]
        self.dismiss((sid, label))

    def action_down(self) -> None:
        self.query_one(OptionList).action_cursor_down()

    def action_up(self) -> None:
        self.query_one(OptionList).action_cursor_up()

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
