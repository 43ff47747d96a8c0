"""The search box's little language: bare words, and `field:value` terms named by the column titles.

    odesa port                    bare words: full text and fuzzy names, as before
    location:odesa                a column's value (the column titles are the field names)
    weapon:drone,missile          several values of one field: any of them
    -kind:talks                   leave those rows out
    killed:>=5  launched:10..50   numbers compare
    date:2025-03..2025-04         a date range (any field holding dates)
    speaker:"oleh kiper"          quote a value that has spaces

Pure parsing, no SQL and no Textual: `field_filters` turns the terms into SQL,
the search box uses `fields_of` and `last_token` to complete as you type.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .panes import PANES, PaneSpec

DATE_COLUMNS = {"date", "published", "first_date", "last_date"}
TERM = re.compile(r'(?P<neg>-)?(?P<field>[A-Za-z_][\w.]*):(?P<value>"[^"]*"?|\S*)')
TOKEN = re.compile(r'-?[A-Za-z_][\w.]*:(?:"[^"]*"?|\S*)|"[^"]*"?|\S+')


@dataclass(frozen=True)
class Field:
    """A name the search box accepts, and the column it filters on.

    kind: 'number', 'date', 'speaker' (quotes by speaker id), 'json' (a JSON list), 'text'.
    """

    name: str
    column: str
    title: str
    kind: str


@dataclass(frozen=True)
class Term:
    field: Field
    values: tuple[str, ...]
    negate: bool = False

    def describe(self) -> str:
        return f"{'-' if self.negate else ''}{self.field.name}:{','.join(self.values)}"


@dataclass(frozen=True)
class Parsed:
    text: str  # the bare words, for full text and fuzzy names
    terms: tuple[Term, ...]
    unknown: tuple[str, ...] = ()  # 'foo:' with no such field: searched as words, and said so


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", title.lower()).strip("_")


@lru_cache(maxsize=None)
def fields_of(key: str) -> dict[str, Field]:
    """Field names of a pane: each column's title (lower case, `_` for spaces), its stored name,
    its facet's name, and `date` for the pane's date column."""
    spec: PaneSpec = PANES[key]
    out: dict[str, Field] = {}
    facet_by_column = {f.column: f for f in spec.facets}
    for c in spec.columns:
        if not c.sortable and c.expr is not None and c.sort_by is None:
            kind = "late"
        elif c.numeric:
            kind = "number"
        elif c.name in DATE_COLUMNS:
            kind = "date"
        elif key == "quotes" and c.name == "speaker":
            kind = "speaker"
        elif (f := facet_by_column.get(c.name)) is not None and f.kind == "json":
            kind = "json"
        else:
            kind = "text"
        if kind == "late":
            continue
        field = Field(_slug(c.title), c.key if kind == "number" else c.name, c.title, kind)
        for name in (_slug(c.title), c.name):
            out.setdefault(name, Field(name, field.column, c.title, kind))
    for f in spec.facets:
        if f.name not in out:
            column = next((c for c in spec.columns if c.name == f.column or c.key == f.column), None)
            if column is not None:
                out[f.name] = out[_slug(column.title)]
    if spec.date_column and "date" not in out:
        title = next((c.title for c in spec.columns if c.name == spec.date_column), "Date")
        out["date"] = Field("date", spec.date_column, title, "date")
    return out


def _unquote(value: str) -> str:
    return value[1:-1] if len(value) >= 2 and value.startswith('"') and value.endswith('"') else value.strip('"')


def split_values(value: str) -> tuple[str, ...]:
    """'drone,missile' -> ('drone', 'missile'); a quoted value keeps its commas."""
    if value.startswith('"'):
        v = _unquote(value).strip()
        return (v,) if v else ()
    return tuple(v.strip() for v in value.split(",") if v.strip())


@lru_cache(maxsize=512)
def parse(text: str, key: str) -> Parsed:
    """Split the search box's text into bare words and field terms of pane `key`."""
    fields = fields_of(key)
    words: list[str] = []
    terms: list[Term] = []
    unknown: list[str] = []
    for token in TOKEN.findall(text):
        m = TERM.fullmatch(token)
        if m is None:
            words.append(token)
            continue
        name = m.group("field").lower()
        field = fields.get(name)
        if field is None:
            unknown.append(name)
            words.append(token)
            continue
        values = split_values(m.group("value"))
        if values:  # 'location:' with nothing after it yet narrows nothing
            terms.append(Term(field, values, bool(m.group("neg"))))
    return Parsed(" ".join(words), tuple(terms), tuple(unknown))


def last_token(text: str) -> tuple[str, str | None, str]:
    """What is being typed at the end of the box: (text before it, field name or None, partial value or word).

    'weapon:dr' -> ('', 'weapon', 'dr'); 'odesa loc' -> ('odesa ', None, 'loc');
    'weapon:drone,mi' -> ('', 'weapon', 'mi') with 'weapon:drone,' kept in the prefix.
    """
    if not text or text[-1].isspace():
        return text, None, ""
    m = re.search(r'(-?)([A-Za-z_][\w.]*):((?:[^\s,"]*,)*)("?[^\s,"]*)$', text)
    if m:
        prefix = text[:m.start(4)]
        return prefix, m.group(2).lower(), m.group(4).lstrip('"')
    m = re.search(r"(-?)(\S*)$", text)
    assert m is not None
    return text[:m.start(2)], None, m.group(2)
