"""Who takes part in a diplomatic act, as canonical countries and blocs.

Reports name a party in many ways: the country, its demonym ("Ukrainian"), its
capital standing for the government ("Kyiv has sent Moscow an offer"), its
leader or ministers ("Putin", "Lavrov"). All of them map to one canonical name
in `parsers/data/parties.tsv`, so the list can grow without touching code.

Whether a mention is the *actor* depends on where it sits: after a preposition
("talks with Ukraine", "the support of France") it is a counterpart, not the
subject. `Mention.governed` records that.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "parties.tsv"

# A mention right after one of these words is an object or a counterpart.
_PREPOSITIONS = (
    "of|with|to|from|by|between|and|against|on|toward|towards|for|in|at|into|over|than|"
    "about|via|among|amid|including|like|upon|under|behind|beside|versus|vs|or|nor"
)
# Words that may stand between that preposition and the name ("with his Russian
# counterpart", "of the Ukrainian President").
_FILLER = (
    r"(?:(?i:the|a|an|his|her|its|their|our|your|this|that|these|those|both|two|other|"
    r"president|prime|minister|foreign|defen[cs]e|leader|leaders|spokes(?:man|woman|person)|"
    r"counterpart|envoy|special|chief|head|secretary|general|mr|mrs|ms|state|deputy|"
    r"top|senior|then)|[A-Z][\w'.-]*)"
)
_GOVERNED = re.compile(rf"(?:^|[^\w])(?i:{_PREPOSITIONS})\s+(?:{_FILLER}\s+){{0,5}}$")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    party: str
    governed: bool  # after a preposition: a counterpart rather than the actor


def _load() -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        canonical, _, aliases = line.partition("\t")
        for alias in aliases.split("|"):
            alias = alias.strip()
            if alias:
                pairs.append((alias, canonical.strip()))
    return pairs


@lru_cache(maxsize=1)
def _compiled() -> tuple[re.Pattern[str], dict[str, str]]:
    pairs = _load()
    lookup: dict[str, str] = {}
    parts: list[tuple[int, str]] = []
    for alias, canonical in pairs:
        # All-capital abbreviations (US, UK, EU, AU) only in capitals: "us" is a pronoun.
        strict = alias.replace(".", "").isupper()
        lookup[alias if strict else alias.lower()] = canonical
        body = re.escape(alias).replace(r"\ ", r"\s+")
        parts.append((len(alias), body if strict else f"(?i:{body})"))
    parts.sort(key=lambda p: -p[0])
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(p for _, p in parts) + r")(?!\w)")
    return pattern, lookup


def canonical(alias: str) -> str | None:
    """The canonical party for one spelling, or None."""
    _, lookup = _compiled()
    key = " ".join(alias.split())
    return lookup.get(key) or lookup.get(key.lower())


def find_mentions(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Party mentions in `text[start:end]`, offsets into `text`."""
    pattern, _ = _compiled()
    end = len(text) if end is None else end
    out: list[Mention] = []
    for m in pattern.finditer(text, start, end):
        party = canonical(m.group())
        if party is None:
            continue
        before = text[max(start, m.start() - 80) : m.start()]
        out.append(Mention(m.start(), m.end(), party, bool(_GOVERNED.search(before))))
    return out
