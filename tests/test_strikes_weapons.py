from __future__ import annotations

import pytest

from parsers.strikes.weapons import combine, weapon_classes, weapon_detail


@pytest.mark.parametrize("sentence,expected", [
    ("Air defences downed 40 Shahed drones overnight.", "drone"),
    ("The army said it intercepted Geran-2 attack UAVs over the region.", "drone"),
    ("Two Kalibr cruise missiles were fired from the Black Sea.", "missile"),
    ("An Iskander-M struck the airfield.", "missile"),
    ("Kinzhal hypersonic missiles were used for the first time this year.", "missile"),
    ("A converted S-300 hit a residential block.", "missile"),
    ("Guided aerial bombs were dropped on the town.", "bomb"),
    ("A KAB struck a printing house.", "bomb"),
    ("Mortar fire and shelling wounded a farmer.", "artillery"),
    ("Grad rockets hit the suburbs.", "rocket"),
    ("HIMARS struck a bridge on Thursday.", "rocket"),
])
def test_weapon_classes(sentence, expected):
    assert combine(weapon_classes(sentence)) == expected


def test_more_than_one_class_is_mixed():
    assert combine(weapon_classes("Russia fired 80 drones and six ballistic missiles.")) == "mixed"


def test_defence_words_are_not_weapons():
    assert weapon_classes("Anti-drone units and missile defence crews worked all night.") == []


def test_detail_keeps_words_as_written():
    assert "fixed-wing drones" in weapon_detail("Debris of fixed-wing drones fell on a roof.")
    assert "cruise and ballistic missiles" in weapon_detail("The army fired cruise and ballistic missiles.")


def test_stored_weapons_are_not_the_weapon_used():
    s = "Kalibr cruise missiles destroyed a warehouse storing HIMARS rocket launchers and M777 howitzers."
    assert combine(weapon_classes(s)) == "missile"
    assert combine(weapon_classes("A depot storing fuel was hit by Ukrainian drones.")) == "drone"


def test_detail_keeps_the_case_as_written():
    assert "Kh-101 cruise missiles" in weapon_detail("Russia fired nine Kh-101 cruise missiles overnight.")
