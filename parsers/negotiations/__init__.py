"""Negotiations: one row per diplomatic act (guideline §2).

Modules: `kinds` (which words make which act), `lookalikes` (words that make none), `owned`
(offers named by their owner), `parties`, `sides` ("the two sides"), `venues`, `topics`, `dating`,
`cameo` (GDELT codes), `report` (a report being read), `extract` (clauses, acts), `merging`.
"""
from __future__ import annotations

from ..document import Document
from ..records import Negotiation
from .extract import extract


def extract_negotiations(doc: Document) -> list[Negotiation]:
    return extract(doc)
