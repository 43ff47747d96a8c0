"""Merging strikes across reports into incidents, and the exports built on the views."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from parsers import incidents, store
from tui import export_cli as export
from parsers.readers import RawReport
from parsers.records import Evidence, Extraction, Strike


def add(db, n, published, **fields):
    text = f"Report {n}: " + fields.pop("sentence", "Drones struck the city overnight.")
    raw = RawReport(text=text, path=f"r{n}.txt", source=f"Outlet {n}", published=dt.date.fromisoformat(published))
    ev = Evidence(text, 0, len(text))
    store.add_report(db, raw, Extraction(strikes=[Strike(ev, **fields)]), "v")


ODESA = dict(attacker="Russia", weapon="drone", location="Odesa", region="Odesa Oblast", country="Ukraine",
             lat=46.48, lon=30.74, geo_precision="place", target="residential")


@pytest.fixture
def db(tmp_path):
    d = store.open_db(tmp_path / "i.db")
    yield d
    d.close()


def test_one_attack_told_by_four_outlets_is_one_incident_with_the_spread(db):
    add(db, 1, "2024-11-17", date="2024-11-17", killed=2, injured=10, **ODESA)
    add(db, 2, "2024-11-17", date="2024-11-17", killed=3, injured=12, **ODESA)
    add(db, 3, "2024-11-18", date="2024-11-16", killed=3, injured=None, **dict(ODESA, weapon="mixed"))
    region = dict(ODESA, location="Odesa Oblast", geo_precision="region", lat=None, lon=None)
    add(db, 4, "2024-11-18", date="2024-11-17", killed=4, injured=18, **region)
    assert incidents.rebuild(db) == 1
    inc = db.execute("select * from incidents").fetchone()
    row = dict(zip([d[0] for d in db.execute("select * from incidents").description], inc))
    assert row["report_count"] == 4 and row["location"] == "Odesa" and row["weapon"] == "mixed"
    assert (row["killed_min"], row["killed_max"], row["killed_latest"]) == (2, 4, 4)
    assert (row["injured_min"], row["injured_max"], row["injured_latest"]) == (10, 18, 18)
    assert row["first_published"] == "2024-11-17" and row["last_published"] == "2024-11-18"
    assert db.execute("select count(distinct incident_id) from strikes").fetchone()[0] == 1


@pytest.mark.parametrize("other", [
    dict(ODESA, attacker="Ukraine"),                                   # other attacker
    dict(ODESA, location="Mykolaiv", region="Mykolaiv Oblast"),       # other place
    dict(ODESA, weapon="artillery"),                                  # incompatible weapon
    dict(ODESA, location="Izmail"),                                   # another town in the same region
])
def test_different_attacks_stay_apart(db, other):
    add(db, 1, "2024-11-17", date="2024-11-17", **ODESA)
    add(db, 2, "2024-11-17", date="2024-11-17", **other)
    assert incidents.rebuild(db) == 2


def test_days_apart_and_same_report_stay_apart(db):
    add(db, 1, "2024-11-17", date="2024-11-14", **ODESA)
    add(db, 2, "2024-11-17", date="2024-11-17", **ODESA)
    assert incidents.rebuild(db) == 2


def test_tallies_never_merge_with_single_places(db):
    tally = dict(attacker="Russia", weapon="drone", location="Ukraine", country="Ukraine", geo_precision="country")
    add(db, 1, "2024-11-17", date="2024-11-17", launched=120, intercepted=98, **tally)
    add(db, 2, "2024-11-17", date="2024-11-17", launched=118, **tally)
    add(db, 3, "2024-11-17", date="2024-11-17", **ODESA)
    regional = dict(ODESA, location="Odesa Oblast", geo_precision="region")
    add(db, 4, "2024-11-17", date="2024-11-17", intercepted=12, **regional)
    assert incidents.rebuild(db) == 3
    counts = sorted(r[0] for r in db.execute("select report_count from incidents"))
    assert counts == [1, 1, 2]


def test_rebuild_is_deterministic_and_runs_on_ingest(db, tmp_path):
    for n in range(1, 6):
        add(db, n, "2024-11-17", date="2024-11-17", killed=n, **ODESA)
    incidents.rebuild(db)
    first = db.execute("select * from incidents").fetchall()
    incidents.rebuild(db)
    assert db.execute("select * from incidents").fetchall() == first


def test_exports_open_in_their_target_formats(db, tmp_path):
    add(db, 1, "2024-11-17", date="2024-11-17", killed=2, **ODESA)
    add(db, 2, "2024-11-18", date="2024-11-18", intercepted=3, attacker="Ukraine", weapon="drone",
        location="Moscow", region="Moscow", country="Russia", lat=55.75, lon=37.62, geo_precision="place")
    add(db, 3, "2024-11-18", date=None, attacker="Russia", weapon="missile", location="Ukraine", country="Ukraine",
        geo_precision="country", launched=40)
    incidents.rebuild(db)
    path = tmp_path / "i.db"

    buf = io.StringIO()
    assert export.export(path, "strikes", "geojson", buf).rows == 2
    gj = json.loads(buf.getvalue())
    assert gj["type"] == "FeatureCollection"
    for f in gj["features"]:
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
    coords = {f["properties"]["location"]: f["geometry"]["coordinates"] for f in gj["features"]}
    assert coords == {"Odesa": [30.74, 46.48], "Moscow": [37.62, 55.75]}  # RFC 7946: longitude first

    buf = io.StringIO()
    export.export(path, "strikes", "acled", buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert list(rows[0]) == list(export.ACLED_COLUMNS)
    by_loc = {r["location"]: r for r in rows}
    assert by_loc["Moscow"]["sub_event_type"] == "Disrupted weapons use"
    assert by_loc["Moscow"]["event_type"] == "Strategic developments"
    assert by_loc["Odesa"]["sub_event_type"] == "Air/drone strike" and by_loc["Odesa"]["fatalities"] == "2"
    assert by_loc["Odesa"]["actor1"] == "Military Forces of Russia (2000-)"
    assert by_loc["Ukraine"]["sub_event_type"] == "Shelling/artillery/missile attack"
    assert by_loc["Ukraine"]["time_precision"] == "2"

    buf = io.StringIO()
    assert export.export(path, "incidents", "json", buf).rows == 3
    assert {r["report_count"] for r in json.loads(buf.getvalue())} == {1}

    buf = io.StringIO()
    export.export(path, "incidents", "geojson", buf)
    assert len(json.loads(buf.getvalue())["features"]) == 2


def test_export_refuses_what_makes_no_sense(db, tmp_path):
    with pytest.raises(export.ExportError, match="GeoJSON"):
        export.export(tmp_path / "i.db", "quotes", "geojson", io.StringIO())
    with pytest.raises(export.ExportError, match="unknown view"):
        export.export(tmp_path / "i.db", "drop table", "csv", io.StringIO())


def test_sample_reports_telling_one_attack_four_ways_become_one_incident(tmp_path):
    """sample_data 011-014: one night attack on Odesa from four outlets, with 6, 7 and 8 injured."""
    from pathlib import Path

    from parsers.ingest import ingest

    root = Path(__file__).resolve().parent.parent / "sample_data"
    files = sorted(p for p in root.glob("01[1-4]_*.txt"))
    assert len(files) == 4
    db_path = tmp_path / "cluster.db"
    ingest(files, db_path)
    conn = store.open_db(db_path)
    rows = conn.execute("select location, report_count, injured_min, injured_max from incidents "
                        "where location = 'Odesa'").fetchall()
    assert len(rows) == 1
    location, reports, low, high = rows[0]
    assert reports == 4 and low < high


def test_incident_ids_are_stable_and_unchanged_rows_are_not_rewritten(db):
    add(db, 1, "2024-11-17", date="2024-11-17", **ODESA)
    add(db, 2, "2024-11-17", date="2024-11-17", **ODESA)
    incidents.rebuild(db)
    before = db.execute("select id, incident_id from strikes order by id").fetchall()
    changes = db.conn.total_changes
    incidents.rebuild(db)
    assert db.conn.total_changes == changes  # nothing to write when nothing changed
    add(db, 3, "2024-11-18", date="2024-11-18", **dict(ODESA, location="Mykolaiv", region="Mykolaiv Oblast"))
    incidents.rebuild(db)
    after = db.execute("select id, incident_id from strikes order by id").fetchall()
    assert after[:2] == before  # the Odesa incident keeps its id
