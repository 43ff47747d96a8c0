"""The app through `App.run_test()`: panes, facets, search, detail, export, bad and empty databases."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Static

from tui.app import make_app
from tui.screens.detail import DetailScreen
from tui.screens.frequency import FrequencyScreen
from tui.screens.help import HelpScreen
from tui.screens.timeline import TimelineScreen
from tui.widgets.facet_list import FacetList
from tui_pilot import column, new_app, settle, status






@pytest.mark.parametrize("key,pane,rows", [("1", "strikes", 4), ("2", "negotiations", 2), ("3", "quotes", 4),
                                           ("4", "speakers", 3), ("5", "reports", 3)])
async def test_every_pane_opens(fixture_db: Path, key: str, pane: str, rows: int) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)
        current = app.current_pane()
        assert current.spec.key == pane
        assert current.table.total == rows
        assert f"of {rows}" in status(current)


@pytest.mark.parametrize("pane_key,facet,value,expected_col,expected", [
    ("strikes", "weapon", "drone", "location", {"Chuhuiv", None}),
    ("strikes", "region", "Odesa Oblast", "location", {"Odesa"}),
    ("strikes", "target", "residential", "location", {"Kupiansk"}),
    ("negotiations", "party", "Turkey", "venue", {"Istanbul"}),
    ("negotiations", "topic", "prisoner exchange", "venue", {"Geneva"}),
    ("quotes", "speaker", 1, "speaker", {"Oleh Synehubov"}),
    ("quotes", "medium", "interview", "speaker", {"Dmytro Lubinets"}),
])
async def test_each_facet_narrows_the_table(fixture_db: Path, pane_key: str, facet: str, value, expected_col: str,
                                            expected: set) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.action_pane(pane_key)
        await settle(pilot)
        pane = app.current_pane()
        before = pane.table.total
        facet_list = pane.query_one(f"#facet-{pane_key}-{facet}", FacetList)
        index = [v.value for v in facet_list.values].index(value)
        facet_list.focus()
        facet_list.highlighted = index
        await pilot.press("enter")
        await settle(pilot)
        assert pane.table.total < before
        assert set(column(pane, expected_col)) == expected
        assert "Filters:" in str(pane.query_one(".filters", Static).content)
        # picking the same value again drops the filter; x clears everything
        await pilot.press("x")
        await settle(pilot)
        assert pane.table.total == before


async def test_facet_pick_recounts_the_other_facets(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = app.current_pane()
        weapons = pane.query_one("#facet-strikes-weapon", FacetList)
        assert {v.value for v in weapons.values} == {"drone", "ballistic missile", "glide bomb"}
        pane.pick("region", "Kharkiv Oblast")
        await settle(pilot)
        assert {v.value: v.count for v in weapons.values} == {"drone": 1, "glide bomb": 1}


async def test_search_by_full_text_and_by_fuzzy_name(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        pane = app.current_pane()
        await pilot.press("slash", *"exchange")
        await settle(pilot)
        assert column(pane, "text") == ["We are ready to exchange all for all,"]
        await pilot.press("escape")
        await settle(pilot)
        assert pane.table.total == 4 and app.focused is pane.table
        await pilot.press("slash", *"synehubiv")  # misspelt: found by fuzzy name, not by words
        await settle(pilot)
        assert set(column(pane, "speaker")) == {"Oleh Synehubov"} and pane.table.total == 2


async def test_stale_search_result_never_paints_over_a_fresh_one(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        pane = app.current_pane()
        old = pane.generation
        await pilot.press("slash", *"grid")
        await settle(pilot)
        # a result computed for an earlier generation arrives late: it must be ignored
        pane._got_first_page(old, [], 0)
        assert column(pane, "text") == ["The enemy is again targeting our power grid,"]


async def test_detail_shows_the_evidence_in_the_report(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        pane = app.current_pane()
        pane.pick("location", "Odesa")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DetailScreen)
        evidence = app.screen.query_one("#evidence", Static)
        text = evidence.content
        highlighted = [text.plain[s.start:s.end] for s in text.spans if "reverse" in str(s.style)]
        assert highlighted == ["A Russian ballistic missile hit the port of Odesa on Monday evening, damaging a grain "
                               "terminal and injuring three dock workers."]
        fields = str(app.screen.query_one("#detail-fields", Static).content)
        assert "Iskander-M" in fields
        head = str(app.screen.query_one("#detail-report", Static).content)
        assert "Coast News" in head and "https://example.org/coast/2" in head
        await pilot.press("q")
        assert not isinstance(app.screen, DetailScreen)


async def test_speakers_pane_opens_their_quotes_in_date_order(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("4")
        await settle(pilot)
        assert column(app.current_pane(), "name")[0] == "Oleh Synehubov"
        await pilot.press("enter")
        await settle(pilot)
        quotes = app.current_pane()
        assert quotes.spec.key == "quotes"
        assert column(quotes, "date") == ["2025-03-03", "2025-03-04"]


async def test_fuzzy_speaker_picker_jumps_to_a_speaker(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        await pilot.press(*"kipper")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        pane = app.current_pane()
        assert pane.spec.key == "quotes" and set(column(pane, "speaker")) == {"Oleh Kiper"}


async def test_sort_keys_order_by_the_current_column(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = app.current_pane()
        await pilot.press("l", "l", "l")  # to Location
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert pane.sort == ("location", False)
        assert column(pane, "location") == [None, "Chuhuiv", "Kupiansk", "Odesa"]
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert column(pane, "location") == ["Odesa", "Kupiansk", "Chuhuiv", None]


async def test_frequency_of_the_current_column_filters_on_enter(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = app.current_pane()
        await pilot.press("l")  # Attacker
        await pilot.press("l")  # Weapon
        await pilot.press("F")
        await settle(pilot)
        assert isinstance(app.screen, FrequencyScreen)
        assert app.screen.values[0].value == "drone" and app.screen.values[0].count == 2
        await pilot.press("enter")
        await settle(pilot)
        assert set(column(pane, "weapon")) == {"drone"}


async def test_export_writes_the_file_and_says_where(fixture_db: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INCIDENTS_EXPORT_DIR", str(tmp_path))
    app = new_app(fixture_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)
        await pilot.press("e", "j")
        await settle(pilot)
        written = tmp_path / "incidents-negotiations.json"
        rows = json.loads(written.read_text(encoding="utf-8"))
        assert {r["venue"] for r in rows} == {"Istanbul", "Geneva"}
        messages = [n.message for n in app._notifications]
        assert any(str(written) in m for m in messages)


async def test_timeline_counts_strikes_and_killed(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, TimelineScreen)
        assert app.screen.unit == "day"
        assert [b for b in app.screen.buckets if b[1]] == [("2025-03-04", 2, 2), ("2025-03-10", 1, 0), ("2025-04-02", 1, 1)]


async def test_help_lists_the_bindings_with_their_ids(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        ids = {r[2] for r in app.screen.rows}
        assert {"search.open", "export", "frequency", "table.first", "table.last", "pane.speakers"} <= ids


async def test_keys_can_be_remapped_by_binding_id(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.set_keymap({"pane.quotes": "ctrl+q,w"})
        await pilot.press("w")
        await settle(pilot)
        assert app.current_pane().spec.key == "quotes"


async def test_empty_database_says_how_to_ingest(empty_db: Path) -> None:
    app = new_app(empty_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        banner = str(app.query_one("#banner", Static).content)
        assert "incidents ingest PATH --db" in banner and str(empty_db) in banner
        assert "no rows" in status(app.current_pane())


def test_bad_files_do_not_build_an_app(foreign_db: Path) -> None:
    from tui.db import DatabaseProblem

    with pytest.raises(DatabaseProblem, match="not one written by incident-browser"):
        make_app(foreign_db)


async def test_palette_jumps_to_a_speaker_and_to_a_place(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"Lubinets")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        pane = app.current_pane()
        assert pane.spec.key == "quotes" and set(column(pane, "speaker")) == {"Dmytro Lubinets"}
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"Place: Chuhuiv")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        pane = app.current_pane()
        assert pane.spec.key == "strikes" and column(pane, "location") == ["Chuhuiv"]


async def test_table_keys_move_through_a_window_bigger_than_the_screen(tmp_path: Path) -> None:
    """450 rows in pages of 200: G loads the last page, g comes back, and the status shows the window."""
    import sqlite_utils

    from parsers import schema

    path = tmp_path / "many.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    db["reports"].insert({"id": 1, "sha256": "m", "text": "Shelling hit the district again.",
                          "published": "2025-02-01"})
    db["strikes"].insert_all([{"report_id": 1, "date": f"2025-01-{1 + i % 28:02d}", "location": f"Village {i:03d}",
                               "char_start": 0, "char_end": 5, "sentence": "Shelling"} for i in range(450)],
                             columns=schema.STRIKES)
    db.close()
    app = new_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        pane = app.current_pane()
        assert pane.table.total == 450 and "of 450" in status(pane)
        await pilot.press("G")
        await settle(pilot)
        assert pane.table.cursor_row == 449 and pane.table.current_row is not None
        assert "row 450" in status(pane)
        await pilot.press("k", "k")
        assert pane.table.cursor_row == 447
        await pilot.press("g")
        await settle(pilot)
        assert pane.table.cursor_row == 0 and "rows 1–" in status(pane)


async def test_date_range_narrows_strikes_and_the_timeline(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = app.current_pane()
        dates = pane.query_one("#dates-strikes")
        dates.focus()
        await pilot.press(*"2025-03-05..2025-04", "enter")
        await settle(pilot)
        assert column(pane, "date") == ["2025-04-02", "2025-03-10"]
        assert "dates 2025-03-05..2025-04" in str(pane.query_one(".filters", Static).content)
        await pilot.press("t")
        await settle(pilot)
        assert [b for b in app.screen.buckets if b[1]] == [("2025-03-10", 1, 0), ("2025-04-02", 1, 1)]


def test_cells_read_as_one_line() -> None:
    from tui.widgets.row_table import cell_text

    assert cell_text('["Ukraine", "Turkey"]') == "Ukraine, Turkey"
    assert cell_text("Two people were killed\nin Chuhuiv") == "Two people were killed in Chuhuiv"
    assert cell_text(None) == "" and cell_text(41) == "41"


async def test_panes_draw_under_the_terminal_colour_theme(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    app.theme = "ansi-dark"
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.current_pane().table.total == 4
