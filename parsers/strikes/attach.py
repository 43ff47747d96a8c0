"""Which event a figure or a newly named place belongs to.

A sentence that names no place carries figures for an attack told before it: a toll for the attack with
damage of its own rather than an interception count told in between, air-defence figures for the wave
whose tally the last sentence gave, a casualty figure far down a report for the one attack it places.
A place named later may be the attack first placed only by its region or as "an east Ukraine city".
"""
from __future__ import annotations

from ..places import Place
from .counts import Counts
from .events import Event


DETAIL_WINDOW = 2


def for_casualties(events: list[Event], i: int, counts: Counts) -> Event | None:
    """Casualty figures belong to the latest attack with damage or casualties of its own, not to
    an interception count told in between ("11 of them were destroyed over the region")."""
    if counts.killed is None and counts.injured is None:
        return None
    near = [e for e in events if i - e.last <= DETAIL_WINDOW]
    if not near:
        return None
    latest = max(near, key=lambda e: (e.last, e.level != "country", e.first))
    c = latest.counts
    if not (c.intercepted is not None or c.launched is not None) or c.killed is not None or c.injured is not None \
            or latest.target is not None:
        return latest  # the attack just told, unless it is only an interception count
    damaged = [e for e in near if e.target is not None or e.counts.killed is not None or e.counts.injured is not None]
    if not damaged:
        return None
    return max(damaged, key=lambda e: (e.last, e.level != "country", e.first))


def for_tally(events: list[Event], recent: Event, counts: Counts) -> Event:
    """Air-defence figures with no place ("intercepted 483 of the 524 threats") after a sentence
    that told both the wave's tally and a place it hit are the wave's, not the place's."""
    if counts.killed is not None or counts.injured is not None or recent.level == "country" or \
            counts.intercepted is None and counts.launched is None and not counts.all_downed:
        return recent
    wave = [e for e in events if e.last == recent.last and e.level == "country"]
    return wave[-1] if wave else recent


def refinable(events: list[Event], city: Place, date: str | None, attacker: str | None) -> Event | None:
    for ev in reversed(events):
        if ev.level != "region" or ev.place.name != city.region or ev.via == "refined":
            continue
        if date and ev.date and date != ev.date:
            continue
        if attacker and ev.attacker and attacker != ev.attacker:
            continue
        return ev
    return None


def only_attack(events: list[Event], counts: Counts) -> Event | None:
    """The one attack a report places, for a casualty figure told far from it with no place of its own."""
    if counts.killed is None and counts.injured is None:
        return None
    placed = [e for e in events if e.level != "country"]
    return placed[0] if len(placed) == 1 else None


def unnamed_town(events: list[Event], city: Place, date: str | None, attacker: str | None) -> Event | None:
    """The attack a report first placed only in "an east Ukraine city", now named."""
    for ev in reversed(events):
        if ev.via != "unnamed-town" or ev.place.name != city.country:
            continue
        if date and ev.date and date != ev.date or attacker and ev.attacker and attacker != ev.attacker:
            continue
        return ev
    return None
