"""Pairing quote marks into quoted spans, paragraph by paragraph.

Marks are paired inside a paragraph and an opener only takes a closer, so one
stray mark costs at most its own paragraph, never the rest of the report. A
paragraph left open continues into the next one when that one opens with a
mark (the English multi-paragraph convention), and otherwise ends at the
paragraph end. Single marks count only outside double quotes and only when
they are not apostrophes ("Russia's", "soldiers' families").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Document
from ..quotemarks import is_apostrophe

_TYPO_OPEN = "“„«‟〝"
_TYPO_CLOSE = "”»〞"
_SINGLE_OPEN = "‘‚‛‹"
_SINGLE_CLOSE = "’›"
_MAX_PARAGRAPHS = 4
_DOUBLE = re.compile('"')
_SINGLE = re.compile("'")
_NOT_NEWLINE = re.compile(r"[^\n]")


@dataclass(slots=True)
class Span:
    """A quoted stretch: `start:end` is the text inside the marks."""

    open: int
    start: int
    end: int
    close: int | None  # position of the closing mark, None when the paragraph ran out
    paragraph: int
    last_paragraph: int
    single: bool = False


def _direction(text: str, norm: str, i: int) -> str:
    ch = text[i]
    if ch in _TYPO_OPEN or ch in _SINGLE_OPEN:
        return "open"
    if ch in _TYPO_CLOSE:
        return "close"
    before = norm[i - 1] if i > 0 else "\n"
    after = norm[i + 1] if i + 1 < len(norm) else "\n"
    if before.isspace() or before in "([{-—–:/":
        return "open" if not after.isspace() else "close"
    return "close"


def find_spans(doc: Document) -> list[Span]:
    text, norm = doc.text, doc.norm
    spans: list[Span] = []
    carry: Span | None = None  # a quote left open at the end of the previous paragraph
    paras = doc.paragraphs
    for k, para in enumerate(paras):
        marks = [m.start() for m in _DOUBLE.finditer(norm, para.start, para.end)]
        open_at: int | None = None
        cont: Span | None = None
        if carry is not None:
            if marks and marks[0] == para.start and para.index - carry.paragraph < _MAX_PARAGRAPHS:
                cont = carry
                open_at = carry.open
                marks = marks[1:]
            else:
                spans.append(carry)
            carry = None
        for i in marks:
            d = _direction(text, norm, i)
            if open_at is None:
                if d == "open":
                    open_at = i
                continue  # a stray closer: ignore this one mark
            if text[open_at] == "„" and text[i] in "“”":
                d = "close"  # German-style „…“
            if d == "open" and text[i] in _TYPO_OPEN and text[open_at] in _TYPO_OPEN:
                spans.append(_make(norm, open_at, i, None, cont, paras, k))  # the earlier one never closed
                cont = None
                open_at = i
                continue
            spans.append(_make(norm, open_at, i, i, cont, paras, k))
            cont = None
            open_at = None
        if open_at is not None:
            carry = _make(norm, open_at, para.end, None, cont, paras, k)
    if carry is not None:
        spans.append(carry)
    spans = [s for s in spans if s.end > s.start]
    spans.extend(_single_spans(doc, spans))
    spans.sort(key=lambda s: s.open)
    return spans


def _make(norm: str, open_at: int, end: int, close: int | None, cont: Span | None,
          paras: list, k: int) -> Span:
    start = open_at + 1
    stop = end
    while stop > start and norm[stop - 1].isspace():
        stop -= 1
    first = cont.paragraph if cont else paras[k].index
    return Span(open_at, start, stop, close, first, paras[k].index)


def _single_spans(doc: Document, doubles: list[Span]) -> list[Span]:
    text, norm = doc.text, doc.norm
    out: list[Span] = []
    for para in doc.paragraphs:
        open_at: int | None = None
        for m in _SINGLE.finditer(norm, para.start, para.end):
            i = m.start()
            if is_apostrophe(norm, i) or _inside(doubles, i):
                continue
            before = norm[i - 1] if i > para.start else " "
            after = norm[i + 1] if i + 1 < para.end else " "
            opener = (before.isspace() or before in "([-—–:") and after.isalnum() and text[i] not in _SINGLE_CLOSE
            closer = (before.isalnum() or before in ".,!?") and (after.isspace() or after in ".,;:!?)-—–")
            if open_at is None:
                if opener:
                    open_at = i
            elif closer:
                if i - open_at > 2:
                    out.append(Span(open_at, open_at + 1, i, i, para.index, para.index, single=True))
                open_at = None
    return out


def _inside(spans: list[Span], i: int) -> bool:
    return any(s.open <= i <= (s.close if s.close is not None else s.end) for s in spans)


def mask(doc: Document, spans: list[Span]) -> str:
    """`doc.norm` with quoted words hidden, so attribution patterns see only the reporter's words.

    The final punctuation inside a quote stays visible: it is what tells a
    sentence that ends inside the marks from one that goes on after them.
    """
    norm = doc.norm
    parts: list[str] = []
    pos = 0
    for s in spans:
        if s.start < pos:
            continue
        tail = s.end
        while tail > s.start and norm[tail - 1] in ".!?,…;:":
            tail -= 1
        parts.append(norm[pos:s.start])
        inner = norm[s.start:tail]
        inner = _NOT_NEWLINE.sub("#", inner) if "\n" in inner else "#" * len(inner)
        if inner and (norm[s.start].isupper() or norm[s.start].isdigit()):
            # keep a capital first letter: it is how a sentence that opens with a quote is found
            inner = "Q" + inner[1:]
        parts.append(inner)
        pos = tail
    parts.append(norm[pos:])
    return "".join(parts)
