"""The classes of miss measured on real reports (issue 16), each with sentences we wrote in
the style of the wires: acts inside quotes and reported speech, background acts, the
report's own main act, parties, dates, topics and venues, and look-alikes that are not acts.

Each case: text, then the one record expected (kind, parties with the actor first, venue,
topic, day). Reports are dated Monday 19 May 2025 unless the case says otherwise.
"""
from __future__ import annotations

from datetime import date

import pytest

from parsers.document import Document
from parsers.negotiations import extract_negotiations

MONDAY = date(2025, 5, 19)
TODAY, LAST_FRIDAY, SATURDAY = "2025-05-19", "2025-05-16", "2025-05-17"
ANY = "any"
US, RU, UA, EUR, UK, TR = "United States", "Russia", "Ukraine", "Europe", "United Kingdom", "Turkey"


def _found(text: str, published: date = MONDAY):
    return extract_negotiations(Document(text=text, published=published))


def _check(text: str, kind: str, parties: list[str], venue: str | None, topic: str | None, day: str | None) -> None:
    found = _found(text)
    assert len(found) == 1, [(n.kind, n.parties, n.rule) for n in found]
    n = found[0]
    got = (n.kind, n.parties[:1], set(n.parties), n.venue, n.topic)
    assert got == (kind, parties[:1], set(parties), venue, topic), (n.parties, n.rule)
    if day != ANY:
        assert n.date == day, (n.date, n.date_text)


# Refusals and pressure told with the long titles and days wires put between the words.
REFUSALS_AND_PRESSURE = [
    ("The Kremlin leader did not agree to a full and immediate ceasefire, his aide said.",
     "rejection", [RU, UA], None, "ceasefire", ANY),
    ("Canada's Mark Carney urged the Russian leader Vladimir Putin on Saturday to agree to a truce without conditions.",
     "demand", ["Canada", RU], None, "ceasefire", SATURDAY),
]

# Dates: a day named after the talks' own words is theirs, not the day of the clause's subject.
DATES = [
    ("Monday's round of calls came after direct talks between Russian and Ukrainian negotiators in Istanbul on Friday.",
     "talks", [RU, UA], "Istanbul", None, LAST_FRIDAY),
    ("Ukrainian and American officials will hold talks in Riyadh on Friday, the foreign ministry said on Monday.",
     "talks", [UA, US], "Riyadh", None, "2025-05-23"),
]

# Background offers named by their owner are logged (guideline §4), undated.
OWNED_OFFERS = [
    ("Lavrov said Moscow's stalling over Washington's ceasefire proposal was a myth.",
     "proposal", [US, RU], None, "ceasefire", None),
    ("Kyiv and its European partners had called the 28-point American plan a list of Russian demands.",
     "proposal", [US, UA, EUR, RU], None, "peace settlement", None),
]

# A side backing an act already on the table is ready for it.
SUPPORT = [
    ("The Turkish president voiced strong support for a Black Sea ceasefire on Monday.",
     "readiness", [TR], None, "air and sea truce", TODAY),
]

# The report's own main act: the round the story is about, told with a list of sides and a palace.
MAIN_ACT = [
    ("A four-way meeting between delegations from Saudi Arabia, the United States, Russia, and Ukraine opened on Monday "
     "at the Al Yamamah Palace in Riyadh.", "talks", ["Saudi Arabia", US, RU, UA], "Riyadh", None, TODAY),
    ("Erdogan brought the Russian and Ukrainian foreign ministers together at one table in Antalya.",
     "talks", [TR, RU, UA], "Antalya", None, ANY),
    ("Trump said he and Putin had agreed to start peace negotiations without delay.",
     "talks", [US, RU], None, "peace settlement", ANY),
]

# Topics: a peace summit is about a settlement, not a leaders' meeting; so are talks "aimed at ending the conflict".
TOPICS = [
    ("Dozens of states gathered for the peace summit in Lucerne on Saturday, the Swiss foreign ministry said.",
     "talks", ["Switzerland"], "Lucerne", "peace settlement", SATURDAY),
    ("Hosted by Qatar, the talks between Russia and Ukraine in Doha are aimed at ending the ongoing conflict.",
     "talks", ["Qatar", RU, UA], "Doha", "peace settlement", ANY),
]

# Background and earlier acts: a round that took place, a deal signed or brokered, a deal not renewed,
# a swap a mediator brokered, a call the main clause follows.
BACKGROUND = [
    ("On March 3, the second round of discussions took place in the Brest region.",
     "talks", [RU, UA], None, None, "2025-03-03"),
    ("The accord on a grain corridor is due to be signed on Friday in Istanbul.",
     "talks", [RU, UA], "Istanbul", None, "2025-05-23"),
    ("In July the grain deal was finally brokered with the help of Turkey and the United Nations.",
     "talks", [TR, "United Nations"], None, None, ANY),
    ("Moscow said it would not renew the Black Sea grain deal.", "rejection", [RU, UA], None, None, ANY),
    ("Russia and Ukraine swapped 90 prisoners of war each on Saturday in an exchange mediated by the UAE.",
     "talks", [RU, UA, "United Arab Emirates"], None, "prisoner exchange", SATURDAY),
]

# Acts inside a quote: the speaker named after it is the actor.
QUOTED = [
    ('"We hope the negotiations will be swiftly continued," said Leonid Slutsky, a Russian lawmaker.',
     "readiness", [RU, UA], None, None, ANY),
    ("Erdogan said he and Putin would talk about extending the deal at a face-to-face meeting next month.",
     "talks", [TR, RU], None, None, ANY),
]

# Parties: the mediator or host is a party; "the two leaders" are the sides just named; one addressed is no actor.
PARTIES = [
    ("Erdogan hopes to arrange a meeting between the presidents of Russia and Ukraine, his office said.",
     "proposal", [TR, RU, UA], None, "leaders meeting", ANY),
]

# Offers on terms are demands of those terms.
TERMS = [
    ("Moscow said it would rejoin the deal if its conditions were met.", "demand", [RU, UA], None, None, ANY),
    ("Putin said Russia was willing to let grain ships sail provided the sanctions on its fertiliser exports were lifted.",
     "demand", [RU, UA], None, None, ANY),
]

# Talks to come, told by the verb that starts them.
TO_COME = [
    ("Following the call, the two presidents said Russia and Ukraine would begin negotiations toward a lasting peace.",
     "talks", [RU, UA], None, "peace settlement", ANY),
]

# A basis put forward for talks is a proposal of the one who says so.
BASIS = [
    ("Lukashenko argued that negotiations between Russia and Ukraine ought to be based on the older draft.",
     "proposal", ["Belarus", RU, UA], None, None, ANY),
]

# Pressure put on a side by "must", and a meeting named as the setting of a statement, with its city.
PRESSURE_AND_SETTING = [
    ("European leaders said Moscow must now commit to a full ceasefire.", "demand", [EUR, RU], None, "ceasefire", ANY),
    ("Speaking after a meeting of the coalition of the willing in London, Starmer said more countries would send troops.",
     "talks", [EUR, UK], "London", None, ANY),
]

# A deadline set is a demand, and the day of the deadline is not the day of the act.
DEADLINES = [
    ("Washington gave Kyiv until Thursday to respond to the amended framework, a diplomat said.",
     "demand", [US, UA], None, None, None),
    ("Zelensky said Moscow must pay for the destruction its army caused.", "demand", [UA, RU], None, None, ANY),
]

CASES = DEADLINES + PRESSURE_AND_SETTING + BASIS + TO_COME + TERMS + PARTIES + BACKGROUND + QUOTED + MAIN_ACT + REFUSALS_AND_PRESSURE + DATES + TOPICS + OWNED_OFFERS + SUPPORT


def test_an_owners_offer_backed_and_refused_is_three_acts():
    found = _found("Macron restated his support for a U.S.-proposed truce, an idea Moscow has rejected.")
    got = sorted((n.kind, n.parties[0]) for n in found)
    assert got == [("proposal", US), ("readiness", "France"), ("rejection", RU)]


def test_a_refusal_of_an_owners_offer_logs_the_offer_too():
    found = _found("Moscow has not agreed to the American proposal for a 30-day truce.")
    got = sorted((n.kind, n.parties[:2], n.topic) for n in found)
    assert got == [("proposal", [US, RU], "ceasefire"), ("rejection", [RU, US], "ceasefire")]


def test_an_offer_discussed_countered_or_studied_is_that_acts_object():
    for text in ("Zelensky discussed the U.S. peace plan with Macron by phone on Sunday.",
                 "European capitals drafted a counterproposal to the American peace plan.",
                 "Kyiv is studying Washington's proposal for a 30-day truce."):
        assert [n.rule for n in _found(text) if n.rule == "proposal.owned"] == [], text


def test_a_day_before_a_later_future_is_behind_the_report():
    found = _found("The two sides discussed the memorandum at talks in Istanbul on Friday, Peskov said when asked "
                   "whether Moscow would attend the next round.")
    assert [(n.kind, n.venue, n.date) for n in found] == [("talks", "Istanbul", LAST_FRIDAY)]


def test_a_leader_meeting_his_own_officials_is_no_talks():
    assert _found("In Moscow, Putin held a meeting with the top officials of his Defence Ministry about the peace talks.") == []
    assert _found("Zelensky met the heads of regions in Kyiv to discuss the ceasefire.") == []


LOOKALIKES = [
    "Heads of state from Cuba, Laos and Serbia are due to arrive in Moscow for the May 9 parade.",
    "As Trump flew home from a trip to Japan, where he had signed a trade deal, his aides talked about the war.",
    "Moscow called for an emergency meeting of the UN Security Council over the strike on the bridge.",
    "Peskov said it was doubtful whether Zelensky and Putin could meet for talks before summer.",
    "The old draft could serve as a reference point for any future talks with Kyiv, Lavrov said.",
    "The latest prisoner exchanges suggest the war is entering a new phase, analysts said.",
    "The embassy said the strike undermined efforts to reach a settlement that would stop the fighting.",
    "Beijing and Washington agreed to extend their tariff truce after a round of talks in Stockholm.",
    "Lavrov spoke to reporters in Minsk after a CIS ministerial meeting.",
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalikes_are_no_acts(text):
    assert _found(text) == [], [(n.kind, n.rule) for n in _found(text)]


def test_a_truce_told_again_is_the_same_truce():
    found = _found('Putin declared a three-day "truce" for Victory Day. Despite the declared truce, shelling went on.')
    assert [(n.kind, n.parties) for n in found] == [("truce", [RU])]


def test_the_call_a_truce_follows_is_the_truce_makers():
    found = _found("Putin agreed to stop strikes on Ukraine's power plants for a month following a phone call with "
                   "his American counterpart.")
    talks = [n for n in found if n.kind == "talks"]
    assert [n.parties[:2] for n in talks] == [[RU, US]]


def test_a_month_and_day_just_after_the_report_is_this_years():
    found = extract_negotiations(Document(
        text="A meeting of national security advisers in Riyadh on May 24 may set the date of the summit.",
        published=MONDAY))
    assert [(n.kind, n.date) for n in found] == [("talks", "2025-05-24")]


def test_the_two_sides_agreeing_point_to_the_talks_told_last():
    text = ("Turkey first brought the two sides together in Antalya in March 2022.\n"
            "Russian and Ukrainian negotiators held talks in Istanbul on Friday.\n"
            "Both sides agreed to exchange 1,000 prisoners of war each.")
    found = _found(text)
    friday = [n for n in found if n.date == LAST_FRIDAY]
    assert [(n.venue, n.topic) for n in friday] == [("Istanbul", "prisoner exchange")]


def test_a_venue_put_forward_is_the_speakers_proposal_with_the_host():
    found = _found("Trump said the Vatican might host the next round of negotiations.")
    assert [(n.kind, n.parties[0], set(n.parties)) for n in found] == [("proposal", US, {US, "Vatican"})]


def test_the_two_leaders_are_the_sides_just_named():
    text = ("Erdogan received the delegations of Ukraine and Russia in Istanbul on Monday. "
            "He said Turkey stood ready to host talks between the two leaders.")
    ready = [n for n in _found(text) if n.kind == "readiness"]
    assert [(n.parties[0], set(n.parties), n.topic) for n in ready] == [(TR, {TR, RU, UA}, "leaders meeting")]


def test_those_addressed_are_not_the_speaker():
    text = '"Turkey is ready to support peace efforts however it can," Erdogan said while addressing the two delegations from Russia and Ukraine.'
    assert [n.parties[0] for n in _found(text)] == [TR]


def test_those_notified_are_not_the_actor():
    found = _found("Russia has notified Turkey, Ukraine and the United Nations that it will not extend the agreement.")
    assert [(n.kind, n.parties[0]) for n in found] == [("rejection", RU)]


def test_a_separate_summit_is_another_meeting():
    text = ("U.S. and Ukrainian officials held talks on the peace plan in Geneva on Sunday.\n"
            "Zelensky joined by video from another gathering of Kyiv's allies held in Finland.")
    geneva = [n for n in _found(text) if n.venue == "Geneva"]
    assert [(n.parties[:2], n.topic) for n in geneva] == [([US, UA], "peace settlement")]


def test_talks_weighed_are_not_held():
    assert _found("Trump added that hosting negotiations in Rome might lend them more authority.") == []


def test_a_plan_of_war_is_no_offer():
    assert _found("The Russian plan to encircle the town failed, the Ukrainian army said.") == []
    assert _found("Ukraine's plans to buy more air defence systems were discussed in Berlin.") == []


@pytest.mark.parametrize("text,kind,parties,venue,topic,day", CASES, ids=[c[0][:60] for c in CASES])
def test_real_report_classes(text, kind, parties, venue, topic, day):
    _check(text, kind, parties, venue, topic, day)


# Summits told only by their host country: the host convenes them and is their first party; a country
# alone is no venue.
HOSTED_SUMMITS = [
    ("Moscow was not invited to the peace conference in Norway that opened on Saturday.",
     "talks", ["Norway"], None, "peace settlement", SATURDAY),
    ("A day before the summit on Ukraine opened in Switzerland, the Kremlin restated its terms.",
     "talks", ["Switzerland", UA, RU], None, "peace settlement", None),
    ("The Swiss-hosted summit on Ukraine closed on Sunday with a joint communique.",
     "talks", ["Switzerland", UA], None, "peace settlement", "2025-05-18"),
]


@pytest.mark.parametrize("text,kind,parties,venue,topic,day", HOSTED_SUMMITS, ids=[c[0][:60] for c in HOSTED_SUMMITS])
def test_a_summit_named_by_its_host_country_is_the_hosts(text, kind, parties, venue, topic, day):
    _check(text, kind, parties, venue, topic, day)


def test_a_summit_whose_members_or_leaders_are_named_keeps_them_first():
    members = _found("Zelensky addressed a summit of Kyiv's backers in Denmark by video on Saturday.")
    leaders = _found("Trump and Putin held a summit in Finland on Saturday.")
    assert [n.parties[0] for n in members] == [UA]
    assert [n.parties[:2] for n in leaders] == [[US, RU]]
    assert _found("Zelensky held a press conference in Lviv on Saturday.") == []
    assert _found("Asked about a possible peace conference, the minister gave no answer.") == []


# A condition after "but first" belongs to the offer before it: the clause split must not cut it off.
CUT_CONDITIONS = [
    ("The Kremlin said Moscow was ready to let the cargo ships sail but first, Kyiv had to take the mines out of its harbours.",
     "demand", [RU, UA], None, None, ANY),
    ("Lavrov said Russia is willing to reopen the corridor, but first Ukraine must stop shelling the port.",
     "demand", [RU, UA], None, None, ANY),
]


@pytest.mark.parametrize("text,kind,parties,venue,topic,day", CUT_CONDITIONS, ids=[c[0][:60] for c in CUT_CONDITIONS])
def test_a_condition_after_but_first_stays_with_its_offer(text, kind, parties, venue, topic, day):
    _check(text, kind, parties, venue, topic, day)


def test_but_alone_still_ends_a_clause():
    found = _found("Moscow said it was ready for talks, but Kyiv rejected the offer on Friday.")
    assert sorted(n.kind for n in found) == ["readiness", "rejection"]


# One verb, two objects, two days: "met X on Friday, then Y on Saturday" tells two meetings.
def test_one_verb_with_two_objects_and_two_days_is_two_meetings():
    found = _found("The African delegation met Zelensky in Kyiv on Friday, then Putin in St Petersburg on Saturday.")
    got = sorted((n.parties, n.venue, n.date) for n in found)
    assert got == [(["African leaders", RU], "St Petersburg", SATURDAY), (["African leaders", UA], "Kyiv", LAST_FRIDAY)]


def test_the_second_meeting_keeps_the_subject_named_before_the_verb():
    found = _found("Witkoff met Umerov on Friday and then Dmitriev on Saturday.")
    assert sorted((n.parties, n.date) for n in found) == [([US, RU], SATURDAY), ([US, UA], LAST_FRIDAY)]


def test_then_without_a_second_side_keeps_one_meeting():
    found = _found("Witkoff met Umerov on Friday and then flew home.")
    assert [(n.parties, n.date) for n in found] == [([US, UA], LAST_FRIDAY)]


# Talks whose own words name one side take the counterpart of that side's act told just before.
def test_talks_naming_one_side_take_the_counterpart_told_before():
    text = ("Trump said he had a long call with Putin on Sunday.\n"
            "The two men discussed the front line and energy prices.\n"
            '"We also agreed to have our teams begin talks at once," Trump said.')
    agreed = [n for n in _found(text) if n.rule == "talks.agreed_to_meet"]
    assert [n.parties for n in agreed] == [[US, RU]]


def test_talks_naming_one_side_with_nothing_before_stay_one_sided():
    found = _found('"We also agreed to have our teams begin talks at once," Trump said.')
    assert [n.parties for n in found] == [[US]]


# Readiness voiced by an official the parties table does not list: the speakers table gives the state.
def test_an_official_known_only_to_the_speakers_table_acts_for_his_state():
    from parsers.negotiations.parties import canonical

    ready = _found("Ibrahim Kalin said on Friday he was ready to host another round of talks.")
    assert [(n.kind, n.parties[0]) for n in ready] == [("readiness", TR)]
    assert canonical("Baerbock") == "Germany"
    assert canonical("Gladkov") is None  # a governor speaks for his region, not for a state at the table


# A readiness voiced in the report's news and told undated is of the report's day; one told as said
# before stays undated.
def test_a_stance_voiced_in_the_news_is_of_the_reports_day():
    said = _found("A Kremlin aide told journalists that Moscow remained open to dialogue with Kyiv.")
    before = _found("Putin had praised the mediators and said he was open to dialogue with Kyiv.")
    assert [(n.kind, n.date) for n in said] == [("readiness", TODAY)]
    assert [(n.kind, n.date) for n in before] == [("readiness", None)]
