"""Issue 18: keys typed fast never crash the app or land in the wrong place; a crash says where its traceback is.

Keys go in with `burst` (one terminal read, no waiting) where the race needs it, and with
the pauses a quick typist leaves between keys.
"""
from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from textual.command import CommandPalette

from tui.screens.timeline import TimelineScreen

from tui_pilot import burst, new_app, settle


async def test_palette_page_keys_right_after_down_do_not_crash(fixture_db: Path) -> None:
    # ctrl+p ↓ PageUp in one burst raised KeyError in OptionList._move_page and ended the app
    for gap in (0, 0.01, 0.05):
        app = new_app(fixture_db)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            burst(app, "ctrl+p")
            await asyncio.sleep(gap)
            burst(app, "down", "pageup", "pagedown", "pageup")
            await pilot.pause(0.3)
            await settle(pilot)
            assert isinstance(app.screen, CommandPalette) and app.is_running
            await pilot.press("escape")  # every key handled before the test closes the app
            assert not isinstance(app.screen, CommandPalette)
        assert app.return_code in (None, 0)


def test_an_unhandled_exception_exits_non_zero_with_one_line(fixture_db: Path, tmp_path: Path) -> None:
    script = textwrap.dedent(f"""
        import sys
        from tui import __main__ as entry
        from tui.app import IncidentApp

        run = IncidentApp.run
        IncidentApp.run = lambda self, **kw: run(self, headless=True, size=(80, 24))
        mount = IncidentApp.on_mount
        def broken(self):
            mount(self)
            raise RuntimeError("a fault planted by the test")
        IncidentApp.on_mount = broken
        sys.exit(entry.main([{str(fixture_db)!r}]))
    """)
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=env,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 1
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    assert "RuntimeError: a fault planted by the test" in lines[0]
    written = list(tmp_path.glob("incident-browser-crash-*.txt"))
    assert len(written) == 1 and str(written[0]) in lines[0]
    assert "Traceback" in written[0].read_text() and "broken" in written[0].read_text()


async def _search_box_gets(app, pilot, *steps) -> None:
    """Run (keys, seconds) steps: each `keys` arrives in one burst, then the typist pauses."""
    for keys, gap in steps:
        burst(app, *keys)
        await asyncio.sleep(gap)
    await settle(pilot)


@pytest.mark.parametrize("steps", [
    # the sequence: a search cleared by escape, a short pause, `/`, then the word 0.3 s later
    [(["slash", *"kyiv", "escape"], 0.4), (["slash"], 0.3), (list("tank"), 0)],
    # all of it in one read, as from a paste or tmux send-keys
    [(["slash", *"kyiv", "escape", "slash", *"tank"], 0)],
    # `/` and the word together
    [(["slash", *"tank"], 0)],
])
async def test_keys_typed_after_slash_land_in_the_search_box(fixture_db: Path, steps) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await _search_box_gets(app, pilot, *steps)
        pane = app.current_pane()
        assert not isinstance(app.screen, TimelineScreen)
        assert app.focused is pane.search_input
        assert pane.search_input.value == "tank"
        assert pane.filters.search == "tank"


async def test_quit_key_typed_after_slash_is_text(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await _search_box_gets(app, pilot, (["slash", "q", "3"], 0))
        assert app.is_running and app.current_pane().search_input.value == "q3"


async def test_keys_after_escape_and_enter_go_to_the_table(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = app.current_pane()
        # escape clears what was typed before it, the j after it moves the table
        await _search_box_gets(app, pilot, (["slash", *"kyiv", "escape", "j"], 0))
        assert pane.search_input.value == "" and pane.filters.search == ""
        assert app.focused is pane.table and pane.table.cursor_row == 1
        # enter keeps the search; the key after it is the table's
        await _search_box_gets(app, pilot, (["slash", *"odesa", "enter", "e"], 0))
        assert pane.filters.search == "odesa" and pane.search_input.value == "odesa"
        assert app.focused is not pane.search_input
