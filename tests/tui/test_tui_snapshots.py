"""Pictures of the main screens at 80x24 and 120x40 on the fixed database (pytest-textual-snapshot).

Regenerate with `pytest tests/tui/test_tui_snapshots.py --snapshot-update` after a deliberate UI change,
and look at the SVGs before committing them.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from tui.app import make_app


async def _settle(pilot) -> None:
    for inp in pilot.app.query(Input):
        inp.cursor_blink = False
    for _ in range(3):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def _app(path: Path):
    app = make_app(path)
    app.animation_level = "none"
    return app


def _keys(*keys: str):
    async def run_before(pilot) -> None:
        await _settle(pilot)
        for key in keys:
            await pilot.press(key)
            await _settle(pilot)
    return run_before


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_strikes_pane(snap_compare, fixture_db: Path, size: tuple[int, int]) -> None:
    assert snap_compare(_app(fixture_db), terminal_size=size, run_before=_keys())


def test_quotes_pane_searching(snap_compare, fixture_db: Path) -> None:
    assert snap_compare(_app(fixture_db), terminal_size=(120, 40), run_before=_keys("3", "slash", *"grid"))


def test_speakers_pane(snap_compare, fixture_db: Path) -> None:
    assert snap_compare(_app(fixture_db), terminal_size=(80, 24), run_before=_keys("4"))


def test_detail_with_evidence(snap_compare, fixture_db: Path) -> None:
    assert snap_compare(_app(fixture_db), terminal_size=(80, 24), run_before=_keys("j", "enter"))


def test_help(snap_compare, fixture_db: Path) -> None:
    assert snap_compare(_app(fixture_db), terminal_size=(120, 40), run_before=_keys("question_mark"))


def test_incidents_pane(snap_compare, incidents_db: Path) -> None:
    assert snap_compare(_app(incidents_db), terminal_size=(120, 40), run_before=_keys("6"))


def test_incident_detail(snap_compare, incidents_db: Path) -> None:
    # newest first: Kupiansk, Odesa, the nationwide tally of 2025-03-04, then the Chuhuiv attack (two reports)
    assert snap_compare(_app(incidents_db), terminal_size=(80, 24), run_before=_keys("6", "j", "j", "j", "enter"))
