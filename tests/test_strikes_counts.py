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


def test_partitive_and_all_figures_count_interceptions():
    assert find_counts("Russia fired 42 missiles at Ukraine, of which 31 were shot down, the military said.").intercepted == 31
    assert find_counts("Of those, 18 were shot down and 9 more were lost to jamming.").intercepted == 18
    assert find_counts("All 9 were shot down over the capital, the air force said.").intercepted == 9
    assert find_counts("Moscow sent 140 drones overnight, the air force said; 96 were shot down.").intercepted == 96


def test_coordinated_figures_take_the_first_not_the_second_noun():
    c = find_counts("The air force said 212 drones and three of the missiles had been shot down.")
    assert c.intercepted == 212


def test_a_later_number_in_another_clause_is_not_the_intercept():
    c = find_counts("Russia also fired a Kinzhal missile and nine Kh-101 cruise missiles, and five of the cruise "
                    "missiles were shot down.")
    assert c.intercepted == 5


def test_destroyed_boats_are_not_intercepted_weapons():
    assert find_counts("Navy ships destroyed four uncrewed boats heading for the bay.").intercepted is None


def test_listed_launches_add_up():
    assert find_counts("Russia fired four Kinzhal, five Kalibr and three Iskander missiles at the city.").launched == 12


def test_struck_with_and_firing_count_launches():
    assert find_counts("Ukraine struck the Kursk region with eight U.S.-made ATACMS missiles on Monday.").launched == 8
    assert find_counts("He called it a reply to Kyiv firing five ATACMS missiles at the Bryansk region.").launched == 5


def test_no_one_is_not_one():
    c = find_counts("The mayor said no one was killed when the drone hit the depot.")
    assert c.killed == 0


def test_single_victims_in_governor_wording():
    assert find_counts("A 61-year-old man was killed in the village.").killed == 1
    assert find_counts("A 39-year-old woman was wounded by a drone on her way to work.").injured == 1
    assert find_counts("The driver, a man, suffered shrapnel wounds to his legs.").injured == 1


def test_wounding_with_a_trailing_comma_and_rescue_workers():
    c = find_counts("The missile hit a market, killing 11 people and wounding 29, officials said.")
    assert (c.killed, c.injured) == (11, 29)
    assert find_counts("The blaze, started by a drone, killed three firefighters.").killed == 3


def test_tolls_told_as_deaths_lives_and_injuries():
    c = find_counts("By midday officials had counted nine confirmed deaths and 31 injuries from the bombardment.")
    assert (c.killed, c.injured) == (9, 31)
    assert find_counts("The latest toll from the rocket strike stands at 14 confirmed deaths.").killed == 14
    assert find_counts("The barrage hit the town centre, resulting in the loss of at least 6 lives.").killed == 6
    assert find_counts("The strike took the lives of 22 residents of the block, the governor said.").killed == 22
    c = find_counts("So far it is known that four people have died, and at least 19 are injured.")
    assert (c.killed, c.injured) == (4, 19)


def test_a_toll_that_rose_far_from_its_noun():
    text = ("The death toll from Saturday's Russian missile strike on the nine-storey apartment block in the "
            "central Ukrainian city of Kryvyi Rih has risen to 18, the governor said.")
    assert find_counts(text).killed == 18


def test_weapon_classes_downed_together_add_up():
    assert find_counts("Of those, 210 drones and 9 missiles were shot down or jammed.").intercepted == 219
    assert find_counts("Air defences shot down 57 drones and 3 cruise missiles over the night.").intercepted == 60


def test_a_bare_figure_after_the_launch_figure_is_downed():
    c = find_counts("In total 31 UAVs were launched, 26 were destroyed by mobile fire groups.")
    assert (c.launched, c.intercepted) == (31, 26)
    assert find_counts("Air defence units were able to destroy six missiles over the city.").intercepted == 6


def test_all_downed_is_the_launch_figure():
    c = find_counts("Russia fired 14 cruise missiles at the capital; all of them were shot down.")
    assert (c.launched, c.intercepted) == (14, 14)
    assert find_counts("All were intercepted, the air force spokesman said.").all_downed
    assert not find_counts("All residents were evacuated from the damaged block.").all_downed


def test_raising_the_toll():
    text = "Rescuers pulled two more bodies from the rubble on Thursday, raising the death toll from the strike on the city to 19."
    assert find_counts(text).killed == 19


def test_missiles_that_destroyed_homes_were_not_downed():
    c = find_counts("Two Russian-fired Iskander missiles destroyed several homes in the town, the governor said.")
    assert c.intercepted is None
    assert find_counts("Officials said 14 drones destroyed over the region overnight.").intercepted == 14


def test_one_weapon_downed_in_the_passive_or_as_debris():
    assert find_counts("A drone was shot down over Kolomna, its debris fell on a road.").intercepted == 1
    assert find_counts("Debris from a downed UAV fell near the airport, the mayor said.").intercepted == 1


def test_a_couple_and_their_child():
    c = find_counts("The attack on the ferry killed an elderly couple, the regional governor said.")
    assert c.killed == 2
    c = find_counts("The strike on the road killed a married couple and injured their son, officials said.")
    assert (c.killed, c.injured) == (2, 1)


def test_weapons_that_hit_count_as_launched():
    assert find_counts("Officials said three drones had hit the terminal before dawn.").launched == 3


def test_lethal_wounds_are_deaths():
    c = find_counts("Two servicemen suffered lethal wounds and three were hurt, the ministry said.")
    assert (c.killed, c.injured) == (2, 3)
    assert find_counts("Two servicemen suffered shrapnel wounds.").injured == 2
