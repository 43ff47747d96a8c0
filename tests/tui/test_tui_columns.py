"""Column control (issue 19): hide the current column, show all again, narrow and widen."""
from __future__ import annotations

from pathlib import Path

from tui_pilot import new_app, settle


def header(app) -> str:
    table = app.current_pane().table
    return "".join(seg.text for seg in table.render_line(0))


async def test_hide_show_and_resize_columns(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        table = app.current_pane().table
        assert "Attacker" in header(app)
        await pilot.press("l")  # Attacker
        assert table.current_column.name == "attacker"
        await pilot.press("minus")
        await pilot.pause()
        assert "Attacker" not in header(app) and table.current_column.name == "weapon"
        assert header(app).startswith("Date ↓     Weapon")  # no gap where the column was
        await pilot.press("h")  # the cursor skips the hidden column
        assert table.current_column.name == "date"
        await pilot.press("l")
        assert table.current_column.name == "weapon"
        width = table.current_column.width
        await pilot.press("greater_than_sign", "greater_than_sign")
        assert table.current_column.width == width + 8
        await pilot.press("less_than_sign")
        assert table.current_column.width == width + 4
        await pilot.press("plus")
        await pilot.pause()
        assert "Attacker" in header(app) and table.current_column.width == width
        # rows still line up with their columns after hiding
        await pilot.press("minus")  # Weapon again
        await pilot.pause()
        row = "".join(seg.text for seg in table.render_line(1))
        assert row.startswith("2025-04-02 Russia    Kupiansk")
