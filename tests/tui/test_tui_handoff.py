"""Handing off (issue 19): copy a cell or row, open the report's URL, open the view in a viewer."""
from __future__ import annotations

from pathlib import Path

from tui import handoff
from tui_pilot import new_app, settle


async def test_copy_cell_and_row_to_the_clipboard_and_a_file(fixture_db: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("INCIDENTS_EXPORT_DIR", str(tmp_path))
    app = new_app(fixture_db)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await pilot.press("l", "l", "l", "c")  # the Location of the newest strike
        await pilot.pause()
        assert app.clipboard == "Kupiansk"
        assert (tmp_path / handoff.CLIPBOARD_FILE).read_text() == "Kupiansk"
        await pilot.press("C")
        await pilot.pause()
        titles, values = app.clipboard.splitlines()
        assert titles.split("\t")[:4] == ["Date", "Attacker", "Weapon", "Location"]
        assert values.split("\t")[:4] == ["2025-04-02", "Russia", "glide bomb", "Kupiansk"]


async def test_o_opens_the_reports_url(fixture_db: Path, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(handoff.webbrowser, "open", lambda url: opened.append(url) or True)
    app = new_app(fixture_db)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await pilot.press("j", "o")  # the Odesa strike, told by the Coast News report
        await settle(pilot)
        assert opened == ["https://example.org/coast/2"]


async def test_without_a_viewer_the_view_is_exported_and_the_notice_says_where(
        fixture_db: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("INCIDENTS_EXPORT_DIR", str(tmp_path))
    monkeypatch.setattr(handoff, "viewer", lambda: None)
    app = new_app(fixture_db)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await pilot.press("V")
        await settle(pilot)
        assert (tmp_path / "incidents-strikes.csv").exists()
        assert any("wrote 4 rows" in str(n.message) for n in app._notifications)
