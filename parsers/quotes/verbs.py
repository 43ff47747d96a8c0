"""Reporting verbs, in tiers (research note §3).

Tier A verbs are neutral and safe anywhere; tier B verbs carry stance and are
kept as the cue because an analyst reads "warned" differently from "said";
verbs that only report speech when a quote or a `that` clause follows ("urged",
"proposed", "called") are in `CLAUSE_ONLY` so that "Putin ordered troops" or
"he blamed Ukraine for" never becomes a quote.
"""
from __future__ import annotations

import re

TIER_A = [
    "say", "tell", "add", "state", "note", "explain", "write", "post", "report", "announce",
    "declare", "reply", "respond", "answer", "comment", "remark", "continue", "recall",
    "reiterate", "repeat", "clarify", "confirm", "tweet", "inform", "recount",
]
TIER_B = [
    "stress", "emphasise", "emphasize", "underline", "underscore", "warn", "caution", "insist",
    "argue", "claim", "allege", "assert", "maintain", "contend", "concede", "admit",
    "acknowledge", "deny", "denounce", "condemn", "criticise", "criticize", "decry", "complain",
    "lament", "predict", "estimate", "suggest", "hint", "boast", "quip", "joke", "testify",
    "observe", "specify", "assure", "vow", "pledge", "promise", "threaten", "urge", "demand",
    "propose", "call", "dismiss", "reject", "brand", "dub", "term", "label", "describe",
    "accuse", "blame", "tout", "hail", "mock", "ask", "signal", "indicate", "believe", "think",
    "hope", "fear", "point out", "go on", "make clear", "made clear", "quote", "cite", "thank",
    "conclude", "reaffirm", "affirm", "disclose", "reveal", "praise",
]
# Verbs that report a bare clause ("Putin said Russia has never..."); every other cue
# reports speech only when `that`, a colon or a quote follows ("confirmed the attack" is not a quote).
BARE_CLAUSE = {
    "say", "tell", "add", "note", "stress", "emphasise", "emphasize", "warn", "claim", "insist",
    "explain", "argue", "state", "admit", "concede", "assert", "allege", "contend", "underline",
    "underscore", "point out", "acknowledge", "confirm", "report",
}
# Present-tense forms that are also nouns ("Zelensky's comments came", "state television").
BARE_FORM_OK = {"say", "tell", "add", "warn", "insist", "argue", "claim", "deny", "admit", "stress",
                "believe", "think", "hope", "fear", "acknowledge", "emphasise", "emphasize"}
CLAUSE_ONLY = {
    "thank", "vow", "pledge", "promise", "threaten", "urge", "demand", "propose", "call", "dismiss",
    "reject", "describe", "brand", "dub", "term", "label", "accuse", "blame", "tout", "hail",
    "mock", "ask", "signal", "indicate", "believe", "think", "hope", "fear", "continue",
    "post", "inform", "respond", "answer", "go on", "observe", "suggest", "hint", "estimate",
    "predict", "recall", "report", "write", "announce", "declare", "maintain", "comment",
    "remark", "reply", "specify", "assure", "make clear", "made clear", "criticise", "criticize",
    "condemn", "denounce", "decry", "lament", "complain", "joke", "quip", "boast", "testify",
    "conclude", "reaffirm", "affirm", "disclose", "reveal", "praise",
}
# Cues that may introduce a quoted fragment of one to three words ("calling it a 'respite'").
FRAGMENT_CUES = {
    "call", "brand", "dub", "term", "label", "dismiss", "threaten", "vow", "pledge", "promise",
    "denounce", "condemn", "decry", "mock", "hail", "tout", "warn", "say", "propose", "demand",
    "urge", "accuse", "reject", "thank", "describe", "praise",
}

_IRREGULAR = {
    "say": ["said", "says", "saying"], "tell": ["told", "tells", "telling"],
    "write": ["wrote", "writes", "writing", "written"], "think": ["thought", "thinks"],
    "go on": ["went on", "goes on", "going on"], "make clear": ["makes clear", "making clear"],
    "made clear": [], "point out": ["pointed out", "points out", "pointing out"],
}


def _inflect(lemma: str) -> list[str]:
    if lemma in _IRREGULAR:
        return [lemma, *_IRREGULAR[lemma]]
    if " " in lemma:
        return [lemma]
    if lemma.endswith("e"):
        stem = lemma[:-1]
        return [lemma, lemma + "s", stem + "ed", stem + "ing"]
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        stem = lemma[:-1]
        return [lemma, stem + "ies", stem + "ied", lemma + "ing"]
    if lemma in {"dub", "quip", "admit"}:
        return [lemma, lemma + "s", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"]
    if lemma == "label":
        return [lemma, "labels", "labeled", "labelled", "labeling", "labelling"]
    if lemma.endswith(("ss", "sh", "ch", "x")):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]


LEMMA: dict[str, str] = {}
for _lemma in TIER_A + TIER_B:
    for _form in _inflect(_lemma):
        LEMMA.setdefault(_form, _lemma)
LEMMA["made clear"] = "make clear"
# "expressed hope that", "expressing confidence that": a stance stated in words, with its clause
_EXPRESSED = ("hope", "confidence", "optimism", "concern", "regret", "belief")
for _noun in _EXPRESSED:
    for _form in ("express", "expressed", "expresses", "expressing"):
        LEMMA[f"{_form} {_noun}"] = "express"


def trie_regex(words: list[str]) -> str:
    """A regex for a word list, factored as a trie so the engine never retries hundreds of branches."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        alts = []
        end = "" in node
        for ch in sorted(k for k in node if k):
            alts.append(re.escape(ch) + walk(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if end else body

    return walk(trie)


def word_start_trie_regex(words: list[str]) -> str:
    r"""`\b(?:trie)` for words that begin with a letter, written so the regex engine can skip ahead.

    A pattern that opens with `\b` is tried at every position of the text; one whose branches all
    open with a literal lets the engine jump to the next possible first letter. So the first
    letter comes first and the word boundary is checked just after it: `(?<!\w.)` says the
    character before that letter is no word character, which is what `\b` says there. Worth it
    when the first letters are rare in running text (capitals: outlet names), not for common ones.
    """
    assert all(w[:1].isalpha() for w in words)
    firsts = sorted({w[0] for w in words})
    return "(?:" + "|".join(re.escape(ch) + r"(?<!\w.)" + trie_regex([w[1:] for w in words if w[0] == ch])
                            for ch in firsts) + ")"


_ONE_WORD = sorted(f for f in LEMMA if " " not in f)
# The letters a cue can begin with: a lookahead on them after the \b turns away most word starts
# and word ends with one set test, before the engine tries the trie's branches one by one.
_FIRST = "".join(sorted(set("AapwgmAa") | {f[0] for f in _ONE_WORD}))
# Case-sensitive: "Post" in "Washington Post" and "Say" in a headline are not cues.
_FAST = re.compile(
    r"\b(?=[" + _FIRST + r"])(?:[Aa]ccording\s+to|[Aa]s\s+per|(?:point(?:ed|s|ing)?|went|go(?:es|ing)?|ma(?:de|kes?|king))\s+(?:out|on|clear)|"
    r"express(?:ed|es|ing)?\s+(?:hope|confidence|optimism|concern|regret|belief)|"
    + trie_regex(_ONE_WORD) + r")\b"
)


def find_cues(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Every cue in text[start:end], found by one trie-shaped regex. The matches are kept as they
    are: their offsets are already in `text`, and their methods cost less than a wrapper's."""
    out: list[re.Match[str]] = []
    for m in _FAST.finditer(text, start, end):
        g = m[0]
        if " " in g or "\n" in g:
            key = " ".join(g.split())
            if key.lower() not in ("according to", "as per") and key not in LEMMA:
                continue
        out.append(m)
    return out


def lemma_of(form: str) -> str | None:
    low = form.lower()
    return LEMMA.get(low if low.isalpha() else " ".join(low.split()))


def is_bare_form(form: str, lemma: str) -> bool:
    """True for a present-tense form that could be a noun: "comments", "reports", "state"."""
    low = form.lower()
    return lemma not in BARE_FORM_OK and (low == lemma or (low.endswith("s") and not low.endswith("ss")
                                                           and low[:-1] in {lemma, lemma.rstrip("e")}
                                                           or low == lemma + "s" or low == lemma + "es"))


def is_participle(form: str) -> bool:
    return form.lower().endswith("ing")
