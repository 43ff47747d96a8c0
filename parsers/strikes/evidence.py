"""The evidence a strike row shows: the sentence that tells the attack best, and the figure's own.

GUIDELINES (evidence): the highlighted text in the app must show the row's numbers, so a toll told in
another sentence than the row's best one is covered too.
"""
from __future__ import annotations

from ..document import Document
from .events import Event


_EVIDENCE_REACH = 3  # sentences: a toll told further off is shown by its own sentence


def evidence_span(doc: Document, ev: Event, best: int) -> tuple[int, int]:
    """The row's evidence: its best sentence, stretched over the sentence a casualty figure came
    from ("... hit a school in Izium." "Two teachers were killed.") so the text shown holds the
    number; a figure told far off is shown by its own sentence."""
    sent = doc.sentences[best]
    start, end = sent.start, sent.end
    for f in ("killed", "injured"):
        k = ev.figure_at.get(f)
        if k is None or k == best or getattr(ev.counts, f) is None:
            continue
        other = doc.sentences[k]
        if abs(k - best) <= _EVIDENCE_REACH:
            start, end = min(start, other.start), max(end, other.end)
        elif (start, end) == (sent.start, sent.end):
            start, end = other.start, other.end
    return start, end
