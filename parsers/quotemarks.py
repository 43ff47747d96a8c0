"""Quote marks of every kind folded to ASCII, one character for one character.

Keeping the length fixed is the point: patterns run over the folded text and
their offsets are valid in the original. A right single mark between two
letters is an apostrophe ("Russia’s"), and stays an apostrophe.
"""
from __future__ import annotations

_DOUBLE = "“”„‟«»″〝〞＂"
_SINGLE = "‘’‚‛‹›′"
_SPACES = "\u00a0\u2007\u202f\u2009\u200a"
_TABLE = str.maketrans(
    {**{c: '"' for c in _DOUBLE}, **{c: "'" for c in _SINGLE}, **{c: " " for c in _SPACES},
     "\u2010": "-", "\u2011": "-"}
)

OPENERS = '"“„«‘‹'


def fold_quotes(text: str) -> str:
    """`text` with typographic quote marks and odd spaces as ASCII, same length."""
    return text.translate(_TABLE)


def is_apostrophe(text: str, i: int) -> bool:
    """True when the single mark at `i` sits inside a word (Russia's, don't, Kyiv’s)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and after.isalnum()
