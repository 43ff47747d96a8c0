"""Strikes: one row per attack (guideline §1)."""
from __future__ import annotations

from ..document import Document
from ..records import Quote, Strike


def extract_strikes(doc: Document, quotes: list[Quote] | None = None) -> list[Strike]:
    return []
