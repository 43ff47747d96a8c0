"""Meetings told with one verb and two objects, each with its own day (issue 16, class "one verb,
two meetings"): "the envoys met Zelensky on Monday, then Putin on Wednesday". Such a sentence
tells two meetings, with different sides, days and places; read as one, the second side would be
folded into the first meeting and its day lost.
"""
from __future__ import annotations

from dataclasses import replace

from .cues import ci
from .dating import act_date
from .report import Act, Report
from .venues import find_venues

_MEETS = {"talks.met", "talks.met_party", "talks.with"}
# ", then with Putin", " and then Putin", " then met Putin": the second object of the same verb.
_THEN = ci(r"(?:,\s*|\s+)(?:and\s+)?then\s+(?:(?:went\s+on\s+to\s+)?(?:met|meet|held\s+talks)\s+)?(?:with\s+)?")


def split_successive(rep: Report, act: Act) -> list[Act]:
    """`act`, or the two meetings it tells when its verb takes a second object after "then"."""
    if act.kind != "talks" or act.rule.id not in _MEETS or " then " not in rep.low[act.trigger[1]:act.clause[1]]:
        return [act]
    then = _THEN.search(rep.low, act.trigger[1], act.clause[1])
    if then is None:
        return [act]
    first_seg, second_seg = (act.clause[0], then.start()), (then.end(), act.clause[1])
    first = [m.party for m in rep.mentions(act.trigger[1], then.start())]
    second = [m.party for m in rep.mentions(*second_seg)]
    if not first or not second or set(second) <= set(first):
        return [act]
    subject = [p for p in act.parties if p not in first and p not in second]
    out = []
    for seg, objects in ((first_seg, first), (second_seg, second)):
        parties = subject + [p for p in dict.fromkeys(objects) if p not in subject]
        date, date_text = act_date(rep, act.index, seg, parties, "talks", True, act.trigger[0] if seg is first_seg else None)
        venues = [v for v in find_venues(rep.norm, *seg) if not v.speech]
        venue = venues[0] if venues else None
        out.append(replace(act, clause=seg, parties=parties, date=date, date_text=date_text,
                           venue=venue.name if venue else None, venue_country=venue.country if venue else None,
                           venue_within=venue.within if venue else "", no_merge=True))
    return out
