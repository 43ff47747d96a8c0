"""How reports lay out attacks: datelines, governors' posts with place headings, live
blogs, city districts, region-wide counts. Short reports written for these tests."""
from __future__ import annotations

import datetime as dt

from parsers.document import Document
from parsers.strikes import extract_strikes


def _rows(text: str, published: dt.date = dt.date(2025, 3, 12), source: str | None = None):
    doc = Document(text=text, published=published, source=source)
    rows = extract_strikes(doc, [])
    for r in rows:
        assert doc.text[r.evidence.char_start:r.evidence.char_end] == r.evidence.sentence
    return rows


def _by_place(rows):
    return {r.location: r for r in rows}


def test_dateline_names_neither_the_place_nor_the_day():
    rows = _rows("ODESA, March 12 - Russian missiles hit the port of Izmail late on Monday, wounding four people, "
                 "officials said.")
    assert [(r.location, r.date, r.injured) for r in rows] == [("Izmail", "2025-03-10", 4)]


def test_governor_post_headings_place_their_paragraphs():
    rows = _rows(
        "Sumy!\nAt about 10:15 the enemy dropped a guided aerial bomb on the Kovpakivskyi district. "
        "The bomb hit a five-storey residential building.\n\n"
        "As of now: 2 people killed, 15 injured.\n\n"
        "Okhtyrka district: in the afternoon the enemy shelled the village of Boromlia with artillery. "
        "A 70-year-old man was wounded.\n",
        source="Regional administration Telegram")
    got = _by_place(rows)
    assert set(got) == {"Sumy", "Boromlia"}
    assert (got["Sumy"].weapon, got["Sumy"].killed, got["Sumy"].injured, got["Sumy"].target) == ("bomb", 2, 15, "residential")
    assert (got["Boromlia"].weapon, got["Boromlia"].injured, got["Boromlia"].region) == ("artillery", 1, "Sumy Oblast")
    assert {r.date for r in rows} == {"2025-03-12"}  # a post tells its own day


def test_city_district_is_its_city_and_a_second_attack_stays_apart():
    rows = _rows(
        "KHARKIV, March 12 - Russian missiles struck a dormitory in Kharkiv late on Tuesday, killing three people.\n"
        "The governor said the building in the Kyivskyi district had been hit by two missiles.\n"
        "Early on Wednesday, another missile slammed into a residential building in the Slobidskyi district, "
        "wounding nine.")
    assert [(r.location, r.date, r.killed, r.injured) for r in rows] == [
        ("Kharkiv", "2025-03-11", 3, None), ("Kharkiv", "2025-03-12", None, 9)]


def test_live_blog_entries_take_the_publication_day():
    rows = _rows(
        "06:10 - Explosions were heard in Lviv before dawn.\n\n"
        "07:45 - A drone hit a warehouse in Lutsk, the regional governor said. No one was hurt.\n\n"
        "09:30 - More updates soon.\n")
    assert [(r.location, r.date, r.killed, r.injured) for r in rows] == [("Lutsk", "2025-03-12", 0, 0)]


def test_raion_with_interceptions_and_a_quoted_no_casualties():
    rows = _rows(
        "Overnight our air defence worked over the Kursk district. Seven aerial targets were shot down.\n"
        "\"There are no casualties,\" the governor wrote.", source="Governor's Telegram channel")
    assert [(r.location, r.intercepted, r.killed, r.attacker) for r in rows] == [("Kursk district", 7, 0, "Ukraine")]


def test_intercepts_over_a_list_of_districts_are_the_regions():
    rows = _rows("Overnight the Kyiv regime attacked the Belgorod region with UAVs. Air defence destroyed 14 drones "
                 "in the Shebekino, Valuyki and Grayvoron districts.\n\nIn Valuyki, debris damaged a school.")
    got = _by_place(rows)
    assert got["Belgorod Oblast"].intercepted == 14
    assert got["Valuyki"].intercepted is None and got["Valuyki"].target == "civilian"


def test_the_region_over_which_drones_fell_after_town_reports():
    rows = _rows(
        "In Nikopol a 50-year-old man was killed by artillery fire.\n"
        "Overnight air defence forces shot down 4 Shaheds over the region.", source="Governor's Telegram channel")
    got = _by_place(rows)
    assert got["Nikopol"].killed == 1 and got["Nikopol"].intercepted is None
    assert got["Dnipropetrovsk Oblast"].intercepted == 4 and got["Dnipropetrovsk Oblast"].weapon == "drone"
