"""One incident: where and when, the spread of its figures, and every report that told it.

Outlets disagree on the numbers of the same attack; this screen shows each
report's own figures side by side with the evidence sentence, so a reader can
see who said what before trusting the lowest, highest or latest. `enter` on a
report opens that strike with its evidence highlighted in the report text.
"""
from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

COUNTS = ("launched", "intercepted", "killed", "injured")


def _n(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _place(rec: dict[str, Any]) -> str:
    return ", ".join(str(x) for x in (rec.get("location"), rec.get("region"), rec.get("country")) if x) or "?"


def spread_table(rec: dict[str, Any]) -> Text:
    """lowest / highest / latest reported for each figure that any report gave."""
    out = Text()
    rows = [(c, rec.get(f"{c}_min"), rec.get(f"{c}_max"), rec.get(f"{c}_latest")) for c in COUNTS]
    rows = [r for r in rows if r[1] is not None or r[2] is not None]
    if not rows:
        return Text("No report gave a figure.", style="dim")
    out.append(f"{'':<12}{'lowest':>8}{'highest':>9}{'latest':>8}\n", style="bold")
    for name, lo, hi, latest in rows:
        line = Text(f"{name:<12}{lo if lo is not None else '':>8}{hi if hi is not None else '':>9}"
                    f"{latest if latest is not None else '':>8}")
        if lo != hi:
            line.append("   reports differ", style="bold")
        out.append(line)
        out.append("\n")
    out.rstrip()
    return out


def member_text(m: dict[str, Any], rec: dict[str, Any]) -> Text:
    """One report: date, source and title; its figures (those that differ from another report in bold); evidence."""
    out = Text()
    out.append(str(m.get("published") or "undated"), style="bold")
    out.append(f"  {m.get('source') or '(unknown source)'}", style="bold")
    out.append(f"  {m.get('title') or '(untitled report)'}\n")
    figures = []
    for c in COUNTS:
        v = m.get(c)
        if v is None:
            continue
        differs = rec.get(f"{c}_min") != rec.get(f"{c}_max")
        figures.append(Text(f"{c} {v}", style="bold reverse" if differs else ""))
    line = Text("  ")
    line.append_text(Text("  ·  ").join(figures) if figures else Text("no figures", style="dim"))
    extra = " · ".join(str(x) for x in (m.get("date"), m.get("location") or m.get("region"),
                                         m.get("weapon_detail") or m.get("weapon"), m.get("claimed_by")) if x)
    if extra:
        line.append(f"   ({extra})", style="dim")
    out.append_text(line)
    out.append("\n  ")
    out.append(f"“{' '.join(str(m.get('sentence') or '').split())}”", style="italic")
    return out


class IncidentScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "dismiss", "Back", id="incident.back"),
    ]

    def __init__(self, record: dict[str, Any], members: list[dict[str, Any]]) -> None:
        super().__init__()
        self.record = record
        self.members = members

    def compose(self) -> ComposeResult:
        rec = self.record
        with Vertical(id="incident-body") as body:
            body.border_title = f"Incident {rec.get('id')}"
            body.border_subtitle = "enter opens a report's strike · escape/q back"
            yield Static(self._head(), id="incident-head", markup=False)
            yield Static(spread_table(rec), id="incident-spread", markup=False)
            n = len(self.members)
            yield Static(Text(f"{_n(n, 'report')}, first published first; "
                              "figures that differ between reports are highlighted", style="dim"),
                         classes="incident-caption", markup=False)
            options: list[Option | None] = []
            for m in self.members:
                if options:
                    options.append(None)  # a rule between reports
                options.append(Option(member_text(m, rec), id=str(m["id"])))
            yield OptionList(*options, id="incident-reports")

    def _head(self) -> Text:
        rec = self.record
        out = Text()
        out.append(f"{rec.get('date') or 'undated'}  ", style="bold")
        what = " ".join(str(x) for x in (rec.get("attacker"), rec.get("weapon")) if x) or "strike"
        out.append(f"{what} — {_place(rec)}")
        if rec.get("target"):
            out.append(f" — target: {rec['target']}")
        out.append("\n")
        out.append(f"{_n(rec.get('report_count') or 0, 'report')}, {_n(rec.get('strike_count') or 0, 'strike')}",
                   style="dim")
        if rec.get("sources"):
            out.append(f" · sources: {rec['sources'].replace(',', ', ')}", style="dim")
        if rec.get("first_published"):
            out.append(f" · published {rec['first_published']}", style="dim")
            if rec.get("last_published") and rec["last_published"] != rec["first_published"]:
                out.append(f" to {rec['last_published']}", style="dim")
        return out

    def on_mount(self) -> None:
        self.query_one("#incident-reports", OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.app.open_record("strikes", int(event.option.id))  # type: ignore[attr-defined]
