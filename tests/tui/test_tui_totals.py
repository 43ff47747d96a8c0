"""The summary line under each table (issue 19): figures summed once per incident, tallies apart."""
from __future__ import annotations

from pathlib import Path

from tui.widgets.summary import SummaryLine
from tui_pilot import new_app, settle


def summary(app) -> SummaryLine:
    return app.current_pane().query_one(SummaryLine)


async def test_strike_totals_count_each_incident_once_and_keep_the_nationwide_tally_apart(incidents_db: Path) -> None:
    app = new_app(incidents_db)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        totals = summary(app).totals
        assert totals is not None and totals.rows == 5
        # Chuhuiv told twice (2 then 3 killed, 5 then 7 injured) counts once with its latest figures;
        # adding the rows would give 6 killed and 15 injured
        assert totals.places.incidents == 3
        assert totals.places.figures["killed"] == 4 and totals.places.figures["injured"] == 10
        # the air force's 58 launched / 41 shot down is a country-level tally, shown apart
        assert totals.tallies.incidents == 1
        assert totals.tallies.figures["launched"] == 58 and totals.tallies.figures["intercepted"] == 41
        assert totals.places.figures["launched"] is None
        text = str(summary(app).content)
        assert text == ("5 strikes · 3 incidents: killed 4 · injured 10 │ apart, 1 country/region tally: "
                        "launched 58 · intercepted 41")


async def test_strike_totals_follow_the_facets_and_the_search(incidents_db: Path) -> None:
    app = new_app(incidents_db)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        app.current_pane().pick("region", "Kharkiv Oblast")
        await settle(pilot)
        totals = summary(app).totals
        assert totals.rows == 3 and totals.places.incidents == 2
        assert totals.places.figures["killed"] == 4 and totals.places.figures["injured"] == 7
        assert totals.tallies.incidents == 0
        await pilot.press("x", "slash", *"iskander", "enter")
        await settle(pilot)
        totals = summary(app).totals
        assert totals.rows == 1 and totals.places.figures["injured"] == 3 and totals.places.figures["killed"] is None


async def test_incident_totals_and_plain_row_counts_elsewhere(incidents_db: Path) -> None:
    app = new_app(incidents_db)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await pilot.press("6")
        await settle(pilot)
        totals = summary(app).totals
        assert totals.rows == 4 and totals.places.incidents == 3 and totals.places.figures["killed"] == 4
        assert totals.tallies.figures["launched"] == 58
        await pilot.press("3")
        await settle(pilot)
        assert str(summary(app).content) == "4 quotes"
