"""A bank of sentences in the ways real coverage words strikes -- wire copy, air force and
defence ministry tallies, governors' posts, Ukrainian outlets -- and the look-alikes that
are not strikes. Every sentence was written for this test; none is copied from a report.

Each case lists the rows expected, keyed by location, with the fields that matter for it;
a case with no rows is a distractor.
"""
from __future__ import annotations

import datetime as dt

import pytest

from parsers.document import Document
from parsers.strikes import extract_strikes

PUBLISHED = dt.date(2025, 6, 4)  # a Wednesday

UA_AF = "Ukrainian Air Force"
RU_MOD = "Russian Defence Ministry"

CASES: list[tuple[str, str, list[dict]]] = [
    # ------------------------------------------------------------ Ukrainian Air Force tallies
    ("af-x-of-y-regions",
     "Ukraine's air force said it had destroyed 21 of 24 Shahed drones launched by Russia overnight over seven regions.",
     [dict(location="Ukraine", launched=24, intercepted=21, attacker="Russia", weapon="drone", claimed_by=UA_AF,
           date="2025-06-04")]),
    ("af-over-n-regions",
     "Air defences shot down 40 of 52 drones launched by Russia over 14 regions overnight, the air force said on Wednesday.",
     [dict(location="Ukraine", launched=52, intercepted=40, attacker="Russia", claimed_by=UA_AF)]),
    ("af-across-country",
     "Russia launched 60 attack drones across the country overnight, and 45 of them were downed, the Ukrainian air force said.",
     [dict(location="Ukraine", launched=60, intercepted=45, attacker="Russia", weapon="drone", claimed_by=UA_AF)]),
    ("af-over-ukrainian-territory",
     "Russia sent 90 drones toward Ukraine overnight; air defence units neutralised 62 of them over Ukrainian territory, "
     "the air force reported.",
     [dict(location="Ukraine", launched=90, intercepted=62, attacker="Russia", claimed_by=UA_AF)]),
    ("af-x-of-the-y",
     "The Ukrainian air force said 48 of the 85 drones launched by Russia overnight were shot down and 30 more were lost "
     "to electronic warfare.",
     [dict(location="Ukraine", launched=85, intercepted=48, attacker="Russia", claimed_by=UA_AF)]),
    ("af-tally-then-regions-hit",
     "The Ukrainian air force said 48 of the 85 drones launched by Russia overnight were shot down, with hits recorded "
     "in the Kharkiv and Odesa regions.",
     [dict(location="Ukraine", launched=85, intercepted=48, claimed_by=UA_AF),
      dict(location="Kharkiv Oblast", intercepted=None, launched=None, attacker="Russia"),
      dict(location="Odesa Oblast", intercepted=None, launched=None, attacker="Russia")]),
    ("one-of-the-y-hit-rest-downed",
     "One of the 12 Russian drones hit a house in Sumy overnight, while 11 were shot down, the regional administration said.",
     [dict(location="Sumy", intercepted=11, attacker="Russia", target="residential")]),
    ("af-of-the-launched",
     "Of the 112 drones launched by Russia during the night, 89 were shot down, the air force said in its morning update.",
     [dict(location="Ukraine", launched=112, intercepted=89, attacker="Russia", claimed_by=UA_AF)]),
    ("af-mixed-barrage",
     "Russia attacked Ukraine overnight with 58 drones and two Iskander-M ballistic missiles, the air force said, "
     "adding that 50 drones had been shot down.",
     [dict(location="Ukraine", launched=60, attacker="Russia", weapon="mixed", claimed_by=UA_AF)]),
    ("pounded-country-with",
     "Russia pounded Ukraine with 728 drones overnight, Zelensky said, calling it a deliberate escalation.",
     [dict(location="Ukraine", launched=728, attacker="Russia", weapon="drone")]),
    ("af-no-place-named",
     "Ukraine's air force said 40 drones were shot down overnight and 12 more were lost from radars.",
     [dict(location="Ukraine", intercepted=40, attacker="Russia", claimed_by=UA_AF)]),
    ("af-with-city-casualties",
     "KYIV, June 4 (Reuters) - Russia fired 12 missiles and 80 drones at Ukraine overnight, killing at least five "
     "people in Kyiv, Ukrainian officials said on Wednesday.",
     [dict(location="Ukraine", launched=92, attacker="Russia", weapon="mixed"),
      dict(location="Kyiv", killed=5, attacker="Russia", country="Ukraine")]),

    ("af-enemy-attacked-with-models",
     "On the night of June 4, the enemy attacked with 96 Shahed-type strike UAVs. As of 09:00, air defence shot "
     "down or suppressed 71 drones in the north, east and south of the country.",
     [dict(location="Ukraine", launched=96, intercepted=71, attacker="Russia", weapon="drone")]),
    ("af-enemy-launch-sites",
     "The enemy launched 140 Shahed drones from Kursk, Millerovo and Primorsko-Akhtarsk. Air defences destroyed 96 of them.",
     [dict(location="Ukraine", launched=140, intercepted=96, attacker="Russia")]),
    ("af-tally-after-a-city-attack",
     "Russian guided bombs hit Kharkiv on Saturday, killing two people, the governor said. Elsewhere, Ukraine's air force "
     "said it had destroyed 21 of 24 drones launched by Russia overnight over seven regions.",
     [dict(location="Kharkiv", killed=2, launched=None, intercepted=None),
      dict(location="Ukraine", launched=24, intercepted=21, claimed_by=UA_AF)]),
    ("mod-daily-summary-shot-down-models-no-place",
     "Over the past day, air defence means shot down 40 unmanned aerial vehicles and 6 HIMARS rockets.", []),

    # ------------------------------------------------------------ Russian Defence Ministry tallies
    ("mod-over-n-regions",
     "Russia's Defence Ministry said on Sunday its air defences had destroyed 36 Ukrainian drones over six regions "
     "overnight.",
     [dict(location="Russia", intercepted=36, attacker="Ukraine", weapon="drone", claimed_by=RU_MOD,
           date="2025-06-01")]),
    ("mod-breakdown-next-sentence",
     "Russia's Defence Ministry said on Sunday its air defences had destroyed 36 Ukrainian drones over six regions "
     "overnight. It said 14 drones were shot down over the Bryansk region and nine over the Kursk region.",
     [dict(location="Russia", intercepted=36, claimed_by=RU_MOD),
      dict(location="Bryansk Oblast", intercepted=14, attacker="Ukraine", claimed_by=RU_MOD),
      dict(location="Kursk Oblast", intercepted=9, attacker="Ukraine", claimed_by=RU_MOD)]),
    ("mod-one-region",
     "Air defence systems on duty intercepted 12 fixed-wing UAVs over the Rostov region, the Russian Defence Ministry "
     "said.",
     [dict(location="Rostov Oblast", region="Rostov Oblast", intercepted=12, attacker="Ukraine", weapon="drone",
           claimed_by=RU_MOD)]),
    ("mod-two-regions-one-figure",
     "Russia's defence ministry said air defences shot down eight Ukrainian drones over the Belgorod and Kursk regions "
     "overnight.",
     [dict(location="Belgorod Oblast", intercepted=8, attacker="Ukraine", weapon="drone", claimed_by=RU_MOD)]),
    ("mod-three-regions-one-figure",
     "Air defences destroyed 19 drones over the Voronezh, Lipetsk and Tambov regions, the Russian Defence Ministry said.",
     [dict(location="Voronezh Oblast", intercepted=19, attacker="Ukraine", claimed_by=RU_MOD)]),
    ("mod-over-russian-territory",
     "Russian air defences downed 112 Ukrainian drones over Russian territory overnight, including 30 over the Moscow "
     "region, the ministry said.",
     [dict(location="Russia", intercepted=112, attacker="Ukraine"),
      dict(location="Moscow Oblast", intercepted=30, attacker="Ukraine")]),
    ("mod-crimea",
     "Russian air defence units destroyed 17 Ukrainian drones over Crimea and the Black Sea overnight, the defence "
     "ministry said.",
     [dict(location="Crimea", intercepted=17, attacker="Ukraine", country="Ukraine", claimed_by=RU_MOD)]),

    ("mod-dash-breakdown-inline",
     "Air defence systems destroyed 33 Ukrainian drones overnight - 14 over the territory of the Rostov region "
     "and 11 over the Belgorod region, the Russian Defence Ministry said.",
     [dict(location="Russia", intercepted=33, attacker="Ukraine"), dict(location="Rostov Oblast", intercepted=14),
      dict(location="Belgorod Oblast", intercepted=11)]),
    ("mod-breakdown-one-line-each",
     "Overnight, on-duty air defence forces destroyed 17 Ukrainian fixed-wing UAVs:\n"
     "8 – over the territory of the Voronezh region,\n5 – over the territory of the Rostov region,\n"
     "4 – over the territory of the Kursk region.",
     [dict(location="Russia", intercepted=17, attacker="Ukraine", weapon="drone"),
      dict(location="Voronezh Oblast", intercepted=8, attacker="Ukraine", weapon="drone"),
      dict(location="Rostov Oblast", intercepted=5), dict(location="Kursk Oblast", intercepted=4)]),

    ("mod-each-over-listed-regions",
     "Overnight, on-duty air defences intercepted and destroyed 64 Ukrainian fixed-wing drones: 30 over the Bryansk "
     "Region, 12 over the Smolensk Region, 6 each over the Oryol and Moscow Regions, and 2 each over the Tula, "
     "Kaluga and Kursk Regions.",
     [dict(location="Russia", intercepted=64, attacker="Ukraine"),
      dict(location="Bryansk Oblast", intercepted=30), dict(location="Smolensk Oblast", intercepted=12),
      dict(location="Oryol Oblast", intercepted=6), dict(location="Moscow Oblast", intercepted=6),
      dict(location="Tula Oblast", intercepted=2), dict(location="Kaluga Oblast", intercepted=2),
      dict(location="Kursk Oblast", intercepted=2)]),
    ("mod-capitalised-regions-list-one-figure",
     "Air defences destroyed 11 drones over the Belgorod and Kursk Regions overnight, the defence ministry said.",
     [dict(location="Belgorod Oblast", intercepted=11, attacker="Ukraine")]),

    # ------------------------------------------------------------ Russian governors and mayors
    ("gladkov-village-in-region",
     "A Ukrainian drone struck a farm near the village of Murom in the Belgorod region, killing two men, Governor "
     "Vyacheslav Gladkov said on Telegram.",
     [dict(location="Murom", region="Belgorod Oblast", country="Russia", killed=2, attacker="Ukraine", weapon="drone",
           claimed_by="Vyacheslav Gladkov")]),
    ("gladkov-unlisted-village-in-region",
     "Ukrainian shelling hit the village of Bezymeno in the Belgorod region, wounding a woman, Governor Vyacheslav "
     "Gladkov said.",
     [dict(location="Bezymeno", region="Belgorod Oblast", country="Russia", injured=1, attacker="Ukraine")]),
    ("gladkov-namesake-in-region",
     "Ukrainian forces shelled the village of Krasnoye in the Belgorod region on Tuesday, wounding a woman, "
     "Gladkov said.",
     [dict(location="Krasnoye", region="Belgorod Oblast", injured=1, attacker="Ukraine", weapon="artillery",
           date="2025-06-03")]),
    ("bogomaz-shelling",
     "Ukrainian troops shelled the village of Klimovo in the Bryansk region, injuring two residents, Governor Alexander "
     "Bogomaz wrote on Telegram.",
     [dict(location="Klimovo", region="Bryansk Oblast", injured=2, attacker="Ukraine", weapon="artillery",
           claimed_by="Alexander Bogomaz")]),
    ("khinshtein-minibus",
     "A Ukrainian drone hit a minibus near the town of Rylsk, injuring four passengers, Kursk region governor "
     "Alexander Khinshtein said.",
     [dict(location="Rylsk", region="Kursk Oblast", injured=4, attacker="Ukraine", weapon="drone", target="civilian",
           claimed_by="Alexander Khinshtein")]),
    ("vorobyov-debris",
     "Debris from a drone shot down over Krasnogorsk damaged the roofs of three private houses, Moscow region governor "
     "Andrei Vorobyov said.",
     [dict(location="Krasnogorsk", region="Moscow Oblast", attacker="Ukraine", weapon="drone", target="residential",
           claimed_by="Andrei Vorobyov")]),
    ("sobyanin-approaching",
     "Air defence units shot down three drones flying towards Moscow, Mayor Sergei Sobyanin said on Telegram.",
     [dict(location="Moscow", intercepted=3, attacker="Ukraine", weapon="drone", claimed_by="Sergei Sobyanin")]),
    ("khinshtein-servicemen",
     "Two servicemen were killed when a Ukrainian drone struck a checkpoint in the Glushkovo district, the regional "
     "governor said.",
     [dict(location="Glushkovo district", region="Kursk Oblast", killed=2, attacker="Ukraine", weapon="drone")]),

    ("installed-governor-of-city",
     "Two Ukrainian ATACMS missiles were shot down over Crimea, the Russian-installed governor of Sevastopol said.",
     [dict(location="Crimea", intercepted=2, attacker="Ukraine", claimed_by="Russian-installed governor of Sevastopol")]),
    # ------------------------------------------------------------ Ukrainian governors
    ("syniehubov-guided-bombs",
     "Russian forces struck Kharkiv with two guided bombs on Thursday afternoon, injuring 11 people, including a child, "
     "Governor Oleh Syniehubov said.",
     [dict(location="Kharkiv", injured=11, attacker="Russia", weapon="bomb", claimed_by="Oleh Syniehubov",
           date="2025-05-29")]),
    ("fedorov-industrial",
     "A Russian missile attack on Zaporizhzhia killed two people and damaged an industrial facility, regional governor "
     "Ivan Fedorov said on Telegram.",
     [dict(location="Zaporizhzhia", killed=2, attacker="Russia", weapon="missile", target="commercial",
           claimed_by="Ivan Fedorov")]),
    ("lysak-pensioner",
     "Russian artillery shelled Nikopol overnight, killing a 67-year-old pensioner and damaging a power line, Serhiy "
     "Lysak, the head of the Dnipropetrovsk regional administration, said.",
     [dict(location="Nikopol", killed=1, attacker="Russia", weapon="artillery", target="infrastructure",
           claimed_by="Serhiy Lysak")]),
    ("kiper-port-workers",
     "A Russian drone attack on Odesa damaged port infrastructure and injured three workers, Governor Oleh Kiper said.",
     [dict(location="Odesa", injured=3, attacker="Russia", weapon="drone", target="infrastructure",
           claimed_by="Oleh Kiper")]),
    ("prokudin-driver",
     "Russian troops dropped explosives from a drone on a car in the village of Bilozerka in the Kherson region, "
     "wounding the driver, Oleksandr Prokudin said.",
     [dict(location="Bilozerka", region="Kherson Oblast", injured=1, attacker="Russia", weapon="drone",
           claimed_by="Oleksandr Prokudin")]),
    ("namesake-pokrovske",
     "Russian forces shelled the village of Pokrovske in the Poltava region, damaging a school.",
     [dict(location="Pokrovske", region="Poltava Oblast", attacker="Russia", weapon="artillery", target="civilian")]),

    # ------------------------------------------------------------ roundups by governor: "in the region" is theirs
    ("gov-regional-title-in-the-region",
     "Zaporizhzhia was quiet overnight, officials said. Kherson regional governor Oleksandr Prokudin said Russian "
     "shelling killed a 71-year-old woman and wounded three other people in the region over the past day.",
     [dict(location="Kherson Oblast", killed=1, injured=3, attacker="Russia", weapon="artillery")]),
    ("gov-of-the-region-downed-there",
     "Russia launched 40 drones at Ukraine overnight, the air force said. The governor of the southern Mykolaiv "
     "region said air defences had shot down nine of them there.",
     [dict(location="Ukraine", launched=40, attacker="Russia"),
      dict(location="Mykolaiv Oblast", intercepted=9, attacker="Russia")]),
    ("gov-appositive-over-the-region",
     "A drone hit a warehouse in Odesa, injuring one worker. Serhiy Lysak, the governor of the Dnipropetrovsk "
     "region, said air defences destroyed five drones over the region and nobody was hurt.",
     [dict(location="Odesa", injured=1), dict(location="Dnipropetrovsk Oblast", intercepted=5, killed=0, injured=0)]),
    ("gov-same-region-details-the-attack",
     "A Russian drone struck a petrol station in the town of Shostka, the Sumy regional administration said. "
     "Sumy governor Oleh Hryhorov said two people were injured.",
     [dict(location="Shostka", injured=2)]),
    ("af-all-launched-downed",
     "Ukraine's air force said it had destroyed all 27 drones Russia launched overnight over six regions.",
     [dict(location="Ukraine", launched=27, intercepted=27, attacker="Russia", claimed_by=UA_AF)]),
    ("mod-its-forces-intercepted",
     "Russia's Defence Ministry said its forces had intercepted 19 Ukrainian drones over the Kursk region.",
     [dict(location="Kursk Oblast", intercepted=19, attacker="Ukraine", claimed_by=RU_MOD)]),
    ("post-n-more-injured",
     "Overnight the enemy attacked Kharkiv with drones. Two people were killed. Five more were injured, "
     "including a teenager.",
     [dict(location="Kharkiv", killed=2, injured=5, attacker="Russia")]),

    # ------------------------------------------------------------ casualty nouns
    ("nouns-women-men",
     "Russian shelling of Kherson killed two women and wounded three men on Monday, the regional administration said.",
     [dict(location="Kherson", killed=2, injured=3, attacker="Russia", date="2025-06-02")]),
    ("nouns-civilians-teenagers",
     "A Russian glide bomb hit Kostiantynivka on Monday, killing three civilians and injuring two teenagers.",
     [dict(location="Kostiantynivka", killed=3, injured=2, weapon="bomb")]),
    ("nouns-rescuers",
     "Ukrainian drones attacked the town of Shebekino, injuring two rescuers who had arrived at the scene.",
     [dict(location="Shebekino", injured=2, attacker="Ukraine", weapon="drone")]),
    ("nouns-pensioners",
     "Two pensioners were killed and four residents wounded when a Russian missile hit a house in Sumy.",
     [dict(location="Sumy", killed=2, injured=4, attacker="Russia", weapon="missile", target="residential")]),
    ("nouns-a-boy",
     "A Russian drone struck a playground in Kherson, killing a boy, the city military administration said.",
     [dict(location="Kherson", killed=1, attacker="Russia", weapon="drone", target="civilian")]),
    ("nouns-soldiers-servicemen",
     "Ukrainian missiles hit a training ground in the Belgorod region, killing six soldiers.",
     [dict(location="Belgorod Oblast", killed=6, attacker="Ukraine", weapon="missile", target="military")]),

    # ------------------------------------------------------------ wire reports and Ukrainian outlets
    ("ap-ballistic",
     "A Russian ballistic missile slammed into a residential area of Kryvyi Rih on Friday, killing nine people "
     "including two children, officials said.",
     [dict(location="Kryvyi Rih", killed=9, attacker="Russia", weapon="missile", target="residential",
           date="2025-05-30")]),
    ("afp-fuel-depot",
     "Ukrainian drones set a fuel depot on fire in Russia's Rostov region, the local governor said on Tuesday.",
     [dict(location="Rostov Oblast", attacker="Ukraine", weapon="drone", target="infrastructure")]),
    ("up-occupiers-district",
     "The occupiers hit Kherson's Dniprovskyi district with artillery, wounding a 45-year-old man.",
     [dict(location="Kherson", injured=1, attacker="Russia", weapon="artillery")]),
    ("kyiv-independent-region-phrase",
     "Russian attacks on Donetsk Oblast killed four civilians and injured seven on June 3, Governor Vadym Filashkin "
     "reported.",
     [dict(location="Donetsk Oblast", killed=4, injured=7, attacker="Russia", date="2025-06-03",
           claimed_by="Vadym Filashkin")]),
    ("wire-port-of",
     "Russian drones struck the Danube port of Izmail overnight, damaging grain storage facilities, Ukrainian officials "
     "said.",
     [dict(location="Izmail", attacker="Russia", weapon="drone", target="infrastructure")]),
    ("wire-refinery",
     "A Ukrainian drone attack set fire to an oil refinery in the Russian city of Saratov on Tuesday, the regional "
     "governor said.",
     [dict(location="Saratov", attacker="Ukraine", weapon="drone", target="infrastructure", date="2025-06-03")]),
    ("wire-no-casualties",
     "Russian missiles struck energy facilities in the Lviv region overnight, but there were no casualties, "
     "the governor said.",
     [dict(location="Lviv Oblast", killed=0, injured=0, attacker="Russia", weapon="missile",
           target="infrastructure")]),

    ("mod-breakdown-colon",
     "Air defence systems on duty destroyed 41 Ukrainian fixed-wing UAVs overnight: 18 over the territory of the Kursk "
     "region, 12 over the Oryol region and 11 over the Tula region, the Russian Defence Ministry said.",
     [dict(location="Russia", intercepted=41, attacker="Ukraine", claimed_by=RU_MOD),
      dict(location="Kursk Oblast", intercepted=18), dict(location="Oryol Oblast", intercepted=12),
      dict(location="Tula Oblast", intercepted=11)]),
    ("af-long-region-list",
     "Ukraine's air force said it shot down 28 of 31 Shahed drones over the Odesa, Kherson, Mykolaiv, Donetsk, "
     "Kirovohrad and Khmelnytskyi regions.",
     [dict(location="Ukraine", launched=31, intercepted=28, attacker="Russia", claimed_by=UA_AF)]),
    ("sobyanin-the-capital",
     "Moscow Mayor Sergei Sobyanin said on Sunday that air defences had repelled an attack by drones flying towards the "
     "capital.",
     [dict(location="Moscow", attacker="Ukraine", weapon="drone", claimed_by="Sergei Sobyanin", date="2025-06-01")]),
    ("lysak-post-three-sentences",
     "Overnight, the enemy attacked Dnipro with drones. A fire broke out at an enterprise. Two employees were injured, "
     "Governor Serhiy Lysak wrote on Telegram.",
     [dict(location="Dnipro", injured=2, attacker="Russia", weapon="drone", target="commercial",
           claimed_by="Serhiy Lysak")]),
    ("kupiansk-troops-are-not-the-target",
     "Russian troops launched a drone strike on an evacuation vehicle in Kupiansk, injuring two police officers, "
     "Syniehubov said.",
     [dict(location="Kupiansk", injured=2, attacker="Russia", weapon="drone", target="civilian")]),
    ("occupied-himars",
     "Ukrainian forces fired HIMARS rockets at the city of Lysychansk in the Russian-occupied Luhansk region, killing "
     "three people, Russian-installed officials said.",
     [dict(location="Lysychansk", country="Ukraine", killed=3, attacker="Ukraine", weapon="rocket")]),

    ("wire-killing-n-no-noun",
     "A Russian missile hit Kharkiv on Tuesday, killing four, officials said.",
     [dict(location="Kharkiv", killed=4, attacker="Russia", weapon="missile")]),
    ("occupied-adjective-before-target",
     "Ukrainian forces attacked the Russian-occupied city of Donetsk with drones on Tuesday, injuring three people, "
     "the Russian-installed mayor said.",
     [dict(location="Donetsk", injured=3, attacker="Ukraine", weapon="drone")]),
    ("wire-toll-risen-from-strike-on",
     "The death toll from Monday's missile strike on Sumy has risen to 35, including two children, local officials "
     "said on Wednesday.",
     [dict(location="Sumy", killed=35, attacker="Russia", weapon="missile", date="2025-06-02")]),
    ("wire-one-died-after-drone",
     "A 55-year-old man died in hospital after a Russian drone dropped explosives on his car near Kherson, the "
     "regional administration said.",
     [dict(location="Kherson", killed=1, attacker="Russia", weapon="drone")]),

    # ------------------------------------------------------------ people listed one by one
    ("listed-woman-and-children",
     "A Ukrainian drone attack on the Russian city of Kursk injured a woman and her two children, Governor Alexander "
     "Khinshtein said on Telegram.",
     [dict(location="Kursk", injured=3, attacker="Ukraine", claimed_by="Alexander Khinshtein")]),
    ("listed-couple",
     "Russian forces dropped a guided aerial bomb on a residential area of Zaporizhzhia, killing a married couple and "
     "wounding six others.",
     [dict(location="Zaporizhzhia", killed=2, injured=6, weapon="bomb", target="residential")]),
    ("listed-worker-and-passers-by",
     "Kherson came under artillery fire on Friday afternoon, wounding a utility worker and two passers-by, the city "
     "military administration said.",
     [dict(location="Kherson", injured=3, weapon="artillery", date="2025-05-30")]),
    ("listed-subject",
     "Two men and a teenager were wounded when a Russian drone hit a car in the village of Bilozerka in the Kherson "
     "region.",
     [dict(location="Bilozerka", injured=3, attacker="Russia", weapon="drone")]),
    ("listed-figures-and-a-child",
     "A Russian missile struck a hotel in Kharkiv late on Tuesday, killing two women and a child and injuring 14 people.",
     [dict(location="Kharkiv", killed=3, injured=14, date="2025-06-03")]),

    # ------------------------------------------------------------ a region's tally and a town in another clause
    ("region-tally-then-town-fire",
     "Air defences destroyed 14 drones over the Voronezh region overnight, the governor said, adding that a fire broke "
     "out at a warehouse in Liski.",
     [dict(location="Voronezh Oblast", intercepted=14, attacker="Ukraine"),
      dict(location="Liski", intercepted=None, attacker="Ukraine")]),
    ("region-tally-and-town-injured",
     "Russian air defences downed 22 Ukrainian drones over the Belgorod region, and falling debris injured two people in "
     "Shebekino, Governor Vyacheslav Gladkov said.",
     [dict(location="Belgorod Oblast", intercepted=22), dict(location="Shebekino", injured=2, intercepted=None)]),
    ("region-tally-town-named-without-damage",
     "Air defences shot down nine drones over the Rostov region overnight, most of them near Taganrog, the governor said.",
     [dict(location="Rostov Oblast", intercepted=9)]),
    ("region-tally-including-its-capital",
     "Twenty drones were shot down over the Kursk region overnight, including three over Kursk itself, the governor said.",
     [dict(location="Kursk Oblast", intercepted=20), dict(location="Kursk", intercepted=3)]),
    ("region-tally-namesake-city-hit",
     "In the Kharkiv region, 15 drones were destroyed overnight, and in Kharkiv itself a drone hit a warehouse.",
     [dict(location="Kharkiv Oblast", intercepted=15),
      dict(location="Kharkiv", intercepted=None, target="commercial")]),
    ("region-scene-setter-town-damage",
     "In the Belgorod region, Ukrainian shelling damaged houses in Shebekino.",
     [dict(location="Shebekino", attacker="Ukraine", target="residential")]),
    ("town-in-region-apposition",
     "Air defences shot down 11 drones over Taganrog, Rostov region, the governor said.",
     [dict(location="Taganrog", intercepted=11)]),

    # ------------------------------------------------------------ posts signed on their last line
    ("signed-post-last-line",
     "Overnight the enemy attacked Mykolaiv with Shahed drones. A warehouse was damaged and two people were injured.\n\n"
     "Vitaliy Kim, head of the Mykolaiv Regional Military Administration",
     [dict(location="Mykolaiv", injured=2, attacker="Russia", claimed_by="Vitaliy Kim")]),
    ("signed-post-dash",
     "Russian drones hit a farm near Izmail overnight; no one was hurt. — Oleh Kiper, head of the Odesa regional "
     "military administration",
     [dict(location="Izmail", claimed_by="Oleh Kiper")]),
    ("signed-post-title-first",
     "Kharkiv came under a guided-bomb attack in the afternoon, three people were wounded.\n\n"
     "Head of the Kharkiv Regional Military Administration Oleh Synehubov",
     [dict(location="Kharkiv", injured=3, claimed_by="Oleh Synehubov")]),
    ("signed-post-other-source-wins",
     "Russian drones struck Sumy overnight, injuring two people, the city council said.\n\n"
     "Artem Kobzar, acting mayor of Sumy",
     [dict(location="Sumy", injured=2, claimed_by="city council")]),
    ("not-signed-last-line-quotes-official",
     "Russian drones struck Sumy overnight, injuring two people.\n\nThe head of the regional administration, "
     "Oleh Hryhorov, visited the site on Wednesday.",
     [dict(location="Sumy", injured=2, claimed_by=None)]),

    # ------------------------------------------------------------ power plants: the place their name gives, else where they stand
    ("znpp-drone",
     "A Ukrainian drone struck the training centre of the Zaporizhzhia nuclear power plant on Tuesday, the plant's "
     "Russian-installed management said.",
     [dict(location="Zaporizhzhia", region="Zaporizhzhia Oblast", country="Ukraine", attacker="Ukraine",
           target="infrastructure", date="2025-06-03")]),
    ("znpp-europes-largest",
     "Drones attacked Europe's largest nuclear plant overnight, damaging a turbine hall roof, the IAEA said.",
     [dict(location="Enerhodar", region="Zaporizhzhia Oblast")]),
    ("smolensk-npp",
     "A Ukrainian drone hit a transformer at the Smolensk NPP overnight, Rosatom said.",
     [dict(location="Smolensk", region="Smolensk Oblast", attacker="Ukraine")]),
    ("zaporizhzhia-city-stays",
     "A Russian glide bomb hit an industrial plant in Zaporizhzhia on Tuesday, injuring three workers.",
     [dict(location="Zaporizhzhia", injured=3, attacker="Russia", weapon="bomb")]),

    # ------------------------------------------------------------ explosions heard in a city: that city, when no other place
    ("heard-in-city-air-defence",
     "Explosions were heard in Kyiv early on Wednesday as air defences repelled a Russian drone attack, the city's "
     "military administration said.",
     [dict(location="Kyiv", attacker="Russia", weapon="drone", intercepted=None, date="2025-06-04")]),
    ("heard-over-city-drones",
     "Loud blasts were heard over Kharkiv overnight as Russian drones approached the city, the mayor said.",
     [dict(location="Kharkiv", attacker="Russia", weapon="drone")]),
    ("heard-in-city-alone", "Explosions were heard in Lviv before dawn, residents said.", []),
    ("heard-in-many-cities",
     "Explosions were heard in Kyiv, Odesa and Lviv as Russia carried out a massive combined attack on Ukraine.", []),
    ("heard-in-city-other-place-hit",
     "Explosions were heard in Kyiv as a Russian missile hit a warehouse in Bucha, the regional governor said.",
     [dict(location="Bucha", attacker="Russia", weapon="missile")]),

    # ------------------------------------------------------------ "the ministry" is the one named before
    ("the-ministry-energy",
     "Ukraine's Energy Ministry ordered emergency power cuts in three regions on Wednesday. Russian drones damaged a "
     "substation in the Kharkiv region overnight, the ministry said.",
     [dict(location="Kharkiv Oblast", claimed_by="Ukrainian Energy Ministry")]),
    ("the-ministry-defence-long-name",
     "The Ministry of Defence of the Russian Federation reported heavy fighting near Pokrovsk. Air defences destroyed "
     "18 Ukrainian drones over the Bryansk region overnight, the ministry said.",
     [dict(location="Bryansk Oblast", intercepted=18, claimed_by=RU_MOD)]),
    ("the-ministry-emergencies",
     "Russia's Emergencies Ministry sent rescuers to the Belgorod region on Tuesday. A Ukrainian drone set fire to a "
     "warehouse in Belgorod, the ministry said.",
     [dict(location="Belgorod", attacker="Ukraine", claimed_by="Russian Emergencies Ministry")]),

    # ------------------------------------------------------------ "the regional capital" is the region's, not Kyiv
    ("regional-capital-debris",
     "The Zaporizhzhia region governor said three people were hurt when drone debris fell on a residential area in the "
     "regional capital.",
     [dict(location="Zaporizhzhia", region="Zaporizhzhia Oblast", injured=3, attacker="Russia")]),
    ("regional-centre-ukrainian-outlet",
     "Russian forces attacked the Kirovohrad region with drones overnight, damaging an industrial facility in the "
     "regional centre.",
     [dict(location="Kropyvnytskyi", region="Kirovohrad Oblast", attacker="Russia")]),

    # ------------------------------------------------------------ "head of the ... administration Name": the person
    ("head-of-administration-then-name",
     "Over the past day, Russian troops shelled 14 settlements in the Kherson region, killing one person and wounding "
     "six, the head of the regional military administration Oleksandr Prokudin said.",
     [dict(location="Kherson Oblast", killed=1, injured=6, claimed_by="Oleksandr Prokudin")]),
    ("head-of-named-administration-then-name",
     "A Russian drone hit a minibus in Nikopol, injuring four passengers, head of the Dnipropetrovsk Regional Military "
     "Administration Serhii Lysak wrote on Telegram.",
     [dict(location="Nikopol", injured=4, claimed_by="Serhii Lysak")]),
    ("head-of-administration-no-name",
     "A Russian drone hit a minibus in Nikopol, injuring four passengers, the head of the regional administration said.",
     [dict(location="Nikopol", injured=4, claimed_by="head of the regional administration")]),

    # ------------------------------------------------------------ a city's districts listed: the city
    ("city-districts-listed",
     "Kyiv came under a combined missile and drone attack overnight, the city military administration said. Debris "
     "fell in the Darnytskyi and Dniprovskyi districts, injuring five people.",
     [dict(location="Kyiv", injured=5, attacker="Russia")]),
    ("city-districts-listed-same-sentence",
     "Russian drones struck Kharkiv overnight, damaging homes in the Saltivskyi and Shevchenkivskyi districts, "
     "Mayor Ihor Terekhov said.",
     [dict(location="Kharkiv", target="residential", claimed_by="Ihor Terekhov")]),

    # ------------------------------------------------------------ one person told without a figure
    ("one-killed-and-another-injured",
     "One person was killed and another injured when Russian shells hit the village of Ocheretyne in the Donetsk "
     "region, the governor said.",
     [dict(location="Ocheretyne", killed=1, injured=1, attacker="Russia")]),
    ("an-elderly-woman-injured-second-clause",
     "Two people were killed and seven injured in the Kherson region, while an elderly woman was injured in "
     "Zaporizhzhia, local officials said.",
     [dict(location="Kherson Oblast", killed=2, injured=7), dict(location="Zaporizhzhia", injured=1, killed=None)]),
    ("another-not-a-person",
     "A Russian drone hit a warehouse in Sumy, and another struck a bus stop, injuring two people.",
     [dict(location="Sumy", injured=2)]),

    # ------------------------------------------------------------ a mayor's word after a ministry's breakdown
    ("mayor-detail-goes-to-his-city",
     "Air defences destroyed 60 Ukrainian drones overnight, the Russian Defence Ministry said. Of those, 25 were downed "
     "over the Kursk region, 20 over the Bryansk region and 15 over the Moscow region, including five flying towards "
     "the capital.\n\nMoscow Mayor Sergei Sobyanin said debris had fallen on a road in the south of the city. "
     "No one was hurt, he added.",
     [dict(location="Russia", intercepted=60), dict(location="Kursk Oblast", intercepted=25, killed=None, injured=None),
      dict(location="Bryansk Oblast", intercepted=20), dict(location="Moscow Oblast", intercepted=15),
      dict(location="Moscow", injured=0, claimed_by="Sergei Sobyanin")]),

    # ------------------------------------------------------------ what was NOT damaged is no target
    ("no-civilian-facilities-damaged",
     "In Sevastopol, Governor Mikhail Razvozhayev said air defences had repelled a drone attack overnight and that no "
     "civilian facilities were damaged.",
     [dict(location="Sevastopol", attacker="Ukraine", target=None, claimed_by="Mikhail Razvozhayev")]),
    ("no-damage-to-homes",
     "Russian drones struck Kharkiv overnight, but there was no damage to residential buildings, the mayor said.",
     [dict(location="Kharkiv", target=None)]),
    ("damage-and-no-one-hurt",
     "Russian drones struck Kharkiv overnight, damaging three homes; no one was hurt, the mayor said.",
     [dict(location="Kharkiv", target="residential", injured=0)]),

    # ------------------------------------------------------------ a post opened by the place's name and a full stop
    ("post-headed-city-full-stop",
     "Dnipro. An enemy drone hit a five-storey building in the evening. Two people were injured.",
     [dict(location="Dnipro", injured=2, attacker="Russia", target="residential")]),
    ("post-headed-city-the-city",
     "Odesa. Overnight, the enemy attacked the city with drones. A fire broke out at a port facility, and a "
     "27-year-old man was injured.",
     [dict(location="Odesa", injured=1, attacker="Russia", weapon="drone")]),
    ("sentence-ending-with-a-city-is-no-heading",
     "Russian drones attacked the port overnight, damaging a grain terminal in Izmail. Officials reported no casualties.",
     [dict(location="Izmail", killed=0)]),

    # ------------------------------------------------------------ "A near B": B only locates A
    ("village-near-city",
     "Debris from a Ukrainian drone fell on a five-storey residential building in the village of Myskhako near "
     "Novorossiysk, setting fire to a flat, the regional emergency headquarters said.",
     [dict(location="Myskhako", attacker="Ukraine", target="residential")]),
    ("village-outside-city",
     "A Russian missile hit a farm in Bezliudivka, outside Kharkiv, wounding two workers.",
     [dict(location="Bezliudivka", injured=2)]),
    ("two-places-hit-one-near",
     "Russian drones damaged homes in Sumy and near Okhtyrka overnight, the regional administration said.",
     [dict(location="Sumy"), dict(location="Okhtyrka")]),

    # ------------------------------------------------------------ a night told by the two days it spans
    ("night-of-month-days",
     "Russian drones attacked Odesa on the night of June 2 to 3, injuring four people, the regional governor said.",
     [dict(location="Odesa", injured=4, date="2025-06-03", date_text="on the night of June 2 to 3")]),
    ("night-of-day-range-month-after",
     "During the night of 2-3 June, Ukrainian drones struck an oil depot in Novorossiysk, the city's mayor said.",
     [dict(location="Novorossiysk", attacker="Ukraine", date="2025-06-03")]),
    ("night-of-weekdays",
     "On the night of Monday to Tuesday, a Russian missile hit a warehouse in Dnipro, killing one worker.",
     [dict(location="Dnipro", killed=1, date="2025-06-03", date_text="On the night of Monday to Tuesday")]),
    ("night-one-day-stays",
     "On the night of June 2, Russian drones hit a school in Sumy.",
     [dict(location="Sumy", date="2025-06-02")]),

    # ------------------------------------------------------------ live blogs: the toll only grows
    ("live-blog-earlier-update-below",
     "A Russian missile tore into an apartment block in Vinnytsia, killing nine people and injuring 23, the regional "
     "governor said.\n\nUpdate at 08:10: As of 08:00, four people are known to have been killed in Vinnytsia and ten "
     "more injured by the missile strike.",
     [dict(location="Vinnytsia", killed=9, injured=23)]),
    # ------------------------------------------------------------ "All were intercepted": as many as were launched
    ("all-downed-next-sentence",
     "Russia attacked Kyiv overnight with missiles, the city administration said. The air force said 12 missiles of "
     "several types were launched at the capital. All were intercepted by air defences.",
     [dict(location="Kyiv", launched=12, intercepted=12)]),
    # ------------------------------------------------------------ where a wave was aimed: no record of their own
    ("wave-aimed-at-regions",
     "A Russian missile hit an apartment block in Rivne on Tuesday, killing six individuals, including a child, the "
     "governor said. The air force said Russia launched 30 missiles and 410 drones, focusing mainly on the Rivne, "
     "Volyn and Sumy regions. Air defences intercepted or neutralized 402 of the 440 detected aerial threats.",
     [dict(location="Rivne", killed=6), dict(location="Ukraine", launched=440, intercepted=402)]),
    # ------------------------------------------------------------ the credit elsewhere in the paragraph, a Source: line, the lead
    ("source-in-paragraph",
     "Russian forces shelled the centre of Nikopol on Tuesday afternoon, regional governor Serhiy Lysak said. "
     "Two men were killed and four people were wounded by the shelling.",
     [dict(location="Nikopol", killed=2, injured=4, claimed_by="Serhiy Lysak")]),
    ("source-line",
     "Russian drone hits high-rise in Sumy: two injured\n\n"
     "Source: Oleh Hryhorov, Head of Sumy Oblast Military Administration, on Telegram\n\n"
     "A Russian drone struck a high-rise building in Sumy on Tuesday evening. Two people were injured.",
     [dict(location="Sumy", injured=2, claimed_by="Oleh Hryhorov")]),
    ("lead-statement-listed",
     "Drones over Russian regions\n\n"
     "MOSCOW, June 3. Air defences destroyed 40 Ukrainian drones overnight over several regions, the Defence Ministry said.\n\n"
     "Regions\n\n"
     "- Overnight, air defence systems destroyed 40 Ukrainian drones: 30 over the Bryansk Region and ten over the Kursk Region.",
     [dict(location="Russia", intercepted=40, claimed_by=RU_MOD), dict(location="Bryansk Oblast", intercepted=30, claimed_by=RU_MOD),
      dict(location="Kursk Oblast", intercepted=10, claimed_by=RU_MOD)]),
    ("bare-title-named-nearby",
     "A Ukrainian drone attack set fire to a fuel depot in the Millerovo district of Russia's Rostov region, the governor "
     "said on Tuesday. \u201cNobody was hurt,\u201d the governor, Yuri Slyusar, wrote on Telegram.",
     [dict(location="Millerovo", claimed_by="Yuri Slyusar")]),
    ("as-per-ministry",
     "A drone strike damaged two aircraft at the Engels airfield in the Saratov region on Monday, as per the Defence Ministry.",
     [dict(location="Engels", claimed_by=RU_MOD)]),
    ("ceo-title-dropped",
     "Russia fired 20 missiles at gas production sites in the Poltava region overnight, said CEO Serhii Koretskyi.",
     [dict(location="Poltava Oblast", launched=20, claimed_by="Serhii Koretskyi")]),
    # ------------------------------------------------------------ "in western Ukraine" only places the city
    ("city-in-western-country",
     "A Russian missile hit a school in Rivne in western Ukraine on Tuesday, killing four people, the mayor said.",
     [dict(location="Rivne", killed=4)]),
    # ------------------------------------------------------------ "Russian forces launched": the attacker's forces
    ("attacker-forces-launched",
     "The commander-in-chief reports that, in total, Russian forces launched 70 missiles and 12 Shahed drones at Ukraine overnight.",
     [dict(location="Ukraine", launched=82, attacker="Russia")]),
    # ------------------------------------------------------------ "four in Kherson": the verb left out
    ("elided-casualty-verb",
     "After Russian missile strikes on Tuesday, regional officials said six people were killed in the Odesa region, two "
     "in the city of Mykolaiv, and one in the Zaporizhzhia region.",
     [dict(location="Odesa Oblast", killed=6), dict(location="Mykolaiv", killed=2), dict(location="Zaporizhzhia Oblast", killed=1)]),
    # ------------------------------------------------------------ the day a toll rose is not the attack's day
    ("toll-update-day",
     "Rescuers pulled more bodies on Wednesday from the rubble of an apartment block in Odesa hit by a Russian missile, "
     "raising the death toll to 14. The attack overnight into Tuesday was one of the heaviest on the port this year.",
     [dict(location="Odesa", killed=14, date="2025-06-03")]),
    ("deadliest-this-year-is-no-day",
     "A Russian missile struck a clinic in Dnipro on Tuesday, killing five people. The clinic collapsed during the "
     "deadliest Russian attack on Dnipro this year, the mayor said.",
     [dict(location="Dnipro", killed=5, date="2025-06-03")]),
    # ------------------------------------------------------------ "On June 1, ..." dates its own paragraph only
    ("dated-paragraph-does-not-carry",
     "Russian forces shelled Kupiansk on Tuesday, damaging a school, the governor said.\n\n"
     "On June 1, a drone hit a car in the village of Petropavlivka in the Kharkiv region.\n\n"
     "Shells also hit the village of Kamianka in the Kharkiv region, damaging a house.",
     [dict(location="Kupiansk", date="2025-06-03"), dict(location="Petropavlivka", date="2025-06-01"),
      dict(location="Kamianka", date="2025-06-03")]),
    # ------------------------------------------------------------ a governor's list of villages
    ("governor-village-list",
     "Ukrainian forces shelled the Belgorod region on Tuesday, governor Vyacheslav Gladkov said.\n\n"
     "\u201cIn the Shebekinsky district, four artillery shells were fired at the village of Zarechnoye-Vtoroye, two "
     "artillery shells at the village of Bezlyudovka and six mortar rounds at the settlement of Kozinka,\u201d he said.",
     [dict(location="Zarechnoye-Vtoroye", launched=4, region="Belgorod Oblast"),
      dict(location="Bezlyudovka", launched=2, region="Belgorod Oblast"),
      dict(location="Kozinka", launched=6, region="Belgorod Oblast")]),
    # ------------------------------------------------------------ the same attack retold at region level
    ("region-echo-of-city",
     "A Russian missile hit a dormitory in Uzhhorod on Tuesday, injuring six people. \u201cThe enemy attacked "
     "Zakarpattia Oblast with missiles,\u201d the governor wrote.",
     [dict(location="Uzhhorod", injured=6)]),
    # ------------------------------------------------------------ background without its day
    ("background-last-week",
     "A Ukrainian drone hit an oil depot in Novorossiysk on Tuesday, the mayor said. Last week, drones struck a naval "
     "base in Crimea, damaging a patrol ship.",
     [dict(location="Novorossiysk", date="2025-06-03")]),
    # ------------------------------------------------------------ one city's attack counted, then broken down line by line
    ("city-attack-total-and-breakdown",
     "Overnight, Russia launched a missile attack on Mykolaiv. According to the air force, Russia launched 14 missiles:\n"
     "- Six Kalibr cruise missiles were launched from a submarine in the Black Sea.\n"
     "- Eight Iskander-M ballistic missiles were fired from occupied Crimea.\n"
     "Air defence units were able to destroy ten missiles, including four Kalibr missiles.",
     [dict(location="Mykolaiv", launched=14, intercepted=10, weapon="missile")]),
    # ------------------------------------------------------------ "in east Ukraine city", named further on
    ("unnamed-town-named-later",
     "6 killed as Russian missile hits cafe in east Ukraine city\n\n"
     "The Monday evening strike on Pokrovsk also wounded 31 people, the interior ministry said.",
     [dict(location="Pokrovsk", killed=6, injured=31, weapon="missile")]),
    # ------------------------------------------------------------ a casualty figure paragraphs after the one attack
    ("far-casualty-figure-one-attack",
     "A Russian missile slammed into an apartment block in Zhytomyr on Thursday, killing at least four people.\n\n"
     "The building was home to about 200 people, many of them displaced from the east.\n\n"
     "Cranes worked through the night to clear the rubble.\n\n"
     "Emergency services said at least 22 had been hurt and that they had pulled five people alive from the rubble.",
     [dict(location="Zhytomyr", killed=4, injured=22)]),
    # ------------------------------------------------------------ a report of the next morning: "overnight" is the lead's day
    ("overnight-in-a-next-morning-report",
     "A large Russian air attack struck gas facilities in eastern Ukraine, officials said on Tuesday.\n\n"
     "Russia fired 20 missiles and 40 drones at sites in the Sumy region overnight, the energy company said.",
     [dict(location="Sumy Oblast", launched=60, date="2025-06-03")]),
    ("overnight-after-a-dated-attack-is-the-next-night",
     "Russian aircraft dropped guided bombs on Kherson on Tuesday, killing one person, the governor said.\n\n"
     "Elsewhere, the air force said it had shot down 30 of 35 drones launched by Russia overnight over six regions.",
     [dict(location="Kherson", date="2025-06-03"), dict(location="Ukraine", intercepted=30, date="2025-06-04")]),
    # ------------------------------------------------------------ "the regional governor" named in the lead
    ("governor-named-in-lead",
     "Ukrainian forces shelled several villages in the Kursk region on Tuesday, Governor Alexander Khinshtein said on "
     "Telegram.\n\nResidents said the school had been closed for a week.\n\nThe road to the district centre was closed "
     "to traffic after the night's shelling.\n\nPower was cut to several streets while repair crews waited for the "
     "all-clear, and the bus service was suspended.\n\nIn the village of Tyotkino, two Russian-fired shells destroyed "
     "a barn in a private household, the regional governor said.",
     [dict(location="Kursk Oblast", claimed_by="Alexander Khinshtein"),
      dict(location="Tyotkino", claimed_by="Alexander Khinshtein", launched=2)]),
    # ------------------------------------------------------------ a lead credit is the credit for an attack
    ("lead-credit-for-an-incident-is-not-the-attack-credit",
     "Drone downed at airfield\n\nThe mayor, Pavel Ivanov, said police were looking into an incident at a factory.\n\n"
     "Separately, a Ukrainian drone set fire to an oil tank at an airfield in the Kursk region on Monday.",
     [dict(location="Kursk Oblast", claimed_by=None)]),
    # ------------------------------------------------------------ a wave's toll and one city's share of it
    ("wave-toll-with-a-city-share",
     "Russian drones and missiles struck towns across Ukraine overnight, killing 11 people, including four in Poltava, "
     "officials said on Wednesday.",
     [dict(location="Ukraine", killed=11), dict(location="Poltava", killed=4)]),
    # ------------------------------------------------------------ not strikes
    ("ground-captured", "Russian troops captured the village of Novopil in the Donetsk region, the defence ministry said.", []),
    ("ground-fighting-raged",
     "The air attacks came as fierce fighting raged in the Donetsk region, where Russia has claimed control of the "
     "town of Toretsk.", []),
    ("ground-assaults",
     "Ukrainian forces repelled 32 Russian assaults near Pokrovsk over the past day, the General Staff said.", []),
    ("threat-response",
     "Moscow warned that any strikes with Western long-range missiles on Russian territory would be met with a "
     "response.", []),
    ("hypothetical-could",
     "Ukraine could use its new long-range missiles to hit targets deep inside Russia, an analyst said.", []),
    ("sport-striker", "The striker scored twice as Shakhtar beat Dynamo Kyiv 3-1 in Lviv on Sunday.", []),
    ("aid-request",
     "Zelensky asked allies for more Patriot systems to protect Ukrainian cities from Russian missiles.", []),
    ("cumulative-month",
     "Russia has launched more than 2,000 drones at Ukraine since the start of the month, Zelensky said.", []),
    ("cumulative-past-week",
     "Russia fired more than 1,000 drones, 900 glide bombs and 20 missiles at Ukraine over the past week, "
     "Zelensky said in his evening address.", []),
    ("meeting-called-by-moscow",
     "Ukrainian shelling of Belgorod on Saturday killed 24 people, officials said. At a Security Council meeting "
     "called by Moscow, Russia's ambassador said: \"The attack on Belgorod was deliberate.\"",
     [dict(location="Belgorod", killed=24, attacker="Ukraine")]),
    ("industry", "Ukraine's drone makers produced more than two million units last year, the minister said.", []),
    ("history", "The city was heavily bombed during the Second World War and rebuilt in the 1950s.", []),
]


def _rows(text: str):
    doc = Document(text=text, published=PUBLISHED)
    rows = extract_strikes(doc, [])
    for r in rows:
        assert doc.text[r.evidence.char_start:r.evidence.char_end] == r.evidence.sentence
    return rows


@pytest.mark.parametrize("text,expected", [(t, e) for _, t, e in CASES], ids=[c[0] for c in CASES])
def test_genre(text: str, expected: list[dict]) -> None:
    rows = _rows(text)
    got = {r.location: r for r in rows}
    assert sorted(got) == sorted(e["location"] for e in expected), [(r.location, r.rule) for r in rows]
    for want in expected:
        row = got[want["location"]]
        have = {f: getattr(row, f) for f in want}
        assert have == want


def test_evidence_covers_a_toll_told_in_the_next_sentence() -> None:
    text = ("A Russian guided bomb hit a school in Izium on Tuesday morning, the governor said. "
            "Two teachers were killed and five pupils were injured.")
    [row] = _rows(text)
    assert (row.killed, row.injured) == (2, 5)
    assert "Izium" in row.evidence.sentence and "Two teachers were killed" in row.evidence.sentence


def test_evidence_of_a_far_toll_is_its_own_sentence() -> None:
    text = ("A Russian missile slammed into an apartment block in Zhytomyr on Thursday, killing at least four people.\n\n"
            "The building was home to about 200 people.\n\nCranes worked through the night.\n\n"
            "Residents laid flowers at the site.\n\nEmergency services said at least 22 had been hurt.")
    [row] = _rows(text)
    assert row.injured == 22 and "22 had been hurt" in row.evidence.sentence


@pytest.mark.parametrize("text", [
    "A Russian missile hit a school in Kharkiv on Tuesday, killing two people, CBS News' Anna Petrova reported from the city.",
    "A Russian missile hit a school in Kharkiv on Tuesday, killing two people, Reuters correspondent Ivan Sokolov said.",
    "A Russian missile hit a school in Kharkiv on Tuesday, killing two people, NBC News reported.",
])
def test_a_reporter_or_outlet_is_never_the_credit(text: str) -> None:
    [row] = _rows(text)
    assert row.location == "Kharkiv" and row.killed == 2 and row.claimed_by is None
