"""Quotes: every statement attributed to a speaker (guideline §3).

`extract_quotes` finds direct quotes in every layout (speaker before, after,
inverted, split, colon lead, multi-paragraph, floating) and indirect speech
("said that", "according to", "told"), with the speaker resolved to one
canonical name per person or body. See `extract.py` for the order of work.
"""
from __future__ import annotations

from ..document import Document
from ..records import Quote
from .extract import extract_quotes as _extract


def extract_quotes(doc: Document) -> list[Quote]:
    return _extract(doc)
