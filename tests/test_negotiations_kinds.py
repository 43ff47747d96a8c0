"""Each act kind, party and venue rule on sentences written by us in the wire style."""
from __future__ import annotations

import datetime as dt

import pytest

from parsers.document import Document
from parsers.negotiations import extract_negotiations
from parsers.negotiations.parties import find_mentions

TUESDAY = dt.date(2025, 6, 10)


def acts(text: str, published: dt.date = TUESDAY):
    return extract_negotiations(Document(text=text, published=published))


def one(text: str, published: dt.date = TUESDAY):
    got = acts(text, published)
    assert len(got) == 1, [(n.kind, n.parties, n.rule) for n in got]
    return got[0]


@pytest.mark.parametrize("text, kind, cameo", [
    ("Kyiv has sent Moscow a proposal to hold a third round of peace talks next month, the Ukrainian president said.",
     "proposal", "036"),
    ("Ukraine's defence minister is due to take part in talks with US officials in Geneva on Thursday.", "talks", "046"),
    ("Ukraine's president ruled out any negotiations with Moscow until Russian troops leave the occupied regions.",
     "rejection", "125"),
    ("The Kremlin said it would study the American proposal carefully before giving an answer.",
     "consideration", "014"),
    ("Russia has never rejected negotiations with Ukraine, the Kremlin spokesman told reporters.", "readiness", "036"),
    ("Russia demanded that Ukraine cede the rest of the Donetsk region as a condition for any settlement.",
     "demand", "106"),
    ("Putin declared a 30-hour Easter truce starting on Saturday evening.", "truce", "0871"),
])
def test_each_kind_from_its_act(text, kind, cameo):
    got = one(text)
    assert (got.kind, got.cameo) == (kind, cameo)


def test_readiness_quoted_words_take_the_speaker_side():
    got = one('Ukraine stood "ready for any dialogue" able to save lives, Zelensky said on Monday.')
    assert (got.kind, got.parties[:2], got.date) == ("readiness", ["Ukraine", "Russia"], "2025-06-09")


def test_scheduled_talks_on_a_weekday_look_ahead():
    got = one("Ukraine's defence minister is due to take part in talks with US officials in Geneva on Thursday.")
    assert (got.venue, got.date, got.parties[:2]) == ("Geneva", "2025-06-12", ["Ukraine", "United States"])


def test_background_talks_are_not_events():
    assert acts("No direct talks have taken place between Kyiv and Moscow since early 2022.") == []


def test_capital_as_government_and_leader_as_country():
    got = one("Moscow has offered to host a new round of talks in Istanbul, Lavrov said.")
    assert (got.kind, got.parties[0], got.venue) == ("proposal", "Russia", "Istanbul")


def test_passive_truce_takes_the_agent_as_actor():
    got = one("A short truce declared by Putin over Orthodox Christmas was ignored along much of the front line.")
    assert (got.kind, got.parties[0], got.topic) == ("truce", "Russia", "ceasefire")


def test_coordinated_subject_keeps_the_first_as_actor():
    got = one("Britain, France and Ukraine proposed a month-long truce in the air and at sea on Sunday.")
    assert got.kind == "proposal"
    assert got.parties[:3] == ["United Kingdom", "France", "Ukraine"]
    assert got.topic == "air and sea truce"


def test_the_same_act_told_twice_is_one_record():
    text = ("Kyiv has sent Moscow a proposal for one more session of peace talks, the president said.\n"
            "The security council chief handed that proposal to the Russians.\n"
            "He said Rustem Umerov had sent Moscow the proposal to meet next week.")
    got = acts(text)
    assert [n.kind for n in got] == ["proposal"]


def test_a_later_mention_of_the_meeting_gives_its_city():
    text = ("The attack cast a shadow over Tuesday's opening round of Ukrainian-US negotiations in Saudi Arabia.\n"
            "The drones were launched shortly before the talks in Jeddah, officials said.")
    got = one(text)
    assert (got.kind, got.venue, got.date) == ("talks", "Jeddah", "2025-06-10")
    assert got.parties[:2] == ["Ukraine", "United States"]


def test_rejection_of_this_takes_the_topic_of_the_demand_before():
    text = ("Putin demanded that Ukraine withdraw from the rest of the Donetsk region.\n"
            "Zelensky has rejected this publicly.")
    got = acts(text)
    assert [(n.kind, n.parties[0], n.topic) for n in got] == [
        ("demand", "Russia", "territory"), ("rejection", "Ukraine", "territory")]


def test_conditional_and_off_topic_refusals_are_not_acts():
    assert acts("Trump warned of sanctions if Putin refused to stop the fighting.") == []
    assert acts("Kyiv declined to extend the gas transit deal with Gazprom that expired on January 1.") == []


def test_a_setting_is_not_a_meeting_of_its_own():
    got = one("At his meeting with African leaders, Putin said he was considering the plan they had brought.")
    assert (got.kind, got.parties[:2], got.topic) == ("consideration", ["Russia", "African leaders"], "peace settlement")


def test_mentions_after_a_preposition_are_counterparts():
    text = "With the backing of France, the Ukrainian president proposed talks."
    found = [(m.party, m.governed) for m in find_mentions(text)]
    assert found == [("France", True), ("Ukraine", False)]


def test_abbreviations_are_case_sensitive():
    assert [m.party for m in find_mentions("He told us the US would join.")] == ["United States"]


def test_evidence_offsets_point_at_the_sentence():
    text = "Shelling went on overnight.\nRussia has demanded that Ukraine give up its claim to Crimea."
    got = one(text)
    assert text[got.evidence.char_start:got.evidence.char_end] == got.evidence.sentence
    assert got.evidence.sentence.startswith("Russia has demanded")


def test_non_war_report_yields_nothing():
    text = ("The striker ruled out a move abroad and said he was ready for talks with the club about a new contract. "
            "The coach declined to comment on the derby.")
    assert acts(text) == []
