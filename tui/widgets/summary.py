"""The summary line under a pane's table: rows of the current view and, for strikes and
incidents, the killed / injured / launched / intercepted figures counted once per incident.

It runs its SQL on its own connection in a thread worker, so a slow sum never
holds up the table, the count or the facets, and a newer filter interrupts it.
"""
from __future__ import annotations

import sqlite3
from typing import Any

from textual import work
from textual.widgets import Static
from textual.worker import get_current_worker

from ..db import Connection
from ..panes import PaneSpec
from ..queries import Filters, Store
from ..totals import Totals, compute


class SummaryLine(Static):
    """One line: '1,234 strikes · 56 incidents: killed 78 · … │ + 3 country/region tallies, not added in: …'."""

    def __init__(self, store: Store, spec: PaneSpec, **kwargs: Any) -> None:
        super().__init__("", classes="summary", **kwargs)
        self.store = store
        self.spec = spec
        self.generation = 0
        self.totals: Totals | None = None
        self._conn: Connection | None = None

    def request(self, generation: int, filters: Filters) -> None:
        """Sum the view again for a new generation of the pane's filters."""
        self.generation = generation
        self.totals = None
        self.update("totals…")
        if self._conn is not None and self._conn.lock.locked():
            self._conn.conn.interrupt()
        self._compute(generation, filters)

    @work(thread=True, exclusive=True, group="summary", exit_on_error=False)
    def _compute(self, generation: int, filters: Filters) -> None:
        worker = get_current_worker()
        try:
            totals = self._retry(generation, filters)
            if totals is None:
                return
        except sqlite3.OperationalError as exc:
            if "interrupt" in str(exc):
                return
            self.app.call_from_thread(self._failed, generation, str(exc))
            return
        except Exception as exc:  # a bad database shows a message, never crashes the app
            self.app.call_from_thread(self._failed, generation, f"{type(exc).__name__}: {exc}")
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show, generation, totals)

    def _retry(self, generation: int, filters: Filters) -> Totals | None:
        """The pane interrupts background counts on every keystroke: try again while still current."""
        for attempt in range(3):
            if generation != self.generation:
                return None
            try:
                rows = self.store.count(self.spec, filters)
                if generation != self.generation:
                    return None
                if self._conn is None:
                    self._conn = Connection(self.store.path)
                with self._conn.lock:
                    return compute(self.store, self.spec, filters, self._conn.conn, rows)
            except sqlite3.OperationalError as exc:
                if "interrupt" not in str(exc) or attempt == 2:
                    raise
        return None

    def _show(self, generation: int, totals: Totals) -> None:
        if generation != self.generation:
            return
        self.totals = totals
        self.update(totals.describe(self.spec.title.lower()))

    def _failed(self, generation: int, message: str) -> None:
        if generation == self.generation:
            self.update(f"totals: {message}")

    def on_unmount(self) -> None:
        if self._conn is not None:
            self._conn.close()
