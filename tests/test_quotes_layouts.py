"""Each attribution layout on sentences written for the purpose (guideline §3)."""
from __future__ import annotations

import datetime as dt

import pytest

from parsers.document import Document
from parsers.quotes import extract_quotes

PUB = dt.date(2025, 6, 4)  # a Wednesday


def quotes(text: str, published: dt.date = PUB):
    return extract_quotes(Document(text, published=published))


def one(text: str, **kw):
    got = quotes(text, **kw)
    assert len(got) == 1, [(q.text, q.speaker) for q in got]
    return got[0]


def test_speaker_after_quote():
    q = one('"We will answer every strike on our cities," Kremlin spokesman Dmitry Peskov said on Tuesday.')
    assert q.kind == "direct"
    assert q.text.startswith("We will answer every strike")
    assert q.speaker == "Dmitry Peskov"
    assert q.role == "Kremlin spokesman"
    assert q.date == "2025-06-03"
    assert q.cue == "said"


def test_speaker_before_with_comma():
    q = one('Putin said, "Our troops are holding every line near the border."')
    assert (q.kind, q.speaker) == ("direct", "Vladimir Putin")
    assert q.text == "Our troops are holding every line near the border."


def test_colon_lead_and_medium():
    q = one('In his nightly video address, Zelenskiy said: "Every air defence system saves lives in Kharkiv."')
    assert q.speaker == "Volodymyr Zelenskyy"
    assert q.medium == "video address"
    assert q.rule == "colon"


def test_inverted_with_appositive_role():
    q = one('"The grid is stable again after the night attack," said Maksym Horbenko, head of the regional energy '
            'company, in a Telegram post.')
    assert q.speaker == "Maksym Horbenko"
    assert q.role.startswith("head of the regional energy company")
    assert q.medium == "Telegram"


def test_split_quote_is_one_quote():
    text = '"We cannot agree to a pause," he said, "while the shelling of our villages goes on." '
    got = quotes('Governor Ivan Fedorov spoke in Zaporizhzhia. ' + text)
    assert len(got) == 1
    q = got[0]
    assert q.speaker == "Ivan Fedorov"
    assert "We cannot agree to a pause" in q.text and "while the shelling" in q.text
    full = 'Governor Ivan Fedorov spoke in Zaporizhzhia. ' + text
    assert full[q.char_start:q.char_end].startswith("We cannot")
    assert full[q.char_start:q.char_end].rstrip().endswith("goes on.")


def test_multi_paragraph_quote_runs_to_last_paragraph():
    text = ('Mayor Ihor Terekhov described the night in a long post.\n\n'
            '"The first drones came at two in the morning and hit a school in the north of the city.\n\n'
            '"By five we had counted fourteen explosions and three fires in residential streets," he wrote.')
    got = quotes(text)
    assert len(got) == 1
    q = got[0]
    assert q.speaker == "Ihor Terekhov"
    assert q.text.startswith("The first drones") and "fourteen explosions" in q.text


def test_floating_paragraph_continues_previous_speaker():
    text = ('"We are ready for a meeting at any level," Ukrainian Foreign Minister Andrii Sybiha said.\n\n'
            '"What we will not accept is an ultimatum dressed up as a peace plan."')
    got = quotes(text)
    assert [q.speaker for q in got] == ["Andrii Sybiha", "Andrii Sybiha"]
    assert got[1].rule == "floating"


def test_speaker_named_in_next_sentence():
    q = one('"It is a deliberate provocation aimed at the talks," he said. Maria Zakharova, Russian Foreign Ministry '
            'spokeswoman.')
    assert q.speaker == "Maria Zakharova"


def test_told_with_colon_and_outlet_medium():
    q = one('Yermak told Interfax-Ukraine: "The delegation will fly to Istanbul only with a clear mandate."')
    assert q.speaker == "Andriy Yermak"
    assert q.medium == "Interfax-Ukraine"


def test_wrote_on_telegram_after_quote():
    q = one('"Two people were injured by debris in the Shebekino district," Gladkov wrote on Telegram.')
    assert q.speaker == "Vyacheslav Gladkov"
    assert q.medium == "Telegram"
    assert q.cue == "wrote"


@pytest.mark.parametrize("opener,closer", [("“", "”"), ("«", "»"), ("„", "“"), ('"', '"')])
def test_every_kind_of_double_mark(opener, closer):
    q = one(f"Lavrov said: {opener}Our position on the talks has not changed at all.{closer}")
    assert q.speaker == "Sergei Lavrov"
    assert q.text == "Our position on the talks has not changed at all."


def test_single_quote_marks_are_quotes_but_apostrophes_are_not():
    got = quotes("Russia's defence minister said: 'The bridge at Kherson's port was never a target.'")
    assert len(got) == 1
    assert got[0].text.startswith("The bridge at Kherson's port")


def test_unmatched_mark_does_not_drop_the_rest():
    text = ('The mayor called the strike a "war crime.\n\n'
            'Governor Oleh Kiper said on Telegram that three people were injured in Odesa.')
    got = quotes(text)
    assert any(q.speaker == "Oleh Kiper" and q.text.startswith("three people") for q in got)


def test_scare_quote_without_attribution_is_not_a_quote():
    assert quotes('The so-called "special operation" entered its fourth year with no "freeze" in sight.') == []


def test_scare_quote_with_calling_cue_is_attributed():
    got = quotes('Foreign Minister Sergei Lavrov dismissed the plan, calling it a "pause" for rearmament.')
    assert [(q.text, q.speaker, q.kind) for q in got] == [("pause", "Sergei Lavrov", "direct")]


def test_outlet_is_never_the_speaker():
    q = one('"The strike hit a command post near Sumy," TASS quoted the Russian Defence Ministry as saying.')
    assert q.speaker == "Russian Defence Ministry"
    assert q.via == "TASS"


def test_outlet_report_of_indirect_speech_keeps_via():
    q = one('Putin said talks with Kyiv were still possible, CNN reported.')
    assert q.speaker == "Vladimir Putin"
    assert q.text == "talks with Kyiv were still possible"
    assert q.via == "CNN"


def test_generic_source_gives_no_quote():
    assert quotes("Local officials said two warehouses were destroyed in the attack.") == []


def test_dash_signature_after_quote():
    q = one('"Every village we hold costs them a battalion." — Oleksandr Syrskyi, commander-in-chief')
    assert q.speaker == "Oleksandr Syrskyi"
    assert q.text.startswith("Every village")


def test_medium_carries_to_the_same_speakers_next_quote():
    got = quotes('Governor Oleh Kiper wrote on Telegram that the port was hit again. '
                 '"Two warehouses are burning, and firefighters are at the scene," he added.')
    assert [(q.speaker, q.medium) for q in got] == [("Oleh Kiper", "Telegram"), ("Oleh Kiper", "Telegram")]


def test_video_message_is_its_own_medium():
    q = one('"Our city will be rebuilt," Mayor Ihor Terekhov said in a video message.')
    assert q.medium == "video message"


def test_date_named_in_the_sentence_before_a_pronoun_quote():
    got = quotes("Maria Zakharova on Monday rejected the criticism. She said the depot was a legitimate target.")
    assert [(q.speaker, q.date) for q in got] == [("Maria Zakharova", "2025-06-02")]


# ---------------------------------------------------------------- evidence offsets (quotes/spans.py)


@pytest.mark.parametrize("text", [
    '"The whole street shook, then the windows came in," said Olha Marchenko, a teacher.',
    '"We stay in the shelter every night now," Kharkiv Mayor Ihor Terekhov told reporters.',
    'Zelensky said Ukraine needed "more air defence, and now".',
])
def test_the_offsets_locate_exactly_the_stored_words(text):
    got = quotes(text)
    assert got and all(text[q.char_start:q.char_end] == q.text and q.parts is None for q in got)


def test_a_split_quotation_keeps_the_span_of_each_part():
    import json
    text = '"Rescuers are still at work," Governor Oleh Syniehubov said, "and the toll may rise."'
    q = one(text)
    parts = json.loads(q.parts)
    assert [text[a:b] for a, b in parts] == ["Rescuers are still at work", "and the toll may rise."]
    assert q.text == " ".join(text[a:b] for a, b in parts)
    assert (q.char_start, q.char_end) == (parts[0][0], parts[-1][1])


@pytest.mark.parametrize("text", [
    "Putin says Russia will stop firing if Kyiv pulls out of four regions\n\n"
    "Vladimir Putin set out his terms for a ceasefire on Friday.\n\nMore details follow.",
    "Photo: Telegram channel of Volodymyr Zelensky\n\nThe capital was hit overnight.\n\nMore details follow.",
])
def test_headlines_and_captions_are_no_quotes(text):
    assert quotes(text) == []


@pytest.mark.parametrize("text", [
    '"Both days of talks were businesslike and useful," Bessent told reporters after the second session ended.',
    '"Russia will answer for this," Zelensky said in an online post accompanying footage of the burnt-out building.',
])
def test_the_circumstances_of_speaking_are_not_a_second_quote(text):
    assert [q.kind for q in quotes(text)] == ["direct"]


def test_a_report_cut_off_mid_sentence_keeps_its_last_quote():
    text = "The talks ended late on Monday.\n\nPresident Zelensky said his country intended"
    assert [q.speaker for q in quotes(text)] == ["Volodymyr Zelenskyy"]


def test_a_quotation_standing_alone_after_a_paragraph_about_one_person_is_theirs():
    text = ("U.S. President Donald Trump again pressed Kyiv on Monday to sign the framework deal.\n\n"
            '"Are we any closer to a deal? Maybe. We will know soon enough, and it could still turn out well."')
    assert [(q.speaker, q.rule) for q in quotes(text)] == [("Donald Trump", "recent")]


def test_a_quotation_standing_alone_after_two_people_is_nobodys():
    text = ("Trump spoke to Putin for two hours on Tuesday, and Zelensky met European leaders in Paris.\n\n"
            '"Are we any closer to a deal? Maybe. We will know soon enough, and it could still turn out well."')
    assert [q.speaker for q in quotes(text)] == [None]


def test_recounted_to_an_outlet():
    got = quotes('Pyotr Sadovsky was fixing his fence when the shell hit the next yard.\n'
                 '"There was a bang and the windows flew in," the 64-year-old recounted to AFP.')
    assert [(q.speaker, q.medium) for q in got] == [("Pyotr Sadovsky", "AFP")]
