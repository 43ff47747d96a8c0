"""The records the extractors hand to the store.

They mirror the columns of `schema.py` so that the store writes them without
translation; every record carries its evidence as character offsets into the
stored report text, which is what lets a user check any row against its source.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Evidence:
    """Where a record came from: `text[char_start:char_end]` is the sentence."""

    sentence: str
    char_start: int
    char_end: int


@dataclass
class Strike:
    evidence: Evidence
    date: str | None = None
    date_text: str | None = None
    attacker: str | None = None
    weapon: str | None = None
    weapon_detail: str | None = None
    location: str | None = None
    region: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    launched: int | None = None
    intercepted: int | None = None
    killed: int | None = None
    injured: int | None = None
    target: str | None = None
    claimed_by: str | None = None
    geo_precision: str | None = None  # 'place' | 'region' | 'country'
    rule: str | None = None

    def row(self) -> dict[str, Any]:
        return _row(self)


@dataclass
class Negotiation:
    evidence: Evidence
    kind: str
    parties: list[str] = field(default_factory=list)
    date: str | None = None
    date_text: str | None = None
    venue: str | None = None
    topic: str | None = None
    cameo: str | None = None
    rule: str | None = None

    def row(self) -> dict[str, Any]:
        return _row(self)


@dataclass
class Quote:
    """One statement. `speaker` is the canonical name (None when nobody is named)."""

    text: str
    kind: str  # 'direct' | 'indirect'
    char_start: int
    char_end: int
    speaker: str | None = None
    speaker_text: str | None = None
    speaker_kind: str | None = None  # 'person' | 'org'
    role: str | None = None
    affiliation: str | None = None
    cue: str | None = None
    medium: str | None = None
    via: str | None = None
    date: str | None = None
    date_text: str | None = None
    sentence: str | None = None
    rule: str | None = None
    parts: str | None = None  # a split quotation: JSON [[start, end], ...] of its parts (quotes/spans.py)

    def row(self) -> dict[str, Any]:
        return asdict(self)


def _row(record: Any) -> dict[str, Any]:
    data = asdict(record)
    ev = data.pop("evidence")
    data.update(ev)
    return data


@dataclass
class Extraction:
    strikes: list[Strike] = field(default_factory=list)
    negotiations: list[Negotiation] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
