"""The preview strip (issue 19): the highlighted row's whole quote or evidence, following j/k; `p` toggles it."""
from __future__ import annotations

from pathlib import Path

from tui.widgets.preview import PreviewStrip
from tui_pilot import column, new_app, settle


def preview(app) -> PreviewStrip:
    return app.current_pane().query_one(PreviewStrip)


async def test_preview_follows_the_cursor_with_the_whole_evidence(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        pane = app.current_pane()
        places = column(pane, "location")
        # newest first: Kupiansk, Odesa, then the two strikes of March 4
        assert places[0] == "Kupiansk"
        assert preview(app).text == "Overnight, a glide bomb attack on Kupiansk killed one man, police said."
        await pilot.press("j")
        await settle(pilot)
        assert preview(app).text.startswith("A Russian ballistic missile hit the port of Odesa")
        assert preview(app).text.endswith("injuring three dock workers.")  # not cut at a column's width
        await pilot.press("k")
        await settle(pilot)
        assert "Kupiansk" in preview(app).text


async def test_preview_shows_the_whole_quote_and_p_hides_it(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        strip = preview(app)
        assert strip.text == "Dmytro Lubinets (2025-04-02): “We are ready to exchange all for all,”"
        assert strip.display and strip.region.height >= 1
        await pilot.press("p")
        await pilot.pause()
        assert strip.region.height == 0
        await pilot.press("p")
        await pilot.pause()
        assert strip.region.height >= 1
