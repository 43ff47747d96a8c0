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
