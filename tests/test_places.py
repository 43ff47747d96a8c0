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


def _roles(text, capital_of=None):
    return {m.place.name: m.role for m in find_places(text, capital_of)}


def test_village_names_of_two_words():
    assert ("Novaya Tavolzhanka", "locative") in _places("In the village of Novaya Tavolzhanka, shells hit two houses.")


def test_a_list_of_regions_names_each_region():
    got = _places("Power facilities were damaged in the Sumy and Poltava regions overnight.")
    assert ("Sumy Oblast", "locative") in got and ("Poltava Oblast", "locative") in got


def test_landmarks_visits_and_titles_are_not_targets():
    roles = _roles("In Belgorod, north-east of Kharkiv, a drone hit a garage.")
    assert roles["Belgorod"] == "locative" and roles["Kharkiv"] == "other"
    assert _roles("Shells came from the direction of Vuhledar, the mayor said.")["Vuhledar"] == "other"
    assert _roles("The envoy arrived in Kyiv as missiles hit the suburbs.")["Kyiv"] == "other"
    assert _roles("Ten were hurt, said the governor of the Kursk region.")["Kursk Oblast"] == "other"
    assert _roles("Five were hurt, according to the Odesa regional administration.")["Odesa"] == "actor"


def test_passive_and_under_fire_make_the_subject_the_target():
    assert _roles("Sumy was targeted by 30 drones overnight.")["Sumy"] == "locative"
    assert _roles("The town of Kupiansk came under heavy Russian shelling.")["Kupiansk"] == "locative"


def test_the_river_is_not_the_city():
    got = _places("Rockets hit the bridge over the Dnipro near Kherson.")
    assert ("Dnipro", "locative") not in got and ("Kherson", "locative") in got


def test_raions_and_city_districts():
    got = {m.place.name: m.place.kind for m in find_places("Drones were shot down over the Kursk district.")}
    assert got == {"Kursk district": "raion"}
    got = {m.place.name: m.place.kind for m in find_places("A bomb hit a yard in the Shevchenkivskyi district.")}
    assert got == {"Shevchenkivskyi district": "district"}  # a city's part: the caller knows which city
    assert ("Zelenograd", "locative") in _places("Debris fell in Moscow's Zelenograd district.")


def test_across_the_country_is_the_attacked_country():
    assert ("Ukraine", "locative") in _places("Missiles hit power plants across the country.", "Ukraine")


def test_possessive_after_of_is_not_a_place():
    assert _roles("It was one of Odesa's busiest weekends.")["Odesa"] == "other"


def test_gazetteer_cache_round_trip_and_failures(tmp_path, monkeypatch):
    import importlib

    g = importlib.import_module("parsers.places.gazetteer")  # the module, not the function of that name

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = g.cache_path()
    assert path is not None and path.parent == tmp_path / "cache" / "incident-browser"
    small = g.Gazetteer()
    small._add_city(g.Place("Kupiansk", "city", "Ukraine", "Kharkiv Oblast", 49.7, 37.6, 26000), ["Kupiansk", "Kupyansk"], True)
    g._store(path, small)
    loaded = g._load_cached(path)
    assert loaded is not None and loaded.city("Kupyansk").region == "Kharkiv Oblast"

    path.write_bytes(b"not a pickle")  # truncated or foreign: rebuilt, never an error
    assert g._load_cached(path) is None

    blocker = tmp_path / "file"
    blocker.write_text("x")
    g._store(blocker / "sub" / "gazetteer-x.pickle", small)  # unwritable: skipped silently

    monkeypatch.setenv("INCIDENTS_GAZETTEER_CACHE", "0")
    assert g.cache_path() is None


def test_launch_sites_are_named_but_not_targets():
    text = ("The enemy attacked with 112 drones launched from Bryansk, Kursk and Millerovo, "
            "as well as two Iskander-M missiles from the Kursk region; drones struck Kharkiv.")
    roles = {m.text: m.role for m in find_places(text)}
    assert roles == {"Bryansk": "actor", "Kursk": "other", "Millerovo": "other", "Kursk region": "other",
                     "Kharkiv": "locative"}


@pytest.mark.parametrize("text,town", [
    ("A drone hit a building at Europe's largest nuclear plant.", "Enerhodar"),
    ("Drones flew near the South Ukraine nuclear power plant overnight.", "Pivdennoukrainsk"),
    # named after a place: that place, as the guideline's "most specific place named" reads
    ("Shelling cut power to the Zaporizhzhia nuclear power plant on Sunday.", "Zaporizhzhia"),
    ("Drones struck near the ZNPP overnight.", "Zaporizhzhia"),
    ("A drone was downed near the Smolensk NPP.", "Smolensk"),
    ("Drone debris fell near the Novovoronezh NPP.", "Novovoronezh"),
])
def test_power_plants_named_by_what_they_are_are_in_their_towns(text: str, town: str) -> None:
    """A plant whose name carries no place is logged where it stands; one named after a place, there."""
    places = [m.place.name for m in find_places(text) if m.role == "locative"]
    assert places == [town]


@pytest.mark.parametrize("text,place", [
    # look-alikes: the city itself, and a plant that is not a power plant
    ("Russian missiles hit an industrial plant in Zaporizhzhia.", "Zaporizhzhia"),
    ("A drone struck the Zaporizhzhia steel plant.", "Zaporizhzhia"),
    ("Drones attacked Kursk overnight.", "Kursk"),
])
def test_namesake_places_stay(text: str, place: str) -> None:
    assert [m.place.name for m in find_places(text) if m.role == "locative"] == [place]


@pytest.mark.parametrize("text,city", [
    ("The Zaporizhzhia region governor said debris fell on a residential area in the regional capital.", "Zaporizhzhia"),
    ("In the Kirovohrad region, a drone hit an enterprise in the regional centre.", "Kropyvnytskyi"),
    ("Drones attacked the Volyn region overnight, and a warehouse burned in the region's capital.", "Lutsk"),
    ("A drone struck a refinery in the capital of the region, the Tatarstan government said.", None),
])
def test_regional_capital_is_the_regions_not_the_countrys(text: str, city: str | None) -> None:
    got = [m.place.name for m in find_places(text, capital_of="Ukraine") if m.via == "regional-capital"]
    assert got == ([city] if city else [])
    assert all(m.place.name != "Kyiv" for m in find_places(text, capital_of="Ukraine"))


def test_came_under_a_long_attack_phrase_is_locative():
    text = "Kyiv came under a combined missile and drone attack overnight."
    assert [(m.place.name, m.role) for m in find_places(text)] == [("Kyiv", "locative")]


def test_listed_city_districts_are_districts_not_raions():
    text = "Debris fell in the Darnytskyi and Dniprovskyi districts."
    assert [(m.place.kind, m.via) for m in find_places(text)] == [("district", "city-district")] * 2


def test_village_named_in_a_region_where_we_know_no_such_place():
    """"Murom in the Belgorod region" is a village there, not the city in Vladimir Oblast."""
    got = [(m.place.name, m.place.region) for m in find_places("Drones hit the village of Murom in the Belgorod region.")
           if m.role == "locative"]
    assert got == [("Murom", "Belgorod Oblast"), ("Belgorod Oblast", "Belgorod Oblast")]


def test_city_named_with_its_own_region_stays_the_gazetteer_city():
    got = [m.place for m in find_places("Drones hit Murom in the Vladimir region.") if m.place.kind == "city"]
    assert [(p.name, p.region, p.lat is not None) for p in got] == [("Murom", "Vladimir Oblast", True)]


def test_unlisted_village_placed_by_its_region():
    got = [(m.place.name, m.place.region, m.role) for m in find_places("Shells hit the village of Bezymeno in the Belgorod region.")]
    assert got[0] == ("Bezymeno", "Belgorod Oblast", "locative")
    assert [m.place.name for m in find_places("Shells hit the village of Bezymeno overnight.")] == []
