"""Power plants whose name carries no place: "Europe's largest nuclear plant" is the Zaporizhzhia
plant in Enerhodar, the South Ukraine NPP stands in Pivdennoukrainsk. A strike on one is a strike
on that town. A plant named after a place is logged at that place, as the guideline's "most
specific place named" and the seed gold have it ("the Kursk nuclear power plant" -> Kursk, with
Kurchatov only an accepted variant); "ZNPP" is "the Zaporizhzhia NPP" written short, so it is
Zaporizhzhia too. The table is `data/places_facilities.csv`: spellings of the plant's name, the
plant kinds it names, and the town."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from .gazetteer import DATA, Place, gazetteer

_KIND = {
    "nuclear": r"nuclear\s+(?:power\s+)?(?:plant|station|facility)|N\.?P\.?P\b|atomic\s+(?:power\s+)?(?:plant|station)",
    "thermal": r"thermal\s+(?:power\s+)?(?:plant|station)|T\.?P\.?P\b",
    "hydro": r"hydro(?:electric)?\s+(?:power\s+)?(?:plant|station|dam)|H\.?P\.?P\b|dam\b",
    # "the Zaporizhzhia plant", "the Zaporizhzhia power plant": wire shorthand for the nuclear plant
    "plant": r"(?:power\s+)?plant\b(?!\s+(?:of|in)\b)",
}
# Stems one of which every facility phrase holds: the pattern runs only when one is present.
STEMS = ("nuclear", "npp", "n.p.p", "tpp", "hpp", "thermal", "hydro", "atomic", "plant", "dam")


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern[str], dict[str, Place]]:
    """One pattern for every plant phrase, and the town each namesake's plant stands in."""
    alts, towns = [], {}
    with open(DATA / "places_facilities.csv", encoding="utf-8") as fh:
        for n, row in enumerate(csv.DictReader(fh)):
            town = gazetteer().city(row["town"])
            if town is None:
                continue
            names = "|".join(re.escape(x).replace(r"\ ", r"\s+") for x in row["namesake"].split(";"))
            kinds = "|".join(_KIND[k] for k in row["kinds"].split(";"))
            alts.append(rf"(?P<f{n}>(?:{names})(?:'s|’s)?\s+(?:{kinds}))")
            towns[f"f{n}"] = town
    enerhodar, zaporizhzhia = gazetteer().city("Enerhodar"), gazetteer().city("Zaporizhzhia")
    if enerhodar is not None:  # named by what it is, not where
        alts.append(r"(?P<largest>Europe['’]s\s+(?:largest|biggest)\s+nuclear\s+(?:power\s+)?(?:plant|station|facility))")
        towns["largest"] = enerhodar
    if zaporizhzhia is not None:  # its abbreviations, spelled out, name the city
        alts.append(r"(?P<znpp>\bZNPP\b|\bZaES\b)")
        towns["znpp"] = zaporizhzhia
    return re.compile(r"\b(?:" + "|".join(alts) + ")", re.I), towns


def find_facilities(text: str, low: str) -> list[tuple[int, int, Place]]:
    """(start, end, town) of each plant phrase in `text` (`low` is its lower case, for the gate)."""
    if not any(s in low for s in STEMS) and "znpp" not in low and "zaes" not in low:
        return []
    pattern, towns = _table()
    return [(m.start(), m.end(), towns[m.lastgroup]) for m in pattern.finditer(text)]
