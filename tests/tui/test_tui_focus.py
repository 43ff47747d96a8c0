"""Issue 18, focus: tab stops a user can see, facets worked by keys, focus back on the table after a pick."""
from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from tui.screens.help import HelpScreen
from tui.widgets.facet_list import FacetList
from tui.widgets.row_table import RowTable
from tui_pilot import new_app, settle


async def test_every_tab_stop_is_a_widget_a_user_sees_and_works(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        stops = []
        for _ in range(9):
            await pilot.press("tab")
            stops.append(app.focused)
        kinds = [type(w).__name__ for w in stops]
        # no container (the sidebar's scroll area was a stop that showed nothing)
        assert set(kinds) == {"ContentTabs", "Input", "FacetList", "RowTable"}, kinds
        # the dates box comes right after the tab strip, then the facets
        assert isinstance(stops[1], Input) and isinstance(stops[2], FacetList)


async def test_enter_on_a_freshly_focused_facet_picks_the_highlighted_value(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = app.current_pane()
        attackers = pane.query_one("#facet-strikes-attacker", FacetList)
        await pilot.press("tab", "tab", "tab")
        assert app.focused is attackers
        first = attackers.values[0]
        await pilot.press("enter")
        await settle(pilot)
        assert pane.filters.value_of("attacker") == (True, first.value)
        assert isinstance(app.focused, RowTable)  # back to the rows the pick narrowed


async def test_j_and_k_move_in_a_facet(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = app.current_pane()
        weapons = pane.query_one("#facet-strikes-weapon", FacetList)
        weapons.focus()
        await pilot.pause()
        start = weapons.highlighted
        await pilot.press("j")
        assert weapons.highlighted == start + 1
        await pilot.press("k")
        assert weapons.highlighted == start
        await pilot.press("j", "enter")
        await settle(pilot)
        assert pane.filters.value_of("weapon") == (True, weapons.values[start + 1].value)
        assert app.focused is pane.table


async def test_escape_goes_back_to_the_table_and_the_help_says_so(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "tab", "tab")
        assert isinstance(app.focused, FacetList)
        await pilot.press("escape")
        assert app.focused is app.current_pane().table
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        text = " ".join(str(s.content) for s in app.screen.query("Static")) + str(app.screen.rows)
        assert "escape" in text.lower() and "back to the table" in text.lower()


async def test_a_pane_switch_puts_focus_on_the_new_table(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "tab")
        await pilot.press("3")
        await settle(pilot)
        assert app.focused is app.pane("quotes").table


async def test_at_80_columns_the_facets_fold_away_and_f_brings_them_back(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        pane = app.current_pane()
        sidebar = pane.query_one(".sidebar")
        assert not sidebar.region  # folded
        pane.set_sort("killed", True)
        await settle(pilot)
        header = "".join(seg.text for seg in pane.table.render_line(0))
        assert "Kill ↓" in header[: pane.table.region.width]  # on screen, the arrow whole
        await pilot.press("f")
        await settle(pilot)
        assert sidebar.region.width > 0
        await pilot.resize_terminal(160, 48)
        await settle(pilot)
        assert sidebar.region.width > 0
        await pilot.press("f")
        await settle(pilot)
        assert not sidebar.region  # the user's choice holds at any width


async def test_at_160_columns_the_facets_show(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert app.current_pane().query_one(".sidebar").region.width > 0
