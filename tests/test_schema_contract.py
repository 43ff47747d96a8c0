"""Issue 17, faults 13, 15, 16: the database as other tools read it (ACLED joins, Datasette, declared keys)."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from parsers import incidents, schema, store
from tui import export_cli as export
from parsers.dates import date_of
from parsers.readers import RawReport
from parsers.records import Evidence, Extraction, Strike


def add(db, n: int, published: str | None, text: str, **fields) -> None:
    raw = RawReport(text=text, path=f"r{n}.txt", source=f"Outlet {n}",
                    published=dt.date.fromisoformat(published) if published else None)
    store.add_report(db, raw, Extraction(strikes=[Strike(Evidence(text, 0, len(text)), **fields)]), "v")


RU = dict(attacker="Russia", weapon="drone", country="Ukraine")


@pytest.fixture
def db(tmp_path: Path):
    d = store.open_db(tmp_path / "i.db")
    yield d
    d.close()


def acled(path: Path) -> dict[str, dict[str, str]]:
    buf = io.StringIO()
    export.export(path, "strikes", "acled", buf)
    return {r["notes"]: r for r in csv.DictReader(io.StringIO(buf.getvalue()))}


# 13 ------------------------------------------------------------------------------------
def test_acled_rows_always_have_a_date_and_acleds_region_names(db, tmp_path: Path) -> None:
    add(db, 1, "2025-02-03", "Drones hit Kharkiv on Sunday night.", date="2025-02-02", location="Kharkiv",
        region="Kharkiv Oblast", **RU)
    add(db, 2, "2025-02-05", "A drone hit a warehouse in Kyiv, officials said.", location="Kyiv", region="Kyiv", **RU)
    add(db, 3, "2025-02-06", "Drones struck the Kyiv region, its governor said.", location="Kyiv Oblast",
        region="Kyiv Oblast", geo_precision="region", **RU)
    add(db, 4, None, "Ukrainian drones hit a depot in Krasnodar Krai.", attacker="Ukraine", weapon="drone",
        country="Russia", location="Krasnodar Krai", region="Krasnodar Krai", geo_precision="region")
    add(db, 5, "2025-02-07", "Drones hit the Moscow region overnight.", attacker="Ukraine", weapon="drone",
        country="Russia", location="Moscow Oblast", region="Moscow Oblast", geo_precision="region")
    rows = acled(tmp_path / "i.db")
    kharkiv, kyiv_city, kyiv_oblast, krasnodar, moscow = rows.values() if False else (
        rows["Drones hit Kharkiv on Sunday night."], rows["A drone hit a warehouse in Kyiv, officials said."],
        rows["Drones struck the Kyiv region, its governor said."],
        rows["Ukrainian drones hit a depot in Krasnodar Krai."], rows["Drones hit the Moscow region overnight."])
    assert (kharkiv["event_date"], kharkiv["time_precision"], kharkiv["admin1"]) == ("2025-02-02", "1", "Kharkiv")
    assert (kyiv_city["event_date"], kyiv_city["time_precision"]) == ("2025-02-05", "2")  # the report's date
    assert kyiv_city["admin1"] == "Kyiv City" and kyiv_oblast["admin1"] == "Kyiv"
    assert krasnodar["admin1"] == "Krasnodar" and krasnodar["event_date"] == ""  # no date anywhere
    assert moscow["admin1"] == "Moscow Oblast"


# 16 ------------------------------------------------------------------------------------
def test_strikes_declare_their_incident_key(db) -> None:
    keys = {(r[3], r[2], r[4]) for r in db.execute("PRAGMA foreign_key_list(strikes)").fetchall()}
    assert ("incident_id", "incidents", "id") in keys and ("report_id", "reports", "id") in keys
    add(db, 1, "2025-02-03", "Drones hit Kharkiv.", date="2025-02-02", location="Kharkiv", **RU)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("update strikes set incident_id = 999")


def test_replacing_reports_keeps_the_incident_key_whole(db) -> None:
    add(db, 1, "2025-02-03", "Drones hit Odesa.", date="2025-02-02", location="Odesa", **RU)
    add(db, 2, "2025-02-03", "Drones struck Odesa overnight.", date="2025-02-02", location="Odesa", **RU)
    incidents.rebuild(db)
    raw = RawReport(text="Drones struck Odesa overnight, a second time.", path="r2.txt",
                    published=dt.date(2025, 2, 9))
    store.add_report(db, raw, Extraction(strikes=[Strike(Evidence(raw.text, 0, len(raw.text)), date="2025-02-09",
                                                         location="Odesa", **RU)]), "v")
    incidents.rebuild(db)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("select count(*) from strikes where incident_id is null").fetchone()[0] == 0
    assert db.execute("select count(*) from incidents").fetchone()[0] == 2


def test_older_strikes_table_gets_the_key_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    d = store.open_db(path)
    add(d, 1, "2025-02-03", "Drones hit Kharkiv.", date="2025-02-02", location="Kharkiv", **RU)
    add(d, 2, "2025-02-04", "Drones hit Sumy.", date="2025-02-04", location="Sumy", **RU)
    incidents.rebuild(d)
    d.close()
    conn = sqlite3.connect(path)  # make it the table an older version wrote: no key on incident_id
    columns = [(r[1], r[2]) for r in conn.execute("PRAGMA table_info(strikes)")]
    old = ", ".join(f"[{c}] {t}" + (" PRIMARY KEY" if c == "id" else "")
                    + (" NOT NULL REFERENCES [reports]([id])" if c == "report_id" else "") for c, t in columns)
    conn.executescript("PRAGMA foreign_keys = OFF;"
                       + "".join(f"DROP VIEW {v};" for v in schema.VIEWS)
                       + f"CREATE TABLE strikes_old ({old});"
                       + "INSERT INTO strikes_old SELECT * FROM strikes; DROP TABLE strikes;"
                       + "ALTER TABLE strikes_old RENAME TO strikes;"
                       + "UPDATE strikes SET incident_id = 777 WHERE location = 'Sumy';")
    conn.close()
    before = sqlite3.connect(path).execute("select id, location, sentence from strikes order by id").fetchall()
    d = store.open_db(path)
    keys = {r[3] for r in d.execute("PRAGMA foreign_key_list(strikes)").fetchall()}
    assert {"incident_id", "report_id"} <= keys
    assert d.execute("select id, location, sentence from strikes order by id").fetchall() == before
    assert d.execute("select incident_id from strikes where location = 'Sumy'").fetchone() == (None,)
    assert d.execute("select count(*) from strikes_view").fetchone()[0] == 2
    incidents.rebuild(d)
    assert d.execute("select count(*) from strikes where incident_id is null").fetchone()[0] == 0
    d.close()


# 15 ------------------------------------------------------------------------------------
async def test_datasette_searches_the_views_through_the_metadata(db, tmp_path: Path) -> None:
    from datasette.app import Datasette

    from parsers.datasette import metadata

    path = tmp_path / "i.db"
    raw = RawReport(text="The governor said the ceasefire talks had stalled. Another line about grain.",
                    path="q.txt", title="Ceasefire talks stall", published=dt.date(2025, 3, 1))
    from parsers.records import Quote

    quotes = [Quote("the ceasefire talks had stalled", "indirect", 18, 50, speaker="Regional governor"),
              Quote("Another line about grain", "indirect", 51, 76)]
    store.add_report(db, raw, Extraction(quotes=quotes), "v")
    add(db, 2, "2025-03-02", "Drones hit Odesa overnight.", date="2025-03-02", location="Odesa", **RU)
    db.conn.commit()
    meta = metadata(path)
    tables = meta["databases"]["i"]["tables"]
    assert tables["quotes_view"]["fts_table"] == "quotes_fts" and "speaker" in tables["quotes_view"]["facets"]
    ds = Datasette([str(path)], metadata=meta)
    got = (await ds.client.get("/i/quotes_view.json?_search=ceasefire&_shape=array")).json()
    assert [r["text"] for r in got] == ["the ceasefire talks had stalled"]
    got = (await ds.client.get("/i/reports_view.json?_search=grain&_shape=array")).json()
    assert [r["title"] for r in got] == ["Ceasefire talks stall"]
    got = (await ds.client.get("/i/reports_view.json?_search=odesa&_shape=array")).json()
    assert [r["id"] for r in got] == [2]
    page = (await ds.client.get("/i/strikes_view.json?_extra=facet_results")).json()
    facets = page["facet_results"]
    facets = facets.get("results", facets)
    assert {"attacker", "weapon", "country"} <= set(facets)


def test_datasette_metadata_command_writes_a_file_datasette_accepts(db, tmp_path: Path) -> None:
    out = tmp_path / "metadata.json"
    result = subprocess.run([sys.executable, "-m", "parsers.cli", "datasette-metadata", "--db", str(tmp_path / "i.db"),
                             "-o", str(out)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    meta = json.loads(out.read_text())
    assert meta["databases"]["i"]["tables"]["reports_view"]["fts_table"] == "reports_fts"
    assert "datasette" in result.stderr and str(out) in result.stderr


# libraries -----------------------------------------------------------------------------
def test_orthodox_easter_2100_is_on_the_gregorian_may_2() -> None:
    # the Julian calendar gains a 14th day on the Gregorian one in 2100
    assert date_of("Residents were marking Easter Sunday when the drones struck.", dt.date(2100, 5, 5))[0] \
        == "2100-05-02"
    assert date_of("Residents were marking Easter Sunday when the drones struck.", dt.date(2025, 4, 22))[0] \
        == "2025-04-20"


def test_default_database_is_in_the_platforms_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from parsers.cli import default_db

    monkeypatch.delenv("INCIDENTS_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_db() == tmp_path / "data" / "incident-browser" / "incidents.db"
    monkeypatch.setenv("INCIDENTS_DB", "~/elsewhere.db")
    assert default_db() == Path.home() / "elsewhere.db"
