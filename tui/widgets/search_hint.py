"""Completion for the search box: field names and their values as you type.

The suggester completes the word being typed in place (accept it with →): a
field name (`loc` → `location:`), or a value of that field (`weapon:bal` →
`weapon:ballistic missile`), the values coming from the facet counts (most
common first) or the column's stored values. The hint line under the box lists
the other candidates, and says what is wrong with a term it cannot read.
"""
from __future__ import annotations

import asyncio
from typing import Any, Callable

from textual.suggester import Suggester
from textual.widgets import Static

from ..field_filters import VALUES, FieldError, date_condition, number_condition, source_of
from ..panes import PaneSpec
from ..place_names import fold
from ..queries import Filters, Store
from ..search_syntax import Field, fields_of, last_token, parse

MAX_SHOWN = 8


class SearchHint(Static):
    """One line under the search box: candidates for the word being typed, or a term's problem."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__("", classes="search-hint", **kwargs)


def problems(text: str, key: str) -> list[str]:
    """What cannot be read in the box's terms, without asking the database."""
    parsed = parse(text, key)
    out = [f"no field {name!r} here (fields: {', '.join(sorted(_primary(key)))})" for name in parsed.unknown]
    for term in parsed.terms:
        for value in term.values:
            try:
                if term.field.kind == "number":
                    number_condition(term.field.column, value)
                elif term.field.kind == "date":
                    date_condition(term.field.column, value)
            except FieldError as exc:
                out.append(f"{term.field.name}: {exc}")
    return out


def _primary(key: str) -> list[str]:
    """Field names as the column titles give them (not the stored-name aliases)."""
    seen: dict[str, str] = {}
    for name, field in fields_of(key).items():
        seen.setdefault(field.column + field.kind, name)
    return list(seen.values())


class FieldSuggester(Suggester):
    """Completes field names and values; `on_hint` gets the hint line's text for every value typed."""

    def __init__(self, store: Store, spec: PaneSpec, on_hint: Callable[[str], None]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.store = store
        self.spec = spec
        self.on_hint = on_hint

    async def get_suggestion(self, value: str) -> str | None:
        wrong = problems(value, self.spec.key)
        prefix, field_name, partial = last_token(value)
        if field_name is None:
            names = [n for n in _primary(self.spec.key) if partial and n.startswith(partial.lower().lstrip("-"))]
            if wrong:
                self.on_hint(wrong[0])
            elif names and len(partial.lstrip("-")) >= 2:
                self.on_hint("fields: " + "  ".join(f"{n}:" for n in names) + "   (→ completes)")
            else:
                self.on_hint("")
            if names and len(partial.lstrip("-")) >= 2:
                return value + (names[0] + ":")[len(partial.lstrip("-")):]
            return None
        field = fields_of(self.spec.key).get(field_name)
        if field is None:
            self.on_hint(wrong[0] if wrong else "")
            return None
        candidates = await asyncio.to_thread(self._candidates, field)
        want = fold(partial)
        starting = [c for c in candidates if fold(c).startswith(want)]
        inside = [c for c in candidates if want and want in fold(c) and c not in starting]
        shown = (starting + inside)[:MAX_SHOWN]
        if wrong:
            self.on_hint(wrong[0])
        elif shown:
            self.on_hint(f"{field.name}: " + " · ".join(shown) + ("   (→ completes)" if starting and partial else ""))
        elif field.kind == "number":
            self.on_hint(f"{field.name}: a number: 5, >=5, <3, 2..10; commas for any of several")
        elif field.kind == "date":
            self.on_hint(f"{field.name}: 2025-03, 2025-03-01..2025-03-15, >=2025-02")
        else:
            self.on_hint(f"{field.name}: no stored value contains {partial!r}" if partial else "")
        if starting and partial:
            typed = value[len(prefix):]
            if typed.startswith('"'):
                target = f'"{starting[0]}"'
            else:  # without a quote a value ends at a space: its first word finds it (values contain it)
                target = starting[0].split(" ")[0]
            if target.lower().startswith(typed.lower()):
                return value + target[len(typed):]
        return None

    def _candidates(self, field: Field) -> list[str]:
        """Values to offer for a field: the facet's values (commonest first), else the stored values."""
        if field.kind in ("number", "date"):
            return []
        if field.kind == "speaker":
            seen: dict[Any, str] = {}
            for label, sid in self.store.names(self.spec):
                seen.setdefault(sid, label)
            return sorted(seen.values())
        out: list[str] = []
        facet = next((f for f in self.spec.facets if f.column == field.column or f.name == field.name), None)
        if facet is not None:
            try:  # the pane's own unfiltered facet counts: cached since the pane opened
                out = [v.label for v in self.store.facet(self.spec, facet, Filters()) if v.value is not None]
            except Exception:
                out = []
        with self.store.misc.lock:
            conn = self.store.misc.conn
            source = source_of(self.spec, field, self.store, conn)
            stored = sorted(VALUES.values(*source, conn)) if source is not None else []
        return list(dict.fromkeys(out + stored))
