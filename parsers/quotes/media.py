"""Where a statement was made (`medium`) and which outlet passed it on (`via`).

The two are kept apart because an analyst weighs them differently: a
governor's Telegram post is the source, while "CNN reported" or "TASS quoted
him as saying" is a relay that must never stand in for the speaker.
"""
from __future__ import annotations

import re

from .resolve import OUTLETS
from .verbs import word_start_trie_regex

_OUTLET = "|".join(sorted((re.escape(o) for o in OUTLETS), key=len, reverse=True))

# In priority order; each pattern is tried only when one of its words is present (lower-cased text).
_MEDIUM: list[tuple[re.Pattern[str], str | None, tuple[str, ...]]] = [
    (re.compile(r"\bTelegram\b"), "Telegram", ("telegram",)),
    (re.compile(r"\bstate(?:-run)?\s+(?:TV|television|broadcaster)\b|\bRossiya[- ]1\b|\bChannel\s+One\b", re.I),
     "state television", ("state", "rossiya", "channel")),
    (re.compile(r"\bvideo\s+message\b", re.I), "video message", ("video",)),
    (re.compile(r"\btelevised\s+(?:address|speech|meeting)\b", re.I), "televised address", ("televised",)),
    (re.compile(r"\btelevised\s+statement\b", re.I), "televised statement", ("televised",)),
    (re.compile(r"\bvideo\s+link\b", re.I), "video link", ("link",)),
    (re.compile(r"\bonline\s+post\b", re.I), "online post", ("online",)),
    (re.compile(r"\btweet(?:ed|s|ing)?\b", re.I), "Twitter", ("tweet",)),
    (re.compile(r"\b(?:video\s+(?:address|statement)|(?:nightly|evening|daily|regular|late-night)"
                r"\s+(?:video\s+)?address|address\s+to\s+the\s+nation)\b", re.I), "video address", ("address", "video")),
    (re.compile(r"\b(?:press|news)\s+conference\b|\bbriefing\b|\bpress\s+availability\b", re.I), "press conference",
     ("conference", "briefing", "availability")),
    (re.compile(r"\bsocial\s+media\b|\bsocial\s+network\b", re.I), "social media", ("social",)),
    (re.compile(r"\b(?:on|to)\s+(?:(?:the\s+)?social\s+(?:media\s+)?(?:platform|network)\s+)?(?:X|Twitter)\b"), "X",
     (" x", "twitter")),
    (re.compile(r"\bFacebook\b"), "Facebook", ("facebook",)),
    (re.compile(r"\bTruth\s+Social\b"), "Truth Social", ("truth",)),
    (re.compile(r"\b(?:on|national|Ukrainian|Russian)\s+(?:television|TV)\b|\btelethon\b"), "television",
     ("television", "tv", "telethon")),
    (re.compile(r"\bInstagram\b"), "Instagram", ("instagram",)),
    (re.compile(r"\bYouTube\b"), "YouTube", ("youtube",)),
]
# An outlet the speaker talked to: "told Interfax", "in an interview with CNN", "in comments to TASS".
_TALKED_TO = re.compile(
    r"\b(?:told|telling|tells|recounted\s+to|interview\s+with|in\s+comments\s+to|comments\s+to|speaking\s+to|spoke\s+to|"
    r"speaking\s+with|spoke\s+with|remarks\s+to|said\s+to)\s+(?:the\s+)?(?:(?:state|state-run|state-owned)\s+)?"
    r"(?:[A-Z][a-z]+\s+)??(?:(?:news\s+agency|newspaper|broadcaster|outlet|channel|agency|daily)\s+)?(" + _OUTLET + r")\b"
)
_ANY_OUTLET = re.compile(word_start_trie_regex(OUTLETS) + r"\b")  # a cheap first look: \b(?:outlet)\b
_INTERVIEW = re.compile(r"\binterview\b", re.I)
_STATEMENT = re.compile(r"\b(?:in|issued|according\s+to)\s+(?:a|its|his|her|their)\s+(?:written\s+)?statement\b", re.I)
# A relay: "CNN reported", "according to TASS", "quoted by Interfax", "TASS quoted ... as saying".
_RELAY = re.compile(
    r"\b(?:[Aa]ccording\s+to|[Aa]s\s+per|quoted\s+by|cited\s+by|[Cc]iting|reported\s+by|told\s+by|saying\s+by|carried\s+by)\s+(?:the\s+)?"
    r"(?:[A-Z][a-z]+\s+)??(?:(?:state\s+)?(?:news\s+agency|newspaper|broadcaster|outlet)\s+)?(" + _OUTLET + r")\b"
    r"|\b(" + _OUTLET + r")(?:\s+news\s+agency|\s+report)?\s+(?:reported|quoted|cited|said|reports|quotes|cites|"
    r"published|carried|aired)\b"
)


# Lower-case words without which no medium pattern can match: substring tests before any regex.
_MEDIUM_WORDS = ("telegram", "state", "address", "message", "conference", "briefing", "social", " x", "twitter",
                 "facebook", "instagram", "youtube", "interview", "rossiya", "channel", "video", "availability",
                 "network", "truth", "television", "televised", "tv", "telethon", "link", "online", "tweet")


def media_of(frame: str) -> tuple[str | None, str | None]:
    """(medium, via) of the reporter's words around a quote, the outlet looked up once for both."""
    outlet = _ANY_OUTLET.search(frame) is not None
    low = frame.lower()
    return _medium(frame, low, outlet), (_via(frame) if outlet else None)


def medium_of(frame: str) -> str | None:
    """The medium named in the reporter's words around a quote (quoted words are masked)."""
    return _medium(frame, frame.lower(), _ANY_OUTLET.search(frame) is not None)


def _has_medium_word(low: str) -> bool:
    for w in _MEDIUM_WORDS:
        if w in low:
            return True
    return False


def _medium(frame: str, low: str, outlet: bool) -> str | None:
    if outlet:
        talked = _TALKED_TO.search(frame)
        if talked:
            return _clean(talked.group(1))
    elif not _has_medium_word(low):
        return None
    for pat, label, words in _MEDIUM:
        for w in words:
            if w in low:
                if pat.search(frame):
                    return label
                break
    if "interview" in low and _INTERVIEW.search(frame):
        return "interview"
    if "statement" in low and _STATEMENT.search(frame):
        return "statement"
    return None


def via_of(frame: str) -> str | None:
    if not _ANY_OUTLET.search(frame):
        return None
    return _via(frame)


def _via(frame: str) -> str | None:
    m = _RELAY.search(frame)
    if not m:
        return None
    return _clean(m.group(1) or m.group(2))


_THE = re.compile(r"^The\s+")


def _clean(name: str) -> str:
    return _THE.sub("", name)
