"""Search that knows fields (issue 19): `field:value` terms, exclusions, numbers, dates, other spellings, completion."""
from __future__ import annotations

from pathlib import Path

import pytest

from tui.panes import PANES
from tui.queries import Filters, Store
from tui.search_syntax import last_token, parse
from tui.widgets.search_hint import SearchHint
from tui_pilot import column, new_app, settle, status


def rows(store: Store, key: str, search: str) -> list[tuple]:
    return store.page(PANES[key], Filters(search=search), PANES[key].sort)


def places(store: Store, search: str, key: str = "strikes") -> list:
    i = 2 + [c.name for c in PANES[key].columns].index("location")
    return sorted(str(r[i]) for r in rows(store, key, search))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    from tui_fixture import build

    s = Store(build(tmp_path_factory.mktemp("fields") / "incidents.db"))
    yield s
    s.close()


@pytest.mark.parametrize("search,expected", [
    ("location:odesa", ["Odesa"]),
    ("Location:ODESA", ["Odesa"]),
    ("weapon:missile", ["Odesa"]),  # no weapon is just "missile": every weapon that contains the word
    ("weapon:drone", ["Chuhuiv", "None"]),  # "drone" is a stored weapon: that one only
    ("weapon:drone,missile", ["Chuhuiv", "None", "Odesa"]),
    ("-weapon:drone", ["Kupiansk", "Odesa"]),
    ("killed:>=2", ["Chuhuiv"]),
    ("killed:1..2", ["Chuhuiv", "Kupiansk"]),
    ("killed:1,2", ["Chuhuiv", "Kupiansk"]),
    ("-killed:>0", ["None", "Odesa"]),  # rows without a toll are kept by the exclusion
    ("intercepted:41", ["None"]),
    ("date:2025-03..2025-03", ["Chuhuiv", "None", "Odesa"]),
    ("date:2025-04", ["Kupiansk"]),
    ("date:>=2025-03-05", ["Kupiansk", "Odesa"]),
    ("region:kharkiv weapon:drone", ["Chuhuiv"]),
    ("source:coast", ["Odesa"]),  # the Source column is the report's outlet
    ("target:energy,port", ["Chuhuiv", "Odesa"]),
    ("grain location:odesa", ["Odesa"]),  # bare words (full text) and a field together
    ("grain location:kupiansk", []),
    ("location:nowhereville", []),
])
def test_field_terms_narrow_strikes(store: Store, search: str, expected: list) -> None:
    assert places(store, search) == expected


@pytest.mark.parametrize("search,expected", [
    ("region:Харків", ["Chuhuiv", "Kupiansk"]),  # Cyrillic, through the gazetteer's alternate names
    ("location:Чугуїв", ["Chuhuiv"]),
    ("location:Chuguev", ["Chuhuiv"]),  # an old (Russian) transliteration
    ("Куп'янськ", ["Kupiansk"]),  # bare words too
    ("Kharkov", ["Chuhuiv", "Kupiansk"]),
])
def test_other_spellings_find_the_canonical_place(store: Store, search: str, expected: list) -> None:
    assert places(store, search) == expected


def test_fields_of_other_panes(store: Store) -> None:
    assert len(rows(store, "negotiations", "kind:talks")) == 1
    assert len(rows(store, "negotiations", "-kind:talks")) == 1
    assert len(rows(store, "negotiations", "parties:turkey")) == 1
    assert len(rows(store, "negotiations", "venue:geneva,istanbul")) == 2
    speaker = [c.name for c in PANES["quotes"].columns].index("speaker") + 2
    assert {r[speaker] for r in rows(store, "quotes", "speaker:synehubov")} == {"Oleh Synehubov"}
    assert len(rows(store, "quotes", "speaker:synehubov")) == 2
    assert len(rows(store, "quotes", "speaker:lubinets,kiper kind:direct")) == 1
    assert len(rows(store, "quotes", "medium:telegram")) == 1
    assert len(rows(store, "reports", "published:2025-03")) == 2
    assert len(rows(store, "reports", "date:2025-03 strikes:>=2")) == 1
    assert store.count(PANES["strikes"], Filters(search="weapon:drone,missile")) == 3


def test_parse_splits_words_terms_and_unknown_fields() -> None:
    parsed = parse('port -weapon:drone,missile location:"kryvyi rih" foo:bar', "strikes")
    assert parsed.text == "port foo:bar"
    assert [t.describe() for t in parsed.terms] == ["-weapon:drone,missile", "location:kryvyi rih"]
    assert parsed.unknown == ("foo",)
    assert parse("location:", "strikes").terms == ()  # nothing typed after the colon yet
    assert last_token("odesa weapon:drone,mi") == ("odesa weapon:drone,", "weapon", "mi")
    assert last_token("odesa loc") == ("odesa ", None, "loc")


async def test_typing_a_field_term_narrows_the_table_and_completes(fixture_db: Path) -> None:
    app = new_app(fixture_db)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        pane = app.current_pane()
        await pilot.press("slash", *"wea")
        await settle(pilot)
        hint = pane.query_one(SearchHint)
        assert hint.display and "weapon:" in str(hint.content)
        await pilot.press("right")  # accept the completion
        assert pane.search_input.value == "weapon:"
        await pilot.press(*"bal")
        await settle(pilot)
        assert "ballistic missile" in str(hint.content)
        await pilot.press("right")  # a value with a space completes to its first word, which finds it
        assert pane.search_input.value == "weapon:ballistic"
        await pilot.press("ctrl+u", *'weapon:"bal')
        await settle(pilot)
        await pilot.press("right")  # after a quote, to the whole value
        assert pane.search_input.value == 'weapon:"ballistic missile"'
        await settle(pilot)
        assert column(pane, "location") == ["Odesa"] and "of 1" in status(pane)
        await pilot.press("ctrl+u", *"killed:lots")
        await settle(pilot)
        assert "not a number" in str(hint.content)
        await pilot.press("ctrl+u", *"killed:>=1", "enter")
        await settle(pilot)
        assert sorted(column(pane, "location")) == ["Chuhuiv", "Kupiansk"]
        assert app.focused is pane.table


def test_a_value_many_rows_hold_gives_the_same_rows_in_the_same_order(store: Store, monkeypatch) -> None:
    # past DENSE_PROBE rows a term walks the sort index instead of its own (see field_filters.dense)
    import tui.field_filters as ff
    import tui.queries as q

    sparse = rows(store, "strikes", "weapon:drone,missile")
    monkeypatch.setattr(q, "DENSE_PROBE", 1)
    ff.DENSE_VALUES.clear()
    with store.table.lock:
        w, _, _ = store.where(PANES["strikes"], Filters(search="weapon:drone,missile"), store.table.conn, sorting=True)
    assert "+t.weapon in" in w
    assert rows(store, "strikes", "weapon:drone,missile") == sparse and len(sparse) == 3
    ff.DENSE_VALUES.clear()
