"""Genre attribution: how wire copy, governors' posts, ministry statements and interviews
name (or deliberately do not name) who is speaking.

Every sentence here was written for the test in the style of such reports.
"""
from __future__ import annotations

import datetime as dt

import pytest

from parsers.document import Document
from parsers.quotes import extract_quotes

PUB = dt.date(2025, 6, 4)


def quotes(text: str):
    return extract_quotes(Document(text, published=PUB))


# ---------------------------------------------------------------- unnamed spokespeople


@pytest.mark.parametrize("text, speaker", [
    ("Peskov told reporters that the Kremlin was studying the plan. The spokesman added that contacts would continue.",
     "Dmitry Peskov"),
    ("Maria Zakharova said Kyiv was stalling. The spokeswoman added that Moscow would respond.", "Maria Zakharova"),
    ("Zelensky's spokesman Serhiy Nykyforov said the president would travel to Turkey. "
     "The spokesman said the trip was confirmed.", "Serhiy Nykyforov"),
])
def test_the_spokesperson_is_the_one_named_before(text, speaker):
    assert [q.speaker for q in quotes(text)] == [speaker, speaker]


@pytest.mark.parametrize("text", [
    '"We are ready to listen," a Kremlin spokesman said.',
    "The Kremlin spokesman said the meeting had been useful.",
    "A ministry spokeswoman said the convoy had crossed the border.",
])
def test_an_unnamed_spokesperson_is_nobody_and_never_the_body(text):
    # guideline §4: a statement with no one named is not logged, and the body is not the speaker
    assert quotes(text) == []


# ---------------------------------------------------------------- a title, then the name in commas


@pytest.mark.parametrize("text, speaker, words", [
    ("According to the governor, Vyacheslav Gladkov, three civilians were wounded.", "Vyacheslav Gladkov",
     "three civilians were wounded"),
    ("According to the mayor, Ihor Terekhov, the tram depot was damaged.", "Ihor Terekhov",
     "the tram depot was damaged"),
    ('"Two drones were downed over the district," said the regional governor, Ivan Fedorov.', "Ivan Fedorov",
     "Two drones were downed"),
])
def test_a_title_then_the_name_set_off_by_commas_names_the_speaker(text, speaker, words):
    got = quotes(text)
    assert [(q.speaker, q.text[:len(words)]) for q in got] == [(speaker, words)]


def test_a_title_then_a_place_is_no_name():
    got = quotes("According to the governor, Kharkiv Oblast was hit by five missiles.")
    assert [q.speaker for q in got] == [None]


# ---------------------------------------------------------------- interview transcripts


def test_answers_in_a_question_and_answer_transcript_are_the_interviewees():
    text = ("Foreign Minister Andrii Sybiha gave an interview to the newspaper in Kyiv. Here is the transcript.\n\n"
            "Q: Is a ceasefire possible this year?\n\n"
            "A: It is possible if Russia stops shelling our cities.\n\n"
            "Q: Did Vladimir Putin answer the American proposal?\n\n"
            "A: Putin answers every proposal with more missiles. We will keep talking to our partners.")
    got = quotes(text)
    assert [(q.speaker, q.kind, q.text[:18]) for q in got] == [
        ("Andrii Sybiha", "direct", "It is possible if "), ("Andrii Sybiha", "direct", "Putin answers ever")]


def test_answer_label_without_questions_is_not_a_transcript():
    assert quotes("Zelensky met the envoy on Monday.\n\nA: the first point of the plan is a ceasefire.") == []


def test_a_speaker_label_may_note_the_language_spoken():
    text = ("Kremlin spokesman Dmitry Peskov spoke to the channel on Monday.\n\n"
            "HOST: Will the talks continue?\n\n"
            "PESKOV (RUSSIAN): Of course they will continue, but there is no date yet.")
    got = quotes(text)
    assert [(q.speaker, q.text[:16]) for q in got] == [("Dmitry Peskov", "Of course they w")]


# ---------------------------------------------------------------- a ministry written in lower case


@pytest.mark.parametrize("text, speaker", [
    ('The Ukrainian foreign ministry condemned the attack. "This is terrorism," it said in a statement.',
     "Ukrainian Foreign Ministry"),
    ("Russia's defence ministry published a video of the launch. It said the missiles had hit military airfields.",
     "Russian Defence Ministry"),
    ('Ukraine\'s foreign ministry summoned the envoy. The ministry said the strike was a "gross violation" of law.',
     "Ukrainian Foreign Ministry"),
])
def test_it_and_the_ministry_refer_back_to_a_ministry_written_in_lower_case(text, speaker):
    assert [q.speaker for q in quotes(text)] == [speaker]


# ---------------------------------------------------------------- "according to him"


@pytest.mark.parametrize("text, speaker, words", [
    ("Ushakov said the leaders had agreed to stay in touch. According to him, the conversation was frank and long.",
     "Yuri Ushakov", "the conversation was frank"),
    ("Zakharova spoke at her weekly briefing. According to her, Kyiv had turned down every proposal.",
     "Maria Zakharova", "Kyiv had turned down"),
    ("Peskov spoke to reporters on Monday. The contacts had been useful, according to him.",
     "Dmitry Peskov", "The contacts had been useful"),
])
def test_according_to_him_refers_back_like_he_said(text, speaker, words):
    got = [q for q in quotes(text) if q.cue == "according to"]
    assert [(q.speaker, q.text[:len(words)]) for q in got] == [(speaker, words)]


# ---------------------------------------------------------------- "according to a statement from X"


@pytest.mark.parametrize("text, speaker, medium, words", [
    ("According to a statement from the Russian Defence Ministry, 30 drones were destroyed overnight.",
     "Russian Defence Ministry", "statement", "30 drones were destroyed"),
    ("Thirty drones were destroyed overnight, according to a statement by the Russian Defence Ministry.",
     "Russian Defence Ministry", "statement", "Thirty drones were destroyed"),
    ("According to the latest figures from Ukraine's air force, 45 of the 60 drones were shot down.",
     "Ukrainian Air Force", None, "45 of the 60 drones"),
    ("According to a Telegram post by regional governor Ivan Fedorov, two people were injured.",
     "Ivan Fedorov", "Telegram", "two people were injured"),
])
def test_according_to_a_document_from_a_body_is_that_bodys_statement(text, speaker, medium, words):
    got = quotes(text)
    assert [(q.speaker, q.medium, q.text[:len(words)]) for q in got] == [(speaker, medium, words)]


# ---------------------------------------------------------------- "Title Name: words" labels


@pytest.mark.parametrize("text, speaker", [
    ('Kharkiv Mayor Ihor Terekhov: "Three strikes hit the city centre."', "Ihor Terekhov"),
    ('Ukrainian President Volodymyr Zelensky: "We will never recognise the occupation."', "Volodymyr Zelenskyy"),
])
def test_a_titled_name_before_a_colon_is_the_speaker(text, speaker):
    assert [q.speaker for q in quotes(text)] == [speaker]


@pytest.mark.parametrize("text", [
    "Key Points: The talks in Istanbul ended without any result.",
    "Fact Box: Russia has launched more than 500 drones this week.",
])
def test_page_furniture_before_a_colon_is_no_speaker(text):
    assert quotes(text) == []


# ---------------------------------------------------------------- "X wrote on Telegram." then the post


@pytest.mark.parametrize("text, speaker, medium, date", [
    ('Governor Oleh Syniehubov wrote on Telegram. "The enemy struck a residential building in the city centre."',
     "Oleh Syniehubov", "Telegram", None),
    ('Regional governor Ivan Fedorov wrote on Telegram on Tuesday.\n\n'
     '"Russian troops shelled the district 40 times. Two people were wounded."', "Ivan Fedorov", "Telegram",
     "2025-06-03"),
])
def test_a_sentence_announcing_a_speaker_attributes_the_quotation_after_it(text, speaker, medium, date):
    got = quotes(text)
    assert [(q.speaker, q.kind, q.medium, q.date) for q in got] == [(speaker, "direct", medium, date)]


def test_an_announcement_does_not_take_a_quotation_someone_else_is_credited_with():
    got = quotes('Zelensky spoke on Monday. "We need more air defence for our cities," Sybiha wrote.')
    assert [q.speaker for q in got] == ["Andrii Sybiha"]


# ---------------------------------------------------------------- a body's press service


@pytest.mark.parametrize("text, speaker", [
    ("The press service of the Ukrainian Navy said a Russian ship had been hit near Novorossiysk.", "Ukrainian Navy"),
    ("The press service of the Dnipro city council said a tram line had been damaged.", "Dnipro City Council"),
])
def test_a_press_service_speaks_for_its_body(text, speaker):
    assert [q.speaker for q in quotes(text)] == [speaker]


# ---------------------------------------------------------------- an outlet citing its source


@pytest.mark.parametrize("text, speaker, via, words", [
    ("Interfax reported, citing regional governor Vyacheslav Gladkov, that a drone had hit a car.",
     "Vyacheslav Gladkov", "Interfax", "a drone had hit a car"),
    ("The Kyiv Independent reported that three people had been killed, citing Mayor Ihor Terekhov.",
     "Ihor Terekhov", "Kyiv Independent", "three people had been killed"),
])
def test_an_outlet_citing_a_source_relays_the_sources_words(text, speaker, via, words):
    got = quotes(text)
    assert [(q.speaker, q.via, q.text) for q in got] == [(speaker, via, words)]


@pytest.mark.parametrize("text", [
    "Reuters reported, citing two sources, that the talks would resume in June.",
    "The Kyiv Independent reported that three people had been killed, citing the city's military administration.",
])
def test_an_outlet_citing_nobody_named_logs_no_quote(text):
    assert quotes(text) == []


# ---------------------------------------------------------------- asides between the cue and the words


@pytest.mark.parametrize("text, speaker, words", [
    ("Putin noted, however, that Russia would respond to any aggression.", "Vladimir Putin", "Russia would respond"),
    ("The Russian Defence Ministry said on its website that 20 drones were destroyed.", "Russian Defence Ministry",
     "20 drones were destroyed"),
])
def test_an_aside_between_the_cue_and_that_is_skipped(text, speaker, words):
    got = quotes(text)
    assert [(q.speaker, q.text[:len(words)]) for q in got] == [(speaker, words)]


# ---------------------------------------------------------------- "was quoted as saying by"


def test_quoted_as_saying_by_an_outlet_after_the_words():
    got = quotes('"We will respond to any provocation," Shoigu was quoted as saying by RIA Novosti.')
    assert [(q.speaker, q.kind, q.via) for q in got] == [("Sergei Shoigu", "direct", "RIA Novosti")]


def test_quoted_him_as_saying_refers_back_to_the_person_named():
    got = quotes("Lukashenko's press service quoted him as saying that Belarus would not join the war.")
    assert [(q.speaker, q.text) for q in got] == [("Alexander Lukashenko", "Belarus would not join the war")]


def test_a_platform_named_between_cue_and_that_is_an_aside():
    got = quotes('Trump wrote on his Truth Social platform that Putin "wants to make a deal" soon.')
    assert [(q.speaker, q.medium) for q in got] == [("Donald Trump", "Truth Social")]


def test_a_post_set_as_its_own_paragraph_after_a_colon_is_the_announced_speakers():
    text = ("Belgorod governor Vyacheslav Gladkov wrote on Telegram:\n\n"
            '"The village of Shebekino came under fire again. A man was wounded.\n\n'
            'Emergency services are working at the site."')
    got = quotes(text)
    assert [(q.speaker, q.kind, q.medium, q.text[:24]) for q in got] == [
        ("Vyacheslav Gladkov", "direct", "Telegram", "The village of Shebekino")]


# ---------------------------------------------------------------- a quotation, then "X said." as its own sentence


@pytest.mark.parametrize("text, speaker, medium, date", [
    ('"Explosions in the capital. Stay in shelters!" Klitschko wrote on Telegram.', "Vitali Klitschko", "Telegram",
     None),
    ('"We are ready to talk to anyone who wants peace." Zelensky said on Monday.', "Volodymyr Zelenskyy", None,
     "2025-06-02"),
])
def test_an_attribution_sentence_after_a_closed_quotation_names_its_speaker(text, speaker, medium, date):
    got = quotes(text)
    assert [(q.speaker, q.kind, q.medium, q.date) for q in got] == [(speaker, "direct", medium, date)]


def test_a_next_sentence_with_words_of_its_own_does_not_take_the_quotation():
    got = quotes('"We are ready to talk to anyone who wants peace." Zelensky said on Monday that talks were possible.')
    assert [(q.speaker, q.kind) for q in got] == [(None, "direct"), ("Volodymyr Zelenskyy", "indirect")]


# ---------------------------------------------------------------- "described X as 'Y'"


@pytest.mark.parametrize("text, speaker, words", [
    ('Peskov described the strike as a "terrorist attack".', "Dmitry Peskov", "terrorist attack"),
    ('The Kremlin described the strike as a "terrorist attack".', "Kremlin", "terrorist attack"),
    ('Putin condemned what he described as "a provocation" by Kyiv.', "Vladimir Putin", "a provocation"),
])
def test_described_as_a_quoted_phrase_is_a_partial_quote(text, speaker, words):
    got = quotes(text)
    assert [(q.speaker, q.kind, q.text) for q in got] == [(speaker, "direct", words)]


def test_described_with_no_quotation_is_no_quote():
    assert quotes("Zelensky described the situation at the front as difficult.") == []


def test_an_announced_quotation_over_several_paragraphs_is_the_announced_speakers():
    text = ("In his nightly video address, President Volodymyr Zelenskiy said:\n\n"
            '"Every city that was hit tonight will be rebuilt. Every family will get help.\n\n'
            '"And everyone who gave the order will answer for it."\n\n'
            "Rescuers worked through the night.")
    got = quotes(text)
    assert [(q.speaker, q.medium, q.text[:20]) for q in got] == [
        ("Volodymyr Zelenskyy", "video address", "Every city that was ")]


def test_the_same_speaker_writing_again_after_a_post_continues_that_post():
    text = ("Two people were hurt in the attack, Fedorov said on Telegram.\n\n"
            '"The enemy struck in the middle of the day, when the market was full," Fedorov wrote.')
    got = quotes(text)
    assert [(q.speaker, q.medium) for q in got] == [("Ivan Fedorov", "Telegram"), ("Ivan Fedorov", "Telegram")]


def test_the_same_speaker_saying_something_later_is_not_that_post():
    text = ("Two people were hurt in the attack, Fedorov said on Telegram.\n\n"
            '"We will rebuild every house in the district," Fedorov said.')
    got = quotes(text)
    assert [(q.speaker, q.medium) for q in got] == [("Ivan Fedorov", "Telegram"), ("Ivan Fedorov", None)]


def test_told_after_a_relative_clause_is_never_inverted():
    # the speaker is the unnamed spokesman (so no quote), never the channel told
    assert quotes("A spokesman for the eastern group of forces, which covers the area, told a Ukrainian television "
                  "channel that the army did not fire at civilians.") == []


@pytest.mark.parametrize("text, speaker, medium, via, words", [
    ("Sergei Ryabkov said in comments carried by TASS that the new treaty was not on the agenda.", "Sergei Ryabkov",
     None, "TASS", "the new treaty was not"),
    ("Lavrov said in remarks broadcast on state television that the West wanted war.", "Sergei Lavrov",
     "state television", None, "the West wanted war"),
    ("The Russian Defence Ministry said in a statement published on its website that 20 drones were destroyed.",
     "Russian Defence Ministry", "statement", None, "20 drones were destroyed"),
])
def test_remarks_carried_or_broadcast_by_a_relay_are_skipped_before_that(text, speaker, medium, via, words):
    got = quotes(text)
    assert [(q.speaker, q.medium, q.via, q.text[:len(words)]) for q in got] == [(speaker, medium, via, words)]


# ---------------------------------------------------------------- a body cited as the source, in lower case


@pytest.mark.parametrize("text, speaker", [
    ("Four people were hurt when debris fell on a warehouse, according to Ukrainian emergency services.",
     "Ukrainian emergency services"),
    ("According to Ukraine's emergency services, the fire at the depot burned until dawn.",
     "Ukrainian emergency services"),
    ("Firefighters contained the blaze by morning, according to Russian emergency services.",
     "Russian emergency services"),
    ("Sixteen drones were brought down over the border districts, according to Russia's defence ministry.",
     "Russian Defence Ministry"),
    ("A school and two shops were damaged, according to the Sumy regional military administration.",
     "Sumy Regional Military Administration"),
    ("Power was cut to a district of the capital, according to the Kyiv city military administration.",
     "Kyiv City Military Administration"),
    ("Ukraine's national police said an investigation into the strike had been opened.",
     "Ukrainian national police"),
    ("Poland's defence ministry said no aircraft had entered its airspace during the night.",
     "Polish Defence Ministry"),
    ("The Defence Ministry of Ukraine said the first interceptor drones had reached the brigades.",
     "Ukrainian Defence Ministry"),
])
def test_a_body_cited_in_lower_case_is_named_in_full(text, speaker):
    assert [q.speaker for q in quotes(text)] == [speaker]


def test_the_regional_administration_refers_back_to_the_one_named():
    text = ("The Chernihiv Regional Military Administration reported a drone attack on a grain elevator. "
            "According to the regional administration, nobody was hurt.")
    assert [q.speaker for q in quotes(text)][-1] == "Chernihiv Regional Military Administration"


@pytest.mark.parametrize("text", [
    "According to the regional administration, two barns burned down overnight.",  # no administration named
    "According to the police, the driver fled the scene.",
    "The regional police said the driver had been detained.",
    "Emergency services said the fire had been put out by noon.",
    "According to the emergency services, the fire had been put out by noon.",
])
def test_an_unqualified_body_with_none_named_before_is_nobody(text):
    assert quotes(text) == []


# ---------------------------------------------------------------- wire copy names well-known people by surname alone


@pytest.mark.parametrize("text, speaker", [
    ("Peskov told a daily briefing that no date for the next round had been agreed.", "Dmitry Peskov"),
    ("Driscoll told reporters after the session that the sides had narrowed their differences.", "Dan Driscoll"),
    ("Kyslytsya said the Ukrainian side had handed over a list of names for the exchange.", "Serhiy Kyslytsya"),
    ("Ryabkov warned that Moscow saw no grounds for an early deal.", "Sergei Ryabkov"),
    ("Sikorski said Warsaw would answer any new incursion of its airspace.", "Radoslaw Sikorski"),
    ("Wadephul said Berlin would keep up its deliveries of air defence systems.", "Johann Wadephul"),
    ("Hnatov said the defence lines east of the city were holding.", "Andrii Hnatov"),
    ("Kostyukov led the delegation and said Moscow's position had not changed.", "Igor Kostyukov"),
])
def test_a_well_known_surname_alone_is_the_person(text, speaker):
    assert [q.speaker for q in quotes(text)] == [speaker]


def test_a_surname_the_report_gave_in_full_is_that_person_not_the_tables():
    # the table's "Fedorov" is the Zaporizhzhia governor; this report names somebody else
    text = ("Defence Minister Mykhailo Fedorov said the army would receive more interceptor drones this month. "
            "Fedorov said the first contracts had been signed.")
    assert [q.speaker for q in quotes(text)] == ["Mykhailo Fedorov", "Mykhailo Fedorov"]


def test_another_first_name_with_a_known_surname_is_another_person():
    got = quotes("Anna Cooper, a teacher in the town, said the school roof had collapsed.")
    assert [q.speaker for q in got] == ["Anna Cooper"]


# ---------------------------------------------------------------- the words first, credited in a sentence of their own


@pytest.mark.parametrize("text, speaker, medium, words", [
    ("The Russian negotiators are already in the city and are waiting for the other side. "
     "This was announced by Kremlin spokesman Dmitry Peskov.", "Dmitry Peskov", None, "The Russian negotiators are"),
    ("Three rescuers were hurt when a second drone hit the burning warehouse. "
     "This was reported by the State Emergency Service on Telegram.", "State Emergency Service", "Telegram",
     "Three rescuers were hurt"),
    ("The next round will be held after the exchange is completed. This was announced on Telegram by the head "
     "of the Ukrainian delegation, Rustem Umerov.", "Rustem Umerov", "Telegram", "The next round will be"),
    ("Moscow is ready for contacts at any level. Lavrov said this at a news conference after the talks.",
     "Sergei Lavrov", "press conference", "Moscow is ready for"),
    ('"The enemy struck the port again overnight." This was stated by the head of the regional military '
     'administration, Oleh Kiper, on Telegram.', "Oleh Kiper", "Telegram", "The enemy struck the port"),
    ("The presidents spoke for an hour and a half about the prisoner swap. The corresponding statement was made by "
     "presidential aide Yuri Ushakov.", "Yuri Ushakov", None, "The presidents spoke for"),
])
def test_a_sentence_crediting_the_one_before_names_its_speaker(text, speaker, medium, words):
    got = quotes(text)
    assert [(q.speaker, q.medium, q.text[:len(words)]) for q in got] == [(speaker, medium, words)]


@pytest.mark.parametrize("text", [
    "The convoy reached the city at noon. Peskov said this week that the Kremlin had no comment.",
    "The convoy reached the city at noon. He said this was the last convoy of the year.",
    "The convoy reached the city at noon. It was reported by Reuters.",
    "The convoy reached the city at noon. This was the third convoy this month.",
])
def test_this_that_is_not_a_credit_takes_no_sentence_before(text):
    assert all(not q.text.startswith("The convoy") for q in quotes(text))


def test_credited_to_a_title_and_then_the_name_in_commas():
    text = ("Kyiv will open talks only once it holds firm guarantees. This was stated by the country's leader, "
            "Volodymyr Zelensky, in an interview with an American podcaster.")
    assert [(q.speaker, q.medium) for q in quotes(text)] == [("Volodymyr Zelenskyy", "interview")]


@pytest.mark.parametrize("text, speaker", [
    ("President Volodymyr Zelensky visited troops near the front. The head of state explained that the new "
     "package had already been agreed with Washington.", "Volodymyr Zelenskyy"),
    ("Russian President Vladimir Putin chaired a security council meeting. According to the head of state, "
     "the offensive was going to plan.", "Vladimir Putin"),
    ("President Volodymyr Zelensky gave a long interview on Sunday. The Ukrainian president concluded that a "
     "truce without guarantees would only help Moscow.", "Volodymyr Zelenskyy"),
])
def test_the_head_of_state_and_concluded_that_refer_to_the_president_named(text, speaker):
    assert [q.speaker for q in quotes(text)] == [speaker]


def test_concluded_without_that_reports_nothing():
    assert quotes("The investigators concluded the inspection of the site on Monday.") == []


def test_the_words_were_those_of_credits_the_quotation_before_over_the_last_speaker():
    text = ('Commission President Ursula von der Leyen said Europe would insist on firm guarantees. '
            '"Ukraine must choose its own future," she said.\n\n'
            '"Nobody will force Ukraine to surrender." The words were those of German Chancellor Friedrich Merz, '
            'speaking in the Bundestag on Monday.')
    got = quotes(text)
    assert [(q.speaker, q.text[:12]) for q in got] == [
        ("Ursula von der Leyen", "Europe would"), ("Ursula von der Leyen", "Ukraine must"),
        ("Friedrich Merz", "Nobody will ")]


def test_the_words_of_a_song_credit_nobody():
    text = "The choir sang the anthem at the memorial. The words of the song were written in 1991."
    assert quotes(text) == []


# ---------------------------------------------------------------- a lead credits a title, the next paragraph names the person


@pytest.mark.parametrize("text, speaker", [
    ("Artillery fire on a bus stop killed six people on Sunday, the Russian-installed head of the region said.\n\n"
     "Denis Pushilin said on Telegram that the shells came from the west.", "Denis Pushilin"),
    ("Two drones set a fuel depot on fire overnight, the regional governor said.\n\n"
     "Ivan Fedorov wrote on Telegram that firefighters had contained the blaze.", "Ivan Fedorov"),
])
def test_a_title_in_the_lead_is_the_person_the_next_paragraph_names(text, speaker):
    assert [q.speaker for q in quotes(text)] == [speaker, speaker]


@pytest.mark.parametrize("text", [
    # another office speaks next: the governor stays unnamed
    "Two drones set a fuel depot on fire overnight, the regional governor said.\n\n"
    "President Volodymyr Zelensky said the attack showed Moscow did not want peace.",
    "Two drones set a fuel depot on fire overnight, the Russian defence minister said.\n\n"
    "Ukrainian Foreign Minister Andrii Sybiha said the attack showed Moscow did not want peace.",
])
def test_a_title_in_the_lead_is_not_whoever_speaks_next(text):
    assert quotes(text)[0].speaker is None
