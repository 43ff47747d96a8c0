"""Strikes: one row per attack (guideline §1)."""
from __future__ import annotations

from ..document import Document
from ..records import Quote, Strike
from .extract import extract


def extract_strikes(doc: Document, quotes: list[Quote] | None = None) -> list[Strike]:
    """Every attack the report states, one row each, with its evidence sentence."""
    return extract(doc, quotes)
