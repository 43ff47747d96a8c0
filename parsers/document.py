"""A report as the extractors see it: text, publication date, paragraphs, sentences.

All offsets index the stored report text, so whatever an extractor finds can be
shown back to the user as `text[start:end]`. Pattern matching runs over `norm`,
a copy of the text with quote marks and spaces folded to ASCII *character for
character*, so an offset in `norm` is the same offset in `text`.

Web boilerplate ("SEE ALSO:", "Read more:", player notices, share lines) stays in
the stored text but is left out of `paragraphs` and `sentences`: it is the page,
not the report.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property

from .quotemarks import _TABLE as _FOLD_TABLE, fold_quotes

# Lines that belong to the web page around a report, not to the report.
_BOILERPLATE_LEAD = re.compile(
    r"""^\s*(?:
        see\ also|read\ more|read\ also|also\ read|related(?:\ articles?|\ stories|\ news)?|
        you\ may\ (?:also\ )?be\ interested\ in|you\ might\ also\ like|recommended|
        more\ on\ this\ story|watch|listen|advertisement|sponsored|most\ read|latest
    )\s*[:|>»-]""",
    re.I | re.X,
)
_BOILERPLATE_LINE = re.compile(
    r"""^\s*(?:
        your\ browser\ (?:does\ ?n[o']?t|does\ not)\ support|
        this\ video\ (?:is\ )?(?:not\ available|cannot\ be\ played)|
        (?:share|subscribe|follow\ us|sign\ up|click\ here|tap\ here|download\ (?:our|the)\ app|
           join\ (?:us|our)\ on|get\ (?:our|the)\ (?:latest|newsletter)|copy\ link|print\ this)\b|
        (?:facebook|twitter|x|telegram|whatsapp|email|linkedin)(?:\s*[|/,·]\s*(?:facebook|twitter|x|telegram|whatsapp|email|linkedin))+\s*$|
        advertisement\s*$|
        ©|copyright\b|all\ rights\ reserved
    )""",
    re.I | re.X,
)
# "KYIV, July 4 (Reuters) -": where and when the copy was filed, not part of what it reports.
DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'/ -]{2,}(?:,\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)?(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"(?:\s+\([\w .]+\))?\s+[-–—]+\s+")
# A link title glued to the next paragraph by a scraper: "...Administration TiesUmerov, a former".
_GLUED = re.compile(r"[a-z\)](?=[A-Z][a-z]+[ ,'’])")

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov",
    "sen", "rep", "st", "mt", "jr", "sr", "no", "vs", "etc", "approx", "est", "inc", "ltd",
    "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "i.e", "e.g", "fig", "dept",
}
# A stop, closing marks, then a capital or the end. Written to start with one character class so that
# sre skips to the next stop in C instead of trying a match at every character (four times faster).
_SENTENCE_END = re.compile(r"""[.!?…][.!?…]*["')\]]*(?:(?=\s+["'(\[]?[A-Z0-9“‘«])|\s*$)""")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    heading: bool = False


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    index: int


@dataclass
class Document:
    """A report ready for extraction. `published` anchors relative dates."""

    text: str
    published: dt.date | None = None
    title: str | None = None
    source: str | None = None
    _excluded: list[tuple[int, int]] = field(default_factory=list, repr=False)

    @cached_property
    def norm(self) -> str:
        return _fold(self.text)

    @cached_property
    def paragraphs(self) -> list[Paragraph]:
        paras: list[Paragraph] = []
        after_player = False
        for m in _LINE.finditer(self.norm):
            start, end = m.start(), m.end()
            line = m.group()
            if not line.strip():
                continue
            if after_player and _looks_like_caption(line):
                after_player = False
                self._excluded.append((start, end))
                continue
            after_player = False
            if _BOILERPLATE_LINE.match(line):
                after_player = bool(_PLAYER.match(line))
                self._excluded.append((start, end))
                continue
            if _BOILERPLATE_LEAD.match(line):
                glued = _GLUED.search(line, 12)
                if not glued:
                    self._excluded.append((start, end))
                    continue
                self._excluded.append((start, start + glued.end()))
                start += glued.end()
            dateline = DATELINE.match(line) if not paras else None
            if dateline:
                self._excluded.append((start, start + dateline.end()))
                start += dateline.end()
            while start < end and self.text[start].isspace():
                start += 1
            end = start + len(self.text[start:end].rstrip())
            if end > start:
                paras.append(Paragraph(start, end, len(paras)))
        return paras

    @cached_property
    def sentences(self) -> list[Sentence]:
        out: list[Sentence] = []
        norm = self.norm  # folded once for the whole report: the same characters `split_sentences` folds
        for para in self.paragraphs:
            out.extend(_split(self.text, norm[para.start:para.end], para.start, para.index))
        return out

    @property
    def excluded(self) -> list[tuple[int, int]]:
        """Spans left out of extraction as boilerplate (computed with `paragraphs`)."""
        self.paragraphs  # noqa: B018 - fills _excluded
        return list(self._excluded)

    def paragraph_of(self, offset: int) -> Paragraph | None:
        for para in self.paragraphs:
            if para.start <= offset < para.end:
                return para
        return None

    def sentence_at(self, offset: int) -> Sentence | None:
        for sent in self.sentences:
            if sent.start <= offset < sent.end:
                return sent
        return None


_LINE = re.compile(r"[^\n]+")
_PLAYER = re.compile(r"\s*(your browser|this video)", re.I)
_CAPTION_END = re.compile(r"[.!?][\"'”’)]*$")
# The characters `fold_quotes` changes. They are rare, so replacing just them is ten times
# cheaper than `str.translate`, which looks every character of a report up in a dict.
_FOLDABLE = re.compile("[" + re.escape("".join(map(chr, _FOLD_TABLE))) + "]")


def _fold(text: str) -> str:
    """`fold_quotes(text)`, fast: ASCII text has nothing to fold, other text only a few marks."""
    if text.isascii():
        return text
    return _FOLDABLE.sub(lambda m: _FOLD_TABLE[ord(m.group())], text)


def _looks_like_caption(line: str) -> bool:
    """A video title under a player notice: short, no final full stop."""
    stripped = line.strip()
    return len(stripped) < 160 and not _CAPTION_END.search(stripped)


def split_sentences(text: str, start: int, end: int, paragraph: int = 0) -> list[Sentence]:
    """Sentences of `text[start:end]` with absolute offsets.

    A full stop ends a sentence unless it closes a known abbreviation, an
    initial ("V. Putin") or a number; a closing quote mark after the stop stays
    with the sentence it closes.
    """
    return _split(text, fold_quotes(text[start:end]), start, paragraph)


def _split(text: str, folded: str, start: int, paragraph: int) -> list[Sentence]:
    """`split_sentences` with the chunk already folded (`Document` folds the whole report once)."""
    out: list[Sentence] = []
    cursor = 0
    for m in _SENTENCE_END.finditer(folded):
        stop = m.end()
        if folded[m.start()] == "." and _is_abbreviation(folded, m.start()):
            continue
        _append(out, text, start, cursor, stop, paragraph)
        cursor = stop
    _append(out, text, start, cursor, len(folded), paragraph)
    return out


# A sentence ending in none of these may be a heading.
_CLOSERS = frozenset(".!?:;…,\"'”’)")


def _append(out: list[Sentence], text: str, base: int, a: int, b: int, paragraph: int) -> None:
    seg = text[base + a : base + b]
    lead = len(seg) - len(seg.lstrip())
    seg = seg.strip()
    if not seg:
        return
    s = base + a + lead
    # `seg` is stripped, so its last character is the one a closing mark would be
    heading = not out and seg[-1] not in _CLOSERS and len(seg.split()) <= 12
    out.append(Sentence(s, s + len(seg), seg, paragraph, heading))


_WORD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."


def _is_abbreviation(folded: str, dot: int) -> bool:
    # The run of letters and dots before the stop, from its first letter, within a window (linear,
    # not quadratic); `str.rstrip` finds it without a regex search from every start in the window.
    window = folded[max(0, dot - 40):dot]
    if window.endswith("\n"):
        window = window[:-1]  # as `$` did: a run may end before a final line break
    word = window[len(window.rstrip(_WORD_CHARS)):].lstrip(".")
    if not word:
        return False
    token = word.lower().rstrip(".")
    if token in _ABBREVIATIONS:
        return True
    # single capital initial: "V. Putin", "Donald J. Trump"
    return len(token) == 1 and word.isupper()
