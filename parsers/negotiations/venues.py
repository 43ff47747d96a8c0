"""Where talks are held or proposed: a city (or Alaska-like place) after "in"/"at".

Spellings live in `parsers/data/negotiation_venues.tsv` with the country each
venue lies in, so "talks in Saudi Arabia" can later be made precise by "the
meeting in the Saudi city of Jeddah". A country alone is not a venue (guideline:
the city where held).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "negotiation_venues.tsv"


@dataclass(frozen=True)
class Venue:
    start: int  # where the place name starts
    end: int
    phrase: int  # where the phrase starts ("in the Saudi city of ...")
    name: str
    country: str


@lru_cache(maxsize=1)
def _compiled() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    lookup: dict[str, tuple[str, str]] = {}
    aliases: list[str] = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, spellings, country = (line.split("\t") + ["", ""])[:3]
        for alias in spellings.split("|"):
            alias = alias.strip()
            if alias:
                lookup[alias.lower()] = (name.strip(), country.strip())
                aliases.append(alias)
    aliases.sort(key=len, reverse=True)
    names = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in aliases)
    pattern = re.compile(
        r"\b(?:in|at|to|outside|near|hosted\s+by|host)\s+(?:the\s+)?"
        r"(?:(?:[\w'-]+\s+){0,2}(?:city|capital|resort|port|town|base|palace)\s+of\s+)?"
        rf"(?P<name>{names})(?![\w-])"
    )
    return pattern, lookup


def find_venues(text: str, start: int = 0, end: int | None = None) -> list[Venue]:
    """Venues named after "in"/"at"/"to" in `text[start:end]`, offsets into `text`."""
    pattern, lookup = _compiled()
    out: list[Venue] = []
    for m in pattern.finditer(text, start, len(text) if end is None else end):
        key = " ".join(m.group("name").split()).lower()
        name, country = lookup.get(key, (m.group("name"), ""))
        out.append(Venue(m.start("name"), m.end("name"), m.start(), name, country))
    return out
