from __future__ import annotations

import pytest

from parsers.places import find_places, resolve_name


@pytest.mark.parametrize("written,name,region,country", [
    ("Kiev", "Kyiv", "Kyiv", "Ukraine"),
    ("Odessa", "Odesa", "Odesa Oblast", "Ukraine"),
    ("Kharkov", "Kharkiv", "Kharkiv Oblast", "Ukraine"),
    ("Zaporozhye", "Zaporizhzhia", "Zaporizhzhia Oblast", "Ukraine"),
    ("Nikolaev", "Mykolaiv", "Mykolaiv Oblast", "Ukraine"),
    ("Dnepropetrovsk", "Dnipro", "Dnipropetrovsk Oblast", "Ukraine"),
    ("the Moscow region", "Moscow Oblast", "Moscow Oblast", "Russia"),
    ("Kharkiv Oblast", "Kharkiv Oblast", "Kharkiv Oblast", "Ukraine"),
    ("the Belgorod border region", "Belgorod Oblast", "Belgorod Oblast", "Russia"),
    ("Sevastopol", "Sevastopol", "Sevastopol", "Ukraine"),
    ("Crimea", "Crimea", "Crimea", "Ukraine"),
])
def test_aliases_resolve_to_canonical_names(written, name, region, country):
    place = resolve_name(written)
    assert place is not None
    assert (place.name, place.region, place.country) == (name, region, country)


def test_pokrovsk_and_pokrovske_are_different_places():
    assert resolve_name("Pokrovsk").region == "Donetsk Oblast"
    assert resolve_name("Pokrovske").name == "Pokrovske"
    assert resolve_name("Pokrovske") != resolve_name("Pokrovsk")


def test_peoples_republic_is_the_region_not_the_city():
    assert resolve_name("Donetsk People's Republic").name == "Donetsk Oblast"
    assert resolve_name("Donetsk").kind == "city"


def test_fuzzy_spelling_is_guarded():
    assert resolve_name("Kupjansk").name == "Kupiansk"
    assert resolve_name("Pokrovskoe") is None or resolve_name("Pokrovskoe").name != "Pokrovsk"


def _places(text, capital_of=None):
    return [(m.place.name, m.role) for m in find_places(text, capital_of)]


def test_mentions_in_report_phrasing():
    assert ("Odesa", "locative") in _places("A drone hit a warehouse in the Black Sea port of Odesa overnight.")
    assert ("Zelenograd", "locative") in _places("Debris fell on cars in Moscow's Zelenograd district.")
    assert ("Donetsk", "locative") in _places("Shells landed in the occupied city of Donetsk on Monday.")
    assert ("Sumy Oblast", "locative") in _places("A drone struck a farm in a village in the Sumy region.")
    assert ("Moscow", "locative") in _places("Several drones were downed on approach to Moscow's west.")


def test_capitals_as_governments_are_actors_not_places():
    got = _places("Kyiv has said the drones were aimed at Belgorod, and the Kyiv regime denied it.")
    assert ("Kyiv", "actor") in got
    assert ("Belgorod", "locative") in got
    assert all(role != "locative" for name, role in got if name == "Kyiv")


def test_the_capital_follows_the_attacked_side():
    assert ("Moscow", "locative") in _places("Two drones flying toward the capital were shot down.", "Russia")
    assert ("Kyiv", "locative") in _places("Missiles hit the Ukrainian capital before dawn.")


def test_people_and_titles_are_not_places():
    assert _places("Vladimir Putin met Moscow Mayor Sergei Sobyanin.") == []
