"""The day of an act: from its own clause, else the sentence around it, else the
statement the sentence continues ("..., he added"), counted from the report's date.

A clause can name a day relative to another act ("a day after they met"), the
report's lead ("the same day") or a live-blog timestamp; each is resolved here.
"""
from __future__ import annotations

import datetime as dt
import re

from ..dates import resolve
from ..document import Sentence
from .cues import ci, holds_any
from .report import Act, Report, looks_ahead_noun


_SPEECH = ci(r"\b(?:said|says|told|address|remarks|statement|interview|comments?|speaking|spoke|wrote|posted|added|stressed|noted)\b")


_DAYS_APART = ci(r"^\W*(a|one|two|three|four|five|six|the)\s+days?\s+(after|before)\b")


_COUNT = {"a": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


_SAME_DAY = ci(r"\b(?:the\s+same\s+day|that\s+same\s+day|on\s+the\s+same\s+day)\b")


_SAYS = ci(r"\bsays?\b")
# "had said", "had praised", "earlier", "has long said": a stance voiced before the report's day
_EARLIER = ci(r"\b(?:had\s+(?:\w+ly\s+|also\s+|already\s+)?(?:\w+ed|said|told|spoken|written|made|given)|earlier|previously|in\s+the\s+past|has\s+long|have\s+long|last\s+(?:week|month|year))\b")


_TIMESTAMP = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*(?:GMT|UTC|CET|EET|MSK)?\s*[-\u2013\u2014:]\s")


_HABITUAL_CUE = ("repeated", "long", "always", "consistent", "again")


_HABITUAL = ci(r"\b(?:repeatedly|has\s+long|have\s+long|always|consistently|time\s+and\s+again)\b")


_HELD_PAST = ci(r"\b(?:met|held|hosted|spoke|talked|phoned|took\s+place|attended)\b")


AFTER_FRAME = ci(r"\W*(?:after|following)\b")


def act_date(rep: Report, index: int, clause: tuple[int, int],
          parties: list[str], kind: str, past: bool = False, trigger: int | None = None) -> tuple[str | None, str | None]:
    norm = rep.norm
    text = rep.low[clause[0]:clause[1]]
    date, words = None, None
    if kind == "talks" and trigger is not None and trigger > clause[0]:
        # "Monday's calls followed talks in Istanbul on Friday": a day named after the talks' words is theirs.
        # "the summit held over the weekend": a vague day of their own leaves them undated
        date, words = rep.date_of(trigger, clause[1], past=past, tense_from=clause[0])
    if date is None:
        date, words = rep.date_of(*clause, past=past)
    sent = rep.sentences[index]
    if date is None and words is None:
        shift = _DAYS_APART.match(text)
        if shift:
            # "..., a day after they visited Kyiv": counted back from the day of the main clause.
            main, _ = rep.date_of(sent.start, clause[0])
            if main:
                n = _COUNT.get(shift.group(1), 1) * (-1 if shift.group(2) == "after" else 1)
                return (dt.date.fromisoformat(main) + dt.timedelta(days=n)).isoformat(), shift.group(0).strip()
        if "same" in text and _SAME_DAY.search(text):
            return _lead_date(rep, index), "the same day"
        if kind == "talks" and AFTER_FRAME.match(text):
            # "..., after more than four hours of talks in the Saudi capital": the day of the main clause.
            main, main_words = rep.date_of(sent.start, clause[0])
            if main:
                return main, main_words
    if date is None and words is None:
        # A date in another clause of the same sentence dates the statement ("X said on Monday").
        spans = rep.spans(sent.start, sent.end)
        ahead = bool(spans) and looks_ahead_noun(norm[sent.start:sent.end])
        for span in spans:
            if sent.start + span.start >= clause[0] and sent.start + span.end <= clause[1]:
                continue
            day = resolve(span, rep.published, ahead)
            if day is not None and kind != "talks":
                return day.isoformat(), span.text
    if date is None and words is None and not (holds_any(text, _HABITUAL_CUE) and _HABITUAL.search(text)):
        date, words = _context_date(rep, index, parties)
    if date is None and words is None and kind == "talks" and _HELD_PAST.search(text) and rep.published:
        return rep.published.isoformat(), None
    if (date is None and rep.published and _TIMESTAMP.match(rep.norm, _paragraph_start(rep, sent))
            and (words is None or _SAYS.search(rep.low, sent.start, sent.end))):
        return rep.published.isoformat(), None  # a live-blog entry ("13:40 - X says ...") is of the day of the blog
    return date, words


def date_after(rep: Report, start: int, end: int) -> tuple[str, str] | None:
    """The first day named in `norm[start:end]`, if any."""
    date, words = rep.date_of(start, end)
    return (date, words) if date else None


def _paragraph_start(rep: Report, sent: Sentence) -> int:
    para = next((p for p in rep.doc.paragraphs if p.index == sent.paragraph), None)
    return para.start if para else sent.start


def _lead_date(rep: Report, index: int) -> str | None:
    """The day of the report's main event ("the same day"): the first day named before `index`."""
    for prev in rep.sentences[:index]:
        date, _ = rep.date_of(prev.start, prev.end)
        if date:
            return date
    return None


def _context_date(rep: Report, index: int, parties: list[str]) -> tuple[str | None, str | None]:
    """The day of the statement this sentence continues: an earlier sentence by the same side that names one."""
    sentences = rep.sentences
    sent = sentences[index]
    for back in range(index - 1, max(-1, index - 4), -1):
        prev = sentences[back]
        if not rep.sentence_spans(back):
            continue
        # A statement, in the same paragraph or by the same side.
        if not _SPEECH.search(rep.low[prev.start:prev.end]):
            return None, None
        if prev.paragraph != sent.paragraph and not (parties and parties[0] in rep.parties_named(back)):
            return None, None
        date, words = rep.date_of(prev.start, prev.end)
        return (date, words) if date else (None, None)
    return None, None


def stance_day(rep: Report, act: Act) -> str | None:
    """The day of a readiness the report tells undated ("X said Moscow remains open to talks"): a
    stance voiced in the report's news is of the report's day, unless told as said before ("had
    said", "earlier"). Applied after merging, so the same stance told dated and undated stays one."""
    sent = act.sentence
    if (act.kind != "readiness" or act.date or act.date_text or rep.published is None
            or not _SPEECH.search(rep.low, sent.start, sent.end) or _EARLIER.search(rep.low, sent.start, sent.end)):
        return None
    return rep.published.isoformat()
