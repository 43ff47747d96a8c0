"""Reported speech without quote marks, and with quoted fragments inside."""
from __future__ import annotations

import datetime as dt

import pytest

from parsers.document import Document
from parsers.quotes import extract_quotes

PUB = dt.date(2025, 6, 4)


def quotes(text: str):
    return extract_quotes(Document(text, published=PUB))


@pytest.mark.parametrize("verb", ["said", "added", "noted", "stressed", "warned", "claimed", "acknowledged",
                                  "insisted"])
def test_speaker_verb_that_clause(verb):
    got = quotes(f"Peskov {verb} that the Kremlin had not received any written proposal.")
    assert len(got) == 1
    assert got[0].kind == "indirect"
    assert got[0].speaker == "Dmitry Peskov"
    assert got[0].cue == verb
    assert got[0].text == "the Kremlin had not received any written proposal"


def test_said_without_that():
    got = quotes("Rubio said the United States would not set a deadline for the talks.")
    assert [(q.speaker, q.text) for q in got] == [
        ("Marco Rubio", "the United States would not set a deadline for the talks")]


def test_according_to_before_and_after():
    got = quotes("According to the Ministry of Defence of Russia, 41 drones were shot down over Bryansk. "
                 "Two people were hurt in Kursk, according to regional governor Alexander Khinshtein.")
    assert [(q.speaker, q.text) for q in got] == [
        ("Russian Defence Ministry", "41 drones were shot down over Bryansk"),
        ("Alexander Khinshtein", "Two people were hurt in Kursk"),
    ]


def test_told_audience_that():
    got = quotes("Sybiha told reporters in Brussels that Kyiv expected new Patriot systems by autumn.")
    assert got[0].speaker == "Andrii Sybiha"
    assert got[0].text == "Kyiv expected new Patriot systems by autumn"


def test_quoted_fragment_inside_indirect_speech():
    got = quotes('Zelenskyy said Ukraine was "open to every format of talks" that could end the shelling.')
    assert len(got) == 1
    q = got[0]
    assert q.speaker == "Volodymyr Zelenskyy"
    assert q.kind == "indirect"
    assert "open to every format of talks" in q.text and q.text.startswith("Ukraine was")


def test_speaker_after_clause():
    got = quotes("Russian forces shelled the Nikopol district 14 times overnight, Governor Serhiy Lysak said.")
    assert [(q.speaker, q.text) for q in got] == [
        ("Serhiy Lysak", "Russian forces shelled the Nikopol district 14 times overnight")]


def test_participle_continues_the_speaker():
    got = quotes('Macron rejected the proposal on Tuesday, saying: "Europe will not negotiate over Ukraine\'s '
                 'head."')
    assert [q.speaker for q in got] == ["Emmanuel Macron"]
    assert got[0].kind == "direct"


def test_coordinated_verb_takes_the_subject():
    got = quotes("Ushakov declined to name a date and said that the next round would be held in Istanbul.")
    assert [(q.speaker, q.text) for q in got] == [
        ("Yuri Ushakov", "the next round would be held in Istanbul")]


def test_second_coordinated_statement_is_its_own_quote():
    got = quotes("Sybiha said Kyiv had sent its list of prisoners, and added that Moscow had not yet replied.")
    assert [(q.speaker, q.text) for q in got] == [
        ("Andrii Sybiha", "Kyiv had sent its list of prisoners"),
        ("Andrii Sybiha", "Moscow had not yet replied"),
    ]


def test_interview_transcript_labels():
    text = ("Q: Will the delegation travel to Geneva?\n\n"
            "Yermak: Only if the other side brings people who can decide. Otherwise it is theatre.")
    got = quotes(text)
    assert [(q.speaker, q.kind) for q in got] == [("Andriy Yermak", "direct")]
    assert got[0].text.startswith("Only if the other side")


@pytest.mark.parametrize("text", [
    "Moscow says it will not accept foreign troops in Ukraine under any flag.",
    "Russia said on Tuesday it would scale back operations near the capital.",
    "Kyiv claims the strikes hit only military targets.",
])
def test_a_country_or_capital_stating_a_position_is_no_quote(text):
    # guideline §4: a capital standing for its government is no speaker
    assert quotes(text) == []


def test_noun_cue_is_not_a_verb():
    assert quotes("Zelensky's comments came hours after the attack on the port.") == []
    assert quotes("He made the announcement in a Telegram post about the port.") == []


def test_place_as_speaker_is_not_logged():
    assert quotes("Moscow has repeatedly said it is open to talks.") == []


# ---------------------------------------------------------------- less common shapes of reported speech


@pytest.mark.parametrize("text, speaker, words", [
    ("The Russian Defence Ministry initially said only one crew member had died.", "Russian Defence Ministry",
     "only one crew member had died"),
    ("Putin has long complained that the export side of the deal was never honoured.", "Vladimir Putin",
     "the export side of the deal"),
    ("Klymenko reported at 14:05 that emergency crews had pulled four bodies from the debris.", "Ihor Klymenko",
     "emergency crews had pulled four bodies"),
    ("According to information from Taburets, three people were killed in Uman.", "Ihor Taburets",
     "three people were killed in Uman"),
])
def test_adverbs_clock_times_and_sources_of_information(text, speaker, words):
    got = quotes(text)
    assert [(q.speaker, q.text[:len(words)]) for q in got] == [(speaker, words)]


def test_a_quote_label_line_names_the_speaker():
    text = ("Source: Sybiha on X\n\n"
            'Quote: "Russia has turned down every proposal for a full ceasefire since March."\n\n'
            'Quote from Klymenko: "Four people were killed in Uman. Rescuers are still at work."')
    assert [(q.speaker, q.rule) for q in quotes(text)] == [("Andrii Sybiha", "label"), ("Ihor Klymenko", "label")]


# ---------------------------------------------------------------- a second speech verb is a second quote (§4)


@pytest.mark.parametrize("text, second", [
    ("Peskov said the talks were complex, adding that Moscow was waiting for Kyiv's reply.",
     "Moscow was waiting for Kyiv's reply"),
    ("Peskov told reporters the date had not been set, while adding that contacts with Kyiv would go on.",
     "contacts with Kyiv would go on"),
    ("Zelensky said the strike killed nine people, also noting that two of them were children.",
     "two of them were children"),
    ("Lavrov said Russia was open to talks but warned that it would not accept a freeze.",
     "it would not accept a freeze"),
])
def test_a_second_speech_verb_is_a_second_quote(text, second):
    got = quotes(text)
    assert len(got) == 2 and got[0].speaker == got[1].speaker and got[1].text == second


@pytest.mark.parametrize("text, speaker, words", [
    ("Mayor Vyacheslav Chaus urged townspeople to donate blood because of the shortage.", "Vyacheslav Chaus",
     "townspeople to donate blood"),
    ("Starmer urged Putin on Sunday to accept a full truce without preconditions.", "Keir Starmer",
     "Putin on Sunday to accept"),
    ("Russia's foreign ministry called for a Security Council meeting to discuss the attack.",
     "Russian Foreign Ministry", "a Security Council meeting"),
    ("The Russian Defence Ministry confirmed its troops had hit gas infrastructure in Ukraine during the night.",
     "Russian Defence Ministry", "its troops had hit"),
])
def test_appeals_and_confirmations_are_statements(text, speaker, words):
    got = quotes(text)
    assert [(q.speaker, q.text[:len(words)]) for q in got] == [(speaker, words)]


@pytest.mark.parametrize("text", [
    "Putin called Trump on Monday.",
    "Zelensky confirmed the meeting with Trump on Friday in Rome.",
    "Zelensky urged calm.",
])
def test_a_phone_call_or_a_confirmed_event_is_no_statement(text):
    assert quotes(text) == []


@pytest.mark.parametrize("text, speaker, words", [
    ("Witkoff expressed confidence that Putin had no plans to attack Europe.", "Steve Witkoff",
     "Putin had no plans to attack Europe"),
    ("Erdogan, speaking before the talks began, expressed hope that they would lead to a meeting of the presidents.",
     "Recep Tayyip Erdogan", "they would lead to a meeting"),
    ("Serhiy Popko said early on Sunday on the Telegram messaging app that fragments of a downed drone had landed in the Obolonskyi district.",
     "Serhiy Popko", "fragments of a downed drone"),
])
def test_a_stance_expressed_and_an_app_named_before_the_clause(text, speaker, words):
    got = quotes(text)
    assert [(q.speaker, q.text[:len(words)]) for q in got] == [(speaker, words)]


@pytest.mark.parametrize("text, speaker, words, kind", [
    ("Ukraine brushed the proposal aside, with President Volodymyr Zelensky calling the pause \u201cpure theatre.\u201d",
     "Volodymyr Zelenskyy", "pure theatre", "direct"),
    ("Putin praised the delegation's \"balanced\" approach to the war.", "Vladimir Putin", "balanced", "direct"),
    ("Putin declared a three-day pause in April, stating it was a gesture of goodwill.", "Vladimir Putin",
     "it was a gesture of goodwill", "indirect"),
])
def test_partial_quotes_and_participles_of_less_common_verbs(text, speaker, words, kind):
    got = quotes(text)
    assert [(q.speaker, q.text[:len(words)], q.kind) for q in got] == [(speaker, words, kind)]


def test_praise_without_words_is_no_quote():
    assert quotes("Zelensky praised the soldiers who held the line near Pokrovsk.") == []


@pytest.mark.parametrize("text, speaker, words", [
    ("Roman Busargin, the region's governor, said on his Telegram on Sunday that investigators were checking the site.",
     "Roman Busargin", "investigators were checking the site"),
    ("Putin dismissed statements that Russia was blocking grain in Ukrainian ports.", "Vladimir Putin",
     "statements that Russia was blocking grain"),
    ("Governor Vasily Golubev said fuel was burning at a storage site, confirming media reports that three reservoirs had caught fire.",
     "Vasily Golubev", "media reports that three reservoirs"),
])
def test_claims_dismissed_or_confirmed_and_a_post_on_his_telegram(text, speaker, words):
    got = quotes(text)
    assert (got[-1].speaker, got[-1].text[:len(words)]) == (speaker, words)


def test_a_denial_with_no_clause_is_no_quote():
    assert quotes("Zelensky denied the claim.") == []
