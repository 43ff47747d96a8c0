"""Where talks are held or proposed: a city (or Alaska-like place) after "in"/"at".

Spellings live in `parsers/data/negotiation_venues.tsv` with the country each
venue lies in, so "talks in Saudi Arabia" can later be made precise by "the
Jeddah round", and with the wider place it lies in, if
reports name both ("Anchorage, Alaska"). A country alone is not a venue
(guideline: the city where held).

Not every "in <city>" is a venue: "told reporters in Washington" is where a
statement was made (`Venue.speech`), and "proposed an exchange to Moscow"
names the addressee — "to" makes a venue only after a verb of travel.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "negotiation_venues.tsv"

# "to Moscow" is a destination after these ("travel to", "invited Trump to"), an addressee otherwise.
_MOTION = re.compile(
    r"\b(?:travel\w*|go|goes|going|went|come|comes|coming|came|fl(?:y|ies|ew|ying)|return\w*|head\w*|trip|visit\w*|"
    r"invit\w*|arriv\w*|back|way|journey|sen[dt]|sending)\b(?:\s+[\w.'-]+){0,4}\s+$", re.I)
# "told reporters in Washington", "speaking in Sochi": where words were said, not where talks are.
_SPEECH = re.compile(
    r"\b(?:told|said|says|speaking|spoke|addressing|addressed|wrote|reporters|journalists|conference|interview|"
    r"parliament|forum|rally)\b(?:\s+[\w.'-]+){0,2}\s+$", re.I)


@dataclass(frozen=True)
class Venue:
    start: int  # where the place name starts
    end: int
    phrase: int  # where the phrase starts ("in the Saudi city of ...")
    name: str
    country: str
    within: str = ""  # the wider venue it lies in ("Alaska" for Anchorage)
    speech: bool = False  # where a statement was made rather than talks
    host: bool = False  # the city is the subject of "host": "Abu Dhabi will host the talks"

    def same_place(self, other_name: str | None, other_within: str = "") -> bool:
        return bool(other_name) and (other_name == self.name or other_name == self.within
                                     or (bool(other_within) and other_within == self.name))


_PREFIX = re.compile(
    r"\b(?P<prep>(?i:in|at)|to|outside|near|hosted\s+by|host|proposed|suggested|offered|visit(?:s|ed|ing)?)\s+(?:the\s+)?"
    r"(?:(?:[\w'-]+\s+){0,2}(?:city|capital|resort|port|town|base|palace)\s+of\s+)?$")
_NAMES_TALKS = re.compile(r"\s+(?:peace\s+)?(?:summit|talks|meeting|round|negotiations)\b")
# The city as the host: "Abu Dhabi will host the talks", "Doha hosted the round", "Geneva is to host".
_HOSTS = re.compile(r"(?:['’]s)?\s+(?:(?:will|would|is\s+to|is\s+set\s+to|is\s+due\s+to|has|had|was|is|again|also|"
                    r"(?:has\s+)?offered\s+to|agreed\s+to)\s+){0,2}(?:host(?:s|ed|ing)?|play(?:s|ed)?\s+host)\b")
_WORD = re.compile(r"\b[^\W\d_a-z][\w'-]*")


@lru_cache(maxsize=1)
def _table() -> dict[str, list[tuple[re.Pattern[str], str, str, str]]]:
    """Spellings keyed by their first word: (pattern, venue, country, wider venue), longest first."""
    by_first: dict[str, list[tuple[int, tuple[re.Pattern[str], str, str, str]]]] = {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, spellings, country, within = (line.split("\t") + ["", "", ""])[:4]
        for alias in spellings.split("|"):
            alias = alias.strip()
            if alias:
                body = re.escape(alias).replace(r"\ ", r"\s+")
                entry = (re.compile(body + r"(?![\w-])"), name.strip(), country.strip(), within.strip())
                by_first.setdefault(alias.split()[0].lower(), []).append((len(alias), entry))
    return {k: [e for _, e in sorted(v, key=lambda p: -p[0])] for k, v in by_first.items()}


def find_venues(text: str, start: int = 0, end: int | None = None) -> list[Venue]:
    """Venues in `text[start:end]`, offsets into `text`: after "in"/"at"/"to", or naming talks
    ("the Alaska summit"). Only capitalised words are looked up, by their first word."""
    end = len(text) if end is None else end
    table = _table()
    out: list[Venue] = []
    pos = start
    while True:
        w = _WORD.search(text, pos, end)
        if w is None:
            return out
        pos = w.end()
        key = w.group().lower()
        # "in Istanbul's Ciragan Palace": the word is looked up without its possessive
        for pattern, name, country, within in table.get(key[:-2] if key.endswith("'s") else key, ()):
            m = pattern.match(text, w.start(), end)
            if m is None:
                continue
            prefix = _PREFIX.search(text[max(start, w.start() - 60):w.start()])
            host = prefix is None and not _NAMES_TALKS.match(text, m.end(), end)
            if host and not _HOSTS.match(text, m.end(), end):
                continue
            phrase = w.start() - (len(prefix.group()) if prefix else 0)
            if prefix and prefix.group("prep") == "to" and not _MOTION.search(text, max(start, phrase - 60), phrase):
                continue
            speech = bool(_SPEECH.search(text, max(start, phrase - 40), phrase))
            out.append(Venue(w.start(), m.end(), phrase, name, country, within, speech, host))
            pos = m.end()
            break
