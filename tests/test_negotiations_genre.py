"""Wire-copy phrasings of each diplomatic act, written by us in the style of agency
reports (Reuters, AP, AFP), Kyiv and Moscow outlets in English, and officials' posts.

The sample reports taught the rules a few phrasings each; these sentences check that
the plain forms reporters use every day work too ("will hold talks in Geneva on
Sunday", "rejected a provision", "wanted a permanent ceasefire"), and that the
look-alikes that are not acts (history, hypotheticals, sport, trade, aid) give nothing.

Each case: text, then the one record expected (kind, parties with the actor first,
venue, topic, date). Reports are dated Friday 21 November 2025 unless a case says otherwise.
"""
from __future__ import annotations

from datetime import date

import pytest

from parsers.document import Document
from parsers.negotiations import extract_negotiations

FRIDAY = date(2025, 11, 21)
SUNDAY, SATURDAY, THURSDAY, NEXT_MONDAY = "2025-11-23", "2025-11-22", "2025-11-20", "2025-11-24"


def _one(text: str, published: date = FRIDAY):
    found = extract_negotiations(Document(text=text, published=published))
    assert len(found) == 1, [(n.kind, n.parties, n.rule) for n in found]
    return found[0]


def _check(text: str, kind: str, parties: list[str], venue: str | None = None, topic: str | None = None,
           day: str | None = "any") -> None:
    n = _one(text)
    assert n.kind == kind, (n.kind, n.rule)
    assert n.parties[:1] == parties[:1] and set(n.parties) == set(parties), n.parties
    assert n.venue == venue
    assert n.topic == topic
    if day != "any":
        assert n.date == day, (n.date, n.date_text)


# (text, kind, parties, venue, topic, date or "any")
SCHEDULED_TALKS = [
    ("The United States and Ukraine will hold talks in Geneva on Sunday.",
     "talks", ["United States", "Ukraine"], "Geneva", None, SUNDAY),
    ("U.S. and Ukrainian officials will hold talks in Geneva on Sunday on a plan to end the war, an official said.",
     "talks", ["United States", "Ukraine"], "Geneva", "peace settlement", SUNDAY),
]


@pytest.mark.parametrize("text,kind,parties,venue,topic,day", SCHEDULED_TALKS)
def test_scheduled_talks(text, kind, parties, venue, topic, day):
    _check(text, kind, parties, venue, topic, day)
