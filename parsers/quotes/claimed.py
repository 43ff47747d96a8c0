"""The stretches of a report already emitted as quotes, indexed for the questions extraction asks.

Asking them of a plain list rescanned every earlier quote for each new one:
a 1.9 MB report of 20,000 quotes took 26 s. Sorted starts and ends answer
each question from a bisection, with the same answers as the list scan.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterator


class Claimed:
    """Half-open character ranges [a, b), added in any order (mostly increasing)."""

    def __init__(self) -> None:
        self._by_start: list[tuple[int, int]] = []  # sorted (a, b)
        self._ends: list[int] = []  # sorted b
        self._longest = 0
        self._union: list[list[int]] = []  # disjoint, sorted [a, b) covering every range

    def append(self, claim: tuple[int, int]) -> None:
        a, b = claim
        bisect.insort(self._by_start, (a, b))
        bisect.insort(self._ends, b)
        self._longest = max(self._longest, b - a)
        if b > a:
            self._merge(a, b)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(self._by_start)

    def __len__(self) -> int:
        return len(self._by_start)

    def _merge(self, a: int, b: int) -> None:
        u = self._union
        i = bisect.bisect_left(u, [a])
        if i > 0 and u[i - 1][1] >= a:
            i -= 1
        j = i
        while j < len(u) and u[j][0] <= b:
            a, b = min(a, u[j][0]), max(b, u[j][1])
            j += 1
        u[i:j] = [[a, b]]

    def covers(self, pos: int) -> bool:
        """Some range holds `pos` (a <= pos < b)."""
        u = self._union
        i = bisect.bisect_right(u, [pos, float("inf")]) - 1
        return i >= 0 and u[i][0] <= pos < u[i][1]

    def mostly(self, a: int, b: int) -> bool:
        """One range covers more than half of a..b.

        Such a range overlaps a..b by more than half its length, so it holds the
        midpoint: only ranges starting within the longest range's length before
        the midpoint can qualify.
        """
        half = (b - a) // 2
        mid = (a + b) / 2
        rows = self._by_start
        i = bisect.bisect_right(rows, (int(mid), float("inf")))
        lowest = mid - self._longest
        while i > 0:
            i -= 1
            x, y = rows[i]
            if x < lowest:
                break
            if x < b and y > a and min(b, y) - max(a, x) > half:
                return True
        return False

    def last_end(self, lo: int, hi: int) -> int | None:
        """The largest end b with lo <= b <= hi, if any."""
        i = bisect.bisect_right(self._ends, hi)
        if i and self._ends[i - 1] >= lo:
            return self._ends[i - 1]
        return None
