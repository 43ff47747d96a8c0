"""Proposals told only by their owner's name: "Trump's ceasefire proposal", "a U.S.-drafted
peace plan", "the 28-point American plan". Wire copy names an offer this way when it was
made before the report (guideline §4: background acts are logged, undated unless the report
gives the day); the sentence's own act (a refusal, an acceptance) is about it, and is found
by the verb rules.

The owner is a party named right before the noun with a possessive, a determiner or a
"-proposed"/"-drafted" hyphen; the noun must be an offer ("proposal", "initiative", "peace
formula") or a plan for peace ("ceasefire plan", "peace plan", "28-point plan"), never a plan
of war ("plans to attack").
"""
from __future__ import annotations

import re

from ..document import Sentence
from . import topics
from .cues import ci, holds_any
from .kinds import Rule
from .report import Act, Report

_ANSWERS = ("talks", "proposal", "consideration")
OWNED_RULE = Rule("proposal.owned", "proposal", re.compile("(?!)"), ())
_CUES = ("propos", "plan", "initiative", "formula", "framework")
# After the owner's name: the noun of an offer, up to three words on ("'s 30-day ceasefire proposal").
_OFFER = ci(
    r"(?:'s?|’s?|-(?:proposed|drafted|authored|brokered))?\s+"
    # the words between are the offer's own ("30-day", "peace"), not a verb and its object
    r"(?:(?!(?:the|a|an|to|with|for|on|of|in|at|and|or|that|this|its|his|her|their)\b)[\w-]+(?<!ed)(?<!ing)\s+){0,3}?"
    r"(?:(?:counter-?)?proposals?|initiative|peace\s+formula|(?:peace|ceasefire|truce|settlement|\d+-point)\s+(?:plan|framework|roadmap)|"
    r"(?<=\s)(?:plan|framework)(?=[\s,.;])|"
    r"(?:ceasefire|cease-fire|truce)(?=\s*[,.;]|\s+(?:offer|deal|that|which|a\s+suggestion)\b))\b(?!\s+to\s+(?!end\b))")
# A determiner or a possessive before the owner makes it an owner ("the U.S. plan", "Trump's plan").
_BEFORE = ci(r"\b(?:the|a|an|its|this|that|their|his|her)\s+(?:[\w-]+\s+){0,2}$")
_POSSESSIVE = re.compile(r"['’]s?\b")
_PEACE_PLAN = ci(r"\b(?:peace|ceasefire|cease-fire|truce|settlement|\d+-point|framework|roadmap)\b|\bplan\s+(?:to|for)\s+(?:end|peace|settle)")
_DOMAIN = ci(r"\b(?:ceasefire|cease-fire|truce|peace\w*|settlement|war|conflict|fighting|negotiat\w*|talks)\b")


def owned_proposals(rep: Report, index: int, sent: Sentence, earlier: list[Act]) -> list[Act]:
    """The proposals sentence `index` names by their owner, each owner once."""
    low = rep.low
    if not holds_any(low[sent.start:sent.end], _CUES):
        return []
    if any(a.index == index and a.kind in _ANSWERS and a.rule.id != "talks.in_person" for a in earlier):
        return []  # talks on the plan, a counterproposal to it, a study of it: the offer is that act's object, told before
    mentions = rep.mentions(sent.start, sent.end)
    out: list[Act] = []
    for m in mentions:
        hit = _OFFER.match(low, m.end, sent.end)
        if hit is None or any(a.actor == m.party for a in out):
            continue
        possessive = bool(_POSSESSIVE.match(rep.norm, m.end)) or low.startswith("-", m.end)
        if not possessive and not _BEFORE.search(low, max(sent.start, m.start - 30), m.start):
            continue
        phrase = rep.norm[m.start:min(sent.end, hit.end() + 60)]
        named = hit.group()
        peace_plan = bool(_PEACE_PLAN.search(low, max(sent.start, m.start - 25), hit.end()))
        if named.rstrip().endswith(("plan", "framework")) and not peace_plan:
            continue  # a bare "plan" is an offer only as a peace plan ("the 28-point American plan")
        if not (peace_plan or _DOMAIN.search(phrase.lower()) or "proposal" in named or "initiative" in named):
            continue
        topic = topics.topic_of(rep.norm[m.start:hit.end()], "proposal") or topics.topic_of(phrase, "proposal")
        if topic is None and ("cease" in hit.group() or "truce" in hit.group()):
            topic = "ceasefire"
        others = [x.party for x in mentions if x.party != m.party and not _owner_at(rep, x, sent)]
        parties = [m.party] + list(dict.fromkeys(others))
        out.append(Act(
            kind="proposal", rule=OWNED_RULE, sentence=sent, index=index, clause=(sent.start, sent.end),
            trigger=(m.start, hit.end()), parties=parties, venue=None, venue_country=None, venue_within="",
            topic=topic or "peace settlement", date=None, date_text=None, about_talks=False, no_merge=False,
            anaphoric=True, definite_talks=False, trigger_text="", clause_text=rep.norm[sent.start:sent.end],
        ))
    return out


def _owner_at(rep: Report, m, sent: Sentence) -> bool:
    """Whether mention `m` is itself the owner of an offer (then it is no addressee)."""
    hit = _OFFER.match(rep.low, m.end, sent.end)
    return hit is not None and (bool(_POSSESSIVE.match(rep.norm, m.end)) or rep.low.startswith("-", m.end))
