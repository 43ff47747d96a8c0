"""Strikes per day or week (count and killed) for the strikes pane's current filters."""
from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Sparkline, Static


def bars(buckets: list[tuple[str, int, int]], width: int = 40, what: str = "strikes") -> Text:
    """One line per bucket: date, a bar for the count, the count and the killed."""
    out = Text()
    biggest = max((n for _, n, _ in buckets), default=1) or 1
    for label, n, killed in buckets:
        out.append(f"{label}  ")
        out.append(f"{'█' * max(1, round(width * n / biggest)) if n else '·':<{width}}", style="green" if n else "dim")
        out.append(f" {n:>8,} {what[:-1] + ' ' if n == 1 else what}  ")
        out.append(f"{killed:>6,} killed\n", style="red" if killed else "dim")
    return out


class TimelineScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,t", "dismiss", "Back", id="timeline.back"),
        Binding("d", "unit('day')", "Days", id="timeline.days"),
        Binding("w", "unit('week')", "Weeks", id="timeline.weeks"),
        Binding("m", "unit('month')", "Months", id="timeline.months"),
    ]

    def __init__(self, unit: str, buckets: list[tuple[str, int, int]], filters_text: str, *,
                 daily: list[tuple[str, int, int]] | None = None, what: str = "Strikes", undated: int = 0) -> None:
        super().__init__()
        self.unit = unit
        self.buckets = buckets  # empty periods already there as zeros (timeline_buckets.regroup)
        self.filters_text = filters_text
        self.daily = daily  # per-day rows, regrouped by d/w/m (tui/timeline_buckets.py)
        self.what = what
        self.undated = undated

    def action_unit(self, unit: str) -> None:
        if self.daily is None or unit == self.unit:
            return
        from ..timeline_buckets import regroup

        self.unit = unit
        self.buckets = regroup(self.daily, unit)
        self.refresh(recompose=True)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="timeline-body") as body:
            body.border_title = f"{self.what} per {self.unit}" + (f" · {self.filters_text}" if self.filters_text else "")
            body.border_subtitle = "d/w/m days, weeks, months · escape back"
            if self.undated:
                yield Static(f"{self.undated:,} {self.what.lower()} without a date are not counted here.",
                             classes="spark-label")
            if not self.buckets:
                yield Static("No dated strikes under these filters.")
                return
            yield Static("count", classes="spark-label")
            yield Sparkline([n for _, n, _ in self.buckets], id="spark-count")
            yield Static("killed", classes="spark-label")
            yield Sparkline([k for _, _, k in self.buckets], id="spark-killed")
            yield Static(bars(self.buckets, what=self.what.lower()), id="timeline-bars", markup=False)
