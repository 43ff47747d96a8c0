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


def burst(app, *keys: str) -> None:
    """Queue keys the way one terminal read delivers them: all at once, no pause for the app to catch up.

    `pilot.press` waits for the app to go idle after every key, which hides races a fast typist
    (or `tmux send-keys`) hits.
    """
    from textual import events
    from textual.app import _character_to_key

    for key in keys:
        if len(key) == 1 and not key.isalnum():
            key = _character_to_key(key)
        event = events.Key(key, key if len(key) == 1 else None)
        event.set_sender(app)
        app._driver.send_message(event)
