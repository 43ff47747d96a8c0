"""What looks like a strike but is not one (guideline §1): threats and
hypotheticals, proposals to stop strikes, ground battles and captured villages,
sport. Also the cheap keyword gate that keeps per-sentence work small."""
from __future__ import annotations

import re
from functools import lru_cache


def has_any(low: str, stems: tuple[str, ...]) -> bool:
    """Whether the lower-cased text holds one of `stems`: plain substring tests, far cheaper
    than a case-insensitive alternation, so every rule family is gated by one."""
    for stem in stems:
        if stem in low:
            return True
    return False


def stems_pattern(stems: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern that finds any of `stems`, for `pattern.search(low)` in place of `has_any(low, stems)`
    with a long list: the stems as a trie, so at each position sre reads a letter once instead of
    trying every stem in turn (a substring test per stem costs more past a dozen stems)."""
    trie: dict[str, dict] = {}
    for stem in stems:
        node = trie
        for ch in stem:
            node = node.setdefault(ch, {})
        node[""] = {}

    def alternatives(node: dict[str, dict]) -> str:
        if "" in node:  # a stem ends here: what follows does not matter
            return ""
        alts = [re.escape(ch) + alternatives(child) for ch, child in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return re.compile(alternatives(trie))


def may_hold(text: str, stems: tuple[str, ...]) -> bool:
    """Whether `text` may hold one of `stems` as an IGNORECASE search reads it: a gate before a
    case-insensitive search that needs one of them. Non-ASCII text always passes, since
    IGNORECASE also folds a few non-ASCII letters (ı, ſ, K) onto ASCII ones."""
    return not text.isascii() or has_any(text.lower(), stems)


def lower_pattern(pattern: re.Pattern[str] | str) -> re.Pattern[str]:
    """The case-sensitive twin of a case-insensitive pattern, for lower-cased text: sre runs
    about three times faster without IGNORECASE. Escapes (\\S, \\W, \\D, \\B) keep their case."""
    source = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    out, escaped, i = [], False, 0
    while i < len(source):
        ch = source[i]
        if not escaped and source.startswith(("(?P<", "(?P="), i):  # group names keep their case
            end = source.index(">" if source[i + 3] == "<" else ")", i)
            out.append(source[i:end + 1])
            i = end + 1
            continue
        out.append(ch if escaped else ch.lower())
        escaped = ch == "\\" and not escaped
        i += 1
    return re.compile("".join(out))


def lower_text(text: str) -> str:
    """`text.lower()` when it keeps every offset (it does for all but a few non-ASCII letters)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


# A sentence without any of these stems cannot report an attack; most sentences stop here.
GATE_STEMS = (
    "drone", "uav", "unmanned", "missile", "rocket", "shell", "bomb", "artillery", "mortar", "strike", "struck", "attack",
    "hit", "shot down", "downed", "intercept", "destroy", "repel", "explosion", "blast", "killed", "dead", "died", "injur",
    "wound", "hurt", "casualt", "debris", "fragment", "raid", "barrage", "shahed", "geran", "kalibr", "iskander", "kinzhal",
    "himars", "atacms", "grad", "kh-", "s-200", "s-300", "s-400", "kab", "damag", "fire", "air defen", "target",
    "storm shadow", "scalp", "neptune", "oreshnik", "tochka", "zircon", "tsirkon", "onyx", "taurus", "lancet",
    "quadcopter", "kamikaze", "loitering", "howitzer", "smerch", "uragan", "tornado", "vampire", "vilkha", "glide", "fab-",
    "umpk", "landed", "slammed", "no one was", "nobody was",
)


@lru_cache(maxsize=4096)
def gate(low: str) -> bool:
    """Cached, like the other per-sentence readings here: wire copy repeats sentences across reports."""
    return bool(_GATE_STEMS.search(low))


_GATE_STEMS = stems_pattern(GATE_STEMS)


# The same gate as a pattern, for callers that hold mixed-case text.
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
    r"(?:\w+\s+){0,3}?(?:attacks|assaults|offensives?)|\w+\s+sector|group\s+of\s+forces|"
    # "as fierce fighting raged in Donetsk province, where Russia has claimed control of Soledar"
    r"(?:fierce|heavy)\s+fighting|fighting\s+(?:raged|rages|continued|continues)|(?:claimed|has|have|gained|took|taken)\s+"
    r"(?:full\s+)?control\s+(?:of|over))\b", re.I)
# Totals over a span of time are not one attack: "Russian attacks have damaged more than 100 heritage
# sites since the start of the invasion", "have hit Alabuga twice since 2024", "violated the truce more
# than 1,000 times", "launched more than 6,000 drones over the month". A superlative ("the deadliest
# attack since the start of the war") is still one attack.
_CUMULATIVE = re.compile(
    r"\b(?:has|have)\s+(?:been\s+)?(?:\w+\s+){0,2}?(?:attacked|hit|damaged|struck|shelled|targeted|destroyed|killed|launched|fired)\b[^.;]*?\bsince\b"
    r"|\b(?:twice|\w+\s+times)\s+(?:since|this\s+year|in\s+\d{4})\b|\bviolat\w+\b[^.;]{0,80}?\btimes\b"
    r"|\b(?:over|in|during)\s+the\s+(?:(?:past|last|previous)\s+)?(?:month|year|week|summer|winter|seven\s+days|(?:\d+|two|three|four|five|six|ten)\s+(?:weeks|months))\b(?!\s+of\b)|\b(?:per|each|every)\s+(?:day|night|month|week)\b"
    r"|\ba\s+(?:day|night|month|week)\b(?!\s+(?:after|before|earlier|later))(?=[^.;]{0,30}$|,)"
    r"|\bso\s+far\s+this\s+(?:year|month|week)\b|\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(?:year|month|week)\b|\bsince\s+the\s+(?:start|beginning)\s+of\s+the\s+(?:full-scale\s+)?(?:war|invasion)\b(?=[^.;]*\b(?:more|over)\s+than\b)",
    re.I)


def cumulative(text: str) -> bool:
    low = lower_text(text)
    return has_any(low, _CUMULATIVE_STEMS) and bool(_CUMULATIVE_LOW.search(low))


_HYPOTHETICAL_STEMS = ("could", "would", "might", "may ", "threat", "retaliat", "if ")
_NO_STRIKE_STEMS = ("not ", "stop", "ceas", "halt", "moratorium", "refrain", "ban on", "pause")
_CUMULATIVE_STEMS = ("since", "times", "over the ", "in the past", "in the last", "during the ", "per ", "each ", "every ",
                     "a day", "a night", "a month", "a week", "so far")
_SPORT_STEMS = ("goal", "striker", "football", "league", "penalty", "midfielder", "tournament", "outside the box", "scored",
                "match in", "championship")
_GROUND_STEMS = ("assault", "direction", "counter", "captur", "seiz", "took control", "liberat", "recaptur", "advanc",
                 "took the village", "repel", "repuls", "fought off", "beat back", "sector", "group of forces", "fighting",
                 "control o")


def not_a_strike(sentence: str, has_weapon: bool, low: str | None = None) -> bool:
    return _not_a_strike(lower_text(sentence) if low is None else low, has_weapon)


@lru_cache(maxsize=4096)
def _not_a_strike(low: str, has_weapon: bool) -> bool:
    if has_any(low, _HYPOTHETICAL_STEMS) and _HYPOTHETICAL_LOW.search(low) or \
            has_any(low, _NO_STRIKE_STEMS) and _NO_STRIKE_LOW.search(low):
        return True
    if has_any(low, _CUMULATIVE_STEMS) and _CUMULATIVE_LOW.search(low) and not _SECOND_CLAUSE_LOW.search(low):
        return True
    if not has_weapon and has_any(low, _SPORT_STEMS) and _SPORT_LOW.search(low):
        return True
    if not has_weapon and has_any(low, _GROUND_STEMS) and _GROUND_LOW.search(low):
        return True
    return False


@lru_cache(maxsize=4096)
def is_attack(low: str) -> bool:
    """An attack word in the lower-cased sentence."""
    return bool(_ATTACK_LOW.search(low))


_HYPOTHETICAL_LOW, _NO_STRIKE_LOW, _CUMULATIVE_LOW, _SECOND_CLAUSE_LOW, _SPORT_LOW, _GROUND_LOW, _ATTACK_LOW = map(
    lower_pattern, (_HYPOTHETICAL, _NO_STRIKE_TALK, _CUMULATIVE, _SECOND_CLAUSE, _SPORT, _GROUND, ATTACK))
