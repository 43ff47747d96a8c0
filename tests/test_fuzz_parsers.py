"""Extraction never raises, and what it returns is always well formed, whatever the text."""
from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers.pipeline import extract
from parsers.document import Document

# Words and marks the rules react to, so random text reaches deep into the patterns.
VOCAB = [
    "Russian", "Ukrainian", "drones", "missiles", "Shahed", "Kalibr", "glide", "bombs", "shelling",
    "were", "shot", "down", "over", "Kyiv", "Odesa", "Kharkiv", "Belgorod", "region", "Moscow's",
    "killed", "injured", "three", "380", "at least", "nearly", "a dozen", "of", "said", "told",
    "according to", "Peskov", "Zelensky", "he", "she", "on Sunday", "overnight", "July 19",
    "last week", "talks", "in", "Istanbul", "ceasefire", "proposed", "rejected", "ready",
    "Governor", "wrote on Telegram", "the", "a", ",", ".", ":", '"', "“", "”", "'", "‘", "’",
    "«", "»", "„", "\n", "\n\n", "---", "SEE ALSO:", "-", "(", ")", "…", "2024-02-30", "99999999999",
]
vocab_text = st.lists(st.sampled_from(VOCAB), max_size=80).map(" ".join)
any_text = st.one_of(st.text(max_size=400), vocab_text,
                     st.binary(max_size=300).map(lambda b: b.decode("utf-8", errors="replace")))
dates = st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31)))


def _iso_or_none(value):
    if value is None:
        return True
    dt.date.fromisoformat(value)
    return len(value) == 10


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=any_text, published=dates)
def test_extraction_is_total_and_well_formed(text, published):
    doc = Document(text=text, published=published)
    out = extract(doc)
    for record in out.strikes + out.negotiations:
        ev = record.evidence
        assert 0 <= ev.char_start <= ev.char_end <= len(text)
        assert text[ev.char_start:ev.char_end] == ev.sentence
        assert _iso_or_none(record.date)
    for s in out.strikes:
        for n in (s.launched, s.intercepted, s.killed, s.injured):
            assert n is None or (isinstance(n, int) and n >= 0)
    for q in out.quotes:
        assert 0 <= q.char_start <= q.char_end <= len(text)
        assert q.kind in {"direct", "indirect"}
        assert _iso_or_none(q.date)
    for n in out.negotiations:
        assert isinstance(n.parties, list)
