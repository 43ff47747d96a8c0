"""A small fixed incidents database, written through the contract (parsers.schema), for the app's tests.

Run `python tests/tui/tui_fixture.py OUT.db` to get a copy to try the app on.

The report texts are ours, written in the style of wire reports; rows point at
their evidence with real offsets into those texts.
"""
from __future__ import annotations

import json
from pathlib import Path

import sqlite_utils

from parsers import incidents, schema

REPORTS = [
    {
        "title": "Drones hit energy sites in Kharkiv region overnight",
        "source": "Example Wire", "url": "https://example.org/wire/1", "published": "2025-03-04",
        "text": (
            "KYIV, March 4 (Example Wire) - Russian drones struck energy facilities in the Kharkiv region "
            "overnight, the regional governor said on Tuesday.\n\n"
            "Two people were killed and five injured in Chuhuiv when a Shahed drone hit a substation, "
            "Governor Oleh Synehubov wrote on Telegram.\n\n"
            "\"The enemy is again targeting our power grid,\" Synehubov said, urging residents to stay in shelters.\n\n"
            "Air defence units shot down 41 of the 58 drones launched overnight, the air force said."
        ),
    },
    {
        "title": "Missile strike on Odesa port damages grain terminal",
        "source": "Coast News", "url": "https://example.org/coast/2", "published": "2025-03-11",
        "text": (
            "ODESA, March 11 - A Russian ballistic missile hit the port of Odesa on Monday evening, "
            "damaging a grain terminal and injuring three dock workers.\n\n"
            "Regional head Oleh Kiper said the missile was an Iskander-M launched from Crimea.\n\n"
            "Ukraine's foreign minister said talks on Black Sea shipping would resume in Istanbul next week."
        ),
    },
    {
        "title": "Envoys meet in Geneva on prisoner exchange",
        "source": "Example Wire", "url": "https://example.org/wire/3", "published": "2025-04-02",
        "text": (
            "GENEVA, April 2 (Example Wire) - Ukrainian and Russian envoys met in Geneva on Wednesday to discuss "
            "a new prisoner exchange, officials said.\n\n"
            "\"We are ready to exchange all for all,\" the Ukrainian ombudsman Dmytro Lubinets told reporters.\n\n"
            "Overnight, a glide bomb attack on Kupiansk killed one man, police said."
        ),
    },
]


# A later report on the Chuhuiv attack of report 1, with a higher toll: the two form one incident.
FOLLOW_UP = {
    "title": "Death toll from Chuhuiv drone strike rises to three",
    "source": "Regional Herald", "url": "https://example.org/herald/4", "published": "2025-03-05",
    "text": (
        "CHUHUIV, March 5 - The death toll from Tuesday's Russian drone strike on a substation in Chuhuiv has "
        "risen to three, regional officials said on Wednesday.\n\n"
        "Seven people were injured, two of them seriously, Governor Oleh Synehubov said.\n\n"
        "Repair crews restored power to most homes by the evening."
    ),
}

PLACES = {"Chuhuiv": (49.8353, 36.6881), "Odesa": (46.4825, 30.7233), "Kupiansk": (49.7106, 37.6156)}


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def build(path: Path, follow_up: bool = False) -> Path:
    """The fixed database; `follow_up` adds a fourth report retelling report 1's attack with other figures."""
    db = sqlite_utils.Database(path)
    db.enable_wal()
    schema.create(db)
    reports = REPORTS + [FOLLOW_UP] if follow_up else REPORTS
    for i, r in enumerate(reports, start=1):
        db["reports"].insert(dict(r, id=i, sha256=f"fixture{i}", path=f"fixture/{i}.txt",
                                  ingested_at="2025-05-01T00:00:00+00:00", parser_version="test"))
    t1, t2, t3 = (r["text"] for r in REPORTS)

    def strike(rid: int, text: str, sentence: str, **kw) -> dict:
        a, b = _span(text, sentence)
        lat, lon = PLACES.get(kw.get("location"), (None, None))
        return dict(report_id=rid, sentence=sentence, char_start=a, char_end=b, lat=lat, lon=lon,
                    geo_precision="place" if lat is not None else "country", **kw)

    db["strikes"].insert_all([
        strike(1, t1, "Two people were killed and five injured in Chuhuiv when a Shahed drone hit a substation, "
               "Governor Oleh Synehubov wrote on Telegram.", date="2025-03-04", attacker="Russia", weapon="drone",
               weapon_detail="Shahed", location="Chuhuiv", region="Kharkiv Oblast", country="Ukraine",
               killed=2, injured=5, target="energy", claimed_by="Oleh Synehubov"),
        strike(1, t1, "Air defence units shot down 41 of the 58 drones launched overnight, the air force said.",
               date="2025-03-04", attacker="Russia", weapon="drone", country="Ukraine", launched=58,
               intercepted=41),
        strike(2, t2, "A Russian ballistic missile hit the port of Odesa on Monday evening, damaging a grain "
               "terminal and injuring three dock workers.", date="2025-03-10", attacker="Russia",
               weapon="ballistic missile", weapon_detail="Iskander-M", location="Odesa", region="Odesa Oblast",
               country="Ukraine", injured=3, target="port"),
        strike(3, t3, "Overnight, a glide bomb attack on Kupiansk killed one man, police said.", date="2025-04-02",
               attacker="Russia", weapon="glide bomb", location="Kupiansk", region="Kharkiv Oblast",
               country="Ukraine", killed=1, target="residential"),
    ], columns=schema.STRIKES)
    if follow_up:
        t4 = FOLLOW_UP["text"]
        db["strikes"].insert(strike(
            4, t4, "The death toll from Tuesday's Russian drone strike on a substation in Chuhuiv has risen to "
            "three, regional officials said on Wednesday.", date="2025-03-04", attacker="Russia", weapon="drone",
            location="Chuhuiv", region="Kharkiv Oblast", country="Ukraine", killed=3, injured=7, target="energy"),
            columns=schema.STRIKES)
    a, b = _span(t2, "Ukraine's foreign minister said talks on Black Sea shipping would resume in Istanbul next week.")
    c, d = _span(t3, "Ukrainian and Russian envoys met in Geneva on Wednesday to discuss a new prisoner exchange, "
                     "officials said.")
    db["negotiations"].insert_all([
        dict(report_id=2, date="2025-03-18", kind="talks", parties=json.dumps(["Ukraine", "Turkey"]),
             venue="Istanbul", topic="Black Sea shipping", sentence=t2[a:b], char_start=a, char_end=b),
        dict(report_id=3, date="2025-04-02", kind="meeting", parties=json.dumps(["Ukraine", "Russia"]),
             venue="Geneva", topic="prisoner exchange", sentence=t3[c:d], char_start=c, char_end=d),
    ], columns=schema.NEGOTIATIONS)
    db["speakers"].insert_all([
        dict(id=1, name="Oleh Synehubov", role="governor of Kharkiv region", kind="person",
             aliases=json.dumps(["Synehubov", "Governor Oleh Synehubov"])),
        dict(id=2, name="Dmytro Lubinets", role="ombudsman", kind="person", aliases=json.dumps(["Lubinets"])),
        dict(id=3, name="Oleh Kiper", role="head of Odesa region", kind="person", aliases=json.dumps(["Kiper"])),
    ])

    def quote(rid: int, text: str, said: str, sid: int, kind: str, date: str, medium: str | None) -> dict:
        a, b = _span(text, said)
        return dict(report_id=rid, speaker_id=sid, text=said, kind=kind, date=date, medium=medium,
                     char_start=a, char_end=b, sentence=said)

    db["quotes"].insert_all([
        quote(1, t1, "The enemy is again targeting our power grid,", 1, "direct", "2025-03-04", "statement"),
        quote(1, t1, "Two people were killed and five injured in Chuhuiv", 1, "indirect", "2025-03-03", "telegram"),
        quote(2, t2, "the missile was an Iskander-M launched from Crimea", 3, "indirect", "2025-03-10", None),
        quote(3, t3, "We are ready to exchange all for all,", 2, "direct", "2025-04-02", "interview"),
    ], columns=schema.QUOTES)
    db.conn.commit()
    incidents.rebuild(db)
    db.close()
    return path




if __name__ == "__main__":
    import sys

    print(build(Path(sys.argv[1])))
