"""From the ways reports name places to gazetteer entries.

Reports say "the Moscow region", "Kharkiv Oblast", "the Belgorod border region",
"Moscow's west", "the Black Sea port of Odesa", "Moscow's Zelenograd district",
"the occupied city of Donetsk", "Ukrainian towns and cities". Each mention gets a
role: `locative` (where something happened: "in", "over", "the city of",
"Moscow's west", "X region") or `actor` ("Kyiv has said", "the Kyiv regime",
"Moscow Mayor"), because capitals double as names for governments.

Spellings go through the alias table first (GeoNames alternate names plus ours),
then a guarded fuzzy match (rapidfuzz): only for a capitalised name in a locative
slot, same first letter, near-equal length, score >= 90, and never when the name
is itself a known place -- Pokrovsk and Pokrovske are different towns.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from .facilities import find_facilities
from .gazetteer import Place, gazetteer, key
from .spans import Spans

_REGION_WORD = r"(?:region|oblast|province|krai|kray|territory|governorate|okrug|area|district|republic)"
_REGION_ADJ = r"(?:(?:border|frontline|front-line|southern|northern|eastern|western|central|north-eastern|northeastern|south-eastern|southeastern|north-western|northwestern|south-western|southwestern|neighbouring|neighboring|occupied|partially\s+occupied|russian-occupied|russian|ukrainian|adjacent)\s+){0,2}"
_NAME = r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|on-Don|na-Donu))*?"
_REGION_PHRASE = re.compile(
    rf"\b(?P<name>{_NAME})(?P<poss>'s)?\s+{_REGION_ADJ}(?P<word>(?i:{_REGION_WORD}))s?\b(?!\s+of\b)"
)
_NAME_GREEDY = r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|on-Don|na-Donu))*"
_REGION_OF = re.compile(rf"\b(?P<word>region|oblast|province|republic|district|city|town|village|port|settlement)\s+of\s+(?P<name>{_NAME_GREEDY})")
# "the Kharkiv and Lviv regions", "the Taganrog, Novoshakhtinsk and Millerovo districts"
_REGION_LIST = re.compile(
    rf"\b(?P<names>[A-Z][\w'’-]+(?:,\s+[A-Z][\w'’-]+)*,?\s+and\s+[A-Z][\w'’-]+)\s+{_REGION_ADJ}(?P<word>(?i:regions|oblasts|provinces|districts|areas))\b")
# "the Solomianskyi district", "the Tekstilshchik district": a district of a city, named by an adjective
_CITY_DISTRICT = re.compile(r"(?:s['’]?kyi|skyy|skiy|sky|ckyi|tskyi|zkyi|ivskyi)$")
_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|on-Don))*")
_CAPITAL = re.compile(r"\b(?:the\s+)?(?:(?P<adj>Russian|Ukrainian)\s+)?capital(?:\s+city)?\b(?!\s+of)")
_COUNTRY_GENERIC = re.compile(
    r"\b(?P<adj>Ukrainian|Russian)\s+(?:(?:towns|cities|regions|villages|settlements|territory|soil|airspace|"
    r"towns\s+and\s+cities|cities\s+and\s+towns|towns\s+and\s+villages|border\s+regions)\b)"
)
# "cities across the country", "nationwide": the attacked country, known to the caller
_ACROSS_COUNTRY = re.compile(r"\b(?:across|throughout|all\s+over)\s+the\s+country\b|\bnationwide\b", re.I)
# "the Dnipro" is the river (the city is never "the Dnipro")
_RIVER = re.compile(r"\bthe\s+(?:Dnipro|Dnieper|Dnepr|Danube|Don|Donets|Desna|Seim|Siverskyi\s+Donets)\b(?!\s+(?:region|oblast))")
_LEAD_STOP = {
    "in", "on", "at", "over", "near", "the", "a", "an", "meanwhile", "overnight", "earlier", "later", "and",
    "but", "also", "then", "after", "before", "while", "when", "residents", "across", "around", "outside",
    "southern", "northern", "eastern", "western", "central", "occupied", "russian", "ukrainian",
    "russian-occupied", "as", "by", "from", "to", "of", "for", "with", "into", "toward", "towards",
}
_FACILITY = {
    "oblast", "region", "nuclear", "power", "plant", "airport", "airbase", "air", "base", "refinery",
    "port", "station", "thermal", "hydroelectric", "dam", "bridge", "oil", "depot", "terminal", "city",
    "thermal", "chp", "tpp", "hpp", "npp", "raion", "district", "hromada",
}
_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?i:in|on|at|over|near|toward|towards|targeting|targeted|target|hit|hitting|struck|striking|"
    r"attacked|attacking|shelled|shelling|across|outside|around|into|against|above|onto|of|to|for|"
    r"bombed|bombing|pounded|pounding|raid\s+on|attack\s+on|strike\s+on|strikes\s+on|attacks\s+on|"
    r"outskirts\s+of|suburb\s+of|suburbs\s+of|centre\s+of|center\s+of|heading\s+for|headed\s+for)"
    r"\s+(?:the\s+)?(?:(?:[a-z][\w-]*|(?:Russian|Ukrainian)-[a-z][\w-]*)\s+){0,4}|(?:capital|city|town|village|port),\s+)$"
)
_ACTOR_AFTER = re.compile(
    r"^(?:'s)?\s*(?:regime|government|authorities|officials?|leadership|forces|troops|army|military|"
    r"air\s+force|air\s+defen[cs]es?|defen[cs]e\s+ministry|ministry|mayor|governor|president|"
    r"administration|command|general\s+staff|side|has\b|have\b|had\b|said|says|is\b|was\b|will\b|would\b|"
    r"claimed|claims|reported|accused|launched|fired|attacked|struck|targeted|carried|responded|shot|"
    r"downed|denied|insists|insisted|wants|agreed|rejected|proposed|announced|offered|sent|should|must|"
    r"could|can\b|did\b|does\b|firing|launching|attacking|striking|shelling|using|sending|Mayor|Governor|Regional|Region(?:al)?\s+Governor|Oblast\s+Governor|"
    r"regional\s+governor|oblast\s+governor|region\s+governor|police|emergency|Independent|Post|Times)"
)
_ACTOR_BEFORE = re.compile(r"(?:\bby|\bfrom|\bwith|\bbetween|\b[A-Z][\w-]+\s+of)\s+(?:the\s+)?$")  # "Armed Forces of Ukraine"
_ACTOR_ENDS = ("by", "from", "with", "between", "of", "the")  # how an _ACTOR_BEFORE match ends, before its space
# Where a place is a landmark or a visit, not a target: "south-east of Moscow", "110 km from the border",
# "from the direction of Kurakhove", "Blinken arrived in Kyiv", "the governor of the Dnipropetrovsk region"
_NOT_TARGET_BEFORE = re.compile(
    r"(?:\b(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)"
    r"(?:ern)?\s+of|\b(?:km|kilometres|kilometers|miles)\)?\s+(?:\w+\s+){0,2}(?:of|from)|\bdirection\s+of|"
    r"\b(?:arrived|arriving|arrives|landed)\s+in|\bheard\s+(?:in|over|across)|\bvisit(?:s|ed|ing)?(?:\s+to)?|\btrip\s+to|\btravel(?:l?ed|s)?\s+to|"
    r"\b(?:governor|head|mayor|chief|administration|authorities|police|prosecutors?)\s+of|\bnear\s+the\s+border\s+with|"
    r"\bborders?\s+with|\bborders)\s+(?:the\s+)?$", re.I)
# "launched from Bryansk, Kursk and Millerovo", "missiles from the Kursk region": where the weapons
# took off, which air force tallies name next to (not instead of) where they struck
_LAUNCH_SITE_BEFORE = re.compile(
    r"\bfrom\s+"
    r"(?:(?:the\s+)?(?:occupied\s+|temporarily\s+occupied\s+)?[A-Z][\w'’-]+(?:\s+(?:region|oblast|krai|area|airfield))?"
    r"(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+))*"
    r"(?:the\s+)?(?:territory\s+of\s+(?:the\s+)?|occupied\s+|temporarily\s+occupied\s+)?$")
_PASSIVE_HIT_AFTER = re.compile(
    r"^\s+(?:(?:was|were|is|has\s+been|had\s+been)\s+(?:again\s+|also\s+|repeatedly\s+|\w+ly\s+)?"
    r"(?:targeted|attacked|hit|struck|shelled|bombed|pounded|damaged|rocked)|(?:came|comes|come|has\s+come|had\s+come|was|were|is)\s+"
    r"(?:again\s+|also\s+)?under\s+(?:[\w-]+\s+){0,5}?(?:fire|attacks?|shelling|bombardment|strikes))\b", re.I)
_ORG_AFTER = re.compile(
    r"^\s+(?:regional|city|oblast|district)\s+(?:military\s+)?(?:administration|authorities|council|governor|police|"
    r"prosecutor|officials|head)\b", re.I)
# "Kyiv's Solomianskyi district", "Moscow's west": a possessive that names part of the place
_PART_OF_PLACE = re.compile(
    r"^(?:'s|’s)\s+(?:(?:north|south|east|west|north-east|north-west|south-east|south-west|northern|southern|eastern|"
    r"western|central|historic|industrial|residential)\b|outskirts|suburbs?|cent(?:re|er)|downtown|district|port|"
    r"airport|old\s+town|(?:[A-Z][\w'’-]+\s+){1,2}(?:district|area|neighbou?rhood|suburb|raion|microdistrict)|"
    r"(?:\w+\s+)?(?:infrastructure|energy|power|residential|neighbou?rhoods?))", re.I)


def _not_target(text: str, start: int) -> bool:
    """A landmark, a visit, an office or a launch site: named, but not where the attack landed."""
    before = text[max(0, start - 80):start]
    return bool(_may_end_landmark(before) and _landmark_before(before, 0, len(before)) or
                "from" in before and _LAUNCH_SITE_BEFORE.search(before))


def _landmark_before(text: str, lo: int, start: int) -> bool:
    """_NOT_TARGET_BEFORE in text[lo:start], run on the lower-cased text (sre is far faster without
    IGNORECASE); the character before `lo` still tells whether a word starts there."""
    ctx = max(0, lo - 1)
    window = text[ctx:start].lower()
    if len(window) != start - ctx:  # a letter whose lower case is longer: search the text as written
        return bool(_NOT_TARGET_BEFORE.search(text, lo, start))
    return bool(_NOT_TARGET_LOW.search(window, lo - ctx))


_NOT_TARGET_LOW = re.compile(_NOT_TARGET_BEFORE.pattern)  # written in lower case: only IGNORECASE goes
assert _NOT_TARGET_LOW.pattern == _NOT_TARGET_LOW.pattern.lower()


# How every _NOT_TARGET_BEFORE match ends: one of these words (or "the"), then a space.
_LANDMARK_ENDS = ("of", "from", "in", "over", "across", "visit", "visits", "visited", "visiting", "to", "with", "borders",
                  "the")


def _may_end_landmark(window: str) -> bool:
    """Whether `window` ends the way a landmark phrase does ("south-east of the "): a suffix test
    that spares most names the search. Non-ASCII text goes to the search, since IGNORECASE
    folds a few non-ASCII letters (ı, ſ, K) onto ASCII ones."""
    if not window[-1:].isspace():
        return False
    return not window.isascii() or window.rstrip().lower().endswith(_LANDMARK_ENDS)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    place: Place
    role: str  # 'locative' | 'actor' | 'other'
    via: str  # 'region-phrase' | 'name' | 'fuzzy' | 'capital' | 'country-generic'


def find_places(text: str, capital_of: str | None = None) -> list[Mention]:
    """Place mentions in `text`, left to right, none overlapping.

    `capital_of` names the country "the capital" refers to when the sentence
    does not say (the attacked side, known to the caller).
    """
    if capital_of and "capital" not in text.lower() and not _has(text.lower(), ("country", "nationwide")):
        capital_of = None  # it names no place in this sentence: one cache entry whatever side is attacked
    return list(_places(text, capital_of))


@lru_cache(maxsize=4096)
def _places(text: str, capital_of: str | None) -> tuple[Mention, ...]:
    """Wire copy repeats sentences across reports, so each is read once (mentions are frozen)."""
    gaz = gazetteer()
    found: list[Mention] = Spans()
    low = text.lower()
    taken = found.taken

    region_words = _has(low, _REGION_STEMS)
    for a, b, town in find_facilities(text, low):  # "the Zaporizhzhia nuclear power plant" is in Enerhodar
        found.append(Mention(a, b, text[a:b], town, _role(text, a, b), "facility"))
    for m in (_RIVER.finditer(text) if _has(low, _RIVER_STEMS) else ()):  # a river is no place of ours; its span is taken
        found.append(Mention(m.start(), m.end(), m.group(), _RIVER_PLACE, "other", "river"))
    for m in (_REGION_LIST.finditer(text) if region_words and " and " in low and _has(low, _PLURAL_STEMS) else ()):
        word = m.group("word").lower().rstrip("s")
        role = "other" if _not_target(text, m.start()) else "locative"
        for n in _LISTED_NAME.finditer(m.group("names")):
            a, b = m.start("names") + n.start(), m.start("names") + n.end()
            if word in {"district", "raion"} and (_CITY_DISTRICT.search(n.group()) or _lookup(n.group()) is None):
                # "the Darnytskyi and Dniprovskyi districts": a city's districts, as when named one by one
                if not taken(a, b):
                    found.append(Mention(a, b, n.group() + " " + word, Place(f"{n.group()} district", "district", ""),
                                         role, "city-district"))
                continue
            place = _region_phrase_place(n.group(), word)
            if place is not None and not taken(a, b):
                found.append(Mention(a, b, n.group() + " " + word, place, role, "region-list"))
    for m in (_word_finditer(_REGION_PHRASE, text) if region_words else ()):
        name, word = _strip_lead(_POSSESSIVE.split(m.group("name"))[-1]), m.group("word").lower()
        start = m.end("name") - len(name)
        if taken(start, m.end()):
            continue
        role = "other" if _not_target(text, start) else "locative"
        if word in {"district", "raion"} and (_CITY_DISTRICT.search(name) or _lookup(name) is None) \
                and len(name.split()) == 1:
            place = Place(f"{name} district", "district", "")
            found.append(Mention(start, m.end(), text[start:m.end()], place, role, "city-district"))
            continue
        place = _region_phrase_place(name, word)
        if place is not None and place.kind == "city" and word in {"district", "raion"} and not m.group("poss") \
                and "'s" not in m.group("name") and "’s" not in m.group("name"):
            # "the Belgorod district" is the raion around Belgorod (Moscow's Zelenograd district is a city's part)
            place = Place(f"{place.name} district", "raion", place.country, place.region, place.lat, place.lon)
        if place is not None:
            found.append(Mention(start, m.end(), text[start:m.end()], place, role, "region-phrase"))
    for m in (_REGION_OF.finditer(text) if _has(low, _OF_STEMS) else ()):
        full, word = m.group("name"), m.group("word").lower()
        words = full.split()
        for n in range(min(len(words), 4), 0, -1):  # the longest name that is a place
            name = " ".join(words[:n])
            place = _region_phrase_place(name, word) if word in {"region", "oblast", "province", "republic"} \
                else _name_place(name)
            if place is not None:
                break
        if place is None and word in {"village", "town", "settlement"}:
            name, place = full, _unlisted_village(text, m.start("name") + len(full), found, full)
        if place is not None and not taken(m.start("name"), m.start("name") + len(name)):
            role = "other" if _not_target(text, m.start()) else "locative"
            found.append(Mention(m.start("name"), m.start("name") + len(name), name, place, role, "region-phrase"))
    if capital_of and _has(low, ("country", "nationwide")):
        for m in _ACROSS_COUNTRY.finditer(text):
            if not taken(m.start(), m.end()):
                found.append(Mention(m.start(), m.end(), m.group(), gaz.countries[capital_of.lower()], "locative",
                                     "country-generic"))
    for m in (_word_finditer(_COUNTRY_GENERIC, text) if _has(low, ("ukrainian ", "russian ")) else ()):
        if not taken(m.start(), m.end()):
            country = "Ukraine" if m.group("adj") == "Ukrainian" else "Russia"
            found.append(Mention(m.start(), m.end(), m.group(), gaz.countries[country.lower()], "locative",
                                 "country-generic"))
    for m in (_REGIONAL_CAPITAL.finditer(text) if _has(low, ("capital", "centre", "center")) else ()):
        if taken(m.start(), m.end()):
            continue
        # "debris fell on a residential area in the regional capital": the capital of the region the
        # sentence names, never the country's; a region named in no other way leaves it unplaced
        named = [f for f in found if f.place.kind == "region" and f.start < m.start()]
        city = _capital_of(max(named, key=lambda f: f.start).place) if named else None
        if city is None:
            found.append(Mention(m.start(), m.end(), m.group(), _RIVER_PLACE, "other", "river"))
        else:
            found.append(Mention(m.start(), m.end(), m.group(), city, _role(text, m.start(), m.end()), "regional-capital"))
    for m in (_CAPITAL.finditer(text) if "capital" in low else ()):
        if taken(m.start(), m.end()):
            continue
        country = {"Russian": "Russia", "Ukrainian": "Ukraine"}.get(m.group("adj") or "", capital_of)
        if country is None:
            continue
        place = gaz.city("Moscow" if country == "Russia" else "Kyiv")
        if place is not None:
            found.append(Mention(m.start(), m.end(), m.group(), place, "locative", "capital"))
    for m in _RUN.finditer(text):
        parts, fuzzy = _run_parts(m.group())
        if not parts and fuzzy is None:
            continue  # most runs name no place ("The", "Vladimir Putin"): no call for them
        for start, end, place, via in _run_places(m.group(), m.start(), text):
            if taken(start, end) or _ROAD_AFTER.match(text, end):
                continue
            role = _role(text, start, end)
            found.append(Mention(start, end, text[start:end], place, role, via))
    found.sort(key=lambda x: x.start)
    if region_words:
        found = _in_stated_region(text, found)
    return tuple(m for m in _enumerations(text, found) if m.via != "river")


_REGIONAL_CAPITAL = re.compile(
    r"\b(?:the\s+)?(?:regional|region['’]s|oblast|provincial)\s+(?:capital|cent(?:re|er))\b"
    r"|\b(?:the\s+)?capital\s+of\s+the\s+(?:region|oblast|province)\b", re.I)
# Regions whose capital is not their namesake town
_CAPITALS = {"Volyn Oblast": "Lutsk", "Zakarpattia Oblast": "Uzhhorod", "Crimea": "Simferopol",
             "Sverdlovsk Oblast": "Yekaterinburg", "Tatarstan": "Kazan", "Bashkortostan": "Ufa", "Chechnya": "Grozny",
             "Dagestan": "Makhachkala", "Leningrad Oblast": "", "Moscow Oblast": "", "Kyiv Oblast": ""}


def _capital_of(region: Place) -> Place | None:
    """The city a region is governed from: the namesake town in it ("Zaporizhzhia Oblast" ->
    Zaporizhzhia, "Kirovohrad Oblast" -> Kropyvnytskyi) or the exception table's."""
    gaz = gazetteer()
    name = _CAPITALS.get(region.name)
    if name == "":
        return None
    names = [name] if name else [a for a in region.aliases[1:3] if a]
    for n in names:
        city = gaz.city(n, region=region.name)
        if city is not None and city.region == region.name:
            return city
    return None


# "debris fell on the Kashirskoye highway", "the Kharkiv road": a road named after a place is not it
_ROAD_AFTER = re.compile(r"\s+(?i:highway|motorway|road|street|avenue|boulevard|prospekt)\b")
_REGION_APPOSITION = re.compile(r"\s*(?:,|\(|\bin\b)?\s*(?:the\s+)?$")


def _unlisted_village(text: str, end: int, found: list[Mention], name: str) -> Place | None:
    """"the village of Bezymeno in the Belgorod region": a village the gazetteer lacks, placed by the
    region named right after it (the guideline logs the most specific place)."""
    for r in found:
        if r.place.kind == "region" and 0 <= r.start - end <= 14 and _REGION_APPOSITION.fullmatch(text, end, r.start):
            return Place(name, "city", r.place.country, r.place.name)
    return None


def _in_stated_region(text: str, found: list[Mention]) -> list[Mention]:
    """"the village of Krasnoye in the Belgorod region": of the places sharing a name, the one in
    the region the sentence names. A name placed in a region where we know no such place ("Murom
    in the Belgorod region" -- a village, not the city in Vladimir Oblast) is a village of that region,
    as the guideline logs the most specific place named."""
    regions = [m for m in found if m.place.kind == "region" and m.role == "locative"]
    if not regions:
        return found
    named = {m.place.name for m in regions}
    starts = [r.start for r in regions]  # sorted, as `found` is: a region 0-14 characters on is found by bisection
    gaz = gazetteer()
    out: list[Mention] = []
    for m in found:
        if m.place.kind == "city" and m.place.region not in named:
            same = [p for p in gaz.cities.get(key(_strip_possessive(m.text)), ()) if p.region in named]
            if same:
                m = Mention(m.start, m.end, m.text, same[0], m.role, m.via)
            else:
                near = regions[bisect.bisect_left(starts, m.end):bisect.bisect_right(starts, m.end + 14)]
                region = next((r.place for r in near if _REGION_APPOSITION.fullmatch(text, m.end, r.start)), None)
                if region is not None:
                    # "the village of Murom in the Belgorod region": a village of that region we have no entry for
                    # (not the city in Vladimir Oblast); named as written, placed in the region, no coordinates
                    m = Mention(m.start, m.end, m.text, Place(_strip_possessive(m.text), "city", region.country,
                                                              region.name), m.role, "in-stated-region")
        out.append(m)
    return out


_RIVER_PLACE = Place("river", "river", "")
_LISTED_NAME = re.compile(r"[A-Z][\w'’-]+")
_POSSESSIVE = re.compile(r"['’]s\s+")
_LIST_GAP = re.compile(r"\s*(?:,|,?\s*and|,?\s*or)\s*(?:the\s+)?")
_LEADING_THE = re.compile(r"^(?:the)\s+", re.I)
_NAME_AND_REGION = re.compile(rf"({_NAME})(?:'s)?\s+{_REGION_ADJ}({_REGION_WORD})")
_PLURAL_STEMS = ("regions", "oblasts", "provinces", "districts", "areas")  # _REGION_LIST needs one
# Substring gates: a phrase pattern runs only when its words are in the sentence.
_RIVER_STEMS = ("dnipro", "dnieper", "dnepr", "danube", " don", "donets", "desna", "seim")
_REGION_STEMS = ("region", "oblast", "province", "krai", "kray", "territor", "governorate", "okrug", "area", "district",
                 "republic", "raion")
_OF_STEMS = ("region of", "oblast of", "province of", "republic of", "district of", "city of", "town of", "village of",
             "port of", "settlement of")


def _word_finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern that opens with `\\b` and then a word character. Its
    twin without the `\\b` opens with letters, which sre scans for far faster than it tries a
    word boundary at every character; a twin's hit inside a word is dropped and the scan resumes
    one character on, so the matches are the same."""
    twin = _TWINS[pattern]
    pos = 0
    while (m := twin.search(text, pos)) is not None:
        start = m.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):  # no word boundary here
            pos = start + 1
            continue
        yield m
        pos = m.end()


_TWINS = {p: re.compile(p.pattern[2:], p.flags) for p in (_REGION_PHRASE, _COUNTRY_GENERIC)}
assert all(p.pattern.startswith(r"\b") for p in _TWINS)


def _has(low: str, stems: tuple[str, ...]) -> bool:
    for stem in stems:
        if stem in low:
            return True
    return False


def _enumerations(text: str, found: list[Mention]) -> list[Mention]:
    """"strikes on Kharkiv, Sumy and Odesa": a name listed after a locative one is locative too."""
    out: list[Mention] = []
    for m in found:
        if out and m.role == "other" and out[-1].role == "locative" and \
                _LIST_GAP.fullmatch(text, out[-1].end, m.start):
            m = Mention(m.start, m.end, m.text, m.place, "locative", m.via)
        out.append(m)
    return out


def _strip_lead(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].lower() in _LEAD_STOP:
        words.pop(0)
    return " ".join(words)


def _region_phrase_place(name: str, word: str) -> Place | None:
    gaz = gazetteer()
    if word in {"district", "area"}:
        return gaz.city(name) or gaz.region(name)
    if word == "republic":
        return gaz.region(name + " Republic") or gaz.region(name)
    return gaz.region(name) or gaz.city(name)


def _name_place(name: str) -> Place | None:
    gaz = gazetteer()
    return gaz.city(name) or gaz.region(name) or gaz.country(name)


def _run_places(run: str, offset: int, text: str) -> list[tuple[int, int, Place, str]]:
    """Places a capitalised run is made of; a run with words that are not places or
    facility words ("Moscow Mayor Sergei Sobyanin", "Vladimir Putin") names none."""
    parts, fuzzy = _run_parts(run)
    if fuzzy is not None:
        name, at, place = fuzzy
        if not _LOCATIVE_BEFORE.search(text, max(0, offset + at - 80), offset + at):
            return []  # a near-spelling counts only in a locative slot
        return [(offset + at, offset + at + len(name), place, "fuzzy")]
    return [(offset + a, offset + b, place, "name") for a, b, place in parts]


@lru_cache(maxsize=16384)
def _run_parts(run: str) -> tuple[tuple[tuple[int, int, Place], ...], tuple[str, int, Place] | None]:
    """The places in a run by offset within it (runs repeat across reports, so this is cached),
    or the single unknown word a fuzzy match finds a place for (its slot is for the caller)."""
    tokens = [(t.start(), t.end(), t.group()) for t in _TOKEN.finditer(run)]
    while tokens and tokens[0][2].lower() in _LEAD_STOP:
        tokens.pop(0)
    out: list[tuple[int, int, Place]] = []
    i = 0
    while i < len(tokens):
        matched = False
        for j in range(min(len(tokens), i + 4), i, -1):
            a, b = tokens[i][0], tokens[j - 1][1]
            clean = _strip_possessive(run[a:b]).rstrip(".,")
            place = _lookup(clean)
            if place is not None:
                out.append((a, a + len(clean), place))
                i = j
                matched = True
                break
        if not matched:
            word = tokens[i][2].lower().rstrip(".,'s")
            if word not in _FACILITY:
                if i == 0 and len(tokens) == 1:
                    name = tokens[0][2].rstrip(".,")
                    place = _fuzzy_key(key(name)) if len(name) >= 6 else None
                    return (), (name, tokens[0][0], place) if place is not None else None
                return (), None
            i += 1
    return tuple(out), None


_TOKEN = re.compile(r"\S+")


def _strip_possessive(phrase: str) -> str:
    for end in ("'s", "’s", "'"):
        if phrase.endswith(end):
            return phrase[:-len(end)]
    return phrase


@lru_cache(maxsize=16384)
def _lookup(phrase: str) -> Place | None:
    gaz = gazetteer()
    k = key(phrase)
    if k in gaz.countries:
        return gaz.countries[k]
    city = gaz.cities.get(k)
    if city:
        return city[0]
    regions = gaz.regions.get(k)
    if regions and (len(k.split()) > 1 or k in _STANDALONE_REGIONS):
        return regions[0]
    return gaz.region_by_name.get(k)


# Region names that stand alone in copy without "region" ("strikes on Crimea", "in Donbas").
_STANDALONE_REGIONS = {
    "crimea", "donbas", "donbass", "dpr", "lpr", "dnr", "lnr", "tatarstan", "bashkortostan", "chechnya",
    "dagestan", "kuban", "karelia", "zakarpattia", "transcarpathia", "volhynia", "kuzbass", "krym",
}


def _role(text: str, start: int, end: int) -> str:
    # the patterns that end at the name search short windows before it ($ is the window's end)
    after = text[end:end + 64]  # "came under a combined missile and drone attack"
    if _may_end_landmark(text[max(0, start - 45):start]) and _landmark_before(text, max(0, start - 45), start):
        return "other"
    possessive = after.startswith(("'s", "’s"))
    if possessive and _PART_OF_PLACE.match(after):
        return "locative"
    if possessive and _OF_BEFORE.search(text, max(0, start - 10), start):
        return "other"  # "one of Kyiv's most intense campaigns"
    if _PASSIVE_HIT_AFTER.match(after):
        return "locative"
    if _ATTACK_ON_BEFORE.search(text, max(0, start - 30), start):
        return "locative"  # "the death toll from the strike on Sumy has risen": the attack's target, whatever follows
    if _ORG_AFTER.match(after):
        return "actor"
    if _ACTOR_AFTER.match(after) and not _REGION_AFTER.match(after):
        return "actor"
    if text[start - 1:start].isspace() and text[max(0, start - 30):start].rstrip().endswith(_ACTOR_ENDS) and \
            _ACTOR_BEFORE.search(text, max(0, start - 30), start):
        return "actor"
    if _LOCATIVE_BEFORE.search(text, max(0, start - 60), start):
        return "locative"
    if after.startswith(",") and _DESCRIBED_AFTER.match(after):
        return "locative"
    return "other"


_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
_ATTACK_ON_BEFORE = re.compile(
    r"\b(?:strikes?|attacks?|raids?|shelling|bombing|bombardment|assault)\s+(?:on|against)\s+(?:the\s+)?(?:city\s+of\s+)?$", re.I)
_REGION_AFTER = re.compile(r"^\s*(?:region|oblast)", re.I)
_DESCRIBED_AFTER = re.compile(r"^,\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}(?:city|town|village|region|capital|port)\b")


@lru_cache(maxsize=4096)
def _fuzzy_key(k: str) -> Place | None:
    from rapidfuzz import fuzz, process

    gaz = gazetteer()
    pool = [c for c in _by_initial().get(k[:3], ()) if abs(len(c) - len(k)) <= 2]
    got = process.extractOne(k, pool, scorer=fuzz.ratio, score_cutoff=90) if pool else None
    if got is None:
        return None
    cand = got[0]
    # "Pokrovsk" vs "Pokrovske": a near name that only adds or drops an ending is another place
    if cand.startswith(k) or k.startswith(cand):
        return None
    return gaz.cities[cand][0]


@lru_cache(maxsize=1)
def _by_initial() -> dict[str, list[str]]:
    """City keys by their first three letters (a fuzzy match must keep them)."""
    out: dict[str, list[str]] = {}
    for k in gazetteer().cities:
        out.setdefault(k[:3], []).append(k)
    return out


def resolve_name(name: str) -> Place | None:
    """One place name as written ("Kiev", "Kharkiv Oblast", "the Moscow region") -> place."""
    text = _LEADING_THE.sub("", name.strip())
    m = _NAME_AND_REGION.fullmatch(text)
    if m:
        return _region_phrase_place(m.group(1), m.group(2).lower())
    return _lookup(text) or (_fuzzy_key(key(text)) if len(text) >= 6 else None)
