"""One report being read for acts, and the act as found before merging.

`Report` caches what several rules ask of the same sentence (party mentions,
date expressions, the cues that pick rules), so that no sentence is scanned
twice; `Act` is an act with everything its clause told, before repeated
mentions are merged into one record.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass

from ..dates import DateSpan, find_date_spans, looks_ahead, resolve
from ..document import Document, Sentence
from .cues import ci, cues_in, lowered
from .kinds import PREFILTER, Rule, rules_for
from .parties import Mention, governed, scan
from .venues import find_venues


@dataclass
class Act:
    kind: str
    rule: Rule
    sentence: Sentence
    index: int  # sentence index in the document
    clause: tuple[int, int]
    trigger: tuple[int, int]
    parties: list[str]
    venue: str | None
    venue_country: str | None
    venue_within: str
    topic: str | None
    date: str | None
    date_text: str | None
    about_talks: bool
    no_merge: bool
    anaphoric: bool
    definite_talks: bool
    trigger_text: str
    clause_text: str = ""
    setting: bool = False  # "at the summit", "during his talks with": merge-only
    habitual: bool = False
    distinct: bool = False  # "the previous meeting in Copenhagen": not the meeting "the meeting" means
    assumed: str | None = None  # the counterpart supplied by default, not named
    last: int = -1  # the sentence of the latest mention merged into this act ("the two sides agreed" points there)

    @property
    def actor(self) -> str | None:
        return self.parties[0] if self.parties else None


# Every expression `dates.find_date_spans` reads holds one of these (months, weekdays, "week",
# "overnight", "late 2024", an ISO date...); a bare number ("killing 36 people") does not.
_DATE_CUE = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may\s+\d+|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?may|june?|july?|"
    r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|weeks?|weekends?|months?|years?|days?|hours|overnight|night|tonight|"
    r"morning|afternoon|evening|today|yesterday|easter|christmas|new\s+year|(?:early|mid|late)[- ]\d{4}|\d{4}-\d\d-\d\d)\b")


class Report:
    """One report being read: its texts and what has been computed on them, so no
    sentence is tokenised or date-scanned twice (pronouns and context dates look back)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.norm = doc.norm
        self.low = lowered(self.norm)
        self.sentences = doc.sentences
        self.published = doc.published
        self._starts = [s.start for s in self.sentences]
        self._raw: dict[int, list[tuple[int, int, str]]] = {}
        self._mentions: dict[tuple[int, int], list[Mention]] = {}
        self._spans: dict[int, list[DateSpan]] = {}
        self.cues: list[tuple[int, str]] = []  # PREFILTER matches: (offset, words)

    def candidates(self) -> list[int]:
        """Indexes of the sentences that hold a cue of some act rule (one regex over the report)."""
        picked: list[int] = []
        self.cues = cues_in(PREFILTER, self.low)
        for at, _ in self.cues:
            i = bisect_right(self._starts, at) - 1
            if i >= 0 and at < self.sentences[i].end and (not picked or picked[-1] != i):
                picked.append(i)
        return picked

    def rules(self, start: int, end: int) -> list[Rule]:
        """The act rules worth running on `norm[start:end]`: those whose cues occur there."""
        cues = self.cues
        lo = bisect_right(cues, (start, ""))
        hi = bisect_right(cues, (end, ""), lo)
        if lo == hi:
            return []
        return rules_for([cues[k][1] for k in range(lo, hi)], self.low[start:end])

    def mentions(self, start: int, end: int) -> list[Mention]:
        """Party mentions in `norm[start:end]` (within one sentence); the sentence is scanned once."""
        key = (start, end)
        got = self._mentions.get(key)
        if got is None:
            raw = self._scanned(bisect_right(self._starts, start) - 1)
            got = [Mention(s, e, party, governed(self.norm, start, s) or owner(self.norm, start, s, e))
                   for s, e, party in raw if start <= s and e <= end]
            for k in range(1, len(got)):
                prev, m = got[k - 1], got[k]
                gap = _LISTED.fullmatch(self.norm, prev.end, m.start)
                if gap and "and" not in gap.group() and not _LIST_GOES_ON.match(self.norm, m.end):
                    gap = None  # "At his meeting with Gulf rulers, Putin said": a comma ends the phrase
                if prev.governed and not m.governed and gap:
                    # "notified the UN, Turkey and Ukraine": the rest of a list governed as its first
                    got[k] = Mention(m.start, m.end, m.party, True)
            self._mentions[key] = got
        return got

    def _scanned(self, i: int) -> list[tuple[int, int, str]]:
        """(start, end, party) of every mention in sentence `i`, scanned once."""
        raw = self._raw.get(i)
        if raw is None:
            sent = self.sentences[i]
            raw = scan(self.norm, sent.start, sent.end)
            if "host" in self.low[sent.start:sent.end]:
                raw = self._with_host(i, raw)
            self._raw[i] = raw
        return raw

    def _with_host(self, i: int, raw: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """`the host country said it was ready to hold more rounds`: the state of the venue the
        report named last (this sentence or the five before it) is the party."""
        sent = self.sentences[i]
        hosts = list(_HOST_WORDS.finditer(self.low, sent.start, sent.end))
        if not hosts:
            return raw
        country = None
        for k in range(i, max(-1, i - 6), -1):
            s = self.sentences[k]
            found = [v for v in find_venues(self.norm, s.start, min(s.end, hosts[0].start()) if k == i else s.end)
                     if v.country and not v.speech]
            if found:
                country = found[-1].country
                break
        if country is None:
            return raw
        return sorted(raw + [(m.start(), m.end(), country) for m in hosts])

    def parties_named(self, i: int) -> set[str]:
        """The parties sentence `i` names (without working out which of them are governed)."""
        return {party for _, _, party in self._scanned(i)}

    def spans(self, start: int, end: int) -> list[DateSpan]:
        """Date expressions in `norm[start:end]` (within one sentence), offsets from `start`;
        each sentence is scanned once."""
        whole = self.sentence_spans(bisect_right(self._starts, start) - 1)
        if not whole:
            return []
        return [DateSpan(d.start - start, d.end - start, d.text, d.kind) for d in whole if start <= d.start and d.end <= end]

    def sentence_spans(self, i: int) -> list[DateSpan]:
        """Date expressions in sentence `i`, offsets into the report."""
        whole = self._spans.get(i)
        if whole is None:
            sent = self.sentences[i]
            # Spans first: they are cached across the families and usually none, and then the
            # cue scan, which only ever drops them, need not run.
            found = find_date_spans(self.norm[sent.start:sent.end])
            if found and not _DATE_CUE.search(self.low, sent.start, sent.end):
                found = []
            whole = self._spans[i] = [DateSpan(sent.start + d.start, sent.start + d.end, d.text, d.kind) for d in found]
        return whole

    def date_of(self, start: int, end: int, past: bool = False, tense_from: int | None = None) -> tuple[str | None, str | None]:
        """`dates.date_of` over `norm[start:end]`, with the spans cached. `past`: the act's verb is
        past ("met", "talked"), so its day is behind the report whatever else the sentence plans.
        A day said of the saying ("Lavrov said on Thursday") is behind it too. `tense_from`: where
        the words that tell whether the act lies ahead begin ("will hold talks in Geneva on Sunday")."""
        spans = self.spans(start, end)
        if not spans:
            return None, None
        ahead = not past and looks_ahead_noun(self.norm[start if tense_from is None else tense_from:end])
        vague = None
        head = start if tense_from is None else tense_from
        for span in spans:
            if _DEADLINE.search(self.low, max(0, start + span.start - 12), start + span.start):
                continue  # "giving Kyiv until Thursday to agree": a deadline, not the day of the act
            said = ahead and _SAID_ON.search(self.low, max(0, start + span.start - 40), start + span.start)
            # "was outlined at a meeting on Friday, he said when asked whether Russia would attend": the
            # future that comes after a day does not move it ahead, unless the day is fronted ("On Friday, ...").
            later = ahead and start + span.start - head > 15 and not looks_ahead_noun(self.norm[head:start + span.end])
            day = resolve(span, self.published, ahead and not said and not later)
            if day is not None:
                return _this_year(day, self.published).isoformat(), span.text
            vague = vague or span.text
        return None, vague


_DEADLINE = ci(r"\b(?:until|till|deadline\s+of)\s+$")
_LIST_GOES_ON = re.compile(r"\s*(?:,|and\b)")
_LISTED = re.compile(r"(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)(?:the\s+)?")


def _this_year(day: dt.date, published: dt.date | None) -> dt.date:
    """A month and day read as last year's that fall in the weeks after the report are this year's: "the
    meeting in Jeddah on August 5" in a report of August 2 is three days ahead, not a year back."""
    if published is None or (published - day).days < 300:
        return day
    try:
        ahead = day.replace(year=published.year)
    except ValueError:  # 29 February
        return day
    return ahead if 0 < (ahead - published).days <= 45 else day


# "the Russian demands", "Washington's plan": a side named as the owner of the thing acted on, not the actor.
_OWNED = re.compile(r"(?:'s?|-(?:drafted|backed|brokered|proposed|led|authored|sponsored))?\s+(?:[\w-]+\s+)?(?:demands?|plan|proposals?|offer|conditions|terms|idea|initiative|position|"
                    r"draft|counter-?proposals?|memorandum|framework|ultimatum|formula|resolution)\b", re.I)


_DETERMINER = re.compile(r"\b(?:the|a|an|this|that)\s+$", re.I)


# The host as a party: "the host country", "the hosts", "the host government".
_HOST_WORDS = re.compile(r"\b(?:the|our|their|its)\s+hosts?(?:\s+(?:country|nation|government|state))?\b(?!\s+(?:city|town))")


def owner(norm: str, start: int, at: int, end: int) -> bool:
    """Whether the mention `norm[at:end]` qualifies an object noun ("the U.S. plan", "Moscow's terms")."""
    m = _OWNED.match(norm, end)
    if m is None:
        return False
    return norm.startswith("'", end) or bool(_DETERMINER.search(norm, max(start, at - 6), at))


def looks_ahead_noun(text: str) -> bool:
    """`dates.looks_ahead`, except that "a Washington-drafted plan to end the war" is a noun, not a plan ahead."""
    return looks_ahead(text) and looks_ahead(_NEXT_STEPS.sub(" ", _NOUN_PLAN.sub(" ", text)))


_NEXT_STEPS = re.compile(r"\bnext\s+(?:steps?|stages?|phase)\b", re.I)


_NOUN_PLAN = re.compile(r"\b(?:a|an|the|its|their|his|her|this|[\w-]+-drafted|[\w-]+-point|peace)\s+(?:[\w-]+\s+)?plans?\s+to\b", re.I)


_SAID_ON = ci(r"\b(?:said|told\s+(?:[\w.'-]+\s+){1,3}?|wrote|announced|stated|added|posted)\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?$")
