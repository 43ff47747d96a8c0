"""One act told twice is one record: later mentions refine the first (a date, a
venue, a sharper topic, more parties) instead of adding rows (guideline §4).
"""
from __future__ import annotations

from . import topics
from .cues import ci, holds_any
from .report import Act


_ANTECEDENT_CUE = ("truce", "ceasefire", "proposal", "idea", "initiative", "offer", "plan")


_ANTECEDENT = ci(r"\b(?:the|this|that|its|his|their)\s+(?:\"?[\w-]+\"?\s+)?(truce|ceasefire|proposal|idea|initiative|offer|plan)\b")


def merge(acts: list[Act]) -> list[Act]:
    kept: list[Act] = []
    for act in acts:
        target = _same_act(kept, act)
        if target is None:
            new_place = act.venue is not None and not any(
                k.kind == "talks" and k.venue and same_place(k, act) for k in kept)
            if act.kind == "talks" and act.definite_talks and not new_place and (act.setting or not act.parties and act.venue is None):
                continue
            kept.append(act)
            low_clause = act.clause_text.lower()
            antecedent = _ANTECEDENT.search(low_clause) if holds_any(low_clause, _ANTECEDENT_CUE) else None
            if act.topic in (None, *topics.GENERIC) and antecedent:
                act.topic = _antecedent_topic(kept[:-1], antecedent.group(1)) or act.topic
            continue
        target.last = max(target.last, act.index)
        target.date = target.date or act.date
        target.date_text = target.date_text or act.date_text
        if target.venue is None or (act.venue and act.venue == target.venue_within):
            if act.venue:  # "Alaska" made precise by "Anchorage" keeps the city
                target.venue, target.venue_country, target.venue_within = act.venue, act.venue_country, act.venue_within
        target.topic = topics.sharper(target.topic, act.topic)
        for p in act.parties:
            if act.kind == "talks" and act.definite_talks and p == act.assumed:
                continue  # "the meeting lasted five hours, Ushakov said": no counterpart is named
            if p not in target.parties:
                target.parties.append(p)
        target.about_talks = target.about_talks or act.about_talks
    return kept


def _same_sides(a: list[str], b: list[str]) -> bool:
    """Two lists of sides of which one holds the other, two sides at least."""
    x, y = set(a), set(b)
    return min(len(x), len(y)) >= 2 and (x <= y or y <= x)


def same_place(a: Act, b: Act) -> bool:
    """Two venues of one meeting: equal, one inside the other ("Anchorage", "Alaska"), or a country
    named first and its city later ("in Saudi Arabia" ... "in Jeddah")."""
    if a.venue == b.venue:
        return True
    if a.venue_within and a.venue_within == b.venue or b.venue_within and b.venue_within == a.venue:
        return True
    return not a.venue_country or not b.venue_country


def _antecedent_topic(earlier: list[Act], noun: str) -> str | None:
    """The topic of what "the truce" / "the proposal" points back to: the latest declared truce for
    a truce, else the latest proposal or truce with a specific topic (a truce proposed)."""
    truce = next((p for p in reversed(earlier) if p.kind == "truce"), None)
    if noun in ("truce", "ceasefire") and truce is not None:
        return truce.topic
    for prev in reversed(earlier):
        if prev.kind in ("proposal", "truce") and prev.topic and prev.topic not in topics.GENERIC:
            return prev.topic
    return None


def _same_act(kept: list[Act], act: Act) -> Act | None:
    if act.kind == "talks" and act.definite_talks:
        # "The two sides agreed ...": the talks told last, counting their later mentions
        kept = sorted(kept, key=lambda k: max(k.index, k.last))
    for prev in reversed(kept):
        if prev.kind != act.kind:
            continue
        if prev.index == act.index and act.rule.id == "talks.agreed_exchange":
            return prev  # "ended two days of talks in Abu Dhabi, but agreed to exchange 157 prisoners": those talks
        if prev.index == act.index:
            # "wanted a settlement, but only one that reflects the new realities": one stance told in two
            # phrasings; two meetings, two sides' answers, or one verb with two objects stay apart.
            if (act.kind != "talks" and prev.actor == act.actor and prev.rule.id != act.rule.id
                    and topics.compatible(prev.topic, act.topic)):
                return prev
            continue
        if act.kind == "talks" and act.definite_talks:
            if prev.distinct != act.distinct:  # "the previous meeting", "a separate summit": another meeting
                continue
            if act.venue and prev.venue and not same_place(prev, act):
                continue  # "the previous meeting in Copenhagen" is not this week's in Jeddah
            return prev
        # Talks have no actor of their own: "Ukrainian-Russian talks" and "talks between the Russian and
        # Ukrainian delegations" are one round whichever side is named first.
        if prev.actor != act.actor and not (act.kind == "talks" and (
                prev.actor is None or act.actor is None or _same_sides(prev.parties, act.parties))):
            continue
        if not topics.compatible(prev.topic, act.topic):
            continue
        if prev.venue and act.venue and not same_place(prev, act):
            continue
        if prev.date and act.date and prev.date != act.date:
            continue
        a, b = set(prev.parties), set(act.parties)
        if not (a <= b or b <= a):
            continue
        near = act.index - prev.index <= 3 and not act.no_merge
        same_words = prev.trigger_text == act.trigger_text and len(act.trigger_text.split()) >= 2
        same_topic = prev.topic is not None and prev.topic == act.topic
        talks = act.kind == "talks" and a == b
        if near or same_words or act.anaphoric or same_topic or talks:
            return prev
    return None
