"""After an ingest only the days it touched are re-merged; the result must be what a
full re-merge gives, whatever reports came, went or were replaced, in whatever order."""
from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers import incidents, store
from parsers.readers import RawReport
from parsers.records import Evidence, Extraction, Strike

PLACES = [("Odesa", "Odesa Oblast", "Ukraine", "place"), ("Izmail", "Odesa Oblast", "Ukraine", "place"),
          ("Odesa Oblast", "Odesa Oblast", "Ukraine", "region"), ("Kharkiv", "Kharkiv Oblast", "Ukraine", "place"),
          ("Ukraine", None, "Ukraine", "country"), ("Belgorod", "Belgorod Oblast", "Russia", "place")]
DAY0 = dt.date(2024, 11, 10)

strike = st.fixed_dictionaries({
    "place": st.sampled_from(PLACES[:3]) | st.sampled_from(PLACES),  # dense enough that days chain up
    "day": st.one_of(st.none(), st.integers(0, 5)),
    "attacker": st.sampled_from(["Russia", "Russia", "Ukraine"]),
    "weapon": st.sampled_from([None, "drone", "drone", "missile", "mixed"]),
    "killed": st.one_of(st.none(), st.integers(0, 9)),
    "intercepted": st.one_of(st.none(), st.integers(1, 50)),
})
report = st.fixed_dictionaries({
    "path": st.sampled_from([f"r{i}.txt" for i in range(12)]),  # a path seen before replaces that report
    "published": st.one_of(st.none(), st.integers(0, 6)),
    "strikes": st.lists(strike, min_size=1, max_size=3),
})


def _store(db, n: int, rep: dict) -> None:
    text = f"Report {n} at {rep['path']}."
    published = DAY0 + dt.timedelta(days=rep["published"]) if rep["published"] is not None else None
    raw = RawReport(text=text, path=rep["path"], source="Outlet", published=published)
    ev = Evidence(text, 0, len(text))
    rows = []
    for s in rep["strikes"]:
        location, region, country, precision = s["place"]
        rows.append(Strike(ev, date=(DAY0 + dt.timedelta(days=s["day"])).isoformat() if s["day"] is not None else None,
                           attacker=s["attacker"], weapon=s["weapon"], location=location, region=region,
                           country=country, geo_precision=precision, killed=s["killed"],
                           intercepted=s["intercepted"] if precision != "place" else None))
    store.add_report(db, raw, Extraction(strikes=rows), "v")


def _state(db) -> tuple[list, list]:
    return (db.execute("select id, incident_id from strikes order by id").fetchall(),
            db.execute("select * from incidents order by id").fetchall())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batches=st.lists(st.lists(report, min_size=1, max_size=3), min_size=2, max_size=6))
def test_incremental_rebuild_equals_a_full_one(tmp_path_factory, batches):
    db = store.open_db(tmp_path_factory.mktemp("inc") / "i.db")
    n = 0
    for batch in batches:
        for rep in batch:
            n += 1
            _store(db, n, rep)
        count = incidents.rebuild(db)
        incremental = _state(db)
        assert incidents.rebuild(db, full=True) == count
        assert _state(db) == incremental
    db.close()


def test_a_day_of_news_recomputes_only_its_days(tmp_path):
    db = store.open_db(tmp_path / "i.db")
    for n in range(30):
        _store(db, n, {"path": f"old{n}.txt", "published": n % 9,
                       "strikes": [{"place": PLACES[n % 4], "day": n % 9, "attacker": "Russia", "weapon": "drone",
                                    "killed": n % 3, "intercepted": None}]})
    incidents.rebuild(db)
    assert incidents._dirty_since(db) is incidents._CLEAN
    _store(db, 99, {"path": "new.txt", "published": 8,
                    "strikes": [{"place": PLACES[0], "day": 8, "attacker": "Russia", "weapon": "drone",
                                 "killed": 1, "intercepted": None}]})
    assert incidents._dirty_since(db) == DAY0 + dt.timedelta(days=8)
    incidents.rebuild(db)
    _store(db, 100, {"path": "old3.txt", "published": 3, "strikes": [  # a replaced report: its old day is dirty
        {"place": PLACES[3], "day": 7, "attacker": "Russia", "weapon": None, "killed": None, "intercepted": None}]})
    since = incidents._dirty_since(db)  # no later than its old day, which merged with the day before
    assert DAY0 + dt.timedelta(days=2) <= since <= DAY0 + dt.timedelta(days=3)
    db.close()
