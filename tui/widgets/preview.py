"""The preview strip under the table: the highlighted row's whole quote or evidence sentence, wrapped.

A quote cut at 60 columns cannot be read in the table; opening each row to read
it breaks the rhythm of j/k. The strip follows the cursor instead. Quotes carry
their text in the row; for the other panes the evidence sentence is one lookup
by primary key, run in a worker so holding j never waits on it.
"""
from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import work
from textual.widgets import Static
from textual.worker import get_current_worker

from ..panes import PaneSpec
from ..queries import Store
from .row_table import RowTable, cell_text

# The statement that gives one row's evidence, by pane; `?` is the row id.
EVIDENCE_SQL = {
    "strikes": "select sentence from strikes where id = ?",
    "negotiations": "select sentence from negotiations where id = ?",
    "quotes": "select coalesce(sentence, text) from quotes where id = ?",
    "reports": "select coalesce(url, '') || char(10) || substr(text, 1, 400) from reports where id = ?",
    # an incident: the sentence of the report that told it last
    "incidents": "select s.sentence from strikes s join reports r on r.id = s.report_id where s.incident_id = ? "
                 "order by r.published desc, s.id desc limit 1",
}


class PreviewStrip(Static):
    """Wrapped text of the row under the cursor; `p` hides and shows it."""

    def __init__(self, store: Store, spec: PaneSpec, **kwargs: Any) -> None:
        super().__init__("", classes="preview", **kwargs)
        self.store = store
        self.spec = spec
        self.row_id: int | None = None
        self.text = ""

    def follow(self, table: RowTable) -> None:
        """Show the row under the table's cursor (or wait for its page to arrive)."""
        row = table.current_row
        if row is None:
            if table.total:
                self.set_timer(0.1, lambda: self.follow(table))
            else:
                self.row_id = None
                self._set("")
            return
        if row[0] == self.row_id:
            return
        self.row_id = row[0]
        cells = {c.name: row[i + 2] for i, c in enumerate(table.columns)}
        head = self._head(cells)
        if self.spec.key == "speakers":
            self._set(" · ".join(cell_text(cells.get(k)) for k in ("name", "role", "affiliation") if cells.get(k)))
            return
        if self.spec.key == "quotes" and cells.get("text"):
            self._set(f"{head}“{cells['text']}”")
        self._fetch(row[0], head)

    def _head(self, cells: dict[str, Any]) -> str:
        if self.spec.key == "quotes":
            return f"{cell_text(cells.get('speaker')) or 'unknown speaker'} ({cell_text(cells.get('date'))}): "
        if self.spec.key == "reports":
            return f"{cell_text(cells.get('title'))}\n"
        return ""

    @work(thread=True, exclusive=True, group="preview", exit_on_error=False)
    def _fetch(self, row_id: int, head: str) -> None:
        sql = EVIDENCE_SQL.get(self.spec.key)
        if sql is None:
            return
        with self.store.misc.lock:
            found = self.store.misc.conn.execute(sql, [row_id]).fetchone()
        if get_current_worker().is_cancelled:
            return
        text = (found[0] or "") if found else ""
        if self.spec.key == "quotes":
            quote_row = self.text  # keep the quote itself; add its sentence when it says more
            if text and text not in quote_row:
                self.app.call_from_thread(self._show, row_id, f"{quote_row}\n  in: {text}")
            return
        self.app.call_from_thread(self._show, row_id, head + (text or "(no evidence sentence stored)"))

    def _show(self, row_id: int, text: str) -> None:
        if row_id == self.row_id:
            self._set(text)

    def _set(self, text: str) -> None:
        self.text = text
        self.update(Text(text))
