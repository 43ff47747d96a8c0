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
    got = quotes(text)
    assert len(got) == 1 and got[0].speaker is None, got


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
