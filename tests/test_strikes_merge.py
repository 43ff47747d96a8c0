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


def _places(rows):
    return {r.location: r for r in rows}


def test_region_attack_placed_later_in_one_of_its_towns_is_one_row():
    _, rows = _rows(
        "Ukraine struck Russia's Kursk region with six ATACMS missiles on Monday, Russia's Defence Ministry said.\n"
        "A source said the missiles had targeted an ammunition depot near the town of Lgov.")
    assert [(r.location, r.region, r.launched, r.target, r.claimed_by) for r in rows] == [
        ("Lgov", "Kursk Oblast", 6, "military", "Russian Defence Ministry")]


def test_region_wide_counts_stay_apart_from_the_regional_capital():
    _, rows = _rows(
        "A Russian missile struck a clinic in Kherson on Monday, killing four people, governor Oleksandr Prokudin said.\n"
        "Russian forces also launched 300 attacks on 25 settlements in the Kherson region over the past day, "
        "wounding six more people.")
    got = _places(rows)
    assert (got["Kherson"].killed, got["Kherson"].injured) == (4, None)
    assert got["Kherson Oblast"].injured == 6


def test_launch_and_partitive_interception_over_one_region_is_that_regions_row():
    _, rows = _rows("The air force said Russia had launched 22 Shahed drones from the south, and that 17 of them "
                    "were destroyed over the Mykolaiv region.")
    assert [(r.location, r.launched, r.intercepted) for r in rows] == [("Mykolaiv Oblast", 22, 17)]


def test_the_same_district_earlier_without_its_day_is_not_logged():
    # GUIDELINES §4: an earlier attack told as background is logged only with its day; it is not merged either
    _, rows = _rows(
        "Shelling of a bus stop in the occupied city of Horlivka killed five people on Monday, the Russian-installed "
        "mayor said.\nThe same district was shelled earlier this month, killing one person, the mayor said.")
    got = {(r.location, r.date, r.killed, r.attacker) for r in rows}
    assert got == {("Horlivka", "2025-06-02", 5, "Ukraine")}


def test_a_smaller_figure_for_part_of_the_site_keeps_the_total():
    _, rows = _rows("In Dnipro alone, 14 people were killed in the missile attack, city authorities said.\n"
                    "At the railway station, three workers were killed.")
    assert [(r.location, r.killed) for r in rows] == [("Dnipro", 14)]


def test_lead_source_is_kept_over_a_later_counter_claim():
    _, rows = _rows(
        "Russian missiles hit Kharkiv on Monday, wounding 12 people, according to governor Oleh Syniehubov.\n"
        "Russia's Defence Ministry said it had hit military facilities in Kharkov.")
    assert [(r.location, r.claimed_by) for r in rows] == [("Kharkiv", "Oleh Syniehubov")]


def test_country_launch_after_a_city_is_the_tally_and_energy_waves_are_infrastructure():
    _, rows = _rows(
        "In Poltava, a drone hit a residential neighbourhood, killing one man, the governor said.\n"
        "President Volodymyr Zelensky says Russia launched about 70 missiles and 100 drones against the energy system.")
    got = _places(rows)
    assert got["Ukraine"].launched in (70, 170) and got["Ukraine"].target == "infrastructure"
    assert got["Poltava"].launched is None and got["Poltava"].killed == 1


def test_cumulative_totals_are_not_attacks():
    _, rows = _rows(
        "Russian attacks have damaged more than 200 schools in the Kharkiv region since the start of the invasion.\n"
        "Its long-range drones have hit the Alabuga plant twice since 2024, and a Neptune missile struck the Tuapse "
        "refinery on Sunday.")
    assert [(r.location, r.weapon) for r in rows] == [("Tuapse", "missile")]
