from __future__ import annotations

import datetime as dt

import pytest

from parsers.dates import date_of

PUB = dt.date(2025, 7, 20)  # a Sunday


def test_weekday_equal_to_publication_day_is_that_day():
    assert date_of("Drones hit the city on Sunday, officials said.", PUB)[0] == "2025-07-20"


def test_weekday_is_latest_such_day_before_publication():
    assert date_of("The attack on Friday killed two people.", PUB)[0] == "2025-07-18"


def test_weekday_in_forward_looking_sentence_is_next():
    assert date_of("Talks are due to resume on Wednesday.", PUB)[0] == "2025-07-23"


def test_overnight_is_publication_day():
    assert date_of("Russia launched 40 drones overnight.", PUB)[0] == "2025-07-20"


def test_during_the_night_is_the_night_ending_on_publication_day():
    assert date_of("During the night, air defence forces destroyed 17 drones.", PUB)[0] == "2025-07-20"
    assert date_of("Drones attacked during the night into Friday.", PUB)[0] == "2025-07-18"


def test_vague_spans_keep_words_and_no_day():
    assert date_of("Strikes intensified earlier this month.", PUB) == (None, "earlier this month")
    assert date_of("A similar raid happened last week.", PUB) == (None, "last week")
    assert date_of("The missile first hit Ukraine in late 2024.", PUB)[0] is None


def test_month_day_without_year():
    assert date_of("The shelling on July 19 damaged a school.", PUB)[0] == "2025-07-19"
    assert date_of("The raid on December 3 killed one.", PUB)[0] == "2024-12-03"


def test_single_day_holidays():
    assert date_of("Residents were marking Palm Sunday when the missiles struck.", dt.date(2025, 4, 22))[0] == "2025-04-13"
    assert date_of("Shelling on Christmas Day wounded four.", dt.date(2025, 1, 2))[0] == "2024-12-25"


def test_overnight_into_a_weekday_is_that_weekday():
    assert date_of("Overnight into Friday, drones struck a block of flats.", PUB)[0] == "2025-07-18"
    assert date_of("On the night to Thursday, missiles hit the port.", PUB)[0] == "2025-07-17"
    assert date_of("Overnight, drones struck a block of flats.", PUB)[0] == "2025-07-20"


def test_absolute_dates_without_dateparser_quirks():
    assert date_of("The strike on March 3, 2024 killed five.", PUB)[0] == "2024-03-03"
    assert date_of("The strike on 3 March 2024 killed five.", PUB)[0] == "2024-03-03"
    assert date_of("The strike on Sept. 9 2023 killed five.", PUB)[0] == "2023-09-09"
    assert date_of("It happened on February 30, 2024.", PUB)[0] is None


def test_sentence_without_date_words_has_no_date():
    assert date_of("A drone hit a house in the village.", PUB) == (None, None)


# A night told by the two days it spans is the night ending on the later day (the guideline's
# "overnight"); the words stay as written.
NIGHT_SPANS = [
    ("Drones struck the port on the night of July 17 to 18, the governor said.", "2025-07-18", "on the night of July 17 to 18"),
    ("During the night of 17-18 July, air defence destroyed 30 drones.", "2025-07-18", "During the night of 17-18 July"),
    ("On the night of July 17-18, missiles hit the city.", "2025-07-18", "On the night of July 17-18"),
    ("In the night from 17 to 18 July the enemy attacked with 60 drones.", "2025-07-18", "In the night from 17 to 18 July"),
    ("Drones attacked overnight from June 30 to July 1.", "2025-07-01", "overnight from June 30 to July 1"),
    ("On the night of 30 June to 1 July, the enemy launched 80 drones.", "2025-07-01", "On the night of 30 June to 1 July"),
    ("The attack came on the night of Thursday to Friday, officials said.", "2025-07-18", "on the night of Thursday to Friday"),
    ("Overnight from Friday into Saturday, drones hit a depot.", "2025-07-19", "Overnight from Friday into Saturday"),
    ("Drones hit a depot overnight on Friday.", "2025-07-18", "overnight on Friday"),
    ("Drones hit a depot overnight on July 17.", "2025-07-17", "overnight on July 17"),
    ("Air defences were active overnight Friday-Saturday.", "2025-07-19", "overnight Friday-Saturday"),
    ("Drones hit the port on Thursday night into Friday.", "2025-07-18", "Thursday night into Friday"),
    ("Blasts shook the city in the early hours of July 17.", "2025-07-17", "in the early hours of July 17"),
    ("Blasts shook the city in the early hours of Friday.", "2025-07-18", "in the early hours of Friday"),
]


@pytest.mark.parametrize("sentence,day,words", NIGHT_SPANS)
def test_night_spanning_two_days_is_the_later_day(sentence: str, day: str, words: str) -> None:
    assert date_of(sentence, PUB) == (day, words)


@pytest.mark.parametrize("sentence,day", [
    # look-alikes: a span of days that is not a night, a night of one day, a forward night
    ("Talks ran from July 17 to 18 in Istanbul.", "2025-07-17"),
    ("On the night of July 17, drones hit the port.", "2025-07-17"),
    ("Drones attacked the city overnight, and on July 17 to 18 the talks resumed.", "2025-07-20"),
    ("Officials said 3 to 4 drones were seen on July 17.", "2025-07-17"),
])
def test_night_span_look_alikes(sentence: str, day: str) -> None:
    assert date_of(sentence, PUB)[0] == day
