"""What looks like a strike but is not one (guideline §1): threats and
hypotheticals, proposals to stop strikes, ground battles and captured villages,
sport. Also the cheap keyword gate that keeps per-sentence work small."""
from __future__ import annotations

import re

# A sentence without any of these words cannot report an attack; most sentences stop here.
GATE = re.compile(
    r"drone|UAV|unmanned|missile|rocket|shell|bomb|artillery|mortar|strike|struck|attack|hit\b|shot\s+down|"
    r"downed|intercept|destroy|repel|explosion|blast|killed|dead|died|injur|wound|hurt|casualt|debris|fragment|"
    r"raid|barrage|Shahed|Geran|Kalibr|Iskander|Kinzhal|HIMARS|ATACMS|Grad|Kh-\d|S-[234]00|KAB|damag|fire|air\s+defen|target|Storm\s+Shadow|SCALP|Neptune|Oreshnik|Tochka|Zircon|Tsirkon|Onyx|Taurus|"
    r"Lancet|quadcopter|kamikaze|loitering|howitzer|Smerch|Uragan|Tornado|Vampire|Vilkha|glide|FAB-|UMPK|landed|slammed",
    re.I,
)
ATTACK = re.compile(
    r"\b(?:attack(?:s|ed|ing)?|strikes?|struck|striking|hit|hitting|shelling|shelled|bombard\w*|barrage|raids?|"
    r"explosions?|blasts?|shot\s+down|downed|intercept\w*|repel\w*|destroyed|debris|fragments|wreckage|"
    r"targeted|targeting|pounded|damaged|set\s+on\s+fire|caught\s+(?:fire|alight)|killed|wounded|injured|dead|died|"
    r"slammed\s+into|fire\s+broke\s+out|landed|crashed\s+into|fell\s+on|under\s+(?:[\w-]+\s+){0,3}?(?:fire|attack|shelling)|"
    r"air\s+defen[cs]es?\s+(?:systems?\s+|units?\s+|forces\s+)?(?:worked|was\s+working|were\s+working|operated|"
    r"were\s+active|was\s+active|activated|repelled|in\s+action))\b",
    re.I,
)
_HYPOTHETICAL = re.compile(
    r"\b(?:could|would|might|may)\s+(?:\w+\s+)?(?:include|use|strike|hit|target|attack|launch|be\s+used|deploy|"
    r"torpedo|retaliate|respond)\b|\bthreat(?:en(?:s|ed)?)?\s+(?:to|of|with)\b|\bretaliat\w+\s+(?:measures|strikes?)\b"
    r"|\bif\s+(?:Russia|Ukraine|Kyiv|Moscow)\b",
    re.I,
)
_NO_STRIKE_TALK = re.compile(
    r"\bnot\s+(?:to\s+)?strik\w*|\bstop(?:ping)?\s+(?:the\s+)?(?:attacks|strikes|shelling)|\bceas\w+\s+(?:any\s+|all\s+)?"
    r"(?:strikes|attacks)|\bhalt(?:ing)?\s+(?:the\s+)?(?:attacks|strikes)|\bmoratorium\s+on\b|\brefrain\w*\s+from\b"
    r"|\bban\s+on\s+strikes|\bpause\s+(?:on\s+)?(?:attacks|strikes)",
    re.I,
)
# "..., and the Long Neptune missile struck the Tuapse refinery last month": a total and an attack in one
# sentence; the caller judges each clause.
_SECOND_CLAUSE = re.compile(r"[,;]\s+(?:and|while|but)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,4}?(?:struck|hit|attacked|targeted|shelled)\b", re.I)
_SPORT = re.compile(r"\b(?:goal|striker|football|league|penalty|midfielder|tournament|outside\s+the\s+box|scored|match\s+in|championship)\b", re.I)
_GROUND = re.compile(
    r"\b(?:assault\s+groups?|in\s+the\s+direction\s+of|counter-?attacks?|captured|seized|took\s+control|liberated|recaptured|"
    r"advanced\s+(?:on|toward|near)|took\s+the\s+village|assault\s+on|(?:repel\w*|repuls\w*|fought\s+off|beat\s+back)\s+"
    r"(?:\w+\s+){0,3}?(?:attacks|assaults|offensives?)|\w+\s+sector|group\s+of\s+forces)\b", re.I)
# Totals over a span of time are not one attack: "Russian attacks have damaged more than 100 heritage
# sites since the start of the invasion", "have hit Alabuga twice since 2024", "violated the truce more
# than 1,000 times", "launched more than 6,000 drones over the month". A superlative ("the deadliest
# attack since the start of the war") is still one attack.
_CUMULATIVE = re.compile(
    r"\b(?:has|have)\s+(?:been\s+)?(?:\w+\s+){0,2}?(?:attacked|hit|damaged|struck|shelled|targeted|destroyed|killed)\b[^.;]*?\bsince\b"
    r"|\b(?:twice|\w+\s+times)\s+(?:since|this\s+year|in\s+\d{4})\b|\bviolat\w+\b[^.;]{0,80}?\btimes\b"
    r"|\bover\s+the\s+(?:month|year|week|summer|winter)\b|\b(?:per|each|every)\s+(?:day|night|month|week)\b"
    r"|\ba\s+(?:day|night|month|week)\b(?!\s+(?:after|before|earlier|later))(?=[^.;]{0,30}$|,)"
    r"|\bso\s+far\s+this\s+year\b|\bsince\s+the\s+(?:start|beginning)\s+of\s+the\s+(?:full-scale\s+)?(?:war|invasion)\b(?=[^.;]*\b(?:more|over)\s+than\b)",
    re.I)


def cumulative(text: str) -> bool:
    return bool(_CUMULATIVE.search(text))


def not_a_strike(sentence: str, has_weapon: bool) -> bool:
    if _HYPOTHETICAL.search(sentence) or _NO_STRIKE_TALK.search(sentence):
        return True
    if _CUMULATIVE.search(sentence) and not _SECOND_CLAUSE.search(sentence):
        return True
    if _SPORT.search(sentence) and not has_weapon:
        return True
    if _GROUND.search(sentence) and not has_weapon:
        return True
    return False
