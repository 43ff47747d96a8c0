"""From sentences to negotiation records: clauses, and the acts and parties in each.

A sentence can hold more than one act ("...will join talks in Geneva on
Friday, after sitting down in Rome days earlier"), so we cut it
into clauses at connectives and look for acts clause by clause. The day of an
act is `dating`'s, the merging of one act told twice `merging`'s; the report
being read and the act found are in `report`.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..document import Document, Sentence
from ..records import Evidence, Negotiation
from . import topics
from .cameo import cameo_code
from .cues import GatedWords, ci, holds_any
from .dating import AFTER_FRAME, act_date, date_after, stance_day
from .kinds import ABOUT_TALKS, OFF_TOPIC, Rule, find_triggers
from .lookalikes import is_lookalike
from .merging import merge
from .owned import owned_proposals
from .parties import Mention
from .report import Act, Report, owner
from .sides import sides_from_context, two_sides
from .summits import summit_host
from .successive import split_successive
from .venues import Venue, find_venues

_CLAUSE_BREAK = re.compile(
    r"(?=[\s;,\u2013\u2014-])(?:\s*;\s*|,\s+and\s+|\s+-\s+|\s*--\s+|\s*[—–]\s*|,\s+(?=(?:but(?!,?\s+(?:first|only\s+if)\b)|while|whereas|although|though|after|following|as\s+well\s+as|when)\b)|"
    r",\s+(?=(?:a|one|two|three|four|five|six|the)\s+days?\s+(?:after|before)\b)|"
    r"\s+(?=after\s+(?:visiting|meeting|holding|talking|speaking)\b)|"
    r"\s+(?=(?:but(?!,?\s+(?:first|only\s+if)\b)|whereas|following|as\s+well\s+as)\s)|\s+(?=after\s+(?:the\s+|a\s+|an\s+)?[\w-]+\s+(?:talks|negotiations|meeting)\b))"
)
# Every clause break holds one of these (`_CLAUSE_BREAK`).
_BREAK_CUE = re.compile(r"[;,\u2013\u2014]|-(?:-|\s)|\s(?:but|whereas|following|as|after)\s")
_POSSESSIVE = ci(r"\b(his|her|their)\s+(?:[\w-]+\s+)?$")
_PRONOUN_SUBJECT = ci(r"\b(he|she|they|we|it|i)\b(?:\s+\w+){0,3}\s*$")
_NEGATION = ci(r"\b(?:not|never|no|cannot|can't|won't|n't|nor)\s+(?:\w+\s+){0,2}$")
_FRAME = ci(
    r"\b(?:during|at|on\s+the\s+sidelines\s+of|ahead\s+of|before|on\s+the\s+eve\s+of|hours\s+before|days\s+before|"
    r"since|after|following|of|on|about|from)\s+(?:(?:his|her|its|their|the|a|an|this|that|these|those|both)\s+)?"
    r"(?:[\w'-]+\s+){0,4}$",
)
_DEFINITE = ci(r"\b(?:the|these|those|both|this|that|its|their|(?:mon|tues|wednes|thurs|fri|satur|sun|to|yester)day's)\s+"
               r"(?:[\w'-]+\s+){0,3}$")
_BACKGROUND = ci(
    r"\b(?:there\s+(?:have|has|had)\s+been\s+no|there\s+(?:are|were|is|was)\s+no|no\s+(?:direct\s+)?(?:talks|negotiations|contacts)\b|"
    r"(?:have|has|had)\s+not\s+(?:held|met|negotiated)|never\s+(?:held|met)|torpedo|derail|undermine|jeopardi[sz]e|"
    r"blow\s+up|take\s+a\s+pass|nobody|no\s+one\s+has|no\s+date|on\s+(?:pause|hold|ice)|stalled|frozen|deadlocked|"
    r"pull\s+out\s+of\s+(?:the\s+)?(?:peace\s+)?(?:talks|negotiations))",
)
_PAST_YEAR = ci(r"\b(?:in|since|during|back\s+in)\s+(?:(?:early|late|mid-?|spring|summer|autumn|winter|\w+)\s+)?(20[0-2]\d)\b")
_DAY_NAMED = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b")
_NO_MERGE = GatedWords(["also", "again", "another", "repeatedly", "separately", "second", "new round", "in addition"])
_ANAPHORIC_CUE = ("offer", "proposal", "idea", "initiative", "plan", "truce", "ceasefire", "comments", "remarks", "statement",
                  "stand", "ensure")
_ANAPHORIC = ci(
    r"\b(?:its|his|her|their|the|this|that)\s+(?:\"?[\w-]+\"?\s+)?(?:offer|proposal|idea|initiative|plan|truce|ceasefire|"
    r"comments|remarks|statement)\b|\bstands?\s+by\b|\bto\s+ensure\s+this\b",
)
_CONDITIONAL = ci(r"\b(?:if|unless|whether)\s+(?:[\w']+\s+){0,4}$")
_THIS = ci(r"^\s*(?:this|that|it|them|the\s+(?:idea|demand|demands|plan|proposal|offer))\b")
# Seats of government stand for the host as well as the place ("at the White House").
_SEATS = ci(r"White\s+House|Kremlin|Downing\s+Street|Elys[eé]e")
# Talks named only by a noun ("a meeting between Putin and Zelensky was possible") are often
# the object of another act in the clause rather than a meeting of their own.
# Rules whose object stands before the words ("a meeting between Putin and Zelensky was possible").
_OBJECT_BEFORE = {"readiness.possible", "readiness.could_be_arranged", "readiness.door_open", "rejection.unacceptable",
                  "rejection.not_discussed", "rejection.dismissive", "rejection.unrealistic"}
_AUTO_COUNTERPART = ("Russia", "Ukraine")
# Meetings by verb: an ally's visit to Kyiv about aid is no negotiation (guideline: acts toward ending the war).
_MEETS = {"talks.met", "talks.met_party", "talks.spoke_with", "talks.visit", "talks.discussed_with"}
_PEACE = ci(r"\b(?:peace\w*|ceasefire|cease-fire|truce|negotiat\w*|talks|mediat\w*|envoys?|settlement|summit|war's\s+end|"
            r"end\s+(?:to\s+)?the\s+war)\b")
# Talks on trade or a loan are diplomacy about the war only if the sentence says so.
_WAR_END = ci(r"\b(?:peace\w*|ceasefire|cease-fire|truce|settlement|war|prisoners?|captives)\b")
_AID = ci(r"\b(?:aid|weapons|arms|air\s+defen[cs]e|package|military\s+support|patriots?|ammunition|sanctions|loans?|"
          r"funding|financial|reconstruction)\b")
# Talks and deals between states about their own dealings (arms, money, minerals, alliances) are not
# steps toward ending the war unless the sentence says they are.
_DEALINGS_CUE = ("aid", "weapon", "arms", "defen", "package", "military", "patriot", "ammunition", "sanction", "loan", "fund",
                 "financ", "reconstruction", "cooperation", "co-operation", "partnership", "ties", "mineral", "rare earth",
                 "security agreement", "security deal", "security pact", "security treaty", "production", "procurement",
                 "manufacturing")
_DEALINGS = ci(r"\b(?:(?:military|defen[cs]e|security|economic|energy|trade|strategic|bilateral|technical)\s+(?:cooperation|"
               r"co-operation|partnership|ties)|(?:partnership|security)\s+(?:agreement|deal|pact|treaty)|minerals?|rare\s+earths?|"
               r"(?:joint\s+)?(?:[\w-]+\s+)?(?:production|procurement|manufacturing|co-production))\b")
_KYIV = ci(r"\s*(?:the\s+)?(?:kyiv|kiev)\b")
# "met at the Ritz-Carlton hotel in Jeddah": a building between the words and the city.
_PLACE_GAP = re.compile(r"\s*(?:the|a|an)\s+(?:[\w'.-]+\s+){0,3}?(?:hotel|palace|base|residence|centre|center|building|villa|"
                        r"resort|complex|office|headquarters|mansion|estate)\s+", re.I)
_MODAL_BE = ci(r"\b(?:should|could|would|might|must)\s+(?:\w+\s+)?be\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$")
_INDIRECT_QUESTION = ci(r"\b(?:say|said|tell|know|knew|asked|unclear|clear|decided?|announced?|specify|disclose)\s+"
                        r"(?:when|whether|where|if)\s+(?:[\w'.-]+\s+){0,5}$")
_TO_MEET_OBJECT = ci(r"\b(?:proposals?|offers?|plans?|ideas?|invitations?|calls?|requests?|readiness|willingness|desire|"
                    r"intention|attempts?|efforts?|offer|refusal|decision|bid)\s+$")
_HALTS = {"truce.de_escalate", "truce.halt_order", "truce.pause"}
_NOUN_TALKS = {"talks.with", "talks.in_venue", "talks.round", "talks.pair", "talks.scheduled"}
_SETTING = ci(r"\b(?:during|at|on\s+the\s+sidelines\s+of)\s+(?:(?:his|her|its|their|the|a|an|this|that)\s+)?(?:[\w'-]+\s+){0,4}$")
_OBJECT_END = re.compile(r",\s+which\b|\s+and\s+that\b|,\s+(?:saying|adding|calling)\b")
# Between "met"/"spoke with" and the party met: titles and names only ("met his Russian counterpart"),
# or the "@" of a handle in a post ("a call with @POTUS").
_OBJECT_GAP = re.compile(r"\s*(?:(?:(?i:the|his|her|their|its|president|prime|minister|foreign|defen[cs]e|secretary|of|state|"
                         r"chancellor|leader|leaders|counterpart|envoy|special|chief|head|top|senior)|[A-Z][\w.'-]*)\s+){0,5}@?")
# Alliance gatherings are not talks between the sides ("at the NATO summit in Washington").
_NOT_PEACE_TALKS = ci(r"\b(?:NATO|EU|G7|G20|BRICS|SCO|Ramstein|ASEAN|OPEC|Eurovision)\s+(?:summit|meeting|ministers|leaders|talks)"
                      r"|\b(?:climate|trade|tariff|coalition|accession|budget|wage|merger|loan|debt|sponsorship)\s+"
                      r"(?:summit|meeting|talks|negotiations)\b")
# "..., as Washington presses for an end to the war": circumstance, not an act reported.
_AS_BACKGROUND = ci(r",\s+as\s+(?:[\w.'-]+\s+){1,4}$")
_ASIDE = re.compile(r",\s+(?:who|which|whose|whom|where)\b[^,;]*,")
# ", on a visit to Turkey,": where the speaker was, not a party to the act.
_TRIP_ASIDE = re.compile(r",\s+(?:on|during)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+)?(?:visit|trip)\s+to\b[^,;]*,", re.I)
_ABSENT = ci(r"\s+(?:was|were)\s+(?:absent|excluded|not\s+invited|left\s+out)\b")
_WITHOUT = ci(r"\b(?:without|excluding)\s+(?:the\s+)?$")
_BARE_VERB = ci(r"\s*(?:(?:but|and|yet|then|also|instead)\s+){0,2}\w+ed\b|\s*(?:after|before|while|following)\s+\w+ing\b")
_ANSWER_HEAD = re.compile(r"([A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,2}):\s")
_PREVIOUS = ci(r"\b(?:previous|earlier|last|former|prior|separate|different)\s+(?:[\w-]+\s+)?$")
_PAST_PERFECT = ci(r"\bhad\s+(?:\w+\s+)?$")
_WALKOUT = ci(r"walked\s+away|pulled\s+out|abandoned|quit")
_SINCE = ci(r"\bsince\s+(?:[\w.'-]+\s+){0,3}$")
_DOCUMENT = ci(r"\b(?:documents?|memorandum|draft|text|proposals|plan|counter-?proposals?|framework)\b")
_BY_NEXT = ci(r"\s+by\b")
_RELATIVE_END = ci(r"\b(?:which|that)\s+(?:would\s+|will\s+|could\s+|also\s+|effectively\s+)?$")
# "The plan calls for...": a demand whose subject is a proposal text is part of that proposal.
_PLAN_SUBJECT = ci(r"^\s*(?:the|its|this|their|his|her|kyiv's|moscow's)\s+(?:[\w-]+\s+){0,3}?(?:plan|proposal|document|formula|"
                   r"initiative|draft|memorandum|text|framework|roadmap)s?\s+(?:also\s+)?$")
_DEFINITE_NOUN = ci(r"\b(?:the|this|that|these)\s+(?:[\w-]+\s+)?(?:talks|meeting|summit|negotiations|round)\b")
_TALK_NOUN_END = ci(r"\b(?:summit|talks|meeting|negotiations|round|conference)\s+$")
_COVERS = ci(r"\s+(?:on|against|covering|in|for)\s+(?:[\w-]+\s+){0,2}?(?:strikes|attacks|energy|infrastructure|the\s+air|the\s+sea|"
             r"the\s+black\s+sea|air|sea)\b(?:\s+(?:on|against)\s+(?:[\w-]+\s+){0,2}?(?:energy|civilian|power)\s+\w+|"
             r"\s+(?:infrastructure|facilities|sites|targets|grid|system|plants))?")
_HANDED = ci(r"present|handed|deliver|outlined|laid\s+out")
_IN_PERSON = Rule("talks.in_person", "talks", re.compile("(?!)"), ())
# Trigger words of a meeting told in the past tense ("met in", "talked by phone", "held talks in").
_PAST_MEETING = ci(r"(?:met|held|hosted|spoke|talked|phoned|received|sat\s+down|discussed|gathered|convened)\b.*")
_ORDINAL_ROUND = ci(r"\b(?:first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th)\s+(?:[\w-]+\s+)?rounds?\b")
_INDEFINITE = ci(r"\b(?:a|an)\s+(?:[\w-]+\s+)?$")
_PEACE_BEFORE = ci(r"\bpeace\s+$")
# Those a leader meets at home: "sat down with top Defence Ministry officials", "met the governors".
_MEETS_WITH = {"talks.met", "talks.met_party", "talks.with", "talks.hold"}
_OWN_STAFF = ci(r"(?:[^.;]{0,30}?\bwith)?\s+(?:the\s+|his\s+|her\s+)?(?:(?:senior|top|permanent|leading)\s+)?(?:officials|leadership|"
                r"members|staff|employees|governors|ministers|commanders|generals|military\s+chiefs|security\s+council|"
                r"cabinet|heads\s+of\s+(?:regions|ministries))\b(?!\s+(?:from|of)\s+(?:the\s+)?(?:other|both|two|"
                r"ukrain\w*|kyiv|russia\b|moscow|washington|u\.s\.|us\b|american|united\s+states|europe\w*))")
_MEDIA = ci(r"\b(?:TV|television|media|reporters|journalists|newspaper|agency|Interfax|TASS|broadcaster|press)\b")


def extract(doc: Document) -> list[Negotiation]:
    """One record per diplomatic act in the report (guideline §2)."""
    rep = Report(doc)
    acts: list[Act] = []
    for index in rep.candidates():
        sent = rep.sentences[index]
        if sent.heading or rep.norm[sent.start:sent.end].rstrip(' "\'').endswith("?"):
            continue  # a question (an interviewer's, a headline's) states no act
        for clause in _clauses(rep.norm, sent):
            acts.extend(b for a in _acts_in_clause(rep, index, sent, clause, acts) for b in split_successive(rep, a))
        acts.extend(owned_proposals(rep, index, sent, acts))
    kept = merge(acts)
    for act in kept:
        if act.kind == "talks" and not act.parties:
            act.parties = _sides_in_context(rep, act, kept)
        elif act.kind == "talks" and len(act.parties) == 1:
            act.parties += sides_from_context(act, kept)
        act.date = act.date or stance_day(rep, act)
    return [_record(a) for a in kept]


def _sides_in_context(rep: Report, act: Act, kept: list[Act]) -> list[str]:
    """Who met, when the talks' own clause names nobody ("The two sides met in Miami", "The
    delegations are to meet again in Paris"): the sides the report has just named, which are not
    always Russia and Ukraine (U.S.-Ukrainian rounds, European consultations). Read from the rest
    of the sentence, then the act told just before, then the sentence before; none of them, the
    two sides of the war. A country named as the place ("in Saudi Arabia") is no side."""
    sent = act.sentence
    named = _sides_named(rep, sent)
    if len(named) >= 2:
        return named
    for prev in reversed(kept):
        if prev is act or prev.index >= act.index:
            continue
        if act.index - prev.index <= 2 and len(prev.parties) >= 2:
            return list(prev.parties)
        break
    if act.index > 0:
        before = rep.sentences[act.index - 1]
        if before.paragraph == sent.paragraph:
            named = _sides_named(rep, before)
            if len(named) >= 2:
                return named
    if "trilateral" in rep.low[sent.start:sent.end]:
        return [*_AUTO_COUNTERPART, "United States"]  # the three-way format of the U.S.-brokered rounds
    return list(_AUTO_COUNTERPART)


def _sides_named(rep: Report, sent: Sentence) -> list[str]:
    """The parties a sentence names, each once, leaving out places ("in Miami", "in Saudi Arabia")."""
    return _distinct(m.party for m in rep.mentions(sent.start, sent.end)
                     if not _HOST_BEFORE.search(rep.norm[max(0, m.start - 8):m.start]))


def _distinct(parties: Iterable[str]) -> list[str]:
    out: list[str] = []
    for p in parties:
        if p not in out:
            out.append(p)
    return out


# A serial comma: "Turkey, Russia, and Ukraine" (names, each capitalised, the last after ", and").
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
_SERIAL_HEAD = re.compile(rf"(?:^|[\s(]){_NAME},\s+{_NAME}$")
_SERIAL_AND = re.compile(rf",\s+and\s+(?:the\s+)?{_NAME}(?=\s+(?:[a-z]|\d)|[.,;]|$)")


def _clauses(norm: str, sent: Sentence) -> list[tuple[int, int]]:
    """The sentence cut at `_CLAUSE_BREAK`s. The break regex runs only where a cheap scan for its
    punctuation or connective words finds a place it could start."""
    out, cursor = [], sent.start
    for c in _BREAK_CUE.finditer(norm, sent.start, sent.end):
        at = c.start()
        while at > cursor and norm[at - 1].isspace():
            at -= 1  # breaks take the spaces before them
        if at < cursor:
            continue
        m = _CLAUSE_BREAK.match(norm, at, sent.end)
        if m is None or m.end() <= cursor:
            continue
        if norm.startswith(",", at) and _SERIAL_AND.match(norm, at) and _SERIAL_HEAD.search(norm, max(cursor, at - 60), at):
            continue  # "delegations from Turkey, Russia, and Ukraine": the last name of a list, not a new clause
        if m.start() > cursor:
            out.append((cursor, m.start()))
        cursor = m.end()
    if sent.end > cursor:
        out.append((cursor, sent.end))
    return out


def _acts_in_clause(rep: Report, index: int, sent: Sentence,
                    clause: tuple[int, int], earlier: list[Act]) -> list[Act]:
    norm, low = rep.norm, rep.low
    cs, ce = clause
    triggers = find_triggers(low, cs, ce, rep.rules(cs, ce))
    if not triggers:
        return []
    text, ltext = norm[cs:ce], low[cs:ce]
    # An act in a past year is background, except talks in a named place ("the draft agreed in
    # Istanbul in 2022"): those are logged, undated (guideline: a day that cannot be pinned is null).
    year = _PAST_YEAR.search(ltext) if "20" in ltext else None
    past = bool(year and rep.published and int(year.group(1)) < rep.published.year and not _DAY_NAMED.search(text))
    mentions = rep.mentions(cs, ce)
    venues = find_venues(norm, cs, ce)
    if past and not venues:
        return []
    off_topic = bool(OFF_TOPIC.search(ltext))
    no_merge = bool(_NO_MERGE.search(ltext))
    anaphoric = holds_any(ltext, _ANAPHORIC_CUE) and bool(_ANAPHORIC.search(ltext))
    out: list[Act] = []
    seen_main = False  # a non-talks act claims the rest of the clause as its object
    has_main = any(r.kind != "talks" and r.claims_object for _, _, r in triggers)
    kinds_here: set[str] = set()
    for ts, te, rule in triggers:
        kind = rule.kind
        if past and kind != "talks":
            continue
        before = low[cs:ts]
        inherited: Act | None = None
        scope = low[ts:ce] if kind == "consideration" else ltext
        # "met in Istanbul", "met in the Turkish city of Istanbul": the venue phrase may begin inside the words.
        venue_next = next((v for v in venues if te <= v.phrase <= te + 12 or te <= v.start <= te + 12 or v.phrase < te <= v.start
                           or te < v.phrase <= te + 50 and _PLACE_GAP.fullmatch(norm, te, v.phrase)), None)
        if rule.venue_after and rule.needs is None and venue_next is None:
            continue
        if rule.needs is not None and not rule.needs.search(scope) and not (rule.venue_after and venue_next):
            # "Zelensky has rejected this", "we said yes": the object is the act reported just before.
            prev = earlier[-1] if earlier else None
            rest = low[te:ce]
            if not (prev and index - prev.index <= 1 and (_THIS.match(rest) or not rest.strip(' .,"'))):
                continue
            inherited = prev
        if rule.party_after and not any(te <= m.start <= te + 40 and _OBJECT_GAP.fullmatch(norm, te, m.start) for m in mentions):
            continue  # "met King Charles", "spoke to reporters"
        if off_topic and (kind != "talks" or not _WAR_END.search(low, sent.start, sent.end)):
            continue
        if _CONDITIONAL.search(before[-50:]):
            continue
        if kind == "rejection" and _PAST_PERFECT.search(before[-12:]) and _WALKOUT.match(low, ts):
            continue  # "Ukraine had walked away from talks": an accusation about the past
        if is_lookalike(low, rule, kind, cs, ce, ts, te, any(a.kind == "truce" for a in earlier)):
            continue
        negated = bool(_NEGATION.search(before[-40:])) and not rule.id.startswith(("readiness.never", "rejection."))
        if kind == "talks":
            if (seen_main or has_main and rule.id in _NOUN_TALKS) or _BACKGROUND.search(low, max(cs, ts - 60), min(ce, te + 30)) or negated:
                continue
            if rule.id in _NOUN_TALKS and _MODAL_BE.search(before[-40:]):
                continue  # "the next step should be a meeting between the presidents": wished for, not held
            if _INDIRECT_QUESTION.search(before[-60:]):
                continue  # "declined to say when Putin and Trump would next speak": no call told
            if low.startswith("to ", ts) and _TO_MEET_OBJECT.search(before[-40:]):
                continue  # "Putin's proposal to meet in Moscow": what is proposed, not a meeting
            if rule.id in ("talks.met", "talks.met_party", "talks.with", "talks.spoke_with") and _MEDIA.search(low[te:te + 40]):
                continue
            if rule.id in _MEETS_WITH and _OWN_STAFF.match(low, te):
                continue  # "Putin's meeting with the leadership of the Foreign Ministry": a government at work
            if (rule.id == "talks.visit" and _SINCE.search(before[-40:])) or _NOT_PEACE_TALKS.search(low, max(cs, ts - 25), te):
                continue  # "since Trump returned to the White House", "the NATO summit"
            if rule.id in _MEETS and not _PEACE.search(low, sent.start, sent.end) and (
                    _AID.search(low, sent.start, sent.end) or (rule.id == "talks.visit" and _KYIV.match(low, te))):
                continue  # "met Zelensky and announced a new aid package": support, not a step toward peace
            if (holds_any(low[sent.start:sent.end], _DEALINGS_CUE) and not _WAR_END.search(low, sent.start, sent.end)
                    and (_AID.search(low, sent.start, sent.end) or _DEALINGS.search(low, sent.start, sent.end))):
                continue  # "signed a minerals agreement", "held talks on military cooperation": dealings, not peace
        elif kind == "truce" and (seen_main or negated):
            if not negated:
                continue
            kind = "rejection"
        elif negated and kind in ("readiness", "proposal", "consideration"):
            kind = "rejection" if kind == "readiness" else kind
            if kind != "rejection":
                continue
        if kind in ("demand", "proposal") and _AS_BACKGROUND.search(before[-50:]):
            continue
        if kind == "proposal" and seen_main and _BY_NEXT.match(low, te):
            continue  # "weighing the peace plan proposed by the leaders": the object, described
        if kind == "demand" and "proposal" in kinds_here and _RELATIVE_END.search(before[-24:]):
            continue  # "the peace formula put forward by Zelensky, which calls for...": the proposal's content
        if kind == "demand" and _PLAN_SUBJECT.search(before[-70:]):
            kind = "proposal"  # "The plan calls for the return of prisoners": what the proposal holds
        if kind in kinds_here:
            continue
        frame = kind == "talks" and bool(_FRAME.search(before[-60:])) and rule.id in ("talks.with", "talks.in_venue", "talks.round")
        # "Talks lasted less than two hours": how a meeting went tells of one already reported.
        told_before = rule.id == "talks.took_place" and any(a.kind == "talks" for a in earlier)
        definite = kind == "talks" and (frame or told_before or rule.id == "talks.sides_agreed" or bool(_DEFINITE.search(before[-40:]))
                                        or bool(_DEFINITE_NOUN.search(low, ts, te)))
        if frame and (not venues or _SETTING.search(before[-60:])):
            definite = True  # "at the summit in X", "during his summit with": a setting, merge-only
        setting = frame and bool(_SETTING.search(before[-60:]))
        if frame and venues and _INDEFINITE.search(before[-12:]):
            definite = setting = False  # "speaking after a meeting of the coalition in Paris": a meeting of its own
        ordinal = kind == "talks" and not setting and bool(_ORDINAL_ROUND.search(low, max(cs, ts - 40), te))
        parties = _parties(rep, index, clause, mentions, ts, te, venues, kind, rule, earlier)
        venue = _venue(venues, ts, cs, kind, te, rule.id == "proposal.might_host")
        if rule.id == "talks.visit" and venue and parties[:1] == [venue.country]:
            continue  # "as Trump returned to Washington": a leader coming home
        if kind == "talks" and rule.id == "talks.visit" and venue and venue.country and venue.country not in parties:
            # A visit to Moscow is talks with Russia, and so no counterpart is to be assumed.
            parties.append(venue.country)
        if venue and venue.host and not parties and not definite:
            venue = None  # "Baku will host the climate talks": a host with nobody to meet is no step in this war
        if venue and venue.host and venue.country and venue.country not in parties and venue.start < ts:
            # "Abu Dhabi will host the talks": the host city's state acts, like "hosted by Saudi Arabia"
            parties.insert(0, venue.country)
        if rule.id == "proposal.might_host" and venue and venue.country and venue.country not in parties:
            parties.append(venue.country)  # "said Geneva might host the talks": the host state is a party
        host = summit_host(rep, clause, ts, te, venues) if rule.id in ("talks.in_venue", "talks.conference") else None
        if host and host not in parties:
            parties.insert(0, host)  # "the peace summit in Switzerland": the host convenes it
        assumed = _counterpart(rep, index, clause, venues, kind, parties, earlier)
        if assumed:
            parties.append(assumed)
        if len(parties) == 1 and kind != "talks":
            parties.extend(two_sides(rep, index, clause, parties, earlier))  # "ready to host talks between the two leaders"
        if kind == "talks" and not parties and venue is None and not definite and "round" not in low[max(cs, ts - 30):te]:
            continue  # a round of talks is between the sides of the war even when the clause names nobody
        cut = _OBJECT_END.search(norm, te, ce)
        obj = norm[cs if rule.id in _OBJECT_BEFORE else ts:cut.start() if cut else ce]
        if kind == "talks" and _PEACE_BEFORE.search(low, max(cs, ts - 8), ts):
            obj = "peace " + obj  # "the peace summit in Lucerne": the talks' own word for what they are about
        # A declared truce is about what its own words name ("energy truce"); a pledge to halt
        # strikes, about what it halts.
        own = te
        if kind == "truce" and rule.id not in _HALTS:
            # "a moratorium on strikes on energy facilities": what the truce covers is part of its name
            cover = _COVERS.match(low, te, ce)
            own = cover.end() if cover else te
        topic = topics.topic_of(norm[ts:own] if kind == "truce" and rule.id not in _HALTS else obj, kind) or (
            "ceasefire" if kind == "truce" else None)
        if topic is None and kind != "truce":
            topic = topics.topic_of(text, kind)
        if topic is None and kind == "talks" and AFTER_FRAME.match(ltext):
            topic = topics.topic_of(norm[sent.start:ce], kind)
        if topic is None and inherited is not None:
            topic = inherited.topic
        if inherited is not None and inherited.actor and inherited.actor not in parties[:1]:
            # "The American side proposed ..., and we said yes": the answer is to the proposer
            parties = parties[:1] + [inherited.actor] + [p for p in parties[1:] if p != inherited.actor
                                                         and p not in _AUTO_COUNTERPART]
        if topic is None and kind == "proposal" and _COUNTER.search(low, ts, ce) and _DOCUMENT.search(obj.lower()):
            topic = "peace settlement"  # "alternatives to parts of the plan": a draft of a settlement answered
        if topic is None and kind == "consideration":
            # What is studied is the offer on the table, or a draft of a settlement.
            topic = next((a.topic for a in reversed(earlier) if a.kind in ("proposal", "readiness", "truce") and a.topic),
                         "peace settlement" if _DOCUMENT.search(obj.lower()) else None)
        if past:
            date, date_text = None, year.group(0) if year else None
        else:
            past_verb = kind == "talks" and bool(_PAST_MEETING.fullmatch(low, ts, te))
            date, date_text = act_date(rep, index, clause, parties, kind, past_verb, ts)
            if not rule.claims_object:
                # "a truce that Putin declared on Saturday": the day after the verb is the act's
                date, date_text = date_after(rep, te, ce) or (date, date_text)
        kinds_here.add(kind)
        if kind != "talks" and rule.claims_object:
            seen_main = True
        if ordinal and date and all(a.date != date for a in earlier if a.kind == "talks"):
            definite = False  # "the first round took place on February 28": a round of its own day
        distinct = past or (kind == "talks" and bool(_PREVIOUS.search(before[-40:])))
        act = Act(
            kind=kind, rule=rule, sentence=sent, index=index, clause=clause, trigger=(ts, te),
            parties=parties, venue=venue.name if venue else None, venue_country=venue.country if venue else None,
            venue_within=venue.within if venue else "",
            topic=topic, date=date, date_text=date_text, about_talks=bool(ABOUT_TALKS.search(obj.lower())),
            no_merge=no_merge or distinct, anaphoric=anaphoric, distinct=distinct,
            definite_talks=definite, trigger_text=" ".join(norm[ts:te].lower().split()), clause_text=text, setting=setting,
            assumed=assumed,
        )
        out.append(act)
        in_person = rule.id == "readiness.accepted" or (rule.id == "proposal.offer_sent" and _HANDED.match(low, ts))
        if (in_person and venue and venue.country and len(parties) >= 2 and venue.country != parties[0]
                and not _TALK_NOUN_END.search(low, max(cs, venue.phrase - 30), venue.phrase)):
            # "presented a peace plan to Putin in St Petersburg", "in Jeddah, Ukraine accepted": said face to
            # face abroad, so there was a meeting there too.
            out.append(Act(
                kind="talks", rule=_IN_PERSON, sentence=sent, index=index, clause=clause, trigger=(ts, te),
                parties=list(parties), venue=venue.name, venue_country=venue.country, venue_within=venue.within,
                topic=topic,
                date=date, date_text=date_text, about_talks=True, no_merge=no_merge, anaphoric=False,
                definite_talks=False, trigger_text="", clause_text=text,
            ))
    return out


# "talks in Saudi Arabia": a host country after "in"/"at" (a window of 8 characters before the name).
_HOST_BEFORE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")
_PASSIVE_BY = re.compile(r"\s*by\s+(?:the\s+)?")
_COORDINATION = re.compile(r"(?:,|\s|and|the|'s)*")


def _parties(rep: Report, index: int, clause: tuple[int, int], mentions: list[Mention], ts: int, te: int,
             venues: list[Venue], kind: str, rule: Rule, earlier: list[Act]) -> list[str]:
    """Actor first, then everyone else the clause names, in order."""
    norm = rep.norm
    in_venue = [(v.phrase, v.end) for v in venues if not _SEATS.match(rep.low, v.start)]
    # "Qatar, which has helped return Ukrainian children, offered": a relative clause names no actor.
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(norm, clause[0], ts)]
    trips = [(m.start(), m.end()) for m in _TRIP_ASIDE.finditer(norm, clause[0], ts)] if (
        "visit" in rep.low[clause[0]:ts] or "trip" in rep.low[clause[0]:ts]) else []
    if trips:
        mentions = [m for m in mentions if not any(s <= m.start < e for s, e in trips)]
    usable = [m for m in mentions if not any(s <= m.start < e for s, e in in_venue) and not _ABSENT.match(rep.low, m.end)
              and not _WITHOUT.search(rep.low, max(clause[0], m.start - 12), m.start)]
    if asides:
        usable = [m if not any(s <= m.start < e for s, e in asides) else Mention(m.start, m.end, m.party, True)
                  for m in usable]
    if kind == "talks":  # "talks ... in Saudi Arabia": the host country is not a party
        usable = [m for m in usable if not _HOST_BEFORE.search(norm[max(0, m.start - 8):m.start])]
    if (kind == "talks" and AFTER_FRAME.match(rep.low, clause[0]) and not usable
            and not any(a.index == index for a in earlier)):
        # "[U.S. and Russian officials agreed ...], after four hours of talks in Riyadh": who talked
        # is the subject of the main clause.
        sent = rep.sentences[index]
        usable = [m for m in rep.mentions(sent.start, clause[0]) if not _ABSENT.match(rep.low, m.end)]
        ts = clause[0]
    elif kind == "talks" and usable and AFTER_FRAME.match(rep.low, clause[0]) and all(m.governed for m in usable):
        # "Putin agreed to halt strikes ..., after he phoned his American counterpart": the call
        # is the main clause's subject's, with the one named.
        sent = rep.sentences[index]
        subject = [m for m in rep.mentions(sent.start, clause[0]) if not m.governed]
        if subject:
            usable = [subject[0]] + usable
            ts = clause[0]
    before = [m for m in usable if m.end <= ts]
    actor: str | None = None
    passive = _PASSIVE_BY.match(norm, te, te + 12)
    if passive:
        after = [m for m in usable if m.start >= te and m.start - te <= 40]
        if after:
            actor = after[0].party
    free = [m for m in before if not m.governed]
    if rule.speaker_acts:
        sent = rep.sentences[index]
        # '"Russia must stop its strikes first," Zelensky said': the one quoted, named after the quote
        actor = _quote_speaker(rep, sent, ts)
        said = [m for m in rep.mentions(sent.start, ts) if not m.governed]
        if said and actor is None:
            actor = said[0].party
    if actor is None and free:
        # "Ukraine, the United States and Europe proposed": the first of a coordinated subject.
        pos = before.index(free[-1])
        while pos > 0 and not before[pos - 1].governed and _COORDINATION.fullmatch(norm, before[pos - 1].end, before[pos].start):
            pos -= 1
        actor = before[pos].party
    if actor is None:
        gap_start = before[-1].end if before else clause[0]
        pronoun = _PRONOUN_SUBJECT.search(rep.low[gap_start:ts])
        same_sentence = [a for a in earlier if a.index == index and a.clause[1] <= clause[0] and a.actor]
        possessive = _POSSESSIVE.search(rep.low, max(gap_start, ts - 30), ts) if kind == "talks" and not pronoun else None
        if pronoun:
            actor = _resolve_pronoun(rep, index, clause, pronoun.group(1))
        elif possessive and not before:
            # "Witkoff will brief Trump after his meeting with Putin": the meeting is the subject's
            actor = _resolve_pronoun(rep, index, clause, possessive.group(1))
        elif before:
            actor = before[0].party
        elif same_sentence and _BARE_VERB.match(rep.low, clause[0]):
            actor = same_sentence[-1].actor  # "..., and proposed Warsaw instead": the subject of the clause before
        elif kind != "talks":
            actor = _resolve_pronoun(rep, index, clause, "")
    names: list[str] = [actor] if actor else []
    for m in usable:
        if m.party not in names:
            names.append(m.party)
    return names


def _counterpart(rep: Report, index: int, clause: tuple[int, int], venues: list[Venue], kind: str,
                 names: list[str], earlier: list[Act] = ()) -> str | None:
    """The other side of an act whose clause names one side of the war only."""
    if kind != "truce" and len(names) == 1 and names[0] in ("Russia", "Ukraine"):
        # "...had not received the U.S. plan but was ready to discuss it": the side named in the
        # sentence's other clause, else the other side of the war.
        sent = rep.sentences[index]
        other = [m.party for m in rep.mentions(sent.start, sent.end) if m.party != names[0]
                 and not (clause[0] <= m.start < clause[1]) and m.party not in _AUTO_COUNTERPART
                 and not any(v.start <= m.start < v.end for v in venues)]
        answer = kind in ("readiness", "consideration", "rejection") or (
            kind == "proposal" and bool(_COUNTER.search(rep.low, clause[0], clause[1])))
        if other and answer and _names_owner(rep, sent, other[0]):
            return other[0]
        if answer:
            author = _author_of_referent(rep, index, clause, names[0], earlier)
            if author:
                return author
        return "Ukraine" if names[0] == "Russia" else "Russia"
    return None


# "would propose alternatives to parts of the plan": a proposal that answers another's.
_COUNTER = ci(r"\b(?:alternatives?|amendments?|changes|counter-?proposals?|revisions?|edits|corrections)\s+to\b")
# "would study the proposal", "rejected the plan": an offer the report has already told of.
_REFERENT_CUE = ("proposal", "plan", "offer", "idea", "initiative", "framework", "text", "document", "draft")
_REFERENT = ci(r"\b(?:the|this|that|its|their|these)\s+(?:[\w-]+\s+){0,2}?(?:proposals?|plan|offer|idea|initiative|"
               r"framework|text|document|draft)\b")


def _author_of_referent(rep: Report, index: int, clause: tuple[int, int], side: str,
                        earlier: list[Act]) -> str | None:
    """Who made the offer "the proposal" points back to, when that is not `side`: the latest
    proposal told in the sentences just before, else the latest owner named there ("the U.S.
    proposal"). Kyiv studying an American plan answers Washington, not Moscow."""
    low = rep.low[clause[0]:clause[1]]
    if not (holds_any(low, _REFERENT_CUE) and _REFERENT.search(low)):
        return None
    for prev in reversed(earlier):
        if index - prev.index > 3:
            break
        if prev.kind == "proposal" and prev.actor and prev.actor != side:
            return prev.actor
    for back in range(index - 1, max(-1, index - 4), -1):
        sent = rep.sentences[back]
        owners = [m.party for m in rep.mentions(sent.start, sent.end)
                  if m.party != side and owner(rep.norm, sent.start, m.start, m.end)]
        if owners:
            return owners[-1]
    return None


def _names_owner(rep: Report, sent: Sentence, party: str) -> bool:
    """Whether `party` is named in the sentence as the owner of a plan or offer ("the U.S. plan")."""
    return any(m.party == party and owner(rep.norm, sent.start, m.start, m.end)
               for m in rep.mentions(sent.start, sent.end))


def _resolve_pronoun(rep: Report, index: int, clause: tuple[int, int], pronoun: str) -> str | None:
    """The party a "he"/"we"/"it" stands for: the subject of an earlier clause or sentence.
    "We" and "I" are the speaker: the name heading an interview answer ("Yermak: We...")."""
    sentences = rep.sentences
    sent = sentences[index]
    if pronoun in ("we", "i"):
        para = next((p for p in rep.doc.paragraphs if p.start <= sent.start < p.end), None)
        head = _ANSWER_HEAD.match(rep.norm, para.start) if para else None
        if head:
            named = rep.mentions(head.start(1), head.end(1))
            if named:
                return named[0].party
        speaker = _quote_speaker(rep, sent, clause[0])
        if speaker:
            return speaker
    free = [m for m in rep.mentions(sent.start, clause[0]) if not m.governed]
    if free:
        return free[-1].party
    for back in range(index - 1, max(-1, index - 5), -1):
        ms = rep.mentions(sentences[back].start, sentences[back].end)
        free = [m for m in ms if not m.governed]
        if free:
            return free[0].party
    return None


def _quote_speaker(rep: Report, sent: Sentence, at: int) -> str | None:
    """The side of the person a quotation at `at` is attributed to in its sentence ("We are ready
    to meet the Russians," Umerov told reporters): the first name outside the quote marks."""
    text = rep.norm[sent.start:sent.end]
    if '"' not in text:
        return None
    marks = [sent.start + k for k, c in enumerate(text) if c == '"']
    spans = list(zip(marks[::2], marks[1::2]))
    if not any(s <= at < e for s, e in spans):
        return None
    outside = [m for m in rep.mentions(sent.start, sent.end)
               if not m.governed and not any(s <= m.start < e for s, e in spans)]
    return outside[0].party if outside else None


def _venue(venues: list[Venue], ts: int, clause_start: int, kind: str, te: int | None = None,
           host_before: bool = False) -> Venue | None:
    """The first venue after the act's words, or one fronted at the clause start ("In Istanbul, ...").
    Where a statement was made ("told reporters in Washington") is a venue only of talks. Talks
    may name their three parties before the place ("the round of talks between Ukraine, the
    United States and Russia began in Abu Dhabi"): for them the window runs from the words' end."""
    if kind != "talks":
        venues = [v for v in venues if not v.speech]
    # talks: "...opened Tuesday at a palace on the Bosphorus in Istanbul" may name the city a sentence's length on
    reach = ts + 80 if kind != "talks" or te is None else max(ts + 80, te + 110)
    after = [v for v in venues if ts <= v.start <= reach]
    if not after and kind == "talks":
        after = [v for v in venues if v.start > reach and not v.speech]
    if after:
        return after[0]
    # "arrived in Moscow for talks"; "the Vatican might host the talks"
    close = [v for v in venues if ts - 25 <= v.end <= ts and (kind == "talks" or host_before)]
    if close:
        return close[-1]
    fronted = [v for v in venues if v.phrase - clause_start <= 15]
    return fronted[0] if fronted else None


def _record(act: Act) -> Negotiation:
    s = act.sentence
    if act.kind == "talks" and not act.parties:
        act.parties = ["Russia", "Ukraine"]  # "the draft treaty discussed in Istanbul": the two sides of the war
    return Negotiation(
        evidence=Evidence(sentence=s.text, char_start=s.start, char_end=s.end),
        kind=act.kind,
        parties=act.parties,
        date=act.date,
        date_text=act.date_text,
        venue=act.venue,
        topic=act.topic,
        cameo="057" if act.rule.id == "talks.signed" else cameo_code(act.kind, act.topic, act.about_talks),
        rule=act.rule.id,
    )
