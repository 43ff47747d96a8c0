"""One row per attack: the events a report's sentences add up to, and when two
mentions are the same attack.

A report tells one attack several times -- a lead ("Ukraine targeted Moscow with
drones"), then the paragraph that details it ("three drones were intercepted",
"no casualties were reported"). Mentions merge when they name the same place
(a city and its namesake region, "Moscow" and "the Moscow region", count as one),
on a compatible day, by a compatible attacker. A place with its own damage inside
a wave ("Moscow's Zelenograd district") has another name and so stays its own
row, and a country-wide tally never absorbs a place.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..places import Place, key
from .counts import Counts

_REGION_WORDS = re.compile(r"\b(?:oblast|region|province|krai|kray|territory|republic|city|the|district|raion)\b", re.I)


def place_keys(place: Place, mention_text: str) -> frozenset[str]:
    """Names that identify one place for merging: its canonical name and the base name
    as written ("Rostov" for both Rostov-on-Don as "Rostov" and the Rostov region)."""
    return _place_keys(place.name, place.kind, mention_text)


@lru_cache(maxsize=4096)
def _place_keys(name: str, kind: str, mention_text: str) -> frozenset[str]:
    """Cached by what the keys depend on: the same places recur in every report."""
    keys = {key(name)}
    if kind == "country":
        return frozenset({"country:" + name})
    base = key(_REGION_WORDS.sub(" ", mention_text))
    if base:
        keys.add(base)
    if kind in ("region", "raion"):
        keys.add(key(_REGION_WORDS.sub(" ", name)))
    return frozenset(k for k in keys if k)


@dataclass
class Event:
    place: Place
    mention: str
    keys: set[str]
    first: int  # index of the first sentence
    last: int  # index of the last sentence attached
    anchors: list[int] = field(default_factory=list)
    details: list[int] = field(default_factory=list)
    classes: list[str] = field(default_factory=list)
    detail_classes: list[str] = field(default_factory=list)
    weapon_words: list[str] = field(default_factory=list)
    counts: Counts = field(default_factory=Counts)
    target: str | None = None
    claims: list[tuple[int, str]] = field(default_factory=list)
    lead_claims: list[tuple[int, str]] = field(default_factory=list)  # the sources of the first sentence told
    date: str | None = None
    date_text: str | None = None
    detail_date: str | None = None
    figure_at: dict[str, int] = field(default_factory=dict)  # field -> the sentence its figure came from
    update_date: str | None = None  # the day a toll update was given ("raising the toll Wednesday"), if no other
    attacker: str | None = None
    detail_attacker: str | None = None
    info: dict[int, int] = field(default_factory=dict)  # sentence index -> fields it gave
    via: str = "name"
    region_wide: bool = False  # "attacks on 12 settlements in the region over the past day"
    occupied: bool = False  # the report calls the place occupied: Ukraine struck it
    weak_classes: list[str] = field(default_factory=list)  # "shelling": artillery unless a weapon is named
    at: int = 0  # where the first sentence names the place: rows of one sentence follow its reading order

    @property
    def level(self) -> str:
        return _LEVELS.get(self.place.kind, "place")

    def take_counts(self, c: Counts, at: int | None = None) -> int:
        """Later figures in a report update earlier ones ("four injured" ... "14 had been injured"),
        but a casualty toll only grows: a smaller one is an earlier update told further down (a
        live blog's "as of 07:00, three killed" under the lead's seven) or a narrower scope ("At
        the hospital, two adults were killed" after "27 people were killed")."""
        n = 0
        for f in ("launched", "intercepted", "killed", "injured"):
            v = getattr(c, f)
            if v is not None:
                old = getattr(self.counts, f)
                if f in ("killed", "injured") and old is not None and v < old:
                    continue
                setattr(self.counts, f, v)
                if at is not None:
                    self.figure_at[f] = at
                n += 1
        if c.all_downed and c.intercepted is None and self.counts.launched is not None:
            self.counts.intercepted = self.counts.launched
            n += 1
        return n


_LEVELS = {"country": "country", "region": "region"}  # any other kind of place is "place"


def compatible(ev: Event, keys: set[str], date: str | None, attacker: str | None, country_level: bool,
               date_text: str | None = None, region_wide: bool = False, region_target: str | None = None) -> bool:
    """Same place, day and attacker. A day the report cannot pin ("earlier this month") is
    another day than a pinned one; a region-wide count ("12 settlements in the Zaporizhzhia
    region") is not the regional capital's attack."""
    if country_level != (ev.level == "country"):
        return False
    if not ev.keys & keys:
        return False
    if date and ev.date and date != ev.date:
        return False
    if (date is None and date_text and ev.date) or (date and ev.date is None and ev.date_text):
        return False
    if attacker and ev.attacker and attacker != ev.attacker:
        return False
    if region_wide and ev.place.kind == "city" or ev.level == "region" and region_wide != ev.region_wide:
        return False
    if region_target and ev.place.kind == "city" and ev.target and region_target != ev.target:
        return False  # the clinic in Zaporizhzhia is not the "deployment points" in the Zaporizhzhia region
    return True


def region_echoes(events: list[Event]) -> set[int]:
    """Indexes of region-level events that only retell a place's attack at region level ("The
    occupiers attacked Cherkasy Oblast this morning" beside the strike on Uman): nothing of their
    own (no figure, no damage) and a place of that region hit on a compatible day by the same side."""
    out: set[int] = set()
    for k, ev in enumerate(events):
        if ev.level != "region" or ev.counts.any() or ev.target is not None or ev.region_wide:
            continue
        for other in events:
            if other is ev or other.level != "place" or other.place.region != ev.place.name:
                continue
            if ev.date and other.date and ev.date != other.date:
                continue
            if ev.attacker and other.attacker and ev.attacker != other.attacker:
                continue
            out.add(k)
            break
    return out
