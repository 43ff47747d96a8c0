"""Cross-report speaker merging: alias table first, then guarded fuzzy matching."""
from __future__ import annotations

import pytest

from parsers.speakers import merge_speaker

KNOWN = ["Volodymyr Zelenskyy", "Olena Zelenska", "Dmitry Peskov", "Russian Defence Ministry",
         "Ivan Petrenko", "Vitali Klitschko", "Oksana Melnyk", "Oleksandr Melnyk"]


@pytest.mark.parametrize("name", ["Zelensky", "Zelenskiy", "Zelenski", "Volodimir Zelenski", "Volodymyr Zelensky"])
def test_zelenskyy_spellings_merge(name):
    assert merge_speaker(name, "person", KNOWN) == "Volodymyr Zelenskyy"


def test_wife_is_not_the_president():
    assert merge_speaker("Zelenska", "person", KNOWN) == "Olena Zelenska"
    assert merge_speaker("Olena Zelenska", "person", ["Volodymyr Zelenskyy"]) is None


def test_transliterated_first_name_merges():
    assert merge_speaker("Dmitri Peskov", "person", KNOWN) == "Dmitry Peskov"


def test_unknown_person_fuzzy_merge_with_compatible_first_name():
    assert merge_speaker("Ivan Petrenkko", "person", KNOWN) == "Ivan Petrenko"


def test_female_first_name_does_not_merge_with_male():
    assert merge_speaker("Ivana Petrenko", "person", KNOWN) is None


def test_brothers_stay_apart():
    assert merge_speaker("Wladimir Klitschko", "person", KNOWN) is None


def test_ambiguous_surname_stays_alone():
    assert merge_speaker("Melnyk", "person", KNOWN) is None


def test_unique_surname_merges():
    assert merge_speaker("Petrenko", "person", KNOWN) == "Ivan Petrenko"


def test_org_merges_by_alias_table_only():
    assert merge_speaker("Russia's Defense Ministry", "org", KNOWN) == "Russian Defence Ministry"
    assert merge_speaker("Ukrainian Defence Ministry", "org", KNOWN) is None
    assert merge_speaker("Russian Defence Agency", "org", KNOWN) is None


def test_new_name_is_new_speaker():
    assert merge_speaker("Marco Rubio", "person", KNOWN) is None


def test_spellings_keep_names_not_pronouns_or_titles():
    from parsers.speakers import spellings
    assert spellings("he", "Oleh Kiper") == ["Oleh Kiper"]
    assert spellings("the regional governor", "Oleh Kiper") == ["Oleh Kiper"]
    assert spellings("Russia's Defence Ministry", "Russian Defence Ministry") == [
        "Russia's Defence Ministry", "Russian Defence Ministry"]
