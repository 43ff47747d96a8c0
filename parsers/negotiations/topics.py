"""What an act is about, in the guideline's seven topics.

The specific topics (air and sea truce, civilian infrastructure, prisoner
exchange, leaders meeting, territory) are tried before the generic ones
(ceasefire, peace settlement): "peace talks in Istanbul secured prisoner swaps"
is about the swap. Generic topics also yield to a specific one when two
mentions of one act are merged.
"""
from __future__ import annotations

import re

from .cues import ci, literal_alternation

_LEADER = r"(?:(?:Vladimir|President|Volodymyr|Donald|Presidents)\s+)?(?:Putin|Zelensk\w*|Zelenski\w*|Trump)"

# (topic, cues: lower-case words one of which every match holds, pattern over lower-cased text).
# Patterns are written case-insensitively and compiled for lower-cased text (`cues.ci`).
_TOPICS: list[tuple[str, tuple[str, ...], re.Pattern[str]]] = [
    ("air and sea truce", ("sea", "air", "skies", "maritime", "naval", "black sea"), ci(
        r"\b(?:air\s+and\s+(?:at\s+)?sea|sea\s+and\s+air|in\s+the\s+air,?\s+(?:and\s+)?(?:at|on)\s+(?:the\s+)?sea|"
        r"air\s+(?:truce|ceasefire|cease-fire)|(?:sea|maritime|naval|Black\s+Sea)\s+(?:truce|ceasefire|cease-fire)|"
        r"skies\s+and\s+(?:the\s+)?seas?)\b")),
    ("civilian infrastructure", ("civilian", "energy", "power"), ci(
        r"\b(?:civilian\s+(?:infrastructure|targets|facilities|objects|sites)|"
        r"energy\s+(?:infrastructure|facilities|sites|targets|truce|ceasefire|cease-fire|grid|system)|"
        r"power\s+(?:plants|stations|grid)|(?:safety|protection)\s+of\s+civilians|"
        r"(?:not|stop|halt|cease|refrain\s+from)\s+(?:to\s+)?(?:strik\w+|attack\w+|hitting)\s+(?:on\s+|at\s+)?(?:civilian|energy)|"
        r"(?:strikes|attacks)\s+(?:on|against)\s+(?:energy|civilian|power))\b")),
    ("prisoner exchange", ("prisoner", "pow", "captive", "detainee", "soldier", "all-for-all"), ci(
        r"\b(?:prisoners?(?:\s+of\s+war)?\s+(?:swaps?|exchanges?|releases?)|(?:swaps?|exchanges?|release)\s+of\s+"
        r"(?:\w+\s+){0,2}(?:prisoners|POWs|captives|detainees|soldiers)|POW\s+(?:swaps?|exchanges?)|all-for-all|"
        r"(?:exchang|swap|releas)\w*\s+(?:[\w,]+\s+){0,3}(?:prisoners|POWs|captives))\b")),
    ("leaders meeting", ("summit", "meet", "leader", "presidential", "call", "invit", "putin", "zelensk", "trump"), ci(
        # not a "peace summit" (a conference of many states on a settlement: peace settlement)
        r"\b(?:(?<!peace\s)summit(?!\s+on\s+(?:ukraine|peace))|"
        r"meeting\s+(?:at\s+the\s+)?(?:leadership|leaders'?|presidential|highest)\s+level|"
        r"(?:leaders'?|presidential)\s+(?:meeting|summit)|(?:meeting|talks|summit)\s+(?:of|between)\s+(?:the\s+)?(?:two\s+)?(?:leaders|presidents)|"
        rf"meet(?:ing)?\s+(?:with\s+)?{_LEADER}|"
        rf"(?:meeting|summit|talks|call|encounter)\s+between\s+{_LEADER}\s+and\s+{_LEADER}|"
        rf"{_LEADER}-{_LEADER}\s+(?:meeting|summit|talks|call|encounter)|"
        rf"invit\w*\s+{_LEADER}\b|{_LEADER}\s+and\s+{_LEADER}\s+(?:should\s+|to\s+|could\s+|would\s+|will\s+|must\s+)?meet\w*|"
        r"(?<!when\s)(?<!once\s)(?<!after\s)(?<!before\s)(?<!if\s)(?<!the\s)(?:the\s+|two\s+)+(?:leaders|presidents)\s+(?:should\s+|to\s+|could\s+|would\s+|will\s+|must\s+)?meet\b)\b")),
    ("territory", ("ced", "hand", "giv", "gave", "surrender", "withdraw", "pull", "recogni", "annex", "territor", "land",
                   "realities", "border", "swap"), ci(
        r"\b(?:(?:cede|cedes|ceded|ceding|hand(?:ing|s|ed)?\s+over|giv(?:e|es|ing)\s+up|gave\s+up|surrender\w*|"
        r"withdraw\w*|pull(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,2}?out|recogni[sz]\w*|annex\w*)\b[^.;]{0,60}?\b"
        r"(?:territor\w*|regions?|lands?|Crimea|Donbas|Donetsk|Luhansk|Zaporizhzh\w*|Kherson|oblasts?)|"
        r"territorial\s+(?:concessions?|claims?|issues?|questions?|disputes?|integrity|swaps?|exchanges?|realities)|"
        r"land\s+swaps?|exchange\s+of\s+territor\w*|swap\w*\s+(?:of\s+)?(?:land|territor\w*)|"
        r"(?:new|current|existing|territorial)\s+\"?realities|realities\s+on\s+the\s+ground|"
        r"(?:pre-20\d\d|19\d\d|20\d\d)\s+borders|return\w*\s+to\s+(?:\w+'s\s+)?(?:[\w-]+\s+)?borders|"
        r"withdraw\w*\s+(?:of\s+)?(?:\w+\s+){0,2}(?:troops|forces|soldiers))\b")),
    ("ceasefire", ("cease", "truce", "armistice", "freez", "fighting", "silence"), ci(
        r"\b(?:ceasefire|cease-fire|truce|armistice|freez\w*\"?\s+(?:the\s+)?(?:conflict|war|front\w*)|"
        r"halt\s+(?:to\s+)?(?:the\s+)?fighting|stop\s+the\s+fighting|(?:days?|regime|format|hours?)\s+of\s+(?:\w+\s+){0,3}?silence|"
        r"(?:full|unconditional|total)\s+silence|(?:extend\w*|the)\s+silence)\b")),
    ("peace settlement", ("peace", "settlement", "end", "neutral", "guarantee", "draft", "summit", "conference"), ci(
        r"\b(?:peace\s+(?:settlement|deal|agreement|plan|initiatives?|process|talks|negotiations|treaty|accord|"
        r"proposals?|framework|formula|memorandum|summit|conference)|(?:summit|conference)\s+on\s+(?:ukraine|peace)|settlement|end(?:ing)?\s+(?:to\s+)?(?:the\s+)?(?:ongoing\s+|current\s+)?(?:war|conflict|fighting)\b|"
        r"draft\s+(?:peace\s+)?(?:treaty|agreement|accord)|lasting\s+peace|towards?\s+(?:a\s+)?(?:[\w-]+\s+)?peace\b|peaceful\s+(?:conclusion|resolution|solution)|neutral\s+status|neutrality|security\s+guarantees)\b")),
]
# One scan finds which topics a text may hold: each cue word starts one topic's matches.
_CUE_TOPIC = {cue: name for name, cues, _ in _TOPICS for cue in cues}
_CUES = re.compile(r"\b" + literal_alternation(_CUE_TOPIC, marks=False))
# Talks between leaders named only by who meets whom ("ready to travel to Washington to discuss
# the points with Trump"): the topic of a leader's offer or readiness, not of envoys' talks with a leader.
_WITH_LEADER = ci(rf"\b(?:discuss\w*|talk\w*|negotiat\w*|meet\w*)\b[^.;]{{0,50}}?\bwith\s+{_LEADER}\b")

# "met his Russian counterpart": a leaders' meeting when a head of state is the one meeting.
_COUNTERPART = ci(r"\bmeet(?:ing|s)?\s+(?:with\s+)?(?:his|her)\s+(?:\w+\s+)?counterpart")
_HEAD_OF_STATE = ci(rf"\b(?:{_LEADER}|president|presidents|leaders?)\b")

GENERIC = frozenset({"ceasefire", "peace settlement"})


def topic_of(text: str, kind: str | None = None) -> str | None:
    """The first specific topic named in `text`, else the first generic one."""
    specific: list[tuple[int, str]] = []
    generic: list[tuple[int, str]] = []
    low = text.lower()
    present = {_CUE_TOPIC[cue] for cue in _CUES.findall(low)}
    if not present:
        return None
    for name, cues, pattern in _TOPICS:
        if name not in present:
            continue
        m = pattern.search(low)
        if m is None and name == "leaders meeting" and kind in ("readiness", "proposal"):
            m = _WITH_LEADER.search(low)
        if m is None and name == "leaders meeting":
            m = _COUNTERPART.search(low)
            m = m if m and _HEAD_OF_STATE.search(low, 0, m.start()) else None
        if m:
            (specific if name not in GENERIC else generic).append((m.start(), name))
    # The first named wins: "ready for a truce if it included prisoner exchanges and if Russia
    # stopped its attacks on energy" is about the exchange; generic topics only when nothing else.
    return min(specific)[1] if specific else min(generic)[1] if generic else None


def compatible(a: str | None, b: str | None) -> bool:
    """Two mentions of one act may carry these topics (one may refine the other)."""
    return a is None or b is None or a == b or a in GENERIC or b in GENERIC


def sharper(a: str | None, b: str | None) -> str | None:
    """The more specific of two compatible topics."""
    if a is None or (a in GENERIC and b is not None and b not in GENERIC):
        return b
    return a
