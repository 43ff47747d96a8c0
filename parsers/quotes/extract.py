"""From a report to its quotes: marks, cues, speakers, then the quotes no cue claimed.

Order matters. Quote marks are paired first and their words masked, so every
later pattern reads only the reporter's words. Cues are then read sentence by
sentence in report order, because pronouns and bare surnames refer back to
whoever was named before. Quotes that no cue claims are handled last: a
paragraph that is all quote continues the previous speaker, a short scare
quote with no attribution is dropped.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..dates import date_of
from ..document import Document
from ..records import Quote
from . import marks, names, verbs
from .claimed import Claimed
from .cues import Hit, read_cue
from .finish import finish
from .marks import Span
from .media import media_of
from .resolve import Who
from .tracker import DEFINITE_TITLE, Tracker

_WORDS = re.compile(r"[A-Za-z]+")
_WORDS_OR_MASK = re.compile(r"[A-Za-z#]+")
_LOWER = re.compile(r"[a-z]")
_FINITE_VERB = re.compile(r"\b(?:is|was|has|had|are|were|will)\b")
_OUTER_MARKS = re.compile(r'^["“„«‘\']+|["”»’\']+$')
# `"A," the governor wrote. "B."`: the guideline makes a quotation split by its attribution one
# quote. Within a sentence it always is; across the sentence break the second part is either
# joined to the first (True) or logged as its own quote with the first part's speaker, medium
# and day (False). Our sample gold logs such parts apart, so they are kept apart for now.
JOIN_SPLIT_ACROSS_SENTENCES = False
# Words that open a fronted phrase before the subject: "On Monday, ...", "In a statement, ...".
_FRONTED = {"on", "in", "at", "after", "before", "during", "earlier", "later", "meanwhile", "separately", "however",
            "speaking", "asked", "last", "late", "early", "overnight", "yesterday", "today", "following", "from"}
_SUBJECT_ADJ = {"senior", "top", "western", "several", "many", "some", "other", "both", "all", "most", "key", "foreign",
                "military", "local", "regional", "national", "government", "security", "two", "three", "four"}
# Cues that report writing: the same speaker writing again right after a post is still that post.
_WRITTEN = {"write", "post", "add", "tweet"}
_SKIP_STATUS = {"generic", "place", "outlet", "self"}
# A source naming nobody ("officials said") is read so its words are nobody else's, but (§4) neither it,
# a capital ("Moscow says") nor an outlet is logged as a speaker; an unresolved pronoun keeps no speaker.
_ANONYMOUS, _NOT_SPEAKERS = {"generic", "unresolved"}, {"generic", "place", "outlet"}


# A sentence that only credits the one before it: "This was announced by ...", "Peskov said this at ...".
_CREDIT_GATE = re.compile(r"\b(?:[Tt]his|[Tt]hat|[Ii]t|so|made|words|remarks|comments)\b")
_THIS_WAS_BY = re.compile(
    r"\s*(?:(?:This|That|It)\s+was\s+(?:announced|reported|stated|said|declared|noted|written|posted|confirmed|"
    r"emphasi[sz]ed|pointed\s+out|communicated|told\s+\w+)|(?:The|This|That|A)\s+(?:corresponding\s+|relevant\s+)?"
    r"(?:statement|announcement|remark|comment)s?\s+(?:was|were)\s+made)\b[^.;:#\"]{0,60}?\bby\s+")
_CREDIT_NO_CUE = re.compile(r"\b(?:made|words|remarks|comments)\b")  # credits whose verb is not a cue
# "The words were those of German Chancellor Friedrich Merz", "The remarks came from ...".
_WORDS_OF = re.compile(r"\s*(?:The|Those|These)\s+(?:words|remarks|comments)\s+(?:were|are)\s+(?:those\s+)?of\s+|"
                       r"\s*(?:The|Those|These)\s+(?:words|remarks|comments)\s+came\s+from\s+")
# Attributions that guess from the neighbourhood; a sentence that credits the words overrules them.
_LINKED = re.compile(r"[,;]\s*(?:while|whereas|but|and|as)?\s*$")
_GUESSED = {"floating", "unattributed", "same-sentence", "name-after"}
_SAID_THIS = re.compile(
    r"\b(?:said|announced|stated|reported|wrote|noted|declared|emphasi[sz]ed|told\s+(?:reporters|journalists))\s+"
    r"(?:this|so)\b(?=\s*(?:[,.;]|$|\s+(?:in|at|on|during|to|after|while|when|via|from|speaking|answering|"
    r"responding|live|earlier|later|today|yesterday)\b))")


@dataclass(slots=True)
class _Unit:
    start: int
    end: int
    paragraph: int
    para_start: int = 0  # where the unit's paragraph begins (bounds "the last speaker")
    cues: list = field(default_factory=list)


def extract_quotes(doc: Document) -> list[Quote]:
    spans = marks.find_spans(doc)
    frame = marks.mask(doc, spans)
    return _Extractor(doc, spans, frame).run()


class _Extractor:
    def __init__(self, doc: Document, spans: list[Span], frame: str) -> None:
        self.doc = doc
        self.text = doc.text
        self.spans = spans
        self.span_opens = [s.open for s in spans]
        self.frame = frame
        self.by_open = {s.open: s for s in spans}
        self.by_close = {s.close: s for s in spans if s.close is not None}
        self.spans_by_end = sorted(spans, key=lambda s: s.end)
        self.span_ends = [s.end for s in self.spans_by_end]
        self.resolver = Tracker(frame)
        self.units = self._units()
        self.unit_starts = [u.start for u in self.units]
        self.resolver.mark_subjects([(u.start, u.end) for u in self.units])
        self.quotes: list[Quote] = []
        self.media_cache: dict[int, tuple[str | None, str | None]] = {}
        self.claimed = Claimed()
        self.done_spans: set[int] = set()  # quotes inside some emitted quote
        self.own_spans: set[int] = set()  # quotes emitted as a quote of their own
        self.last: tuple[Quote, Who, int] | None = None  # previous attributed quote, its speaker, paragraph
        self.tail: tuple[Quote, int, str] | None = None  # the quote emitted last, its unit's start, its rule
        self.announced: tuple[int, Who, Hit] | None = None  # `X said on Telegram.`: unit index, speaker, cue
        self.interviewee: Who | None = None  # who answers in a `Q: ... A: ...` transcript, once found

    def _units(self) -> list[_Unit]:
        """The report's sentences as the masked frame reads them.

        A sentence break inside a quotation is no break for attribution (`"We will win. We
        must," he said.` is one unit), so the report's own sentences are joined across breaks
        that fall inside a quote's masked words. This equals splitting the frame again, for
        the price of one walk over the shared sentence list.
        """
        norm = self.doc.norm
        tails: list[tuple[int, int]] = []
        for s in self.spans:
            t = s.end
            while t > s.start and norm[t - 1] in ".!?,…;:":
                t -= 1
            if t > s.start:
                tails.append((s.start, t))
        out: list[_Unit] = []
        j = 0
        n = len(tails)
        for s in self.doc.sentences:
            if out and out[-1].paragraph == s.paragraph:
                prev_end = out[-1].end
                while j < n and tails[j][1] < prev_end:
                    j += 1
                # spans are sorted by opening mark and never nest, so their tails ascend too
                if j < n and tails[j][0] < prev_end:
                    out[-1].end = s.end
                    continue
            para_start = out[-1].para_start if out and out[-1].paragraph == s.paragraph else s.start
            out.append(_Unit(s.start, s.end, s.paragraph, para_start))
        # one pass of the cue regex over the report, each cue filed under its unit
        cues = verbs.find_cues(self.frame, 0, len(self.frame))
        i, n = 0, len(cues)
        for u in out:
            while i < n and cues[i].start() < u.start:
                i += 1
            while i < n and cues[i].end() <= u.end:
                u.cues.append(cues[i])
                i += 1
        return out

    # ---------------------------------------------------------------- main loop
    def run(self) -> list[Quote]:
        for k, unit in enumerate(self.units):
            self._unit(k, unit)
        self.quotes.sort(key=lambda q: q.char_start)
        return finish(self.quotes, self.doc, self.units, self.resolver.mentions, self.frame)

    def _unit(self, k: int, unit: _Unit) -> None:
        frame = self.frame
        # "he" after a quote in the previous sentence is that quote's speaker, not whoever was named last
        self.resolver.recent_floor = min(self.units[k - 1].start if k > 0 else unit.start, unit.para_start)
        if unit.para_start == unit.start:
            self._speaker_label(k, unit)
        hits: list[Hit] = []
        toks: list = []
        cues = unit.cues
        if cues:
            toks = names.tokens_between(frame, unit.start, unit.end)
            for m in cues:
                hit = read_cue(m, frame, toks, unit.start, unit.end)
                if hit is not None:
                    hits.append(hit)
        credited = None
        if k and (cues or _CREDIT_NO_CUE.search(frame, unit.start, unit.end)) \
                and _CREDIT_GATE.search(frame, unit.start, unit.end):
            credited = self._credit(k, unit, toks or names.tokens_between(frame, unit.start, unit.end))
        if credited is not None:
            hits = [h for h in hits if not credited[0] <= h.start < credited[1]]
        last_who: Who | None = None
        for i, hit in enumerate(hits):
            who = self._speaker(hit, unit, toks, last_who, k)
            if who is None:
                continue
            if who.name and who.status == "ok":
                last_who = who
            self._claim(hit, hits[i + 1:], who, unit, k)
        self._unclaimed(k, unit, last_who)

    def _credit(self, k: int, unit: _Unit, toks) -> tuple[int, int] | None:
        """`The delegation is already in Istanbul. This was announced by Kremlin spokesman Dmitry
        Peskov.` / `Peskov said this at a briefing.`: outlets in Kyiv and Moscow state the words
        first and credit them in a sentence of their own. The sentence before is the speaker's
        (a quotation there with nobody named takes the speaker). Returns the cue's span, which
        then claims nothing in its own sentence."""
        frame = self.frame
        m = _THIS_WAS_BY.match(frame, unit.start, unit.end) or _WORDS_OF.match(frame, unit.start, unit.end)
        if m is not None:
            i = next((x for x, t in enumerate(toks) if t[1] >= m.end()), None)
            ph = names.phrase_after(toks, i, frame) if i is not None else None
            if ph is None and i is not None:
                ph = names.Phrase(toks[i][1], toks[i][2], toks[i][0])  # "by the country's leader, <name>"
            cue = (m.start(), m.end())
        else:
            m = _SAID_THIS.search(frame, unit.start, unit.end)
            if m is None:
                return None
            i = names.token_at(toks, m.start())
            ph = names.phrase_before(toks, i, frame) if i else None
            if ph is not None and frame[unit.start:ph.start].strip(" ,"):
                ph = None  # "..., and Peskov said this": the subject must open the sentence
            cue = (m.start(), m.end())
        if ph is None:
            return None
        who = self.resolver.resolve(ph, ph.start)
        if who.name is None and not ph.anonymous:
            # "by the head of the regional military administration, Ivan Fedorov, on Telegram"
            j = next((x for x, t in enumerate(toks) if t[1] >= ph.end), None)
            while j is not None and j < len(toks) - 2 and toks[j][0] not in {",", ".", ";"}:
                j += 1
            named = names.name_in_apposition(toks, j + 1, frame) if j is not None and toks[j][0] == "," else None
            if named:
                at = toks[j + 1][1]
                who = self.resolver.resolve(names.Phrase(at, at + len(named), named, name=named), at)
                ph = names.Phrase(ph.start, at + len(named), frame[ph.start:at + len(named)], role=ph.role, name=named)
        if who.name is None and who.status not in _ANONYMOUS:
            return None
        prev = self.units[k - 1]
        if unit.paragraph - prev.paragraph > 1:
            return None
        earlier = [q for q in self.quotes if prev.start <= q.char_start < prev.end]
        if earlier:
            for q in earlier:
                if who.name and (q.speaker is None or q.rule in _GUESSED):
                    q.speaker, q.speaker_text, q.speaker_kind = who.name, ph.text, who.kind
                    q.role, q.affiliation, q.rule = who.role, who.affiliation, "credited"
                if q.speaker == who.name:
                    self._from_unit(q, unit)  # "This was stated by the president in his evening address"
            if who.name:
                self.resolver.note(ph.start, who)
            return cue
        before = len(self.quotes)
        self._emit(prev.start, prev.end, None, who, None, unit, "credited")
        if len(self.quotes) > before:
            q = self.quotes[-1]
            q.speaker_text, q.cue = ph.text if who.name else None, frame[cue[0]:cue[1]].split()[-2 if m.re is _THIS_WAS_BY else 0].lower()
            if who.name:
                self.resolver.note(ph.start, who)
        return cue

    # "ZELENSKYY (UKRAINIAN): ...": a transcript notes the language spoken between name and colon
    _LABEL = re.compile(r"([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,4})(?:\s*\([^()\n]{1,30}\))?\s*:\s+(?=\S)")
    _ANSWER = re.compile(r"(?:A|Answer|ANSWER)\s*:\s+(?=\S)")
    _QUESTION_PARA = re.compile(r"(?m)^[ \t]*(?:Q|Question|QUESTION)\s*:")

    def _speaker_label(self, k: int, unit: _Unit) -> None:
        """Interview transcripts: `Sybiha: The only result is ...` is a direct quote of the paragraph."""
        if self.frame.find(":", unit.start, unit.end) < 0:
            return  # no label without its colon: spare the pattern's backtracking over capitals
        if self._answer(unit):
            return
        m = self._LABEL.match(self.frame, unit.start, unit.end)
        if not m:
            return
        toks = names.tokens_between(self.frame, m.start(1), m.end(1))
        ph = names.phrase_after(toks, 0, self.frame)
        if ph is None or ph.end != m.end(1):
            return
        who = self.resolver.resolve(ph, ph.start)
        if who.kind != "person" or not who.name or not self._named_person(ph, who, m.start(1)):
            return
        para = next(p for p in self.doc.paragraphs if p.index == unit.paragraph)
        hit = Hit(m.start(1), m.end(1), ":", "say", phrase=ph)
        self._emit(m.end(), para.end, "direct", who, hit, unit, "interview")

    def _named_person(self, ph: names.Phrase, who: Who, pos: int) -> bool:
        """A label is a speaker only when it reads as a person's name: a title ("Kharkiv Mayor Ihor
        Terekhov:"), a known person or first name, or someone the report named before. Page
        furniture in capitals ("Key Points:", "Fact Box:") is none of these."""
        if ph.role or who.gender or self.resolver.table.person(who.name):
            return True
        return any(m.who.name == who.name for m in self.resolver.mentions if m.pos < pos)

    def _answer(self, unit: _Unit) -> bool:
        """`Q: ... A: ...` transcripts: an answer is a direct quote of the person interviewed.

        The questions are the outlet's and are not logged. Who answers is named before the
        first question ("Foreign Minister Andrii Sybiha gave an interview ..."), and stays the
        same for every answer, whoever the answers themselves go on to name.
        """
        m = self._ANSWER.match(self.frame, unit.start, unit.end)
        if not m:
            return False
        if self.interviewee is None:
            q = self._QUESTION_PARA.search(self.frame, 0, unit.start)
            self.interviewee = self._last_person_before(q.start()) if q else Who(None, status="unresolved")
        who = self.interviewee
        if not who.name:
            return True
        para = next(p for p in self.doc.paragraphs if p.index == unit.paragraph)
        hit = Hit(m.start(), m.end(), ":", "say")
        self._emit(m.end(), para.end, "direct", who, hit, unit, "interview")
        return True

    def _last_person_before(self, pos: int) -> Who:
        """The interviewee: the latest person a sentence before `pos` is about, else the latest named."""
        named = [m for m in self.resolver.mentions if m.pos < pos and m.who.kind == "person" and m.who.name]
        for m in reversed(named):
            if m.subject:
                return m.who
        return named[-1].who if named else Who(None, status="unresolved")

    # ---------------------------------------------------------------- speakers
    def _speaker(self, hit: Hit, unit: _Unit, toks, last_who: Who | None, k: int) -> Who | None:
        if hit.speaker_side == "participle":
            if last_who is not None:
                return last_who
            return self._subject(unit, toks, hit.start)
        if hit.speaker_side == "coordinated":
            return last_who or self._subject(unit, toks, hit.start)
        ph = hit.phrase
        if ph is None:
            return None
        who = self.resolver.resolve(ph, ph.start)
        if who.status == "outlet":
            cited = self._cited(hit, unit, toks)
            if cited is not None:
                return cited
        if ph.pronoun and who.name is None and who.status == "unresolved" or ph.pronoun:
            named = self._name_in_next_unit(k)
            if named is not None:
                return named
        if who.name is None and who.status == "unresolved" and k <= 2 and ph.role and not ph.name \
                and DEFINITE_TITLE.match(ph.text):
            named = self.resolver.named_next_paragraph(self.units, unit, ph)
            if named is not None:
                return named
        return who

    _CITING = re.compile(r"\s*,?\s*(?:citing|quoting)\s+")
    _CITING_TAIL = re.compile(r",\s*(?:citing|quoting)\s+")

    def _cited(self, hit: Hit, unit: _Unit, toks) -> Who | None:
        """`…, Bloomberg reported, citing people familiar with the matter`: the outlet relays, the
        source it cites is the speaker (an unnamed one names nobody). The source may also close
        the sentence: `The Kyiv Independent reported that ..., citing the city administration`."""
        end = hit.end if hit.speaker_side != "right" or hit.phrase is None else max(hit.end, hit.phrase.end)
        m = self._CITING.match(self.frame, end, unit.end)
        if not m and self.frame.find("citing", end, unit.end) >= 0:
            m = self._CITING_TAIL.search(self.frame, end, unit.end)
        if not m:
            return None
        i = next((x for x, t in enumerate(toks) if t[1] >= m.end()), None)
        if i is None:
            return None
        ph = names.phrase_after(toks, i, self.frame)
        if ph is None:
            return Who(None, status="generic")  # a source we cannot name: the outlet still only relays
        who = self.resolver.resolve(ph, ph.start)
        return who if who.name or who.status == "generic" else Who(None, status="generic")

    def _subject(self, unit: _Unit, toks, before: int) -> Who:
        """The grammatical subject of a sentence, for participles and "…and said that".

        `European leaders rejected a provision that would cap Ukraine's army, saying …`: the
        speaker is the main clause's subject, so only the words before its verb are read (a
        fronted phrase such as "On Monday," is skipped), never a noun later in the clause.
        """
        i, n = 0, len(toks)
        if n and toks[0][0].lower() in _FRONTED:
            j = next((x for x in range(min(n, 12)) if toks[x][0] == ","), None)
            if j is not None:
                i = j + 1
        if i < n and toks[i][0].lower() in names.PRONOUNS and toks[i][1] < before:
            return self.resolver.resolve(names.Phrase(toks[i][1], toks[i][2], toks[i][0], pronoun=toks[i][0].lower()),
                                         toks[i][1])
        k = i
        while k < n and toks[k][1] < before:
            tok = toks[k][0]
            low = tok.lower()
            if tok[:1].isupper() or tok[:1] == "#" or low in names.DETERMINERS or low in names.ROLE_WORDS \
                    or low in names.GENERIC_NOUNS or low in names.ANON_HEADS or low in names.CONNECTORS \
                    or low in names.COUNTRY_POSSESSIVE or tok in {"'s", "’s", "-"} or low in _SUBJECT_ADJ:
                k += 1
                continue
            break
        if k > i:
            lo, hi = toks[i][1], toks[k - 1][2]
            for m in self.resolver.mentions:
                if lo <= m.pos < hi:
                    return m.who
            ph = names.phrase_before(toks, k, self.frame)
            if ph is not None and ph.start >= lo:
                who = self.resolver.resolve(ph, ph.start)
                if who.name or who.status in {"generic", "outlet", "self", "place"}:
                    return who
        # a title with words this walk does not know ("armed forces minister Luke Pollard"): the
        # person named first in the sentence, when flagged as its subject
        lo = toks[i][1] if i < n else unit.start
        for m in self.resolver.mentions:
            if lo <= m.pos < before and m.subject:
                return m.who
            if m.pos >= before:
                break
        return Who(None, status="unresolved")

    def _name_in_next_unit(self, k: int) -> Who | None:
        """`"…," he said. Dmitry Peskov, Kremlin spokesman.`: a bare name line names the speaker."""
        if k + 1 >= len(self.units):
            return None
        nxt = self.units[k + 1]
        seg = self.frame[nxt.start:nxt.end]
        if len(seg) > 160 or verbs.find_cues(seg, 0, len(seg)) or _FINITE_VERB.search(seg):
            return None
        toks = names.tokens(seg, nxt.start)
        ph = names.phrase_after(toks, 0, self.frame)
        if ph is None or not ph.name:
            return None
        who = self.resolver.resolve(ph, ph.start)
        return who if who.name and who.kind == "person" else None

    # ---------------------------------------------------------------- content
    def _claim(self, hit: Hit, later: list[Hit], who: Who, unit: _Unit, k: int) -> None:
        if who.status == "outlet" and hit.lemma not in {"quote", "cite"}:
            return
        inside = self._inside_claimed(hit.start)
        if hit.layout == "fragment":
            span = self.by_open.get(hit.fragment_quote)
            if span is not None and span.open not in self.own_spans:
                self._emit(span.start, span.end, "direct", who, hit, unit, "fragment", spans=[span])
            return
        if inside:
            return
        left = right = None
        if hit.layout in ("that", "colon", "quote", "bare", "according") and hit.content_start is not None:
            right = (hit.content_start, self._right_end(hit, later, unit))
        if hit.layout in ("closed", "quote") or hit.inverted:
            left = self._left_content(hit, unit)
            if hit.layout == "closed" and hit.content_start is not None and left is not None:
                # parenthetical "Meanwhile, he added, the army ...": the words are on the right
                if self._close_before(hit.claim_start) is None \
                        and len(_WORDS_OR_MASK.findall(self.frame, left[0], left[1])) <= 2 and left[1] - left[0] < 30:
                    left = None
                    right = (hit.content_start, self._right_end(hit, later, unit))
        if hit.layout == "quote" and left is not None:
            lspan = self.by_close.get(self._close_before(left[1]))
            if lspan is None or lspan.open in self.done_spans:
                left = None
        if left and right:
            self._emit(left[0], right[1], None, who, hit, unit, "split", split=(left, right))
        elif right:
            first = self._quote_then_and_that(*right)
            if first is not None:
                self._emit(right[0], first[0], None, who, hit, unit, hit.layout)
                self._emit(first[1], right[1], None, who, hit, unit, hit.layout)
            else:
                self._emit(right[0], right[1], None, who, hit, unit, hit.layout)
        elif left:
            self._emit(left[0], left[1], None, who, hit, unit, "inverted" if hit.inverted else "after")
        if hit.layout == "closed" and right is None and hit.speaker_side == "left" and who.name \
                and (left is None or len(_WORDS.findall(self.frame, left[0], left[1])) <= 3
                     and self._close_before(hit.claim_start) is None):
            self.announced = (k, who, hit)
        elif hit.layout == "colon" and right is not None and who.name and not self.frame[right[0]:right[1]].strip():
            self.announced = (k, who, hit)  # "Gladkov wrote on Telegram:" and the post in the next paragraph

    _AND_THAT = re.compile(r'\s*"?\s*,?\s+and\s+that\s+')

    def _quote_then_and_that(self, a: int, b: int) -> tuple[int, int] | None:
        """`said that "Q" and that Y`: a quotation and a second statement, logged apart."""
        span = self.by_open.get(a)
        if span is None or span.close is None:
            return None
        m = self._AND_THAT.match(self.frame, span.close + 1, b)
        return (span.close + 1, m.end()) if m else None

    def _inside_claimed(self, pos: int) -> bool:
        return self.claimed.covers(pos)

    def _mostly_claimed(self, a: int, b: int) -> bool:
        """More than half of a..b lies in one quote already emitted."""
        return self.claimed.mostly(a, b)

    def _right_end(self, hit: Hit, later: list[Hit], unit: _Unit) -> int:
        end = unit.end
        start = hit.content_start or hit.end
        span = self.by_open.get(start)
        if span is not None and span.end > end:
            return (span.close or span.end) + (1 if span.close is not None else 0)
        for h in later:
            if h.claim_start <= start:
                continue
            bounding = (h.speaker_side in ("participle", "coordinated") or h.layout == "closed" or h.inverted
                        or (h.lemma == "according to" and h.comma_before))
            linked = h.phrase is not None and _LINKED.search(self.frame, max(start, h.claim_start - 12), h.claim_start)
            if bounding or linked:  # linked: "..., while the Kremlin said ...": another speaker's statement
                end = min(end, linked.start() if linked else h.claim_start)
                break
        if self.frame.find("citing", start, end) >= 0:
            tail = self._CITING_TAIL.search(self.frame, start, end)
            if tail:
                end = tail.start()  # ", citing the city administration": the relay's source, not the words
        return end

    def _left_content(self, hit: Hit, unit: _Unit) -> tuple[int, int] | None:
        end = hit.claim_start
        # `"…," he said`: the quote that closes just before the speaker
        close = self._close_before(end)
        if close is not None:
            span = self.by_close[close]
            if span.open in self.done_spans:
                return None
            return (span.open, close + 1)
        start = max(unit.start, self.claimed.last_end(unit.start, end) or unit.start)
        if end - start < 3:
            return None
        return (start, end)

    def _close_before(self, pos: int) -> int | None:
        j = pos - 1
        while j >= 0 and self.frame[j] in " ,\t":
            j -= 1
        if j >= 0 and j in self.by_close:
            return j
        return None

    # ---------------------------------------------------------------- output
    def _emit(self, a: int, b: int, kind: str | None, who: Who, hit: Hit | None, unit: _Unit, rule: str,
              spans: list[Span] | None = None, split: tuple | None = None) -> None:
        a, b = self._trim(a, b)
        if b <= a or rule != "fragment" and self._mostly_claimed(a, b):
            return  # these words are already someone's quote
        covered = spans or self._covered(a, b)
        if split:
            parts = [self._trim(*split[0]), self._trim(*split[1])]
            texts = [self._unquote(*p) for p in parts]
            text = " ".join(t for t in texts if t)
            kind = "direct"
            inner = [s for s in covered if s.start >= a]
            if inner:
                a, b = inner[0].start, inner[-1].end
        else:
            text, pure = self._text(a, b, covered)
            if kind is None:
                quoted = sum(s.end - s.start for s in covered)
                kind = "direct" if pure or (self.frame[a] == '"' and quoted * 2 >= (b - a)) or quoted * 2 > (b - a) \
                    else "indirect"
            if pure:
                s = covered[0]
                a, b = s.start, s.end
                self.own_spans.add(s.open)
        if kind == "indirect" and who.name is None and who.status not in _ANONYMOUS:
            return
        if kind == "indirect" and len(text.split()) < 3:
            return
        if kind == "direct" and who.status == "outlet":
            who = Who(None, status="outlet")
        lo, hi = a, b  # the claim reaches over the marks of every quotation it covers
        for s in covered:
            self.done_spans.add(s.open)
            if s.open < lo:
                lo = s.open
            if (s.close or s.end) + 1 > hi:
                hi = (s.close or s.end) + 1
        self.claimed.append((lo, hi))
        if who.name is None and who.status in _NOT_SPEAKERS:
            return
        ctx = self._attribution(unit, a, b)
        medium, via = self._media(unit)
        date, date_text = date_of(ctx, self.doc.published)
        speaker = who.name if who.status == "ok" or who.name else None
        ph = hit.phrase if hit else None
        if date is None and date_text is None and ph is not None and ph.pronoun and speaker:
            date, date_text = self._date_before(unit, speaker)
        if medium is None and self.last is not None and speaker:
            # "Gladkov wrote on Telegram that ... '...,' he added": the same post goes on
            prev, prev_who, prev_para = self.last
            if prev_who.name == speaker and unit.paragraph - prev_para <= 1 and (
                    ph is None or ph.pronoun or hit is not None and hit.lemma in _WRITTEN):
                medium = prev.medium  # "Fedorov said on Telegram ... '...,' Fedorov wrote": the post goes on
        q = Quote(
            text=text, kind=kind, char_start=a, char_end=b, speaker=speaker,
            speaker_text=(ph.text if ph else None) if speaker or ph else None,
            speaker_kind=who.kind if speaker else None,
            role=(who.role if speaker else None), affiliation=(who.affiliation if speaker else None),
            cue=hit.form.lower() if hit else None, medium=medium, via=via, date=date, date_text=date_text,
            sentence=self.text[unit.start:unit.end], rule=rule,
        )
        self.quotes.append(q)
        self.tail = (q, unit.start, rule)
        if speaker:
            self.resolver.note(hit.start if hit else a, who)
            self.last = (q, who, unit.paragraph)

    def _covered(self, a: int, b: int) -> list[Span]:
        """The quotations that lie inside a..b (spans are sorted by opening mark)."""
        out = []
        spans = self.spans
        for i in range(bisect.bisect_left(self.span_opens, a), len(spans)):
            s = spans[i]
            if s.open > b:
                break
            if _stop(s) <= b + 1:
                out.append(s)
        return out

    def _date_before(self, unit: _Unit, speaker: str) -> tuple[str | None, str | None]:
        """`Zakharova on Friday dismissed the criticism. She said ...`: the day named just before."""
        k = next((i for i, u in enumerate(self.units) if u.start == unit.start), 0)
        if k == 0 or self.units[k - 1].paragraph != unit.paragraph:
            return None, None
        prev = self.units[k - 1]
        if not any(prev.start <= m.pos < prev.end and m.who.name == speaker for m in self.resolver.mentions):
            return None, None
        seg = self.frame[prev.start:prev.end]
        return date_of(seg, self.doc.published)

    def _media(self, unit: _Unit) -> tuple[str | None, str | None]:
        got = self.media_cache.get(unit.start)
        if got is None:
            seg = self.frame[unit.start:unit.end]
            got = self.media_cache[unit.start] = media_of(seg)
        return got

    def _trim(self, a: int, b: int) -> tuple[int, int]:
        t = self.frame
        a, b = max(0, a), min(len(t), b)
        while a < b and t[a] in " \t\n,;:—–-":
            a += 1
        while b > a and t[b - 1] in " \t\n,;:—–-.":
            b -= 1
        return a, b

    def _unquote(self, a: int, b: int) -> str:
        s = self.text[a:b].strip()
        s = _OUTER_MARKS.sub("", self.doc.norm[a:b].strip() and s)
        return s.strip(" ,")

    def _text(self, a: int, b: int, covered: list[Span]) -> tuple[str, bool]:
        """The words said; True when they are exactly one quotation."""
        if len(covered) == 1:
            s = covered[0]
            if s.open <= a + 1 and (s.close or s.end) >= b - 1:
                return self.text[s.start:s.end].strip().rstrip(","), True
        return self.text[a:b].strip(), False

    def _attribution(self, unit: _Unit, a: int, b: int) -> str:
        return self.frame[unit.start:max(unit.start, a)] + " " + self.frame[min(unit.end, b):unit.end]

    # ---------------------------------------------------------------- quotes no cue claimed
    def _unclaimed(self, k: int, unit: _Unit, last_who: Who | None) -> None:
        for span in self._spans_ending_in(unit):
            # a quote is judged in the sentence where it ends: a multi-paragraph quote's cue comes last
            if span.end <= unit.start or span.end > unit.end or span.open in self.done_spans:
                continue
            if self._inside_claimed(span.open):
                continue
            if self._continue_split(span, unit, k):
                continue
            if self._announced_quote(span, unit, k):
                continue
            words = self.text[span.start:span.end].split()
            if len(words) <= 3 or not any(w[:1].islower() for w in words):
                continue  # scare quote or a title
            before = self.frame[unit.start:span.open] if span.open >= unit.start else ""
            if len(words) < 8 and _LOWER.search(before):
                continue  # a short phrase quoted inside the reporter's sentence, attributed to nobody
            outside = before + self.frame[(span.close or span.end) + 1:unit.end]
            who = None
            rule = "unattributed"
            if len(_WORDS.findall(outside)) <= 1:
                who = self._floating(span, unit)
                rule = "floating" if who else rule
            if who is None:
                who = self._dash_name(span, unit)
                rule = "dash" if who else rule
            if who is None and last_who is not None:
                who, rule = last_who, "same-sentence"
            if who is None:
                named = self._name_in_next_unit(k)
                if named is not None:
                    who, rule = named, "name-after"
            if who is None:
                who, rule = self.resolver.uncredited(unit.para_start, span.open, len(_WORDS.findall(outside)) <= 1, rule)
            hit = None
            if who is None and span.close is not None:
                got = self._attribution_after(span, k)
                if got is not None:
                    (who, hit), rule = got, "after"
            before = len(self.quotes)
            self._emit(span.open, _stop(span), "direct", who or Who(None, status="unresolved"),
                       hit, unit, rule, spans=[span])
            if hit is not None and len(self.quotes) > before:
                self._from_unit(self.quotes[-1], self.units[k + 1])

    def _attribution_after(self, span: Span, k: int) -> tuple[Who, Hit] | None:
        """`"Explosions in the capital. Stay in shelters!" Klitschko posted.`: a quotation that
        ends its own sentence, and a next sentence that is only its attribution (speaker and
        cue, nothing said) in the same paragraph. The words are that speaker's."""
        if k + 1 >= len(self.units):
            return None
        nxt = self.units[k + 1]
        if nxt.paragraph != self.units[k].paragraph or not nxt.cues or nxt.end - nxt.start > 160 \
                or self.frame[span.close + 1:nxt.start].strip():
            return None
        toks = names.tokens_between(self.frame, nxt.start, nxt.end)
        hit = read_cue(nxt.cues[0], self.frame, toks, nxt.start, nxt.end)
        if hit is None or hit.layout != "closed" or hit.speaker_side != "left" or hit.phrase is None \
                or hit.phrase.start > nxt.start + 1 or self.frame[nxt.start:hit.claim_start].strip():
            return None
        who = self.resolver.resolve(hit.phrase, hit.phrase.start)
        return (who, hit) if who.name else None

    def _announced_quote(self, span: Span, unit: _Unit, k: int) -> bool:
        """`Governor Oleh Syniehubov wrote on Telegram. "The enemy struck ..."`: a sentence that
        names a speaker and a cue and says nothing announces the quotation that opens the next
        sentence, as a colon would (translated posts often end the announcement with a full stop,
        or with a colon and the post set as its own paragraph)."""
        if self.announced is None:
            return False
        # a quotation over several paragraphs is judged where it ends: the announcement precedes its start
        opened = bisect.bisect_right(self.unit_starts, span.open) - 1
        if self.announced[0] != opened - 1 or span.open != self.units[opened].start:
            return False
        _, who, hit = self.announced
        if len(_WORDS.findall(self.frame, _stop(span), unit.end)) > 0:
            return False  # the reporter goes on in this sentence: the quote is his to attribute
        prev = self.units[opened - 1]
        before = len(self.quotes)
        self._emit(span.open, _stop(span), "direct", who, hit, unit, "announced", spans=[span])
        if len(self.quotes) > before:
            self._from_unit(self.quotes[-1], prev)
        return True

    def _from_unit(self, got: Quote, attribution: _Unit) -> None:
        """A quote attributed by a sentence of its own takes that sentence's medium, relay and day."""
        medium, via = self._media(attribution)
        got.medium, got.via = got.medium or medium, got.via or via
        if got.date is None and got.date_text is None:
            got.date, got.date_text = date_of(self.frame[attribution.start:attribution.end], self.doc.published)

    def _continue_split(self, span: Span, unit: _Unit, k: int) -> bool:
        """`"This is an attempt to X," the governor wrote. "It will not work."`: one quote split by
        its attribution across a sentence break. The second part opens the next sentence of the
        same paragraph, fills it, and nobody new is named: it joins the first part."""
        if k == 0 or self.tail is None or span.open != unit.start or span.paragraph != span.last_paragraph:
            return False
        prev = self.units[k - 1]
        q, q_unit, rule = self.tail
        if q_unit != prev.start or prev.paragraph != unit.paragraph or q.kind != "direct" \
                or rule not in ("after", "inverted", "split"):
            return False
        if any(s.open > q.char_end and s.open < prev.end for s in self._spans_ending_in(prev)):
            return False  # another quotation after the attribution
        stop = _stop(span)
        if len(_WORDS.findall(self.frame, stop, unit.end)) > 0:
            return False  # the reporter goes on in this sentence: not a bare continuation
        if not JOIN_SPLIT_ACROSS_SENTENCES:
            who = Who(q.speaker, q.speaker_kind, q.role, q.affiliation, status="ok" if q.speaker else "unresolved")
            before = len(self.quotes)
            self._emit(span.open, stop, "direct", who, None, unit, "continued", spans=[span])
            if len(self.quotes) > before:
                got = self.quotes[-1]
                got.medium, got.via = got.medium or q.medium, got.via or q.via
                if got.date is None and got.date_text is None:
                    got.date, got.date_text = q.date, q.date_text
                got.speaker_text, got.cue = q.speaker_text, q.cue
            return True
        q.text = q.text + " " + self.text[span.start:span.end].strip()
        q.char_end = span.end
        q.rule = "split"
        self.done_spans.add(span.open)
        self.claimed.append((span.open, stop))
        self.tail = (q, unit.start, "split")
        return True

    _DASH = re.compile(r"\s*[—–-]{1,2}\s*")

    def _dash_name(self, span: Span, unit: _Unit) -> Who | None:
        """`"We will not give up." — Volodymyr Zelensky`: a name after a dash signs the quote."""
        m = self._DASH.match(self.frame, _stop(span), unit.end)
        if not m:
            return None
        toks = names.tokens_between(self.frame, m.end(), unit.end)
        ph = names.phrase_after(toks, 0, self.frame)
        if ph is None or not ph.name or len(self.frame[ph.end:unit.end].strip(" .,")) > 80:
            return None
        who = self.resolver.resolve(ph, ph.start)
        return who if who.name else None

    def _spans_ending_in(self, unit: _Unit) -> list[Span]:
        lo = bisect.bisect_left(self.span_ends, unit.start + 1)
        hi = bisect.bisect_right(self.span_ends, unit.end)
        return self.spans_by_end[lo:hi]

    def _floating(self, span: Span, unit: _Unit) -> Who | None:
        """A paragraph that is all quote continues the previous speaker, if nobody was named since."""
        if self.last is None:
            return None
        prev, who, para = self.last
        if span.paragraph - para > 1:
            return None
        for m in self.resolver.mentions:
            if prev.char_end < m.pos < span.open and m.who.name != who.name:
                return None
        return who


def _stop(s: Span) -> int:
    """One past the closing mark, or the end of an unclosed quote."""
    return s.close + 1 if s.close is not None else s.end

