"""Who reported a strike (`claimed_by`): "according to X", "X said", "X wrote on
Telegram", "citing X", "Y quoted X as saying". Media that relay a claim (CNN,
TASS, Reuters, Interfax...) are not its source, and pronouns name nobody.
Defence ministries get one canonical name per side, whatever the spelling."""
from __future__ import annotations

import re
from functools import lru_cache

from .filters import has_any

MEDIA = re.compile(
    r"\b(?:CNN|TASS|Reuters|Interfax(?:-Ukraine)?|AFP|AP|Associated\s+Press|BBC|RIA(?:\s+Novosti)?|Ukrinform|"
    r"Kyiv\s+Independent|Ukrainska\s+Pravda|Al\s+Jazeera|Bloomberg|New\s+York\s+Times|Washington\s+Post|EFE|"
    r"RFE/RL|Radio\s+Liberty|Kommersant|Izvestia|RBC|Meduza|Suspilne|UNIAN|Sky\s+News|Guardian|Euronews|"
    r"Anadolu|Xinhua|Kyiv\s+Post|Moscow\s+Times|RT|Sputnik|NHK|DPA|Deutsche\s+Welle|DW|Hromadske|"
    r"Novaya\s+Gazeta|Vedomosti|Baza|Shot|Mash|Astra|state\s+(?:media|television|TV|news\s+agency)|"
    r"(?:news\s+)?agency|media|outlet|newspaper|broadcaster|channel|the\s+report|reports?)\b", re.I)
_OUTLET_NAME = re.compile(r"\b(?:News|Times|Post|Journal|Gazette|Television|Radio|Press)$")
_REPORTER_BEFORE = re.compile(r"(?:\b(?:News|Times|Post|Journal|Press|TV|Radio|Reuters|AFP|AP|BBC|CNN|CBS|NBC|ABC|Sky)(?:['’]s?)?\s+"
                              r"(?:(?:senior\s+|chief\s+|foreign\s+)?(?:correspondent|reporter|journalist|editor)\s+)?|"
                              r"\b(?:correspondent|reporter|journalist)\s+)$")
_PRONOUN = re.compile(r"^(?:he|she|it|they|we|i|officials?\s+there|this|that|who|which)$", re.I)
_HEAD = (r"(?:[A-Z][\w'’-]*\s+(?:region|oblast)|[A-Z][\w'’.-]*|of|the|for|and|on|in|de|local|regional|city|emergency|military|state|ukrainian|russian|"
         r"officials?|authorities|ministry|governor|mayor|head|administration|services?|police|spokes(?:man|woman|person)|"
         r"air|force|forces|defen[cs]es?|general|staff|navy|command|southern|northern|eastern|western|group|council|"
         r"prosecutors?|security|intelligence)\b")
_NP = rf"(?P<who>(?:the\s+)?(?:{_HEAD})(?:[\s-]+(?:{_HEAD})){{0,9}})"  # "head of the Dnipropetrovsk Regional Military Administration Serhii Lysak"
_TITLE = r"(?i:governor|mayor|head|spokes(?:man|woman|person)|minister|commander|chief|adviser|advisor|official|secretary|prosecutor)"
_PERSON = r"(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
_VERB = r"(?:has\s+|had\s+)?(?:said|says|wrote|writes|reported|told|added|confirmed|announced|stated|posted)\b"
_PATTERNS = [
    re.compile(rf"\b(?:[Aa]ccording\s+to|[Aa]s\s+per)\s+{_NP}"),
    re.compile(rf"\b(?:citing|cited)\s+{_NP}"),
    re.compile(rf"\b(?:quoted|cited)\s+{_NP}\s+as\s+saying"),
    re.compile(rf"{_NP}\s+(?:has\s+|have\s+|had\s+)?(?:later\s+|also\s+|earlier\s+|previously\s+)?(?:said|says|reported|reports|stated|states|wrote|writes|claimed|announced|announces|confirmed|posted|added|told|informed|noted)\b"),
    re.compile(rf"\b(?:said|reported|wrote|announced|stated|claimed)\s+{_NP}(?=\s*[.,;]|\s+on\s+Telegram|\s+in\s+a\s+)"),
    # "the Russian Defence Ministry did not comment on the clinic, but said its forces had struck ..."
    re.compile(rf"{_NP}\s+(?:did\s+not|declined\s+to)\s+[^.;]{{0,80}}?,?\s+but\s+(?:said|says|claimed|added)\b"),
    # "The regional governor, Oleh Kiper, said" / "Vyacheslav Gladkov, the Belgorod governor, said"
    re.compile(rf"\b[Tt]he\s+(?:[\w-]+\s+){{0,4}}?{_TITLE}(?:\s+of\s+(?:the\s+)?[\w\s'-]{{1,40}}?)?,\s+{_PERSON},\s+{_VERB}"),
    re.compile(rf"{_PERSON},\s+(?:the\s+|a\s+|an\s+)?(?:[\w'-]+\s+){{0,5}}?{_TITLE}\b[^,]{{0,60}},\s+{_VERB}"),
]
_INSTITUTION = re.compile(r"\b(?:ministry|authorities|officials|administration|services?|force|forces|military|command|"
                          r"police|governor|mayor|head|staff|council|agency|department|operator|army|rescuers|"
                          r"prosecutor|spokes)", re.I)
_MOD = {
    "Russia": re.compile(r"^(?:the\s+)?(?:(?:Russian|Russia's|Russia|Moscow)\s+(?:Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e)|"
                         r"Ministry\s+of\s+Defen[cs]e\s+of\s+(?:the\s+)?Russian\s+Federation|Russian\s+MoD)$", re.I),
    "Ukraine": re.compile(r"^(?:the\s+)?(?:(?:Ukrainian|Ukraine's|Ukraine|Kyiv)\s+(?:Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e)|"
                          r"Ministry\s+of\s+Defen[cs]e\s+of\s+Ukraine)$", re.I),
}
_BARE_MOD = re.compile(r"^(?:the\s+|its\s+)?(?:Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e)$", re.I)


# Both title-and-name layouts end in ", said": a literal comma, which sre finds fast.
_COMMA_VERB = re.compile(rf",\s+{_VERB}")
# What each pattern needs (same order as _PATTERNS): one of its stems, or a match of a cheaper
# pattern; a pattern whose gate is shut is skipped.
_GATES: list[tuple[str, ...] | re.Pattern[str] | None] = [
    ("according", "as per"), ("citing", "cited"), ("quoted", "cited"), None, ("said", "reported", "wrote", "announced", "stated", "claimed"),
    ("did not", "declined"), _COMMA_VERB, _COMMA_VERB,
]
_SPEECH = ("said", "says", "report", "stated", "states", "wrote", "writes", "claim", "announc", "confirm", "posted", "added",
           "told", "informed", "noted", "according", "cit", "quoted", "as per")
_SPEECH_VERB = re.compile(r"\b(?:said|says|reported|reports|stated|states|wrote|writes|claimed|announced|announces|confirmed|"
                          r"posted|added|told|informed|noted)\b")


def find_claims(sentence: str, defender: str | None = None) -> list[tuple[int, str]]:
    """(rank, name) of each source in the sentence (see `_rank`)."""
    return list(_claims(sentence, defender))


@lru_cache(maxsize=2048)
def _claims(sentence: str, defender: str | None) -> tuple[tuple[int, str], ...]:
    out = set()
    for start, who in _sources(sentence):
        who = canonical(who, defender)
        out.add((start, _rank(who), who))
    return tuple((rank, who) for _, rank, who in sorted(out))


@lru_cache(maxsize=2048)
def _sources(sentence: str) -> tuple[tuple[int, str], ...]:
    """(offset, name) of each source as written: the costly part, the same whichever side
    defends, so a sentence read for two sides is searched once."""
    low = sentence.lower()
    if not has_any(low, _SPEECH):
        return ()
    out: list[tuple[int, str]] = []
    verbs = list(_SPEECH_VERB.finditer(low))
    searched: dict[re.Pattern[str], bool] = {}  # a pattern gate shared by two layouts runs once
    for pat, gate in zip(_PATTERNS, _GATES):
        if isinstance(gate, tuple):
            if not has_any(low, gate):
                continue
        elif gate is not None:
            if gate not in searched:
                searched[gate] = bool(gate.search(sentence))
            if not searched[gate]:
                continue
        for m in _found(pat, sentence, low, verbs):
            who = _clean(m.group("who"))
            if not who or _PRONOUN.match(who) or MEDIA.fullmatch(who) or MEDIA.match(who) and len(who.split()) <= 3:
                continue
            if _OUTLET_NAME.search(who) or _REPORTER_BEFORE.search(sentence, max(0, m.start("who") - 40), m.start("who")):
                continue  # "NBC News", "CBS News' Holly Williams", "Reuters correspondent ...": outlets relay (§4)
            out.append((m.start("who"), who))
    return tuple(out)


def _found(pat: re.Pattern[str], sentence: str, low: str, verbs: list[re.Match[str]]):
    """The "X said" layout is searched only in the stretch before each speech verb, and the
    "said X" layout only where a speech verb starts (finditer's matches, found without trying
    every character of the sentence)."""
    if pat is _PATTERNS[3]:
        for v in verbs:
            start = 0 if v.start() <= 140 else low.find(" ", v.start() - 140) + 1  # at a word's start
            yield from pat.finditer(sentence, start, v.end())
    elif pat is _PATTERNS[4]:
        end = 0
        for v in verbs:  # every match opens with a whole-word speech verb
            if v.start() >= end:
                m = pat.match(sentence, v.start())
                if m:
                    end = m.end()
                    yield m
    else:
        yield from pat.finditer(sentence)


def _rank(who: str) -> int:
    """4 a named military or ministry, 3 a named person or office, 2 a generic source
    ("officials", "local authorities"), 1 a country."""
    if _COUNTRY.fullmatch(who):
        return 1
    if not _CAPITALISED.search(who):
        return 2
    if _MILITARY.search(who):
        return 4
    if _GENERIC.fullmatch(who):
        return 2
    return 3


_COUNTRY = re.compile(r"(?:Russia|Ukraine|Kyiv|Moscow|Kremlin|the\s+Kremlin)")
_CAPITALISED = re.compile(r"\b[A-Z]")
_GENERIC = re.compile(r"(?:Russian|Ukrainian|Local|Regional|Ukraine's|Russia's)?\s*(?:officials|authorities|sources|emergency\s+services)", re.I)


_MILITARY = re.compile(r"\b(?:Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e|Air\s+Force|General\s+Staff|Armed\s+Forces|"
                       r"Navy|Army|Command|Defen[cs]e\s+Forces|Air\s+Defen[cs]es?|Emergency\s+(?:Service|Situations)|"
                       r"State\s+Emergency)\b", re.I)


# "on Friday", "in Ukraine's military" (of "a source in ..."), "this agency": no source named
_NOT_A_SOURCE = re.compile(
    r"^(?:(?:on|in|at|of|for|from|by|with|to|and|late|early|later|earlier)\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b|(?:this|that)\s+agency)")
# "regional governor Oleh Synehubov" -> "Oleh Synehubov": the person is the source, the title varies
_TITLE_BEFORE_NAME = re.compile(
    r"^(?:(?-i:[A-Z][\w'’-]+)\s+(?=(?:region(?:al)?|oblast|mayor|governor)\s))?(?:(?:regional|local|city|deputy|acting|military|district|oblast|region(?:al)?)\s+)*"
    r"(?:governor|mayor|head|spokes(?:man|woman|person)|chief|president|ceo|chairman|director|commander)\s+"
    r"(?=(?-i:[A-Z][\w'’-]+\s+[A-Z]))", re.I)  # a name, not "of Sevastopol"


# "head of the regional military administration Oleksandr Prokudin" -> "Oleksandr Prokudin"
_OFFICE_BEFORE_NAME = re.compile(
    r"^(?:acting\s+|deputy\s+)?(?:head|chief|governor|mayor)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?"
    r"(?:(?i:administration|council|region|oblast|city|community|hromada|RMA|OVA|MVA))\s+(?=(?-i:[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)$)",
    re.I)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_TRAILING_WORD = re.compile(r"\s+(?:on|in|and|of|the|for)$")
_OPENER = re.compile(r"^(?:Meanwhile|However|But|And|In\s+addition|Also|Later|Earlier)\s+")
_CLAUSE_OPENER = re.compile(r"^(?:In|On|At|As|After|Before|When|While|Meanwhile|However|But)\b")


def _clean(who: str) -> str:
    who = _ARTICLE.sub("", who.strip())
    who = _TRAILING_WORD.sub("", who)
    who = _OPENER.sub("", who)
    if _CLAUSE_OPENER.match(who):
        return ""
    if _NOT_A_SOURCE.match(who):
        return ""
    who = _TITLE_BEFORE_NAME.sub("", who)
    if " of " in who:
        who = _OFFICE_BEFORE_NAME.sub("", who)
    if len(who) < 3 or who.islower() and not _INSTITUTION.search(who):
        return ""
    return who


_AIR_FORCE = re.compile(r"^(?:the\s+)?(?:(Ukrainian|Ukraine's|Russian|Russia's)\s+)?air\s+force$", re.I)


_SEAT_AFTER = re.compile(r"(?<=Ministry)\s+in\s+(?:Moscow|Kyiv|Kiev)$", re.I)


def canonical(who: str, defender: str | None = None) -> str:
    who = _SEAT_AFTER.sub("", who)  # "the Defense Ministry in Moscow" is the ministry
    m = _AIR_FORCE.match(who)
    if m:
        side = (m.group(1) or "").lower()
        side = "Russia" if side.startswith("russia") else "Ukraine" if side.startswith("ukrain") else defender
        if side:
            return f"{'Russian' if side == 'Russia' else 'Ukrainian'} Air Force"
    for side, pat in _MOD.items():
        if pat.match(who):
            return f"{'Russian' if side == 'Russia' else 'Ukrainian'} Defence Ministry"
    if _BARE_MOD.match(who) and defender:
        return f"{'Russian' if defender == 'Russia' else 'Ukrainian'} Defence Ministry"
    return who


def best_claim(claims: list[tuple[int, str]]) -> str | None:
    """The highest-ranked source, earliest first."""
    if not claims:
        return None
    top = max(r for r, _ in claims)
    return next(w for r, w in claims if r == top)
