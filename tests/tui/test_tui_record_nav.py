"""Moving between records from the detail view (issue 19): n/p in place, a strike's incident and report, a speaker's quotes."""
from __future__ import annotations

from pathlib import Path

from tui.screens.detail import DetailScreen
from tui.screens.incident import IncidentScreen
from tui_pilot import column, new_app, settle


async def test_n_and_p_walk_the_pane_without_closing_the_detail(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = app.current_pane()
        order = column(pane, "location")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DetailScreen) and app.screen.record["location"] == order[0]
        assert "row 1 of 4" in app.screen.heading
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, DetailScreen) and app.screen.record["location"] == order[1]
        assert "row 2 of 4" in app.screen.heading
        await pilot.press("n", "n")
        await settle(pilot)
        assert app.screen.record["location"] == order[3]
        await pilot.press("n")  # past the last row: stays, says so
        await settle(pilot)
        assert app.screen.record["location"] == order[3]
        await pilot.press("p")
        await settle(pilot)
        assert app.screen.record["location"] == order[2]
        await pilot.press("escape")
        await settle(pilot)
        # one detail view on the stack, and the table's cursor where reading stopped
        assert not isinstance(app.screen, DetailScreen) and pane.table.cursor_row == 2


async def test_from_a_strike_to_its_incident_and_to_the_rest_of_its_report(incidents_db: Path) -> None:
    app = new_app(incidents_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = app.current_pane()
        places = column(pane, "location")
        # the first report's Chuhuiv strike (the follow-up report's sorts before it)
        pane.table.cursor_row = len(places) - 1 - places[::-1].index("Chuhuiv")
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.record["location"] == "Chuhuiv" and app.screen.record["report_id"] == 1
        await pilot.press("i")
        await settle(pilot)
        assert isinstance(app.screen, IncidentScreen)
        await pilot.press("escape")
        await settle(pilot)
        report = app.screen.record["report_id"]
        await pilot.press("r")
        await settle(pilot)
        assert not isinstance(app.screen, DetailScreen)
        # the report of the Chuhuiv strike also gave the nationwide tally
        assert pane.filters.equals == (("report_id", report),)
        assert sorted(str(x) for x in column(pane, "location")) == ["Chuhuiv", "None"]
        assert "Drones hit energy sites" in pane.describe_filters()


async def test_from_a_quote_to_the_speakers_other_quotes(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        pane = app.current_pane()
        pane.table.cursor_row = column(pane, "speaker").index("Oleh Synehubov")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert not isinstance(app.screen, DetailScreen)
        assert column(pane, "speaker") == ["Oleh Synehubov", "Oleh Synehubov"]
        await pilot.press("enter", "i")  # a quote has no incident: a warning, the detail stays
        await settle(pilot)
        assert isinstance(app.screen, DetailScreen)
