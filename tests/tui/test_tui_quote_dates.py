"""The Quotes pane says when a quote was said (issue 19); without a date of its own, the report's, marked."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from tui_fixture import build
from tui_pilot import column, new_app, settle


async def test_a_quote_without_its_own_date_shows_the_reports_date_marked(tmp_path: Path) -> None:
    path = build(tmp_path / "incidents.db")
    conn = sqlite3.connect(path)
    # the ombudsman's words, reported without saying when they were said
    conn.execute("update quotes set date = null where text like 'We are ready%'")
    conn.commit()
    conn.close()
    app = new_app(path)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        pane = app.current_pane()
        dates = dict(zip(column(pane, "speaker"), column(pane, "date")))
        assert dates["Dmytro Lubinets"] == "2025-04-02 (report)"
        assert dates["Oleh Kiper"] == "2025-03-10"
