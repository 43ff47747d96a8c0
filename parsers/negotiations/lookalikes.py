"""Words of diplomacy that tell no act toward ending this war (issue 16, class "false acts").

Each check is a phrasing measured on real reports: a visit for a parade, a trip home, talks
of a forum (the UN Security Council, the CIS), talks judged "unlikely" or "any future talks",
an inference ("the exchanges suggest the war is escalating"), a halt that only describes a
settlement ("an accord which would end the shelling"), a truce in a trade war, and a
truce the report has already told ("despite the declared truce").
"""
from __future__ import annotations

from .cues import ci
from .kinds import Rule

# "flew to Minsk for the Independence Day parade": a ceremony, not talks.
_CEREMONY = ci(r"[^.;]{0,60}?\bfor\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?(?:celebrations?|parade|funeral|inauguration|"
               r"commemorations?|anniversary|festivities|ceremony|coronation|wedding|games|olympics)\b")
# Forums whose meetings are no negotiation between the sides.
_FORUM = ci(r"\b(?:(?:UN\s+|United\s+Nations\s+)?Security\s+Council|UNSC|CIS|CSTO|Council\s+of\s+(?:Foreign\s+)?Ministers|"
            r"General\s+Assembly)\b(?:\s+\w+){0,2}?\s+(?:meeting|session|summit|talks)\b|"
            r"\b(?:meeting|session|summit)\s+of\s+the\s+(?:UN\s+|United\s+Nations\s+)?(?:Security\s+Council|CIS|CSTO|"
            r"Council\s+of\s+(?:Foreign\s+)?Ministers|General\s+Assembly)\b")
# "it is doubtful that the three leaders will meet soon": judged, not told.
_JUDGED = ci(r"\b(?:unlikely|doubtful|doubts?|no\s+chance|not\s+(?:clear|certain|sure))\s+(?:that|whether|if)\b[^.;]*$")
_GERUND_SUBJECT = ci(r"(?:^|\b(?:said|says|that|and|but|think|believes?)\s+|[,\"]\s*)$")
_MODAL_AFTER = ci(r"(?:[^.;,]{0,50}?)\s(?:could|would|might|may|will)\s+(?!be\s+held)")
# "a foundation for any future talks": talks of no particular day or place.
_ANY_TALKS = ci(r"\b(?:any|possible|potential|eventual|hypothetical)\s+(?:future\s+|new\s+|further\s+|direct\s+)?$")
# "The exchanges suggest the war is escalating": an inference, not a proposal.
_INFERENCE = ci(r"\s+(?:that\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,3}?(?:is|was|are|were|has|had|remains?)\b")
# "an accord which would end the shelling": what the accord would do.
_RELATIVE = ci(r"\b(?:that|which)\s+$")
# "a 90-day tariff truce": a trade war's.
_TRADE_TRUCE = ci(r"\b(?:tariff|trade|customs|price)\s+(?:war\s+)?(?:truce|ceasefire|cease-fire)\b")
_DEAL_OF_TRADE = ci(r"\b(?:trade|tariff|customs|free-trade)\s+(?:deal|agreement|accord|pact)s?\b")
# "Despite the declared truce": the truce already told.
_TOLD_TRUCE = ci(r"\b(?:the|this|that)\s+$")


def is_lookalike(low: str, rule: Rule, kind: str, cs: int, ce: int, ts: int, te: int, truce_told: bool) -> bool:
    """Whether the words at `low[ts:te]` (in the clause `low[cs:ce]`) tell no act of this war."""
    before = low[max(cs, ts - 90):ts]
    if kind == "talks":
        if _TRADE_TRUCE.search(low, max(0, cs - 160), ce):
            return True  # "agreed to extend their tariff truce after two rounds of talks"
        if rule.id == "talks.signed" and _DEAL_OF_TRADE.search(low, ts, te):
            return True  # "signed a trade deal": a deal between states about their own dealings
        if rule.id in ("talks.visit", "talks.arrive_for") and _CEREMONY.match(low, te, ce):
            return True
        if _FORUM.search(low, max(cs, ts - 60), min(ce, te + 60)) or _JUDGED.search(before):
            return True
        if (low.startswith(("holding", "hosting", "having"), ts) and _GERUND_SUBJECT.search(low, max(cs, ts - 12), ts)
                and _MODAL_AFTER.match(low, te, ce)):
            return True  # "hosting a summit in Rome might lend it authority": talks weighed, not held
        if rule.id in ("talks.with", "talks.in_venue", "talks.scheduled", "talks.conference") and _ANY_TALKS.search(low, max(cs, ts - 30), ts):
            return True
    if kind in ("demand", "proposal") and _FORUM.search(low, ts, min(ce, te + 60)):
        return True  # "called for a UN Security Council meeting"
    if rule.id == "proposal.verb" and low.startswith("suggest", ts) and _INFERENCE.match(low, te, ce):
        return True
    if kind == "truce":
        if rule.id == "truce.de_escalate" and _RELATIVE.search(low, max(cs, ts - 8), ts):
            return True
        if _TRADE_TRUCE.search(low, max(cs, ts - 30), min(ce, te + 10)):
            return True
        if truce_told and rule.id == "truce.declared" and low.startswith("declared", ts) and _TOLD_TRUCE.search(
                low, max(cs, ts - 6), ts):
            return True
    return False
