"""Turn news reports about the Russia-Ukraine war into strikes, negotiations and quotes.

    from parsers.ingest import ingest
    summary = ingest(["reports/"], "incidents.db")

The SQLite file is the interface to everything else (the terminal app, sqlite3,
Datasette, pandas); its contract lives in `parsers.schema`.
"""
from __future__ import annotations

__version__ = "0.1.0"
