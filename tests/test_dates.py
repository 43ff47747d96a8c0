from __future__ import annotations

import datetime as dt

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
