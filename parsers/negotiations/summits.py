"""Summits told only by their host country (issue 16, class "summits"): "the peace summit in
Switzerland", "a Swiss-hosted conference on Ukraine". Such a gathering is convened by the host, so
the host is its first party (guideline: a mediator or host is a party), while a country alone
gives no venue. Talks "in Saudi Arabia" between two named sides keep the sides as actors; only a
summit or conference, which is the host's own event, takes the host first.
"""
from __future__ import annotations

from .cues import ci
from .report import Report
from .venues import Venue

# The gathering's own noun: a summit, or a conference on peace (not a press conference).
_GATHERING = ci(r"(?:summit|(?:peace|ukraine|international)\s+conference|conference\s+on\s+(?:ukraine|peace))\b")
# "a summit of Ukraine's allies in Sweden", "the summit between the two presidents": its
# members are named, and they are its sides.
_MEMBERS = ci(r"\s+(?:of|between|with|among)\b")
# "in Switzerland", "hosted by Switzerland", "held in Switzerland": the host after the noun.
_HOST_AFTER = ci(r"(?:\s+(?:on|for|about)\s+(?:[\w'-]+\s+){1,3}?)?(?:\s+(?:held|to\s+be\s+held|hosted))?\s+(?:in|by)\s+(?:the\s+)?$")
# "a Swiss-hosted summit", "Switzerland's peace summit": the host before the noun.
_HOST_BEFORE = ci(r"^(?:-hosted|'s|\s+hosted)\s+(?:[\w'-]+\s+){0,2}$")


def summit_host(rep: Report, clause: tuple[int, int], ts: int, te: int, venues: list[Venue]) -> str | None:
    """The country hosting the summit whose noun is `low[ts:te]`, when the clause names the host
    as a country and not a city (a city is the venue, and its state is found through it)."""
    low = rep.low
    noun = _GATHERING.search(low, ts, te + 30)
    if noun is None or noun.start() > te or _MEMBERS.match(low, noun.end()):
        return None
    cities = [(v.start, v.end) for v in venues]
    for m in rep.mentions(clause[0], clause[1]):
        if any(s <= m.start < e for s, e in cities):
            continue
        if m.start >= te and m.start - te <= 50 and _HOST_AFTER.search(low[te:m.start]):
            return m.party
        if m.end <= ts and ts - m.end <= 25 and _HOST_BEFORE.match(low[m.end:ts]):
            return m.party
    return None
