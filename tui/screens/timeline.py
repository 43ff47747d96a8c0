"""Strikes per day or week (count and killed) for the strikes pane's current filters."""
from __future__ import annotations

import datetime as dt
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Sparkline, Static


def with_empty_buckets(unit: str, buckets: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Every day or week from the first bucket to the last, those without strikes as 0, so time reads true."""
    if len(buckets) < 2:
        return buckets
    step = dt.timedelta(days=7 if unit == "week" else 1)
    have = {label: (n, k) for label, n, k in buckets}
    day, last = dt.date.fromisoformat(buckets[0][0]), dt.date.fromisoformat(buckets[-1][0])
    out = []
    while day <= last:
        n, k = have.get(day.isoformat(), (0, 0))
        out.append((day.isoformat(), n, k))
        day += step
    return out


def bars(buckets: list[tuple[str, int, int]], width: int = 40) -> Text:
    """One line per bucket: date, a bar for the count, the count and the killed."""
    out = Text()
    biggest = max((n for _, n, _ in buckets), default=1) or 1
    for label, n, killed in buckets:
        out.append(f"{label}  ")
        out.append(f"{'█' * round(width * n / biggest) if n else '·':<{width}}", style="green" if n else "dim")
        out.append(f" {n:>8,} {'strike ' if n == 1 else 'strikes'}  ")
        out.append(f"{killed:>6,} killed\n", style="red" if killed else "dim")
    return out


class TimelineScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,t", "dismiss", "Back", id="timeline.back"),
    ]

    def __init__(self, unit: str, buckets: list[tuple[str, int, int]], filters_text: str) -> None:
        super().__init__()
        self.unit = unit
        self.buckets = with_empty_buckets(unit, buckets)
        self.filters_text = filters_text

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="timeline-body") as body:
            body.border_title = f"Strikes per {self.unit}" + (f" · {self.filters_text}" if self.filters_text else "")
            body.border_subtitle = "escape back"
            if not self.buckets:
                yield Static("No dated strikes under these filters.")
                return
            yield Static("count", classes="spark-label")
            yield Sparkline([n for _, n, _ in self.buckets], id="spark-count")
            yield Static("killed", classes="spark-label")
            yield Sparkline([k for _, _, k in self.buckets], id="spark-killed")
            yield Static(bars(self.buckets), id="timeline-bars", markup=False)
