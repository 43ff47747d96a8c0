"""What an act is about, in the guideline's seven topics.

The specific topics (air and sea truce, civilian infrastructure, prisoner
exchange, leaders meeting, territory) are tried before the generic ones
(ceasefire, peace settlement): "peace talks in Istanbul secured prisoner swaps"
is about the swap. Generic topics also yield to a specific one when two
mentions of one act are merged.
"""
from __future__ import annotations

import re

# (topic, cues: lower-case words one of which every match holds, pattern)
_TOPICS: list[tuple[str, tuple[str, ...], re.Pattern[str]]] = [
    ("air and sea truce", ("sea", "air", "skies"), re.compile(
        r"\b(?:air\s+and\s+(?:at\s+)?sea|sea\s+and\s+air|in\s+the\s+air\s+and\s+(?:at|on)\s+(?:the\s+)?sea|"
        r"air\s+(?:truce|ceasefire|cease-fire)|(?:sea|maritime|naval|Black\s+Sea)\s+(?:truce|ceasefire|cease-fire)|"
        r"skies\s+and\s+(?:the\s+)?seas?)\b", re.I)),
    ("civilian infrastructure", ("civilian", "energy", "power"), re.compile(
        r"\b(?:civilian\s+(?:infrastructure|targets|facilities|objects|sites)|"
        r"energy\s+(?:infrastructure|facilities|sites|targets|truce|ceasefire|cease-fire|grid|system)|"
        r"power\s+(?:plants|stations|grid)|(?:safety|protection)\s+of\s+civilians|"
        r"(?:not|stop|halt|cease|refrain\s+from)\s+(?:to\s+)?(?:strik\w+|attack\w+|hitting)\s+(?:on\s+|at\s+)?(?:civilian|energy)|"
        r"strikes\s+on\s+(?:energy|civilian|power))\b", re.I)),
    ("prisoner exchange", ("prisoner", "pow", "captive", "detainee", "soldier", "all-for-all"), re.compile(
        r"\b(?:prisoners?(?:\s+of\s+war)?\s+(?:swaps?|exchanges?|releases?)|(?:swaps?|exchanges?|release)\s+of\s+"
        r"(?:\w+\s+){0,2}(?:prisoners|POWs|captives|detainees|soldiers)|POW\s+(?:swaps?|exchanges?)|all-for-all|exchang\w*\s+(?:\w+\s+){0,3}(?:prisoners|POWs|captives))\b", re.I)),
    ("leaders meeting", ("face-to-face", "sit-down", "one-on-one", "summit", "meet"), re.compile(
        r"\b(?:face-to-face|sit-down|one-on-one|summit|"
        r"meeting\s+(?:at\s+the\s+)?(?:leadership|leaders'?|presidential|highest)\s+level|"
        r"(?:leaders'?|presidential)\s+(?:meeting|summit)|meeting\s+(?:of|between)\s+(?:the\s+)?(?:two\s+)?(?:leaders|presidents)|"
        r"meet(?:ing)?\s+(?:with\s+)?(?:his|her)\s+(?:\w+\s+)?counterpart|"
        r"meet(?:ing)?\s+(?:with\s+)?(?:(?:Vladimir|President|Volodymyr|Donald)\s+)?(?:Putin|Zelensky\w*|Zelenski|Trump))\b", re.I)),
    ("territory", ("ced", "hand", "giv", "gave", "surrender", "withdraw", "pull", "recogni", "annex", "territor", "land"), re.compile(
        r"\b(?:(?:cede|cedes|ceded|ceding|hand(?:ing|s|ed)?\s+over|giv(?:e|es|ing)\s+up|gave\s+up|surrender\w*|"
        r"withdraw\w*|pull(?:s|ed|ing)?\s+out|recogni[sz]\w*|annex\w*)\b[^.;]{0,60}?\b"
        r"(?:territor\w*|regions?|lands?|Crimea|Donbas|Donetsk|Luhansk|Zaporizhzh\w*|Kherson|oblasts?)|"
        r"territorial\s+(?:concessions?|claims?|issues?|questions?|disputes?|integrity|swaps?|exchanges?)|"
        r"land\s+swaps?|exchange\s+of\s+territor\w*|withdraw\w*\s+(?:of\s+)?(?:\w+\s+){0,2}(?:troops|forces|soldiers))\b", re.I)),
    ("ceasefire", ("cease", "truce", "armistice", "freez", "fighting"), re.compile(r"\b(?:ceasefire|cease-fire|truce|armistice|freez\w*\"?\s+(?:the\s+)?(?:conflict|war|front\w*)|halt\s+(?:to\s+)?(?:the\s+)?fighting|stop\s+the\s+fighting)\b", re.I)),
    ("peace settlement", ("peace", "settlement", "end"), re.compile(
        r"\b(?:peace\s+(?:settlement|deal|agreement|plan|initiatives?|process|talks|negotiations|treaty|accord|"
        r"proposals?|framework|formula|memorandum|summit)|settlement|end(?:ing)?\s+(?:to\s+)?the\s+(?:war|conflict|fighting)|"
        r"lasting\s+peace|peaceful\s+(?:conclusion|resolution|solution))\b", re.I)),
]

GENERIC = frozenset({"ceasefire", "peace settlement"})


def topic_of(text: str) -> str | None:
    """The most specific topic named in `text`; of two generic ones, the first named."""
    generic: list[tuple[int, str]] = []
    low = text.lower()
    for name, cues, pattern in _TOPICS:
        if not any(c in low for c in cues):
            continue
        m = pattern.search(text)
        if m:
            if name not in GENERIC:
                return name
            generic.append((m.start(), name))
    return min(generic)[1] if generic else None


def compatible(a: str | None, b: str | None) -> bool:
    """Two mentions of one act may carry these topics (one may refine the other)."""
    return a is None or b is None or a == b or a in GENERIC or b in GENERIC


def sharper(a: str | None, b: str | None) -> str | None:
    """The more specific of two compatible topics."""
    if a is None or (a in GENERIC and b is not None and b not in GENERIC):
        return b
    return a
