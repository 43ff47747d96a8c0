"""Comparing places pairwise, but only within a window of the sentence.

Which place of a sentence makes another redundant (the region of a named town,
the country of a named place) is decided pair by pair, and each pair reads the
clauses around it: fine for a sentence, cubic for a 200,000-character "sentence"
(a table or a dump with no full stops), which took minutes. Past `WINDOW`
characters the mentions are taken in runs of at most `WINDOW` characters, each
run with `CONTEXT` characters of text on either side, so the work grows with the
length of the text, not with its square. Places further apart than that are in
different clauses of any real sentence; sentences shorter than `WINDOW` are
decided exactly as before.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..places import Mention

WINDOW = 1500  # characters of text one run of mentions may span
CONTEXT = 300  # characters of text either side of a run, for the clauses at its ends
MAX_RUN = 60  # mentions in one run (no real sentence names more places)


def windowed(decide: Callable[[list[Mention], str], list[Mention]], mentions: list[Mention],
             text: str = "") -> list[Mention]:
    """`decide(mentions, text)`, run by run when the text (or the list) is too long to compare pairwise."""
    if len(text) <= WINDOW and len(mentions) <= MAX_RUN:
        return decide(mentions, text)
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        first = mentions[i]
        j = i + 1
        while j < len(mentions) and j - i < MAX_RUN and (not text or mentions[j].end - first.start <= WINDOW):
            j += 1
        run = mentions[i:j]
        if not text:
            out += decide(run, text)
        else:
            lo = max(0, min(m.start for m in run) - CONTEXT)
            hi = min(len(text), max(m.end for m in run) + CONTEXT)
            shifted = [replace(m, start=m.start - lo, end=m.end - lo) for m in run]
            out += [replace(m, start=m.start + lo, end=m.end + lo) for m in decide(shifted, text[lo:hi])]
        i = j
    return out
