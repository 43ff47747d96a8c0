"""What a quote takes from the statement it continues: the day it was said, and where.

Wire copy dates a statement once ("Peskov told reporters on Monday", "Gladkov
wrote on Telegram on Tuesday") and then quotes on from it for paragraphs
without repeating the day. The guideline (§4) gives such a quote the day of
the statement it continues. A quote takes the day of the latest dated quote by
the same speaker before it, or of the sentence just before it that names the
speaker with a speech verb and a day ("Zhovkva said this on Facebook on
Wednesday." followed by the quotation). With neither, the day stays unknown:
the app shows the report's date beside it.

The medium travels the same way, but only from the sentence just before, in the
same paragraph: `Trump was upbeat in a social media post. "The tone was
excellent," he said.` is that post.
"""
from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from ..dates import date_of
from ..records import Quote
from .media import medium_of

# How many sentences back an announcing sentence may stand.
_ANNOUNCE_REACH = 3
# A day carried to other quotes must be a plausible day of speaking: within this many days before
# the report. A day further off is most likely an event's day the sentence also names ("the talks on
# March 24"), and carrying it would spread one misreading over every quote that follows.
_SPOKEN_WITHIN = 10


class _Sentence(Protocol):
    start: int
    end: int
    cues: list


class _Mention(Protocol):
    pos: int
    who: object


def carry_days(quotes: Sequence[Quote], sentences: Sequence[_Sentence], mentions: Sequence[_Mention],
               frame: str, published: dt.date | None) -> None:
    """Fill `date` in place on undated quotes (in report order) from the statement they continue."""
    last_day: dict[str, tuple[str, str | None]] = {}
    starts = [s.start for s in sentences]
    for q in sorted(quotes, key=lambda q: q.char_start):
        if not q.speaker:
            continue
        if q.date:
            if _recent(q.date, published):
                last_day[q.speaker] = (q.date, q.date_text)
            continue
        got = last_day.get(q.speaker) or _announced(q, sentences, starts, mentions, frame, published)
        if got is not None:
            q.date, q.date_text = got
            last_day[q.speaker] = got


def _announced(q: Quote, sentences: Sequence[_Sentence], starts: list[int], mentions: Sequence[_Mention],
               frame: str, published: dt.date | None) -> tuple[str, str | None] | None:
    k = bisect.bisect_right(starts, q.char_start) - 1
    for j in range(k - 1, max(-1, k - 1 - _ANNOUNCE_REACH), -1):
        s = sentences[j]
        if not s.cues:
            continue
        if not _names(mentions, s.start, s.end, q.speaker):
            continue
        day, words = date_of(frame[s.start:s.end], published)
        if day is not None and _recent(day, published):
            return day, words
    return None


def _recent(day: str, published: dt.date | None) -> bool:
    if published is None:
        return True
    try:
        d = dt.date.fromisoformat(day)
    except ValueError:
        return False
    return 0 <= (published - d).days <= _SPOKEN_WITHIN


def carry_media(quotes: Sequence[Quote], sentences: Sequence[_Sentence], paragraph_of: Sequence[int],
                mentions: Sequence[_Mention], frame: str) -> None:
    """Fill `medium` in place on quotes whose sentence names none from the sentence just before,
    when that sentence names the same speaker and where they spoke."""
    starts = [s.start for s in sentences]
    for q in quotes:
        if q.medium or not q.speaker:
            continue
        k = bisect.bisect_right(starts, q.char_start) - 1
        if k < 1 or paragraph_of[k - 1] != paragraph_of[k]:
            continue
        s = sentences[k - 1]
        if _names(mentions, s.start, s.end, q.speaker):
            q.medium = medium_of(frame[s.start:s.end])


def _names(mentions: Sequence[_Mention], start: int, end: int, speaker: str) -> bool:
    """Whether the speaker is named between start and end (mentions are in report order)."""
    i = bisect.bisect_left(mentions, start, key=_pos)
    while i < len(mentions) and mentions[i].pos < end:
        if getattr(mentions[i].who, "name", None) == speaker:
            return True
        i += 1
    return False


def _pos(m: _Mention) -> int:
    return m.pos
