"""The Incidents pane (issue 9): one row per attack, the spread of the reports' figures, and the new exports."""
from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from textual.widgets import OptionList, Static

from tui.export import write_export
from tui.panes import PANES
from tui.queries import ACLED_COLUMNS, Filters, Store
from tui.screens.detail import DetailScreen
from tui.screens.incident import IncidentScreen
from tui.widgets.facet_list import FacetList
from tui.widgets.pane_view import PaneView
from tui_pilot import column, new_app, settle, status

INCIDENTS = PANES["incidents"]
STRIKES = PANES["strikes"]






def chuhuiv_row(pane: PaneView) -> int:
    return column(pane, "location").index("Chuhuiv")


async def test_incidents_pane_shows_one_row_per_attack_with_the_spread(incidents_db: Path) -> None:
    app = new_app(incidents_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("6")
        await settle(pilot)
        pane = app.current_pane()
        assert pane.spec.key == "incidents"
        # five strikes, two of them the same attack told by two reports: four incidents
        assert pane.table.total == 4 and "of 4" in status(pane)
        row = chuhuiv_row(pane)
        assert column(pane, "report_count")[row] == 2
        assert column(pane, "killed")[row] == "2–3" and column(pane, "injured")[row] == "5–7"
        assert column(pane, "killed")[column(pane, "location").index("Kupiansk")] == "1"
        assert set(column(pane, "sources")[row].split(",")) == {"Example Wire", "Regional Herald"}


@pytest.mark.parametrize("facet,value,expected", [
    ("report_count", 2, ["Chuhuiv"]),
    ("weapon", "glide bomb", ["Kupiansk"]),
    ("region", "Odesa Oblast", ["Odesa"]),
])
async def test_incident_facets_narrow_the_table(incidents_db: Path, facet: str, value, expected: list) -> None:
    app = new_app(incidents_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("6")
        await settle(pilot)
        pane = app.current_pane()
        facet_list = pane.query_one(f"#facet-incidents-{facet}", FacetList)
        facet_list.focus()
        facet_list.highlighted = [v.value for v in facet_list.values].index(value)
        await pilot.press("enter")
        await settle(pilot)
        assert column(pane, "location") == expected
        # the other facets are counted again under the pick
        attackers = pane.query_one("#facet-incidents-attacker", FacetList)
        assert [(v.value, v.count) for v in attackers.values] == [("Russia", len(expected))]


async def test_incident_date_range_and_search(incidents_db: Path) -> None:
    app = new_app(incidents_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("6")
        await settle(pilot)
        pane = app.current_pane()
        pane.query_one("#dates-incidents").focus()
        await pilot.press(*"2025-03-05..2025-04", "enter")
        await settle(pilot)
        assert column(pane, "location") == ["Kupiansk", "Odesa"]
        await pilot.press("x")
        await settle(pilot)
        # full text over the reports of the incident's strikes: only the follow-up says "toll"
        await pilot.press("slash", *"toll")
        await settle(pilot)
        assert column(pane, "location") == ["Chuhuiv"]
        await pilot.press("escape")
        await pilot.press("slash", *"kupyansk")  # misspelt place: fuzzy
        await settle(pilot)
        assert column(pane, "location") == ["Kupiansk"]


async def test_sorting_a_spread_column_orders_by_its_highest_figure(incidents_db: Path) -> None:
    app = new_app(incidents_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("6")
        await settle(pilot)
        pane = app.current_pane()
        pane.table.cursor_col = [c.name for c in pane.table.columns].index("killed")
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert pane.sort == ("killed_max", True)
        assert column(pane, "killed")[:2] == ["2–3", "1"]


async def test_incident_detail_lists_each_report_with_its_figures_and_evidence(incidents_db: Path) -> None:
    app = new_app(incidents_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("6")
        await settle(pilot)
        pane = app.current_pane()
        pane.table.cursor_row = chuhuiv_row(pane)
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, IncidentScreen)
        spread = str(screen.query_one("#incident-spread", Static).content)
        killed = next(line for line in spread.splitlines() if line.startswith("killed"))
        assert killed.split()[1:4] == ["2", "3", "3"] and "reports differ" in killed  # lowest, highest, latest
        reports = screen.query_one("#incident-reports", OptionList)
        texts = [str(reports.get_option_at_index(i).prompt) for i in range(reports.option_count)]
        assert len(texts) == 2
        first, second = texts
        assert "Example Wire" in first and "Drones hit energy sites" in first and "killed 2" in first
        assert "Regional Herald" in second and "2025-03-05" in second and "killed 3" in second
        assert "injured 7" in second and "has risen to three" in second
        # enter on the follow-up opens its strike with the evidence highlighted in that report
        reports.highlighted = 1
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DetailScreen)
        evidence = app.screen.query_one("#evidence", Static).content
        marked = [evidence.plain[s.start:s.end] for s in evidence.spans if "reverse" in str(s.style)]
        assert marked and marked[0].startswith("The death toll from Tuesday's Russian drone strike")
        await pilot.press("escape")
        assert isinstance(app.screen, IncidentScreen)


@pytest.fixture
def pre_incidents_db(tmp_path: Path) -> Path:
    """A file as written before the incidents table existed: no incidents, no incident views, no incident_id."""
    from tui_fixture import build

    path = build(tmp_path / "old.db")
    conn = sqlite3.connect(path)
    conn.executescript("""
        drop view incidents_view; drop view acled_view; drop table incidents;
        drop index if exists idx_strikes_incident_id;
        alter table strikes drop column incident_id;
    """)
    conn.close()
    return path


async def test_a_database_from_before_incidents_still_opens(pre_incidents_db: Path) -> None:
    app = new_app(pre_incidents_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.current_pane().table.total == 4
        await pilot.press("6")
        await settle(pilot)
        assert app.current_pane().spec.key == "strikes"  # no pane to switch to ...
        notes = [n.message for n in app._notifications]
        assert any("before incidents existed" in m and "\n" not in m for m in notes)  # ... but a one-line note
        await pilot.press("3")
        await settle(pilot)
        assert app.current_pane().table.total == 4
        await pilot.press("1", "e", "a")  # no acled_view either: the export says so instead of failing
        await settle(pilot)
        assert any("acled_view" in n.message for n in app._notifications)


def test_geojson_export_writes_points_lon_lat_and_leaves_out_rows_without_coordinates(
        incidents_db: Path, tmp_path: Path) -> None:
    store = Store(incidents_db)
    path, n, skipped = write_export(store, STRIKES, Filters(), ("date", True), "geojson", tmp_path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    with store.misc.lock:
        expected = {r[0]: (r[1], r[2]) for r in store.misc.conn.execute("select id, lon, lat from strikes")}
    assert doc["type"] == "FeatureCollection" and "crs" not in doc
    assert path.suffix == ".geojson"
    with_coords = {i for i, (lon, lat) in expected.items() if lon is not None}
    assert {f["id"] for f in doc["features"]} == with_coords and n == len(with_coords)
    assert skipped == len(expected) - len(with_coords) > 0
    for f in doc["features"]:
        assert f["geometry"]["type"] == "Point"
        assert tuple(f["geometry"]["coordinates"]) == expected[f["id"]]  # [lon, lat], RFC 7946
        assert "lat" not in f["properties"] and f["properties"]["report_source"]
    # incidents too, under a filter
    path, n, _ = write_export(store, INCIDENTS, Filters(equals=(("region", "Kharkiv Oblast"),)), ("date", True),
                              "geojson", tmp_path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert sorted(f["properties"]["location"] for f in doc["features"]) == ["Chuhuiv", "Kupiansk"]
    store.close()


def test_acled_export_has_acleds_columns_and_follows_the_filters(incidents_db: Path, tmp_path: Path) -> None:
    store = Store(incidents_db)
    path, n, _ = write_export(store, STRIKES, Filters(equals=(("weapon", "drone"),)), ("date", True), "acled",
                              tmp_path)
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == list(ACLED_COLUMNS)
    with store.misc.lock:
        drone_sentences = {r[0] for r in store.misc.conn.execute("select sentence from strikes where weapon = 'drone'")}
    assert {r["notes"] for r in rows} == drone_sentences and n == len(drone_sentences)
    tally = next(r for r in rows if r["notes"].startswith("Air defence units shot down"))
    assert tally["sub_event_type"] == "Disrupted weapons use" and tally["fatalities"] == "0"
    chuhuiv = [r for r in rows if r["location"] == "Chuhuiv"]
    assert {r["fatalities"] for r in chuhuiv} == {"2", "3"}
    assert all(r["actor1"] == "Military Forces of Russia (2000-)" for r in rows)
    with pytest.raises(ValueError):
        write_export(store, PANES["quotes"], Filters(), ("date", True), "acled", tmp_path)
    store.close()


async def test_export_keys_offer_geojson_and_acled_where_they_fit(incidents_db: Path, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INCIDENTS_EXPORT_DIR", str(tmp_path))
    app = new_app(incidents_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("6")
        await settle(pilot)
        await pilot.press("e", "g")
        await settle(pilot)
        doc = json.loads((tmp_path / "incidents-incidents.geojson").read_text(encoding="utf-8"))
        assert len(doc["features"]) == 3  # the nationwide tally has no coordinates
        assert any("1 without coordinates left out" in n.message for n in app._notifications)
        await pilot.press("1", "e", "a")
        await settle(pilot)
        assert (tmp_path / "incidents-acled.csv").exists()
        await pilot.press("3", "e", "g")  # quotes have no coordinates: g does nothing, escape closes
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["incidents-acled.csv", "incidents-incidents.geojson"]


def test_incident_record_has_its_reports_in_publication_order(incidents_db: Path) -> None:
    store = Store(incidents_db)
    with store.misc.lock:
        (iid,) = store.misc.conn.execute("select id from incidents where report_count = 2").fetchone()
    rec, members = store.incident(iid)
    assert rec["killed_latest"] == 3 and rec["first_report_title"].startswith("Drones hit")
    assert [m["published"] for m in members] == ["2025-03-04", "2025-03-05"]
    assert [m["killed"] for m in members] == [2, 3]
    with pytest.raises(LookupError):
        store.incident(10_000)
    store.close()


def test_write_geojson_by_itself() -> None:
    import io

    from tui.writers import write_geojson

    fh = io.StringIO()
    done = write_geojson(["id", "lat", "lon", "name"], [(1, 50.45, 30.52, "Kyiv"), (2, None, 30.5, None),
                                                        (3, 95.0, 10.0, None),  # not a latitude
                                                        (4, 0.0, 0.0, None)], fh)
    doc = json.loads(fh.getvalue())
    assert (done.rows, done.left_out) == (2, 2)
    assert doc["features"][0]["geometry"]["coordinates"] == [30.52, 50.45]
    assert doc["features"][1]["geometry"]["coordinates"] == [0.0, 0.0]


def test_pre_incidents_store_reports_the_missing_pane(pre_incidents_db: Path) -> None:
    store = Store(pre_incidents_db)
    assert not store.has("incidents") and store.has("strikes")
    db = sqlite_utils.Database(pre_incidents_db)
    from parsers import schema

    schema.create(db)  # an ingest by a newer version adds the table; a reload finds it
    db.close()
    store.reload()
    assert store.has("incidents")
    store.close()


@pytest.mark.parametrize("text", ["drone", "toll", "grain terminal", "Kharkiv", "kupyansk", "envoys"])
def test_incident_search_plans_agree(incidents_db: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    """Few matching reports: collect their incidents; many: walk the date index and test each incident."""
    import tui.queries as q

    sparse_store = Store(incidents_db)
    filters = Filters(search=text)
    sparse = [r[0] for r in sparse_store.page(INCIDENTS, filters, INCIDENTS.sort)]
    with sparse_store.misc.lock:
        expected = [r[0] for r in sparse_store.misc.conn.execute(
            "select distinct i.id from incidents i join strikes s on s.incident_id = i.id "
            "join reports_fts f on f.rowid = s.report_id where reports_fts match ? "
            "order by i.date desc, i.id desc", [q.fts_expression(text)])]
    assert not sparse_store._dense_search(INCIDENTS, filters, sparse_store.table.conn)
    monkeypatch.setattr(q, "INCIDENT_DENSE_REPORTS", 1)
    dense_store = Store(incidents_db)
    dense = [r[0] for r in dense_store.page(INCIDENTS, filters, INCIDENTS.sort)]
    assert dense == sparse
    if text != "kupyansk":  # a misspelt place is found by name, not by words
        assert set(expected) <= set(sparse)
    if expected:
        assert dense_store._dense_search(INCIDENTS, filters, dense_store.table.conn)
    sparse_store.close()
    dense_store.close()


async def test_sources_column_cannot_be_sorted_and_says_so(incidents_db: Path) -> None:
    app = new_app(incidents_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("6")
        await settle(pilot)
        pane = app.current_pane()
        pane.table.cursor_col = [c.name for c in pane.table.columns].index("sources")
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert pane.sort == ("date", True) and "error" not in status(pane)
        assert any("Sources cannot be sorted" in n.message for n in app._notifications)
