"""Target classes from what a sentence says was hit."""
from __future__ import annotations

import pytest

from parsers.strikes.targets import target_class


def test_commercial_yields_to_homes_next_to_it():
    assert target_class("The blast shattered the windows of a hotel and damaged three apartment blocks.") == "residential"
    assert target_class("A guided bomb hit a supermarket in the town centre.") == "commercial"


def test_refinery_beside_an_industrial_zone_is_infrastructure():
    assert target_class("A drone hit the industrial zone of the town, home to a large refinery.") == "infrastructure"
    assert target_class("Drones struck an oil pumping station near the town.") == "infrastructure"


def test_depots_of_weapons_and_launchers_are_military():
    assert target_class("Missiles destroyed a warehouse storing HIMARS launchers and howitzers near the port.") == "military"
    assert target_class("Its forces had destroyed an S-300 launcher near the village on Monday.") == "military"
    assert target_class("Missiles damaged a landing ship and a submarine at the shipyard.") == "military"


def test_the_object_of_the_hit_verb_wins():
    s = "The ministry did not comment on the clinic, but said its forces had struck deployment points in the region."
    assert target_class(s) == "military"


def test_the_weapon_is_not_the_target():
    assert target_class("Russian forces fired Grad rocket launchers at residential areas of the city.") == "residential"
    s = "The Kyiv regime attacked with an S-200 air defence missile the residential quarter of the city."
    assert target_class(s) == "residential"


@pytest.mark.parametrize("sentence, want", [
    ("Sumy regional administration head Volodymyr Artiukh said a private house in Okhtyrka was destroyed.", "residential"),
    ("The head of the Kharkiv regional military administration said a drone damaged a five-storey apartment block.",
     "residential"),
    ("A missile hit the regional administration building in Mykolaiv.", "government"),
])
def test_a_sources_title_is_not_what_was_hit(sentence, want):
    assert target_class(sentence) == want


def test_private_households_administrative_buildings_and_a_fleet_headquarters():
    assert target_class("Debris damaged the windows of two private households in the village.") == "residential"
    assert target_class("An administrative building in the district was destroyed by a drone.") == "government"
    assert target_class("A Ukrainian missile hit the Black Sea Fleet headquarters in Sevastopol overnight.") == "military"


def test_a_petrol_station_is_commercial():
    assert target_class("A drone struck a petrol station on the edge of the town, wounding two workers.") == "commercial"
    assert target_class("Missiles hit a gas production facility in the region.") == "infrastructure"
