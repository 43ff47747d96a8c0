"""Issue 17, fault 7: the indexes that made extraction linear give the answers the pairwise scans gave.

(The growth itself is measured in bench/extract_growth.py, not here.)
"""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from parsers.pipeline import document, extract
from parsers.places.spans import Spans
from parsers.quotes.claimed import Claimed
from parsers.readers import RawReport

span = st.tuples(st.integers(0, 60), st.integers(0, 20)).map(lambda t: (t[0], t[0] + t[1]))


@given(st.lists(span, max_size=30), st.lists(span, max_size=30))
def test_taken_spans_answer_as_the_scan_does(mentions, queries) -> None:
    found = Spans()
    for a, b in mentions:
        found.append(SimpleNamespace(start=a, end=b))
    assert [(m.start, m.end) for m in found] == mentions  # still the list of mentions, in order
    for a, b in queries:
        assert found.taken(a, b) == any(a < m.end and m.start < b for m in found)


@given(st.lists(span, max_size=30), st.lists(span, max_size=30), st.lists(st.integers(-2, 90), max_size=10))
def test_claimed_ranges_answer_as_the_scan_does(claims, queries, points) -> None:
    claimed = Claimed()
    for c in claims:
        claimed.append(c)
    for pos in points:
        assert claimed.covers(pos) == any(a <= pos < b for a, b in claims)
    for a, b in queries:
        half = (b - a) // 2
        if b > a:
            assert claimed.mostly(a, b) == any(x < b and y > a and min(b, y) - max(a, x) > half for x, y in claims)
        ends = [y for _, y in claims if a <= y <= b]
        assert claimed.last_end(a, b) == (max(ends) if ends else None)


def test_a_sentence_longer_than_the_window_still_gives_its_places() -> None:
    towns = ["Kharkiv", "Odesa", "Sumy", "Poltava"]
    listing = ", ".join(towns[i % 4] for i in range(600))  # ~5,000 characters, no full stop
    text = f"Russian drones struck {listing} and Mykolaiv overnight, killing two people, officials said."
    got = extract(document(RawReport(text=text, path="x", published=dt.date(2025, 3, 1))))
    assert {s.location for s in got.strikes} == set(towns) | {"Mykolaiv"}
    assert all(text[s.evidence.char_start:s.evidence.char_end] == s.evidence.sentence for s in got.strikes)
