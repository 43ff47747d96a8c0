"""The store on real SQLite files: schema contract, keys, FTS, idempotence, replacement."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest

from parsers import schema, store
from parsers.readers import RawReport
from parsers.records import Evidence, Extraction, Negotiation, Quote, Strike

TEXT = ("Ukrainian drones hit an oil depot in Bryansk overnight, Governor Alexander Bogomaz said. "
        "\"The fire has been put out,\" he wrote on Telegram.")


def raw(text=TEXT, path="r1.txt", url=None, published=dt.date(2025, 5, 2)):
    return RawReport(text=text, path=path, url=url, title="Depot hit", source="Wire", published=published)


def extraction(text=TEXT, speaker="Alexander Bogomaz"):
    end = text.index(".") + 1
    ev = Evidence(text[:end], 0, end)
    q_start = text.index("\"The") + 1
    q_end = text.index(",\" he")
    return Extraction(
        strikes=[Strike(ev, date="2025-05-02", attacker="Ukraine", weapon="drone", location="Bryansk",
                        region="Bryansk Oblast", country="Russia", target="infrastructure")],
        negotiations=[Negotiation(ev, kind="readiness", parties=["Russia", "Ukraine"], cameo="036")],
        quotes=[Quote(text=text[q_start:q_end], kind="direct", char_start=q_start, char_end=q_end,
                      speaker=speaker, speaker_text="he", speaker_kind="person", role="Governor",
                      medium="Telegram")],
    )


@pytest.fixture
def db(tmp_path):
    d = store.open_db(tmp_path / "t.db")
    yield d
    d.close()


def test_schema_contract_columns(db):
    for table, cols in {
        "reports": ["id", "sha256", "title", "source", "url", "published", "path", "text", "ingested_at"],
        "strikes": ["id", "report_id", "date", "date_text", "attacker", "weapon", "weapon_detail", "location",
                    "region", "country", "lat", "lon", "launched", "intercepted", "killed", "injured", "target",
                    "claimed_by", "sentence", "char_start", "char_end"],
        "negotiations": ["id", "report_id", "date", "date_text", "kind", "parties", "venue", "topic", "sentence",
                         "char_start", "char_end"],
        "speakers": ["id", "name", "role", "affiliation", "aliases"],
        "quotes": ["id", "report_id", "speaker_id", "speaker_text", "text", "kind", "cue", "medium", "date",
                   "char_start", "char_end"],
    }.items():
        have = [c.name for c in db[table].columns]
        assert have[: len(cols)] == cols or set(cols) <= set(have), table
    assert db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert db.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert db.journal_mode == "wal"
    assert {"strikes_view", "negotiations_view", "quotes_view", "speakers_view", "reports_view"} <= set(db.view_names())
    fks = {(fk.column, fk.other_table) for fk in db["quotes"].foreign_keys}
    assert fks == {("report_id", "reports"), ("speaker_id", "speakers")}
    indexed = {tuple(i.columns) for i in db["strikes"].indexes}
    assert {("date",), ("attacker",), ("weapon",), ("region",)} <= indexed


def test_add_report_writes_rows_with_evidence(db):
    out = store.add_report(db, raw(), extraction(), "v1")
    assert (out.status, out.strikes, out.negotiations, out.quotes) == ("new", 1, 1, 1)
    s = db.execute("select r.text, s.char_start, s.char_end, s.sentence from strikes s "
                   "join reports r on r.id = s.report_id").fetchone()
    assert s[0][s[1]:s[2]] == s[3]
    # the SQL form documented in the README gives the same evidence
    got = db.execute("select substr(r.text, s.char_start + 1, s.char_end - s.char_start) from strikes s "
                     "join reports r on r.id = s.report_id").fetchone()[0]
    assert got == s[3]
    n = db.execute("select parties, cameo from negotiations").fetchone()
    assert json.loads(n[0]) == ["Russia", "Ukraine"] and n[1] == "036"
    q = db.execute("select q.text, sp.name, sp.role, sp.aliases from quotes q join speakers sp on sp.id = q.speaker_id").fetchone()
    assert q[0] == "The fire has been put out" and q[1] == "Alexander Bogomaz" and q[2] == "Governor"
    assert json.loads(q[3]) == ["Alexander Bogomaz"]  # "he" is how he was referred to, not a spelling
    view = db.execute("select report_title, report_published from strikes_view").fetchone()
    assert view == ("Depot hit", "2025-05-02")


def test_unchanged_report_adds_nothing(db):
    store.add_report(db, raw(), extraction(), "v1")
    again = store.add_report(db, raw(), extraction(), "v1")
    assert again.status == "unchanged"
    assert db.execute("select count(*) from reports").fetchone()[0] == 1
    assert db.execute("select count(*) from strikes").fetchone()[0] == 1


def test_changed_report_from_same_path_replaces_its_rows(db):
    store.add_report(db, raw(), extraction(), "v1")
    text2 = TEXT.replace("oil depot", "fuel depot")
    second = store.add_report(db, raw(text=text2), extraction(text2), "v1")
    assert second.status == "replaced"
    assert db.execute("select count(*) from reports").fetchone()[0] == 1
    assert db.execute("select sentence from strikes").fetchall() == [(text2[: text2.index(".") + 1],)]


def test_changed_report_with_same_url_replaces(db):
    store.add_report(db, raw(path="a.txt", url="https://example.org/x"), extraction(), "v1")
    text2 = TEXT + " Nobody was hurt."
    out = store.add_report(db, raw(text=text2, path="b.txt", url="https://example.org/x"), extraction(text2), "v1")
    assert out.status == "replaced"
    assert db.execute("select path from reports").fetchall() == [("b.txt",)]


def test_speaker_is_one_row_across_reports(db):
    store.add_report(db, raw(path="a.txt"), extraction(), "v1")
    text2 = TEXT.replace("oil", "fuel")
    store.add_report(db, raw(text=text2, path="b.txt"), extraction(text2), "v1")
    assert db.execute("select count(*) from speakers").fetchone()[0] == 1
    assert db.execute("select quotes from speakers_view").fetchone()[0] == 2


def test_fts_follows_inserts_and_replacements(db):
    store.add_report(db, raw(), extraction(), "v1")
    hit = db.execute("select count(*) from reports_fts where reports_fts match 'depot'").fetchone()[0]
    assert hit == 1
    assert db.execute("select count(*) from quotes_fts where quotes_fts match 'fire'").fetchone()[0] == 1
    text2 = TEXT.replace("oil depot", "substation").replace("The fire", "The blaze")
    store.add_report(db, raw(text=text2), extraction(text2), "v1")
    assert db.execute("select count(*) from reports_fts where reports_fts match 'oil'").fetchone()[0] == 0
    assert db.execute("select count(*) from reports_fts where reports_fts match 'substation'").fetchone()[0] == 1
    assert db.execute("select count(*) from quotes_fts where quotes_fts match 'blaze'").fetchone()[0] == 1


def test_a_failing_report_leaves_nothing_half_stored(db):
    store.add_report(db, raw(path="good.txt"), extraction(), "v1")
    bad = extraction()
    bad.quotes[0].kind = None  # violates NOT NULL after the report and strikes rows were written
    with pytest.raises(sqlite3.IntegrityError):
        store.add_report(db, raw(text=TEXT + " More.", path="bad.txt"), bad, "v1")
    assert db.execute("select path from reports").fetchall() == [("good.txt",)]
    assert db.execute("select count(*) from strikes").fetchone()[0] == 1
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_foreign_keys_hold(db):
    store.add_report(db, raw(), extraction(), "v1")
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("insert into strikes (report_id) values (999)")


def test_refuses_files_that_are_not_ours(tmp_path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("create table notes (x)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    with pytest.raises(store.StoreError, match="not one written by incident-browser"):
        store.open_db(other)
    assert other.read_bytes() == before
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(store.StoreError, match="not an SQLite database"):
        store.open_db(junk)


def test_refuses_newer_schema(tmp_path):
    path = tmp_path / "new.db"
    store.open_db(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(store.StoreError, match="newer"):
        store.open_db(path)
