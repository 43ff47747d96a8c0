"""Issue 18, labels that tell the truth: the footer, chips and status line, headers, palette, help."""
from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets._footer import FooterKey

from tui.panes import PANES
from tui.queries import Filters
from tui.widgets.facet_list import FacetList
from tui_pilot import new_app, settle


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
