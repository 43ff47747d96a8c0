"""Counts: launched, intercepted, killed, injured, as reports word them.

"fired"/"launched" count launches; "shot down"/"downed"/"intercepted"/
"destroyed"/"repelled" count interceptions; "X of Y drones were shot down" gives
both. "no casualties" is 0 killed and 0 injured; "17 people, including three
children" is 17. Vague amounts ("dozens", "several") give nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..numbers import HEDGE, NUMBER, NUMBER_RE, parse_number
from .filters import has_any, lower_pattern, lower_text, stems_pattern

_N = rf"(?P<n>{NUMBER})"
_W = (r"(?:drones?|UAVs?|unmanned\s+(?:aerial\s+)?(?:vehicles?|aircraft)|missiles?|rockets?|shells?|bombs?|"
      r"Shaheds?|Gerans?|projectiles?|targets?|threats|(?:aerial\s+)?(?:weapons|objects)|munitions|(?:mortar\s+)?rounds|mines)")
_ADJ = r"(?:[\w.'’-]+\s+){0,4}?"
_PEOPLE = (r"(?:people|persons?|individuals?|civilians?|residents?|men|women|man|woman|children|child|teenagers?|"
           r"boys?|girls?|employees?|workers?|soldiers?|servicemen|rescuers?|others|of\s+them|firefighters?|"
           r"police(?:\s+officers?)?|officers?|guards?|drivers?|passengers?|pensioners?|volunteers?|journalists?|"
           r"doctors?|medics?|staff|farmers?|miners?|adults?|victims?|teachers?|pupils?|students?|patients?|nurses?)")
_INTERCEPT_VERB = r"(?:shot\s+down|downed|intercepted|destroyed|repelled|neutrali[sz]ed|suppressed|brought\s+down|eliminated)"
_LAUNCH_VERB = (r"(?:launched|launching|fired|firing|sent|sending|used|using|deployed|unleashed|attacked\s+with|"
                r"targeted\s+\w+\s+with)")
_INCL = r"(?:\s*,\s*(?:including|among\s+them|of\s+whom)[^,]*,)?"

_X_OF_Y = re.compile(rf"(?P<x>{NUMBER})\s+(?:out\s+)?of\s+(?:the\s+)?(?P<y>{NUMBER})\s+{_ADJ}{_W}", re.I)  # "48 of the 85 drones"
# The "of 112 drones" every X_OF_Y match holds: far cheaper to look for, since X_OF_Y (which may start
# inside a word) tries a figure at every character.
_OF_Y = re.compile(rf"\bof\s+(?:the\s+)?{NUMBER}\s+{_ADJ}{_W}", re.I)
# "Of the 112 drones launched by Russia overnight, 89 were shot down"
_OF_THE_Y = re.compile(rf"\bof\s+the\s+(?P<y>{NUMBER})\s+{_ADJ}{_W}\b[^.;]{{0,80}}?,\s*(?P<x>{NUMBER})\s+(?:{_ADJ}{_W}\s+)?"
                       rf"(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?{_INTERCEPT_VERB}", re.I)
# "shot down all 29 Russia-launched drones", "destroyed all 31 drones Russia launched overnight": every
# one launched was downed, so the figure is both
_ALL_LAUNCHED = lower_pattern(
    rf"\b{_INTERCEPT_VERB}\s+all\s+(?:the\s+)?{_N}\s+(?:(?:[\w-]+\s+){{0,3}}?{_W}\s+(?:that\s+|which\s+)?"
    rf"(?:(?:russia|ukraine|moscow|kyiv|the\s+enemy|(?:russian|ukrainian)\s+forces)\s+)?(?:had\s+|has\s+|were\s+|had\s+been\s+)?"
    rf"(?:launched|fired|sent)\b|(?:[\w-]+\s+)?[a-z]+-launched\s+{_W})")  # runs on lower-cased text
_NUMBER_WORD = r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|twenty|thirty|forty|fifty)\b"
_GAP = rf"(?:(?!\d|{_NUMBER_WORD}|\bof\s+(?:which|them|those|these)\b)[^.;]){{0,60}}?"  # a stretch that holds no other figure
_INTERCEPTED = [
    re.compile(rf"\b{_N}\s+of\s+(?:which|them|these|those)\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?{_INTERCEPT_VERB}", re.I),
    # "of which 25 were shot down", "Of those, 36 were shot down", "of which 438 drones and 14 missiles were"
    re.compile(rf"\bof\s+(?:which|them|these|those)\s*,?\s*{_N}\b[^.;]{{0,50}}?\b(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?{_INTERCEPT_VERB}", re.I),
    # "All 14 were shot down"
    re.compile(rf"\ball\s+{_N}\s+(?:{_ADJ}{_W}\s+)?(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?{_INTERCEPT_VERB}", re.I),
    # "; 103 were shot down" -- a bare figure with an air-defence verb (not "destroyed": houses are destroyed too)
    re.compile(rf"\b{_N}\s+(?:were|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:shot\s+down|downed|intercepted|neutrali[sz]ed|brought\s+down)", re.I),
    re.compile(rf"\b{_INTERCEPT_VERB}\s+(?:a\s+total\s+of\s+|all\s+)?{_N}\s+{_ADJ}{_W}", re.I),
    # "crews managed to shoot down six cruise missiles"
    re.compile(rf"\b(?:able|managed|succeeded|failed)\s+to\s+(?:shoot\s+down|intercept|destroy|down|neutrali[sz]e)\s+{_N}\s+{_ADJ}{_W}", re.I),
    # "24 UAVs were launched, 18 were destroyed": a bare figure after the launch figure is the weapons'
    re.compile(rf"\b(?:were|had\s+been|have\s+been)\s+(?:launched|fired)\b[^.;]{{0,40}}?[,;]\s*(?:and\s+|while\s+|of\s+(?:which|them|these)\s+)?"
               rf"{_N}\s+(?:were|had\s+been|have\s+been)\s+(?:\w+\s+)?{_INTERCEPT_VERB}", re.I),
    re.compile(rf"\b{_N}\s+{_ADJ}{_W}(?:\s+and\s+{NUMBER}\s+{_ADJ}{_W})?{_GAP}\b(?:were|was|had\s+been|have\s+been|being|got)\s+(?:\w+\s+)?{_INTERCEPT_VERB}", re.I),
    # "12 drones shot down over Kursk" -- but "two missiles destroyed several homes" is what they hit
    re.compile(rf"\b{_N}\s+{_ADJ}{_W}\s+(?:{_INTERCEPT_VERB})(?!\s+(?:and\s+damaged|(?:a|an|the|several|two|three|\d+|dozens|many|some)\b))", re.I),
    # "shot down 48 over the Kursk region", "destroyed seven of them" -- but not "destroyed three uncrewed boats"
    re.compile(rf"\b{_INTERCEPT_VERB}\s+{_N}\b(?=\s*(?:[.,;:]|$|over\b|above\b|in\b|on\b|near\b|overnight|during\b|by\b|"
               rf"of\s+(?:them|these|those|the)\b|and\b|while\b|before\b|as\b|out\s+of\b))", re.I),
]
# "repelled a Russian drone attack" tells no figure: the attack, not one drone
_INTERCEPT_ONE = re.compile(rf"\b{_INTERCEPT_VERB}\s+(?:a|an|one)\s+(?:[\w-]+\s+){{0,3}}?(?:drone|missile|UAV|rocket|Shahed|projectile)\b"
                            r"(?!\s+(?:attacks?|strikes?|raids?|assaults?|barrage|threat)\b)"
                            # "One drone was downed near Kashira", "wreckage of a downed UAV landed"
                            r"|\b(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?(?:drone|missile|UAV|rocket|Shahed|projectile)\s+(?:was|has\s+been|had\s+been)\s+"
                            r"(?:\w+\s+)?(?:shot\s+down|downed|intercepted|destroyed|neutrali[sz]ed)\b"
                            r"|\b(?:a|an|one)\s+(?:downed|intercepted)\s+(?:[\w-]+\s+){0,2}?(?:drone|missile|UAV|rocket|Shahed)\b", re.I)
_LAUNCHED = [
    re.compile(rf"\b(?:targeted|attacked|struck|hit)\s+(?:with|by)\s+{_N}\s+{_ADJ}{_W}", re.I),
    # "struck Russia's Bryansk region with six U.S.-made ATACMS missiles"
    re.compile(rf"\b(?:targeted|attacked|struck|hit|pounded)\s+(?:(?!\d)[^.;,]){{1,60}}?\bwith\s+{_N}\s+{_ADJ}{_W}", re.I),
    re.compile(rf"\b{_LAUNCH_VERB}\s+(?:a\s+total\s+of\s+|a\s+barrage\s+of\s+|a\s+wave\s+of\s+)?{_N}\s+{_ADJ}{_W}", re.I),
    re.compile(rf"\b{_N}\s+{_ADJ}{_W}{_GAP}\b(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:launched|fired)", re.I),
    re.compile(rf"\b(?:attack|barrage|wave|salvo)\s+(?:of|involving|with)\s+{_N}\s+{_ADJ}{_W}", re.I),
    # "as four shells hit the outskirts", "six rockets landed near the school"
    re.compile(rf"\b{_N}\s+{_ADJ}(?:shells|rounds|rockets|mines|bombs)\s+(?:hitting|hit|landing|landed|falling|fell|striking|struck)\b", re.I),
    # "two drones had damaged the pier", "three missiles struck the port"
    re.compile(rf"\b{_N}\s+{_ADJ}(?:drones|UAVs|missiles|rockets|bombs|shells)\s+(?:had\s+|have\s+)?(?:hit|attacked|struck|slammed\s+into|"
               rf"destroyed|damaged)\s+(?:the|a|an|and|several|many|dozens|two|three|four|five|\d+)\b", re.I),
]
_ITEM = rf"{NUMBER}\s+(?:[\w.'’-]+\s+){{0,2}}?"
# The "and 90 drones" that closes every _LAUNCH_LIST match: it opens with a literal, which sre finds fast.
_AND_FIGURE = re.compile(rf"and\s+{NUMBER}\s+{_ADJ}{_W}", re.I)
_LAUNCH_LIST = re.compile(
    rf"(?:\b{_LAUNCH_VERB}|\b(?:attacked|struck|targeted|hit|pounded)\s+(?:(?!\d)[^.;,]){{1,60}}?\bwith)\s+(?P<list>{_ITEM}[\w.'’-]+(?:,\s+{_ITEM}[\w.'’-]+)*,?\s+and\s+{NUMBER}\s+{_ADJ}{_W})", re.I)
_KNOWN = r"(?:(?:known|said|reported|confirmed|believed)\s+to\s+(?:be|have\s+been)\s+|reported\s+)?"
_KILLED = [
    re.compile(rf"\b(?:death\s+toll|number\s+of\s+(?:people\s+)?(?:killed|dead)).{{0,160}}?\b(?:risen|rose|increased|grown|climbed|reached)\s+to\s+{_N}", re.I),
    # "..., which raised the overnight toll in the capital to 28"
    re.compile(rf"\b(?:raising|raised|bringing|brought|pushing|pushed)\s+the\s+(?:death\s+)?toll\b[^.;]{{0,100}}?\bto\s+{_N}", re.I),
    # "the toll ... stands at 11 confirmed deaths", "eight confirmed deaths"
    re.compile(rf"\b{_N}\s+(?:confirmed\s+|reported\s+|civilian\s+)?(?:deaths|fatalities)\b", re.I),
    # "Three servicemen suffered lethal wounds"
    re.compile(rf"\b{_N}\s+(?:{_ADJ}{_PEOPLE}\s+)?(?:suffered|sustained|received)\s+(?:lethal|fatal|mortal)\s+(?:wounds|injuries)", re.I),
    # "the loss of 13 civilian lives", "claimed the lives of four residents"
    re.compile(rf"\b(?:loss\s+of|took\s+the\s+lives\s+of|taken\s+the\s+lives\s+of|claimed\s+the\s+lives\s+of)\s+{_N}\b"
               rf"(?:\s+{_ADJ}(?:{_PEOPLE}|lives))?", re.I),
    # "two people were killed", "Seven more were killed" (a figure after an earlier one in the report)
    re.compile(rf"\b{_N}\s+(?:more\s+)?(?:{_ADJ}{_PEOPLE}\s*)?{_INCL}\s*(?:were|was|have\s+been|had\s+been|are|is|have|has|had)?\s*{_KNOWN}(?:\w+ly\s+)?(?:killed|dead|died|perished|lost\s+their\s+lives)\b", re.I),
    re.compile(rf"\b(?:killing|killed|kills|claimed\s+the\s+lives\s+of|left)\s+(?:at\s+least\s+)?{_N}\s+(?:{_ADJ}{_PEOPLE}|dead)\b", re.I),
    re.compile(rf"\bleft\s+{_N}\s+(?:people\s+)?dead\b", re.I),
    re.compile(rf"\bdeath\s+toll\s+(?:\w+\s+){{0,3}}?(?:to|at|of|reached|stands\s+at)\s+{_N}", re.I),
    # "shelled Kharkiv, killing two." -- the noun left out
    re.compile(rf"\b(?:killing|killed)\s+(?:at\s+least\s+)?{_N}(?=\s*(?:[.,;]|and\s|$))", re.I),
]
_INJURED = [
    re.compile(rf"\bnumber\s+of\s+(?:people\s+)?(?:injured|wounded|hurt).{{0,100}}?\b(?:risen|rose|increased|grown|climbed|reached)\s+to\s+{_N}", re.I),
    re.compile(rf"\b{_N}\s+(?:more\s+)?(?:{_ADJ}{_PEOPLE}\s*)?{_INCL}\s*(?:were|was|have\s+been|had\s+been|are|is|got)?\s*{_KNOWN}(?:\w+ly\s+)?(?:injured|wounded|hurt|hospitali[sz]ed)\b", re.I),
    re.compile(rf"\b(?:injuring|wounding|injured|wounded|injures|wounds|hurt|hurting)\s+(?:at\s+least\s+)?{_N}\b(?:\s+{_ADJ}{_PEOPLE})?", re.I),
    re.compile(rf"\b{_N}\s+(?:{_ADJ}{_PEOPLE}\s*)?{_INCL}\s*(?:have\s+|had\s+)?(?:suffered|sustained|received)\s+(?!(?:lethal|fatal|mortal)\b)(?:[\w-]+\s+){{0,2}}(?:wounds|injuries|burns)", re.I),
    re.compile(rf"\b(?:and|left)\s+{_N}\s+(?:people\s+)?(?:wounded|injured)\b", re.I),
    re.compile(rf"\bnumber\s+of\s+(?:injured|wounded)\s+(?:\w+\s+){{0,3}}?(?:to|at|reached)\s+{_N}", re.I),
    # "five dead and 23 injuries confirmed so far"
    re.compile(rf"\b{_N}\s+(?:confirmed\s+|reported\s+)?injuries\b", re.I),
]
_DEFENCE = re.compile(r"\b(?:anti-aircraft|air\s+defen[cs]es?|shot\s+down|intercept\w*|repel\w*|downed|preventing)\b", re.I)
_HEADED = re.compile(rf"\b{_N}\s+of\s+(?:the|these|them)\s*(?:{_W})?\s+(?:were\s+|was\s+)?(?:headed|heading|flying|aimed)\s+(?:toward|towards|for|at)\b", re.I)
_ONE_NOUN = (r"(?:man|woman|person|child|boy|girl|civilian|resident|teenager|pensioner|driver|passenger|worker|employee|"
             r"firefighter|rescuer|guard|farmer|owner|soldier|serviceman|officer|volunteer|journalist|medic|doctor)")
_SUFFERED = re.compile(r"\b(?:suffered|sustained|received)\s+(?:[\w-]+\s+){0,2}(?:wounds|injuries|burns|trauma)\b", re.I)
_ONE_KILLED = re.compile(rf"\b(?:killing|killed)\s+(?:a|one)\b|\b(?:killing|killed)\s+the\s+(?:[\w-]+\s+){{0,2}}?{_ONE_NOUN}\b|\b(?:a|an|one)\s+(?:[\w-]+\s+){{1,3}}(?:was|has\s+been|had\s+been)\s+(?:\w+\s+)?killed\b"
                         # "one person was injured and another killed"
                         r"|\b(?:injured|wounded|hurt)\s+and\s+another\s+(?:one\s+|person\s+)?(?:was\s+)?killed\b"
                         # "A 55-year-old man died in hospital after ..."
                         rf"|\b(?:a|an|one)\s+(?:[\w-]+\s+){{0,2}}?{_ONE_NOUN}\s+(?:has\s+|had\s+|later\s+)?died\b", re.I)
_ONE_INJURED = re.compile(rf"\b(?:injuring|wounding|injured|wounded)\s+(?:their|his|her)\s+(?:[\w-]+\s+)?(?:child|son|daughter|baby|mother|father|wife|husband)\b|"
                          rf"\b(?:injuring|wounding)\s+(?:a|one)\b|\b(?:injuring|wounding|injured|wounded)\s+the\s+(?:[\w-]+\s+){{0,2}}?{_ONE_NOUN}\b|\b(?:a|an|one)\s+(?:[\w-]+\s+){{1,3}}(?:was|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:injured|wounded|hurt)\b"
                          # "one person was killed and another injured"
                          r"|\bkilled\s+and\s+another\s+(?:one\s+|person\s+)?(?:was\s+)?(?:injured|wounded|hurt)\b", re.I)
_ONE_PERSON = re.compile(rf"\b(?:a|an|one|the)\s+(?:\d+-year-old\s+|young\s+|elderly\s+|local\s+)?{_ONE_NOUN}\b"
                         r"|\b(?:their|his|her)\s+(?:[\w-]+\s+)?(?:child|son|daughter|baby|mother|father|wife|husband)\b", re.I)
_NO_CASUALTIES = re.compile(r"\bno\s+(?:casualties|victims|one\s+was\s+(?:killed\s+or\s+)?(?:hurt|injured))\b|\bwithout\s+casualties\b|"
                            r"\b(?:no\s+(?:one|people)|nobody)\s+(?:were|was)\s+(?:hurt|injured)\b", re.I)
_NO_INJURED = re.compile(r"\bno\s+(?:injuries|one\s+was\s+(?:injured|hurt|wounded))\b", re.I)
_NO_KILLED = re.compile(r"\bno\s+(?:deaths|fatalities|one\s+was\s+killed|dead)\b|\bnobody\s+was\s+killed\b", re.I)


# "killing a woman and her two children", "two men and a teenager were wounded": people listed one by
# one add up. Each item is a person ("a boy", "his wife", "the driver"), a couple, or a figure with
# a plural noun ("two passers-by"); the list stops at anything else ("including", a verb).
_KIN = r"(?:wife|husband|son|daughter|mother|father|brother|sister|grandson|granddaughter|grandmother|grandfather|neighbou?r|friend|colleague)"
_ONE_ITEM = rf"(?:(?:a|an|one|the|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{_ONE_NOUN}|{_KIN}|passer-by)|(?:his|her|their)\s+{_KIN})"
_TWO_ITEM = r"(?:a|an|the)\s+(?:[\w-]+\s+)?couple"
_PLURAL = (r"(?:people|persons|civilians|residents|men|women|children|teenagers|boys|girls|employees|workers|soldiers|servicemen|"
           r"rescuers|firefighters|police\s+officers|officers|guards|drivers|passengers|pensioners|volunteers|journalists|"
           r"doctors|medics|farmers|miners|adults|passers-by|others|sons|daughters|relatives|neighbou?rs|teachers|pupils|"
           r"students|patients|nurses)")
_MANY_ITEM = rf"(?:(?:his|her|their)\s+)?(?:{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?{_PLURAL}"
_ITEM_RE = rf"(?:{_TWO_ITEM}|{_ONE_ITEM}|{_MANY_ITEM})"
_PEOPLE_LIST = rf"(?P<list>{_ITEM_RE}(?:(?:\s*,\s*{_ITEM_RE})*(?:\s*,)?\s+and\s+{_ITEM_RE})?)\b"
_LISTED_KILLED = [re.compile(rf"\b(?:killing|killed|kills)\s+{_PEOPLE_LIST}", re.I),
                  re.compile(rf"(?:^|[,;]\s*|\b(?:and|as|when|after)\s+){_PEOPLE_LIST}\s+(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?killed\b", re.I)]
_LISTED_INJURED = [re.compile(rf"\b(?:injuring|wounding|injured|wounded|injures|wounds|hurting)\s+{_PEOPLE_LIST}", re.I),
                   re.compile(rf"(?:^|[,;]\s*|\b(?:and|as|when|after)\s+){_PEOPLE_LIST}\s+(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:injured|wounded|hurt)\b", re.I)]
# the verb-first layout needs a casualty verb; the subject-first one a "were killed" (substring gates)
_LISTED_GATES = (("killing", "killed", "kills", "injuring", "wounding", "injured", "wounded", "injures", "wounds", "hurting"),
                 ("were killed", "been killed", "were injured", "been injured", "were wounded", "been wounded", "were hurt",
                  "been hurt"))
_ITEM_SPLIT = re.compile(rf"{_TWO_ITEM}|{_MANY_ITEM}|{_ONE_ITEM}", re.I)


def _listed(patterns: list[re.Pattern[str]], text: str) -> int | None:
    """The sum of a list of people after a casualty verb or before "were killed"."""
    for pat, stems in zip(patterns, _LISTED_GATES):
        if not has_any(text, stems):
            continue
        m = pat.search(text)
        if m is None:
            continue
        total = 0
        items = list(_ITEM_SPLIT_LOW.finditer(m.group("list")))
        if len(items) == 1 and not items[0].group().endswith("couple"):
            continue  # one item: the figure patterns read it
        for item in items:
            words = item.group()
            figure = _NUMBER_LOW.search(words)
            if words.endswith("couple"):
                total += 2
            elif figure:
                n = parse_number(figure.group())
                if n is None:
                    return None
                total += n
            else:
                total += 1
        return total or None
    return None


# "All were intercepted", "all of them were shot down": the figure is the launch count
_ALL_DOWNED = re.compile(rf"\ball\s+(?:of\s+them\s+|of\s+these\s+|of\s+the\s+{_W}\s+)?(?:were|had\s+been|have\s+been)\s+"
                         rf"(?:\w+\s+)?(?:intercepted|shot\s+down|downed|destroyed|neutrali[sz]ed)\b", re.I)
# "438 drones and 14 missiles were shot down": one tally of two weapon classes, added up
_CLASS_ADJ = r"(?:(?!of\b)[\w.'’-]+\s+){0,4}?"  # "three of the missiles" is a share, not a class
_CLASSES_SUM = re.compile(rf"(?P<a>{NUMBER})\s+{_CLASS_ADJ}{_W}\s+and\s+(?P<b>{NUMBER})\s+{_CLASS_ADJ}{_W}", re.I)


def _summed(text: str, at: int | None) -> int | None:
    """The sum of a figure and the one joined to it by "and", each with its weapon noun."""
    m = _CLASSES_SUM.match(text, at) if at is not None else None
    if m is None:
        return None
    a, b = parse_number(m.group("a")), parse_number(m.group("b"))
    return a + b if a is not None and b is not None else None


@dataclass
class Counts:
    launched: int | None = None
    intercepted: int | None = None
    killed: int | None = None
    injured: int | None = None
    intercepted_at: int | None = None  # where the intercept figure sits (to tell tallies from sub-counts)
    all_downed: bool = False  # "All were intercepted": as many as were launched, told here or before

    def any(self) -> bool:
        return self.launched is not None or self.intercepted is not None or self.killed is not None or \
            self.injured is not None or self.all_downed


_SUBSET_BEFORE = re.compile(r"(?:\bincluding|\bof\s+whom|\bamong\s+them|\bno)\s+$", re.I)


_UNIT_AFTER = re.compile(r"\s*(?:-|–)?\s*(?:year|stor|floor|kilomet|km|metre|meter|mile|hour|minute|day|week|month|%)", re.I)


def _matches(pat: re.Pattern[str], text: str, starts: list[int], before: int):
    """A pattern that opens with a figure is tried only where a figure starts (found once per
    sentence), instead of at every character, and only before `before` (where the figure
    already found sits: a later one cannot win)."""
    if pat.pattern.startswith(_N_FIRST):
        for pos in starts:
            if pos >= before:
                return
            m = pat.match(text, pos)
            if m:
                yield m
    else:
        for m in pat.finditer(text):
            if m.start() >= before:
                return
            yield m


def _first(patterns: list[re.Pattern[str]], text: str, starts: list[int]) -> tuple[int | None, int | None]:
    best: tuple[int, int] | None = None
    for pat, gates in zip(patterns, _PATTERN_GATES[id(patterns)]):
        if not _open(text, gates):
            continue
        for m in _matches(pat, text, starts, len(text) + 1 if best is None else best[0]):
            raw = m.group("n")
            if _UNIT_AFTER.match(text, m.end("n")):
                continue
            if _SUBSET_BEFORE.search(text, max(0, m.start("n") - 16), m.start("n")):
                continue
            value = parse_number(raw)
            if value is None:
                continue
            if best is None or m.start("n") < best[0]:
                best = (m.start("n"), value)
            break
    return (best[1], best[0]) if best else (None, None)


# Cheap gates: a family of patterns runs only when its verbs are in the sentence (substring tests).
_NUMBER_STEMS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "dozen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred")
_NUMBER_WORD_STEMS = stems_pattern(_NUMBER_STEMS)
_SINGLE_STEMS = ("a ", "an ", "no ", "nobody", "without", "the ", "all ")
_INTERCEPT_STEMS = ("shot", "down", "intercept", "destroy", "repel", "neutrali", "suppress", "eliminat", "headed", "heading",
                    "flying", "aimed")
_LAUNCH_STEMS = ("launch", "fire", "firing", "sent", "sending", "used", "using", "deploy", "unleash", "attack", "target",
                 "barrage", "wave", "salvo", "struck", "hit", "pound", " of ", "land", "fell", "falling")
# Every launch pattern ends in a weapon noun (_W).
_WEAPON_STEMS = ("drone", "uav", "unmanned", "missile", "rocket", "shell", "bomb", "shahed", "geran", "projectile", "target", "threats",
                 "rounds", "mines",
                 "weapon", "object", "munition")
_NO_KILLED_STEMS = ("death", "fatalit", "kill", "dead")  # what _NO_KILLED says nobody suffered
_KILLED_STEMS = ("kill", "dead", "died", "perish", "lives", "toll", "casualt", "fatalit", "victims", "deaths", "lethal", "fatal",
                 "mortal")
_INJURED_STEMS = ("injur", "wound", "hurt", "hospitali", "casualt", "victims", "burns")
_DIGIT = re.compile(r"\d")
_N_FIRST = r"\b(?P<n>"  # how a pattern that opens with a figure starts
# A figure starts a word, with a digit or the first letter of a hedge or number word ("nearly", "one"):
# the lookahead skips every other position at once.
_FIGURE_START = re.compile(rf"\b(?=[\dacefhjlmnorstu]){NUMBER}\b", re.I)


_HEDGE_RE = re.compile(HEDGE, re.I)


def _figure_starts(text: str) -> list[int]:
    """Where figures start: at the hedge ("nearly 380") and at the number after it."""
    starts = []
    for m in _FIGURE_START.finditer(text):
        starts.append(m.start())
        h = _HEDGE_RE.match(text, m.start())
        if h and h.end() < m.end():
            starts.append(h.end())
    return starts


def find_counts(text: str) -> Counts:
    """The figures one sentence (or clause) states: a fresh copy, since callers own their counts."""
    c = _counts(text)
    return Counts(c.launched, c.intercepted, c.killed, c.injured, c.intercepted_at, c.all_downed)


@lru_cache(maxsize=4096)
def _counts(text: str) -> Counts:
    """Wire copy repeats sentences across reports ("There were no casualties"), so figures are
    read once per distinct sentence."""
    c = Counts()
    text = low = lower_text(text)  # every pattern here runs on lower-cased text
    numbers = bool(_DIGIT.search(text)) or bool(_NUMBER_WORD_STEMS.search(low))
    if not numbers and not has_any(low, _SINGLE_STEMS):
        return c
    intercept = has_any(low, _INTERCEPT_STEMS)
    launch = numbers and has_any(low, _LAUNCH_STEMS) and has_any(low, _WEAPON_STEMS)
    killed, injured = has_any(low, _KILLED_STEMS), has_any(low, _INJURED_STEMS)
    if not (intercept or launch or killed or injured):
        return c
    starts = _figure_starts(text) if numbers else []
    m = _X_OF_Y.search(text) if intercept and numbers and _OF_Y.search(text) else None
    after = _INTERCEPT_VERB_RE.search(text, m.end(), m.end() + 80) if m else None
    if after and _OTHER_CLAUSE.search(text, m.end(), after.start()):
        after = None  # "One of the 12 drones hit a house, while 11 were shot down": the verb is another clause's
    if m and (after or _INTERCEPT_VERB_RE.search(text, max(0, m.start() - 40), m.start())):
        c.intercepted, c.launched = parse_number(m.group("x")), parse_number(m.group("y"))
        c.intercepted_at = m.start()
    if c.intercepted is None and intercept and numbers and "all " in text and \
            ("launched" in text or "fired" in text or "sent" in text):
        m = _ALL_LAUNCHED.search(text)
        if m:
            c.intercepted = c.launched = parse_number(m.group("n"))
            c.intercepted_at = m.start()
    if c.intercepted is None and intercept and numbers and "of the " in text:
        m = _OF_THE_Y.search(text)
        if m:
            c.intercepted, c.launched = parse_number(m.group("x")), parse_number(m.group("y"))
            c.intercepted_at = m.start("x")
    if c.intercepted is None and intercept:
        c.intercepted, c.intercepted_at = _first(_INTERCEPTED, text, starts) if numbers else (None, None)
        if c.intercepted is not None and " and " in text:
            c.intercepted = _summed(text, c.intercepted_at) or c.intercepted
        if c.intercepted is None:
            one = _INTERCEPT_ONE.search(text)
            if one:
                c.intercepted, c.intercepted_at = 1, one.start()
    if c.intercepted is None and intercept and "all" in text and _ALL_DOWNED.search(text):
        c.all_downed = True
    if c.launched is None and launch:
        listed = _LAUNCH_LIST.search(text) if _AND_FIGURE.search(text) else None
        if listed:
            items = [parse_number(n.group()) for n in NUMBER_RE.finditer(listed.group("list"))]
            if items and None not in items:
                c.launched = sum(items)
        if c.launched is None:
            c.launched, _ = _first(_LAUNCHED, text, starts)
    if c.all_downed and c.launched is not None:
        c.intercepted = c.launched
    if c.intercepted is None and intercept and numbers and _DEFENCE.search(text):
        m = _HEADED.search(text)
        if m:  # "four of them were flying toward the refinery" in an air-defence sentence
            c.intercepted, c.intercepted_at = parse_number(m.group("n")), m.start()
    if killed and numbers:
        c.killed, _ = _first(_KILLED, text, starts)
    if injured and numbers:
        c.injured, _ = _first(_INJURED, text, starts)
    if " and " in text or "couple" in text:
        if killed:
            c.killed = _listed(_LISTED_KILLED, text) or c.killed
        if injured:
            c.injured = _listed(_LISTED_INJURED, text) or c.injured
    if c.killed is None and killed and _ONE_KILLED.search(text) and _ONE_PERSON.search(text):
        c.killed = 1
    if c.injured is None and injured and _ONE_INJURED.search(text) and _ONE_PERSON.search(text):
        c.injured = 1
    if c.injured is None and injured and _SUFFERED.search(text) and _ONE_PERSON.search(text):
        c.injured = 1  # "The driver, a man, suffered shrapnel wounds"
    if "no" not in low and "without" not in low:
        return c
    if (killed or injured) and _NO_CASUALTIES.search(text):  # its nouns are casualty stems
        c.killed = 0 if c.killed is None else c.killed
        c.injured = 0 if c.injured is None else c.injured
    if injured and _NO_INJURED.search(text) and c.injured is None:
        c.injured = 0
    if has_any(low, _NO_KILLED_STEMS) and _NO_KILLED.search(text) and c.killed is None:
        c.killed = 0
    return c


# "including 17 or more over the Kursk region", "roughly 40 of them in the Bryansk region"
# "8 – over the territory of the Voronezh region," -- one line of a ministry's list
LIST_LINE = re.compile(rf"^\s*(?P<k>{NUMBER})\s*(?:[-–—:]\s*)?(?:{_W}\s+)?(?:over|in|above)\s+", re.I)
SUBCOUNT = re.compile(
    rf"(?:\b(?:including|among\s+them|of\s+which)\s+{_N}\s+(?:{_ADJ}{_W}\s+)?(?:were\s+)?(?:\w+\s+)?(?:over|in|above|near|on|across)\s+"
    rf"|\b(?P<m>{NUMBER})\s+(?:of\s+them|of\s+which|of\s+these|of\s+the\s+{_W})\s+(?:were\s+)?(?:\w+\s+)?(?:over|in|above|near|on|across)\s+"
    # ": nine over the Kursk region, six over ...", "overnight - 14 over the territory of the Rostov region", "8 – over ..."
    # "6 each over the Oryol and Moscow regions": every region listed has that figure
    rf"|(?:[:;,]|\s[-–—]|\band)\s*(?P<k>{NUMBER})\s*(?:[-–—]\s*)?(?:{_W}\s+)?(?P<each>each\s+)?(?:over|in|above)\s+(?:the\s+territory\s+of\s+)?)",
    re.I,
)


# Every pattern find_counts uses runs lower-cased, on lower-cased text (see `lower_pattern`).
_INTERCEPT_VERB_RE = lower_pattern(_INTERCEPT_VERB)
_OTHER_CLAUSE = re.compile(r"[,;]|\b(?:while|but|whereas)\b")
_OF_THE_Y = lower_pattern(_OF_THE_Y)
_LISTED_KILLED, _LISTED_INJURED = [lower_pattern(p) for p in _LISTED_KILLED], [lower_pattern(p) for p in _LISTED_INJURED]
_ITEM_SPLIT_LOW, _NUMBER_LOW = lower_pattern(_ITEM_SPLIT), lower_pattern(NUMBER)
_CLASSES_SUM, _ALL_DOWNED = lower_pattern(_CLASSES_SUM), lower_pattern(_ALL_DOWNED)
(_AND_FIGURE, _X_OF_Y, _OF_Y, _INTERCEPT_ONE, _LAUNCH_LIST, _DEFENCE, _HEADED, _SUFFERED, _ONE_KILLED, _ONE_INJURED,
 _ONE_PERSON) = map(lower_pattern, (_AND_FIGURE, _X_OF_Y, _OF_Y, _INTERCEPT_ONE, _LAUNCH_LIST, _DEFENCE, _HEADED, _SUFFERED,
                                    _ONE_KILLED, _ONE_INJURED, _ONE_PERSON))
_NO_CASUALTIES, _NO_INJURED, _NO_KILLED, _SUBSET_BEFORE, _UNIT_AFTER, _FIGURE_START, _HEDGE_RE = map(
    lower_pattern, (_NO_CASUALTIES, _NO_INJURED, _NO_KILLED, _SUBSET_BEFORE, _UNIT_AFTER, _FIGURE_START, _HEDGE_RE))
_INTERCEPTED, _LAUNCHED, _KILLED, _INJURED = ([lower_pattern(p) for p in family]
                                              for family in (_INTERCEPTED, _LAUNCHED, _KILLED, _INJURED))

# What each pattern needs, in the order of its family: one stem of every tuple given (none given: its
# family's gate suffices).
_PATTERN_GATES: dict[int, list[tuple[tuple[str, ...], ...]]] = {
    id(_INTERCEPTED): [(("which", "them", "these", "those"),), (("of which", "of them", "of these", "of those"),), (("all ",),),
                       (("were", "been"),), (), (("able to", "managed to", "succeeded in", "failed to"),), (("launched", "fired"),),
                       (), (), ()],
    id(_LAUNCHED): [(("targeted", "attacked", "struck", "hit"),), (("with",),),
                    (("launch", "fired", "firing", "sent", "sending", "used", "using", "deployed", "unleashed", "attacked",
                      "targeted"),), (("launched", "fired"),), (("attack", "barrage", "wave", "salvo"),),
                    (("hit", "land", "fell", "falling", "struck", "striking"),), (("hit", "attacked", "struck", "slammed", "destroyed", "damaged"),)],
    id(_KILLED): [(("toll", "number of"),), (("toll",),), (("deaths", "fatalities"),), (("lethal", "fatal", "mortal"),), (("loss of", "lives of"),),
                  (("killed", "dead", "died", "perished", "lost"),),
                  (("killing", "killed", "kills", "claimed the lives", "left"),), (("left",),), (("toll",),),
                  (("killing", "killed"),)],
    id(_INJURED): [(("number of",),), (("injured", "wounded", "hurt", "hospitali"),),
                   (("injuring", "wounding", "injured", "wounded", "injures", "wounds", "hurt"),),
                   (("suffered", "sustained", "received"),), (("and ", "left"),), (("number of",),), (("injuries",),)],
}


def _open(text: str, gates: tuple[tuple[str, ...], ...]) -> bool:
    """Whether `text` holds a stem of each tuple in `gates`."""
    for stems in gates:
        if not has_any(text, stems):
            return False
    return True
assert all(len(v) == len(f) for f in (_INTERCEPTED, _LAUNCHED, _KILLED, _INJURED) for v in [_PATTERN_GATES[id(f)]])
