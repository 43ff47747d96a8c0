from __future__ import annotations

from parsers.strikes.counts import find_counts


def test_launched_and_intercepted_x_of_y():
    c = find_counts("Air defences shot down 52 of 71 drones launched overnight, the air force said.")
    assert (c.launched, c.intercepted) == (71, 52)


def test_fired_counts_launches_with_hedge():
    assert find_counts("Russia fired nearly 200 drones and missiles at towns in the east.").launched == 200


def test_intercept_verbs():
    assert find_counts("Eleven drones were destroyed over the region.").intercepted == 11
    assert find_counts("The ministry said it had downed more than 100 UAVs.").intercepted == 100
    assert find_counts("Gunners shot down a Ukrainian missile near the port.").intercepted == 1


def test_killed_and_injured_in_words_and_digits():
    c = find_counts("The strike killed at least 23 people and wounded a dozen others.")
    assert (c.killed, c.injured) == (23, 12)


def test_including_children_does_not_add():
    assert find_counts("Nine people, including four children, were injured in the attack.").injured == 9


def test_no_casualties_is_zero_both():
    c = find_counts("A warehouse burned but there were no casualties.")
    assert (c.killed, c.injured) == (0, 0)


def test_vague_amounts_give_nothing():
    c = find_counts("Several people were hurt and dozens of homes damaged.")
    assert c.injured is None


def test_sizes_are_not_counts():
    c = find_counts("A 16-story building was damaged, less than 20 kilometres from the city.")
    assert not c.any()


def test_one_person_phrases():
    assert find_counts("A woman was injured when debris fell on her house.").injured == 1
    assert find_counts("The shelling killed one man in the village.").killed == 1
