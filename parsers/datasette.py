"""Datasette metadata for an incidents database: what `datasette` cannot guess from the file.

Datasette finds a table's FTS index by itself but not a view's, so `?_search=`
on `quotes_view` or `reports_view` was silently ignored. The metadata binds
each view to its FTS table (`fts_table`/`fts_pk`), says what the columns hold
and which facets are worth showing. Datasette names a database after its
file's stem, so the metadata is made for one file:

    incidents datasette-metadata --db incidents.db -o metadata.json
    datasette incidents.db -m metadata.json
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from .readonly import connect_readonly

# What each view's rows are, which FTS table searches it, the facets worth a click.
_VIEWS: dict[str, dict[str, Any]] = {
    "strikes_view": {
        "description": "One row per attack (attacker, place, day) with the sentence it was read from.",
        "facets": ["attacker", "weapon", "country", "region", "target"],
        "sort_desc": "date",
    },
    "negotiations_view": {
        "description": "Talks, proposals, agreements, exchanges, sanctions: one row per diplomatic act.",
        "facets": ["kind", "venue", "topic"],
        "sort_desc": "date",
    },
    "quotes_view": {
        "description": "Every statement attributed to a speaker, direct or indirect.",
        "fts_table": "quotes_fts", "fts_pk": "id",
        "facets": ["speaker", "kind", "medium"],
        "sort_desc": "date",
    },
    "speakers_view": {
        "description": "People and institutions quoted, with their quote counts and first and last dates.",
        "facets": ["kind", "affiliation"],
        "sort_desc": "quotes",
    },
    "reports_view": {
        "description": "The reports ingested, with how many strikes, negotiations and quotes each gave.",
        "fts_table": "reports_fts", "fts_pk": "id",
        "facets": ["source"],
        "sort_desc": "published",
    },
    "incidents_view": {
        "description": "One attack however many reports tell it, with the spread of their figures.",
        "facets": ["attacker", "weapon", "country", "region"],
        "sort_desc": "date",
    },
    "acled_view": {
        "description": "Strikes in the columns of ACLED's export, to load beside ACLED data.",
        "facets": ["event_type", "sub_event_type", "admin1"],
        "sort_desc": "event_date",
    },
}

_COLUMNS = {
    "date": "Day of the event (ISO), from the sentence or the report's publication date",
    "date_text": "The words the date was read from",
    "attacker": "Russia or Ukraine",
    "weapon": "drone, missile, bomb, artillery or mixed",
    "location": "Place as the gazetteer names it",
    "region": "First-level region (oblast, krai, republic)",
    "launched": "Weapons launched, as reported",
    "intercepted": "Weapons shot down or jammed, as reported",
    "killed": "People killed, as reported",
    "injured": "People injured, as reported",
    "sentence": "The sentence the row was extracted from (its evidence)",
    "char_start": "Offset of the evidence in the report text",
    "char_end": "End offset of the evidence in the report text",
    "geo_precision": "place, region (the region's administrative centre) or country",
    "rule": "The extraction rule that produced the row",
    "speaker": "Who said it, merged across spellings",
    "kind": "The row's kind (direct/indirect quote; talks/proposal/...; person/body)",
    "medium": "Where it was said (Telegram, interview, statement, ...)",
    "parties": "Countries or bodies taking part (a JSON list)",
    "aliases": "Spellings of the speaker's name seen in reports (a JSON list)",
    "report_title": "Title of the report the row comes from",
    "report_source": "Outlet of the report",
    "report_url": "Address of the report",
    "report_published": "Publication date of the report",
}

_LABELS = {"reports": "title", "speakers": "name", "incidents": "location"}


def metadata(db_path: str | Path) -> dict[str, Any]:
    """Datasette metadata (0.65 `metadata.json` form) for the database at `db_path`."""
    conn = connect_readonly(db_path)
    try:
        have = {name: [r[1] for r in conn.execute(f"PRAGMA table_info([{name}])")] for name in _VIEWS}
    finally:
        conn.close()
    tables: dict[str, Any] = {}
    for view, conf in _VIEWS.items():
        if have[view]:  # a view an older file lacks is left out
            tables[view] = {**conf, "columns": {c: _COLUMNS[c] for c in have[view] if c in _COLUMNS}}
    for table, label in _LABELS.items():
        tables[table] = {"label_column": label}
    return {
        "title": "incident-browser",
        "description": "Strikes, negotiations and quotes extracted from news reports, each row with its evidence.",
        "databases": {Path(db_path).stem: {"tables": tables}},
    }
