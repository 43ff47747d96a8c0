"""The mentions found so far in a sentence, with a fast "is this stretch taken?".

Asking it of a plain list compared each new candidate with every mention
before it, quadratic in the mentions of a sentence (a 64,000-character list of
towns spent most of its time there). The extents of strictly overlapping
mentions, kept sorted, answer it by bisection with the same answer.
"""
from __future__ import annotations

import bisect
from typing import Any


class Spans(list):
    """A list of mentions (anything with `start` and `end`) that also knows which stretches they take."""

    def __init__(self) -> None:
        super().__init__()
        self._starts: list[int] = []  # extents: sorted, pairwise not overlapping
        self._ends: list[int] = []
        self._points: list[int] = []  # empty mentions: they take a stretch that has them strictly inside

    def append(self, item: Any) -> None:
        super().append(item)
        a, b = item.start, item.end
        if b <= a:
            bisect.insort(self._points, a)
            return
        i = bisect.bisect_right(self._ends, a)  # first extent ending after a
        j = i
        while j < len(self._starts) and self._starts[j] < b:
            a, b = min(a, self._starts[j]), max(b, self._ends[j])
            j += 1
        self._starts[i:j] = [a]
        self._ends[i:j] = [b]

    def taken(self, a: int, b: int) -> bool:
        """Some mention m has a < m.end and m.start < b."""
        i = bisect.bisect_right(self._ends, a)  # first extent ending after a
        if i < len(self._starts) and self._starts[i] < b:
            return True
        k = bisect.bisect_right(self._points, a)
        return k < len(self._points) and self._points[k] < b
