"""`incidents ingest` on a folder as an analyst has it: saved pages, feed snapshots and a Telegram export."""
from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "parsers.cli", *args], capture_output=True, text=True)


def test_folder_of_pages_feeds_and_an_export(tmp_path):
    inbox = tmp_path / "Downloads"
    for kind in ("web", "feeds", "telegram"):
        shutil.copytree(FIXTURES / kind, inbox / kind)
    db = tmp_path / "i.db"

    done = run("ingest", str(inbox), "--db", str(db))
    assert done.returncode == 1  # three pages hold no article
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert sorted(errors) == [f"error: {inbox / 'web' / name}: no article text found"
                              for name in ("not-found.html", "section-front-war.html", "subscriber-wall.html")]
    # 3 articles + 2 + 1 + 3 feed entries (+1 unchanged: the Kyiv entry again in the second snapshot) + 4 posts
    assert "reports 13 new, 1 unchanged, 0 replaced, 3 failed, 5 skipped" in done.stdout

    with sqlite3.connect(db) as conn:
        rows = {r[0]: r[1:] for r in conn.execute("select url, title, source, published from reports where url is not null")}
        by_source = dict(conn.execute("select source, count(*) from reports group by source"))
        strikes = dict(conn.execute("select r.source, count(*) from strikes s join reports r on r.id = s.report_id "
                                    "group by r.source"))
    assert rows["https://slobvisnyk.example/en/news/18342.html"] == (
        "Guided bomb hits Saltivka in Kharkiv, one killed", "Слобожанський вісник", "2025-05-17")
    assert rows["https://frontline-monitor.example/south/7725"] == (
        "Kherson: drone strikes a bus near the river port", "Frontline Monitor: southern regions", "2025-06-10")
    assert by_source == {"Dnipro Courier": 1, "Black Sea Wire": 1, "Слобожанський вісник": 1, "Kyiv Evening Wire": 3,
                         "Frontline Monitor: southern regions": 3, "Zaporizhzhia Regional Military Administration": 3,
                         "Air Force of the Armed Forces of Ukraine": 1}
    for source in ("Dnipro Courier", "Kyiv Evening Wire", "Frontline Monitor: southern regions",
                   "Zaporizhzhia Regional Military Administration", "Air Force of the Armed Forces of Ukraine"):
        assert strikes.get(source), source

    again = run("ingest", str(inbox), "--db", str(db))
    assert "reports 0 new, 14 unchanged, 0 replaced, 3 failed" in again.stdout
