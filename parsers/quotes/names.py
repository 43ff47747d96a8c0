"""Speaker phrases: finding them next to a cue and splitting the role from the name.

News copy stacks titles in front of names ("Kremlin spokesman Dmitry Peskov",
"Russian Foreign Minister Sergei Lavrov") and puts them in appositives
("Andriy Kovalenko, head of the Center for ..."). The name is the trailing run
of capitalised words that are not title words; everything before it is the
role. Phrases are read by walking tokens away from the cue, which keeps the
work proportional to the phrase, not to the report.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from operator import itemgetter

from .verbs import trie_regex


ROLE_WORDS = {
    "president", "presidential", "prime", "minister", "ministers", "foreign", "defence", "defense",
    "spokesman", "spokeswoman", "spokesperson", "press", "secretary", "mayor", "governor",
    "regional", "deputy", "head", "chief", "commander", "commander-in-chief", "adviser", "advisor",
    "aide", "envoy", "ambassador", "general", "gen.", "lt.", "col.", "maj.", "capt.", "adm.", "sgt.",
    "colonel", "lieutenant", "major", "admiral", "chairman", "chairwoman", "chair", "speaker",
    "leader", "official", "officer", "senator", "sen.", "rep.", "representative", "negotiator",
    "ombudsman", "commissioner", "director", "acting", "former", "top", "senior", "special",
    "chancellor", "vice", "lawmaker", "member", "founder", "executive", "mp", "dr.", "mr.", "mrs.",
    "ms.", "gov.", "pope", "king", "queen", "patriarch", "metropolitan", "coordinator", "counterpart",
    "spokespeople", "mr", "mrs", "ms", "dr", "gov", "military", "security", "national", "state",
    "interior", "health", "energy", "economy", "finance", "justice", "emergencies", "intelligence",
    "policy", "affairs", "council", "administration", "office", "first", "lady", "assistant",
    "investigator", "prosecutor", "judge", "analyst", "expert", "blogger", "correspondent",
    "commentator", "pilot", "soldier", "resident", "mother", "father", "wife", "husband", "son",
    "daughter", "ceo", "manager", "operator", "watchdog", "agency", "regulator", "company", "firm",
    "provider", "utility", "broadcaster", "channel", "service", "ministry", "staff", "army",
    "force", "forces", "guard", "command", "navy", "government", "authorities", "mission",
    "delegation", "team", "committee", "party", "parliament", "senate", "duma", "rada",
    "nuclear", "atomic", "aviation", "air", "railway", "railways", "grid", "power", "human",
    "rights", "foreign-policy", "foreign-intelligence", "in-chief", "ukrainian-installed",
    "russian-installed", "moscow-installed", "kremlin-installed", "pro-russian", "pro-kremlin",
    "russian-appointed", "kremlin-backed", "moscow-backed", "city", "oblast", "district", "region",
    "local", "military-civilian", "civil", "emergency", "presidential-office",
    "premier", "vice-premier", "lead", "embassy", "iran-backed", "us-backed", "u.s.-backed", "western-backed", "kyiv-backed",
    "moscow-appointed", "kremlin-appointed",
    # plural bodies that wire copy cites as a source: "according to Ukrainian emergency services"
    "services", "police",
}
NATIONALITY = {
    "russian": "Russia", "ukrainian": "Ukraine", "us": "United States", "u.s.": "United States",
    "american": "United States", "french": "France", "british": "United Kingdom", "uk": "United Kingdom",
    "german": "Germany", "turkish": "Turkey", "polish": "Poland", "chinese": "China",
    "belarusian": "Belarus", "italian": "Italy", "hungarian": "Hungary", "slovak": "Slovakia",
    "finnish": "Finland", "saudi": "Saudi Arabia", "indian": "India", "european": "European Union",
    "eu": "European Union", "nato": "NATO", "un": "United Nations", "u.n.": "United Nations",
    "kremlin": "Kremlin", "moscow": "Russia", "kyiv": "Ukraine", "kiev": "Ukraine",
    "white": "United States", "israeli": "Israel", "iranian": "Iran", "north": "",
}
COUNTRY_POSSESSIVE = {
    "russia's": "Russia", "ukraine's": "Ukraine", "america's": "United States", "britain's": "United Kingdom",
    "france's": "France", "germany's": "Germany", "turkey's": "Turkey", "moscow's": "Russia",
    "kyiv's": "Ukraine", "kiev's": "Ukraine", "kremlin's": "Kremlin", "poland's": "Poland",
    "china's": "China", "nato's": "NATO", "europe's": "European Union", "washington's": "United States",
}
CONNECTORS = {"of", "the", "for", "and", "on", "at", "in", "to", "de", "von", "van", "der", "bin", "al", "al-"}
DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "another", "one", "two", "some", "several"}
PRONOUNS = {"he": "m", "she": "f", "they": "p", "it": "n", "i": "x", "we": "x", "you": "x"}
# Tokens skipped between a speaker and the cue: "Peskov also said", "Zelensky has repeatedly said".
SKIP_BEFORE_CUE = {
    "also", "later", "earlier", "previously", "then", "again", "repeatedly", "reportedly", "separately",
    "has", "have", "had", "once", "further", "recently", "openly", "publicly", "subsequently", "had,",
    "already", "himself", "herself", "itself", "themselves", "first", "last", "still", "now", "only",
    "directly", "explicitly", "personally", "clearly", "bluntly", "flatly", "categorically", "firmly",
    "immediately", "quickly", "insistently", "frequently", "often", "would", "will", "did", "does",
    "not", "never", "may", "might", "could", "has,", "just", "yesterday", "today", "tonight",
}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


@dataclass(slots=True)
class Phrase:
    """A speaker phrase as written, with its role and name parts."""

    start: int
    end: int
    text: str
    role: str | None = None
    name: str | None = None
    appositive: str | None = None
    pronoun: str | None = None
    coordinated: bool = False
    relative: bool = False  # "which"/"who": the phrase is the noun before the comma
    anonymous: bool = False  # "a source close to the talks": someone who is deliberately not named
    tokens: list[str] = field(default_factory=list)


_ABBREV = ("Gen", "Lt", "Col", "Maj", "Capt", "Adm", "Sgt", "Gov", "Sen", "Rep", "Dr", "Mr", "Mrs", "Ms", "St", "Jr",
           "Sr", "Prof", "gen", "lt", "col", "maj", "capt", "adm", "sgt", "gov", "sen", "rep", "dr", "mr", "mrs", "ms",
           "st", "jr", "sr", "prof")
# A masked quote ("####") is one token; a title's or an initial's full stop stays with it ("Gen.", "U.S.", "V.").
# Written for the regex engine, which tries the branches in order at every token: the leading \s*
# eats the space before a token inside the match (no token begins with a space), so the engine
# does not try every branch at every blank; the titles (a trie) are tried only for a short word
# with a full stop (the lookahead); "U.S." and "V." share their first step; a word ends on a
# letter or digit ("Kyiv’" gives "Kyiv") without the engine backing off. The pattern has no
# anchor, lookbehind or \b, so matching text[start:end] in place equals matching the slice.
_TOKENS = re.compile(
    r"\s*(#+"
    r"|(?=[A-Za-z][a-z]{1,3}\.)(?:" + trie_regex(list(_ABBREV)) + r")\.(?=\s)"
    r"|[A-Z]\.(?:(?:[A-Z]\.)+|(?=\s+[A-Z]))"
    r"|[^\W\d_]\w*(?:['’\-]+\w+)*|\d[\w.,]*|[^\w\s])"
)


_START = itemgetter(1)


def tokens(text: str, base: int = 0) -> list[tuple[str, int, int]]:
    return [(m[1], base + m.start(1), base + m.end(1)) for m in _TOKENS.finditer(text)]


def tokens_between(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The tokens of text[start:end] with offsets into `text`, read in place: a sentence is
    tokenised without copying it or shifting every offset."""
    return [(m[1], m.start(1), m.end(1)) for m in _TOKENS.finditer(text, start, end)]


def token_at(toks: list[tuple[str, int, int]], pos: int) -> int | None:
    """The index of the token that starts at offset `pos`, if one does: tokens are in text order, so
    a bisection finds it without an index built for every sentence."""
    i = bisect_left(toks, pos, key=_START)
    return i if i < len(toks) and toks[i][1] == pos else None


def _cap(tok: str) -> bool:
    return tok[:1].isupper() or (tok[:1] in "'’" and tok[1:2].isupper())


def is_role_word(tok: str) -> bool:
    return tok.lower() in _TITLE_WORDS


MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec."}


_DATE_WORDS = frozenset(WEEKDAYS | MONTHS)
_ROLE_OR_POSSESSIVE = frozenset(ROLE_WORDS | COUNTRY_POSSESSIVE.keys())
_TITLE_WORDS = frozenset(ROLE_WORDS | NATIONALITY.keys() | COUNTRY_POSSESSIVE.keys())
_SKIP_OR_WEEKDAY = frozenset(SKIP_BEFORE_CUE | WEEKDAYS)


def _phrase_token(tok: str) -> bool:
    low = tok.lower()
    if low in _DATE_WORDS:
        return False
    return _cap(tok) or low in _ROLE_OR_POSSESSIVE


def _adverb(toks: list[tuple[str, int, int]], i: int) -> bool:
    """`initially said`, `has long complained`: a manner or time adverb between a speaker and the cue."""
    word = toks[i][0]
    if word == "long":
        return i > 0 and toks[i - 1][0].lower() in {"has", "have", "had"}
    return len(word) > 4 and word.endswith("ly") and word.isalpha() and word.islower()


def _first_name_in_commas(toks: list[tuple[str, int, int]], i: int, text: str) -> Phrase | None:
    """`Another resident, Roman, told Suspilne`: a first name alone, set off after who the person is."""
    if i < 3 or toks[i - 2][0] != "," or not _cap(toks[i - 1][0]) or not toks[i - 1][0].isalpha():
        return None
    j = i - 3
    while j > 0 and i - 3 - j < 3 and toks[j - 1][0] not in _BREAK and toks[j - 1][0].islower():
        j -= 1
    if toks[i - 3][0].lower() not in ANON_HEADS:
        return None
    name = toks[i - 1][0]
    return Phrase(toks[j][1], toks[i - 1][2], text[toks[j][1]:toks[i - 1][2]], role=text[toks[j][1]:toks[i - 3][2]],
                  name=name)


def phrase_before(toks: list[tuple[str, int, int]], end: int, text: str) -> Phrase | None:
    """The speaker phrase that ends at token index `end` (exclusive), walking left."""
    i = end - 1
    while i >= 0:
        low = toks[i][0].lower()
        if low in _SKIP_OR_WEEKDAY or (low == "on" and i + 1 < end and toks[i + 1][0].lower() in WEEKDAYS) \
                or _adverb(toks, i):
            i -= 1
        else:
            break
    if i >= 2 and toks[i][0] == ")":
        # "Ukraine's military intelligence agency (HUR) said": a short parenthesis is skipped
        k = next((x for x in range(i - 1, max(-1, i - 5), -1) if toks[x][0] == "("), None)
        if k is not None and k > 0:
            inner = phrase_before(toks, k, text)
            if inner is not None and not inner.pronoun and not inner.coordinated:
                # keep the bracketed short name in the phrase: it is often the body's known name
                inner.end = toks[i][2]
                inner.text = text[inner.start:inner.end]
            return inner
    if i < 0:
        return None
    word = toks[i][0]
    low = word.lower()
    if low in PRONOUNS:
        return Phrase(toks[i][1], toks[i][2], word, pronoun=low)
    if low in {"which", "who"} and i > 0 and toks[i - 1][0] == ",":
        inner = phrase_before(toks, i - 1, text)
        if inner:
            inner.relative = True
        return inner
    if low == "and" or (low == "but" and i > 0):
        return Phrase(toks[i][1], toks[i][2], word, coordinated=True)
    if word == ",":
        return _comma_phrase(toks, i, text) or _first_name_in_commas(toks, i, text)
    if word == "year-old" and i > 2 and toks[i - 1][0] == "-" and toks[i - 2][0].isdigit() \
            and toks[i - 3][0].lower() == "the":
        # "the 70-year-old told AFP": a person described by age refers back
        a = toks[i - 3][1]
        return Phrase(a, toks[i][2], text[a:toks[i][2]], role=text[toks[i - 2][1]:toks[i][2]])
    if word.isalpha() and word.islower() and low not in ROLE_WORDS and low not in GENERIC_NOUNS:
        return _postmodified_source(toks, i, text)
    if low in GENERIC_NOUNS:
        j = i
        while j - 1 >= 0 and j > i - 3 and toks[j - 1][0].isalpha() and toks[j - 1][0].lower() not in DETERMINERS \
                and toks[j - 1][0].lower() not in _LEAD_NOISE and toks[j - 1][0].lower() not in SKIP_BEFORE_CUE:
            j -= 1
        if j - 1 >= 0 and (toks[j - 1][0].lower() in DETERMINERS or toks[j - 1][0].lower() in COUNTRY_POSSESSIVE):
            j -= 1  # "the police", "Ukraine's national police"
        return Phrase(toks[j][1], toks[i][2], text[toks[j][1]:toks[i][2]], role=text[toks[j][1]:toks[i][2]])
    start = _walk_left(toks, i)
    if start is None:
        return None
    ph = _build(toks, start, i + 1, text)
    if ph is None:
        return None
    # "Oleksandr Pertsovskiy, the head of Ukrainian Railways said": the phrase is an appositive.
    if (ph.name is None or toks[start][0].lower() in DETERMINERS) and _person_role(ph.tokens):
        k = start - 1
        if k > 0 and toks[k][0] == ",":
            inner = _walk_left(toks, k - 1)
            if inner is not None:
                named = _build(toks, inner, k, text)
                if named and named.name and not named.pronoun and len(named.name.split()) >= 2:
                    named.appositive = ph.text
                    named.role = named.role or _strip_det(ph.text)
                    return named
    return ph


PERSON_TITLES = {
    "president", "minister", "spokesman", "spokeswoman", "spokesperson", "mayor", "governor", "general",
    "gen.", "adviser", "advisor", "aide", "envoy", "ambassador", "chairman", "chairwoman", "leader",
    "official", "commander", "secretary", "chancellor", "senator", "head", "chief", "deputy", "lawmaker",
    "commissioner", "ombudsman", "director", "colonel", "lieutenant", "major", "mr", "mr.", "mrs", "mrs.",
    "ms", "ms.", "dr", "dr.", "negotiator", "representative", "premier", "speaker", "founder", "officer",
    "lt.", "col.", "maj.", "adm.", "admiral", "gov.", "sen.", "rep.", "prime", "coordinator", "executive",
}


def _person_role(words: list[str]) -> bool:
    """A role that a person holds ("the head of ..."), as opposed to a body ("the Defence Ministry")."""
    low = [w.lower() for w in words]
    if not any(w in PERSON_TITLES for w in low):
        return False
    return low[-1] not in {"ministry", "staff", "service", "office", "kremlin", "force", "forces", "council",
                           "committee", "agency", "command", "administration", "government"} or "of" in low


def _appositive_ok(toks: list[tuple[str, int, int]], a: int, b: int) -> bool:
    """An appositive is a title, not a clause: no verbs, no numbers, few plain words."""
    plain = 0
    for tok, _, _ in toks[a:b]:
        low = tok.lower()
        if tok[:1].isdigit() or low in _CLAUSE_WORDS:
            return False
        if not (_phrase_token(tok) or low in CONNECTORS or low in DETERMINERS):
            plain += 1
    return plain <= 2


_CLAUSE_WORDS = {"said", "says", "told", "added", "later", "had", "has", "have", "was", "were", "is", "are",
                 "will", "would", "could", "that", "which", "who", "reported", "stated", "noted", "wrote"}


_BODY_HEADS = {"command", "service", "services", "administration", "ministry", "agency", "company", "office",
               "operator", "forces", "force", "staff", "council", "committee", "directorate", "authority"}
GENERIC_NOUNS = {
    "officials", "analysts", "authorities", "sources", "source", "experts", "bloggers", "residents",
    "witnesses", "observers", "diplomats", "lawmakers", "critics", "groups", "coach", "police", "rescuers",
    "medics", "doctors", "activists", "media", "reports", "commentators", "negotiators", "officers",
    "people", "traders", "economists", "investigators", "prosecutors", "forecasters", "meteorologists",
    "organisers", "organizers", "campaigners", "volunteers", "survivors", "relatives", "neighbours",
    "neighbors", "locals", "insiders", "aides", "spokespeople", "governments", "leaders", "ministers",
}
_SKIPPABLE_SEGMENT = {"who", "which", "whose", "on", "in", "at", "during", "speaking", "after", "before",
                      "while", "when", "writing", "visiting", "asked", "however", "meanwhile", "too",
                      "also", "for", "from", "like", "unlike", "according", "citing", "quoted", "its", "his", "her"}


def _comma_phrase(toks: list[tuple[str, int, int]], i: int, text: str) -> Phrase | None:
    """`Name, the role, said` / `The role, Name, said` / `Name, who ..., said` / `Name, on a visit, said`."""
    j = i - 1
    while j >= 0 and toks[j][0] not in {",", ".", ";", '"', ":"}:
        j -= 1
    if j <= 0 or toks[j][0] != "," or i - j <= 1 or i - j > 25:
        return None
    first = toks[j + 1][0]
    fl = first.lower()
    if fl in _SKIPPABLE_SEGMENT:
        return _name_ending_at(toks, j - 1, text)
    seg_start = _walk_left(toks, i - 1)
    seg = _build(toks, seg_start, i, text) if seg_start is not None and seg_start == j + 1 else None
    if seg is not None and seg.name and not seg.role and len(seg.name.split()) >= 2:
        # "The regional governor, Oleh Kiper, said"
        before = _name_ending_at(toks, j - 1, text)
        if before is not None and before.name is None and before.role:
            seg.role = before.role
            seg.appositive = before.text
        return seg
    if _starts_role(first):
        name = _name_ending_at(toks, j - 1, text)
        if name and name.name and not name.pronoun:
            name.appositive = text_between(text, toks[j + 1][1], toks[i - 1][2])
            name.role = name.role or _strip_det(name.appositive)
            return name
    return None


def _name_ending_at(toks: list[tuple[str, int, int]], k: int, text: str) -> Phrase | None:
    if k < 0:
        return None
    if toks[k][0].lower() in GENERIC_NOUNS:
        return phrase_before(toks, k + 1, text)
    if toks[k][0].lower() in PRONOUNS:
        return Phrase(toks[k][1], toks[k][2], toks[k][0], pronoun=toks[k][0].lower())
    start = _walk_left(toks, k)
    if start is None:
        return None
    return _build(toks, start, k + 1, text)


def _starts_role(tok: str) -> bool:
    low = tok.lower()
    return low in DETERMINERS or low in ROLE_WORDS or low in NATIONALITY or low in COUNTRY_POSSESSIVE


def _walk_left(toks: list[tuple[str, int, int]], i: int) -> int | None:
    if i < 0 or not _phrase_token(toks[i][0]) or toks[i][0].lower() in CONNECTORS:
        if not (i >= 0 and toks[i][0].lower() in ROLE_WORDS):
            return None
    j = i
    while j - 1 >= 0:
        prev = toks[j - 1][0]
        low = prev.lower()
        if low in DETERMINERS:
            if j - 3 >= 0 and toks[j - 2][0].lower() in {"of", "for"} and _phrase_token(toks[j - 3][0]):
                j -= 3  # "the governor of the region"
                continue
            j -= 1
            break
        if _phrase_token(prev) and low not in PRONOUNS and low not in SKIP_BEFORE_CUE:
            j -= 1
            continue
        if low in CONNECTORS and j - 2 >= 0 and _phrase_token(toks[j - 2][0]):
            j -= 1
            continue
        if prev.isalpha() and prev.islower() and toks[j][0].lower() in _BODY_HEADS and j - 2 >= 0 \
                and (toks[j - 2][0].lower() in COUNTRY_POSSESSIVE or toks[j - 2][0].lower() in NATIONALITY
                     or toks[j - 2][0].endswith(("'s", "’s"))):
            j -= 1  # "Ukraine's southern command", "Poland's operational command"
            continue
        break
    # A sentence-initial capital is not a name ("Meanwhile Peskov said" keeps only "Peskov").
    while j < i and toks[j][0].lower() in _LEAD_NOISE:
        j += 1
    while j <= i and toks[j][0].lower() in CONNECTORS - {"the"}:
        j += 1
    return j if j <= i else None


_LEAD_NOISE = {
    "according", "meanwhile", "however", "but", "and", "also", "earlier", "later", "separately", "moreover",
    "still", "instead", "yet", "so", "then", "now", "today", "in", "on", "at", "after", "before",
    "speaking", "asked", "when", "while", "although", "as", "since", "if", "because", "there",
    "here", "this", "that", "these", "those", "nonetheless", "nevertheless", "furthermore", "indeed",
}


def phrase_after(toks: list[tuple[str, int, int]], begin: int, text: str) -> Phrase | None:
    """The speaker phrase that starts at token index `begin`, walking right (inverted layouts)."""
    i = begin
    n = len(toks)
    if i >= n:
        return None
    low = toks[i][0].lower()
    if low in PRONOUNS:
        return Phrase(toks[i][1], toks[i][2], toks[i][0], pronoun=low)
    anon = _anonymous_after(toks, i, text)
    if anon is not None:
        return anon
    j = i
    if low in DETERMINERS:
        j += 1
    if j < n and toks[j][0].lower().replace("’", "'") in _PLACE_POSSESSIVE:
        j += 1  # "reported the city's administration": the office of a place just named
    # "said meteorologist Natalka Didenko": a lower-case job title before a two-word name
    k = j
    while k < n and k - j < 3 and toks[k][0].isalpha() and toks[k][0].islower() and toks[k][0] not in CONNECTORS:
        k += 1
    if k > j and k + 1 < n and _cap(toks[k][0]) and _cap(toks[k + 1][0]) and not is_role_word(toks[k][0]):
        j = k
    while j < n:
        tok = toks[j][0]
        tl = tok.lower()
        if _phrase_token(tok) and tl not in WEEKDAYS and tl not in {"on", "in", "at"}:
            j += 1
            continue
        if tl in CONNECTORS and j + 1 < n and _phrase_token(toks[j + 1][0]) and tl not in {"on", "in", "at", "to"}:
            j += 1
            continue
        break
    if j == i or (j == i + 1 and low in DETERMINERS):
        return None
    ph = _build(toks, i, j, text)
    if ph is None:
        return None
    if ph.name is None and ph.role and j + 2 < n and toks[j][0] == ",":
        named = name_in_apposition(toks, j + 1, text)
        if named is not None:
            ph.name = ph.appositive = named
            return ph
    # appositive: ", head of the Center for ...," / ", the Kremlin spokesman."
    if j + 1 < n and toks[j][0] == "," and _starts_role(toks[j + 1][0]) and toks[j + 1][0].lower() not in {"in", "on", "at"}:
        k = j + 1
        while k < n and toks[k][0] not in {",", ".", ";", '"', "(", ")"}:
            k += 1
        if not _appositive_ok(toks, j + 1, k):
            return ph
        ap = text_between(text, toks[j + 1][1], toks[k - 1][2])
        ph.appositive = ap
        if ph.name and not ph.role:
            ph.role = _strip_det(ap)
    return ph


_PLACE_POSSESSIVE = {"city's", "region's", "country's", "town's", "oblast's"}
_NOT_IN_NAME = WEEKDAYS | MONTHS | NATIONALITY.keys() | COUNTRY_POSSESSIVE.keys()


def name_in_apposition(toks: list[tuple[str, int, int]], a: int, text: str) -> str | None:
    """`according to the governor, Vyacheslav Gladkov, three ...`: a title and then, set off by
    commas, the name of who holds it. Two or three capitalised words closed by a comma or the
    sentence's end, none of them a title, a country's word or a date, are that name."""
    k, n = a, len(toks)
    while k < n and k - a < 4 and _cap(toks[k][0]) and toks[k][0].replace("-", "").replace("'", "").isalpha() \
            and not is_role_word(toks[k][0]) and toks[k][0].lower() not in DETERMINERS \
            and toks[k][0].lower() not in _NOT_IN_NAME:
        k += 1
    if not 2 <= k - a <= 3 or (k < n and toks[k][0] not in {",", ".", ";"}):
        return None
    return text_between(text, toks[a][1], toks[k - 1][2])


# People a report leaves unnamed on purpose: with "a", a number or a plural they name nobody
# ("a senior State Department official", "two people familiar with the talks", "diplomats").
ANON_HEADS = {
    "official", "officials", "source", "sources", "diplomat", "diplomats", "officer", "officers", "aide", "aides",
    "insider", "insiders", "person", "people", "negotiator", "negotiators", "lawmaker", "lawmakers", "adviser",
    "advisers", "advisor", "advisors", "analyst", "analysts", "expert", "experts", "resident", "residents",
    "witness", "witnesses", "soldier", "soldiers", "commander", "commanders", "representative", "representatives",
    "member", "members", "employee", "employees", "worker", "workers", "envoy", "envoys",
}
INDEFINITE = {"a", "an", "one", "two", "three", "four", "several", "some", "other", "unnamed", "unidentified",
              "anonymous", "multiple", "many", "various", "another"}
# Words that open what follows an unnamed source: "close to", "familiar with", "briefed on", "who spoke ...".
_POSTMOD = {"close", "familiar", "with", "briefed", "involved", "who", "aware", "knowledgeable", "in", "at", "from",
            "speaking", "inside", "within", "privy", "directly", "closely", "based", "working", "requesting",
            "declining", "not"}
_BREAK = {",", ".", ";", '"', ":", "(", ")"}


def is_anonymous(words: list[str]) -> bool:
    """`a senior U.S. official`, `two diplomats`, `unnamed sources`: a source that names nobody."""
    if not words:
        return False
    head = words[-1].lower()
    if head not in ANON_HEADS:
        return False
    first = words[0].lower()
    return first in INDEFINITE or any(w.lower() in {"unnamed", "unidentified", "anonymous"} for w in words) \
        or (head.endswith("s") or head == "people") and first not in {"the", "his", "her", "its", "their"}


def _postmodified_source(toks: list[tuple[str, int, int]], i: int, text: str) -> Phrase | None:
    """`a source close to the talks said`: walk back over the modifier to an unnamed head noun."""
    j = i
    while j > 0 and i - j < 14 and toks[j][0] not in _BREAK:
        j -= 1
        if toks[j][0].lower() in ANON_HEADS and j + 1 <= i and toks[j + 1][0].lower() in _POSTMOD:
            k = j
            while k > 0 and j - k < 4 and toks[k - 1][0] not in _BREAK and (
                    toks[k - 1][0].lower() in INDEFINITE or is_role_word(toks[k - 1][0]) or _cap(toks[k - 1][0])
                    or toks[k - 1][0].lower() in {"senior", "top", "high-ranking", "western", "european", "military",
                                                  "government", "security", "defence", "defense", "intelligence"}):
                k -= 1
            words = [t[0] for t in toks[k:j + 1]]
            if not is_anonymous(words):
                return None
            a, b = toks[k][1], toks[i][2]
            return Phrase(a, b, text[a:b], role=text[a:toks[j][2]], anonymous=True, tokens=words)
    return None


def _anonymous_after(toks: list[tuple[str, int, int]], i: int, text: str) -> Phrase | None:
    """`according to a source familiar with the matter, ...`: the unnamed source and its modifier."""
    n = len(toks)
    j = i
    while j < n and j - i < 5 and toks[j][0] not in _BREAK and toks[j][0].lower() not in ANON_HEADS:
        j += 1
    if j >= n or toks[j][0].lower() not in ANON_HEADS or not is_anonymous([t[0] for t in toks[i:j + 1]]):
        return None
    end = j
    if j + 1 < n and toks[j + 1][0].lower() in _POSTMOD:
        end = j + 1
        while end + 1 < n and end - j < 14 and toks[end + 1][0] not in _BREAK:
            end += 1
    a, b = toks[i][1], toks[end][2]
    return Phrase(a, b, text[a:b], role=text[a:toks[j][2]], anonymous=True, tokens=[t[0] for t in toks[i:end + 1]])


def text_between(text: str, a: int, b: int) -> str:
    return text[a:b]


_DET = re.compile(r"^(?:the|a|an)\s+", re.I)


def _strip_det(s: str) -> str:
    return _DET.sub("", s.strip())


def _build(toks: list[tuple[str, int, int]], a: int, b: int, text: str) -> Phrase | None:
    """Split tokens a..b into role and name: the name is the trailing run of non-role capitals."""
    words = [t[0] for t in toks[a:b]]
    while words and words[-1] in {",", "."}:
        words.pop()
        b -= 1
    if not words:
        return None
    k = len(words)
    while k > 0 and _cap(words[k - 1]) and not is_role_word(words[k - 1].rstrip(".")) \
            and words[k - 1].lower() not in DETERMINERS:
        k -= 1
    # particles inside names: "Ursula von der Leyen", "Mohammed bin Salman"
    while k > 1 and words[k - 1].lower() in {"von", "der", "van", "bin", "al", "de"} and _cap(words[k - 2]) \
            and not is_role_word(words[k - 2]):
        k -= 1
        while k > 0 and _cap(words[k - 1]) and not is_role_word(words[k - 1]):
            k -= 1
    name_words = words[k:]
    role_words = words[:k]
    while role_words and role_words[0].lower() in DETERMINERS:
        role_words = role_words[1:]
    start, end = toks[a][1], toks[b - 1][2]
    ph = Phrase(start, end, text[start:end], tokens=words)
    if name_words:
        ph.name = " ".join(name_words)
    if role_words:
        ph.role = " ".join(role_words)
    return ph


def side_of(ph: Phrase) -> str | None:
    """The state a title names ("the Ukrainian governor" -> Ukraine), if any."""
    for w in ph.text.lower().split():
        got = NATIONALITY.get(w) or COUNTRY_POSSESSIVE.get(w)
        if got:
            return got
    return None
