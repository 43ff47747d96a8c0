"""Villages a governor lists: "five shells were fired at the village of Naumovka, one at the
village of Ustinovka", under a post or report already placed in one region.

GUIDELINES §4 logs the most specific place, each village of a governor's list its own record,
"even when a gazetteer does not know it". The place finder knows a village only by its name, so
an unlisted one is lost, and a namesake elsewhere (a Zhuravlivka in Crimea, an Ustinovka read as
Toshkivka) takes its place. Here a village introduced as such ("the village of X", "the
settlement of X") inside a report whose attacks sit in one region is placed in that region when
the gazetteer has no X there; the district that only frames it ("In the Belgorodsky district,
...") gives way to it.
"""
from __future__ import annotations

import re

from ..places import Mention, Place, gazetteer, key

_VILLAGE = re.compile(r"\b(?:village|settlement|hamlet|selo|khutor)\s+of\s+(?P<name>[A-Z][\w'’]+(?:-[A-Z][\w'’]+)*)")
_NOT_A_TARGET = re.compile(r"\b(?:evacuat\w*|fled|moved|relocated|taken|brought|from)\s+(?:\w+\s+){0,3}$", re.I)


def placed_villages(text: str, found: list[Mention], region: Place | None) -> list[Mention]:
    """`found` with each village the sentence introduces placed in `region` (the region the report's
    attacks sit in), unless the gazetteer knows a village of that name there."""
    if region is None or "of " not in text or region.kind != "region":
        return found
    if any(f.place.kind == "region" for f in found):
        return found  # "the village of Maryino in the Kursk region": the place finder reads the region given
    added: list[Mention] = []
    for m in _VILLAGE.finditer(text):
        start, end, name = m.start("name"), m.end("name"), m.group("name")
        if _NOT_A_TARGET.search(text, max(0, m.start() - 40), m.start()):
            continue
        here = [f for f in found if f.start < end and start < f.end]
        if any(f.place.kind != "city" or f.place.region == region.name for f in here):
            continue  # a region, or a namesake the gazetteer has in this very region
        known = [p for p in gazetteer().cities.get(key(name), ()) if p.region == region.name]
        place = known[0] if known else Place(name, "city", region.country, region.name)
        added.append(Mention(start, end, name, place, "locative", "village-of"))
        found = [f for f in found if f not in here]
    if not added:
        return found
    # "In the Belgorodsky district, ... the village of Naumovka": the district only frames the village
    first = added[0].start
    found = [f for f in found if not (f.place.kind == "district" and f.end <= first)]
    return sorted(found + added, key=lambda f: f.start)
