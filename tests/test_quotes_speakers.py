"""Who speaks: pronouns, surnames, roles split from names, institutions, outlets, generic sources."""
from __future__ import annotations

import datetime as dt

import pytest

from parsers.document import Document
from parsers.quotes import extract_quotes

PUB = dt.date(2025, 3, 12)


def speakers(text: str):
    return [q.speaker for q in extract_quotes(Document(text, published=PUB))]


def test_pronoun_resolves_to_last_person_named():
    text = ('Defence Minister Denys Shmyhal met his British counterpart in Kyiv. '
            '"We need more interceptors before the winter," he said.')
    assert speakers(text) == ["Denys Shmyhal"]


def test_pronoun_gender_skips_the_wrong_person():
    text = ('Maria Zakharova spoke after a call between Lavrov and Fidan. '
            '"The West is not interested in peace," she said.')
    assert speakers(text) == ["Maria Zakharova"]


def test_pronoun_not_taken_from_inside_a_quote():
    text = ('Governor Vitaliy Kim said the port was hit. "Putin wants the city empty," he added.')
    assert speakers(text) == ["Vitaliy Kim", "Vitaliy Kim"]


def test_surname_resolves_to_full_name_used_earlier():
    text = ('Andriy Kovtun, a spokesman for the Dnipro military administration, described the damage. '
            '"Six floors collapsed at once," Kovtun said.')
    assert speakers(text) == ["Andriy Kovtun"]


def test_surname_alone_resolves_through_known_speakers_table():
    assert speakers('"Europe must pay for its own security," Rubio said.') == ["Marco Rubio"]


def test_role_split_from_name():
    q = extract_quotes(Document("Moscow Mayor Sergei Sobyanin said three drones were downed on the approach to the city.",
                                published=PUB))[0]
    assert (q.speaker, q.role) == ("Sergei Sobyanin", "Moscow Mayor")


def test_role_before_name_in_apposition():
    q = extract_quotes(Document("The regional governor, Oleh Kiper, said on Telegram that a port warehouse burned.",
                                published=PUB))[0]
    assert q.speaker == "Oleh Kiper"
    assert "governor" in q.role


def test_role_noun_resolves_with_nationality():
    text = ("Ukrainian President Volodymyr Zelensky met Putin's envoy's demands with silence. "
            "Later the Ukrainian leader said that no territory would be traded.")
    assert speakers(text) == ["Volodymyr Zelenskyy"]


def test_institution_spellings_share_one_name():
    for phrase in ("Russia's Defence Ministry", "The Russian Ministry of Defense", "The Moscow Defence Ministry",
                   "Russia's Defense Ministry"):
        got = speakers(f"{phrase} said 27 drones were destroyed over the Belgorod region.")
        assert got == ["Russian Defence Ministry"], phrase


def test_unqualified_ministry_follows_earlier_qualified_one():
    text = ("Ukraine's Defence Ministry confirmed the exchange. The ministry said 84 soldiers had come home.")
    assert speakers(text)[-1] == "Ukrainian Defence Ministry"


def test_media_relay_is_via_not_speaker():
    got = extract_quotes(Document("According to Reuters, Witkoff said the draft had 20 points.", published=PUB))
    assert [(q.speaker, q.via) for q in got] == [("Steve Witkoff", "Reuters")]


def test_outlet_alone_does_not_become_a_speaker():
    assert speakers("Ukrainska Pravda reported that the meeting had been moved to Geneva.") == []


def test_first_person_is_never_a_speaker():
    got = speakers('"I said that we would not sign," the minister recalled. We said that too.')
    assert "I" not in got and "We" not in got


def test_body_noun_refers_to_the_body_named_last():
    text = ("Eleven people were hurt, the Kharkiv Regional Military Administration said. "
            "Three of them are in hospital, the administration said.")
    assert speakers(text) == ["Kharkiv Regional Military Administration"] * 2


def test_ministry_of_any_topic_gets_its_country():
    assert speakers("Ukraine's Culture Ministry said 40 heritage sites were damaged in Kherson.") == [
        "Ukrainian Culture Ministry"]


def test_another_countrys_ministry_is_not_russias():
    assert speakers("Romania's defence ministry said drone debris fell near Tulcea.") == ["Romanian Defence Ministry"]


def test_specific_title_needs_a_matching_person():
    text = ("Ursula von der Leyen spoke in Brussels. Later, the regional governor said two villages lost power.")
    assert speakers(text) == [None]


# ---------------------------------------------------------------- the paragraph model (quotes/tracker.py)


def test_the_official_refers_back_to_who_spoke_last():
    text = ('"Nothing has been agreed on the venue," Kremlin spokesman Dmitry Peskov told reporters on Monday.\n\n'
            "Several states at the conference backed a freeze on the front line, the official said.")
    assert speakers(text) == ["Dmitry Peskov", "Dmitry Peskov"]


def test_a_name_set_off_after_an_unnamed_title_is_the_speaker():
    text = ('"We expect the next round to go quickly," said another member of the delegation, '
            "Leonid Slutsky, who chairs the Duma's foreign affairs committee.")
    assert speakers(text) == ["Leonid Slutsky"]


def test_a_place_in_the_title_is_not_part_of_the_name():
    text = ("Acting Mayor of Chernihiv Oleksandr Lomako said the hospital had taken in 20 wounded.\n\n"
            '"The doctors are working without a break," Lomako said.')
    assert speakers(text) == ["Oleksandr Lomako", "Oleksandr Lomako"]


def test_a_title_glued_to_a_chinese_name_and_the_family_name_first():
    text = ("Xinhua quoted Vice Premier Ding Xuexiang as saying that Beijing wanted a stable relationship.\n\n"
            "The two sides would stay in close contact, Ding said.")
    assert speakers(text) == ["Ding Xuexiang", "Ding Xuexiang"]


def test_staff_of_a_known_body_speak_for_it():
    text = "Air Force officials added that most of the drones had been jammed rather than shot down."
    assert speakers(text) == ["Ukrainian Air Force"]


@pytest.mark.parametrize("text", [
    "Nine drones were shot down over the Poltava region, its governor said.",
    '"We are ready to listen," the Kremlin spokesman said.',
])
def test_a_title_nobody_in_the_report_holds_names_nobody(text):
    assert speakers(text) in ([], [None])


@pytest.mark.parametrize("text, speaker", [
    ("Trump and Italy's government said a further round could take place in the Vatican.", "Donald Trump"),
    ("Kyiv has again broken the moratorium on energy strikes, the Defense Ministry in Moscow said.",
     "Russian Defence Ministry"),
    ("Three airmen were killed at the base, as per Defence Ministry.", "Russian Defence Ministry"),
    ("Alexander Gusev, the governor of the Voronezh region, which lies on the border with Ukraine, said falling "
     "fragments had started a fire in a garage.", "Alexander Gusev"),
    ("Kremlin Sees No Quick Deal, Awaits Response To Proposals\n\nKremlin said on Tuesday that the talks were "
     "extremely complex.", "Kremlin"),
])
def test_names_the_base_reading_gets_half_right(text, speaker):
    assert speakers(text) == [speaker]


def test_a_bare_weekday_after_the_cue_dates_the_statement_and_is_not_said():
    q = extract_quotes(Document("The Kremlin said Tuesday that the talks were complex.", published=PUB))[0]
    assert (q.text, q.date) == ("the talks were complex", "2025-03-11")


def test_the_regional_administration_is_that_of_the_region_just_told_about():
    text = ("Over the past day, Russian drones and artillery hit 29 settlements in the Kherson region, "
            "the regional administration said.")
    assert speakers(text) == ["Kherson regional administration"]


@pytest.mark.parametrize("text", [
    "Earlier, the Baza Telegram channel said fuel was ablaze in two reservoirs at the site.",
    "A source at Ukraine's air command told the BBC that the strike had used Storm Shadow missiles.",
    "Two officials in the State Department said the draft was still being edited.",
])
def test_media_and_unnamed_sources_inside_a_body_are_no_speakers(text):
    assert speakers(text) == []


def test_people_quoted_by_first_name_or_described_by_age():
    text = ("Regional governor Serhiy Lysak said the attack hit a dormitory. Local resident Nina described the "
            'moment the missile struck.\n\n"We heard a whistle, and then the windows flew in," she told Suspilne.\n\n'
            "Another resident, Roman, told Suspilne that flying glass had cut his son's arm.\n\n"
            "Pyotr Sadovsky was fixing his fence when the shell hit the next yard.\n"
            '"I was thrown to the ground," the 64-year-old told AFP.')
    assert speakers(text) == ["Serhiy Lysak", "Nina", "Roman", "Pyotr Sadovsky"]


def test_an_unknown_name_with_a_surname_of_the_region_is_a_person():
    assert speakers("The road into the city has been closed, district head Yevgeniya Khrustaleva said.") == [
        "Yevgeniya Khrustaleva"]


def test_another_speaker_after_while_ends_the_first_statement():
    got = extract_quotes(Document("Zelensky said contacts were continuing, while the Kremlin said Moscow had "
                                  "received no formal proposal.", published=PUB))
    assert [(q.speaker, q.text) for q in got] == [
        ("Volodymyr Zelenskyy", "contacts were continuing"),
        ("Kremlin", "Moscow had received no formal proposal")]


def test_a_pronoun_takes_the_one_person_its_own_sentence_names():
    text = ('"Six missiles were downed," said air force spokesman Yuriy Ihnat.\n\n'
            "The Kinzhal was among the arms President Vladimir Putin showed off in 2018, when he claimed "
            "that no air defence could stop it.")
    assert speakers(text) == ["Yuriy Ihnat", "Vladimir Putin"]


def test_the_officials_and_the_source_refer_to_nobody_named():
    text = ("Kremlin spokesman Dmitry Peskov said the talks would go on. A nine-storey building in Odesa was hit, "
            "the officials said.")
    assert speakers(text) == ["Dmitry Peskov"]


def test_a_country_saying_something_under_a_participle_is_no_quote():
    assert speakers("Kyiv has said its strikes on border regions target supply lines, noting that the damage "
                    "is far smaller than Russia inflicts.") == []


def test_a_body_referred_back_to_by_its_kind():
    text = ("A missile hit the cathedral in central Odesa overnight. \u201cChurch relics were damaged, and an old icon "
            "had to be carried out of the ruins,\u201d reported the city\u2019s administration.\n\n"
            "The U.S. Embassy in Kyiv said the attack undermined calls for peace.\n"
            "\u201cStriking a cathedral does nothing for the peace effort,\u201d the embassy posted on X.\n\n"
            "A drone was downed over the Engels airfield, claims the Russian Defence Ministry.\n\n"
            "Two servicemen died but no planes were hit, the agency says.")
    assert speakers(text)[:3] == ["Odesa city administration", "U.S. Embassy in Kyiv", "U.S. Embassy in Kyiv"]
    assert speakers(text)[-1] == "Russian Defence Ministry"


def test_a_title_of_a_place_in_the_lead_is_the_one_named_later_with_it():
    text = ("Five civilians died when Russian shells hit Pokrovsk, the governor of the Donetsk region said on "
            "Monday.\n\nShells damaged houses and a clinic, Donetsk regional governor Vadym Filashkin wrote "
            "on Telegram.")
    assert speakers(text) == ["Vadym Filashkin", "Vadym Filashkin"]


@pytest.mark.parametrize("text, speaker", [
    ("A drone was downed over the Engels airfield, claims the country\u2019s Defence Ministry.",
     "Russian Defence Ministry"),
    ("The United Kingdom Maritime Trade Operations (UKMTO) reported on Tuesday that a bulk carrier's crew had "
     "left the ship.",
     "United Kingdom Maritime Trade Operations (UKMTO)"),
])
def test_bodies_written_without_their_country_or_with_operations(text, speaker):
    assert speakers(text) == [speaker]
