"""One row per speaker across reports.

Quote extraction gives each quote a canonical name within its report; this
module decides whether that name is a speaker the database already holds
under another spelling. Merging is deliberately conservative: a wrong merge
(Zelensky with his wife, Zelenska) corrupts every query about both people,
while a missed merge only shows up as two rows.
"""
from __future__ import annotations


def merge_speaker(name: str, kind: str | None, known: list[str]) -> str | None:
    """The stored name `name` should be filed under, or None for a new speaker."""
    if name in known:
        return name
    folded = name.casefold()
    for other in known:
        if other.casefold() == folded:
            return other
    return None
