"""Who a strike's figures are credited to when the sentences that tell it credit nobody.

Wire copy names the source once and tells the figures around it: "the region's governor said"
closes one sentence of a paragraph, the next two add the toll; a Ukrainian outlet opens with a
"Source: Name, Head of ... Administration" line; a ministry's statement is credited in the lead
and then listed line by line. GUIDELINES §4: `claimed_by` is the official or body credited for
the figures, never a reporter or outlet, and a generic credit ("officials said") only when
nothing more specific is given. This module finds the credit in the paragraph, the "Source:"
line and the lead, and puts a name to a bare title ("the governor") the report names elsewhere.
"""
from __future__ import annotations

import re

from ..document import Document
from ..records import Quote
from .claims import MEDIA, best_claim, find_claims
from .events import Event
from .filters import is_attack, lower_text

_LEAD_SENTENCES = 6  # how far into the report (headline and dateline included) a lead's credit reaches
# "Source: Ihor Taburets, Head of the Oblast Military Administration, on Telegram; ..."
_SOURCE_LINE = re.compile(r"^\s*Sources?:\s*(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5})\s*(?:[,;(]|$|\s+on\s|\s+via\s)", re.M)
# "the governor", "governor of the Donetsk region", "regional governor": a title without its holder
_BARE_TITLE = re.compile(
    r"^(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?P<title>governor|mayor|head)(?:\s+of\s+(?:the\s+)?[\w\s'’-]{1,60})?$", re.I)
_NAME = r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
_OTHER_TITLE = re.compile(r"\b(?:President|Prime|Minister|CEO|Chief|Director|Commander|General|Spokes\w+)\b")


def paragraph_source(doc: Document, sentences: list[int]) -> str | None:
    """The most specific source credited in the paragraphs of the event's sentences, nearest the
    event first: "..., the region's governor said." then "Three people were killed." """
    if not sentences:
        return None
    all_sents = doc.sentences
    paragraphs = {all_sents[k].paragraph for k in sentences}
    first = min(sentences)
    found: list[tuple[int, int, str]] = []  # (rank, -distance, name)
    for k, sent in enumerate(all_sents):
        if sent.paragraph not in paragraphs or k in sentences:
            continue
        for rank, who in find_claims(doc.norm[sent.start:sent.end]):
            if rank >= 2:
                found.append((rank, -abs(k - first), who))
    if not found:
        return None
    return max(found)[2]


def source_line(doc: Document) -> str | None:
    """The first name of an outlet's "Source:" line, unless it names an outlet."""
    if "ource" not in doc.norm:
        return None
    m = _SOURCE_LINE.search(doc.norm)
    if m is None:
        return None
    who = m.group("who").strip()
    if MEDIA.fullmatch(who) or MEDIA.match(who) and len(who.split()) <= 3:
        return None
    return who


def lead_source(doc: Document) -> str | None:
    """A named source (a person, an office, a ministry) credited in the first sentences of the body:
    the statement the report goes on to list ("the Defense Ministry said" ... "- 72 over ...")."""
    for sent in doc.sentences[:_LEAD_SENTENCES]:
        if sent.heading:
            continue
        text = doc.norm[sent.start:sent.end]
        claims = [c for c in find_claims(text) if c[0] >= 3]
        if claims and is_attack(lower_text(text)):  # the credit for an attack, not for an "incident" looked into
            return best_claim(claims)
    return None


_HOLDER_REACH = 800  # characters either side of the event: a title named further off is another region's


def title_holder(doc: Document, claim: str, at: int) -> str | None:
    """"governor of the Donetsk region" -> "Vadym Filashkin" when the report names the governor near
    the event (at offset `at`): "Governor Vadym Filashkin", "the governor, Vasily Golubev,",
    "Vadym Filashkin, the region's governor"; the holder named nearest wins."""
    m = _BARE_TITLE.match(claim)
    if m is None:
        return None
    title = m.group("title").lower()
    text = doc.norm
    lead_end = doc.sentences[min(1, len(doc.sentences) - 1)].end if doc.sentences else 0
    # near the event, else in the lead ("Regional Governor Vyacheslav Gladkov said" heads a governor's list)
    for lo, hi in ((max(0, at - _HOLDER_REACH), min(len(text), at + _HOLDER_REACH)), (0, lead_end)):
        name = _nearest_holder(text, title, lo, hi, at)
        if name:
            return name
    return None


def _nearest_holder(text: str, title: str, lo: int, hi: int, at: int) -> str | None:
    if title not in text[lo:hi].lower():
        return None
    t = re.escape(title)
    best: tuple[int, str] | None = None
    for pat in (rf"(?i:\b{t})(?:\s+of\s+(?:the\s+)?[\w\s'’-]{{1,50}}?)?,?\s+{_NAME}\b",
                rf"{_NAME},\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){{0,4}}?(?i:{t})\b"):
        for h in re.finditer(pat, text[lo:hi]):
            name = h.group("name")
            if _OTHER_TITLE.search(name) or MEDIA.search(name) or any(w in name for w in ("Oblast", "Region", "City")):
                continue
            distance = abs(lo + h.start() - at)
            if best is None or distance < best[0]:
                best = (distance, name)
    return best[1] if best else None


BARE_MINISTRY = re.compile(r"(?:the\s+)?ministry", re.I)


_SUBJECT = r"(?:Defen[cs]e|Energy|Emergenc(?:y|ies)|Emergency\s+Situations|Interior|Internal\s+Affairs|Foreign(?:\s+Affairs)?|Health|Infrastructure)"


_MINISTRY = re.compile(
    rf"\b(?P<side>Russia's|Russian|Ukraine's|Ukrainian)\s+(?:(?P<a>{_SUBJECT})\s+Ministry|Ministry\s+of\s+(?P<b>{_SUBJECT}))"
    rf"|\bMinistry\s+of\s+(?P<c>{_SUBJECT})\s+of\s+(?:the\s+)?(?P<of>Russian\s+Federation|Russia|Ukraine)\b", re.I)


_SUBJECT_NAME = {"defense": "Defence", "emergency": "Emergencies", "emergency situations": "Emergencies",
                 "internal affairs": "Interior", "foreign affairs": "Foreign"}


def named_ministry(doc: Document, before: int) -> str | None:
    """"The ministry said separately ..." is the ministry the report named last: "Russia's Defence
    Ministry", "Ukraine's Energy Ministry", "the Ministry of Defence of the Russian Federation"."""
    found = list(_MINISTRY.finditer(doc.norm, 0, before + 400)) if "inistry" in doc.norm else []
    if not found:
        return None
    m = found[-1]
    side = (m.group("side") or m.group("of")).lower()
    subject = " ".join((m.group("a") or m.group("b") or m.group("c")).split()).lower()
    subject = _SUBJECT_NAME.get(subject, subject.title())
    return f"{'Russian' if side.startswith('russia') else 'Ukrainian'} {subject} Ministry"


def lead_claim(doc: Document) -> str | None:
    """A statement's issuer ("The Ministry of Defence ... reports that") speaks for every
    strike in it: the named source of the first paragraph, when it has one."""
    if not doc.paragraphs:
        return None
    first = doc.paragraphs[0].index
    for sent in doc.sentences:
        if sent.paragraph != first:
            break
        claims = [c for c in find_claims(doc.norm[sent.start:sent.end]) if c[0] >= 3]
        if claims:
            return best_claim(claims)
    return None


def quote_speaker(doc: Document, ev: Event, quotes: list[Quote]) -> str | None:
    spans = [(doc.sentences[k].start, doc.sentences[k].end) for k in ev.anchors + ev.details]
    for q in quotes:
        if q.speaker and any(a <= q.char_start < b or q.char_start <= a < q.char_end for a, b in spans):
            return q.speaker
    return None
