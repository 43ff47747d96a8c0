"""Which day a strike took place, as wire copy gives it -- and when the day it gives is not the attack's.

A sentence's own date ("on Tuesday", "overnight into Tuesday") dates its attack, but some dates belong
to something else: the day a toll was raised ("pulled more bodies Wednesday, raising the toll"), a rank
("the deadliest attack this year"), the saying of it in a next-morning report ("officials said on
Friday" ... "overnight"), or the comments an attack came hours after. Undated attacks take the day of
the report's dated attacks; a live blog or a governor's post tells one day.
"""
from __future__ import annotations

import datetime as dt
import re

from ..dates import date_of, find_date_spans, looks_ahead, resolve
from ..document import Document
from .events import Event
from .filters import is_attack, lower_pattern, lower_text, may_hold


_DAY_AFTER = re.compile(r"\b(?:a|one)\s+day\s+after\b", re.I)


_LIVE_ENTRY = re.compile(r"^\s*\d{1,2}[:.]\d{2}\s*[-–—]\s", re.M)


_HOURS_AFTER = re.compile(
    r"\b([A-Z][\w'’-]+)(?:'s|’s)\s+(?:comments|remarks|statement|address|speech|words|appeal)\s+came\s+"
    r"(?:just\s+|only\s+|a\s+few\s+|several\s+)?hours\s+(?:after|before)"
    # "Hours before the talks opened, a Russian missile tore through ..."
    r"|\b(?:hours|minutes|shortly)\s+(?:before|after)\s+the\s+(talks|meeting|summit|negotiations|signing|ceremony|visit|call)\b", re.I)


def sentence_date(text: str, doc: Document) -> tuple[str | None, str | None]:
    """The day a sentence gives its attack, and the words that gave it, minus the dates that are not the attack's."""
    date, date_words = date_of(text, doc.published)
    if date is None and date_words and date_words.lower().startswith("this ") and _SCOPE_OF_RANK.search(text):
        date_words = None  # "the deadliest attack on Kyiv this year" ranks the attack, it does not date it
    if date and date_words and doc.published is not None and date == doc.published.isoformat() and \
            _TONIGHT.fullmatch(date_words):
        date = _lead_day(doc) or date
    return _day_after(text, date), date_words


_SAID_ON = re.compile(r"\b(?:said|says|reported|announced|stated|told\s+\w+)\s+(?:on\s+)?$")


_TONIGHT = re.compile(r"(?:overnight|last\s+night|during\s+the\s+night|at\s+night)", re.I)


_LEAD_SENTENCES = 3


_lead_days: dict[int, str | None] = {}


def _lead_day(doc: Document) -> str | None:
    """The day the lead gives ("officials said on Friday") when it is the eve of publication: a report
    published the next morning tells that day's night as "overnight", not the night just past."""
    if id(doc) in _lead_days and _lead_days[id(doc)][0] is doc:
        return _lead_days[id(doc)][1]
    day = None
    for sent in doc.sentences[:_LEAD_SENTENCES]:
        date, words = date_of(sent.text, doc.published)
        if date and words and not _TONIGHT.fullmatch(words):
            at = sent.text.find(words)
            # "A massive Russian air assault struck ..., officials said on Friday": the lead tells the attack and
            # dates only the saying of it
            if dt.date.fromisoformat(date) == doc.published - dt.timedelta(days=1) and at > 0 and \
                    _SAID_ON.search(sent.text, max(0, at - 30), at) and is_attack(lower_text(sent.text)):
                day = date
            break
    _lead_days.clear()
    _lead_days[id(doc)] = (doc, day)
    return day


TOLL_UPDATE = re.compile(r"\b(?:raising|raised|bringing|brought|pushing|pushed)\s+the\s+(?:death\s+)?toll\b|"
                          r"\btoll\b[^.;]{0,160}?\b(?:has|had)\s+(?:risen|climbed|increased|grown|reached)\b")


_SCOPE_OF_RANK = re.compile(r"\b(?:deadliest|largest|biggest|heaviest|worst|most\s+\w+|[a-z]+est|first|second|third|fourth|fifth|"
                            r"sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b[^.;]{0,60}?\bthis\s+(?:year|month|week)\b",
                            re.I)


def attack_days(doc: Document, attack_dates: list[tuple[int, str]], undated: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Every dated attack sentence in report order, dating the ones read only now."""
    later = [(i, date) for i, text in undated for date in [sentence_date(text, doc)[0]] if date]
    return sorted(attack_dates + later) if later else attack_dates


def days_before(day: str, later: str) -> int:
    return (dt.date.fromisoformat(later) - dt.date.fromisoformat(day)).days


def _day_after(text: str, date: str | None) -> str | None:
    """"on Sunday, a day after a Russian missile brought down ..." -- the attack is the day before."""
    if date is None:
        return date
    low = text.lower()
    if "day after" not in low or not _DAY_AFTER.search(low):
        return date
    return (dt.date.fromisoformat(date) - dt.timedelta(days=1)).isoformat()


# a span that holds an earlier attack but gives no day ("last week", "earlier this month", "in March")
BACKGROUND_SPAN = re.compile(r"\b(?:week|month|year|spring|summer|autumn|fall|winter|January|February|March|April|May|June|"
                              r"July|August|September|October|November|December)\b", re.I)


_TELEGRAM = re.compile(r"\bTelegram\b")


def report_day(doc: Document, attack_dates: list[tuple[int, str]]) -> str | None:
    """The day a report is about when it tells one day only: a live blog's timestamped entries,
    a governor's post, or a report whose dated attacks all fall on one day."""
    if doc.published is not None and (len(_LIVE_ENTRY.findall(doc.norm)) >= 2 or
                                      _TELEGRAM.search(doc.source or "")):
        return doc.published.isoformat()
    days = {d for _, d in attack_dates}
    return next(iter(days)) if len(days) == 1 else None


def hours_after(doc: Document, ev: Event) -> str | None:
    """"Zelenskyy's comments came just hours after Russia fired ..." -- the attack shares
    the day the report gave for those comments."""
    for k in ev.anchors:
        text = doc.sentences[k].text
        m = _HOURS_AFTER.search(text) if may_hold(text, ("hours", "minutes", "shortly")) else None
        if not m:
            continue
        who = m.group(1) or m.group(2)
        for prev in reversed(doc.sentences[:k]):
            if who.lower() in prev.text.lower():
                ahead = looks_ahead(prev.text)
                for span in find_date_spans(prev.text):
                    day = resolve(span, doc.published, ahead)
                    if day:
                        return day.isoformat()
    return None


_DAY_AFTER = lower_pattern(_DAY_AFTER)  # runs on lower-cased text
