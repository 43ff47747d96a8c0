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

from textual.command import CommandList, CommandPalette

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
            assert isinstance(app.screen, CommandPalette)
            assert app.screen.query_one(CommandList).highlighted == 0
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
