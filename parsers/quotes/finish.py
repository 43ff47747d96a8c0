"""The last pass over a report's quotes, once every sentence has been read.

Page furniture goes first, so nothing is carried from a headline; then a quote
takes the day and medium of the statement it continues; last, each quote's
offsets are fitted to its stored words. See the modules named below.
"""
from __future__ import annotations

from collections.abc import Sequence

from ..document import Document
from ..records import Quote
from .carry import carry_days, carry_media
from .furniture import drop_furniture
from .spans import fit_spans


def finish(quotes: list[Quote], doc: Document, units: Sequence, mentions: Sequence, frame: str) -> list[Quote]:
    quotes = drop_furniture(quotes, doc.text, doc.paragraphs)
    carry_days(quotes, units, mentions, frame, doc.published)
    carry_media(quotes, units, [u.paragraph for u in units], mentions, frame)
    fit_spans(quotes, doc.text)
    return quotes
