"""Weapons: the coarse class an analyst filters on, plus the words as written.

Model names map to their class (Shahed/Geran -> drone; Kalibr, Kh-101, Iskander,
Kinzhal, converted S-300 -> missile; KAB -> bomb; Grad, HIMARS -> rocket), so a
report that only names the model still gets a class. More than one class in one
record is `mixed`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .filters import has_any, lower_pattern, lower_text

CLASSES: list[tuple[str, re.Pattern[str]]] = [
    ("drone", re.compile(
        r"\b(?:drones?|UAVs?|unmanned\s+(?:aerial\s+)?(?:vehicles?|aircraft|systems?)|Shahed(?:s|-\d+\w*)?|"
        r"Geran(?:s|-\d\w*)?|kamikaze|loitering\s+munitions?|quadcopters?|Lancets?|Lyutyi|Liutyi)\b", re.I)),
    ("missile", re.compile(
        r"\b(?:missiles?|Kalibrs?|Kh-\d+\w*|Storm\s+Shadows?|SCALP|Neptunes?|Iskanders?(?:-M)?|ATACMS|KN-23|"
        r"Kinzhals?|Zircons?|Tsirkons?|Oreshnik|S-[234]00s?|Tochka(?:-U)?|Onyx|Taurus|Flamingo)\b", re.I)),
    ("bomb", re.compile(r"\b(?:glide\s+bombs?|guided\s+(?:aerial\s+)?bombs?|aerial\s+bombs?|bombs?|KABs?|FAB-\d+\w*|UMPK)\b", re.I)),
    ("artillery", re.compile(r"\b(?:shelling|shelled|artillery|mortars?|howitzers?|tank\s+fire|shells)\b", re.I)),
    ("rocket", re.compile(
        r"\b(?:rockets?|Grads?|HIMARS|MLRS|multiple\s+(?:launch\s+)?rocket\s+(?:launchers?|systems?)|Smerch|"
        r"Uragan|Tornado-S|Vampires?)\b", re.I)),
]
# Defence against weapons is not use of them: "air defence missile" stays a missile,
# but "anti-missile", "anti-drone" and "air defence systems" name no attacking weapon.
_ARMS = r"(?:launchers?|howitzers?|missiles?|rockets?|drones?|shells|ammunition|weapons|systems?|HIMARS|ATACMS)"
_NOT_WEAPON = re.compile(
    r"\banti-(?:missile|drone|rocket)\b|\bmissile\s+defen[cs]e\b|\bdrone\s+(?:operators?|pilots?|units?|makers?|production|industry|wall)\b"
    # what a hit depot stored is not what hit it: "a warehouse storing HIMARS rocket launchers and M777 howitzers"
    rf"|\b(?:storing|stockpiling|housing|holding|containing|stocks?\s+of|stockpiles?\s+of|deliveries\s+of|supplies\s+of)\s+"
    rf"(?:(?!(?:was|were|by|had|has|is|are)\b)[\w-]+\s+){{0,5}}{_ARMS}\b"
    rf"(?:\s+(?:and|or)\s+(?:(?!(?:was|were|by|had|has|is|are)\b)[\w-]+\s+){{0,4}}{_ARMS}\b)?", re.I)
_MODIFIER = (
    r"(?:cruise|ballistic|hypersonic|guided|glide|fixed-wing|attack|strike|kamikaze|long-range|anti-aircraft|"
    r"air-launched|sea-launched|converted|Iranian-made|Iranian-designed|North\s+Korean|Shahed(?:-\d+)?|"
    r"Geran-\d|Iskander(?:-M)?|Kh-\d+\w*|Kalibr|Kinzhal|Zircon|Oreshnik|S-[234]00|decoy|jet-powered|"
    r"Ukrainian|Russian|and|or)"
)
_DETAIL = re.compile(rf"(?:\b{_MODIFIER}\s+){{0,5}}", re.I)


# Each class pattern runs only when one of its stems is in the sentence.
_STEMS = {
    "drone": ("drone", "uav", "unmanned", "shahed", "geran", "kamikaze", "loitering", "quadcopter", "lancet", "lyut", "liut"),
    "missile": ("missile", "kalibr", "kh-", "storm shadow", "scalp", "neptune", "iskander", "atacms", "kn-23", "kinzhal",
                "zircon", "tsirkon", "oreshnik", "s-200", "s-300", "s-400", "tochka", "onyx", "taurus", "flamingo"),
    "bomb": ("bomb", "kab", "fab-", "umpk"),
    "artillery": ("shell", "artillery", "mortar", "howitzer", "tank fire"),
    "rocket": ("rocket", "grad", "himars", "mlrs", "smerch", "uragan", "tornado-s", "vampire"),
}
_NOT_WEAPON_STEMS = ("anti-", "defen", "drone ", "storing", "stockpil", "housing", "holding", "containing", "stock",
                     "deliveries", "supplies")


@lru_cache(maxsize=256)
def _clean(low: str) -> str:
    """The lower-cased sentence with defence and stored weapons blanked (offsets kept); cached, as
    a sentence's classes and its weapon words both start from it."""
    if not has_any(low, _NOT_WEAPON_STEMS):
        return low
    return _NOT_WEAPON_LOW.sub(lambda m: " " * len(m.group()), low)


def weapon_classes(sentence: str) -> list[str]:
    """Classes named in `sentence`, in the order they first appear."""
    return list(_classes(sentence))


@lru_cache(maxsize=2048)
def _classes(sentence: str) -> tuple[str, ...]:
    low = lower_text(sentence)
    text = _clean(low)
    hits = []
    for cls, pat in _CLASSES_LOW:
        if not has_any(low, _STEMS[cls]):
            continue
        m = pat.search(text)
        if m:
            if cls == "rocket" and _NOT_ROCKET.search(text):
                continue
            hits.append((m.start(), cls))
    return tuple(cls for _, cls in sorted(hits))


_LEADING_JOINER = re.compile(r"^(?:(?:and|or|Ukrainian|Russian)\s+)+", re.I)
_LEAD = re.compile(rf"(?:\b{_MODIFIER}\s+)+$", re.I)
# How the last word of a _LEAD match ends ("North Korean" ends in "Korean").
_MODIFIER_END = re.compile(r"\b" + _MODIFIER.replace(r"North\s+Korean", "Korean") + "$", re.I)


@lru_cache(maxsize=1024)
def weapon_detail(sentence: str) -> str | None:
    """The weapon words as written ("cruise and ballistic missiles", "fixed-wing drones")."""
    found: list[str] = []
    low = lower_text(sentence)
    text = _clean(low)
    for cls, pat in _CLASSES_LOW:
        if not has_any(low, _STEMS[cls]):
            continue
        for m in pat.finditer(text):
            lead = _lead(text, m.start())
            words = sentence[lead.start() if lead else m.start():m.end()].strip()  # as written
            words = _LEADING_JOINER.sub("", words)
            if words.lower() not in {w.lower() for w in found}:
                found.append(words)
    return "; ".join(found) or None


def _lead(text: str, start: int) -> re.Match[str] | None:
    """The modifiers right before a weapon word ("cruise and ballistic"). Most weapon words follow
    no modifier, which the last word before them tells far more cheaply than the search."""
    window = text[max(0, start - 90):start]
    if not window[-1:].isspace() or not window.strip():
        return None
    if not _MODIFIER_END_LOW.search(window.rsplit(None, 1)[-1]):
        return None
    return _LEAD_LOW.search(text, max(0, start - 90), start)


def combine(classes: list[str]) -> str | None:
    uniq = list(dict.fromkeys(classes))
    if not uniq:
        return None
    return uniq[0] if len(uniq) == 1 else "mixed"


_CLASSES_LOW = [(cls, lower_pattern(pat)) for cls, pat in CLASSES]
_NOT_WEAPON_LOW = lower_pattern(_NOT_WEAPON)
_LEAD_LOW, _MODIFIER_END_LOW = lower_pattern(_LEAD), lower_pattern(_MODIFIER_END)
_NOT_ROCKET = re.compile(r"\brocket\s+(?:launchers?\s+)?(?:attack\s+)?siren|\brocket\s+science")
