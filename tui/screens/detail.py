"""A row in full: every field, then the report it came from, scrolled to the evidence and highlighted."""
from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

HIDDEN = {"text"}  # the report text is shown below, not as a field


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the non-empty lines of a report, so the evidence keeps its offsets."""
    out = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


class DetailScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "dismiss", "Back", id="detail.back"),
        Binding("j,down", "scroll_down", "Down", show=False, id="detail.down"),
        Binding("k,up", "scroll_up", "Up", show=False, id="detail.up"),
        # moving between records without closing (tui/record_nav.py)
        Binding("n", "app.detail_step(1)", "Next row", id="detail.next"),
        Binding("p", "app.detail_step(-1)", "Previous row", id="detail.previous"),
        Binding("i", "app.detail_incident", "Incident", id="detail.incident"),
        Binding("r", "app.detail_report_rows", "Report's rows", id="detail.report_rows"),
        Binding("s", "app.detail_speaker", "Speaker's quotes", id="detail.speaker"),
    ]

    def __init__(self, title: str, record: dict[str, Any], report: dict[str, Any] | None) -> None:
        super().__init__()
        self.heading = title
        self.record = record
        self.report = report

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="detail-body") as body:
            body.border_title = self.heading
            body.border_subtitle = "n/p next/previous row · escape/q back"
            yield Static(self._fields(), id="detail-fields", markup=False)
            if self.report:
                yield Static(self._report_head(), id="detail-report", markup=False)
                yield from self._text()

    def _fields(self) -> Text:
        out = Text()
        keys = [k for k in self.record if k not in HIDDEN and not k.startswith("report_")]
        width = max((len(k) for k in keys), default=0)
        for k in keys:
            v = self.record[k]
            out.append(f"{k:>{width}}  ", style="bold")
            out.append("" if v is None else str(v))
            out.append("\n")
        if self.record.get("text") and "speaker_id" in self.record:
            out.append(f"{'text':>{width}}  ", style="bold")
            out.append(str(self.record["text"]) + "\n")
        return out

    def _report_head(self) -> Text:
        r = self.report or {}
        out = Text()
        out.append(r.get("title") or "(untitled report)", style="bold")
        out.append("\n")
        where = (r.get("source"), r.get("published"), r.get("url") or r.get("path"))
        out.append(" · ".join(str(x) for x in where if x),
                   style="dim")
        return out

    def _evidence(self) -> tuple[int, int] | None:
        start, end = self.record.get("char_start"), self.record.get("char_end")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end:
            return start, end
        return None

    def _text(self) -> ComposeResult:
        text = (self.report or {}).get("text") or ""
        span = self._evidence()
        found = False
        for start, end in paragraphs(text):
            para = Text(text[start:end])
            classes = "para"
            if span and span[0] < end and span[1] > start:
                para.stylize("bold reverse", max(0, span[0] - start), min(end, span[1]) - start)
                classes += " evidence"
                if not found:
                    found = True
                    yield Static(para, classes=classes, id="evidence", markup=False)
                    continue
            yield Static(para, classes=classes, markup=False)

    def on_mount(self) -> None:
        self.call_after_refresh(self._scroll_to_evidence)

    def _scroll_to_evidence(self) -> None:
        hits = self.query("#evidence")
        if hits:
            hits.first().scroll_visible(top=True, animate=False)

    def action_scroll_down(self) -> None:
        self.query_one("#detail-body").scroll_down(animate=False)

    def action_scroll_up(self) -> None:
        self.query_one("#detail-body").scroll_up(animate=False)
