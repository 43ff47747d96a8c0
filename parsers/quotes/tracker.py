"""Who an unnamed credit stands for, from what the paragraph has said so far.

Wire copy names a speaker once and then refers back with a bare title ("the
official said", "the governor added", "its governor said" before the name
comes), or names the person only after the title, set off by commas ("said
another Russian negotiator, Leonid Slutsky, head of ..."). The base resolver
reads one phrase at a time; `Tracker` adds the model of the report it needs to
answer those: who spoke last, who holds which title, and which name follows a
title in apposition. A title nobody in the report holds still names nobody.
"""
from __future__ import annotations

import bisect
import re

from ..places.gazetteer import gazetteer, key
from . import names
from .labels import label_speaker
from .names import INDEFINITE, NATIONALITY, Phrase
from .resolve import PLACES, PRONOUNS_GENDER, Mention, Resolver, Who, fold, gender_of, looks_like_person

# `, Leonid Slutsky,` / `, Vasily Golubev.` right after a credit: the person who holds the title.
_APPOSED = re.compile(r"(?:\s+(?:of|for|at|in)\s+[\w'’\- ]{1,40}?)?\s*,\s*((?:[A-Z][\w'’\-]+\s+){1,2}[A-Z][\w'’\-]+)\s*(?=[,.;]|$|\s+(?:the|a|an|who|head|said)\b)")
# Titles that refer back to a person; `official` is vague enough to take whoever spoke last.
_OFFICES = {
    "governor": ("governor", "head of the region", "regional head"),
    "mayor": ("mayor", "head of the city"),
    "spokesman": ("spokes", "press secretary"), "spokeswoman": ("spokes",), "spokesperson": ("spokes",),
    "minister": ("minister",), "president": ("president", "leader"), "leader": ("leader", "president"),
    "chancellor": ("chancellor",), "premier": ("premier", "prime minister"), "envoy": ("envoy",),
    "commander": ("commander", "chief"), "chief": ("chief", "head"), "head": ("head", "chief", "governor"),
    "ombudsman": ("ombudsman", "commissioner"), "negotiator": ("negotiator", "delegation"),
    "diplomat": ("diplomat", "minister", "ambassador", "envoy"), "aide": ("aide", "adviser"),
    "adviser": ("adviser", "aide"), "official": (),
    # plain people: whoever spoke or was named last
    "resident": (), "woman": (), "man": (), "pensioner": (), "witness": (), "survivor": (), "year-old": (),
}
_DEFINITE = {"the", "its", "his", "her", "their", "this"}
# Words that tell one office of a kind from another: the defence minister is not the foreign minister.
_PORTFOLIO = {"defence", "defense", "foreign", "interior", "health", "energy", "finance", "prime", "deputy", "vice",
              "economy", "justice", "infrastructure", "emergencies", "agriculture"}
# A bare title refers back this far at most (about three short paragraphs of wire copy).
_REACH = 1200
# Bodies whose staff speak for them: "Air Force officials added" is the Air Force.
_STAFF = {"officials", "representatives", "sources"}  # a spokesperson is a person, never the body
# "the Defense Ministry in Moscow": a body placed by its capital is that country's body.
_PLACED_BODY = re.compile(r"^(?:the\s+)?(.+?\s+(?:Ministry|Office|Service))\s+in\s+(Moscow|Kyiv|Kiev)$")
_CAPITAL_ADJ = {"moscow": "Russian", "kyiv": "Ukrainian", "kiev": "Ukrainian"}
# A ministry named without its country ("as per Defence Ministry").
_BARE_MINISTRY = re.compile(r"^(?:the\s+)?(?:country['’]s\s+)?((?:Defen[cs]e|Foreign|Interior|Health|Energy|Emergencies)"
                            r"\s+Ministry)$")
_REGIONAL_BODY = re.compile(r"(?i)^the\s+(?:regional|oblast)\s+(?:military\s+|state\s+)?administration$")
_REGION_NAMED = re.compile(r"\b([A-Z][\w'’\-]+)\s+(?:[Rr]egion|[Oo]blast)\b")
# Media that the outlet table does not list by name: "the Baza Telegram channel", "the newspaper".
_OUTLET_WORDS = re.compile(r"\b(?:Telegram\s+channel|[Nn]ewspaper|news\s+(?:outlet|site|portal)|media\s+outlet|"
                           r"tabloid|broadcaster)s?$")
# "a source at / in the Ukrainian Air Force told ...": the body only places the unnamed source.
_SOURCE_AT = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal)\s+(?:[\w\-]+\s+){0,2}?(?:source|official|person|"
                        r"insider|employee|officer)s?\s+(?:at|in|from|within|inside|with)\s+$")
# Surnames in the forms of the region's languages: "Kurilov", "Khrustaleva", "Lysenko", "Kovalchuk", "Zelenskyy".
_SURNAME = re.compile(r"(?:ov|ova|ev|eva|yov|yova|in|ina|yn|yna|enko|ko|uk|yuk|chuk|iuk|sky|skyi|skiy|ska|skaya|"
                      r"ich|ych|vych|vich|shyn|iak|yak|ets|yets|iv|ko)$")
_PLAIN_PEOPLE = {"resident", "woman", "man", "pensioner", "witness", "survivor", "year-old"}
_AGED = re.compile(r"\d+-year-old$")
# A quotation standing alone is someone's only this close to where they were named or spoke last.
_FLOAT_REACH = 700
# "the embassy", "the agency", "the city's administration": a body referred back to by its kind.
_BODY_BACK = re.compile(r"(?i)^the\s+(city['’]s\s+|city\s+(?:military\s+)?)?(embassy|agency|ministry|administration|"
                        r"service|command|office|mission)$")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_NOT_CITY = {"The", "A", "In", "On", "At", "But", "And", "Russia", "Ukraine", "Russian", "Ukrainian"}
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s")
# "local resident Nina", "another resident, Roman,", "pensioner Halyna": a person named by first name only.
_PLAIN_PERSON = re.compile(r"\b(?:resident|residents|witness|pensioner|volunteer|teacher|nurse|driver|student|"
                           r"survivor|neighbou?r|shopkeeper|worker)\s*,?\s+([A-Z][a-z]{2,})\b(?!\s+[A-Z])")
# "the regional governor", "the Russian-installed head of the region": a title with the article, no name.
DEFINITE_TITLE = re.compile(r"(?i)the\s+(?:[\w-]+\s+){0,3}?(governor|head|mayor|leader|chief|spokes(?:man|woman|person)|"
                            r"minister|commander|ombudsman|envoy)\b")
# The offices a title may stand for (keyed by its first six letters): "head of the region" is a governor.
_SAME_OFFICE = {
    "govern": {"governor", "head", "leader"}, "head": {"governor", "head", "leader", "chief", "mayor"},
    "leader": {"leader", "head", "governor", "president"}, "mayor": {"mayor", "head"},
    "chief": {"chief", "head", "commander"}, "spokes": {"spokesman", "spokeswoman", "spokesperson"},
    "minist": {"minister"}, "comman": {"commander", "chief"}, "ombuds": {"ombudsman", "commissioner"},
    "envoy": {"envoy"},
}
# Chinese names put the family name first: "Li Chenggang ... Li said" refers back by the first word.
_FAMILY_FIRST = {
    "li", "wang", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "zhu", "gao", "lin",
    "guo", "luo", "liang", "song", "zheng", "xie", "han", "tang", "feng", "dong", "xiao", "cheng", "cao", "yuan",
    "deng", "xi", "fu", "shen", "zeng", "peng", "su", "jiang", "cai", "jia", "ding", "wei", "xue", "yan", "pan",
    "du", "dai", "xia", "zhong", "tian", "ren", "fang", "shi", "yao", "tan", "liao", "zou", "xiong", "qin", "qiu",
}


class Tracker(Resolver):
    """A `Resolver` that also resolves bare titles and names given after their title."""

    def __init__(self, doc_frame: str) -> None:
        super().__init__(doc_frame)
        self._fix_headline_runs()
        if _PLAIN_PERSON.search(doc_frame):
            self._scan_plain_people()

    def _fix_headline_runs(self) -> None:
        """A capitalised headline runs into the first name of the next paragraph in the base scan
        ("... Response to Proposals\n\nKremlin"): the name is the last line's."""
        for lst in (self.mentions, self.orgs):
            for m in lst:
                name = m.who.name or ""
                if "\n" in name:
                    last = name[name.rfind("\n") + 1:].strip()
                    org = self.table.org(last)
                    m.who = Who(org.name, "org", affiliation=org.affiliation) if org else Who(last, m.who.kind)

    def _scan_plain_people(self) -> None:
        """People quoted by first name only, after what they are: "local resident Nina", "another
        resident, Roman,". The base scan skips single capitalised words; a pronoun after them needs them."""
        for m in _PLAIN_PERSON.finditer(self.frame):
            name = m.group(1)
            if _is_place(name):
                continue
            at = bisect.bisect_right(self.mentions, m.start(1), key=_pos)
            self.mentions.insert(at, Mention(m.start(1), Who(name, "person", gender=gender_of(name)), m.group(0)))

    def pronoun(self, pron: str, pos: int) -> Who:
        """`... which President Vladimir Putin first showed off in 2018, when he claimed that ...`: a pronoun whose own
        sentence names exactly one person before it refers to that person, whoever spoke last."""
        g = PRONOUNS_GENDER.get(pron)
        if g in ("m", "f"):
            start = max(self.frame.rfind(". ", 0, pos), self.frame.rfind("\n", 0, pos)) + 1
            i = bisect.bisect_left(self.mentions, start, key=_pos)
            here = {m.who.name: m.who for m in self.mentions[i:] if m.pos < pos and m.who.kind == "person"}
            if len(here) == 1:
                who = next(iter(here.values()))
                if who.gender in (None, g):
                    return who
        return super().pronoun(pron, pos)

    def named_next_paragraph(self, units: list, unit, title: Phrase) -> Who | None:
        """A wire lead credits a title ("..., the Russian-installed head of the region said") and the
        next paragraph opens with the person named, speaking ("Denis Pushilin said on Telegram ...").
        The title is that person."""
        k = next((i for i, u in enumerate(units) if u.paragraph > unit.paragraph), None)
        if k is None or units[k].paragraph != unit.paragraph + 1 or not units[k].cues:
            return None
        nxt = units[k]
        toks = names.tokens_between(self.frame, nxt.start, nxt.end)
        ph = names.phrase_after(toks, 0, self.frame) if toks else None
        if ph is None or not ph.name or ph.start != nxt.start:
            return None
        cue = nxt.cues[0]
        if not 0 <= cue.start() - ph.end <= 25:
            return None  # the person must speak right after being named
        who = self.resolve(ph, ph.start)
        if who.name is None or who.kind != "person":
            return None
        head = DEFINITE_TITLE.match(title.text).group(1).lower()
        held = set(f"{who.role or ''} {ph.role or ''}".lower().replace("-", " ").split())
        if not held & _SAME_OFFICE.get(head[:6], {head}):
            return None  # "the regional governor said" is not the president who speaks next
        nat = names.side_of(title)
        return who if nat is None or who.affiliation not in ("Russia", "Ukraine") or who.affiliation == nat else None

    def uncredited(self, line_start: int, quote_open: int, alone: bool, rule: str) -> tuple[Who | None, str]:
        """Who a quotation no sentence credits belongs to: the name its label line gives ("Quote from
        Klymenko:"), else, when it stands alone, the person the report was just about."""
        who = label_speaker(self.frame, self, line_start, quote_open)
        if who is not None:
            return who, "label"
        who = self.recent_person(quote_open) if alone else None
        return (who, "recent") if who is not None else (None, rule)

    def recent_person(self, pos: int) -> Who | None:
        """A quotation nobody is credited with, standing alone after a paragraph or two about one
        person ("Trump again pressed Kyiv on Monday ... \n\n"Why is this taking so long ...""):
        that person's words, if nobody else has been named since."""
        cands = [(p, w) for p, w in self.speakers if p < pos and pos - p <= _FLOAT_REACH]
        cands += [(m.pos, m.who) for m in self.mentions if m.subject and m.pos < pos and pos - m.pos <= _FLOAT_REACH]
        if not cands:
            return None
        at, who = max(cands, key=lambda c: c[0])
        i = bisect.bisect_right(self.mentions, at, key=_pos)
        if any(m.who.kind == "person" and m.who.name != who.name for m in self.mentions[i:] if m.pos < pos):
            return None
        return who

    def _person_from_words(self, name: str, context_has_role: bool | str) -> Who | None:
        """`Mayor of Chernihiv Oleksandr Lomako`, `... Office of Ukraine Ihor Zhovkva`: a title's
        place runs into the capitalised name after it; the person is the words after the place."""
        parts = name.split()
        if len(parts) >= 3 and _is_place(parts[0]):
            name = " ".join(parts[1:])
            parts = parts[1:]
            context_has_role = True
        if context_has_role is not True and 2 <= len(parts) <= 3 and _SURNAME.search(parts[-1]) \
                and looks_like_person(parts) and not any(_is_place(p) for p in parts):
            context_has_role = True  # "Nikolay Kurilov", "Yevgeniya Khrustaleva": a surname in the region's form
        who = super()._person_from_words(name, context_has_role)
        if who is not None and who.kind == "person" and len(parts) == 2 and parts[0].lower() in _FAMILY_FIRST:
            self.by_last.setdefault(fold(parts[0]), who)
        return who

    def resolve(self, ph: Phrase, pos: int) -> Who:
        if "\n" in ph.text.strip() and not ph.pronoun:
            # a capitalised headline line ran into the speaker ("... Proposals\n\nKremlin"): the last line speaks
            cut = ph.text.rstrip().rfind("\n") + 1
            text = ph.text[cut:]
            ph = Phrase(ph.start + cut, ph.end, text, name=text if text[:1].isupper() else None)
        if _OUTLET_WORDS.search(ph.text):
            return Who(None, status="outlet")  # "the Baza Telegram channel said": media relay, never speak
        if _SOURCE_AT.search(self.frame, max(0, ph.start - 60), ph.start):
            return Who(None, status="generic")  # "a source at the Air Force told": nobody named
        who = super().resolve(ph, pos)
        if who.name is not None:
            return self._tidy(who, ph, pos)
        if ph.pronoun or who.status not in ("generic", "unresolved"):
            return who
        if ph.name and " " not in ph.name:
            for m in reversed(self.mentions):  # "Another resident, Roman, told": the first name noted earlier
                if m.who.name == ph.name and m.pos <= ph.end:
                    return m.who
        words = ph.text.split()
        if not words:
            return who
        got = self._apposed(ph) or self._staff_of_body(words, pos) or self._region_body(ph.text, pos) \
            or self._body_named_before(ph.text, pos)
        if got is None and not ph.anonymous and words[0].lower() in _DEFINITE and not ph.name:
            got = self._title_holder(words, pos)
        return got or who

    def _tidy(self, who: Who, ph: Phrase, pos: int) -> Who:
        """Names the base reading gets half right: two speakers joined by "and", a ministry placed by
        its capital ("the Defense Ministry in Moscow") or not placed at all, a place's name taken
        for the person who governs it ("Gusev, the governor of the Voronezh region, which ..., said")."""
        name = who.name or ""
        if " and " in name and ph.name is None or " and " in (ph.name or ""):
            first = ph.text.split(" and ")[0]
            got = super().resolve(Phrase(ph.start, ph.start + len(first), first, name=first), pos)
            return got if got.name else who
        m = _PLACED_BODY.match(name)
        if m:
            got = self.table.org(f"{_CAPITAL_ADJ[m.group(2).lower()]} {m.group(1)}")
            return Who(got.name, "org", affiliation=got.affiliation) if got else who
        bare = _BARE_MINISTRY.match(name) if who.kind == "org" else None
        if bare:
            # "as per Defence Ministry", "claims the country's Defence Ministry": the ministry of the side the
            # report has been quoting, else Russia's (the base reading's default for an unplaced ministry)
            body = bare.group(1)
            got = self._unqualified_org(body, pos)
            if got is None or got.name == name or got.name == body:
                got = self.table.org("Russian " + body.replace("Defense", "Defence"))
            return Who(got.name, "org", affiliation=got.affiliation) if got else who
        if " " not in name and _is_place(name):
            for m in reversed(self.mentions):
                if m.pos < pos and pos - m.pos <= 160:
                    return m.who
            return Who(None, status="place")
        return who

    def _apposed(self, ph: Phrase) -> Who | None:
        """`said a second lawmaker, Leonid Slutsky, ...`: the name set off after the title."""
        if ph.name:
            return None
        m = _APPOSED.match(self.frame, ph.end)
        if m is None:
            return None
        parts = m.group(1).split()
        if not looks_like_person(parts):
            return None
        return self._person_from_words(m.group(1), context_has_role=True)

    def _region_body(self, text: str, pos: int) -> Who | None:
        """`the regional administration said` with no administration named: the administration of the
        region the report has just been telling about ("... in the Kherson region ...")."""
        if not _REGIONAL_BODY.match(text):
            return None
        last = None
        for m in _REGION_NAMED.finditer(self.frame, max(0, pos - _REACH), pos):
            last = m
        if last is None or _is_place(last.group(1)) is False:
            return None
        return Who(f"{last.group(1)} regional administration", "org")

    def _body_named_before(self, text: str, pos: int) -> Who | None:
        """`the embassy posted`, `the agency says`, `the city's administration reported`: the body of that
        kind named last (any body for "the agency"), or the administration of the city named last."""
        m = _BODY_BACK.match(text.strip())
        if m is None:
            return None
        kind = m.group(2).lower()
        if m.group(1) and kind == "administration":
            last = None
            for c in _CAPITALISED.finditer(self.frame, max(0, pos - 4 * _REACH), pos):
                if c.group() not in _NOT_CITY and key(c.group()) in gazetteer().cities:
                    last = c
            return Who(f"{last.group()} city administration", "org") if last else None
        for o in reversed(self.orgs):
            if o.pos < pos and pos - o.pos <= 4 * _REACH and o.who.name and (
                    kind == "agency" or kind in o.who.name.lower().split()):
                return self._tidy(o.who, Phrase(o.pos, o.pos + len(o.who.name), o.who.name, name=o.who.name), pos)
        return None

    def _staff_of_body(self, words: list[str], pos: int) -> Who | None:
        if len(words) < 2 or words[-1].lower() not in _STAFF or words[0].lower() in INDEFINITE:
            return None
        body = " ".join(w for w in words[:-1] if w.lower() not in _DEFINITE)
        org = self.table.org(body)
        return Who(org.name, "org", affiliation=org.affiliation) if org else None

    def _title_holder(self, words: list[str], pos: int) -> Who | None:
        """`the official said` / `the governor added`: the latest person who spoke or was named with
        that title, within a few paragraphs; with no such person before, the one named with it just
        after (`its governor said ... The governor, Vasily Golubev, ...`)."""
        lows = [w.lower() for w in words]
        if "of" in lows[1:]:  # "the governor of the Donetsk region": the office comes before "of"
            head_at = lows.index("of", 1) - 1
            words = words[:head_at + 1] + [w for w in words[head_at + 1:] if w[:1].isupper()]
            words = words[:head_at] + words[head_at + 1:] + [words[head_at]]
        head = words[-1].lower().rstrip(",.")
        if _AGED.match(head):
            head = "year-old"
        if head not in _OFFICES:
            return None  # "the officials", "the source": unnamed people refer to nobody named
        marks = _OFFICES.get(head, ())
        low = [w.lower() for w in words[:-1]]
        must = [w for w in low if w in _PORTFOLIO]
        nat = next((NATIONALITY[w] for w in low if w in NATIONALITY), None)
        ahead_only = words[0].lower() == "its"  # "its governor": the office of the place just named
        if not marks:
            if ahead_only:
                return None  # "the official", "the source": whoever spoke last, if anyone spoke lately
            near = [(p, who) for p, who in self.speakers if p < pos and pos - p <= _REACH
                    and not self._anonymous_between(p, pos)]
            if head in _PLAIN_PEOPLE:  # "the 70-year-old recounted": also whoever was just named
                near += [(m.pos, m.who) for m in self.mentions if m.pos < pos and pos - m.pos <= _REACH]
            return max(near, key=lambda c: c[0])[1] if near else None
        for m in reversed(self.mentions):
            if ahead_only:
                break
            if m.pos >= pos:
                continue
            if pos - m.pos > 4 * _REACH:
                break
            if _holds(m, marks, must, nat):
                return m.who
        place = next((w for w in words[1:-1] if w[:1].isupper() and _is_place(w.rstrip("'’s"))), None)
        if place is None:
            place = next((w for w in self.frame[pos:pos + 60].split()[:6] if w[:1].isupper() and _is_place(w)), None)
        if place and not ahead_only:
            # "..., Donetsk region's governor said" in a lead: the one named later with that office and place
            for m in self.mentions:
                if m.pos > pos and _holds(m, marks, must, nat) and place.lower() in m.context.lower():
                    return m.who
        for m in self.mentions:
            # ahead, only a title that refers back the same way: "The governor, Vasily Golubev," (not
            # "Kherson regional governor Oleksandr Prokudin", who governs somewhere else)
            if pos < m.pos <= pos + 400 and _holds(m, marks, must, nat) \
                    and len(_SENTENCE_END.findall(self.frame, pos, m.pos)) <= 1 \
                    and re.search(rf"(?i)\bthe\s+(?:[\w\-]+\s+)?{head}\s*,?\s*$", self.frame[max(0, m.pos - 40):m.pos]):
                return m.who
        return None



def _holds(m, marks: tuple[str, ...], must: list[str], nat: str | None) -> bool:
    """Whether the person mentioned holds the office: its kind, its portfolio, its side."""
    ctx = (m.context + " " + (m.who.role or "")).lower()
    if not any(k in ctx for k in marks) or not all(w in ctx for w in must):
        return False
    return nat is None or m.who.affiliation is None or m.who.affiliation == nat


def _is_place(word: str) -> bool:
    low = word.lower()
    if low in PLACES:
        return True
    gaz = gazetteer()
    k = key(word)
    return k in gaz.cities or k in gaz.regions or gaz.country(word) is not None


def _pos(m: Mention) -> int:
    return m.pos
