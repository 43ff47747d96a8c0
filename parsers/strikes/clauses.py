"""Which clause of a sentence a place and its figures sit in.

Wire copy and ministry posts pack several places into one sentence: a region's tally and a town's
damage ("destroyed 12 drones over the Rostov region ..., adding that a fire broke out in Taganrog"),
a list sharing one figure each ("6 each over the Oryol and Moscow regions"), or regions hit after
the country's tally ("..., with hits recorded in the Kharkiv and Odesa regions"). These helpers
split at clause breaks (commas, semicolons, "and", "while") and read each clause's own figures.
"""
from __future__ import annotations

import re

from ..places import Mention
from ..numbers import NUMBER, parse_number
from .counts import SUBCOUNT, Counts, find_counts
from .filters import lower_pattern, lower_text

CLAUSE_BREAK = re.compile(r",|;|\band\b|\bwhile\b")
# What damage a clause may tell ("a fire broke out", "debris damaged ..."): the clause then has harm of its own.
DAMAGE = re.compile(r"\b(?:damag\w*|destroy\w*|hit|struck|fire|fires|ablaze|alight|collapsed|debris|fragments|burn\w*)\b", re.I)
_SUBCOUNT_LOW = lower_pattern(SUBCOUNT)


def _split(text: str, a: Mention, b: Mention) -> int | None:
    """Where the clause of the earlier of two places ends: the last clause break between them."""
    first, second = (a, b) if a.start < b.start else (b, a)
    gap = list(CLAUSE_BREAK.finditer(text, first.end, second.start))
    return gap[-1].start() if gap else None


def own_tally(text: str, region: Mention, town: Mention) -> bool:
    """"destroyed 12 drones over the Rostov region ..., adding that a fire broke out in Taganrog": the
    tally sits in the region's own clause, the town's clause holds none, so the region keeps it.
    A region that only sets the scene ("In the Belgorod region, shelling damaged houses in
    Shebekino") or places the town ("Taganrog, Rostov region") gives way to the town."""
    cut = _split(text, region, town)
    if cut is None:
        return False
    own, other = (text[:cut], text[cut:]) if region.start < town.start else (text[cut:], text[:cut])
    mine = find_counts(own)
    if mine.intercepted is None and mine.launched is None:
        return False
    theirs = find_counts(other)
    return theirs.intercepted is None and theirs.launched is None


def own_harm(text: str, region: Mention, town: Mention) -> bool:
    """Whether the town's clause tells something of its own: damage, casualties or its share of
    the tally ("including three over Kursk itself")."""
    cut = _split(text, region, town)
    clause = text[cut:] if region.start < town.start else text[:cut]
    low = lower_text(clause)
    return bool(find_counts(clause).any() or DAMAGE.search(clause) or _SUBCOUNT_LOW.search(low))


def listed_apart(text: str, main: list[Mention], counts: Counts) -> list[Mention]:
    """Regions listed in a clause of their own after the tally's figures ("48 of the 85 drones were
    shot down, with hits recorded in the Kharkiv and Odesa regions"): the figures are the country's,
    each region is a place hit without them."""
    if len(main) < 2 or counts.intercepted is None and counts.launched is None or \
            any(m.via != "region-list" for m in main):
        return []
    gap = list(CLAUSE_BREAK.finditer(text, 0, main[0].start))
    if not gap:
        return []
    cut = gap[-1].start()
    before, after = find_counts(text[:cut]), find_counts(text[cut:])
    if before.intercepted is None and before.launched is None or after.intercepted is not None or after.launched is not None:
        return []
    return main


# "..., with most aimed at the Volyn and Sumy regions": where the wave was aimed, nothing of their own
_AIMED_AT = re.compile(r"\b(?:focus\w*|target\w*|aim\w*|direct\w*|concentrat\w*)\s+(?:\w+\s+)?(?:on|at|against)\b|"
                       r"\btargeting\b", re.I)
_HARM_NAMED = re.compile(r"\b(?:hits?|impacts?|damag\w*|destroy\w*|fires?|debris|fragments|killed|injured|wounded)\b", re.I)


def only_aimed_at(text: str, listed: list[Mention]) -> bool:
    """Whether regions listed apart after the tally are only where the wave was aimed (§4: no
    record of their own; the wave's record covers them)."""
    if not listed:
        return False
    gap = list(CLAUSE_BREAK.finditer(text, 0, listed[0].start))
    clause = text[gap[-1].start() if gap else 0:listed[-1].end]
    return bool(_AIMED_AT.search(clause)) and not _HARM_NAMED.search(clause)


_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def each_listed(first: Mention, mentions: list[Mention], text: str) -> list[Mention]:
    """"2 each over the Tula, Kaluga and Kursk regions": the places listed from `first` on."""
    out = [first]
    for x in mentions:
        if x.start > out[-1].end and x.via == "region-list" and _LIST_JOIN.fullmatch(text, out[-1].end, x.start):
            out.append(x)
    return out


# "..., three in Kherson city and one in the Zaporizhzhia region", "killed 9, including three in Kyiv": the figure
# alone, its verb left out;
# ", one shell at Tyotkino": a launch figure with its noun
_ELIDED = re.compile(rf"^[\s,;—–-]*(?:and\s+|while\s+|including\s+|among\s+them\s+|of\s+whom\s+)?(?P<n>{NUMBER})\s+"
                     r"(?:more\s+|others?\s+|people\s+|persons\s+)?"
                     r"(?:in|at|near|on|across)\b", re.I)
_ELIDED_LAUNCH = re.compile(rf"^[\s,;—–-]*(?:and\s+|while\s+)?(?P<n>{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?"
                            r"(?:shells?|rounds?|rockets?|missiles?|drones?|bombs?|mines?)\s+(?:at|on|in|against|into|near)\b", re.I)


def elided_figure(clause: str, told: Counts | None) -> Counts:
    """A place's clause that gives only a figure ("four in Kherson") after a clause that told one
    figure ("two died in the Odesa region", "five shells were fired at X") shares
    that figure's role."""
    if told is None:
        return Counts()
    roles = [f for f in ("killed", "injured", "launched", "intercepted") if getattr(told, f) is not None]
    if len(roles) != 1:
        return Counts()
    m = (_ELIDED_LAUNCH if roles[0] == "launched" else _ELIDED).match(clause)
    n = parse_number(m.group("n")) if m else None
    return Counts(**{roles[0]: n}) if n is not None else Counts()
