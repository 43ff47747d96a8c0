"""`:` — the read-only SQL prompt (issue 19): results in the pane table, one-line errors, export, nothing written."""
from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from textual.widgets import Static

from tui.screens.sql import SqlScreen
from tui_pilot import new_app, settle


def sql_status(screen: SqlScreen) -> str:
    return str(screen.query_one("#sql-status", Static).content)


def cells(screen: SqlScreen) -> list[tuple]:
    table = screen.table
    return [table.row_at(i)[2:] for i in range(table.total)]


async def run(pilot, query: str) -> SqlScreen:
    screen = pilot.app.screen
    screen.query_one("#sql-input").value = ""
    await pilot.press(*query, "enter")
    await settle(pilot)
    return screen


async def test_a_query_shows_in_a_table_with_the_panes_keys(fixture_db: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("INCIDENTS_EXPORT_DIR", str(tmp_path))
    app = new_app(fixture_db)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("colon")
        await settle(pilot)
        assert isinstance(app.screen, SqlScreen)
        screen = await run(pilot, "select weapon, count(*) as n from strikes group by weapon order by weapon")
        assert [c.title for c in screen.table.columns] == ["weapon", "n"]
        assert cells(screen) == [("ballistic missile", 1), ("drone", 2), ("glide bomb", 1)]
        assert sql_status(screen).startswith("3 rows")
        await pilot.press("escape", "l", "right_square_bracket")  # to the table, column n, sort descending
        await settle(pilot)
        assert cells(screen)[0] == ("drone", 2) and "sorted by n ↓" in sql_status(screen)
        await pilot.press("j")
        assert screen.table.cursor_row == 1
        await pilot.press("e", "c")
        await settle(pilot)
        written = list(csv.reader((tmp_path / "incidents-sql.csv").open()))
        assert written[0] == ["weapon", "n"] and written[1] == ["drone", "2"] and len(written) == 4
        await pilot.press("q")
        await pilot.pause()
        assert not isinstance(app.screen, SqlScreen)


async def test_errors_are_one_line_and_nothing_can_be_written(fixture_db: Path) -> None:
    before = sqlite3.connect(fixture_db).execute("select count(*) from strikes").fetchone()[0]
    app = new_app(fixture_db)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("colon")
        screen = await run(pilot, "select place from nowhere")
        assert sql_status(screen) == "error: no such table: nowhere"
        screen = await run(pilot, "delete from strikes")
        assert sql_status(screen).startswith("error: attempt to write a readonly database")
        screen = await run(pilot, "create temp table t (x)")
        assert sql_status(screen).startswith("error:")
        screen = await run(pilot, "pragma table_info(speakers)")  # not a select: shown unpaged
        assert "name" in [row[1] for row in cells(screen)]
    assert sqlite3.connect(fixture_db).execute("select count(*) from strikes").fetchone()[0] == before


async def test_a_long_result_pages_like_a_pane(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("colon")
        screen = await run(pilot, "with recursive n(i) as (select 1 union all select i + 1 from n where i < 1000) "
                                  "select i, i * i as sq from n")
        assert screen.table.total == 1000 and sql_status(screen).startswith("1,000 rows")
        await pilot.press("escape", "G")
        await settle(pilot)
        assert screen.table.current_row[2:] == (1000, 1_000_000)
