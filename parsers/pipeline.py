"""From a read report to its records: the one place the three extractors meet."""
from __future__ import annotations

from .document import Document
from .negotiations import extract_negotiations
from .quotes import extract_quotes
from .readers import RawReport
from .records import Extraction
from .strikes import extract_strikes


def document(raw: RawReport) -> Document:
    return Document(text=raw.text, published=raw.published, title=raw.title, source=raw.source)


def extract(doc: Document) -> Extraction:
    """All records of one report. Quotes go first: strikes use who said what to fill `claimed_by`."""
    quotes = extract_quotes(doc)
    return Extraction(
        strikes=extract_strikes(doc, quotes),
        negotiations=extract_negotiations(doc),
        quotes=quotes,
    )
