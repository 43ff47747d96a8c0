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

from ..dates import date_of, find_date_spans, looks_ahead, resolve
from ..document import Document, Sentence
from ..places import Mention, Place, find_places, gazetteer
from ..records import Evidence, Quote, Strike
from .attacker import attacker_from_place, attacker_from_words, other_side
from .claims import best_claim, canonical, find_claims
from .counts import SUBCOUNT, Counts, find_counts
from .events import Event, compatible, place_keys
from .filters import ATTACK, GATE, not_a_strike
from .targets import target_class
from .weapons import combine, weapon_classes, weapon_detail

_TALLY_WORDS = re.compile(
    r"\b(?:in\s+total|a\s+total\s+of|total|(?:past|previous|last)\s+(?:24|twenty-four)\s+hours|nationwide|across\s+the\s+country|"
    r"over\s+(?:the\s+)?(?:regions|territory)|throughout|air\s+force\s+said|across\s+(?:several|multiple|\w+)\s+regions)\b",
    re.I,
)
_DAMAGE = re.compile(r"\b(?:damag\w*|destroy\w*|hit|struck|fire|fires|ablaze|alight|collapsed|debris|fragments|burn\w*)\b", re.I)
_DEFENDER_WORDS = re.compile(
    r"\b(Russia's|Russian|Ukraine's|Ukrainian)\s+(?:air\s+defen[cs]es?|air\s+force|defen[cs]e\s+ministry|forces|military|"
    r"anti-aircraft)", re.I)
_HOURS_AFTER = re.compile(
    r"\b([A-Z][\w'’-]+)(?:'s|’s)\s+(?:comments|remarks|statement|address|speech|words|appeal)\s+came\s+"
    r"(?:just\s+|only\s+|a\s+few\s+|several\s+)?hours\s+(?:after|before)")
_DETAIL_WINDOW = 2
_INTERCEPT_WORDS = re.compile(r"\b(?:intercept\w*|destroy\w*|shot\s+down|downed|neutrali[sz]ed)\b", re.I)


def extract(doc: Document, quotes: list[Quote] | None = None) -> list[Strike]:
    sentences = doc.sentences
    events: list[Event] = []
    attack_dates: list[tuple[int, str]] = []  # dated sentences about attacks, for undated rows
    for i, sent in enumerate(sentences):
        text = doc.norm[sent.start:sent.end]
        if not GATE.search(text):
            _same_place_followup(doc, events, i, text)
            continue
        classes = weapon_classes(text)
        if not_a_strike(text, bool(classes)):
            continue
        attack = bool(classes) or bool(ATTACK.search(text))
        if not attack:
            _same_place_followup(doc, events, i, text)
            continue
        said_attacker = attacker_from_words(text)
        recent = _recent(events, i)
        attacked = other_side(said_attacker) or (recent.place.country if recent else None)
        mentions = _locative(find_places(text, capital_of=attacked))
        subs, main_text = _subcounts(text, mentions)
        main = [m for m in mentions if m not in {s for s, _ in subs}]
        date, date_words = date_of(text, doc.published)
        if date:
            attack_dates.append((i, date))
        counts = find_counts(main_text)

        if main:
            for m, seg in _segments(text, main, main_text):
                if m.place.kind == "country":
                    seg_counts = find_counts(seg) if len(main) > 1 else counts
                    if not seg_counts.any():
                        continue
                _anchor(events, i, text, m, date, date_words, said_attacker, classes,
                        find_counts(seg) if len(main) > 1 else counts, doc)
        elif counts.any() and (subs or _TALLY_WORDS.search(text) or recent is None):
            country = _defender(text, subs, said_attacker, recent)
            if country:
                tally = Mention(0, 0, country, gazetteer().countries[country.lower()], "locative", "tally")
                _anchor(events, i, text, tally, date, date_words, said_attacker, classes, counts, doc)
        elif recent is not None and (counts.any() or target_class(text) or find_claims(text)):
            known = recent.attacker or attacker_from_place(recent.place.country, recent.place.region)
            if not (said_attacker and known and said_attacker != known):
                _detail(recent, i, text, date, said_attacker, classes, counts)
        for m, n in subs:
            sub_counts = Counts(intercepted=n)
            _anchor(events, i, text, m, date, date_words, said_attacker, classes, sub_counts, doc, sub=True)
    return _rows(doc, events, quotes or [], attack_dates)


# ---------------------------------------------------------------- sentence roles

def _locative(mentions: list[Mention]) -> list[Mention]:
    """Locative mentions, minus those another mention makes redundant: the region of a
    named city ("Taganrog, Rostov Region"), the country of a named place."""
    loc = [m for m in mentions if m.role == "locative"]
    out = []
    for m in loc:
        others = [o for o in loc if o is not m and o.place != m.place]
        if m.place.kind == "country" and any(o.place.country == m.place.country and o.place.kind != "country" for o in others):
            continue
        if m.place.kind in ("region", "city") and any(
            o.place.kind == "city" and o.place.region == m.place.name and o.place.name != m.place.name for o in others
        ):
            continue
        if any(o.place == m.place and o.start < m.start for o in loc if o is not m):
            continue
        out.append(m)
    return out


def _subcounts(text: str, mentions: list[Mention]) -> tuple[list[tuple[Mention, int]], str]:
    """("including at least 23 over the Moscow region") -> [(Moscow region, 23)], and the
    sentence with that clause blanked so the main figure is the tally's."""
    from ..numbers import parse_number

    subs: list[tuple[Mention, int]] = []
    main_text = text
    if not mentions or not _INTERCEPT_WORDS.search(text):
        return subs, main_text
    for m in SUBCOUNT.finditer(text):
        after = [x for x in mentions if 0 <= x.start - m.end() <= 4]
        if m.group("k") and not _INTERCEPT_WORDS.search(text[:m.start()]):
            continue
        n = parse_number(m.group("n") or m.group("m") or m.group("k"))
        if after and n is not None:
            subs.append((after[0], n))
            main_text = main_text[:m.start()] + " " * (after[0].end - m.start()) + main_text[after[0].end:]
    return subs, main_text


def _segments(text: str, mentions: list[Mention], main_text: str) -> list[tuple[Mention, str]]:
    """Each place with the clause its figures sit in: split at the last comma or "and"
    between two places ("killed two in Kharkiv and injured five in Odesa")."""
    if len(mentions) == 1:
        return [(mentions[0], main_text)]
    cuts = [0]
    for a, b in zip(mentions, mentions[1:]):
        gap = list(re.finditer(r",|;|\band\b|\bwhile\b", main_text[a.end:b.start]))
        cuts.append(a.end + gap[-1].start() if gap else b.start)
    cuts.append(len(main_text))
    return [(m, main_text[cuts[k]:cuts[k + 1]]) for k, m in enumerate(mentions)]


def _defender(text: str, subs: list[tuple[Mention, int]], said_attacker: str | None, recent: Event | None) -> str | None:
    if subs:
        return subs[0][0].place.country
    m = _DEFENDER_WORDS.search(text)
    if m:
        return "Russia" if m.group(1).lower().startswith("russia") else "Ukraine"
    if said_attacker:
        return other_side(said_attacker)
    return recent.place.country if recent else None


def _recent(events: list[Event], i: int) -> Event | None:
    if not events:
        return None
    last = max(events, key=lambda e: e.last)
    return last if i - last.last <= _DETAIL_WINDOW else None


# ---------------------------------------------------------------- building events

def _anchor(events: list[Event], i: int, text: str, m: Mention, date: str | None, date_words: str | None,
            said_attacker: str | None, classes: list[str], counts: Counts, doc: Document, sub: bool = False) -> None:
    keys = place_keys(m.place, m.text)
    country_level = m.place.kind == "country"
    ev = next((e for e in reversed(events) if compatible(e, keys, date, said_attacker, country_level)), None)
    if ev is None:
        ev = Event(place=m.place, mention=m.text, keys=set(keys), first=i, last=i, via=m.via)
        events.append(ev)
    else:
        ev.keys |= keys
    ev.last = max(ev.last, i)
    if i not in ev.anchors:
        ev.anchors.append(i)
    given = ev.take_counts(counts)
    ev.classes.extend(classes)
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
    ev.claims.extend(find_claims(text, m.place.country))
    ev.info[i] = ev.info.get(i, 0) + 2 + given + bool(date) + bool(classes)


def _detail(ev: Event, i: int, text: str, date: str | None, said_attacker: str | None,
            classes: list[str], counts: Counts) -> None:
    ev.last = i
    ev.details.append(i)
    given = ev.take_counts(counts)
    ev.detail_classes.extend(classes)
    if ev.target is None and _DAMAGE.search(text):
        ev.target = target_class(text)
    if date and not ev.detail_date:
        ev.detail_date = date
    if said_attacker and not ev.detail_attacker:
        ev.detail_attacker = said_attacker
    ev.claims.extend(find_claims(text, ev.place.country))
    ev.info[i] = given


def _same_place_followup(doc: Document, events: list[Event], i: int, text: str) -> None:
    """The sentence right after an attack that names the same place may date it
    ("The centre of Sumy was busy ... marking Palm Sunday")."""
    if not events:
        return
    ev = max(events, key=lambda e: e.last)
    if i - ev.last != 1 or ev.date or ev.place.kind == "country":
        return
    if not any(k in text.lower() for k in ev.keys if len(k) > 3):
        return
    date, _ = date_of(text, doc.published)
    if date:
        ev.detail_date = ev.detail_date or date
        ev.last = i


# ---------------------------------------------------------------- rows

def _rows(doc: Document, events: list[Event], quotes: list[Quote],
          attack_dates: list[tuple[int, str]] | None = None) -> list[Strike]:
    rows: list[Strike] = []
    done: list[tuple[Event, str | None, str | None]] = []  # (event, date, attacker) in report order
    for ev in sorted(events, key=lambda e: e.first):
        c = ev.counts
        attacker = ev.attacker or ev.detail_attacker or attacker_from_place(ev.place.country, ev.place.region)
        wave = [d for d in done if d[2] == attacker]
        previous_date = next((d for _, d, _ in reversed(wave) if d), None) or \
            next((d for _, d, _ in reversed(done) if d), None)
        if ev.level == "country" and not c.any():
            continue
        date, date_text = ev.date, ev.date_text
        if not date and ev.detail_date:
            date = ev.detail_date
        if not date:
            date = _hours_after(doc, ev)
        if not date and not ev.date_text:
            earlier = [d for k, d in (attack_dates or []) if k < ev.first]
            date = previous_date or (earlier[-1] if earlier else None)
        if not date and not c.any() and ev.target is None:
            continue  # no day, no figure, no damage: a general statement, not an attack
        weapon = combine(ev.classes) or combine(ev.detail_classes)
        if weapon is None and wave and not ev.detail_classes:
            # "The strikes also damaged ..." refers back to the weapon of the same wave
            weapon = next((r.weapon for r in reversed(rows) if r.attacker == attacker and r.date == date and r.weapon), None)
        done.append((ev, date, attacker))
        claim = best_claim(ev.claims)
        if claim is None:
            claim = _quote_speaker(doc, ev, quotes)
        if claim is None:
            claim = _lead_claim(doc)
        if claim:
            claim = canonical(claim, ev.place.country)
        best = max(ev.anchors, key=lambda k: (ev.info.get(k, 0), -k))
        sent = doc.sentences[best]
        rows.append(Strike(
            evidence=Evidence(doc.text[sent.start:sent.end], sent.start, sent.end),
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
            target=ev.target,
            claimed_by=claim,
            geo_precision={"country": "country", "region": "region"}.get(ev.level, "place"),
            rule=f"strike:{ev.via}" + ("+detail" if ev.details else ""),
        ))
    return rows


def _hours_after(doc: Document, ev: Event) -> str | None:
    """"Zelenskyy's comments came just hours after Russia fired ..." -- the attack shares
    the day the report gave for those comments."""
    for k in ev.anchors:
        m = _HOURS_AFTER.search(doc.sentences[k].text)
        if not m:
            continue
        who = m.group(1)
        for prev in reversed(doc.sentences[:k]):
            if who.lower() in prev.text.lower():
                ahead = looks_ahead(prev.text)
                for span in find_date_spans(prev.text):
                    day = resolve(span, doc.published, ahead)
                    if day:
                        return day.isoformat()
    return None


def _lead_claim(doc: Document) -> str | None:
    """A statement's issuer ("The Ministry of Defence ... reports that") speaks for every
    strike in it: the named source of the first paragraph, when it has one."""
    if not doc.paragraphs:
        return None
    first = doc.paragraphs[0].index
    for sent in doc.sentences:
        if sent.paragraph != first:
            break
        claims = [c for c in find_claims(doc.norm[sent.start:sent.end]) if c[0] >= 3]
        if claims:
            return best_claim(claims)
    return None


def _quote_speaker(doc: Document, ev: Event, quotes: list[Quote]) -> str | None:
    spans = [(doc.sentences[k].start, doc.sentences[k].end) for k in ev.anchors + ev.details]
    for q in quotes:
        if q.speaker and any(a <= q.char_start < b or q.char_start <= a < q.char_end for a, b in spans):
            return q.speaker
    return None
