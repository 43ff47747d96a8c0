"""Quotes: every statement attributed to a speaker (guideline §3)."""
from __future__ import annotations

from ..document import Document
from ..records import Quote


def extract_quotes(doc: Document) -> list[Quote]:
    return []
