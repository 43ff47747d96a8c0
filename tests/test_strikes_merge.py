"""One row per attack, on short reports written for these tests."""
from __future__ import annotations

import datetime as dt

from parsers.document import Document
from parsers.strikes import extract_strikes


def _rows(text: str, published: dt.date = dt.date(2025, 6, 3)):
    doc = Document(text=text, published=published)
    return doc, extract_strikes(doc, [])


def test_lead_and_detail_merge_into_one_row_with_exact_evidence():
    doc, rows = _rows(
        "Ukrainian drones attacked the city of Kursk on Monday, the governor said.\n"
        "According to the Russian Defence Ministry, four drones were intercepted.\n"
        "Debris damaged two apartment buildings and no casualties were reported."
    )
    assert len(rows) == 1
    r = rows[0]
    assert (r.location, r.region, r.country, r.attacker, r.weapon) == ("Kursk", "Kursk Oblast", "Russia", "Ukraine", "drone")
    assert (r.intercepted, r.killed, r.injured, r.target, r.date) == (4, 0, 0, "residential", "2025-06-02")
    assert r.claimed_by == "Russian Defence Ministry"
    assert doc.text[r.evidence.char_start:r.evidence.char_end] == r.evidence.sentence


def test_tally_and_single_place_stay_apart():
    _, rows = _rows(
        "Russia launched 90 drones and four missiles at Ukrainian cities overnight, the air force said.\n"
        "In Odesa, a drone hit a nine-storey apartment block, killing two people."
    )
    by_place = {r.location: r for r in rows}
    assert set(by_place) == {"Ukraine", "Odesa"}
    assert by_place["Ukraine"].launched == 94 or by_place["Ukraine"].launched == 90
    assert by_place["Ukraine"].weapon == "mixed" and by_place["Ukraine"].region is None
    assert by_place["Odesa"].killed == 2 and by_place["Odesa"].target == "residential"


def test_including_clause_splits_a_subcount_from_the_tally():
    _, rows = _rows("The ministry said its forces downed 120 drones overnight, including 15 over the Bryansk region.")
    by_place = {r.location: r for r in rows}
    assert by_place["Russia"].intercepted == 120
    assert by_place["Bryansk Oblast"].intercepted == 15


def test_city_and_its_namesake_region_are_one_attack():
    _, rows = _rows(
        "Drones attacked the Belgorod region on Sunday, Governor Vyacheslav Gladkov said.\n"
        "A man was injured in Belgorod when debris fell on his car."
    )
    assert len(rows) == 1 and rows[0].injured == 1


def test_later_figure_wins():
    _, rows = _rows(
        "A Russian missile struck a school in Sumy on Monday.\n"
        "Three people were injured, the mayor said.\n"
        "By evening officials said nine people had been injured."
    )
    assert len(rows) == 1 and rows[0].injured == 9


def test_not_strikes():
    _, rows = _rows(
        "Russian troops captured the village of Krynky, the ministry said.\n"
        "Retaliation could include Oreshnik missiles aimed at Kyiv, a lawmaker said.\n"
        "Kyiv and Moscow traded proposals to stop strikes on energy facilities.\n"
        "The striker hit the post from outside the box in Kharkiv on Saturday."
    )
    assert rows == []
