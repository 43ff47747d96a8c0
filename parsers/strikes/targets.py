"""What was hit, as a target class. The first target word in the sentence wins
("residential infrastructure" is residential); place descriptors ("the port city
of Odesa", "the Black Sea port of") are not targets."""
from __future__ import annotations

import re
from functools import lru_cache

from .filters import has_any, lower_pattern, lower_text

_CLASSES: list[tuple[str, str]] = [
    ("residential", r"residential|apartments?|homes?|houses?|housing|high-rises?|high-rise\s+buildings?|"
                    r"multi-stor(?:e)?y|\w+-stor(?:e)?y\s+(?:apartment\s+|residential\s+)?(?:building|block)|"
                    r"dormitor(?:y|ies)|dwellings?|blocks?\s+of\s+flats|flats|(?:private\s+)?households?"),
    ("infrastructure", r"infrastructure|power\s+(?:plants?|stations?|grid|lines?|facilit(?:y|ies))|energy|electricity|"
                       r"substations?|thermal|nuclear|rail(?:way)?s?|trains?|tracks|ports?|airports?|"
                       r"bridges?|refiner(?:y|ies)|oil\s+(?:depots?|terminals?|facilit(?:y|ies))|fuel(?!\s+stations?\b)|gas\s+(?!stations?\b)\w+|dams?|"
                       r"water\s+supply|grain\s+(?:terminals?|silos?)|heating|boiler|pumping\s+stations?|pipelines?|"
                       r"compressor\s+stations?|gas\s+(?:storage|production)|storage\s+facilit(?:y|ies)"),
    ("commercial", r"business|shopping|malls?|supermarkets?|stores?|shops?|markets?|offices?|warehouses?|hotels?|"
                   r"restaurants?|cafes?|enterprises?|factor(?:y|ies)|plants?|industrial|commercial|car\s+dealership|"
                   r"(?:petrol|gas|filling|fuel)\s+stations?"),
    ("civilian", r"civilian|hospitals?|schools?|kindergartens?|universit(?:y|ies)|church(?:es)?|(?:mini|trolley)?bus(?:es)?|trams?|cars?|"
                 r"streets?|playgrounds?|parks?|clinics?|medical|maternity|cultural|museum|theat(?:er|re)|"
                 r"humanitarian|aid\s+convoy|evacuation"),
    ("military", r"military\s+(?:targets?|facilit(?:y|ies)|sites?|airfields?|bases?|units?|infrastructure)|air\s*bases?|"
                 r"barracks|ammunition|arms\s+depots?|arsenals?|command\s+posts?|radars?|positions|troops|training\s+ground|"
                 r"defen[cs]e\s+(?:plants?|enterprises?|industry)|warships?|landing\s+ships?|submarines?|naval\s+base|"
                 r"S-[34]00\s+(?:launchers?|batter(?:y|ies))|"
                 r"fleet\s+(?:headquarters|base)|headquarters\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?Fleet|deployment\s+points?|"
                 r"(?:nationalist\s+)?formations|mercenaries|militants|air\s+defen[cs]e\s+(?:sites?|positions?)|"
                 r"airfields?|military-industrial"),
    ("government", r"government\s+(?:buildings?|quarter)|administrati(?:on|ve)\s+buildings?|parliament|city\s+hall|"
                   r"regional\s+administration"),
]
_ORDER = {"military": 0, "government": 1}
# One word-start test for all classes, not one per class: sre then skips the classes at every other
# position (every alternative starts with a word character, so `(?=\w)` drops no match).
_PATTERN = re.compile(r"\b(?=\w)(?:" + "|".join(rf"(?P<{c}>(?:{p})\b)" for c, p in _CLASSES) + ")", re.I)
_DESCRIPTOR = re.compile(r"\b(?:port\s+city|port\s+town|port|city|town|capital)\s+of\b|\bport\s+city\b|\bnuclear\s+power\s+plant\s+in\b"
                         r"|\bhome\s+to\b|\bcivilian\s+(?:casualties|deaths|victims)\b|\bpower\s+outages?\b|\bgas\s+station\s+worker"
                         # a source's title, not what was hit: "Sumy regional administration head Volodymyr Artiukh said"
                         r"|\b(?:regional|city|district|oblast)\s+(?:military\s+)?administration\s+(?:head|chief|spokes\w+|"
                         r"officials?|press\s+service|said|says|reported|reports)\b"
                         r"|\b(?:head|chief)\s+of\s+the\s+(?:[\w-]+\s+){0,2}(?:regional|city|district|oblast)\s+(?:military\s+)?administration\b", re.I)
_HIT = re.compile(r"\b(?:hit|hitting|struck|striking|damaged|damaging|destroyed|destroying|attacked|targeted|targeting|target|fire|ablaze|burn|blaze|caught|debris|"
                  r"fragments|attack|strike|strikes|shelling|collapsed|on|at|in|toward|towards|headed|heading|aimed)\b", re.I)


# "a warehouse storing HIMARS rocket launchers" is a military target whatever the building
_STORES_WEAPONS = re.compile(
    r"\b(?:warehouses?|depots?|storage|stores?|hangars?|facilit(?:y|ies))\s+(?:\w+\s+){0,2}?(?:storing|stocking|holding|housing|"
    r"containing|with|for|of)\s+(?:[\w-]+\s+){0,4}?(?:weapons|ammunition|HIMARS|howitzers|missiles|rockets|launchers|drones|"
    r"shells|military\s+equipment|armou?red\s+vehicles)\b", re.I)


_HIT_VERB = re.compile(r"\b(?:hit|hitting|struck|striking|damaged|damaging|destroyed|destroying|targeted|targeting|"
                       r"slammed\s+into|fell\s+on|tore\s+through|ripped\s+through|attacked|shelled|pounded)\b", re.I)
_HIT_LAUNCHER = re.compile(r"\b(?:destroyed|hit|struck|eliminated|targeted)\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?"
                           r"(?:[\w-]+\s+){0,3}?(?:launchers?|air\s+defen[cs]e\s+systems?)\b", re.I)


def target_class(sentence: str) -> str | None:
    """The class of what was hit. Commercial is the weakest reading: a hotel or shop next
    to apartments, a school or a refinery gives the other class ("a hotel and apartment
    building" is residential), so it wins only when nothing else was hit."""
    return _target(sentence)


@lru_cache(maxsize=2048)
def _target(sentence: str) -> str | None:
    text = lower_text(sentence)
    if not _HIT_LOW.search(text):
        return None
    if has_any(text, _STORES_STEMS) and _STORES_WEAPONS_LOW.search(text) or \
            has_any(text, _LAUNCHER_STEMS) and _HIT_LAUNCHER_LOW.search(text):
        return "military"
    if has_any(text, _DESCRIPTOR_STEMS):
        text = _DESCRIPTOR_LOW.sub(lambda m: " " * len(m.group()), text)
    if "no " in text or "without " in text:  # "no civilian facilities were damaged": not what was hit
        text = _NEGATED.sub(lambda m: " " * len(m.group()), text)
    hits = []
    claim = None  # whether the military claims to strike only military targets, looked up once
    for m in _PATTERN_LOW.finditer(text):
        cls = m.lastgroup
        if cls == "civilian" and _CIVILIAN_INFRA.match(text, m.start()):
            cls = "infrastructure"
        if cls == "military":
            if claim is None:
                claim = bool(_MILITARY_CLAIM.search(text))
            if claim or _ATTACKING_SUBJECT.match(text, m.end()):
                continue  # "Russian troops launched a drone strike on ..." -- the attacker, not the target
        hits.append((m.start(), cls))
    if not hits or not _HIT_LOW.search(text):
        return None
    # what a hit verb takes as object ("did not comment on the clinic, but said its forces had
    # struck deployment points") outranks a target word elsewhere in the sentence
    objects = [h for v in _HIT_VERB_LOW.finditer(text) for h in hits if v.end() <= h[0] < v.end() + 80]
    pool = objects or hits
    strong = [h for h in pool if h[1] != "commercial"]
    return min(strong or pool)[1]


_STORES_STEMS = ("warehouse", "depot", "storage", "store", "hangar", "facilit")
_LAUNCHER_STEMS = ("launcher", "system")
_DESCRIPTOR_STEMS = ("port", "city", "town", "capital", "home to", "civilian", "power outage", "gas station", "nuclear power plant",
                     "administration")
_PATTERN_LOW, _DESCRIPTOR_LOW, _HIT_LOW, _STORES_WEAPONS_LOW, _HIT_VERB_LOW, _HIT_LAUNCHER_LOW = map(
    lower_pattern, (_PATTERN, _DESCRIPTOR, _HIT, _STORES_WEAPONS, _HIT_VERB, _HIT_LAUNCHER))
_ATTACKING_SUBJECT = re.compile(r"\s+(?:have\s+|had\s+|has\s+|also\s+|again\s+)?(?:launched|fired|attacked|shelled|struck|dropped|hit|used|"
                                r"targeted|pounded|carried\s+out|opened\s+fire)\b")
_NEGATED = re.compile(r"\bno\s+(?:[\w-]+\s+){1,3}?(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?"
                      r"(?:damaged|hit|destroyed|affected|struck)\b"
                      r"|\bno\s+(?:damage|hits?|destruction)\s+(?:was\s+|were\s+)?(?:\w+\s+)?(?:to|on|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}[\w-]+"
                      r"|\bwithout\s+(?:damaging|hitting)\s+(?:the\s+|any\s+)?(?:[\w-]+\s+){0,2}[\w-]+")
_CIVILIAN_INFRA = re.compile(r"civilian\s+(?:infrastructure|energy|power)")
_MILITARY_CLAIM = re.compile(r"\b(?:continues?\s+to\s+strike|only\s+(?:strikes?|targets?)|claims?\s+(?:it|they)\s+targets?)")
