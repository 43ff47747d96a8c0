"""Negotiations: one row per diplomatic act (guideline §2)."""
from __future__ import annotations

from ..document import Document
from ..records import Negotiation


def extract_negotiations(doc: Document) -> list[Negotiation]:
    return []
