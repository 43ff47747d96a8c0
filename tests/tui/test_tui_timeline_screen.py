"""Issue 18.11: the timeline shows weeks without strikes and counts in good English."""
from __future__ import annotations

from tui.screens.timeline import bars
from tui.timeline_buckets import regroup


def test_weeks_without_strikes_are_shown_as_empty() -> None:
    weeks = [("2025-03-03", 4, 2), ("2025-03-24", 1, 0)]
    filled = regroup(weeks, "week")
    assert [w for w, _, _ in filled] == ["2025-03-03", "2025-03-10", "2025-03-17", "2025-03-24"]
    assert filled[1] == ("2025-03-10", 0, 0)
    assert [d for d, _, _ in regroup([("2025-03-30", 1, 0), ("2025-04-01", 2, 1)], "day")] == [
        "2025-03-30", "2025-03-31", "2025-04-01"]


def test_one_strike_is_singular_and_an_empty_week_has_no_bar() -> None:
    text = bars(regroup([("2025-03-03", 1, 0), ("2025-03-17", 3, 1)], "week")).plain
    lines = text.splitlines()
    assert "1 strike " in lines[0] and "1 strikes" not in text
    assert "█" not in lines[1] and " 0 strikes" in lines[1]
    assert "3 strikes" in lines[2]
