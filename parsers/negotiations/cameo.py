"""CAMEO event codes for each act, as GDELT spells them, so rows join with GDELT.

Stored as text: leading zeros matter ("036", "0871").
"""
from __future__ import annotations

_TALK_TOPICS = {None, "leaders meeting"}


def cameo_code(kind: str, topic: str | None, about_talks: bool) -> str:
    """`about_talks`: the act's object is a meeting or negotiations rather than a plan or truce."""
    if kind == "talks":
        return "046"  # engage in negotiation
    if kind == "readiness":
        return "036"  # express intent to meet or negotiate
    if kind == "proposal":
        return "036" if about_talks or topic in _TALK_TOPICS else "037"  # intent to settle dispute
    if kind == "consideration":
        return "014"  # consider policy option
    if kind == "truce":
        return "0871"  # declare ceasefire
    if kind == "rejection":
        return "125" if about_talks else "127"  # reject proposal to negotiate / reject plan
    if kind == "demand":
        if topic == "territory":
            return "106"  # demand withdrawal
        if topic in ("ceasefire", "air and sea truce", "civilian infrastructure"):
            return "107"  # demand ceasefire
        if about_talks:
            return "108"  # demand meeting, negotiation
        return "100"
    return "010"
