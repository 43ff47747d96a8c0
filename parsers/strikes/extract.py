"""Strike extraction: sentences -> anchors and details -> events -> rows.

An *anchor* sentence names an attack (weapon or attack word) and a place in a
locative slot; each such place starts or extends an event. A *detail* sentence
names no place but carries figures, damage or a source, and belongs to the event
told just before it ("three drones were intercepted"). A count with no place --
or split off by "including 23 over the Moscow region" -- is a country-wide tally
of the defending side. Per-sentence work stays cheap: a keyword gate first,
compiled patterns only.
"""
from __future__ import annotations

import re
from operator import attrgetter

from ..dates import date_of
from ..document import Document, Sentence
from ..places import Mention, Place, find_places, gazetteer, key, resolve_name
from ..numbers import parse_number
from ..records import Evidence, Quote, Strike
from .attacker import attacker_from_place, attacker_from_words, other_side
from .claims import best_claim, canonical, find_claims
from .clauses import CLAUSE_BREAK as _CLAUSE_BREAK, DAMAGE as _DAMAGE, each_listed, elided_figure, listed_apart, only_aimed_at, \
    own_harm, own_tally
from .counts import LIST_LINE, SUBCOUNT, Counts, find_counts
from .days import BACKGROUND_SPAN as _BACKGROUND_SPAN, TOLL_UPDATE as _TOLL_UPDATE, attack_days as _attack_days, \
    days_before as _days_before, hours_after as _hours_after, report_day as _report_day, sentence_date as _sentence_date
from .attach import DETAIL_WINDOW as _DETAIL_WINDOW, for_casualties as _for_casualties, for_tally as _for_tally, \
    only_attack as _only_attack, refinable as _refinable, unnamed_town as _unnamed_town
from .evidence import evidence_span as _evidence_span
from .events import Event, compatible, place_keys, region_echoes
from .governors import governed_region, mayor_city
from .signature import signer
from .sources import BARE_MINISTRY as _BARE_MINISTRY, lead_claim as _lead_claim, lead_source, named_ministry as _named_ministry, \
    paragraph_source, quote_speaker as _quote_speaker, source_line, title_holder
from .villages import placed_villages
from .filters import cumulative, gate, has_any, is_attack, lower_pattern, lower_text, may_hold, not_a_strike
from .targets import target_class
from .weapons import combine, weapon_classes, weapon_detail
from .window import windowed

_TALLY_WORDS = re.compile(
    r"\b(?:in\s+total|a\s+total\s+of|total|(?:past|previous|last)\s+(?:24|twenty-four)\s+hours|nationwide|across\s+the\s+country|"
    r"over\s+(?:the\s+)?(?:regions|territory)|over\s+(?:\w+\s+)?(?:ukrainian\s+|russian\s+)?regions|throughout|at\s+the\s+country|across\s+(?:several|multiple|\w+)\s+regions)\b",
    re.I,
)
# "Kharkiv!", "Kupiansk district:" -- a governor's post heads each paragraph with its place
_HEADING = re.compile(r"^\s*(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?(?:\s+(?:district|region|raion|oblast|hromada|community))?)\s*[!:]\s*")
_HEADING_ALONE = re.compile(r"^\s*(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?(?:\s+(?:district|region|raion|oblast|hromada|community))?)\s*\.\s*$")
_SAME_PLACE = re.compile(r"\bthe\s+same\s+(?:district|city|town|village|area|neighbou?rhood|place|site|building|market)\b", re.I)
_OVER_THE_REGION = re.compile(r"\b(?:over|in|across|above|throughout)\s+the\s+(?:region|oblast)\b(?!\s+of)", re.I)
_SAME_ATTACK = re.compile(r"\bin\s+the\s+same\s+(?:attack|strike|wave|barrage)\b", re.I)
# "485 attacks on 12 settlements in the Zaporizhzhia region over the past day": the region, not its capital
_REGION_WIDE = re.compile(
    r"\b(?:settlements|communities|localities|villages|towns|frontline\s+areas|across\s+the\s+region|throughout\s+the\s+region|"
    r"over\s+the\s+past\s+(?:day|24\s+hours)|in\s+the\s+past\s+day|\d+\s+(?:attacks|strikes|times))\b", re.I)
# "the missiles had targeted an ammunition depot near the town of Karachev": the attack told before, now placed
_BACK_REFERENCE = re.compile(
    r"\bthe\s+(?:[\w-]+\s+)?(?:missiles?|drones?|rockets?|attack|strike|Storm\s+Shadows|ATACMS|UAVs?|Shaheds|bombs?)\b", re.I)
# "Russia launched about 120 missiles and 90 drones" with no place: the country's tally, even
# right after a city's attack ("at the city" keeps it with that city)
_COUNTRY_LAUNCH = re.compile(
    r"\b(?:Russia|Ukraine|Moscow|Kyiv|Russian\s+forces|Ukrainian\s+forces)\s+(?:has\s+|had\s+|have\s+)?(?:launched|fired|sent|used)\s+"
    r"(?:about|nearly|almost|more\s+than|over|some|at\s+least|a\s+total\s+of|around)?\s*\d", re.I)
_AT_THE_PLACE = re.compile(r"\b(?:at|on|against|toward|towards)\s+the\s+(?:city|capital|town|region|port|village|oblast)\b", re.I)
_WAVE_REFERENCE = re.compile(r"\b(?:the|these|those)\s+(?:[\w-]+\s+)?(?:strikes?|attacks?|barrage|wave|drones|missiles)\b|\balso\b|"
                             r"\b(?:debris|fragments|wreckage)\b|\b(?:one|two|some|none)\s+of\s+them\b", re.I)
# "The aggressor used heavy artillery and kamikaze drones." -- the weapons of the attack just told
_USED_WEAPONS = re.compile(r"\b(?:used|fired|launched|attacked\s+with|shelled\s+with|struck\s+with|employed)\b", re.I)
_HAS_DIGIT = re.compile(r"\d")
_ENERGY_WAVE = re.compile(
    r"\b(?:attack\w*|strikes?|struck|hit|damaged|destroyed|targeted|targeting|against|on|at)\b[^.!?]{0,80}?\b(?:energy|power)\s+"
    r"(?:facilities|infrastructure|sector|system|grid|plants?|stations?|generation)\b|"
    r"\b(?:energy|power)\s+(?:facilities|infrastructure|sector|system|grid|plants?|stations?|generation)\b[^.!?]{0,40}?"
    r"\b(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:damaged|hit|destroyed|struck|targeted)\b", re.I)
# "In Moscow, the Russian Defence Ministry said ..." -- where the speaker sits, not what was hit
_SPEAKER_SEAT = re.compile(
    r"^\s*In\s+(?P<name>[A-Z][\w'’-]+),\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,4}?(?:Defen[cs]e\s+Ministry|Ministry|Kremlin|"
    r"officials|spokes\w+|government|authorities|[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s+(?:said|says))")
_DEFENDER_WORDS = re.compile(
    r"\b(Russia's|Russian|Ukraine's|Ukrainian)\s+(?:air\s+defen[cs]es?|air\s+force|defen[cs]e\s+ministry|forces|military|"
    r"anti-aircraft)", re.I)
# "Russian forces launched 81 missiles": the forces are the attacker's, not the defender's
_FORCES_ATTACKING = re.compile(r"\w+\s+(?:forces|military)\s+(?:has\s+|have\s+|had\s+)?(?:launched|fired|attacked|struck|used|sent)\b", re.I)
_VILLAGE_WORD = re.compile(r"\b(?:village|settlement|hamlet|selo|khutor)\s+of\b")
_INTERCEPT_WORDS = re.compile(r"\b(?:intercept\w*|destroy\w*|shot\s+down|downed|neutrali[sz]ed)\b", re.I)


def extract(doc: Document, quotes: list[Quote] | None = None) -> list[Strike]:
    sentences = doc.sentences
    events: list[Event] = []
    attack_dates: list[tuple[int, str]] = []  # dated sentences about attacks, for undated rows
    undated: list[tuple[int, str]] = []  # attack sentences that added nothing: dated only if a row asks
    para_place: dict[int, Mention] = {}  # paragraph -> the place its heading names
    breakdown = False  # inside a bulleted breakdown of a total told just before
    last_city: Place | None = None  # the city the report last placed an attack in (for its districts)
    for i, sent in enumerate(sentences):
        text = doc.norm[sent.start:sent.end]
        ends_paragraph = i + 1 == len(sentences) or sentences[i + 1].paragraph != sent.paragraph
        text = _heading(text, sent, para_place, ends_paragraph)
        low = lower_text(text)
        if _list_line(doc, events, i, text):
            continue
        # "Russia launched 19 missiles:" then "- Five Onyx cruise missiles ..." line by line: the parts of the total
        breakdown = _BULLET.match(text) is not None and i > 0 and \
            (breakdown or sentences[i - 1].text.rstrip().endswith(":"))
        if not gate(low):
            _same_place_followup(doc, events, i, text)
            continue
        classes = weapon_classes(text)
        if not_a_strike(text, bool(classes), low):
            continue
        attack = bool(classes) or is_attack(low)
        recent = _recent(events, i)
        if not attack:
            # "There were no casualties," the ministry said. -- figures for the attack just told
            counts = find_counts(text)
            if breakdown:
                counts.launched = None
            if recent is not None and counts.any():
                _detail(_for_casualties(events, i, counts) or _for_tally(events, recent, counts), i, text, None, None, [], counts)
            elif recent is None and _only_attack(events, counts) is not None:
                # "Emergency services said at least 36 had been hurt" paragraphs after the one attack told
                _detail(_only_attack(events, counts), i, text, None, None, [], counts)
            else:
                _same_place_followup(doc, events, i, text)
            continue
        said_attacker = attacker_from_words(text)
        attacked = other_side(said_attacker) or (recent.place.country if recent else None)
        if attacked is None and "capital" in low:  # "Moscow Mayor ...: drones flying towards the capital"
            attacked = _capital_speaker(text) or _only_country(find_places(text))
        found = find_places(text, capital_of=attacked)
        if events and _VILLAGE_WORD.search(low):
            found = placed_villages(text, list(found), _region_of(max(events, key=_LAST).place))
        mentions = _locative(found, text)
        if "city" in low or "town" in low or "village" in low:
            mentions = [Mention(m.start, m.end, m.text, m.place, m.role, "unnamed-town")
                        if m.place.kind == "country" and _TOWN_AFTER.match(text, m.end) else m for m in mentions]
        mentions = _place_districts(mentions, para_place.get(sent.paragraph), last_city, recent)
        mentions = _drop_speaker_seat(text, mentions)
        if "from" in low and mentions:
            mentions = _drop_launch_sites(text, mentions)
        if not mentions and "heard" in low and (classes or "defen" in low or "attack" in low):
            mentions = _heard_in(text, found)  # blasts heard alone ("before dawn") are no attack told
        if not mentions and "same" in low and _SAME_PLACE.search(low):  # "The same district was shelled earlier this month"
            placed = [e for e in events if e.level == "place"]
            if placed:
                last = max(placed, key=lambda e: e.last)
                mentions = [Mention(0, 0, last.mention, last.place, "locative", "same-place")]
        if not mentions:
            mentions = _governed(text, low, recent)
        if not mentions and sent.paragraph in para_place and not _TALLY_WORDS.search(low) and \
                not (recent is not None and sentences[recent.first].paragraph == sent.paragraph):
            mentions = [para_place[sent.paragraph]]
        subs, main_text = _subcounts(text, mentions)
        sub_places = {id(x[0]) for x in subs}
        main = [m for m in mentions if id(m) not in sub_places]
        counts = find_counts(main_text)
        if breakdown and not main:
            counts.launched = None
        if not main and not subs and counts.intercepted is not None and recent is not None and _OVER_THE_REGION.search(low):
            region = _region_of(recent.place)  # "shot down 2 Shaheds over the region"
            if region is not None:
                main = [Mention(0, 0, region.name, region, "locative", "the-region")]
        late = listed_apart(text, main, counts)  # "... were shot down, with hits recorded in the Kharkiv and Odesa regions"
        if late:
            main = []
            if only_aimed_at(text, late):
                late = []
        main = _pool_listed(main, counts)
        if not (main or subs or counts.any() or recent is not None):
            undated.append((i, text))  # no branch below can take it
            continue
        date, date_words = _sentence_date(text, doc)
        update_date = None
        if date and "toll" in low and _TOLL_UPDATE.search(low):
            update_date, date, date_words = date, None, None  # the day the toll was given, not the attack's
        if date:
            attack_dates.append((i, date))

        if main and not ("same" in low and _SAME_ATTACK.search(low) and recent is not None and not any(m.place.kind != "country" for m in main)):
            segments = _segments(text, main, main_text)
            several = len(segments) > 1  # each place with its own clause; what the sentence lacks no clause has
            told = None  # the figures of the clause before, for one that leaves its verb out
            for m, seg in segments:
                if several and cumulative(seg):
                    continue
                seg_counts = find_counts(seg) if several and counts.any() else counts if not several else Counts()
                if several and counts.any():
                    seg_counts = seg_counts if seg_counts.any() else elided_figure(seg, told)
                    told = seg_counts
                if m.place.kind == "country" and not seg_counts.any():
                    continue
                seg_date, seg_words = date_of(seg, doc.published) if several and date_words else (None, None)
                seg_classes = (weapon_classes(seg) if several and len(set(classes)) > 1 else []) or classes
                _anchor(events, i, text, m, seg_date or date, seg_words if seg_date else date_words, said_attacker,
                        seg_classes, seg_counts, doc)
                if m.place.kind == "city":
                    last_city = m.place
        elif len(subs) == 1 and subs[0][2] and not _TALLY_WORDS.search(low):
            # "launched 15 drones ..., and 11 of them were destroyed over the Odesa region": one regional record
            m, n, _ = subs[0]
            subs = []
            _anchor(events, i, text, m, date, date_words, said_attacker, classes,
                    Counts(launched=counts.launched, intercepted=n, killed=counts.killed, injured=counts.injured), doc)
        elif counts.any() and (subs or _TALLY_WORDS.search(low) or recent is None or
                               (counts.launched is not None and _COUNTRY_LAUNCH.search(low) and not _AT_THE_PLACE.search(low)
                                and not _city_attack_told(doc, recent, i))):
            country = _defender(text, subs, said_attacker, recent)
            if country:
                tally = Mention(0, 0, country, gazetteer().countries[country.lower()], "locative", "tally")
                _anchor(events, i, text, tally, date, date_words, said_attacker, classes, counts, doc)
        elif recent is not None and (counts.any() or target_class(text) or find_claims(text) or
                                     classes and _USED_WEAPONS.search(low) and not _HAS_DIGIT.search(low)):
            known = recent.attacker or attacker_from_place(recent.place.country, recent.place.region)
            # "Ukraine's air defence ... destroyed 34 cruise missiles": the defender's words, the attack told before
            defending = counts.intercepted is not None and "air defen" in low
            if not (said_attacker and known and said_attacker != known) or defending:
                target = _seat_event(events, i, found, text) or \
                    (_for_casualties(events, i, counts) if counts.killed is not None or counts.injured is not None
                     else None) or _for_tally(events, recent, counts)
                _detail(target, i, text, date, said_attacker, classes, counts)
        for m in late:
            _anchor(events, i, text, m, date, date_words, said_attacker, classes, Counts(), doc, sub=True)
        for m, n, _ in subs:
            sub_counts = Counts(intercepted=n)
            _anchor(events, i, text, m, date, date_words, said_attacker, classes, sub_counts, doc, sub=True)
        if update_date:
            for ev in events:
                if i in ev.anchors and not ev.date and not ev.update_date:
                    ev.update_date = update_date
    return _rows(doc, events, quotes or [], attack_dates, undated)


# ---------------------------------------------------------------- report layout

def _blank(text: str, m: re.Match[str] | None) -> str:
    return text if m is None else " " * m.end() + text[m.end():]


def _heading(text: str, sent: Sentence, para_place: dict[int, Mention], ends_paragraph: bool = False) -> str:
    """A paragraph headed "Kharkiv!" or "Kupiansk district:" is about that place; the heading
    itself is blanked so it is not read again as a mention."""
    m = _HEADING.match(text) if "!" in text or ":" in text else None  # a heading ends in one
    if m is None and len(text) < 40 and text.rstrip().endswith("."):
        m = _HEADING_ALONE.match(text)  # "Dnipro." -- a sentence that is only the place's name
    if m is None:
        return text
    name = m.group("name")
    place = resolve_name(name)
    if place is None or place.kind == "country":
        return text
    alone = ends_paragraph and not text[m.end():].strip()  # "Sumy!" on a line of its own heads the next paragraph
    para_place[sent.paragraph + 1 if alone else sent.paragraph] = Mention(0, 0, name, place, "locative", "heading")
    return _blank(text, m)


def _place_districts(mentions: list[Mention], heading: Mention | None, last_city: Place | None,
                     recent: Event | None) -> list[Mention]:
    """A city district ("the Solomianskyi district") is its city: the city of the paragraph
    heading, a city named in the same sentence, or the city the report last placed an attack in."""
    if not any(m.place.kind == "district" for m in mentions):
        return mentions
    cities = [m.place for m in mentions if m.place.kind == "city"]
    city = (heading.place if heading is not None and heading.place.kind == "city" else None) or \
        (cities[0] if cities else None) or last_city or \
        (recent.place if recent is not None and recent.place.kind == "city" else None)
    out = []
    for m in mentions:
        if m.place.kind == "district":
            if city is None or any(o.place == city for o in out):
                continue
            m = Mention(m.start, m.end, city.name, city, m.role, "city-district")
        out.append(m)
    return out


def _list_line(doc: Document, events: list[Event], i: int, text: str) -> bool:
    """"8 – over the territory of the Voronezh region," on a line of its own, under a ministry's
    "destroyed 17 Ukrainian UAVs:": one region's share of the tally just told (or of the list
    running on from it)."""
    line = LIST_LINE.match(text)
    if line is None or not events:
        return False
    tally = next((e for e in reversed(events) if e.level == "country" and e.counts.intercepted is not None), None)
    if tally is None or i - max(e.last for e in events) > 1:
        return False
    regions = [m for m in _locative(find_places(text[line.end("k"):])) if m.place.kind in ("region", "city")]
    if not regions:
        return False
    shift = line.end("k")
    m = regions[0]
    m = Mention(m.start + shift, m.end + shift, m.text, m.place, m.role, "list-line")
    _anchor(events, i, text, m, tally.date, tally.date_text, tally.attacker, list(tally.classes),
            Counts(intercepted=parse_number(line.group("k"))), doc, sub=True)
    return True


def _governed(text: str, low: str, recent: Event | None) -> list[Mention]:
    """"Kherson regional governor ... said shelling killed two people in the region": a sentence that
    places nothing but tells figures or damage on its governor's word is about that governor's
    region -- unless the attack just told is already there (then it details that attack)."""
    region = governed_region(text, low)
    if region is None or recent is not None and recent.place.region == region.name:
        return []
    if not (find_counts(text).any() or target_class(text)):
        return []
    return [Mention(0, 0, region.name, region, "locative", "governor")]


_HEARD = re.compile(r"\bheard\s+(?:\w+\s+)?(?:in|over|across|above|throughout|around)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$", re.I)


def _heard_in(text: str, found: list[Mention]) -> list[Mention]:
    """"Explosions were heard in Kyiv as air defences repelled an attack": a place named only as where
    blasts were heard is where the attack was, when the sentence places it nowhere else."""
    places = [m for m in found if m.place.kind != "country"]
    if len(places) != 1:  # "heard in Kyiv, Odesa, Lviv and several other cities": a wave, not one city's attack
        return []
    m = places[0]
    if m.role == "other" and m.place.kind in ("city", "region") and _HEARD.search(text, max(0, m.start - 40), m.start):
        return [Mention(m.start, m.end, m.text, m.place, "locative", "heard-in")]
    return []


def _seat_event(events: list[Event], i: int, found: list[Mention], text: str) -> Event | None:
    """"Moscow Mayor Sergei Sobyanin said debris fell ..." after a ministry's list of regions: the
    detail of the attack on the speaker's own city or region, not of the first place listed."""
    seats = [m.place for m in found if m.role == "actor" and m.place.kind in ("city", "region")]
    low = lower_text(text)
    seats += [p for p in (mayor_city(text), governed_region(text, low)) if p is not None]
    if not seats:
        return None
    near = [e for e in events if i - e.last <= _DETAIL_WINDOW and e.place in seats]
    return max(near, key=_LAST) if near else None


# "launched from the Bastion coastal system in annexed Crimea": where the weapons came from, not what they hit
_LAUNCHED_FROM = re.compile(r"\b(?:launched|fired|lifted\s+off|took\s+off|sent)\s+from\b(?:(?!\b(?:at|on|against|toward|towards|into)\b)"
                            r"[^.;,])*$", re.I)


def _drop_launch_sites(text: str, mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if not _LAUNCHED_FROM.search(text, max(0, m.start - 80), m.start)]


_TOWN_AFTER = re.compile(r"\s+(?:city|town|village|port)\b")  # "in east Ukraine city": a town the report names later
_BULLET = re.compile(r"^\s*[-–•*]\s")
# "Russia launched a missile attack on Odesa." -- the sentence that tells the attack is on one city
_ATTACK_ON = re.compile(r"\b(?:launched|carried\s+out|conducted|mounted|unleashed)\s+(?:an?\s+|another\s+)?(?:[\w-]+\s+){0,3}?"
                        r"(?:attack|strike|assault|raid)\s+(?:on|against)\s+(?:the\s+(?:city|port|town)\s+of\s+)?$", re.I)


def _city_attack_told(doc: Document, recent: Event | None, i: int) -> bool:
    """Whether the sentence just before, in the same paragraph, told an attack on the recent event's
    city ("launched a missile attack on Odesa"): "Russia launched 19 missiles" then counts that attack."""
    if recent is None or recent.level != "place" or recent.last != i - 1 or \
            doc.sentences[i - 1].paragraph != doc.sentences[i].paragraph:
        return False
    prev = doc.norm[doc.sentences[i - 1].start:doc.sentences[i - 1].end]
    at = prev.find(recent.mention)
    return at > 0 and bool(_ATTACK_ON.search(prev, max(0, at - 80), at))


def _drop_speaker_seat(text: str, mentions: list[Mention]) -> list[Mention]:
    m = _SPEAKER_SEAT.match(text)
    if m is None or len(mentions) < 2:
        return mentions
    return [x for x in mentions if x.start != m.start("name")]


_POOLED_REGIONS = 3  # a longer list of regions sharing one figure is the country's tally


def _pool_listed(main: list[Mention], counts: Counts) -> list[Mention]:
    """"destroyed 23 drones in the Taganrog, Novoshakhtinsk and Millerovo districts": one
    figure spread over a list of places is the region's (or the country's), not the first place's."""
    listed = [m for m in main if m.via == "region-list"]
    if len(listed) < 2 or counts.killed is not None or counts.injured is not None or \
            (counts.intercepted is None and counts.launched is None):
        return main
    if all(m.place.kind == "region" for m in listed) and len(listed) <= _POOLED_REGIONS:
        # "eight drones over the Belgorod and Kursk regions": one record, filed under the first region
        return [m for m in main if m not in listed[1:]]
    regions = {m.place.region for m in listed}
    gaz = gazetteer()
    if len(regions) == 1 and None not in regions:
        place = gaz.region_by_name.get(key(next(iter(regions))))
    else:
        countries = {m.place.country for m in listed}
        place = gaz.countries[next(iter(countries)).lower()] if len(countries) == 1 else None
    if place is None:
        return main
    pooled = Mention(listed[0].start, listed[-1].end, place.name, place, "locative", "pooled")
    return [m for m in main if m not in listed] + [pooled]


def _region_of(place: Place) -> Place | None:
    if place.kind == "region":
        return place
    if place.region:
        return gazetteer().region_by_name.get(key(place.region))
    return None


# ---------------------------------------------------------------- sentence roles

def _locative(mentions: list[Mention], text: str = "") -> list[Mention]:
    """Locative mentions, minus those another mention makes redundant: the region of a
    named city ("Taganrog, Rostov Region"), the country of a named place ("Kharkiv,
    Ukraine", "Ukraine's Odesa region"). A country named apart ("539 drones at Ukraine,
    killing two people in Kyiv") stays: it may carry the tally. Pairs are compared
    within a window of the sentence (strikes/window.py), so a huge one costs linear time."""
    return windowed(_locative_pairwise, [m for m in mentions if m.role == "locative"], text)


def _locative_pairwise(loc: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []
    own: list[Mention] = []  # towns with their own clause beside their region's tally
    for m in loc:
        others = [o for o in loc if o is not m and o.place != m.place]
        if m.place.kind == "country" and any(o.place.country == m.place.country and o.place.kind != "country" for o in others):
            if not text or any(_attached(text, m, o) for o in others if o.place.country == m.place.country):
                continue
        towns = [o for o in others if o.place.kind == "city" and o.place.region == m.place.name and o.place.name != m.place.name]
        if m.place.kind in ("region", "city") and towns:
            apart = [o for o in towns if text and m.place.kind == "region" and own_tally(text, m, o)]
            if not apart:
                continue
            quiet = [o for o in apart if not own_harm(text, m, o)]
            own += [o for o in apart if o not in quiet]
            loc = [o for o in loc if o not in quiet]  # named in passing ("most of them near Taganrog")
            out = [o for o in out if o not in quiet]
        if any(o.place == m.place and o.start < m.start for o in out):
            continue
        if text and out and m.place.kind == "city" and out[-1].place.kind == "city" and \
                _LOCATOR_GAP.fullmatch(text, out[-1].end, m.start):
            continue  # "the village of Myskhako near Novorossiysk": the town only locates the village
        if m in loc:
            out.append(m)
    if own:  # kept apart from the region's event, even when the town is its namesake ("in Kharkiv")
        out = [Mention(o.start, o.end, o.text, o.place, o.role, "town-apart") if o in own else o for o in out]
    return out


_LOCATOR_GAP = re.compile(r"\s*,?\s*(?:near|outside|not\s+far\s+from|close\s+to|on\s+the\s+outskirts\s+of)\s+"
                          r"(?:the\s+(?:city|town|regional\s+capital)\s+of\s+)?", re.I)


def _attached(text: str, country: Mention, place: Mention) -> bool:
    """"Kharkiv, Ukraine" / "Ukraine's Kharkiv" / "Ukraine's biggest hospital in Kyiv": the country only
    places the other name."""
    if country.start >= place.end:
        return bool(_COMMA_GAP.fullmatch(text[place.end:country.start]))
    gap = text[country.end:place.start]
    return bool(_POSSESSIVE_GAP.match(gap)) and "," not in gap or len(gap) < 4


# "Kharkiv, Ukraine", "Lviv in western Ukraine": the country after the place only places it
_COMMA_GAP = re.compile(r"\s*,\s*|\s+in\s+(?:the\s+)?(?:(?:far|north|south)[\s-]?)?(?:western|eastern|northern|southern|central|"
                        r"north-?eastern|north-?western|south-?eastern|south-?western)\s+")
_POSSESSIVE_GAP = re.compile(r"(?:'s|’s)\s")


def _subcounts(text: str, mentions: list[Mention]) -> tuple[list[tuple[Mention, int, bool]], str]:
    """("including at least 23 over the Moscow region") -> [(Moscow region, 23, False)], and the
    sentence with that clause blanked so the main figure is the tally's. The flag marks a
    partitive ("11 of them ... over the Odesa region"), which may be the whole attack's place."""
    from ..numbers import parse_number

    subs: list[tuple[Mention, int, bool]] = []
    main_text = text
    if not mentions:
        return subs, main_text
    low = lower_text(text)
    if not has_any(low, _INTERCEPT_STEMS) or not _INTERCEPT_WORDS.search(low):
        return subs, main_text
    for m in _SUBCOUNT_LOW.finditer(low):
        after = [x for x in mentions if 0 <= x.start - m.end() <= 4]
        if not after:
            continue
        if m.group("k") and not _INTERCEPT_WORDS.search(low, 0, m.start()):
            continue
        n = parse_number(m.group("n") or m.group("m") or m.group("k"))
        if after and n is not None:
            partitive = bool(m.group("m")) or low.startswith("of which", m.start())
            shares = each_listed(after[0], mentions, text) if m.group("each") else [after[0]]
            subs.extend((x, n, partitive) for x in shares)
            main_text = main_text[:m.start()] + " " * (shares[-1].end - m.start()) + main_text[shares[-1].end:]
    return subs, main_text


def _segments(text: str, mentions: list[Mention], main_text: str) -> list[tuple[Mention, str]]:
    """Each place with the clause its figures sit in: split at the last comma or "and"
    between two places ("killed two in Kharkiv and injured five in Odesa")."""
    if len(mentions) == 1:
        return [(mentions[0], main_text)]
    cuts = [0]
    for a, b in zip(mentions, mentions[1:]):
        gap = list(_CLAUSE_BREAK.finditer(main_text[a.end:b.start]))
        cuts.append(a.end + gap[-1].start() if gap else b.start)
    cuts.append(len(main_text))
    return [(m, main_text[cuts[k]:cuts[k + 1]]) for k, m in enumerate(mentions)]


def _defender(text: str, subs: list[tuple[Mention, int]], said_attacker: str | None, recent: Event | None) -> str | None:
    if subs:
        return subs[0][0].place.country
    m = _DEFENDER_WORDS.search(text)
    if m and not (said_attacker and _FORCES_ATTACKING.match(text, m.start())):
        return "Russia" if m.group(1).lower().startswith("russia") else "Ukraine"
    if said_attacker:
        return other_side(said_attacker)
    return recent.place.country if recent else None


def _recent(events: list[Event], i: int) -> Event | None:
    if not events:
        return None
    last = max(events, key=_LAST)
    return last if i - last.last <= _DETAIL_WINDOW else None


_LAST = attrgetter("last")
_READING_ORDER = attrgetter("first", "at")


# ---------------------------------------------------------------- building events

def _anchor(events: list[Event], i: int, text: str, m: Mention, date: str | None, date_words: str | None,
            said_attacker: str | None, classes: list[str], counts: Counts, doc: Document, sub: bool = False) -> None:
    keys = place_keys(m.place, m.text)
    country_level = m.place.kind == "country"
    low = lower_text(text)
    region_wide = m.place.kind == "region" and bool(_REGION_WIDE.search(low))
    region_target = target_class(text) if m.place.kind == "region" else None
    ev = next((e for e in reversed(events)
               if compatible(e, keys, date, said_attacker, country_level, None if date else date_words, region_wide,
                             region_target)
               # "..., including three over Kursk itself", "..., and in Kharkiv a drone hit a warehouse"
               and not ((sub or m.via == "town-apart") and i in e.anchors and e.place != m.place)), None)
    if ev is None and m.place.kind == "city" and counts.killed is None and counts.injured is None \
            and _BACK_REFERENCE.search(low):
        ev = _refinable(events, m.place, date, said_attacker)
        if ev is not None:  # the region's attack, now placed in one of its towns
            ev.place, ev.mention, ev.via = m.place, m.text, "refined"
    if ev is None and m.place.kind == "city":
        ev = _unnamed_town(events, m.place, date, said_attacker)
        if ev is not None:  # "a pizza restaurant in an eastern Ukrainian city" ... "the attack on Kramatorsk"
            ev.place, ev.mention, ev.via, ev.keys = m.place, m.text, "refined", set(keys)
    if ev is None:
        ev = Event(place=m.place, mention=m.text, keys=set(keys), first=i, last=i, via=m.via, region_wide=region_wide,
                   at=m.start)
        events.append(ev)
    else:
        ev.keys |= keys
        if ev.place.kind == "raion" and m.place.kind == "city" and key(m.place.name) in ev.keys:
            ev.place, ev.mention = m.place, m.text  # "Nikopol district was under fire" ... "In Nikopol"
    if m.end and may_hold(text[max(0, m.start - 40):m.start], ("occupied",)) and \
            _OCCUPIED.search(text, max(0, m.start - 40), m.start) or \
            m.via == "same-place" and any(e.occupied for e in events if e.place == m.place):
        ev.occupied = True
    ev.last = max(ev.last, i)
    if i not in ev.anchors:
        ev.anchors.append(i)
    given = ev.take_counts(counts, i)
    _add_classes(ev, text, classes)
    words = weapon_detail(text)
    if words and words not in ev.weapon_words:
        ev.weapon_words.append(words)
    if ev.target is None and not sub:
        ev.target = target_class(text)
    if date and not ev.date:
        ev.date, ev.date_text = date, date_words
    elif date_words and not ev.date_text:
        ev.date_text = date_words
    if said_attacker and not ev.attacker:
        ev.attacker = said_attacker
    claims = find_claims(text, _speaking_side(ev.place, ev.attacker))
    ev.claims.extend(claims)
    if i == ev.first:
        ev.lead_claims.extend(claims)
    ev.info[i] = ev.info.get(i, 0) + 2 + given + bool(date) + bool(classes)


_OCCUPIED = re.compile(r"\b(?:Russian-)?occupied\s+(?:(?:city|town|village|port|part)\s+of\s+)?(?:the\s+)?$", re.I)
_SHELLING_ONLY = re.compile(r"\b(?:shelling|shelled)\b", re.I)
_ARTILLERY_NAMED = re.compile(r"\b(?:artillery|mortars?|howitzers?|tank\s+fire|shells)\b", re.I)


def _add_classes(ev: Event, text: str, classes: list[str]) -> None:
    """"Ukrainian shelling of Belgorod" is artillery only until the report names the weapon
    ("Vilkha missiles and Vampire rockets")."""
    if "artillery" in classes and _SHELLING_ONLY.search(text) and not _ARTILLERY_NAMED.search(text):
        ev.weak_classes.append("artillery")
        classes = [c for c in classes if c != "artillery"]
    ev.classes.extend(classes)


_CAPITAL_SPEAKER = re.compile(r"\b(?:(Moscow|Kyiv|Kiev)(?:'s|’s)?\s+(?i:mayor|city\s+authorities)|(?i:mayor)\s+of\s+(Moscow|Kyiv|Kiev)|"
                              r"(Sobyanin)|(Klitschko|Tkachenko))\b")


def _capital_speaker(text: str) -> str | None:
    """Who speaks for "the capital": its mayor or city chief."""
    m = _CAPITAL_SPEAKER.search(text)
    if m is None:
        return None
    if m.group(3) or (m.group(1) or m.group(2) or "") == "Moscow":
        return "Russia"
    return "Ukraine"


def _only_country(mentions: list[Mention]) -> str | None:
    countries = {m.place.country for m in mentions if m.place.country in ("Russia", "Ukraine")}
    return next(iter(countries)) if len(countries) == 1 else None


def _speaking_side(place: Place, attacker: str | None) -> str | None:
    """The side whose "defence ministry" or "air force" reports an attack: the one attacked --
    Russia's for Crimea, which Ukraine strikes, though the place is Ukraine's."""
    return other_side(attacker or attacker_from_place(place.country, place.region)) or place.country


def _detail(ev: Event, i: int, text: str, date: str | None, said_attacker: str | None,
            classes: list[str], counts: Counts) -> None:
    ev.last = i
    ev.details.append(i)
    given = ev.take_counts(counts, i)
    if "artillery" in classes and _SHELLING_ONLY.search(text) and not _ARTILLERY_NAMED.search(text):
        ev.weak_classes.append("artillery")
        classes = [c for c in classes if c != "artillery"]
    ev.detail_classes.extend(classes)
    if ev.target is None and _DAMAGE.search(text):
        ev.target = target_class(text)
    if date and not ev.detail_date:
        ev.detail_date = date
    if said_attacker and not ev.detail_attacker:
        ev.detail_attacker = said_attacker
    ev.claims.extend(find_claims(text, _speaking_side(ev.place, ev.attacker or ev.detail_attacker)))
    ev.info[i] = given


def _same_place_followup(doc: Document, events: list[Event], i: int, text: str) -> None:
    """The sentence right after an attack that names the same place may date it
    ("The centre of Sumy was busy ... marking Palm Sunday")."""
    if not events:
        return
    ev = max(events, key=_LAST)
    if i - ev.last != 1 or ev.date or ev.place.kind == "country":
        return
    low = text.lower()
    if not any(k in low for k in ev.keys if len(k) > 3):
        return
    date, _ = date_of(text, doc.published)
    if date:
        ev.detail_date = ev.detail_date or date
        ev.last = i


# ---------------------------------------------------------------- rows

def _rows(doc: Document, events: list[Event], quotes: list[Quote],
          attack_dates: list[tuple[int, str]] | None = None, undated: list[tuple[int, str]] | None = None) -> list[Strike]:
    rows: list[Strike] = []
    done: list[tuple[Event, str | None, str | None]] = []  # (event, date, attacker) in report order
    once: dict[str, object] = {}  # report-wide facts, computed when a row first needs them

    def report(name: str, compute):
        if name not in once:
            once[name] = compute()
        return once[name]

    echoes = region_echoes(events)
    for ev in sorted((e for k, e in enumerate(events) if k not in echoes), key=_READING_ORDER):
        c = ev.counts
        attacker = ev.attacker or ev.detail_attacker or ("Ukraine" if ev.occupied else None) or \
            attacker_from_place(ev.place.country, ev.place.region)
        wave = [d for d in done if d[2] == attacker]
        # a day carries on within its paragraph, or from the lead: "On August 21, ..." dates its own paragraph only
        para = doc.sentences[ev.first].paragraph
        lead_para = doc.sentences[done[0][0].first].paragraph if done else para
        carried = [d for d in done if doc.sentences[d[0].first].paragraph in (para, lead_para)]
        previous_date = next((d for e, d, a in reversed(carried) if d and a == attacker), None) or \
            next((d for _, d, _ in reversed(wave) if d), None) or next((d for _, d, _ in reversed(done) if d), None)
        if ev.level == "country" and not c.any():
            continue
        date, date_text = ev.date, ev.date_text
        if not date and ev.detail_date:
            date = ev.detail_date
        if not date:
            date = _hours_after(doc, ev)
        if not date and ev.update_date:
            # "pulled more bodies Wednesday, raising the toll": the attack's own day, told further on, else that day
            days = report("days", lambda: _attack_days(doc, attack_dates or [], undated or []))
            date = next((d for k, d in days if k > ev.first and _days_before(d, ev.update_date) in range(0, 8)), ev.update_date)
        if not date and not ev.date_text:
            days = report("days", lambda: _attack_days(doc, attack_dates or [], undated or []))
            earlier = [d for k, d in days if k < ev.first]
            date = previous_date or (earlier[-1] if earlier else None) or \
                report("day", lambda: _report_day(doc, days))
        if not date and not c.any() and ev.target is None:
            continue  # no day, no figure, no damage: a general statement, not an attack
        if not date and date_text and _BACKGROUND_SPAN.search(date_text):
            continue  # "last week", "earlier this month": background without its day (GUIDELINES §4)
        weapon = combine(ev.classes) or combine(ev.detail_classes) or combine(ev.weak_classes)
        if weapon is None and wave and not ev.detail_classes and (not ev.claims or any(
                _WAVE_REFERENCE.search(lower_text(doc.norm[doc.sentences[k].start:doc.sentences[k].end])) for k in ev.anchors)):
            # "The strikes also damaged ..." refers back to the weapon of the same wave
            weapon = next((r.weapon for r in reversed(rows) if r.attacker == attacker and r.date == date and r.weapon), None)
        done.append((ev, date, attacker))
        # the source of the first telling, unless it is generic ("officials said"); a later counter-claim
        # ("Russia's defence ministry said it had hit military facilities") does not replace it
        claim = best_claim([c for c in ev.lead_claims if c[0] >= 3]) or best_claim(ev.claims)
        if claim is None:
            claim = _quote_speaker(doc, ev, quotes)
        if claim is None:
            claim = paragraph_source(doc, ev.anchors + ev.details)
        if claim is None:
            claim = report("lead claim", lambda: _lead_claim(doc)) or report("source line", lambda: source_line(doc)) or \
                report("lead source", lambda: lead_source(doc))
        if claim is None:
            claim = report("signer", lambda: signer(doc.norm))
        if claim:
            claim = title_holder(doc, claim, doc.sentences[ev.first].start) or claim
            claim = canonical(claim, _speaking_side(ev.place, attacker))
            if _BARE_MINISTRY.fullmatch(claim):
                claim = _named_ministry(doc, doc.sentences[ev.first].start) or claim
        target = ev.target
        if target is None and ev.level == "country" and report("energy", lambda: _energy_wave(doc)):
            target = "infrastructure"  # a wave "attacking our energy sector": its tally's target
        best = max(ev.anchors, key=lambda k: (ev.info.get(k, 0), -k))
        start, end = _evidence_span(doc, ev, best)
        rows.append(Strike(
            evidence=Evidence(doc.text[start:end], start, end),
            date=date,
            date_text=date_text,
            attacker=attacker,
            weapon=weapon,
            weapon_detail="; ".join(ev.weapon_words) or None,
            location=ev.place.name,
            region=None if ev.level == "country" else ev.place.region or ev.place.name,
            country=ev.place.country,
            lat=ev.place.lat,
            lon=ev.place.lon,
            launched=c.launched,
            intercepted=c.intercepted,
            killed=c.killed,
            injured=c.injured,
            target=target,
            claimed_by=claim,
            geo_precision={"country": "country", "region": "region"}.get(ev.level, "place"),
            rule=f"strike:{ev.via}" + ("+detail" if ev.details else ""),
        ))
    return rows


def _energy_wave(doc: Document) -> bool:
    low = lower_text(doc.norm)
    return ("energy" in low or "power" in low) and _energy_noun(low) and bool(_ENERGY_WAVE.search(low))


def _energy_noun(low: str) -> bool:
    """`_ENERGY_NOUN.search(low)`, tried only where "energy" or "power" stands, not at every
    character of the report."""
    for word in ("energy", "power"):
        at = low.find(word)
        while at != -1:
            if _ENERGY_NOUN.match(low, at):
                return True
            at = low.find(word, at + 1)
    return False


# What every _ENERGY_WAVE match names: far cheaper to look for than the verbs around it.
_ENERGY_NOUN = re.compile(r"\b(?:energy|power)\s+(?:facilities|infrastructure|sector|system|grid|plants?|stations?|generation)\b")


# The patterns above run lower-cased, on lower-cased text (see `filters.lower_pattern`).
(_TALLY_WORDS, _SAME_PLACE, _OVER_THE_REGION, _SAME_ATTACK, _REGION_WIDE, _BACK_REFERENCE, _COUNTRY_LAUNCH,
 _AT_THE_PLACE, _USED_WEAPONS, _WAVE_REFERENCE, _ENERGY_WAVE) = map(lower_pattern, (
    _TALLY_WORDS, _SAME_PLACE, _OVER_THE_REGION, _SAME_ATTACK, _REGION_WIDE, _BACK_REFERENCE, _COUNTRY_LAUNCH,
    _AT_THE_PLACE, _USED_WEAPONS, _WAVE_REFERENCE, _ENERGY_WAVE))
_INTERCEPT_WORDS, _SUBCOUNT_LOW = lower_pattern(_INTERCEPT_WORDS), lower_pattern(SUBCOUNT)
_INTERCEPT_STEMS = ("intercept", "destroy", "shot down", "downed", "neutrali")
