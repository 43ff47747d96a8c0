"""Counts as reports write them: digits, words, and hedges around both.

An analyst logs the figure a hedge carries ("nearly 380" is 380, "at least 23"
is 23) and logs nothing for vague amounts ("dozens", "several"), so those parse
to None rather than a guess.
"""
from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "no": 0, "none": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "dozen": 12, "couple": 2, "pair": 2,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000}

_WORD = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|one|two|three|four|five|six|seven|eight|nine|ten"
)
# One count as written: "380", "1,200", "1.5 thousand", "three", "twenty-five", "a dozen",
# "two dozen", "half a dozen", "a hundred", "two hundred", "nearly 380", "at least 23".
HEDGE = (
    r"(?:(?:nearly|almost|about|around|approximately|roughly|some|at\s+least|more\s+than|over|"
    r"up\s+to|as\s+many\s+as|no\s+fewer\s+than|no\s+less\s+than|fewer\s+than|less\s+than|"
    r"close\s+to|just\s+over|just\s+under|an\s+estimated|a\s+total\s+of|total\s+of|another|a\s+further|further)\s+)"
)
NUMBER = (
    rf"(?:{HEDGE}?(?:"
    r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+(?:thousand|hundred))?"
    rf"|half\s+a\s+dozen|(?:a|one|two|three|four|five)\s+dozen"
    rf"|(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred(?:\s+(?:and\s+)?(?:{_WORD}))?"
    rf"|(?:{_WORD})"
    r"))"
)
NUMBER_RE = re.compile(rf"\b{NUMBER}\b", re.I)
VAGUE = re.compile(r"\b(?:dozens|several|scores|hundreds|thousands|many|numerous|some|a\s+few|few|multiple|a\s+number)\b", re.I)


# Compiled once: strikes parse a figure for every count they read.
_HEDGE = re.compile(HEDGE, re.I)
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_FIGURE = re.compile(r"(\d+(?:\.\d+)?)(?:\s+(thousand|hundred))?")
_COUNTABLE = re.compile(r"\s+(?:person|people|man|woman|child|civilian|drone|missile)")


def parse_number(text: str | None) -> int | None:
    """The figure in `text` ("nearly 380" -> 380, "a dozen" -> 12), or None."""
    if not text:
        return None
    t = _HEDGE.sub("", text.strip().lower()).strip()
    t = t.replace("-", " ")
    if _THOUSANDS.fullmatch(t):
        return int(t.replace(",", ""))
    m = _FIGURE.fullmatch(t)
    if m:
        value = float(m.group(1)) * (_SCALES[m.group(2)] if m.group(2) else 1)
        return int(value)
    if t == "half a dozen":
        return 6
    words = t.split()
    if not words:
        return None
    total, current = 0, 0
    for w in words:
        if w == "and":
            continue
        if w in _UNITS and w != "dozen":
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "dozen":
            current = (current or 1) * 12
        elif w in _SCALES:
            current = (current or 1) * _SCALES[w]
            if w == "thousand":
                total, current = total + current, 0
        else:
            return None
    return total + current


def find_numbers(text: str) -> list[tuple[int, int, int]]:
    """(start, end, value) for every count in `text`, skipping articles that are not counts."""
    out = []
    for m in NUMBER_RE.finditer(text):
        raw = m.group().lower()
        if raw in {"a", "an", "one"} and not _COUNTABLE.match(text, m.end()):
            # "a" and "one" are only counts before a countable noun
            if raw != "one":
                continue
        value = parse_number(m.group())
        if value is not None:
            out.append((m.start(), m.end(), value))
    return out
