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

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "parties.tsv"
SPEAKERS = DATA.with_name("speakers.json")

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
    return pairs + _officials({c for _, c in pairs})


def _officials(states: set[str]) -> list[tuple[str, str]]:
    """Officials of a state from the speakers table (`speakers.json`, kept for quotes), so that
    "Patrushev said Moscow was ready" acts for Russia without listing every official twice. Only
    those whose affiliation is a party themselves: a governor speaks for a region, not a state."""
    people = json.loads(SPEAKERS.read_text(encoding="utf-8")).get("persons", [])
    out: list[tuple[str, str]] = []
    for name, _role, affiliation, _gender, aliases in people:
        if affiliation not in states:
            continue
        surname = name.split()[-1]
        names = [name, *aliases] + ([surname] if len(surname) >= 5 else [])
        out.extend((n, affiliation) for n in names if n[:1].isupper())
    return out


_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class _Alias:
    pattern: re.Pattern[str]  # the whole alias, matched at a word start
    canonical: str


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, list[_Alias]], dict[str, str], re.Pattern[str]]:
    """Aliases keyed by their lower-cased first word, longest first; spelling -> canonical;
    and the regex for words that may start a mention (capitalised, or a listed lower-case start)."""
    by_first: dict[str, list[tuple[int, _Alias]]] = {}
    lookup: dict[str, str] = {}
    lower_starts: set[str] = set()
    for alias, canonical_name in _load():
        # All-capital abbreviations (US, UK, EU, AU) only in capitals: "us" is a pronoun.
        strict = alias.replace(".", "").isupper()
        words = _WORD.findall(alias)
        if not words:
            continue
        lookup[alias if strict else alias.lower()] = canonical_name
        body = re.escape(alias).replace(r"\ ", r"\s+")
        pattern = re.compile(body + r"(?!\w)" if strict else f"(?i:{body})(?!\\w)")
        by_first.setdefault(words[0].lower(), []).append((len(alias), _Alias(pattern, canonical_name)))
        if words[0][0].islower():
            lower_starts.add(words[0])
    table = {k: [a for _, a in sorted(v, key=lambda p: -p[0])] for k, v in by_first.items()}
    starts = "|".join(sorted(map(re.escape, lower_starts)))
    candidates = re.compile(r"\b(?:[^\W\d_a-z]\w*" + (f"|(?:{starts})\\b" if starts else "") + ")")
    return table, lookup, candidates


def canonical(alias: str) -> str | None:
    """The canonical party for one spelling, or None."""
    _, lookup, _ = _table()
    key = " ".join(alias.split())
    return lookup.get(key) or lookup.get(key.lower())


def find_mentions(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Party mentions in `text[start:end]`, offsets into `text`."""
    return [Mention(s, e, party, governed(text, start, s)) for s, e, party in scan(text, start, end)]


_PREPOSITION_SET = frozenset(_PREPOSITIONS.split("|"))
_FILLER_SET = frozenset(
    "the a an his her its their our your this that these those both two other president prime minister foreign "
    "defence defense leader leaders spokesman spokeswoman spokesperson counterpart envoy special chief head "
    "secretary general mr mrs ms state deputy top senior then".split())
_GROUP_NOUNS = frozenset(
    "delegation delegations group team leaders government representatives envoys officials ministers mission "
    "negotiators heads".split())
# A name right after one of these verbs is their object ("rejected meeting Putin in Moscow and invited
# him to Kyiv", "thanked Trump"), not the subject of what follows.
_OBJECT_VERBS = frozenset(
    "meet meeting met invite invited inviting invites urge urged urging urges thank thanked thanking thanks "
    "accuse accused accusing accuses receive received receiving receives visit visited visiting visits "
    "tell told telling tells address addressed addressing addresses notify notified notifies informed informs "
    "briefed gave giving gives".split())
_CAPITALISED = re.compile(r"[A-Z][\w'.-]*")
_LAST_WORD = re.compile(r"\w+\Z")


def governed(text: str, start: int, at: int) -> bool:
    """Whether the mention at `at` follows a preposition (looking back no further than `start`):
    a preposition, then up to five filler words (`_GOVERNED`, read backwards word by word)."""
    chunk = text[max(start, at - 80):at]
    if not chunk or not chunk[-1].isspace():
        return False
    words = chunk.split()
    for k in range(min(6, len(words))):
        word = words[-1 - k]
        tail = _LAST_WORD.search(word)
        if tail and word.lower() in _OBJECT_VERBS:
            return True  # "invited Putin", "addressing the Russian and Ukrainian delegations"
        if tail and tail.group().lower() in _PREPOSITION_SET:
            # "a delegation of African leaders": the group's members are its subject
            return not (tail.group().lower() == "of" and len(words) > k + 1
                        and words[-2 - k].lower() in _GROUP_NOUNS)
        if not (word.lower() in _FILLER_SET or _CAPITALISED.fullmatch(word)):
            return False
    return False


def scan(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, canonical party) of each mention in `text[start:end]`.

    Only capitalised words (and the few lower-case alias starts) are looked up,
    by their first word, so the cost is one pass however long the table grows.
    Names are written capitalised in news copy; "russia" in lower case is not read.
    """
    end = len(text) if end is None else end
    table, _, candidates = _table()
    out: list[tuple[int, int, str]] = []
    pos = start
    while True:
        m = candidates.search(text, pos, end)
        if m is None:
            return out
        pos = m.end()
        for alias in table.get(m.group().lower(), ()):
            hit = alias.pattern.match(text, m.start(), end)
            if hit:
                out.append((m.start(), hit.end(), alias.canonical))
                pos = hit.end()
                break
