"""Attribution layouts around one reporting cue, read from the masked sentence.

Every layout is described from the cue outwards: who speaks (the phrase left
of the cue, or right of it when inverted: `"…," said Peskov`), and where the
words are (right of the cue after `that`, a colon or an opening mark; left of
the speaker when the sentence closes after the cue: `"…," he added` or
`Kyiv sent an offer, Zelenskyy said.`). Only the reporter's words are visible
here; quoted words are masked, so a verb inside a quote never acts as a cue.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import names, verbs
from .names import Phrase

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|"
          r"Nov(?:ember)?|Dec(?:ember)?)\.?")
_MEDIUM_NOUN = (r"(?:statement|post|posts|stream|livestream|blog|vlog|address|message|video|interview|briefing|conference|remarks|comments|"
                r"speech|appearance|broadcast|clip|update|call|meeting|session|summit|forum|programme|program|show|"
                r"channel|account|page|op-ed|article|letter|tweet|TV|television|documentary|podcast|note|report|"
                r"readout|communique|declaration|decree|appeal|chat|exchange|hearing|event|visit|trip|talk|talks|website|site|platform|"
                r"app|application|messenger)")
# Phrases between a cue and what was said: when, where and how it was said.
ADJUNCT = re.compile(
    r"\s*,?\s*(?:"
    r"(?:late|early|earlier|later)\s+on\s+" + _WEEKDAY + r"(?:\s+(?:night|morning|evening|afternoon))?"
    r"|on\s+" + _WEEKDAY + r"(?:\s+(?:night|morning|evening|afternoon))?"
    r"|" + _WEEKDAY + r"(?:\s+(?:night|morning|evening|afternoon))?(?![’'\w])(?=\s*(?:that\b|,|:|\s[a-z]))"
    r"|on\s+" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
    r"|(?:on\s+)?(?:the\s+)?(?:morning|evening|night|afternoon)\s+of\s+(?:" + _MONTH + r"\s+\d{1,2}|\d{1,2}\s+" + _MONTH +
    r"|" + _WEEKDAY + r")"
    r"|(?:in|at|during|via|through|from|on|after|before|following)\s+(?:a|an|his|her|its|their|the|this|that|"
    r"one\s+of\s+(?:his|her|its|their))\s+(?:(?!that\b|the\b|time\b)[\w'’\-]+\s+){0,4}?" + _MEDIUM_NOUN +
    r"(?:\s+" + _MEDIUM_NOUN + r")*\b" +
    r"(?:\s+(?:with|to|on|aired\s+by|broadcast\s+by|published\s+by|posted\s+on|by|at|in|from)\s+(?:the\s+)?"
    r"(?!" + _WEEKDAY + r"|" + _MONTH + r")(?:[A-Z][\w'’\-.]*|state|news|agency|media|television|TV|channel|reporters|journalists)"
    r"(?:\s+(?:[A-Z][\w'’\-.]*|news|agency|television|TV|channel))*)?"
    r"(?:\s+(?:on|in)\s+" + _WEEKDAY + r")?"
    r"|on\s+(?:Telegram|X|Twitter|Facebook|Instagram|YouTube|social\s+media|(?:Russian\s+|Ukrainian\s+)?state\s+"
    r"(?:TV|television)|television|TV|national\s+television|Rossiya[- ]1|Channel\s+One|the\s+sidelines\s+of\s+"
    r"(?:the\s+|a\s+)?(?:[A-Z][\w\-]*\s*)+|(?:his|her|its)\s+Telegram(?:\s+channel)?)"
    r"|to\s+(?:reporters|journalists|the\s+media|the\s+press|lawmakers|parliament|students|the\s+nation|"
    r"(?:the\s+)?(?:[A-Z][\w\-.]*)(?:\s+[A-Z][\w\-.]*)*(?:\s+(?:news\s+agency|newspaper|channel|broadcaster))?)"
    r"|(?:earlier|later)\s+(?:this|that|on|in\s+the)\s+(?:week|month|day|morning|evening|afternoon|year)"
    r"|(?:this|last)\s+(?:week|month|morning|evening|afternoon|weekend|night)"
    r"|in\s+(?:a\s+)?(?:statement|remarks|comments|response|reply)(?:\s+to\s+(?:[\w'’\-]+\s*){1,4}?(?=,|\s+that\b))?"
    r"|(?:at|in|from)\s+the\s+(?:Kremlin|White\s+House|Pentagon|United\s+Nations|UN|Security\s+Council|Elysee)"
    r"|(?:aboard|on\s+board|outside|alongside|next\s+to|standing\s+next\s+to)\s+(?:the\s+)?[A-Z][\w\-’'.]*(?:\s+[A-Z][\w\-’'.]*)*"
    r"|alongside\s+(?:his|her|their)\s+(?:[\w\-]+\s+){0,2}counterparts?(?:\s+[A-Z][\w\-’'.]*)*"
    r"|(?:in|from)\s+(?:(?!That\b|This\b|The\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
    r"|(?:at|during|after|before|towards?)\s+the\s+(?:start|end|opening|close|beginning|outset|conclusion|sidelines)"
    r"\s+of\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?[\w\-]+(?:\s+[A-Z][\w\-]*)*"
    r"|at\s+first\s+glance|in\s+principle|in\s+general|for\s+now|for\s+(?:its|his|her|their)\s+part"
    r"|however|though|nevertheless|moreover|meanwhile|in\s+addition"
    # "in comments carried by TASS", "in remarks broadcast on state television": the relay of the remarks
    r"|(?:carried|broadcast|aired|published|posted|released)\s+(?:by|on|in)\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?"
    r"(?:[A-Z][\w\-.]*|state|news|agency|television|TV|media|social|website|site|page|channel|account)"
    r"(?:\s+(?:[A-Z][\w\-.]*|news|agency|television|TV|media|channel|website|page|account))*"
    r"|at\s+(?:around\s+|about\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?:local\s+time|GMT|UTC|Kyiv\s+time))?"
    r"|yesterday|today|tonight|overnight|earlier|later|again|also|repeatedly|publicly|separately|afterwards|"
    r"previously|recently|once\s+again|on\s+Telegram|in\s+a\s+post|in\s+writing|in\s+turn|in\s+particular|"
    r"at\s+the\s+time|at\s+the\s+weekend|firmly|flatly|bluntly|plainly|openly|categorically|directly|"
    r"on\s+condition\s+of\s+anonymity|on\s+the\s+phone|by\s+phone|by\s+telephone"
    r")\b"
)
# Whom a speaker told: an audience or an outlet, never the start of what was said.
_TOLD_OBJECT = re.compile(
    r"\s+((?:the\s+|a\s+|an\s+|this\s+|local\s+|state\s+)?(?:reporters|journalists|media|press|lawmakers|parliament|"
    r"students|him|her|them|us|me|agency|newspaper|the\s+nation|(?:Ukrainian|Russian|state|local|foreign|Western|"
    r"US|U\.S\.|British|German|French)\s+(?:media|television|TV|radio|journalists|reporters|lawmakers)(?:\s+channel)?|"
    r"(?:[A-Z][\w\-.&]*)(?:\s+[A-Z][\w\-.&]*){0,3}(?:\s+(?:news\s+agency|newspaper|television|TV|channel|broadcaster|"
    r"radio|agency|daily|website|outlet))?|(?:[A-Z][\w\-.]*\s+)?(?:television|TV)\s+channel|a\s+news\s+conference|"
    r"a\s+(?:briefing|press\s+conference)|a\s+(?:Ukrainian|Russian|local|state|US|British)\s+(?:television|TV)\s+channel|"
    # "state news agency TASS", "the Russian newspaper Izvestia"
    r"(?:the\s+)?(?:(?:state|state-run|state-owned|Russian|Ukrainian|independent|online)\s+)*(?:news\s+agency|newspaper|"
    r"broadcaster|outlet|daily|(?:TV|television)\s+channel|channel|website)\s+[A-Z][\w\-.]*(?:\s+[A-Z][\w\-.]*){0,3}|"
    # "a televised meeting with officials", "a cabinet meeting", "a news conference in Kyiv"
    r"(?:a|an|the|his|her)\s+(?:[\w\-]+\s+){0,2}?(?:meeting|conference|briefing|session|gathering|forum|summit|rally|"
    r"congress|assembly|audience|crowd)(?:\s+(?:with|of)\s+(?:the\s+|his\s+|her\s+)?[\w\-’']+"
    r"(?:\s+(?!that\b|on\b|in\b|at\b)[\w\-’']+){0,2})?))\b"
)
_AS_SAYING = re.compile(r"\s*,?\s*as\s+(?:saying|telling|stating|writing|adding|noting)\b")
_THAT_OR_COLON = re.compile(r"\s+that\b|\s*:")
_THAT = re.compile(r"\s*(?:,\s*)?that\b\s*")
# A finite verb right after "that": the word is the subject pronoun, not the conjunction.
_THAT_SUBJECT = re.compile(
    r"(?:is|was|would|will|could|can|has|had|may|might|must|should|remains|remained|depends|depended|means|meant|"
    r"seems|seemed|shows|showed|appears|appeared|sounds|sounded|looks|looked|proves|proved|changes|changed|"
    r"matters|mattered|happened|happens|wo|wasn|isn|hasn|hadn|did|does|didn|doesn)\b")
_COLON = re.compile(r"\s*:\s*")
_OPEN_QUOTE = re.compile(r"\s*,?\s*\"")
_WORD = re.compile(r"\s*([\w'’\-]+)")
_NUMERAL = re.compile(r"\s*(?:at\s+least|more\s+than|up\s+to|over|about|around|nearly|almost)\s+(?:\d|one|two|three|"
                       r"four|five|six|seven|eight|nine|ten|a\s+dozen|dozens|hundreds)")
_FRAGMENT = re.compile(r"((?:\s+[\w'’\-]+){0,6}?)\s+\"")
_CLAUSE_LINK = re.compile(r"\b(?:and|but|while|which|who|because|after|before)\b")
_STOP = re.compile(r"\s*[.;!?)]")
_CIRCUMSTANCE = re.compile(r"\s*(?:after|before|following|during|when|while|as|at|in|on)\b")
_CONTENT_SIGN = re.compile(r"\bthat\b|:|\"")
_PAREN = re.compile(r"\s*[,—–]")
_PAREN_FULL = re.compile(r"\s*[,—–]\s*")
_LEAD_WORD = re.compile(r"[A-Za-z]\w*")
_COMMA = re.compile(r"\s*,")
_COMMA_FULL = re.compile(r"\s*,\s*")
# A document or tally that stands between "according to" and the body that issued it.
_SOURCE_DOCUMENT = re.compile(
    r"\s+(?:(?:initial|preliminary|updated|official|the\s+latest)\s+)?(?:information|data|figures|reports)\s+(?:from|by|of)\s+"
    r"|\s+(?:a|an|the|its|his|her|their)\s+(?:[\w\-]+\s+){0,2}?(?:statement|report|update|post|message|data|figures|"
    r"tally|estimate|assessment|summary|release|video|communique|readout)s?\s+(?:(?:issued|released|published|posted)"
    r"\s+)?(?:from|by|of)\s+")
_CITING_THAT = re.compile(r"\s*,\s*(?:citing|quoting)\s+[^,.;:\"]{1,80}?,\s*that\s+")
_BY_OUTLET = re.compile(r"\s+by\s+(?:the\s+)?[A-Z][\w\-.]*(?:\s+[A-Z][\w\-.]*){0,3}")
_OBJECT_PRONOUN = {"him": "he", "her": "she", "them": "they", "it": "it"}
_PREPOSITION = {"of", "about", "against", "for", "on", "to", "with", "in", "at", "by", "from", "into", "over",
                "up", "out", "off", "down", "back", "him", "them", "me", "goodbye"}


@dataclass(slots=True)
class Hit:
    """One cue and the layout found around it."""

    start: int
    end: int
    form: str
    lemma: str
    phrase: Phrase | None = None
    speaker_side: str = "left"  # left | right | participle | coordinated
    layout: str = "none"  # that | colon | quote | bare | closed | fragment | according | none
    content_start: int | None = None  # right content begins here
    claim_start: int = 0  # where this cue's attribution words begin (bounds an earlier content)
    comma_before: bool = False
    inverted: bool = False
    via_only: bool = False
    fragment_quote: int | None = None  # open-mark position of a quoted fragment the cue governs


def read_cue(m: re.Match[str], frame: str, toks: list[tuple[str, int, int]],
             unit_start: int, unit_end: int) -> Hit | None:
    form = m.group()
    low = form if form.isalpha() else " ".join(form.split())  # one word needs no spacing folded
    if low.lower() in ("according to", "as per"):
        return _according(m, frame, toks, unit_start, unit_end)
    lemma = verbs.lemma_of(low)
    if lemma is None:
        return None
    ti = names.token_at(toks, m.start())
    if ti is None:
        return None
    hit = Hit(m.start(), m.end(), low, lemma, claim_start=m.start())
    prev = toks[ti - 1][0] if ti > 0 else ""
    hit.comma_before = prev in {",", "—", "–", "-", "("}
    if verbs.is_participle(low) and lemma not in {"quote", "cite"}:
        if prev.lower() == "as":
            return None  # "quoted ... as saying": handled by the quote cue
        # "..., while adding that", "..., also noting": a linking word between the comma and the participle
        linked = prev.lower() in {"while", "also"} and ti > 1 and toks[ti - 2][0] in {",", "—", "–"}
        absolute = None if hit.comma_before or linked else _with_speaker(toks, ti, frame)
        if absolute is not None:
            # "..., with President Zelensky calling it a 'theatrical performance'": the named person speaks
            hit.phrase, hit.claim_start = absolute, absolute.start
        elif not hit.comma_before and not linked and not (lemma == "say" and ti > 0 and toks[ti - 1][0].isalpha()):
            return None
        else:
            hit.speaker_side = "participle"
            hit.claim_start = toks[ti - 2][1] if linked else toks[ti - 1][1] if hit.comma_before else m.start()
    elif lemma in {"quote", "cite"}:
        return _quoted(hit, frame, toks, ti, unit_end)
    else:
        bare = verbs.is_bare_form(low, lemma)
        if bare and not _THAT_OR_COLON.match(frame, m.end(), unit_end):
            return None
        before = names.phrase_before(toks, ti, frame) if prev == "," else None
        named_before = before is not None and (before.name or before.pronoun) and not before.coordinated
        if prev in {",", '"'} and not named_before and _inverted_ok(toks, ti) \
                and lemma not in {"call", "dub", "term", "brand", "label", "describe", "tell"}:
            ph = names.phrase_after(toks, _skip_after(toks, ti + 1), frame)
            if ph is not None and not ph.pronoun:
                hit.phrase, hit.speaker_side, hit.inverted = ph, "right", True
                hit.claim_start = toks[ti - 1][1] if prev == "," else m.start()
                _layout(hit, frame, _after_phrase(toks, ph, frame), unit_end, lemma)
                if hit.layout not in ("closed",):
                    hit.layout = "closed"
                return hit
        # the phrase read just above for a comma is the same walk from the same token
        ph = before if prev == "," else names.phrase_before(toks, ti, frame)
        if ph is None:
            return None
        if bare and ph.text.split()[0].lower() in {"a", "an", "the", "his", "her", "its"} \
                and not any(w[:1].isupper() for w in ph.text.split()[1:]):
            return None  # "in a social media post that": a noun, not a verb
        if ph.coordinated:
            hit.speaker_side = "coordinated"
            hit.claim_start = ph.start
            if ti > 1 and toks[ti - 2][0] == ",":
                hit.claim_start = toks[ti - 2][1]
        else:
            hit.phrase = ph
            hit.claim_start = ph.start
            k = names.token_at(toks, ph.start)
            if k is not None and k > 0 and toks[k - 1][0] == ",":
                hit.comma_before = True
                hit.claim_start = toks[k - 1][1]
    pos = m.end()
    if lemma == "tell":
        obj = _TOLD_OBJECT.match(frame, pos, unit_end)
        if obj:
            pos = obj.end()
    _layout(hit, frame, pos, unit_end, lemma)
    return hit


def _inverted_ok(toks: list[tuple[str, int, int]], ti: int) -> bool:
    """`…," said X` or `…, said X`: the cue starts the attribution after the words."""
    return ti + 1 < len(toks)


def _skip_after(toks: list[tuple[str, int, int]], i: int) -> int:
    while i < len(toks) and toks[i][0].lower() in {"on", "late", "early"} and i + 1 < len(toks) \
            and toks[i + 1][0].lower() in names.WEEKDAYS:
        i += 2
    return i


def _after_phrase(toks: list[tuple[str, int, int]], ph: Phrase, frame: str) -> int:
    end = ph.end
    if ph.appositive:
        at = frame.find(ph.appositive, ph.end)
        if at >= 0:
            end = at + len(ph.appositive)
    return end


# "confirmed its forces had struck ..." reports speech, "confirmed the meeting" does not: these cues
# take a bare clause only when a finite verb follows in it.
_CLAUSE_NEEDED = {"confirm", "report"}
_FINITE = re.compile(r"\b(?:is|was|were|are|has|had|have|will|would|could|can|may|might|must|\w{3,}ed)\b")


# "dismissed statements that ...", "confirming media reports that ...": the claim and what it says
_ABOUT_CLAIMS = {"dismiss", "reject", "deny", "confirm", "denounce", "refute"}
_CLAIM_THAT = re.compile(r"\s+((?:the\s+|these\s+|those\s+)?(?:[a-z]+\s+)?(?:claims?|statements?|reports?|suggestions?|"
                         r"allegations?|accusations?|assertions?|rumou?rs?)\s+that\s)")
_URGED = re.compile(r"\s+((?:[\w'’\-]+,?\s+){1,6}?to\s+[a-z])")
_CALLED_FOR = re.compile(r"\s+for\s+(\w)")


_PARTICIPLE_CLAUSE = {"say", "tell", "add", "note", "warn", "claim", "insist", "state", "stress", "explain", "argue",
                      "admit", "assert"}


def _with_speaker(toks: list[tuple[str, int, int]], ti: int, frame: str) -> names.Phrase | None:
    """The named speaker of `with X saying ...`, if the participle at `ti` has one."""
    ph = names.phrase_before(toks, ti, frame)
    if ph is None or not ph.name or ph.pronoun:
        return None
    k = names.token_at(toks, ph.start)
    return ph if k and toks[k - 1][0].lower() == "with" else None


def _clause_end(rest: str) -> int:
    m = _STOP.search(rest)
    return m.start() if m else len(rest)


def _layout(hit: Hit, frame: str, pos: int, unit_end: int, lemma: str) -> None:
    for _ in range(6):
        a = ADJUNCT.match(frame, pos, unit_end)
        if not a or a.end() == pos:
            break
        pos = a.end()
    rest = frame[pos:unit_end]
    m = _THAT.match(rest)
    if m:
        hit.layout, hit.content_start = "that", pos + m.end()
        if _THAT_SUBJECT.match(rest, m.end()):
            hit.content_start = pos + rest.index("that")  # "said that depended on Moscow": the pronoun
        return
    m = _COLON.match(rest)
    if m:
        hit.layout, hit.content_start = "colon", pos + m.end()
        return
    m = _OPEN_QUOTE.match(rest)
    if m:
        hit.layout, hit.content_start = "quote", pos + m.end() - 1
        return
    word = _WORD.match(rest)
    numeral = _NUMERAL.match(rest)
    if word and lemma in verbs.BARE_CLAUSE and (word.group(1).lower() not in _PREPOSITION or numeral) \
            and not verbs.is_bare_form(hit.form, lemma) \
            and (hit.speaker_side != "participle" or lemma in _PARTICIPLE_CLAUSE) \
            and (lemma not in _CLAUSE_NEEDED or _FINITE.search(rest[:_clause_end(rest)])):
        hit.layout, hit.content_start = "bare", pos + word.start(1)
        return
    appeal = _URGED.match(rest) if lemma == "urge" else _CALLED_FOR.match(rest) if lemma == "call" else \
        _CLAIM_THAT.match(rest) if lemma in _ABOUT_CLAIMS else None
    if appeal and not _OPEN_QUOTE.match(rest, appeal.start(1)):
        # "urged residents to donate blood", "called for a Security Council meeting": the appeal is the statement
        hit.layout, hit.content_start = "bare", pos + appeal.start(1)
        return
    if lemma in verbs.FRAGMENT_CUES:
        f = _FRAGMENT.match(rest)
        if f and not _CLAUSE_LINK.search(f.group(1)):
            hit.layout, hit.fragment_quote = "fragment", pos + f.end() - 1
            return
    if not rest.strip() or _STOP.match(rest):
        hit.layout = "closed"
        return
    if _CIRCUMSTANCE.match(rest) \
            and not _CONTENT_SIGN.search(rest):
        hit.layout = "closed"  # "Marchenko said after the final whistle.": the words came before
        return
    m = _CITING_THAT.match(rest)
    if m:
        # "Reuters reported, citing two sources, that ...": the relay's source sits between cue and words
        hit.layout, hit.content_start = "that", pos + m.end()
        return
    if _PAREN.match(rest):
        hit.layout = "closed"
        hit.content_start = pos + _PAREN_FULL.match(rest).end()  # a parenthetical cue


def _according(m: re.Match[str], frame: str, toks: list[tuple[str, int, int]],
               unit_start: int, unit_end: int) -> Hit | None:
    ti = names.token_at(toks, m.start())
    if ti is None:
        return None
    end_ti = ti + (2 if m.group().split()[0].lower() in ("according", "as") else 1)
    hit = Hit(m.start(), m.end(), "according to", "according to", speaker_side="right", claim_start=m.start())
    doc = _SOURCE_DOCUMENT.match(frame, m.end(), unit_end)
    if doc:
        # "according to a statement from the Russian Defence Ministry": the body that issued it speaks
        end_ti = next((i for i in range(end_ti, len(toks)) if toks[i][1] >= doc.end()), len(toks))
    obj = toks[end_ti][0].lower() if end_ti < len(toks) else ""
    if obj in _OBJECT_PRONOUN:
        # "According to him, the talks were frank": the object form refers back like "he said"
        t = toks[end_ti]
        ph = names.Phrase(t[1], t[2], t[0], pronoun=_OBJECT_PRONOUN[obj])
    else:
        ph = names.phrase_after(toks, end_ti, frame)
    if ph is None:
        return None
    hit.phrase = ph
    prev = toks[ti - 1][0] if ti > 0 else ""
    hit.comma_before = prev in {",", "—", "–", "("}
    if hit.comma_before:
        hit.claim_start = toks[ti - 1][1]
    after = _after_phrase(toks, ph, frame)
    rest = frame[after:unit_end]
    lead = frame[unit_start:m.start()]
    lead_words = len(_LEAD_WORD.findall(lead))
    if _COMMA.match(rest) and lead_words <= 3:
        hit.layout = "according"
        hit.content_start = after + _COMMA_FULL.match(rest).end()
    else:
        hit.layout = "closed"
    return hit


def _quoted(hit: Hit, frame: str, toks: list[tuple[str, int, int]], ti: int, unit_end: int) -> Hit | None:
    """`TASS quoted Peskov as saying`, `Peskov was quoted by TASS as saying`."""
    nxt = toks[ti + 1][0].lower() if ti + 1 < len(toks) else ""
    prev = toks[ti - 1][0].lower() if ti > 0 else ""
    if nxt == "as" and prev in {"was", "were", "is", "are"}:
        # '"...," Shoigu was quoted as saying by RIA Novosti': the words came before
        ph = names.phrase_before(toks, ti - 1, frame)
        a = _AS_SAYING.match(frame, hit.end, unit_end)
        if ph is None or a is None:
            return None
        hit.phrase, hit.claim_start = ph, ph.start
        k = names.token_at(toks, ph.start)
        if k is not None and k > 0 and toks[k - 1][0] == ",":
            hit.comma_before = True
            hit.claim_start = toks[k - 1][1]
        by = _BY_OUTLET.match(frame, a.end(), unit_end)
        _layout(hit, frame, by.end() if by else a.end(), unit_end, "say")
        return hit
    if nxt == "by" and prev in {"was", "were", "is", "are"}:
        ph = names.phrase_before(toks, ti - 1, frame)
        j = ti + 2
        while j < len(toks) and toks[j][0] not in {",", "."} and toks[j][0].lower() != "as":
            j += 1
        if ph is None or j >= len(toks) or toks[j][0].lower() != "as":
            return None
        hit.phrase, hit.claim_start = ph, ph.start
        pos = toks[j][1]
    elif nxt == "by" or hit.form.endswith("ing"):
        return None
    else:
        obj = toks[ti + 1] if ti + 1 < len(toks) else None
        if obj is not None and obj[0].lower() in _OBJECT_PRONOUN:
            # "Lukashenko's press service quoted him as saying": the one quoted, named before
            ph = names.Phrase(obj[1], obj[2], obj[0], pronoun=_OBJECT_PRONOUN[obj[0].lower()])
        else:
            ph = names.phrase_after(toks, ti + 1, frame)
        if ph is None:
            return None
        hit.phrase, hit.speaker_side = ph, "right"
        pos = _after_phrase(toks, ph, frame)
        if prev in {",", '"'}:
            hit.claim_start = toks[ti - 1][1]
        else:
            src = names.phrase_before(toks, ti, frame)
            hit.claim_start = src.start if src else hit.start
            k = next((i for i, t in enumerate(toks) if t[1] == hit.claim_start), None)
            if k and toks[k - 1][0] == ",":
                hit.comma_before = True
                hit.claim_start = toks[k - 1][1]
    a = _AS_SAYING.match(frame, pos, unit_end)
    if not a:
        return None
    _layout(hit, frame, a.end(), unit_end, "say")
    return hit
