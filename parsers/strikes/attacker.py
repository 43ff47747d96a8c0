"""Who launched an attack: from the words first, then from the side that was hit.

Words: "Ukrainian drones", "Russian missiles", "launched by Kyiv", "the Kyiv regime
carried out", "Russia fired". Defence is not attack: "Russian air defences" and
"Russia shot down a Ukrainian missile" name the defender, so the nationality
glued to a weapon noun outranks the subject of the sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .filters import has_any, lower_pattern, lower_text

_SIDE = {"russian": "Russia", "russia": "Russia", "russia's": "Russia", "moscow": "Russia", "moscow's": "Russia",
         "kremlin": "Russia", "ukrainian": "Ukraine", "ukraine": "Ukraine", "ukraine's": "Ukraine",
         "kyiv": "Ukraine", "kyiv's": "Ukraine", "kiev": "Ukraine", "kiev's": "Ukraine"}
_WEAPON_NOUN = (
    r"(?:drones?|missiles?|strikes?|attacks?|shelling|bombs?|rockets?|forces|troops|army|military|aircraft|"
    r"jets|UAVs?|air\s*strikes?|bombardment|barrage|artillery|Shaheds?|warplanes?|offensive|raids?|"
    r"unmanned\s+aerial\s+vehicles?|kamikaze\s+drones?|projectiles?|fire)"
)
_ADJ_WEAPON = re.compile(
    rf"\b(Russian|Ukrainian|Russia's|Ukraine's|Kyiv's|Moscow's)\s+(?:(?!air\s+defen|anti-|defen[cs]e\b)[\w-]+\s+){{0,3}}?{_WEAPON_NOUN}\b"
    r"(?!\s+(?:bloggers?|officials?|analysts?|sources?|experts?|spokes\w+|command|intelligence|leadership|correspondents?|"
    r"historians?|personnel|channels?|media|said|says))", re.I)
# "launched by Russia", "an attack by Ukraine" -- but not "a meeting called by Moscow"
_BY = re.compile(r"\b(?:launched|fired|carried\s+out|conducted|(?:attacks?|strikes?|shelling|bombing|raids?|drones?|missiles?|"
                 r"bombs?|rockets?|shells?)\s+(?:\w+\s+){0,2}?by)\s+(?:by\s+)?(?:the\s+)?(Russia|Ukraine|Kyiv|Kiev|Moscow|Russian|"
                 r"Ukrainian)\b", re.I)
_SUBJECT = re.compile(
    r"\b(Russia|Ukraine|Kyiv|Kiev|Moscow|the\s+Kyiv\s+regime|the\s+Kiev\s+regime|Russian\s+forces|Ukrainian\s+forces)"
    r"(?:,\s+(?:for\s+its\s+part|in\s+turn|meanwhile|however|in\s+response),)?"
    r"\s+(?:has\s+|had\s+|have\s+|also\s+|again\s+|then\s+|overnight\s+)?(?:\w+ly\s+)?"
    r"(?:launched|fired|attacked|struck|hit|targeted|carried\s+out|pounded|shelled|bombed|unleashed|sent|used|"
    r"responded|launches|fires|attacks|strikes|targets|pounds|shells|bombs|hits|firing|launching|attacking|"
    r"striking|shelling|using)\b", re.I)
# "Ukraine's southern command said that its forces had destroyed ...": the speaker's own side struck
_OWN_FORCES = re.compile(
    r"\b(Russia's|Russian|Ukraine's|Ukrainian)\s+(?:[\w-]+\s+){0,3}?(?:command|ministry|military|General\s+Staff|army|navy|"
    r"air\s+force|forces|Defen[cs]e\s+Forces)\s+(?:said|says|reported|claimed|announced)\s+(?:that\s+)?(?:its|their)\s+"
    r"(?:forces|troops|units|drones|missiles|aircraft|artillery)\b"
    # "... said its forces had intercepted 27 Ukrainian drones": downing the other side's weapons is defence
    r"(?!\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?(?:intercepted|shot\s+down|downed|repelled|neutrali[sz]ed|"
    r"destroyed\s+(?:\S+\s+){0,3}?(?:drones?|uavs?|missiles?|rockets?)\b))", re.I)
# "destroyed a Russian S-300 launcher": the nationality of what was hit names the other side
_HIT_EQUIPMENT = re.compile(
    r"\b(?:destroyed|hit|struck|targeted|eliminated|damaged)\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?"
    r"(Russian|Ukrainian)\s+(?:[\w-]+\s+){0,2}?(?:launchers?|systems?|positions?|depots?|bases?|ships?|vessels?|radars?|"
    r"aircraft|helicopters?|command\s+posts?|headquarters|batter(?:y|ies)|tanks?|warships?|submarines?)\b", re.I)
_REGIME = re.compile(r"\b(?:the\s+)?(Kyiv|Kiev)\s+regime\b", re.I)


@lru_cache(maxsize=4096)
def attacker_from_words(sentence: str) -> str | None:
    """The side the words name as attacking; the earliest of a weapon's nationality and an
    attacking subject wins ("Russia had struck ..., in response to Ukrainian attacks")."""
    sentence = lower_text(sentence)  # every pattern here runs lower-cased
    if not has_any(sentence, _SIDE_STEMS):
        return _by_models(sentence)
    m = _OWN_FORCES.search(sentence) if (" its " in sentence or " their " in sentence) else None
    if m:
        return _SIDE[m.group(1).lower()]
    adj = _ADJ_WEAPON.search(sentence) if has_any(sentence, _ADJ_STEMS) else None
    subj = _SUBJECT.search(sentence) if has_any(sentence, _VERB_STEMS) else None
    if subj and (adj is None or subj.start() < adj.start()):
        words = subj.group(1).lower().split()
        if "regime" in words:
            return "Ukraine"
        side = next((_SIDE[w] for w in words if w in _SIDE), None)
        if side:
            return side
    if adj:
        return _SIDE[adj.group(1).lower()]
    m = _HIT_EQUIPMENT.search(sentence) if has_any(sentence, _HIT_STEMS) else None
    if m:
        return other_side(_SIDE[m.group(1).lower()])
    m = _BY.search(sentence)
    if m:
        return _SIDE[m.group(1).lower()]
    if "regime" in sentence and _REGIME.search(sentence):
        return "Ukraine"
    return _by_models(sentence)


# Weapon models only one side fires: "the enemy attacked with 112 Shahed-type UAVs and two
# Iskander-M missiles" (an air force tally that never names Russia) is Russia's attack.
_RUSSIAN_MODELS = re.compile(r"\b(?:shahed|geran|gerbera|iskander|kalibr|kh-\d|kinzhal|zircon|tsirkon|oreshnik|"
                             r"lancet|kab-\d|fab-\d|onyx|tochka-u)")
_UKRAINIAN_MODELS = re.compile(r"\b(?:storm\s+shadow|scalp|atacms|himars|neptune|flamingo|liutyi|lyutyi|bober|"
                               r"long\s+neptune|palianytsia)")
_LAUNCH_STEMS = ("launched", "fired", "attacked", "struck", "sent", "used", "hit ", "targeted")
_MODEL_STEMS = ("shahed", "geran", "gerbera", "iskander", "kalibr", "kh-", "kinzhal", "zircon", "tsirkon", "oreshnik",
                "lancet", "kab-", "fab-", "onyx", "tochka", "storm shadow", "scalp", "atacms", "himars", "neptune",
                "flamingo", "liutyi", "lyutyi", "bober", "palianytsia")


def _by_models(low: str) -> str | None:
    """The side whose weapon models the sentence says were launched, when they are all one side's
    (shooting a model down says nothing of where: "air defence means shot down 5 HIMARS shells")."""
    if not has_any(low, _MODEL_STEMS) or not has_any(low, _LAUNCH_STEMS):
        return None
    russian, ukrainian = bool(_RUSSIAN_MODELS.search(low)), bool(_UKRAINIAN_MODELS.search(low))
    if russian != ukrainian:
        return "Russia" if russian else "Ukraine"
    return None


def attacker_from_place(country: str | None, region: str | None) -> str | None:
    """The side opposite the one hit. Crimea and Sevastopol are hit by Ukraine."""
    if region in {"Crimea", "Sevastopol"}:
        return "Ukraine"
    if country == "Russia":
        return "Ukraine"
    if country == "Ukraine":
        return "Russia"
    return None


def other_side(side: str | None) -> str | None:
    return {"Russia": "Ukraine", "Ukraine": "Russia"}.get(side or "")


_SIDE_STEMS = ("russia", "ukrain", "kyiv", "kiev", "moscow", "kremlin")
# The verbs _SUBJECT needs, and those _HIT_EQUIPMENT needs.
_VERB_STEMS = ("launch", "fire", "firing", "attack", "struck", "strik", "hit", "target", "carried", "pound", "shell", "bomb",
               "unleash", "sent", "used", "using", "respond")
_HIT_STEMS = ("destroyed", "hit", "struck", "targeted", "eliminated", "damaged")
_ADJ_STEMS = ("russian", "ukrainian", "russia's", "ukraine's", "kyiv's", "moscow's")
_ADJ_WEAPON, _BY, _SUBJECT, _OWN_FORCES, _HIT_EQUIPMENT, _REGIME = map(
    lower_pattern, (_ADJ_WEAPON, _BY, _SUBJECT, _OWN_FORCES, _HIT_EQUIPMENT, _REGIME))
