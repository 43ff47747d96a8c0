"""The region a speaking governor runs: where "in the region" points in a governor's account.

Wire roundups of a night's attacks go region by region through governors' posts
("Kherson regional governor Oleksandr Prokudin said shelling killed two people in
the region", "the governor of the southern Mykolaiv region said five drones were
shot down there"). The region is named only as the speaker's office, never as a
place the sentence locates anything in, yet it is where the attack was.
"""
from __future__ import annotations

import re

from ..places import Place, gazetteer
from .filters import has_any

_NAME = r"(?P<name>[A-Z][\w'’-]+)"
_OFFICE = [
    # "Kherson regional governor", "Belgorod Governor", "Odesa Regional Military Administration"
    re.compile(rf"\b{_NAME}\s+(?i:(?:regional|region|oblast)\s+(?:governor|(?:military\s+)?administration|head|chief)|governor)\b"),
    # "the governor of the northeastern Sumy region", "head of the Odesa Regional Military Administration"
    re.compile(rf"\b(?i:governor|head|chief)\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}{_NAME}\s+"
               rf"(?i:region|oblast|regional\s+(?:military\s+)?administration)\b"),
    # "the governor of the central region of Cherkasy"
    re.compile(rf"\b(?i:governor|head)\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}(?i:region|oblast)\s+of\s+{_NAME}"),
]
_STEMS = ("governor", "administration", "head", "chief")


def governed_region(text: str, low: str) -> Place | None:
    """The region whose governor (or regional administration) the sentence names as its source."""
    if not has_any(low, _STEMS):
        return None
    gaz = gazetteer()
    for pattern in _OFFICE:
        for m in pattern.finditer(text):
            place = gaz.region(m.group("name"))
            if place is not None and place.kind == "region":
                return place
    return None


# "Moscow Mayor Sergei Sobyanin", "Kharkiv's mayor", "the mayor of Odesa"
_MAYOR = re.compile(rf"\b{_NAME}(?:'s|’s)?\s+(?i:mayor|city\s+(?:military\s+)?administration|city\s+council)\b"
                    r"|\b(?i:mayor)\s+of\s+(?P<city>[A-Z][\w'’-]+)")


_POSSESSIVE = re.compile(r"['’]s$")


def mayor_city(text: str) -> Place | None:
    """The city whose mayor (or city administration) the sentence names as its source."""
    if "ayor" not in text and "city" not in text:
        return None
    gaz = gazetteer()
    for m in _MAYOR.finditer(text):
        place = gaz.city(_POSSESSIVE.sub("", m.group("name") or m.group("city")))
        if place is not None:
            return place
    return None
