"""Speakers named by a label line rather than a sentence.

Ukrainian outlets' English editions set a post out as `Quote from Klymenko:
"..."`, or name the speaker once in a `Source: Sybiha, quoted by the Foreign
Ministry` line and then give `Quote: "..."`. The label is the attribution: the
quotation belongs to the name it gives, resolved like any speaker phrase.
"""
from __future__ import annotations

import re

from .names import Phrase
from .resolve import Resolver, Who

_QUOTE_FROM = re.compile(r"[ \t]*Quote\s+from\s+((?:[A-Z][\w'’\-]+\s+){0,3}[A-Z][\w'’\-]+)\s*:")
_QUOTE = re.compile(r"[ \t]*(?:Quote|Direct\s+speech)\s*:")
_SOURCE = re.compile(r"(?m)^[ \t]*Source\s*:\s*(?:[a-z][\w\-]*\s+){0,4}?((?:[A-Z][\w'’\-]+\s+){0,3}[A-Z][\w'’\-]+)")
# A `Source:` line this far before a `Quote:` line still names its speaker.
_REACH = 600


def label_speaker(frame: str, resolver: Resolver, line_start: int, quote_open: int) -> Who | None:
    """The speaker a label line gives to the quotation opening at `quote_open`, if any."""
    m = _QUOTE_FROM.match(frame, line_start, quote_open)
    if m is not None:
        return _named(resolver, m.group(1), m.start(1))
    if _QUOTE.match(frame, line_start, quote_open) is None:
        return None
    found = None
    for s in _SOURCE.finditer(frame, max(0, line_start - _REACH), line_start):
        found = s
    return _named(resolver, found.group(1), found.start(1)) if found else None


def _named(resolver: Resolver, name: str, at: int) -> Who | None:
    who = resolver.resolve(Phrase(at, at + len(name), name, name=name), at)
    return who if who.name else None
