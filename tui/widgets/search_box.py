"""The search box above the table, which only takes keys while it is open.

Textual routes a key to the widget focused when the app reads it, so keys a
fast typist sends just before escape can reach the box after escape has closed
it. Escape clears everything typed before it, so the closed box drops them
instead of quietly searching for them.
"""
from __future__ import annotations

from textual import events
from textual.widgets import Input


class SearchBox(Input):
    @property
    def is_open(self) -> bool:
        return self.has_class("open")

    async def _on_key(self, event: events.Key) -> None:
        if not self.is_open:
            event.stop()
            event.prevent_default()
            return
        await super()._on_key(event)
