"""Timeline buckets (issue 19): d/w/m regroup days, weeks and months; empty ones stay as zeros; Incidents too."""
from __future__ import annotations

from pathlib import Path

from textual.widgets import Sparkline

from tui.screens.timeline import TimelineScreen
from tui.timeline_buckets import regroup
from tui_pilot import new_app, settle


async def test_d_w_m_regroup_the_strikes_timeline(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, TimelineScreen) and screen.unit == "day"
        # March 4 to April 2: 30 days on the axis, most of them empty
        assert len(screen.buckets) == 30 and screen.buckets[1] == ("2025-03-05", 0, 0)
        await pilot.press("w")
        await pilot.pause()
        assert screen.unit == "week"
        assert screen.buckets[0] == ("2025-03-03", 2, 2) and screen.buckets[1] == ("2025-03-10", 1, 0)
        assert screen.buckets[-1] == ("2025-03-31", 1, 1) and len(screen.buckets) == 5
        await pilot.press("m")
        await pilot.pause()
        assert screen.buckets == [("2025-03", 3, 2), ("2025-04", 1, 1)]
        assert list(screen.query_one("#spark-killed", Sparkline).data) == [2, 1]
        await pilot.press("d")
        await pilot.pause()
        assert screen.unit == "day" and len(screen.buckets) == 30


async def test_from_incidents_the_timeline_counts_incidents_and_their_latest_toll(incidents_db: Path) -> None:
    app = new_app(incidents_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("6")
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        screen = app.screen
        assert screen.what == "Incidents"
        await pilot.press("m")
        await pilot.pause()
        # March: the Chuhuiv attack (told twice, latest toll 3) and the nationwide tally and Odesa
        assert screen.buckets == [("2025-03", 3, 3), ("2025-04", 1, 1)]


def test_months_cross_the_year() -> None:
    days = [("2024-12-30", 1, 0), ("2025-02-01", 2, 5)]
    assert regroup(days, "month") == [("2024-12", 1, 0), ("2025-01", 0, 0), ("2025-02", 2, 5)]
    assert regroup(days, "week")[0] == ("2024-12-30", 1, 0)
