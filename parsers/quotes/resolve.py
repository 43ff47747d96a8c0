"""Who a speaker phrase names: the known-speakers table, earlier mentions, pronouns.

A pronoun goes to the most recent person named outside quotes whose gender
fits; a bare surname to the full name used earlier in the report, else to the
table; a role noun ("the Ukrainian leader") to the latest person who held that
role with that nationality. Outlets, places and generic sources ("officials")
never become speakers: the first are relays, the others name nobody.
"""
from __future__ import annotations

import bisect
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from importlib import resources

from .names import COUNTRY_POSSESSIVE, DETERMINERS, NATIONALITY, PERSON_TITLES, ROLE_WORDS, Phrase, is_anonymous

_COUNTRY_ADJ = {"Russia": ["Russian", "Russia's", "Moscow", "Moscow's"],
                "Ukraine": ["Ukrainian", "Ukraine's", "Kyiv", "Kyiv's", "Kiev", "Kiev's"]}
OUTLETS = [
    "CNN", "TASS", "Tass", "Interfax", "Interfax-Ukraine", "RIA Novosti", "RIA", "Reuters", "AP",
    "Associated Press", "AFP", "Agence France-Presse", "BBC", "Ukrinform", "Ukrainska Pravda",
    "Kyiv Independent", "Kyiv Post", "RBC", "RBC-Ukraine", "Kommersant", "Izvestia", "Vedomosti",
    "Axios", "Bloomberg", "New York Times", "The New York Times", "Washington Post", "The Washington Post",
    "Fox News", "NBC", "NBC News", "CBS", "CBS News", "ABC", "ABC News", "Al Jazeera", "Sky News",
    "Guardian", "The Guardian", "Financial Times", "FT", "Wall Street Journal", "WSJ", "Politico",
    "Suspilne", "RFE/RL", "Radio Free Europe", "Radio Liberty", "Meduza", "Novaya Gazeta", "Zvezda",
    "Rossiya-1", "Rossiya 1", "Channel One", "NTV", "RT", "Sputnik", "Anadolu", "Anadolu Agency",
    "Xinhua", "dpa", "DPA", "EFE", "ANSA", "Le Monde", "Der Spiegel", "Spiegel", "Bild", "Die Welt",
    "Kyodo", "Yonhap", "NHK", "UNIAN", "Hromadske", "Liga", "Mash", "Baza", "Shot", "Rybar",
    "Newsweek", "The Economist", "Economist", "Times", "The Times", "Telegraph", "The Telegraph",
    "Daily Mail", "Independent", "The Independent", "Euronews", "Deutsche Welle", "DW", "France 24",
    "Corriere della Sera", "La Repubblica", "El Pais", "Nexta", "Strana", "Izvestiya", "RTVI",
]
# A capital speaking for its government ("Moscow says"): the state it stands for.
CAPITALS = {"moscow": "Russia", "kyiv": "Ukraine", "kiev": "Ukraine", "washington": "United States",
            "russia": "Russia", "ukraine": "Ukraine", "beijing": "China", "ankara": "Turkey", "minsk": "Belarus"}
PLACES = {
    "russia", "ukraine", "moscow", "kyiv", "kiev", "washington", "beijing", "europe", "london", "paris",
    "berlin", "minsk", "tehran", "the west", "west", "us", "u.s.", "united states", "the us", "america",
    "britain", "uk", "france", "germany", "china", "turkey", "ankara", "poland", "warsaw", "belarus",
    "kharkiv", "odesa", "odessa", "crimea", "donbas", "donetsk", "luhansk", "kherson", "zaporizhzhia",
    "belgorod", "kursk", "bryansk", "rostov", "sumy", "dnipro", "lviv", "mykolaiv", "sevastopol",
    "istanbul", "jeddah", "riyadh", "geneva", "brussels", "the kremlin's", "saudi arabia", "iran",
    "north korea", "pyongyang", "india", "japan", "italy", "rome", "hungary", "budapest", "slovakia",
}
GENERIC = {
    "officials", "official", "authorities", "sources", "source", "residents", "witnesses", "analysts",
    "experts", "reports", "media", "observers", "people", "critics", "diplomats", "lawmakers", "police",
    "rescuers", "medics", "doctors", "activists", "locals", "statement", "report", "bloggers",
    "military bloggers", "journalists", "reporters", "commentators", "both sides", "the two sides",
    "soldiers", "troops", "forces", "the military", "military", "the army", "army", "government",
    "administration", "leaders", "others", "many", "some", "one", "governments", "allies", "partners",
    "data", "figures", "sides", "side", "agencies", "services", "emergency services", "spokesman",
    "spokeswoman", "spokesperson", "ministers", "governors", "mayors", "politicians", "the police",
}
ORG_WORDS = {
    "ministry", "staff", "force", "forces", "service", "committee", "agency", "office", "administration",
    "department", "bank", "company", "party", "army", "guard", "command", "center", "centre",
    "institute", "university", "union", "council", "parliament", "duma", "rada", "government", "court",
    "police", "navy", "group", "corporation", "directorate", "commission", "kremlin", "organization",
    "organisation", "fund", "operator", "railways", "watchdog", "authority", "regulator", "mission",
    "embassy", "headquarters", "unit", "brigade", "battalion", "regiment", "corps", "division", "services", "operations",
}
_FEMALE_FIRST = {
    "maria", "mariya", "iryna", "irina", "olena", "elena", "yelena", "yulia", "yuliia", "julia", "anna",
    "natalia", "natalya", "nataliya", "oksana", "valentina", "ursula", "kaja", "kamala", "giorgia",
    "annalena", "tulsi", "karoline", "elvira", "tatiana", "tatyana", "svetlana", "svitlana", "ella",
    "olga", "olha", "lyudmila", "liudmyla", "daria", "darya", "marianna", "viktoria", "victoria",
    "kateryna", "ekaterina", "yekaterina", "hanna", "galina", "halyna", "inna", "larysa", "larisa",
    "mette", "kristina", "christine", "nancy", "hillary", "kristi", "liz", "elizabeth", "theresa",
    "sarah", "emily", "jennifer", "linda", "lisa", "laura", "helen", "margaret", "marine", "roberta",
    "ruslana", "alla", "vera", "nadia", "nadiya", "nadezhda", "lesia", "lesya", "zoya", "veronika",
    "antonina", "alina", "polina", "sofia", "sophie", "amy", "kelly", "samantha", "linda", "karin",
    "beata", "ewa", "agnieszka", "petra", "jacinda", "frederiksen", "kathy", "susan", "mary", "jane",
    "olesya", "yana", "diana", "khrystyna", "tetiana", "ivanna", "solomiia", "myroslava", "nadiia", "liliia",
    "alona", "alyona", "ksenia", "kseniia", "nina", "raisa", "rymma", "zinaida", "lyubov", "yevheniia",
    "margarita", "marina", "maryna", "oleksandra", "alexandra", "anastasia", "anastasiia", "valeria", "natalka",
    "katrin", "katherine", "catherine", "anne", "marie", "claire", "sophia", "ulrike", "angela", "annika",
}
_MALE_FIRST = {
    "vladimir", "volodymyr", "dmitry", "dmytro", "sergei", "sergey", "serhiy", "serhii", "andriy", "andrii",
    "andrei", "andrey", "oleksandr", "alexander", "aleksandr", "alexei", "aleksei", "oleksiy", "mykhailo",
    "mikhail", "yuri", "yuriy", "yurii", "ivan", "vitali", "vitaliy", "vitalii", "vasily", "vasyl",
    "oleh", "oleg", "ihor", "igor", "denys", "denis", "rustem", "kyrylo", "kirill", "pavlo", "pavel",
    "viktor", "victor", "petro", "pyotr", "yevgeny", "yevhen", "evgeny", "roman", "ruslan", "maksym",
    "maxim", "artem", "anatoly", "anatoliy", "valery", "valerii", "valeriy", "boris", "nikolai", "mykola",
    "heorhii", "georgy", "vadym", "vadim", "tymur", "timur", "ramzan", "donald", "joe", "marco",
    "steve", "keith", "mike", "pete", "jd", "emmanuel", "keir", "olaf", "friedrich", "mark", "jens",
    "antonio", "rafael", "recep", "hakan", "robert", "alexander", "xi", "narendra", "mohammed",
    "john", "james", "david", "michael", "william", "richard", "thomas", "peter", "paul", "boris",
    "rishi", "justin", "antony", "jake", "lloyd", "ben", "tom", "jan", "andrzej", "radoslaw", "gabriel",
    "pedro", "mateusz", "kurt", "lindsey", "chuck", "mitch", "jeff", "elon", "tucker", "ross", "andriy",
    "danylo", "bohdan", "taras", "yaroslav", "stanislav", "stepan", "anton", "arsen", "nazar", "ostap",
    "yevhenii", "illia", "ilya", "fedir", "hryhoriy", "grigory", "leonid", "konstantin", "kostiantyn",
    "gennady", "hennadiy", "eduard", "sviatoslav", "vyacheslav", "vladislav", "vladyslav", "oleksii", "mykyta",
    "nikita", "rostyslav", "valentyn", "valentin", "arseniy", "borys", "zakhar", "semen", "fyodor", "matvei",
    "lev", "emil", "herman", "german", "sidharth", "stephane", "cyril", "dan", "gleb", "pavlo", "oleksandr",
}


def _folded_set(words: set[str]) -> set[str]:
    return words | {fold(w) for w in words}


_POSSESSIVE = re.compile(r"['’`]s\b")
_MARKS = re.compile(r"['’`.]")
_OTHER = re.compile(r"[^a-z0-9 ]+")
_ENDINGS = ("iy", "yy", "yi", "ii", "ij", "yj")  # -iy, -yy, ... all fold to -y
_J = re.compile(r"j(?=[aeiou]|$)")


@lru_cache(maxsize=16384)
def fold(name: str) -> str:
    """Lower-case, no accents or apostrophes, transliteration endings folded (research note §4)."""
    s = name if name.isascii() else "".join(
        c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    # each pattern runs only when a character it acts on is there: most names are plain words
    s = s.lower()
    if "'" in s or "’" in s or "`" in s:
        s = _MARKS.sub("", _POSSESSIVE.sub("", s))
    elif "." in s:
        s = _MARKS.sub("", s)
    if not (s.isascii() and s.replace(" ", "").isalnum()):
        s = _OTHER.sub(" ", s)
    return " ".join(_fold_word(tok) for tok in s.split())


def _fold_word(tok: str) -> str:
    """One word's transliteration folded (Zelenskiy/Zelenskyy, Yermak/Ermak, Dmitrij): plain string
    tests where they do what a pattern would, since a word has no space or newline in it."""
    if tok.endswith(_ENDINGS):
        tok = tok[:-2] + "y"
    if tok.startswith("ye"):
        tok = "e" + tok[2:]
    if "j" in tok:
        tok = _J.sub("y", tok)
    return tok


_FEMALE_FIRST = _folded_set(_FEMALE_FIRST)
_MALE_FIRST = _folded_set(_MALE_FIRST)


_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


@dataclass(frozen=True)
class Known:
    name: str
    kind: str  # 'person' | 'org'
    role: str | None
    affiliation: str | None
    gender: str | None


@dataclass
class Table:
    by_alias: dict[str, Known]
    by_surname: dict[str, list[Known]]
    do_not_merge: set[frozenset[str]]

    def __post_init__(self) -> None:
        self.keys = frozenset(self.by_alias) | frozenset(self.by_surname)  # any folded word the table knows

    def person(self, name: str) -> Known | None:
        return self.person_by_key(fold(name))

    def person_by_key(self, key: str) -> Known | None:
        got = self.by_alias.get(key)
        return got if got and got.kind == "person" else None

    def org(self, phrase: str) -> Known | None:
        got = self.by_alias.get(_org_key(phrase))
        return got if got and got.kind == "org" else None

    def surname(self, word: str) -> Known | None:
        return self.surname_by_key(fold(word))

    def surname_by_key(self, key: str) -> Known | None:
        got = self.by_surname.get(key, [])
        return got[0] if len(got) == 1 else None


@lru_cache(maxsize=8192)
def _org_key(phrase: str) -> str:
    """A body's phrase as the table keys it: no article, folded (looked up for every speaker phrase)."""
    return fold(_ARTICLE.sub("", phrase.strip()))


@lru_cache(maxsize=1)
def table() -> Table:
    data = json.loads(resources.files("parsers").joinpath("data/speakers.json").read_text("utf-8"))
    by_alias: dict[str, Known] = {}
    by_surname: dict[str, list[Known]] = {}
    for name, role, aff, gender, aliases in data["persons"]:
        k = Known(name, "person", role, aff, gender)
        for a in [name, *aliases]:
            by_alias.setdefault(fold(a), k)
            if " " not in a.strip():
                by_surname.setdefault(fold(a), [])
                if k not in by_surname[fold(a)]:
                    by_surname[fold(a)].append(k)
        last = fold(name).split()[-1]
        by_surname.setdefault(last, [])
        if k not in by_surname[last]:
            by_surname[last].append(k)
    for name, aff, aliases in data["orgs"]:
        k = Known(name, "org", None, aff, None)
        for a in [name, *aliases]:
            by_alias.setdefault(fold(a), k)
    for topic, spellings in data["ministries"].items():
        if topic.startswith("_"):
            continue
        for country, adjs in _COUNTRY_ADJ.items():
            adj = "Russian" if country == "Russia" else "Ukrainian"
            k = Known(f"{adj} {topic} Ministry", "org", None, country, None)
            for sp in spellings:
                for a in adjs:
                    by_alias.setdefault(fold(f"{a} {sp} Ministry"), k)
                    by_alias.setdefault(fold(f"{a} Ministry of {sp}"), k)
                by_alias.setdefault(fold(f"Ministry of {sp} of {country}"), k)
                by_alias.setdefault(fold(f"{sp} Ministry of {country}"), k)  # "the Defence Ministry of Ukraine"
                by_alias.setdefault(fold(f"{country} Ministry of {sp}"), k)
                by_alias.setdefault(fold(f"{country}n Ministry of {sp}"), k)
                by_alias.setdefault(fold(f"Ministry of {sp} of the {country}n Federation"), k)
    dnm = {frozenset(p) for p in data.get("do_not_merge", [])}
    return Table(by_alias, by_surname, dnm)


def is_outlet(phrase: str) -> bool:
    return outlet_name(phrase) is not None


@lru_cache(maxsize=8192)
def outlet_name(phrase: str) -> str | None:
    # every outlet key is one of these words or ends in one: no word in common, no outlet
    if not any(w in _OUTLET_WORDS for w in phrase.lower().replace("'", " ").replace("’", " ").split()):
        return None
    return _OUTLET_KEYS.get(_outlet_key(phrase))


_KEY_THE = re.compile(r"^(?:the)\s+", re.I)
_KEY_KIND_AFTER = re.compile(r"\s+(?:news\s+agency|agency|newspaper|daily|channel|broadcaster|outlet|report|tv)$", re.I)
_KEY_QUALIFIER = re.compile(r"^(?:Russian|Russia's|Ukrainian|Ukraine's|US|U\.S\.|British|German|French|state|state-run|"
                            r"state-owned|independent|news|agency|newspaper|broadcaster|outlet|the)\s+", re.I)
_KEY_KIND_BEFORE = re.compile(r"^(?:news\s+agency|agency|newspaper|daily|channel|broadcaster|outlet|state\s+news\s+agency)\s+",
                              re.I)


def _outlet_key(phrase: str) -> str:
    s = _KEY_THE.sub("", phrase.strip())
    s = _KEY_KIND_AFTER.sub("", s)
    s = _KEY_QUALIFIER.sub("", s)
    s = _KEY_KIND_BEFORE.sub("", s)
    return s.lower()


_OUTLET_KEYS = {o.lower(): re.sub(r"^The ", "", o) for o in OUTLETS}
_OUTLET_WORDS = {w for o in OUTLETS for w in o.lower().split()}


_FEMININE_ENDING = re.compile(r"(?:ova|eva|ska|ina|aya|ivna|ovna)$")


def gender_of(name: str, known: Known | None = None) -> str | None:
    if known and known.gender:
        return known.gender
    parts = fold(name).split()
    if not parts:
        return None
    if parts[0] in _FEMALE_FIRST:
        return "f"
    if parts[0] in _MALE_FIRST:
        return "m"
    if len(parts) >= 1 and _FEMININE_ENDING.search(parts[-1]):
        return "f"
    return None


# Words that are never part of a person's name: bodies, places, titles, and a few nouns.
_NOT_PERSON = frozenset(ORG_WORDS | PLACES | ROLE_WORDS | NATIONALITY.keys() | DETERMINERS | {
    "st", "st.", "saint", "oblast", "region", "sea", "river", "street", "square", "city", "telegram", "facebook",
    "twitter", "x", "instagram", "youtube", "easter", "christmas", "war", "operation"})


def looks_like_person(words: list[str]) -> bool:
    """Two or three capitalised words with no organisation or place word: a person's name."""
    if not 1 <= len(words) <= 4:
        return False
    for w in words:
        lw = w.lower().strip(".,")
        if lw in _NOT_PERSON or (w.isupper() and len(w) > 2) or lw.endswith(("'s", "’s")):
            return False
    return True


@dataclass(slots=True)
class Who:
    """A resolved speaker; `status` says why there is no name when there is none."""

    name: str | None
    kind: str | None = None
    role: str | None = None
    affiliation: str | None = None
    gender: str | None = None
    status: str = "ok"  # ok | generic | place | outlet | unresolved | self


@dataclass(slots=True)
class Mention:
    pos: int
    who: Who
    context: str  # role words written around the mention ("Ukrainian leader", "Kremlin spokesman")
    subject: bool = False  # the first person named in its sentence, near its start


_LOWER_ARTICLE = re.compile(r"^(?:the|a|an)\s+")  # on lower-cased text
_HEAD_OF_STATE = re.compile(r"president|leader|prime minister|chancellor")
_MINISTRY_TOPIC = re.compile(r"(defen[cs]e|foreign|health|emergenc|interior|energy)")
_POSSESSIVE_S = re.compile(r"['’]s\b")
_OF_COUNTRY = re.compile(r"\bof (?:the )?(Russia|Ukraine|Russian Federation|United States)\b")
_OWNER = re.compile(r"^(?:Russia|Ukraine|Kyiv|Moscow|Kiev)['’]s\s+(?=[A-Z])")
_OWNER_LOWER = re.compile(r"^([A-Z][a-z]+)['’]s\s+(?=[a-z])")
_ADJECTIVE = {
    "russia": "Russian", "ukraine": "Ukrainian", "romania": "Romanian", "poland": "Polish", "moldova": "Moldovan",
    "belarus": "Belarusian", "turkey": "Turkish", "germany": "German", "france": "French", "britain": "British",
    "lithuania": "Lithuanian", "latvia": "Latvian", "estonia": "Estonian", "finland": "Finnish",
    "hungary": "Hungarian", "slovakia": "Slovak", "china": "Chinese", "america": "American",
}
_CITY_WORDS = {"kyiv", "kiev", "moscow"}  # places that NATIONALITY also reads as a side
_LOWER_IN_NAME = {"of", "the", "and", "for", "on"}


_POS = attrgetter("pos")
# How far back (characters) a title or pronoun looks for its person: longer than any report,
# short enough that a transcript of thousands of quotes is not searched whole for each one.
LOOKBACK = 20_000


class Resolver:
    """Per-report memory of who has been named, so later phrases can refer back."""

    def __init__(self, doc_frame: str) -> None:
        self.frame = doc_frame
        self.table = table()
        self.mentions: list[Mention] = []
        self.orgs: list[Mention] = []
        self.by_last: dict[str, Who] = {}
        self.speakers: list[tuple[int, Who]] = []  # people quoted so far, in report order
        self.anonymous_at: list[int] = []  # where unnamed sources spoke: "the official" after one is that one
        self.recent_floor = 0  # set by the extractor: a speaker after this offset is still "the last speaker"
        self._scan_mentions()
        if "ministry" in doc_frame:
            self._scan_lowercase_ministries()

    # ------------------------------------------------------------ mentions
    # no leading \b: a pattern that opens with a character class is scanned much faster; a capital
    # inside a word is skipped in the loop instead
    _CAPS = re.compile(r"[A-ZÀ-ÝĀ-Ž][\w'’\-]*[\w](?:\s+(?:(?:von|der|bin|de)\s+)?[A-ZÀ-ÝĀ-Ž][\w'’\-]*[\w])*")

    def _scan_mentions(self) -> None:
        frame = self.frame
        tab = self.table
        known = tab.keys
        by_last = self.by_last
        for m in self._CAPS.finditer(frame):
            g = m[0]
            s = m.start()
            if s:
                c = frame[s - 1]
                if c.isalnum() or c == "_":
                    continue  # a capital inside a word ("eBay")
            if " " not in g and "\n" not in g:
                # most capitalised single words ("The", "Russian", "Kyiv") name nobody: skip them cheaply
                key = fold(g)
                if key not in known and key not in by_last:
                    continue
            words = g.split()
            # the name follows the last title word: "South African President Cyril Ramaphosa"
            k = 0
            for n in range(len(words) - 1):
                if words[n].lower() in _NAME_LEAD_STOP:
                    k = n + 1
            name_words = words[k:]
            if not name_words or words[-1].lower() in ORG_WORDS:
                org = self.table.org(m.group())
                if org:
                    self.orgs.append(Mention(m.start(), _who(org), m.group()))
                elif len(words) >= 2 and words[-1].lower() in ORG_WORDS:
                    # a body the table does not know: "the Odesa Regional Military Administration"
                    self.orgs.append(Mention(m.start(), Who(_org_name(m.group()), "org"), m.group()))
                continue
            name = " ".join(name_words)
            if name.endswith(("'s", "’s")):
                name = name[:-2]
            # the words since the last comma or full stop before it, and the title words of the run
            before = frame[max(0, s - 40):s]
            before = before[before.rfind(",") + 1:]
            context = before[before.rfind(".") + 1:] + " " + " ".join(words[:k])
            titled = (k and _titled(words[:k])) or _role_near(context)
            who = self._person_from_words(name, context_has_role=titled)
            if who is not None:
                self.mentions.append(Mention(m.start() + len(" ".join(words[:k])) + (1 if k else 0), who,
                                             context.strip()))
                continue
            org = self.table.org(m.group())
            if org:
                self.orgs.append(Mention(m.start(), _who(org), m.group()))

    _LOWER_MINISTRY = re.compile(r"\b(?:Russian|Ukrainian|Russia['’]s|Ukraine['’]s)\s+(?:[a-z]+\s+){1,2}?ministry\b")

    def _scan_lowercase_ministries(self) -> None:
        """`Ukraine's foreign ministry summoned the envoy. It said ...`: wire copy often writes a
        ministry in lower case, which the scan of capitalised runs never sees; without it, "it"
        and "the ministry" after it would find no body to refer to."""
        for m in self._LOWER_MINISTRY.finditer(self.frame):
            org = self.table.org(m.group())
            if org is not None:
                at = bisect.bisect_right(self.orgs, m.start(), key=_POS)
                self.orgs.insert(at, Mention(m.start(), _who(org), m.group()))

    def _person_from_words(self, name: str, context_has_role: bool) -> Who | None:
        key = fold(name)  # folded once for the table's person, the surnames seen and the table's surname
        parts = name.split()
        if len(parts) == 1 and key in self.by_last:
            # a bare surname is the person this report named in full, before the table's holder of
            # that surname: "Mykhailo Fedorov ... Fedorov said" is not the governor Ivan Fedorov
            return self.by_last[key]
        known = self.table.person_by_key(key)
        if known:
            who = _who(known)
            self.by_last[fold(parts[-1])] = who
            return who
        if len(parts) == 1:
            got = self.by_last.get(key)
            if got:
                return got
            sur = self.table.surname_by_key(key)
            if sur:
                return _who(sur)
            if context_has_role is True and looks_like_person(parts) and not name.isupper():
                return Who(name, "person", gender=gender_of(name))
            return None
        if not looks_like_person(parts):
            return None
        first = fold(parts[0])
        if context_has_role or first in _MALE_FIRST or first in _FEMALE_FIRST:
            # the table may know the surname under another first-name spelling
            sur = self.table.surname(parts[-1])
            if sur and fold(sur.name).split()[0][:1] == first[:1]:
                who = _who(sur)
            else:
                who = Who(name, "person", gender=gender_of(name))
            self.by_last[fold(parts[-1])] = who
            return who
        return None

    def mark_subjects(self, units: list[tuple[int, int]]) -> None:
        """Flag the first person named in each sentence when few words come before it."""
        i = 0
        ms = self.mentions
        for start, end in units:
            while i < len(ms) and ms[i].pos < start:
                i += 1
            if i < len(ms) and ms[i].pos < end and len(self.frame[start:ms[i].pos].split()) <= 8:
                ms[i].subject = True

    def note(self, pos: int, who: Who) -> None:
        """Record a resolved speaker at `pos`: pronouns after it may refer to it."""
        if who.name is None:
            return
        if who.kind == "person":
            self.speakers.append((pos, who))
        target = self.mentions if who.kind == "person" else self.orgs
        mention = Mention(pos, who, who.role or "")
        if target and target[-1].pos > pos:
            target.insert(bisect.bisect_right(target, pos, key=_POS), mention)
        else:
            target.append(mention)
        if who.kind == "person":
            self.by_last[fold(who.name.split()[-1])] = who

    # ------------------------------------------------------------ resolution
    def resolve(self, ph: Phrase, pos: int) -> Who:
        if ph.pronoun:
            return self.pronoun(ph.pronoun, pos)
        if ph.anonymous or (ph.name is None and is_anonymous(ph.text.split())):
            self.anonymous_at.append(pos)
            return Who(None, status="generic")  # "a senior State Department official" names nobody
        text = ph.text.strip()
        low = _LOWER_ARTICLE.sub("", text.lower())
        if ph.name is None and text.lower().startswith("the ") and low.rsplit(" ", 1)[-1] in ORG_WORDS \
                and low == text.lower()[4:]:
            # "the administration said", "according to the regional administration": the body of that
            # kind named last, when its name holds every word of the lower-case description
            want = low.split()
            for m in reversed(self.orgs):
                if m.pos < pos and m.who.name and m.who.name.split()[-1].lower() == want[-1] \
                        and set(want) <= set(m.who.name.lower().split()):
                    return m.who
        if ph.name is None and ph.role and ph.role.split()[-1].lower() in _SPOKES:
            return self._unnamed_spokesperson(ph, text, pos)
        if low in GENERIC or (ph.name is None and (ph.role or "").lower() in GENERIC):
            return Who(None, status="generic")
        if low in PLACES or (ph.name and ph.name.lower() in PLACES and not ph.role):
            return Who(None, status="place", affiliation=CAPITALS.get(low, ph.text.strip()))
        if is_outlet(text) or (ph.name and is_outlet(ph.name)):
            return Who(None, status="outlet")
        org = self.table.org(text) or (self.table.org(ph.name) if ph.name else None)
        if org is None and (ph.name is None or not looks_like_person(ph.name.split())):
            org = self._org_inside(ph)
        if org is None and ph.role and ph.name is None:
            org = self._unqualified_org(ph.role, pos)

        if org is not None:
            return _who(org)
        if ph.name:
            titled = bool(ph.role and _has_word_in(ph.role.split(), _TITLES_AND_RANKS))
            who = self._person_from_words(ph.name.rstrip(".").removesuffix("'s"),
                                          context_has_role=True if titled else "near")
            if who is not None:
                if titled and len(ph.name.split()) == 1 and who.name == ph.name and ph.role.split()[-1].lower() in {
                        "pope", "king", "queen", "patriarch", "metropolitan"}:
                    who = Who(f"{ph.role.split()[-1]} {ph.name}", "person")
                return _with_role(who, ph.role, ph.appositive)
            words = ph.name.split()
            if len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 7 and not ph.role:
                return Who(words[0], "org")  # an acronym speaking: UNESCO, OSCE, IAEA
            if any(w.lower() in ORG_WORDS for w in words) or (ph.role and any(
                    w.lower() in ORG_WORDS for w in ph.role.split()) and len(words) == 1):
                return Who(_org_name(text), "org", affiliation=_nationality(ph.role))
        if ph.role and ph.name is None:
            if text.lower().startswith(_ITS_OFFICE) and ph.role.split()[-1].lower() in _LOCAL_OFFICES:
                # "... over the central region of Cherkasy, its governor said": the governor of the place
                # just named, not the governor of another region named earlier in the report
                return Who(None, status="generic")
            if any(w.lower() in ORG_WORDS for w in ph.role.split()) and _cap_words(_ARTICLE.sub("", ph.role)) \
                    and not low.startswith(("a ", "an ")):
                return Who(_org_name(text), "org", affiliation=_nationality(ph.role))
            return self.role_noun(ph.role, pos)
        return Who(None, status="unresolved")

    def _unnamed_spokesperson(self, ph: Phrase, text: str, pos: int) -> Who:
        """`The spokesman added` after `Peskov told reporters` is Peskov: a definite spokesperson
        refers back to the one named with that role. `A Kremlin spokesman` names nobody, and a
        spokesperson is a person, never the body whose name stands before the title."""
        if text.lower().startswith(("a ", "an ", "one ")):
            return Who(None, status="generic")
        who = self.role_noun(ph.role, pos)
        return who if who.name else Who(None, status="generic")

    def _org_inside(self, ph: Phrase) -> Known | None:
        """`Ukraine's SBU security service`: a known body's short name inside a longer phrase."""
        for w in ph.text.split():
            w = w.strip(",.")
            if len(w) >= 2 and w.isupper():
                got = self.table.org(w)
                if got:
                    return got
        return None

    def pronoun(self, pron: str, pos: int) -> Who:
        g = PRONOUNS_GENDER.get(pron)
        if g == "x":
            return Who(None, status="self")
        if g == "n" or g == "p":
            for m in reversed(self.orgs):
                if m.pos < pos:
                    return m.who
            if g == "n":
                return Who(None, status="unresolved")
        # nearest first: who spoke or was a sentence subject in this paragraph, then anyone named in it,
        # then earlier speakers and subjects, then anyone named before
        floor = self.recent_floor
        near = [(p, w) for p, w in self.speakers if floor <= p < pos]
        near += [(m.pos, m.who) for m in self.mentions if m.subject and floor <= m.pos < pos]
        named = [(m.pos, m.who) for m in self.mentions if floor <= m.pos < pos]
        earlier = [(p, w) for p, w in self.speakers if p < floor]
        earlier += [(m.pos, m.who) for m in self.mentions if m.subject and m.pos < floor]
        for tier in (near, named, earlier):
            tier.sort(key=lambda c: c[0])
            for _, who in reversed(tier):
                if not (g in ("m", "f") and who.gender and who.gender != g):
                    return who
        ms = self.mentions
        for i in range(bisect.bisect_left(ms, pos, key=_POS) - 1, -1, -1):
            m = ms[i]
            if m.pos < pos - LOOKBACK:
                break
            if g in ("m", "f") and m.who.gender and m.who.gender != g:
                continue
            return m.who
        return Who(None, status="unresolved")

    def role_noun(self, role: str, pos: int) -> Who:
        words = [w.lower() for w in role.split()]
        nat = _nationality(role)
        head = words[-1] if words else ""
        if words[-3:] == ["head", "of", "state"]:
            head = "leader"  # "the head of state said": the president named before
        if head in GENERIC - {"official", "spokesman", "spokeswoman", "spokesperson"}:
            return Who(None, status="generic")
        fallback, fallback_pos = None, 0
        ms = self.mentions  # in text order
        for i in range(bisect.bisect_left(ms, pos, key=_POS) - 1, -1, -1):
            m = ms[i]
            if m.pos < pos - LOOKBACK:
                break  # a title points back within a report's length, not across a transcript
            aff = m.who.affiliation
            if nat and aff and nat != aff and not (nat == "Kremlin" and aff == "Russia"):
                continue
            ctx = (m.context + " " + (m.who.role or "")).lower()
            if head and head in ctx:
                return m.who
            if head in {"leader", "president"} and _HEAD_OF_STATE.search(ctx):
                return m.who
            if fallback is None and (nat is None or aff == nat or _nationality(m.context) == nat):
                fallback, fallback_pos = m.who, m.pos
        if head in {"official", "leader", "diplomat"} and fallback and not self._anonymous_between(fallback_pos, pos):
            return fallback  # a title this vague goes to the latest person of that side
        return Who(None, status="unresolved")

    def _anonymous_between(self, a: int, b: int) -> bool:
        return any(a < p < b for p in self.anonymous_at)

    def _unqualified_org(self, role: str, pos: int) -> Known | None:
        """'the ministry', 'the Ministry of Defense': the latest qualified one, else Russia's."""
        low = role.lower()
        topic = _MINISTRY_TOPIC.search(low)
        if "ministry" not in low:
            return None
        if _POSSESSIVE_S.search(role) or any(
                w[:1].isupper() and w.lower() not in {"ministry", "defence", "defense", "of", "the", "foreign", "health",
                                                      "emergencies", "interior", "energy", "affairs"}
                for w in role.split()):
            return None  # "Romania's defence ministry" is somebody else's
        for m in reversed(self.orgs):
            if m.pos < pos and "Ministry" in (m.who.name or "") and (
                    topic is None or topic.group(1)[:5] in m.who.name.lower()):
                return Known(m.who.name, "org", None, m.who.affiliation, None)
        if topic:
            return self.table.org(f"Russian {topic.group(1)} Ministry".replace("emergenc", "Emergencies").replace(
                "defence", "Defence").replace("defense", "Defence"))
        return None


_TITLES_AND_RANKS = PERSON_TITLES | {"pope", "king", "queen", "patriarch"}
_NOT_NAME_LEAD = {
    "on", "in", "at", "after", "before", "meanwhile", "however", "but", "and", "also", "earlier", "later",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "speaking", "asked", "when", "while", "as", "the", "a", "an", "this", "that", "according", "during",
    "separately", "since", "if", "then", "today", "yesterday", "overnight", "last", "by", "from", "with",
}
# A word before which no name starts: the name begins after the last of these in a capitalised run.
_NAME_LEAD_STOP = frozenset(_NOT_NAME_LEAD | ROLE_WORDS | NATIONALITY.keys() | COUNTRY_POSSESSIVE.keys())
PRONOUNS_GENDER = {"he": "m", "she": "f", "they": "p", "it": "n", "i": "x", "we": "x", "you": "x"}


_SPOKES = {"spokesman", "spokeswoman", "spokesperson"}
_ITS_OFFICE = ("its ", "the region's ", "the region’s ", "the city's ", "the city’s ", "the town's ", "the town’s ")
_LOCAL_OFFICES = {"governor", "mayor", "head", "chief"}


def _who(k: Known) -> Who:
    return Who(k.name, k.kind, k.role, k.affiliation, k.gender)


def _with_role(who: Who, role: str | None, appositive: str | None) -> Who:
    written = role or appositive
    if not written or written.strip(" .").lower() in {"mr", "mrs", "ms", "dr", "miss", "madam", "sir"}:
        return who
    return Who(who.name, who.kind, written.strip(" ,"), who.affiliation or _nationality(written), who.gender, who.status)


def _has_word_in(words: list[str], vocabulary: set[str] | frozenset[str]) -> bool:
    for w in words:
        if w.lower() in vocabulary:
            return True
    return False


def _titled(words: list[str]) -> bool:
    for w in words:
        if w.lower().strip(".") in PERSON_TITLES:
            return True
    return False


def _role_near(context: str) -> bool:
    for w in context.split()[-2:]:
        if w.strip(".,").lower() in PERSON_TITLES:
            return True
    return False


def _nationality(text: str | None) -> str | None:
    if not text:
        return None
    for w in text.split():
        lw = w.lower().strip(",.")
        if lw in COUNTRY_POSSESSIVE:
            return COUNTRY_POSSESSIVE[lw]
        if lw in NATIONALITY and NATIONALITY[lw]:
            return NATIONALITY[lw]
    m = _OF_COUNTRY.search(text)
    if m:
        return {"Russian Federation": "Russia"}.get(m.group(1), m.group(1))
    return None


def _cap_words(s: str) -> bool:
    return any(w[:1].isupper() for w in s.split())


_PRESS_SERVICE = re.compile(r"^(?:the\s+)?(?:press\s+(?:service|office|department|centre|center)|media\s+office|"
                            r"information\s+(?:service|department))\s+of\s+", re.I)


def _org_name(text: str) -> str:
    """An unknown body's name as written, without article or owning country ("Ukraine's").

    "The press service of the Ukrainian Navy" speaks for the navy: the body is the one logged,
    under the table's name when the table knows it."""
    ps = _PRESS_SERVICE.match(text.strip())
    if ps:
        rest = text.strip()[ps.end():]
        known = table().org(rest)
        if known is not None:
            return known.name
        text = rest
    name = _ARTICLE.sub("", text.strip()).strip(" ,.")
    name = _OWNER.sub("", name)
    owner = _OWNER_LOWER.match(name)
    if owner and owner.group(1).lower() in _ADJECTIVE:
        # "Ukraine's emergency services" is written "Ukrainian emergency services", "Romania's defence
        # ministry" "Romanian Defence Ministry", like the bodies the table knows
        rest = name[owner.end():]
        if rest.endswith("ministry"):
            rest = " ".join(w if w in _LOWER_IN_NAME else w.capitalize() for w in rest.split())
        return f"{_ADJECTIVE[owner.group(1).lower()]} {rest}"
    words = name.split()
    if len(words) >= 2 and words[0][:1].isupper() and (words[0].lower() not in NATIONALITY or words[0].lower() in _CITY_WORDS) \
            and words[-1].lower() in ORG_WORDS and all(w.isalpha() and w.islower() for w in words[1:]):
        # "the Kharkiv regional military administration" is the body's name: "Kharkiv Regional
        # Military Administration", one speaker however the outlet capitalised it
        return " ".join([words[0]] + [w if w in _LOWER_IN_NAME else w.capitalize() for w in words[1:]])
    return name
