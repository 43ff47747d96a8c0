"""Offsets that locate exactly the stored words of each quote.

The extractor cuts a quote from its marks and trims a closing comma or full stop
from the words, so the span it read may be a character or two wider than the
text stored. Evidence must hold: `reports.text[char_start:char_end]` is the
quote's `text`. A quotation split by its attribution (`"We cannot," he said,
"declare a ceasefire"`) is stored as one quote whose text joins the parts with a
space; its span runs from the first part's first word to the last part's last
word, and `parts` lists each part's own [start, end] so a reader can highlight
the words said and not the attribution between them.
"""
from __future__ import annotations

import json
import re
from collections.abc import Sequence

from ..records import Quote


# A cut that runs past the closing mark into the attribution: `"Nobody was hurt," the governor`.
_ATTRIBUTION_TAIL = re.compile(r'^["“„«]([^"“”„«»]+?)[,.]?["”»]\s*,?\s+(?:the|a|an|his|her|its)\s+[\w\s\-’\']{1,60}$')


def fit_spans(quotes: Sequence[Quote], text: str) -> None:
    """Narrow each quote's span to its text; give a split quote the spans of its parts."""
    for q in quotes:
        m = _ATTRIBUTION_TAIL.match(q.text)
        if m and q.kind == "direct" and not q.parts:
            q.text = m.group(1)  # `"Nobody was hurt," the governor`: the title before the name is no quote
        seg = text[q.char_start:q.char_end]
        if seg == q.text or not q.text:
            continue
        i = seg.find(q.text)
        if i >= 0:
            q.char_start += i
            q.char_end = q.char_start + len(q.text)
            continue
        parts = _parts(q.text, text, q.char_start, q.char_end)
        if parts:
            q.char_start, q.char_end = parts[0][0], parts[-1][1]
            q.parts = json.dumps(parts)


def _parts(words: str, text: str, lo: int, hi: int) -> list[list[int]] | None:
    """Where the space-joined parts of `words` stand, in order, within text[lo:hi]."""
    out: list[list[int]] = []
    rest = words
    at = lo
    while rest:
        cut = _longest_prefix(rest, text, at, hi)
        if cut is None:
            return None
        start, n = cut
        out.append([start, start + n])
        rest = rest[n:].lstrip(" ")
        at = start + n
    return out if len(out) > 1 else None


def _longest_prefix(words: str, text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The longest prefix of `words` ending at a word break that occurs in text[lo:hi]: (where, length)."""
    ends = [k for k, c in enumerate(words) if c == " "] + [len(words)]
    best = None
    for n in ends:
        k = text.find(words[:n], lo, hi)
        if k < 0:
            break
        best = (k, n)
    return best
