"""The query layer on its own: paging, counts, facets, search and export, without the UI."""
from __future__ import annotations

import csv
import json
import random
from dataclasses import replace
from pathlib import Path

import pytest
import sqlite_utils

from parsers import schema
from tui.export import write_export
from tui.panes import PANES
from tui.queries import Filters, Store, fts_expression, parse_date_range

STRIKES = PANES["strikes"]
QUOTES = PANES["quotes"]


@pytest.fixture(scope="module")
def paged_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """600 strikes with repeated and missing dates and death tolls, so keyset paging meets ties and NULLs."""
    path = tmp_path_factory.mktemp("paged") / "paged.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    db["reports"].insert({"id": 1, "sha256": "x", "text": "Shelling was reported in several towns overnight.",
                          "title": "Overnight shelling", "source": "Example Wire", "published": "2025-01-05"})
    rnd = random.Random(3)
    db["strikes"].insert_all([{
        "report_id": 1, "char_start": 0, "char_end": 10, "sentence": "Shelling was reported.",
        "date": rnd.choice([None, "2025-01-01", "2025-01-02", "2025-01-03", f"2025-02-{1 + i % 28:02d}"]),
        "killed": rnd.choice([None, 0, 1, 2]), "weapon": rnd.choice(["artillery", "drone", None]),
        "location": rnd.choice(["Nikopol", "Kherson", "Marhanets"]),
    } for i in range(600)], columns=schema.STRIKES)
    db.close()
    return path


def _walk_forward(store: Store, spec, filters, sort, size):
    rows = store.page(spec, filters, sort, limit=size)
    out = list(rows)
    while rows:
        rows = store.page(spec, filters, sort, after=(rows[-1][1], rows[-1][0]), limit=size)
        out += rows
    return out


def _walk_backward(store: Store, spec, filters, sort, size):
    rows = store.page(spec, filters, sort, from_end=True, limit=size)
    out = list(rows)
    while rows:
        rows = store.page(spec, filters, sort, before=(rows[0][1], rows[0][0]), limit=size)
        out = rows + out
    return out


@pytest.mark.parametrize("sort", [("date", True), ("date", False), ("killed", True), ("killed", False),
                                  ("weapon", False), ("id", True)])
def test_keyset_pages_cover_every_row_once_in_order(paged_db: Path, sort: tuple[str, bool]) -> None:
    store = Store(paged_db)
    filters = Filters()
    d = "desc" if sort[1] else "asc"
    with store.misc.lock:
        expected = [r[0] for r in store.misc.conn.execute(
            f"select id from strikes order by {sort[0]} {d}, id {d}")]
    forward = [r[0] for r in _walk_forward(store, STRIKES, filters, sort, 37)]
    backward = [r[0] for r in _walk_backward(store, STRIKES, filters, sort, 41)]
    at_offset = [r[0] for r in store.page(STRIKES, filters, sort, offset=100, limit=50)]
    assert forward == expected
    assert backward == expected
    assert at_offset == expected[100:150]
    store.close()


def test_count_and_pages_agree_under_filters(paged_db: Path) -> None:
    store = Store(paged_db)
    filters = Filters(equals=(("weapon", "drone"),), date_from="2025-01-02", date_to="2025-02")
    rows = _walk_forward(store, STRIKES, filters, ("date", True), 25)
    assert store.count(STRIKES, filters) == len(rows) > 0
    assert all("2025-01-02" <= r[1] <= "2025-02-28" for r in rows)
    store.close()


def test_facet_value_none_filters_missing_values(paged_db: Path) -> None:
    store = Store(paged_db)
    weapons = {v.value: v.count for v in store.facet(STRIKES, STRIKES.facets[1], Filters())}
    assert None in weapons
    assert store.count(STRIKES, Filters(equals=(("weapon", None),))) == weapons[None]
    store.close()


def test_facets_recount_under_other_filters_but_not_their_own(fixture_db: Path) -> None:
    store = Store(fixture_db)
    region = next(f for f in STRIKES.facets if f.name == "region")
    weapon = next(f for f in STRIKES.facets if f.name == "weapon")
    everything = {v.value: v.count for v in store.facet(STRIKES, weapon, Filters())}
    kharkiv = Filters(equals=(("region", "Kharkiv Oblast"),))
    narrowed = {v.value: v.count for v in store.facet(STRIKES, weapon, kharkiv)}
    assert everything["ballistic missile"] == 1 and "ballistic missile" not in narrowed
    assert narrowed == {"drone": 1, "glide bomb": 1}
    # the picked facet keeps showing its other values, so the pick can be changed
    regions = {v.value for v in store.facet(STRIKES, region, kharkiv)}
    assert {"Kharkiv Oblast", "Odesa Oblast"} <= regions
    store.close()


def test_party_facet_reads_the_json_list(fixture_db: Path) -> None:
    store = Store(fixture_db)
    spec = PANES["negotiations"]
    party = next(f for f in spec.facets if f.name == "party")
    counts = {v.value: v.count for v in store.facet(spec, party, Filters())}
    assert counts["Ukraine"] == 2 and counts["Turkey"] == 1
    assert store.count(spec, Filters(equals=(("party", "Turkey"),))) == 1
    store.close()


def test_search_finds_quotes_by_full_text_and_speakers_by_fuzzy_name(fixture_db: Path) -> None:
    store = Store(fixture_db)
    by_words = store.page(QUOTES, Filters(search="power gri"), QUOTES.sort)
    assert [r[2 + 4] for r in by_words] == ["The enemy is again targeting our power grid,"]
    by_name = store.page(QUOTES, Filters(search="Lubinetz"), QUOTES.sort)  # misspelt on purpose
    assert {r[3] for r in by_name} == {"Dmytro Lubinets"}
    assert store.page(QUOTES, Filters(search="zzzz qqqq"), QUOTES.sort) == []
    store.close()


def test_search_finds_strikes_by_place_fuzzily_and_by_report_text(fixture_db: Path) -> None:
    store = Store(fixture_db)
    places = [r[2 + 3] for r in store.page(STRIKES, Filters(search="Kupyansk"), STRIKES.sort)]
    assert places == ["Kupiansk"]
    grain = store.page(STRIKES, Filters(search="grain terminal"), STRIKES.sort)
    assert [r[2 + 3] for r in grain] == ["Odesa"]
    store.close()


def test_dense_and_sparse_search_plans_give_the_same_rows(paged_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tui.queries as q

    filters = Filters(search="shelling")
    sparse = Store(paged_db)
    expected = _walk_forward(sparse, STRIKES, filters, ("date", True), 50)
    monkeypatch.setattr(q, "DENSE_PROBE", 10)
    dense = Store(paged_db)
    assert dense._dense_search(STRIKES, filters, dense.table.conn)
    assert _walk_forward(dense, STRIKES, filters, ("date", True), 50) == expected
    assert len(expected) == 600


def test_fts_expression_quotes_user_syntax() -> None:
    assert fts_expression('drone "OR" attack') == '"drone" "OR" "attack"*'
    assert fts_expression("a") == '"a"'
    assert fts_expression("  ,; ") is None


def test_date_ranges() -> None:
    assert parse_date_range("2025-03") == ("2025-03", "2025-03")
    assert parse_date_range("2025-03-01..2025-03-15") == ("2025-03-01", "2025-03-15")
    assert parse_date_range("..2025-05") == (None, "2025-05")
    with pytest.raises(ValueError):
        parse_date_range("last tuesday")


def test_speakers_pane_counts_quotes_and_date_span(fixture_db: Path) -> None:
    store = Store(fixture_db)
    spec = PANES["speakers"]
    rows = store.page(spec, Filters(), spec.sort)
    by_name = {r[2]: r for r in rows}
    synehubov = by_name["Oleh Synehubov"]
    assert synehubov[2 + 2] == 2 and synehubov[2 + 3] == "2025-03-03" and synehubov[2 + 4] == "2025-03-04"
    assert rows[0][2] == "Oleh Synehubov"  # most quoted first
    store.close()


def test_detail_record_carries_its_evidence(fixture_db: Path) -> None:
    store = Store(fixture_db)
    first = store.page(STRIKES, Filters(search="Chuhuiv"), STRIKES.sort)[0]
    record, report = store.record(STRIKES, first[0])
    assert report is not None
    assert report["text"][record["char_start"]:record["char_end"]] == record["sentence"]
    store.close()


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_writes_the_filtered_view_in_order(fixture_db: Path, tmp_path: Path, fmt: str) -> None:
    store = Store(fixture_db)
    filters = Filters(equals=(("region", "Kharkiv Oblast"),))
    path, n, _ = write_export(store, STRIKES, filters, ("date", False), fmt, tmp_path)
    assert path.parent == tmp_path and path.suffix == f".{fmt}"
    if fmt == "csv":
        rows = list(csv.DictReader(path.open(encoding="utf-8")))
    else:
        rows = json.loads(path.read_text(encoding="utf-8"))
    assert n == len(rows) == 2  # Chuhuiv and Kupiansk; the intercept report names no region
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    assert {r["region"] for r in rows} == {"Kharkiv Oblast"}
    again, _, _ = write_export(store, STRIKES, filters, ("date", False), fmt, tmp_path)
    assert again != path  # never overwrites an earlier export
    store.close()


def test_reload_sees_rows_written_after_opening(tmp_path: Path) -> None:
    from tui_fixture import build

    path = build(tmp_path / "live.db")
    store = Store(path)
    assert store.count(STRIKES, Filters()) == 4
    assert not store.changed()
    db = sqlite_utils.Database(path)
    db["strikes"].insert({"report_id": 1, "date": "2025-03-05", "char_start": 0, "char_end": 5, "sentence": "x"})
    db.close()
    assert store.changed()
    store.reload()
    assert store.count(STRIKES, Filters()) == 5
    store.close()


def test_speaker_dates_fall_back_to_the_report_date_as_the_view_does(fixture_db: Path, tmp_path: Path) -> None:
    """The speakers pane must agree with the contract's speakers_view, undated quotes included."""
    import shutil

    path = tmp_path / "copy.db"
    shutil.copy(fixture_db, path)
    db = sqlite_utils.Database(path)
    db.execute("update quotes set date = null where text like 'the missile was%'")
    db.conn.commit()
    expected = {r[0]: (r[1], r[2], r[3]) for r in db.execute(
        "select name, quotes, first_date, last_date from speakers_view").fetchall()}
    db.close()
    store = Store(path)
    spec = PANES["speakers"]
    rows = store.page(spec, Filters(), ("name", False))
    assert {r[2]: (r[4], r[5], r[6]) for r in rows} == expected
    assert expected["Oleh Kiper"] == (1, "2025-03-11", "2025-03-11")  # the report's date
    store.close()


@pytest.fixture(scope="module")
def quotes_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """400 quotes by three speakers, with repeated texts and dates, to compare the search shortcuts with plain SQL."""
    path = tmp_path_factory.mktemp("quotes") / "quotes.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    db["reports"].insert({"id": 1, "sha256": "q", "text": "Officials spoke about the talks.", "published": "2025-01-05"})
    db["speakers"].insert_all([{"id": 1, "name": "Andriy Sybiha", "kind": "person"},
                               {"id": 2, "name": "Dmitry Peskov", "kind": "person"},
                               {"id": 3, "name": "Kaja Kallas", "kind": "person"}])
    said = ["any talks must start with a full ceasefire", "the ceasefire proposal would be studied carefully",
            "repair crews will restore power within days", "partners should speed up deliveries of interceptors"]
    rnd = random.Random(5)
    db["quotes"].insert_all([{
        "report_id": 1, "speaker_id": rnd.choice([1, 2, 3, None]), "text": rnd.choice(said),
        "kind": rnd.choice(["direct", "indirect"]), "char_start": 0, "char_end": 5,
        "date": rnd.choice([None, "2025-01-01", "2025-01-02", f"2025-02-{1 + i % 28:02d}"]),
    } for i in range(400)], columns=schema.QUOTES)
    db.close()
    return path


@pytest.mark.parametrize("text", ["ceasefire", "ceasef", "talks ceasefire", "interceptors", "peskov", "Sybiga",
                                  "ceasefire kallas", "nothing like it"])
def test_quote_search_counts_and_plans_agree_with_plain_sql(quotes_db: Path, monkeypatch: pytest.MonkeyPatch,
                                                            text: str) -> None:
    import tui.queries as q

    store = Store(quotes_db)
    filters = Filters(search=text)
    sparse = [r[0] for r in _walk_forward(store, QUOTES, filters, ("date", True), 60)]
    with store.misc.lock:
        where, params = store._search_condition(QUOTES, text)
        plain = [r[0] for r in store.misc.conn.execute(
            f"select t.id from quotes t where {where} order by t.date desc, t.id desc", params)]
    assert sparse == plain
    assert store.count(QUOTES, filters) == len(plain)  # the FTS-only count, when it applies, agrees
    assert store.count(QUOTES, replace(filters, equals=(("kind", "direct"),))) == len(
        [i for i in plain if i in store_direct_ids(store)])
    monkeypatch.setattr(q, "DENSE_PROBE", 5)
    dense_store = Store(quotes_db)
    dense = [r[0] for r in _walk_forward(dense_store, QUOTES, filters, ("date", True), 60)]
    assert dense == plain
    assert dense_store._dense_search(QUOTES, filters, dense_store.table.conn) == (len(plain) >= 5)
    store.close()
    dense_store.close()


def store_direct_ids(store: Store) -> set[int]:
    with store.misc.lock:
        return {r[0] for r in store.misc.conn.execute("select id from quotes where kind = 'direct'")}
