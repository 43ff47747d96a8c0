"""Power plants named after a city or region they do not stand in: the Zaporizhzhia nuclear
power plant (ZNPP, "Europe's largest nuclear plant") is in Enerhodar, the Smolensk NPP in
Desnogorsk, the Rivne NPP in Varash. (The Kursk NPP stays "Kursk", as the seed gold logs it,
though it stands in Kurchatov.) A strike on the plant is a strike on that town,
not on its namesake. The table is `data/places_facilities.csv`: namesake spellings, the
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
    enerhodar = gazetteer().city("Enerhodar")
    if enerhodar is not None:  # named without its namesake
        alts.append(r"(?P<znpp>\bZNPP\b|\bZaES\b|Europe['’]s\s+(?:largest|biggest)\s+nuclear\s+(?:power\s+)?(?:plant|station|facility))")
        towns["znpp"] = enerhodar
    return re.compile(r"\b(?:" + "|".join(alts) + ")", re.I), towns


def find_facilities(text: str, low: str) -> list[tuple[int, int, Place]]:
    """(start, end, town) of each plant phrase in `text` (`low` is its lower case, for the gate)."""
    if not any(s in low for s in STEMS) and "znpp" not in low and "zaes" not in low:
        return []
    pattern, towns = _table()
    return [(m.start(), m.end(), towns[m.lastgroup]) for m in pattern.finditer(text)]
