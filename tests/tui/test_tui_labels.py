"""Issue 18, labels that tell the truth: the footer, chips and status line, headers, palette, help."""
from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Static
from textual.widgets._footer import FooterKey

from tui.panes import PANES
from tui.queries import Filters
from tui.widgets.facet_list import FacetList
from tui_pilot import new_app, settle, status


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_the_footer_shows_the_keys_a_new_user_cannot_guess(fixture_db: Path, size) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        shown = {k.key for k in app.screen.query(FooterKey)
                 if k.region.width and k.region.right <= size[0]}
        for key in ("slash", "n", "N", "left_square_bracket", "right_square_bracket", "f", "tab", "e",
                    "question_mark"):
            assert key in shown, (key, sorted(shown))


async def test_a_speaker_picked_outside_the_facets_top_values_shows_by_name(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        facet = app.store.facet
        app.store.facet = lambda spec, f, filters, limit=1: facet(spec, f, filters, limit=1)  # top value only
        speakers = app.store.names(PANES["speakers"])
        top = app.store.facet(PANES["quotes"], PANES["quotes"].facets[0], Filters())[0].value
        name, sid = next((label, sid) for label, sid in speakers if sid != top)
        app.show_speaker(sid, name)
        await settle(pilot)
        facet_list = app.pane("quotes").query_one("#facet-quotes-speaker", FacetList)
        first = str(facet_list.get_option_at_index(0).prompt)
        assert first.startswith(f"✓ {name}"), first


async def test_chips_and_status_use_the_column_titles(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        app.go_to_place("Odesa")  # as the palette's "Place: Odesa" does
        await settle(pilot)
        pane = app.pane("strikes")
        assert "Location=Odesa" in pane.describe_filters()
        await pilot.press("6")
        await settle(pilot)
        incidents = app.current_pane()
        incidents.set_sort("report_count", True)
        await settle(pilot)
        text = status(incidents)
        assert "sorted by Reports ↓" in text and "report_count" not in text


async def test_a_speaker_found_by_alias_is_named_as_in_the_facet(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        names = app.store.names(PANES["speakers"])
        canonical = {}
        for label, sid in names:
            canonical.setdefault(sid, label)
        alias, sid = next(((label, sid) for label, sid in names if label != canonical[sid]), (None, None))
        if alias is None:
            pytest.skip("the fixture has no speaker with an alias")
        app.show_speaker(sid, alias)
        await settle(pilot)
        assert f"Speaker={canonical[sid]}" in app.pane("quotes").describe_filters()


@pytest.mark.parametrize("key", ["killed", "injured", "launched", "intercepted"])
async def test_the_sort_arrow_shows_on_narrow_numeric_headers(fixture_db: Path, key: str) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(200, 30)) as pilot:
        await settle(pilot)
        pane = app.current_pane()
        for desc, arrow in ((True, "↓"), (False, "↑")):
            pane.set_sort(key, desc)
            await settle(pilot)
            header = "".join(seg.text for seg in pane.table.render_line(0))
            col = next(c for c in pane.table.columns if c.key == key)
            x = sum(c.width + 1 for c in pane.table.columns[:pane.table.columns.index(col)])
            assert arrow in header[x:x + col.width], header[x:x + col.width]


async def test_the_dates_box_always_shows_the_range_in_force(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = app.current_pane()
        dates = pane.query_one("#dates-strikes", Input)
        dates.focus()
        await pilot.press(*"2025-03", "enter")
        await settle(pilot)
        applied = (pane.filters.date_from, pane.filters.date_to)
        assert applied[0] and applied[0].startswith("2025-03")
        kept = dates.value
        dates.focus()
        dates.value = ""
        await pilot.press(*"last week", "enter")  # not a range: the filter stays, and so does its text
        await settle(pilot)
        assert (pane.filters.date_from, pane.filters.date_to) == applied and dates.value == kept
        # text typed and left without enter goes back to the range in force
        dates.value = "2024"
        await pilot.press("escape")
        await settle(pilot)
        assert dates.value == kept and (pane.filters.date_from, pane.filters.date_to) == applied


async def test_a_huge_paste_keeps_the_filter_line_to_one_line(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        pane = app.current_pane()
        await pilot.press("slash")
        pane.search_input.insert_text_at_cursor("drone strike " * 385)  # ~5,000 characters
        await settle(pilot)
        bar = pane.query_one(".filters", Static)
        assert bar.region.height == 1
        assert pane.table.region.height >= 10


def test_the_role_facet_folds_case(fixture_db: Path, tmp_path: Path) -> None:
    import shutil
    import sqlite3

    from tui.queries import Store

    db = tmp_path / "roles.db"
    shutil.copy(fixture_db, db)
    conn = sqlite3.connect(db)
    conn.execute("update speakers set role = 'Regional governor' where id = 1")
    conn.execute("update speakers set role = 'regional governor' where id = 3")
    conn.commit()
    conn.close()
    store = Store(db)
    try:
        spec = PANES["speakers"]
        roles = store.facet(spec, spec.facets[0], Filters())
        governors = [v for v in roles if v.value.lower() == "regional governor"]
        assert len(governors) == 1 and governors[0].count == 2
        picked = Filters().with_value("role", governors[0].value)
        assert store.count(spec, picked) == 2
    finally:
        store.close()
