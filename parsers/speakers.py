"""One row per speaker across reports.

Quote extraction gives each quote a canonical name within its report; this
module decides whether that name is a speaker the database already holds
under another spelling. Merging is deliberately conservative: a wrong merge
(Zelensky with his wife, Zelenska) corrupts every query about both people,
while a missed merge only shows up as two rows.

Order (research note §4): the alias table first; then, for people the table
does not know, a guarded fuzzy match on transliteration-folded names that
demands compatible first names, the same gender ending, and no close second
candidate; a bare surname merges only when exactly one stored person has it.
"""
from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz.distance import JaroWinkler

from .quotes.resolve import ORG_WORDS, fold, table

_FULL_NAME_JW = 0.94
_SURNAME_JW = 0.97
_RUNNER_UP_GAP = 0.02
# First names that are one name in different transliterations.
_FIRST_NAME_GROUPS = [
    {"dmitry", "dmitri", "dmytro", "dmitriy", "dmitro"}, {"sergei", "sergey", "serhiy", "serhii", "sergiy"},
    {"andriy", "andrii", "andrei", "andrey", "andrij"}, {"oleksandr", "alexander", "aleksandr", "olexandr"},
    {"oleksiy", "alexei", "aleksei", "alexey", "oleksii"}, {"yuriy", "yuri", "yury", "yurii"},
    {"volodymyr", "vladimir", "wladimir", "volodimir"}, {"mykhailo", "mikhail", "mykhaylo"},
    {"vitali", "vitaliy", "vitalii", "vitaly"}, {"yevgeny", "evgeny", "yevhen", "yevgeniy"},
    {"vasily", "vasyl", "vasiliy", "vassily"}, {"oleh", "oleg"}, {"ihor", "igor"}, {"denys", "denis"},
    {"kyrylo", "kirill"}, {"pavlo", "pavel"}, {"petro", "pyotr", "petr"}, {"mykola", "nikolai", "nikolay"},
    {"heorhii", "georgy", "georgiy", "heorhiy"}, {"vadym", "vadim"}, {"maksym", "maxim"},
    {"valery", "valeriy", "valerii"}, {"anatoly", "anatoliy", "anatolii"}, {"tatyana", "tatiana"},
    {"maria", "mariya"}, {"yulia", "yuliia", "julia"}, {"natalia", "natalya", "nataliya"},
]


_NOT_SPELLINGS = {"he", "she", "it", "they", "i", "we", "him", "her", "the ministry", "the agency", "the office"}


def spellings(*written: str | None) -> list[str]:
    """The ways a speaker's name was written, for `speakers.aliases`: pronouns and bare titles are not names."""
    out = []
    for w in written:
        if not w or w.strip().lower() in _NOT_SPELLINGS or not any(c.isupper() for c in w.strip()[1:] + w.strip()[:1]):
            continue
        if w.strip().lower().startswith(("the ", "a ", "an ")) and not any(t[:1].isupper() for t in w.split()[1:]):
            continue  # "the regional governor", "the spokesman"
        out.append(w.strip())
    return list(dict.fromkeys(out))


def merge_speaker(name: str, kind: str | None, known: list[str]) -> str | None:
    """The stored name `name` should be filed under, or None for a new speaker."""
    return SpeakerIndex(known).merge(name, kind)


class SpeakerIndex:
    """The stored speakers folded once, so that filing a quote does not re-fold every stored
    name: the store keeps one index per database and adds each speaker it inserts."""

    def __init__(self, known: Iterable[str] = ()) -> None:
        self.names: list[str] = []
        self._stored: set[str] = set()
        self._by_fold: dict[str, str] = {}
        self._by_entry: dict[int, str] = {}  # alias-table entry -> the first stored name it covers
        self._people: list[tuple[str, list[str]]] = []  # stored people with their folded words
        self._merged: dict[tuple[str, str | None], str | None] = {}  # answers so far; a new speaker may change them
        for k in known:
            self.add(k)

    def add(self, name: str) -> None:
        folded = fold(name)
        self.names.append(name)
        self._stored.add(name)
        self._merged.clear()
        self._by_fold[folded] = name  # the last spelling wins, as a dict built over the list would
        entry = table().by_alias.get(folded)
        if entry is not None:
            self._by_entry.setdefault(id(entry), name)
        if not _looks_org(name):
            self._people.append((name, folded.split()))

    def merge(self, name: str, kind: str | None) -> str | None:
        """The stored name `name` should be filed under, or None for a new speaker."""
        try:
            return self._merged[name, kind]
        except KeyError:
            answer = self._merged[name, kind] = self._merge(name, kind)
            return answer

    def _merge(self, name: str, kind: str | None) -> str | None:
        if not name:
            return None
        if name in self._stored:
            return name
        folded = fold(name)
        if folded in self._by_fold:
            return self._by_fold[folded]
        tab = table()
        entry = tab.by_alias.get(folded)
        if entry is not None:
            return self._by_entry.get(id(entry))  # None: a known speaker with no row yet, stored under its canonical name
        if kind == "org" or _looks_org(name):
            return None  # bodies merge by the alias table only
        return self._fuzzy_person(name, folded.split(), tab)

    def _fuzzy_person(self, name: str, parts: list[str], tab) -> str | None:
        people = [(k, kp) for k, kp in self._people if len(kp) > 1]
        if len(parts) == 1:
            hits = [k for k, kp in people if kp[-1] == parts[0]]
            if len(hits) == 1 and not _forbidden(name, hits[0], tab):
                return hits[0]
            close = [(k, kp) for k, kp in people if JaroWinkler.similarity(kp[-1], parts[0]) >= _SURNAME_JW]
            if len(close) == 1 and _same_gender_ending(parts[0], close[0][1][-1]) \
                    and not _forbidden(name, close[0][0], tab):
                return close[0][0]
            return None
        folded = " ".join(parts)
        scored = []
        for k, kp in people:
            score = JaroWinkler.similarity(folded, " ".join(kp))
            if score >= _FULL_NAME_JW - _RUNNER_UP_GAP:
                scored.append((score, k, kp))
        scored.sort(reverse=True)
        if not scored or scored[0][0] < _FULL_NAME_JW:
            return None
        if len(scored) > 1 and scored[0][0] - scored[1][0] < _RUNNER_UP_GAP:
            return None  # two stored people are about as close: do not guess
        _, best, kp = scored[0]
        if not _first_names_compatible(parts[0], kp[0]) or not _same_gender_ending(parts[-1], kp[-1]):
            return None
        if _forbidden(name, best, tab):
            return None
        return best


def _looks_org(name: str) -> bool:
    return any(w.lower() in ORG_WORDS for w in name.split())


def _first_names_compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    for group in _FIRST_NAME_GROUPS:
        if a in group and b in group:
            return True
    if a.endswith("a") != b.endswith("a"):
        return False  # Ivan and Ivana, Yevgeny and Yevgenia
    return a[:1] == b[:1] and JaroWinkler.similarity(a, b) >= 0.9


_FEMALE_ENDINGS = ("ova", "eva", "ska", "ina", "aya", "ka", "na")


def _same_gender_ending(a: str, b: str) -> bool:
    """Zelensky and Zelenska, Medvedev and Medvedeva: the ending tells two people apart."""
    fa = a.endswith(("a",)) and a.endswith(_FEMALE_ENDINGS)
    fb = b.endswith(("a",)) and b.endswith(_FEMALE_ENDINGS)
    return fa == fb


def _forbidden(a: str, b: str, tab) -> bool:
    ca = tab.by_alias.get(fold(a))
    cb = tab.by_alias.get(fold(b))
    names = {ca.name if ca else a, cb.name if cb else b}
    return frozenset(names) in tab.do_not_merge
