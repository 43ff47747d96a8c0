"""What a page carries around the report, and attribution words cut as if they were said.

The guideline (§4) logs no headline, sub-headline, photo caption, byline or
"read more" line, even when it reads "Putin says Russia will ...". A headline
is a short paragraph with no closing punctuation (other than the last, which
may be a report cut off mid-sentence); a caption or credit opens
with its label ("Photo:", "Video:"). Separately, a reported-speech cut that
holds only the circumstances of speaking ("told reporters after the meeting
ended", "said in a post accompanying a video") or only the attribution's own
words ("Then, the head of the regional administration") said nothing.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..document import Paragraph
from ..records import Quote
from .names import DETERMINERS, ROLE_WORDS

_CLOSED = re.compile(r"[.!?…:;\"”»’')\]]\s*$")
_LABEL = re.compile(r"\s*(?:Photo|Photos|Video|Image|Images|Images\s+source|Caption|Credit|Read\s+more|Read\s+also|"
                    r"See\s+also|Related|Watch|Listen)\s*:", re.I)
_HEADLINE_WORDS = 25
# A cut that opens like this tells when or how the words were said, not what was said.
_CIRCUMSTANCE = {"after", "when", "before", "while", "via", "during", "following", "behind", "accompanying", "upon",
                 "whether", "shortly", "ahead"}
_ATTRIBUTION_WORDS = ROLE_WORDS | DETERMINERS | {"of", "then", "and", "later", "earlier", "also", "the"}
_WORD = re.compile(r"[A-Za-z][\w'’\-]*")


def drop_furniture(quotes: list[Quote], text: str, paragraphs: Sequence[Paragraph]) -> list[Quote]:
    starts = [p.start for p in paragraphs]
    return [q for q in quotes if not _furniture(q, text, paragraphs, starts) and not _said_nothing(q)]


def _furniture(q: Quote, text: str, paragraphs: Sequence[Paragraph], starts: list[int]) -> bool:
    k = bisect.bisect_right(starts, q.char_start) - 1
    if k < 0:
        return False
    p = paragraphs[k]
    body = text[p.start:p.end]
    if _LABEL.match(body):
        return True
    # the last paragraph may be a report cut off mid-sentence, not a headline
    return k < len(paragraphs) - 1 and q.char_end <= p.end and not _CLOSED.search(body) \
        and len(body.split()) <= _HEADLINE_WORDS


def _said_nothing(q: Quote) -> bool:
    if q.kind != "indirect":
        return False
    words = _WORD.findall(q.text)
    if not words:
        return True
    if words[0].lower() in _CIRCUMSTANCE:
        return True
    return all(w.lower() in _ATTRIBUTION_WORDS or w[:1].isupper() for w in words)
