"""Cheap gates in front of the act rules: most sentences of a war report are about
strikes, and running forty case-insensitive rules over each costs more than the
rest of the parse. So every rule names literal cues (lower-case word beginnings,
one of which any match must contain; "met$" is the whole word only); one regex built from all cues finds
the sentences worth reading, and a substring test picks the rules worth running.

Alternations of many words are slow in `re` when written flat and matched
case-insensitively; a trie-shaped pattern over lower-cased text scans a 4 KB
report in tens of microseconds.
"""
from __future__ import annotations

import re
from collections.abc import Iterable


def lowered(text: str) -> str:
    """`text` lower-cased with line breaks and tabs as spaces, same length (offsets are shared)."""
    low = text.lower()
    if len(low) != len(text):  # a few letters lower-case to two characters ("İ")
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    # `str.replace` per character, not `str.translate`: translate looks up every character of the
    # report in a dict (~0.15 ms a report), replace scans for one character in C.
    return low.replace("\n", " ").replace("\r", " ").replace("\t", " ").replace("\f", " ").replace("\v", " ")


# In words given to `literal_alternation`: a space is any run of spaces, "$" a word end, "*" the rest of a word.
_PIECES = {" ": r"\s+", "$": r"\b", "*": r"\w*"}


def literal_alternation(words: Iterable[str], marks: bool = True) -> str:
    """A regex matching any of `words`, shaped as a trie (shared prefixes factored out). At each
    position it matches the longest word there, as a flat alternation longest-first does.
    `marks=False` reads spaces, "$" and "*" as themselves."""
    trie: dict = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def piece(ch: str) -> str:
        return _PIECES[ch] if marks and ch in _PIECES else re.escape(ch)

    def build(node: dict) -> str:
        ends = "" in node
        alts = [piece(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


def cue_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """One regex for all `words` at a word start, to run over `lowered` text.

    It matches the longest cue, which may hide a shorter one inside it ("hold talks", a rejection
    cue, holds "talks"): see `cues_in`."""
    return re.compile(r"\b(?=[a-z])" + literal_alternation(words))


_INNER_WORD = re.compile(r"\s(?=[a-z])")


def holds_any(text: str, needles: tuple[str, ...]) -> bool:
    """Whether `text` holds one of `needles`: a few `in` tests cost a fraction of a regex scan."""
    for needle in needles:
        if needle in text:
            return True
    return False


def needles(words: Iterable[str]) -> tuple[str, ...]:
    """Substrings one of which every match of `literal_alternation(words)` holds: the longest piece
    of each word between spaces (which match any run of spaces) and `$`/`*` marks, leaving out
    those that hold a shorter one ("prices" holds "price")."""
    pieces = {max(re.split(r"[ $*]", w), key=len) for w in words}
    return tuple(sorted(p for p in pieces if not any(q != p and q in p for q in pieces)))


class GatedWords:
    """`word_pattern(words)` behind a substring gate: most clauses hold none of the words, and
    the `in` tests that show it cost less than the regex scan that would."""

    __slots__ = ("pattern", "needles")

    def __init__(self, words: Iterable[str]) -> None:
        words = list(words)
        self.pattern = word_pattern(words)
        self.needles = needles(words)

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if holds_any(text, self.needles) else None


# ASCII separators that Unicode counts as spaces (`\s`) and ASCII patterns do not.
_UNICODE_ONLY_SPACES = ("\x1c", "\x1d", "\x1e", "\x1f")
_ASCII_TWINS: dict[re.Pattern[str], re.Pattern[str]] = {}


def _for_text(pattern: re.Pattern[str], text: str) -> re.Pattern[str]:
    """`pattern` compiled with re.ASCII when that reads `text` exactly as `pattern` does (ASCII
    text, no case folding): `\\b` and `\\w` then test a table instead of the Unicode database,
    which makes a scan of a whole report three times faster."""
    if pattern.flags & re.IGNORECASE or not text.isascii() or holds_any(text, _UNICODE_ONLY_SPACES):
        return pattern
    twin = _ASCII_TWINS.get(pattern)
    if twin is None:
        twin = _ASCII_TWINS[pattern] = re.compile(pattern.pattern, (pattern.flags & ~re.UNICODE) | re.ASCII)
    return twin


def cues_in(pattern: re.Pattern[str], low: str) -> list[tuple[int, str]]:
    """(offset, cue) of every cue in `low`, including those that start inside a longer
    multi-word cue ("talks" in "hold talks"), in offset order."""
    pattern = _for_text(pattern, low)
    out: list[tuple[int, str]] = []
    for m in pattern.finditer(low):
        hit = m.group()
        out.append((m.start(), hit))
        if " " in hit:
            for w in _INNER_WORD.finditer(low, m.start(), m.end()):
                inner = pattern.match(low, w.end())
                if inner:
                    out.append((w.end(), inner.group()))
    return out


def lower_pattern(source: str) -> str:
    """`source` with its literal letters lower-cased (escapes such as \\W or \\S kept), so that
    it matches `lowered` text as the original matched with re.IGNORECASE, without that flag's cost."""
    out: list[str] = []
    escaped = False
    for ch in source:
        out.append(ch if escaped else ch.lower())
        escaped = not escaped and ch == "\\"
    return "".join(out)


def ci(source: str) -> re.Pattern[str]:
    """A case-insensitive pattern, compiled to run over `lowered` text."""
    return re.compile(lower_pattern(source))


def word_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """Any of `words` as a whole word, to run over `lowered` text (a trie: fast for long lists)."""
    return re.compile(r"\b(?=[a-z])" + literal_alternation(words) + r"\b")
