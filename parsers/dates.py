"""Dates in news copy, resolved against the publication date.

dateparser is good at a date span on its own and bad at news phrases: it puts
a weekday equal to the publication day a week back, turns "last month" into one
day and reads "may" or "3 a.m." as dates when run over a whole article. So we
find the spans with our own patterns, apply the news rules ourselves, and hand
dateparser only an isolated absolute span (with `languages=['en']`, cached).

The rules (guideline): a weekday is the latest such day on or before publication
unless the sentence looks ahead; "overnight"/"last night"/"today" are the
publication day; "yesterday" the day before; "last week", "earlier this month",
"late 2024" cannot be pinned to a day and resolve to None with the words kept;
"July 19" without a year takes the publication year unless that lands after
publication (then the year before), except in a forward-looking sentence.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# A night told by the days it spans ("on the night of June 3 to 4", "during the night of 3-4 June",
# "the night of Monday to Tuesday", "overnight on Friday"): the night ending on the later day.
_ORD = r"(?:st|nd|rd|th)?"
_SPAN_TO = r"(?:\s*[-–—]\s*|\s+(?:to|into|until)\s+)"
_NIGHT_SPAN = re.compile(
    r"\b(?:(?:(?:on|during|in|over)\s+)?the\s+night|overnight)\s+(?:of|from)\s+(?:"
    rf"{_MONTHS}\s+\d{{1,2}}{_ORD}{_SPAN_TO}(?:{_MONTHS}\s+)?\d{{1,2}}{_ORD}(?:,?\s+\d{{4}})?"
    rf"|(?:the\s+)?\d{{1,2}}{_ORD}(?:\s+{_MONTHS})?{_SPAN_TO}(?:the\s+)?\d{{1,2}}{_ORD}\s+(?:of\s+)?{_MONTHS}(?:,?\s+\d{{4}})?"
    rf"|{_WEEKDAY}{_SPAN_TO}{_WEEKDAY})(?![\w-])"
    rf"|\b(?:overnight\s+(?:on\s+)?|(?:in\s+)?the\s+early\s+hours\s+of\s+)"
    rf"(?:{_WEEKDAY}(?:{_SPAN_TO}{_WEEKDAY})?|{_MONTHS}\s+\d{{1,2}}{_ORD}|\d{{1,2}}{_ORD}\s+{_MONTHS})(?![\w-])"
    # "on Tuesday night into Wednesday"
    rf"|\b{_WEEKDAY}\s+night\s+(?:into|to)\s+{_WEEKDAY}\b",
    re.I)

# Ordered: the first pattern that matches a stretch of text wins it.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("night_span", _NIGHT_SPAN),
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("absolute", re.compile(rf"\b(?:{_WEEKDAY},?\s+)?{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b")),
    ("absolute", re.compile(rf"\b(?:{_WEEKDAY},?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS},?\s+\d{{4}}\b")),
    ("month_day", re.compile(rf"\b(?:{_WEEKDAY},?\s+)?{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*,?\s*\d{{4}})(?!\s*(?:%|percent|km|kilomet))")),
    ("month_day", re.compile(rf"\b(?:{_WEEKDAY},?\s+)?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\b(?!,?\s+\d{{4}})")),
    ("vague", re.compile(
        r"\b(?:(?:earlier|later|late|early)\s+(?:this|last|next)\s+(?:week|month|year)"
        r"|(?:last|this|next|past|previous|coming)\s+(?:week(?:end)?|month|year|few\s+days|days)"
        r"|in\s+the\s+(?:past|previous|last|coming|next)\s+(?:\d+|twenty-four|several|few)\s+(?:hours|days|weeks)"
        r"|(?:early|mid|late)[- ](?:" + _MONTHS + r"|\d{4})"
        rf"|(?:in|since|during)\s+{_MONTHS}(?:\s+\d{{4}})?(?!\s+\d)"
        r"|(?:earlier|later)\s+(?:this|that)\s+(?:week|month|day)"
        r"|\d+\s+(?:days|weeks)\s+(?:ago|earlier|later)"
        r")\b",
        re.I,
    )),
    # "overnight into Monday", "the night to Saturday": the night ends on that day
    ("night_into", re.compile(rf"\b(?:overnight|(?:on\s+|during\s+|in\s+)?the\s+night)\s+(?:into|to|before|of)\s+{_WEEKDAY}\b", re.I)),
    ("relative", re.compile(
        r"\b(?:overnight|last\s+night|(?:during|in|over)\s+the\s+(?:(?:past|last)\s+)?night(?!\s+(?:into|to|before|of)\b)|tonight|this\s+morning|this\s+afternoon|this\s+evening|"
        r"today|yesterday|the\s+day\s+before\s+yesterday|on\s+the\s+night\s+of|early\s+hours|"
        r"in\s+the\s+early\s+hours|(?:on\s+)?(?:this|last|next|coming)\s+" + _WEEKDAY + r")\b",
        re.I,
    )),
    ("holiday", re.compile(r"\b(?:(?:Orthodox\s+|Catholic\s+|Western\s+)?(?:Palm|Easter)\s+Sunday|Christmas\s+Day|"
                           r"Christmas\s+Eve|New\s+Year'?s\s+(?:Day|Eve))\b")),
    ("weekday", re.compile(rf"\b{_WEEKDAY}(?:\s+(?:night|morning|evening|afternoon))?\b")),
]

_LOOKS_AHEAD = re.compile(
    r"\b(?:will|would\s+(?:hold|meet|take\s+place|talk|speak|travel|visit)|is\s+due|are\s+due|due\s+to|is\s+scheduled|are\s+scheduled|"
    r"scheduled\s+(?:for|to)|slated\s+(?:for|to)|set\s+to|plans?\s+to|planned|expected\s+to|is\s+to|are\s+to|next|coming|upcoming|"
    r"is\s+going\s+to|are\s+going\s+to|shall)\b",
    re.I,
)


@dataclass(frozen=True)
class DateSpan:
    start: int
    end: int
    text: str
    kind: str


_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAY_STEMS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DIGIT = re.compile(r"\d")


def _lowered(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern for lower-cased text, without IGNORECASE (three times faster in sre);
    escapes and group names keep their case."""
    out, escaped, i, source = [], False, 0, pattern.pattern
    while i < len(source):
        if not escaped and source.startswith(("(?P<", "(?P="), i):
            end = source.index(">" if source[i + 3] == "<" else ")", i)
            out.append(source[i:end + 1])
            i = end + 1
            continue
        ch = source[i]
        out.append(ch if escaped else ch.lower())
        escaped = ch == "\\" and not escaped
        i += 1
    return re.compile("".join(out))


# (kind, pattern for lower-cased text, the case-sensitive original a span must still match or None)
_PATTERNS_LOW = [(kind, pat if kind == "holiday" else _lowered(pat), None if pat.flags & re.I or kind == "holiday" else pat)
                 for kind, pat in _PATTERNS]


# The same patterns compiled with re.ASCII, for text they read exactly as the Unicode ones do: ASCII
# without the four separators Unicode counts as spaces. `\b`, `\w`, `\s` and `\d` then test a
# table instead of the Unicode database (a quarter faster).
_UNICODE_ONLY_SPACES = ("\x1c", "\x1d", "\x1e", "\x1f")
_PATTERNS_ASCII = [(kind, re.compile(pat.pattern, (pat.flags & ~re.UNICODE) | re.ASCII), exact)
                   for kind, pat, exact in _PATTERNS_LOW]


def _present(low: str, stems: tuple[str, ...]) -> bool:
    for stem in stems:
        if stem in low:
            return True
    return False


def _kinds_present(sentence: str) -> set[str]:
    """Which pattern families can match at all: substring tests first, so a sentence with no
    month, weekday, digit or time word costs almost nothing."""
    low = sentence.lower()
    month = _present(low, _MONTH_STEMS)
    weekday = _present(low, _WEEKDAY_STEMS)
    kinds = set()
    if _DIGIT.search(sentence):
        kinds.add("iso")
        if month:
            kinds.add("absolute")
    if month:
        kinds.add("month_day")
    if month or _present(low, ("week", "month", "year", "days", "hours", "ago", "mid", "early", "late", "earlier", "later")):
        kinds.add("vague")
    if weekday or _present(low, ("night", "morning", "afternoon", "evening", "today", "yesterday", "early hours")):
        kinds.add("relative")
    if weekday and "night" in low:
        kinds.add("night_into")
    if ("night" in low or "early hours" in low) and (weekday or _DIGIT.search(sentence)):
        kinds.add("night_span")
    if _present(low, ("easter", "palm", "christmas", "new year")):
        kinds.add("holiday")
    if weekday:
        kinds.add("weekday")
    return kinds


# Capitalised stems: the case-sensitive patterns (a date by its month, a bare weekday) hold one.
_MONTH_CAPS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAY_CAPS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Every "vague" expression holds one of these or a month: "early"/"mid"/"late" only before a month
# or a year ("mid-March", "late 2024"), so "amid", "nearly" and "escalate" do not count.
_VAGUE_STEMS = ("week", "month", "year", "days", "hours", "earlier", "later", "mid-", "mid ", "early-", "early ",
                "late-", "late ")
_RELATIVE_STEMS = ("night", "morning", "afternoon", "evening", "today", "yesterday", "early hours")
# A weekday is "relative" only after one of these ("last Monday"; "early hours" may be spaced oddly).
_RELATIVE_WEEKDAY = ("this", "last", "next", "coming", "hours")
_DIGIT_HYPHEN = ("0-", "1-", "2-", "3-", "4-", "5-", "6-", "7-", "8-", "9-")


def _kinds_in(sentence: str, low: str) -> set[str]:
    """`_kinds_present` made exact enough to skip most pattern runs, for a sentence whose lower case
    `low` keeps its offsets (the patterns then run over `low` and case-sensitive kinds are checked
    against `sentence`): a month or weekday pattern needs the capitalised word ("March 5", not
    "marched 5 km"), a date by month needs a digit, an ISO date a digit before a hyphen, a weekday
    is relative only after "last", "next"..."""
    kinds = set()
    if _DIGIT.search(low):
        if _present(low, _DIGIT_HYPHEN):
            kinds.add("iso")
        if _present(sentence, _MONTH_CAPS):
            kinds.add("absolute")
            kinds.add("month_day")
    if _present(low, _VAGUE_STEMS) or _present(low, _MONTH_STEMS):
        kinds.add("vague")
    weekday = "day" in low and _present(low, _WEEKDAY_STEMS)
    if _present(low, _RELATIVE_STEMS) or weekday and _present(low, _RELATIVE_WEEKDAY):
        kinds.add("relative")
    if ("night" in low or "early hours" in low) and (weekday or _DIGIT.search(low)):
        kinds.add("night_span")
    if weekday:
        if "night" in low:
            kinds.add("night_into")
        if _present(sentence, _WEEKDAY_CAPS):
            kinds.add("weekday")
    if _present(low, ("easter", "palm", "christmas", "new year")):
        kinds.add("holiday")
    return kinds


def find_date_spans(sentence: str) -> list[DateSpan]:
    """Date expressions in a sentence, in order, none overlapping."""
    return list(_spans(sentence))


@lru_cache(maxsize=4096)
def _spans(sentence: str) -> tuple[DateSpan, ...]:
    low = sentence.lower()
    if len(low) != len(sentence):  # a rare letter whose lower case is longer: match the text as is
        kinds = _kinds_present(sentence)
        low, patterns = sentence, [(kind, pat, None) for kind, pat in _PATTERNS]
    else:
        kinds = _kinds_in(sentence, low)
        patterns = _PATTERNS_ASCII if low.isascii() and not _present(low, _UNICODE_ONLY_SPACES) else _PATTERNS_LOW
    if not kinds:
        return ()
    taken: list[DateSpan] = []
    for kind, pat, exact in patterns:
        if kind not in kinds:
            continue
        for m in pat.finditer(sentence if kind == "holiday" else low):
            start, end = m.span()
            if any(start < s.end and s.start < end for s in taken):
                continue
            written = sentence[start:end]
            if exact is not None and not exact.fullmatch(written):
                continue  # a case-sensitive pattern ("March 5", not "march 5 km")
            if kind == "month_day" and _is_modal_may(written):
                continue
            taken.append(DateSpan(start, end, written, kind))
    if len(taken) > 1:
        taken.sort(key=lambda s: s.start)
    return tuple(taken)


def _is_modal_may(written: str) -> bool:
    return written.lower().startswith("may") and not _MAY_DAY.match(written)


_MAY_DAY = re.compile(r"May\s+\d")


# Compiled once: `resolve` runs for every span a report dates.
_LEADING_WEEKDAY = re.compile(rf"^{_WEEKDAY},?\s+")
_OF_THE_DAY = re.compile(r"overnight|last\s+night|(?:past|last|during\s+the|over\s+the|in\s+the)\s+night|tonight|this\s+(morning|afternoon|evening)|today|early\s+hours")
_ANY_WEEKDAY = re.compile(_WEEKDAY, re.I)
_NEXT = re.compile(r"\b(next|coming)\b")
_LAST = re.compile(r"\blast\b")
_WESTERN = re.compile(r"catholic|western")


def resolve(span: DateSpan, published: dt.date | None, ahead: bool = False) -> dt.date | None:
    """The one day `span` names, or None when it names no single day or needs an unknown anchor."""
    text = span.text.strip()
    low = text.lower()
    if span.kind == "iso":
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return None
    if span.kind == "absolute":
        return _parse_absolute(_LEADING_WEEKDAY.sub("", text))
    if span.kind == "vague":
        return None
    if published is None:
        return None
    if span.kind == "month_day":
        return _month_day(_LEADING_WEEKDAY.sub("", text), published, ahead)
    if span.kind == "relative":
        if _OF_THE_DAY.search(low):
            return published
        if "day before yesterday" in low:
            return published - dt.timedelta(days=2)
        if "yesterday" in low:
            return published - dt.timedelta(days=1)
        day = _ANY_WEEKDAY.search(text)
        if day:
            wd = _WEEKDAYS.index(day.group().lower())
            if _NEXT.search(low):
                return _next_weekday(published, wd, strictly=True)
            if _LAST.search(low):
                return _last_weekday(published, wd, strictly=True)
            return _next_weekday(published, wd) if ahead else _last_weekday(published, wd)
        return None
    if span.kind == "holiday":
        return _holiday(low, published, ahead)
    if span.kind == "night_span":
        return _night_end(low, published, ahead)
    if span.kind == "night_into":
        wd = _WEEKDAYS.index(_ANY_WEEKDAY.search(text).group().lower())
        return _next_weekday(published, wd) if ahead else _last_weekday(published, wd)
    if span.kind == "weekday":
        wd = _WEEKDAYS.index(low.split()[0])
        return _next_weekday(published, wd) if ahead else _last_weekday(published, wd)
    return None


_DAY_PART = re.compile(r"(?P<y>\d{4})|(?P<d>\d{1,2})(?:st|nd|rd|th)?(?!\d)|(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*")


def _night_end(low: str, published: dt.date, ahead: bool) -> dt.date | None:
    """The later day of a night span: its last weekday, or its last day number with the month
    written after it ("3-4 june") or else before it ("june 3 to 4", "may 31 to june 1")."""
    days = _WEEKDAY_WORD.findall(low)
    if days:
        wd = _WEEKDAYS.index(days[-1])
        return _next_weekday(published, wd) if ahead else _last_weekday(published, wd)
    parts = [(m.lastgroup, m.group(m.lastgroup)) for m in _DAY_PART.finditer(low)]
    ends = [k for k, (kind, _) in enumerate(parts) if kind == "d"]
    if not ends:
        return None
    end = ends[-1]
    month = next((v for kind, v in parts[end + 1:] if kind == "m"), None) or \
        next((v for kind, v in reversed(parts[:end]) if kind == "m"), None)
    year = next((v for kind, v in parts if kind == "y"), None)
    if month is None:
        return None
    day = parts[end][1]
    return _parse_absolute(f"{month} {day}, {year}") if year else _month_day(f"{month} {day}", published, ahead)


_WEEKDAY_WORD = re.compile(r"monday|tuesday|wednesday|thursday|friday|saturday|sunday")


def _holiday(name: str, published: dt.date, ahead: bool) -> dt.date | None:
    """Holidays that name one day ("Palm Sunday", "Christmas Day"): the latest on or before
    publication, or the next one in a forward-looking sentence. Easter is the Orthodox date
    (the one Ukraine and Russia keep) unless the text says Catholic or Western."""
    def on(year: int) -> dt.date:
        if "easter" in name or "palm" in name:
            easter = _western_easter(year) if _WESTERN.search(name) else _orthodox_easter(year)
            return easter - dt.timedelta(days=7) if "palm" in name else easter
        if "christmas" in name:
            return dt.date(year, 12, 24 if "eve" in name else 25)
        return dt.date(year, 12, 31) if "eve" in name else dt.date(year, 1, 1)

    this_year = on(published.year)
    if ahead:
        return this_year if this_year >= published else on(published.year + 1)
    return this_year if this_year <= published else on(published.year - 1)


def _orthodox_easter(year: int) -> dt.date:
    return easter(year, EASTER_ORTHODOX)


def _western_easter(year: int) -> dt.date:
    return easter(year, EASTER_WESTERN)


def _last_weekday(published: dt.date, wd: int, strictly: bool = False) -> dt.date:
    back = (published.weekday() - wd) % 7
    if strictly and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


def _next_weekday(published: dt.date, wd: int, strictly: bool = False) -> dt.date:
    ahead = (wd - published.weekday()) % 7
    if strictly and ahead == 0:
        ahead = 7
    return published + dt.timedelta(days=ahead)


_MONTH_NUMBER = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_MDY = re.compile(r"^([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
_DMY = re.compile(r"^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})$")


@lru_cache(maxsize=4096)
def _parse_absolute(text: str) -> dt.date | None:
    """"July 19, 2025" / "19 July 2025" by table (dateparser costs milliseconds a call);
    anything else goes to dateparser."""
    m = _MDY.match(text.strip())
    if m:
        month, day, year = _MONTH_NUMBER.get(m.group(1).lower()), int(m.group(2)), int(m.group(3))
    else:
        m = _DMY.match(text.strip())
        month, day, year = (_MONTH_NUMBER.get(m.group(2).lower()), int(m.group(1)), int(m.group(3))) if m else (None, 0, 0)
    if month:
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    import dateparser  # imported on first use: it costs 0.1 s to import

    got = dateparser.parse(
        text,
        languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first"},
    )
    return got.date() if got else None


@lru_cache(maxsize=4096)
def _month_day(text: str, published: dt.date, ahead: bool) -> dt.date | None:
    got = _parse_absolute(f"{text} {published.year}")
    if got is None:
        return None
    if got > published and not ahead:
        return _parse_absolute(f"{text} {published.year - 1}")
    if got < published - dt.timedelta(days=300) and ahead:
        return _parse_absolute(f"{text} {published.year + 1}")
    return got


_AHEAD_STEMS = ("will", "would", "due", "schedul", "slated", "set to", "plan", "expect", " is to", " are to", "next", "coming", "going to",
                "shall")
_LOOKS_AHEAD_LOW = re.compile(_LOOKS_AHEAD.pattern)  # lower-case words only, for lower-cased text


def looks_ahead(sentence: str) -> bool:
    low = sentence.lower()
    return _present(low, _AHEAD_STEMS) and bool(_LOOKS_AHEAD_LOW.search(low))


@lru_cache(maxsize=4096)
def date_of(sentence: str, published: dt.date | None, default_to_published: bool = False) -> tuple[str | None, str | None]:
    """(ISO date, words as written) for the event a sentence reports.

    The first expression that pins a day wins; a vague one ("last week") gives
    (None, words). With no expression, `default_to_published` lets reports of
    what happened "today" take the publication date.
    """
    spans = _spans(sentence)
    ahead = bool(spans) and looks_ahead(sentence)  # most sentences name no date: nothing to resolve
    vague_text = None
    for span in spans:
        day = resolve(span, published, ahead)
        if day is not None:
            return day.isoformat(), span.text
        if vague_text is None:
            vague_text = span.text
    if vague_text is not None:
        return None, vague_text
    if default_to_published and published is not None:
        return published.isoformat(), None
    return None, None
