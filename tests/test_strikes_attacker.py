from __future__ import annotations

from parsers.strikes.attacker import attacker_from_place, attacker_from_words
from parsers.strikes.claims import best_claim, find_claims


def test_nationality_of_weapon_names_the_attacker():
    assert attacker_from_words("Ukrainian drones struck an oil depot.") == "Ukraine"
    assert attacker_from_words("Russian missiles hit a power plant.") == "Russia"


def test_defender_subject_does_not_become_attacker():
    assert attacker_from_words("Russia shot down a Ukrainian missile over the bay.") == "Ukraine"
    assert attacker_from_words("Russian air defences were busy overnight.") is None


def test_kyiv_regime_and_launched_by():
    assert attacker_from_words("The Kyiv regime carried out a strike on the plant.") == "Ukraine"
    assert attacker_from_words("Attacks launched by kyiv were repelled.") == "Ukraine"


def test_fallback_is_the_other_side_of_the_place():
    assert attacker_from_place("Russia", "Kursk Oblast") == "Ukraine"
    assert attacker_from_place("Ukraine", "Kharkiv Oblast") == "Russia"
    assert attacker_from_place("Ukraine", "Crimea") == "Ukraine"


def test_claims_skip_media_and_canonicalise_ministries():
    claims = find_claims("The Defense Ministry said ten drones were downed, TASS reported.", "Russia")
    assert best_claim(claims) == "Russian Defence Ministry"
    claims = find_claims("CNN quoted the Russian Ministry of Defense as saying the missile was intercepted.")
    assert best_claim(claims) == "Russian Defence Ministry"


def test_according_to_and_telegram():
    assert best_claim(find_claims("Two were killed, according to regional governor Oleh Syniehubov.")) \
        .endswith("Oleh Syniehubov")
    # the title is dropped before a full name: the person is the source
    assert best_claim(find_claims("Governor Ivan Fedorov wrote on Telegram that a clinic was hit.")) == "Ivan Fedorov"


def test_the_earliest_attacker_wins_over_a_response_clause():
    s = "Moscow said Russia had struck a plant in the city of Zaporizhzhia, in response to Ukrainian attacks on Russian soil."
    assert attacker_from_words(s) == "Russia"


def test_subject_with_parenthetical_and_ing_forms():
    assert attacker_from_words("Ukraine, for its part, used HIMARS systems to hit a bridge near Nova Kakhovka.") == "Ukraine"
    assert attacker_from_words("He called the launch a reply to Ukraine firing long-range missiles at Kursk.") == "Ukraine"


def test_own_forces_and_hit_equipment_name_the_other_side():
    assert attacker_from_words("Ukraine's navy said that its forces had hit a landing ship near Sevastopol.") == "Ukraine"
    assert attacker_from_words("Drones destroyed a Russian radar system near occupied Melitopol.") == "Ukraine"


def test_bloggers_and_defence_forces_are_not_attackers():
    assert attacker_from_words("Russian military bloggers said the missiles had targeted a depot near the border.") is None
    assert attacker_from_words("Kherson was hit by 20 drones, according to Ukraine's Southern Defense Forces.") is None


def test_appositive_sources_and_junk_phrases():
    assert best_claim(find_claims("The regional governor, Ivan Fedorov, said on Telegram that a clinic was hit.")) == "Ivan Fedorov"
    assert best_claim(find_claims("Roman Starovoit, the Kursk governor, said a drone hit a house.")) == "Roman Starovoit"
    assert best_claim(find_claims("Drones struck the port overnight, Ukrainian officials said on Tuesday.")) == "Ukrainian officials"
    assert find_claims("A source in Ukraine's military told this agency that a depot was hit.") == []


def test_air_force_is_canonical_and_outranks_a_person():
    claims = find_claims("Ukraine's air force said Russia had launched 60 drones, President Volodymyr Zelensky said.")
    assert best_claim(claims) == "Ukrainian Air Force"
    assert best_claim(find_claims("The air force said seven of them were downed.", "Ukraine")) == "Ukrainian Air Force"


def test_culture_ministry_is_not_a_military_source():
    claims = find_claims("Ukraine's Culture Ministry said the Regional Military Administration reported damage to a museum.")
    assert dict((w, r) for r, w in claims)["Ukraine's Culture Ministry"] == 3


def test_did_not_comment_but_said():
    claims = find_claims("The Russian Defence Ministry did not comment on the hospital, but said it had hit military sites.")
    assert best_claim(claims) == "Russian Defence Ministry"
