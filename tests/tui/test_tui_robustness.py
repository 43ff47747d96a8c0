"""Issue 8, the app's side: an ingest writing the open database, and search text that is not a polite word.

The app opens the file read-only while `incidents ingest` may be writing it
(WAL): it must keep working and show the new rows after `r`. Search text goes
to FTS5 and to SQL only as bound parameters; FTS operators, quotes, SQL
fragments and very long strings are plain words that match or do not.
"""
from __future__ import annotations

import asyncio
import hashlib
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from textual.widgets import Static

from tui.panes import PANES
from tui.queries import Filters, Store, fts_expression
from tui_pilot import new_app, settle, status

REPORT = """\
---
title: {title}
source: {source}
published: {published}
---
{body}
"""

FIRST = dict(
    title="Drones hit Sumy overnight, two killed", source="Example Wire", published="2025-06-02",
    body=("SUMY, June 2 (Example Wire) - Russian drones struck a residential district of Sumy overnight, killing "
          "two people and injuring nine, regional governor Oleh Hryhorov said on Monday.\n\n"
          "\"The enemy again targeted homes,\" Hryhorov wrote on Telegram."))
LATER = [
    dict(title="Missile attack on Dnipro damages factory", source="Coast News", published="2025-06-03",
         body=("DNIPRO, June 3 - A Russian missile hit an industrial plant in Dnipro on Tuesday morning, injuring "
               "four workers, regional head Serhiy Lysak said.")),
    dict(title="Shelling of Nikopol wounds three", source="River Post", published="2025-06-04",
         body=("NIKOPOL, June 4 - Russian artillery shelled Nikopol on Wednesday, wounding three people and "
               "damaging a school, the regional administration said.")),
    dict(title="Glide bombs strike Kostiantynivka", source="Example Wire", published="2025-06-05",
         body=("KYIV, June 5 (Example Wire) - Russian glide bombs hit Kostiantynivka on Thursday, killing one man, "
               "the regional prosecutor's office said.")),
]


def write_reports(folder: Path, reports: list[dict]) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, r in enumerate(reports):
        p = folder / f"report-{r['published']}-{i}.txt"
        p.write_text(REPORT.format(**r), encoding="utf-8")
        paths.append(str(p))
    return paths





def counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {t: conn.execute(f"select count(*) from {t}").fetchone()[0]
                for t in ("reports", "strikes", "quotes", "incidents")}
    finally:
        conn.close()


# -- an ingest while the app has the file open -------------------------------------------------------
def _ingest_in_thread(paths: list[str], db: Path):
    from parsers.ingest import ingest

    return asyncio.to_thread(ingest, paths, db)


async def _ingest_in_process(paths: list[str], db: Path) -> None:
    code = textwrap.dedent(f"""
        from parsers.ingest import ingest
        s = ingest({paths!r}, {str(db)!r})
        assert s.new == {len(paths)}, s
    """)
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", code, stderr=subprocess.PIPE)
    _, err = await proc.communicate()
    assert proc.returncode == 0, err.decode()


@pytest.mark.parametrize("writer", ["thread", "process"])
async def test_ingest_into_the_open_database_then_r_shows_the_new_rows(tmp_path: Path, writer: str) -> None:
    from parsers.ingest import ingest

    db = tmp_path / "live.db"
    ingest(write_reports(tmp_path / "first", [FIRST]), db)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    before = counts(db)
    app = new_app(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("5")
        await settle(pilot)
        reports = app.current_pane()
        assert reports.table.total == before["reports"] and f"of {before['reports']}" in status(reports)

        paths = write_reports(tmp_path / "later", LATER)
        job = asyncio.ensure_future(_ingest_in_thread(paths, db) if writer == "thread"
                                    else _ingest_in_process(paths, db))
        # the app keeps answering while the writer works: switch panes, move, search
        while not job.done():
            for key in ("1", "j", "k", "5", "g"):
                await pilot.press(key)
            await pilot.pause(0.01)
        await job
        await settle(pilot)
        after = counts(db)
        assert after["reports"] == before["reports"] + len(LATER)
        assert "error" not in status(reports)

        app._poll_changes()  # what the 3-second timer does: the banner says to reload
        await settle(pilot)
        banner = app.query_one("#banner", Static)
        assert banner.display and "press r" in str(banner.content)

        await pilot.press("r")
        await settle(pilot)
        assert not banner.display
        assert reports.table.total == after["reports"] and f"of {after['reports']}" in status(reports)
        titles = {row[4] for row in (reports.table.row_at(i) for i in range(reports.table.total))}
        assert {r["title"] for r in LATER} <= titles
        for key, table in (("1", "strikes"), ("3", "quotes"), ("6", "incidents")):
            await pilot.press(key)
            await settle(pilot)
            pane = app.current_pane()
            assert pane.spec.key == table and pane.table.total == after[table], status(pane)


# -- search text that is not a polite word -------------------------------------------------------------
NASTY = [
    '"', '""', '"unbalanced', "*", "drone*", "(", ")", "(drone", "AND", "OR", "NOT", "NEAR", "drone AND",
    "OR drone", "NOT grid", "NEAR(drone grid)", "NEAR(drone grid, 2)", "-", "-drone", "^", "^drone", ":",
    "title:drone", "text:", "{title text}: drone", "'; drop table strikes; --", "\"; DROP TABLE quotes; --",
    "1 OR 1=1", "%", "_", "\\", "\x00", "drone\x00grid", "é", "Київ", "x" * 10_000, "grid " * 2_000,
]


def _fingerprint(path: Path) -> tuple[str, dict[str, int], list]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        schema = conn.execute("select type, name, sql from sqlite_master order by name").fetchall()
        rows = {t: conn.execute(f"select count(*) from {t}").fetchone()[0]
                for t in ("reports", "strikes", "negotiations", "quotes", "speakers")}
    finally:
        conn.close()
    return hashlib.sha256(path.read_bytes()).hexdigest(), rows, schema


class _Recording(sqlite3.Connection):
    """A connection that keeps every SQL string it prepares, to show user text arrives only as parameters."""

    log: list[str] = []

    def execute(self, sql, *args):  # type: ignore[override]
        self.log.append(sql)
        return super().execute(sql, *args)

    def executemany(self, sql, *args):  # type: ignore[override]
        self.log.append(sql)
        return super().executemany(sql, *args)


@pytest.fixture
def recorded_sql(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    import tui.db

    real = sqlite3.connect
    log: list[str] = []
    _Recording.log = log
    monkeypatch.setattr(tui.db.sqlite3, "connect", lambda *a, **kw: real(*a, factory=_Recording, **kw))
    return log


def _distinctive(text: str) -> str | None:
    """A piece of the text that could only be in an SQL string if the text itself was pasted in."""
    core = text.strip()
    return core[:40] if len(core) >= 4 and core.upper() not in {"NEAR", "TEXT"} else None


@pytest.mark.parametrize("pane_key", ["quotes", "incidents", "speakers"])  # every pane: the query-layer test below
async def test_search_survives_fts_syntax_sql_and_huge_input(fixture_db: Path, recorded_sql: list[str],
                                                             pane_key: str) -> None:
    before = _fingerprint(fixture_db)
    app = new_app(fixture_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.action_pane(pane_key)
        await settle(pilot)
        pane = app.current_pane()
        everything = pane.table.total
        await pilot.press("slash")
        for text in NASTY:
            pane.search_input.value = text
            await settle(pilot)
            line = status(pane)
            assert "error" not in line, (text[:30], line)
            assert "no matches" in line or f"of {pane.table.total:,}" in line, (text[:30], line)
            assert pane.table.total <= everything
        # typed key by key too, through the input
        pane.search_input.value = ""
        await pilot.press(*'NEAR("grid" OR -x*)')
        await settle(pilot)
        assert "error" not in status(pane)
        await pilot.press("escape")
        await settle(pilot)
        assert pane.table.total == everything  # the app still works
    assert _fingerprint(fixture_db) == before  # nothing written, nothing dropped
    assert recorded_sql and not any("drop" in sql.lower() for sql in recorded_sql)
    for text in NASTY:
        piece = _distinctive(text)
        if piece:
            assert not any(piece in sql for sql in recorded_sql), text[:30]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    from tui_fixture import build

    s = Store(build(tmp_path_factory.mktemp("search") / "search.db", follow_up=True))
    yield s
    s.close()


@pytest.mark.parametrize("text", NASTY)
@pytest.mark.parametrize("pane_key", ["strikes", "negotiations", "quotes", "speakers", "reports", "incidents"])
def test_query_layer_search_takes_any_text(store: Store, pane_key: str, text: str) -> None:
    spec = PANES[pane_key]
    filters = Filters(search=text)
    rows = store.page(spec, filters, spec.sort)
    n = store.count(spec, filters)
    assert n == len(rows) or (len(rows) == 200 and n > 200)
    assert n <= store.count(spec, Filters())


def test_search_words_still_find_after_operators_are_neutralised(store: Store) -> None:
    quotes = PANES["quotes"]
    # FTS syntax around real words: the words are searched for, the punctuation is ignored
    for text in ('"exchange', "(exchange)", "exchange*", "^exchange", "-exchange", "exchange:", "{exchange}",
                 '"ready" + (exchange'):
        rows = store.page(quotes, Filters(search=text), quotes.sort)
        assert [r[2 + [c.name for c in quotes.columns].index("text")] for r in rows] == [
            "We are ready to exchange all for all,"], text
    # an operator word is a plain word: "exchange OR grid" wants a quote with all three words, and none has
    assert store.count(quotes, Filters(search="exchange OR grid")) == 0
    assert store.count(quotes, Filters(search="exchange all")) == 1


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300))
def test_fts_expression_is_always_a_valid_fts5_query(text: str) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("create virtual table f using fts5(title, text, tokenize='porter')")
    conn.execute("insert into f values ('Drones hit the grid', 'We are ready to exchange all for all')")
    expr = fts_expression(text)
    if expr is not None:
        conn.execute("select count(*) from f where f match ?", [expr]).fetchone()
    conn.close()


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=200), pane_key=st.sampled_from(sorted(PANES)))
def test_query_layer_search_never_fails_on_random_text(store: Store, text: str, pane_key: str) -> None:
    spec = PANES[pane_key]
    filters = Filters(search=text)
    rows = store.page(spec, filters, spec.sort, limit=50)
    assert len(rows) <= store.count(spec, filters) <= store.count(spec, Filters())
