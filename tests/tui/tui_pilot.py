"""What the app tests share: starting the app for a pilot, waiting for its workers, reading the table."""
from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from tui.app import IncidentApp, make_app
from tui.widgets.pane_view import PaneView


async def settle(pilot) -> None:
    """Let every worker finish and the screen catch up: results arrive from threads in stages."""
    for _ in range(3):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def new_app(path: Path) -> IncidentApp:
    app = make_app(path)
    app.animation_level = "none"
    return app


def status(pane: PaneView) -> str:
    return str(pane.query_one(".status", Static).content)


def column(pane: PaneView, name: str) -> list:
    """Values of one column over the rows the table holds."""
    table = pane.table
    i = [c.name for c in table.columns].index(name)
    return [table.row_at(n)[2 + i] for n in range(table.total)]
