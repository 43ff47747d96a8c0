"""Parties named as "the two sides", "both delegations", "the two leaders" (issue 16, class
"parties"): a mediator ready to host "talks between the two leaders" acts toward the sides the
report has just named, not toward nobody.
"""
from __future__ import annotations

from .cues import ci
from .report import Act, Report

_TWO_SIDES = ci(r"\b(?:the\s+two|both)\s+(?:warring\s+)?(?:sides|leaders|presidents|delegations|countries|parties|nations|"
                r"governments|capitals)\b|\bthe\s+warring\s+(?:sides|parties)\b")
_WAR_SIDES = ("Russia", "Ukraine")


def two_sides(rep: Report, index: int, clause: tuple[int, int], names: list[str], earlier: list[Act]) -> list[str]:
    """The sides "the two sides" in the clause stands for, other than `names`: those of the latest act
    told in the four sentences before that has two sides or more, else Russia and Ukraine."""
    if "two" not in rep.low[clause[0]:clause[1]] and "both" not in rep.low[clause[0]:clause[1]]:
        return []
    if not _TWO_SIDES.search(rep.low, clause[0], clause[1]):
        return []
    for prev in reversed(earlier):
        if index - prev.index > 4:
            break
        sides = [p for p in prev.parties if p not in names]
        if len(prev.parties) >= 2 and len(sides) >= 2:
            return sides
    return [p for p in _WAR_SIDES if p not in names]


def sides_from_context(act: Act, kept: list[Act]) -> list[str]:
    """The other sides of talks whose clause names only one ('"We agreed our teams would
    open talks," the president said'): talks take two, so the counterpart is the one of the latest act
    of that actor last told in the six sentences before, if any (quotes come some way after the lead)."""
    for prev in reversed(kept):
        if prev is act or prev.index >= act.index:
            continue
        if act.index - max(prev.index, prev.last) > 6:
            continue  # told long before (its latest mention, merged, is what counts)
        if act.parties[0] in prev.parties and len(prev.parties) >= 2:
            return [p for p in prev.parties if p not in act.parties]
    return []
