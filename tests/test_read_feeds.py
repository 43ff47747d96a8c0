"""RSS and Atom feeds: one report per entry, its text turned from HTML, and snapshots of one feed.

The feeds under fixtures/feeds are written for these tests: two snapshots of a
WordPress-style RSS 2.0 feed (content:encoded, escaped descriptions, a podcast
entry with no text) and an Atom feed with html, xhtml and summary-only entries.
"""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from parsers.ingest import ingest
from parsers.pipeline import document, extract
from parsers.readers import Problem, RawReport, Skipped, read_paths

FIXTURES = Path(__file__).parent / "fixtures"
FEEDS = FIXTURES / "feeds"
MORNING = FEEDS / "kyiv-evening-wire-2025-06-10T08.xml"
EVENING = FEEDS / "kyiv-evening-wire-2025-06-10T20.xml"
ATOM = FEEDS / "frontline-monitor.atom"
KYIV_URL = "https://kyiv-evening-wire.example/2025/06/10/drones-missiles-kyiv-overnight/"


def reports(items):
    return [i for i in items if isinstance(i, RawReport)]


def as_text(name: str) -> RawReport:
    (r,) = read_paths([FIXTURES / "as-text" / f"{name}.txt"])
    return r


def test_rss_entries_are_reports_and_an_entry_without_text_is_skipped():
    items = list(read_paths([MORNING]))
    assert [type(i) for i in items] == [RawReport, RawReport, Skipped]
    kyiv, shebekino = items[:2]
    assert kyiv.title == "Drones and missiles target Kyiv overnight, four wounded"
    assert kyiv.url == KYIV_URL
    assert kyiv.source == "Kyiv Evening Wire"
    assert kyiv.published == dt.date(2025, 6, 10)
    assert kyiv.path == f"{MORNING}#https://kyiv-evening-wire.example/?p=90412"
    assert shebekino.url == "https://kyiv-evening-wire.example/2025/06/10/shebekino-drone-car/"
    assert items[2].path == f"{MORNING}#https://kyiv-evening-wire.example/?p=90377"  # the podcast


def test_rss_entry_text_is_the_full_content_without_feed_chrome():
    kyiv = reports(read_paths([MORNING]))[0]
    assert kyiv.text == as_text("kyiv-evening-wire-drones-missiles-kyiv").text
    for chrome in ("Read more", "appeared first on", "Debris in a courtyard", "<p>", "&#8220;"):
        assert chrome not in kyiv.text


def test_escaped_html_description_is_text():
    shebekino = reports(read_paths([MORNING]))[1]
    assert shebekino.text == (
        "A Ukrainian drone dropped an explosive device on a car in Shebekino, wounding the driver, Belgorod "
        "region governor Vyacheslav Gladkov said.\n\nAir defences shot down six drones over the region "
        "overnight, he added.")


def test_entry_date_is_the_day_where_it_was_published():
    # 00:40 in Kyiv on 10 June is still 9 June in UTC; the report tells of the Kyiv night.
    shebekino = reports(read_paths([MORNING]))[1]
    assert shebekino.published == dt.date(2025, 6, 10)


def test_atom_entries_html_xhtml_and_summary():
    got = reports(read_paths([ATOM]))
    assert [r.title for r in got] == ["Zaporizhzhia: shelling damages houses in Huliaipole district",
                                      "Kherson: drone strikes a bus near the river port",
                                      "Mykolaiv region: night passes quietly, no strikes reported"]
    assert {r.source for r in got} == {"Frontline Monitor: southern regions"}
    assert [r.url for r in got] == [f"https://frontline-monitor.example/south/{n}" for n in (7731, 7725, 7719)]
    assert [r.published for r in got] == [dt.date(2025, 6, 11), dt.date(2025, 6, 10), dt.date(2025, 6, 10)]
    assert got[0].text == as_text("frontline-monitor-huliaipole").text  # no trailing "Read more"
    assert got[1].text == as_text("frontline-monitor-kherson-bus").text
    assert got[2].text == ("The night in the Mykolaiv region passed without strikes, Governor Vitalii Kim said "
                           "in his morning update.")


@pytest.mark.parametrize("feed, index, name", [
    (MORNING, 0, "kyiv-evening-wire-drones-missiles-kyiv"),
    (ATOM, 0, "frontline-monitor-huliaipole"),
    (ATOM, 1, "frontline-monitor-kherson-bus"),
])
def test_records_are_those_of_the_same_report_as_text(feed, index, name):
    from_feed = extract(document(reports(read_paths([feed]))[index]))
    from_text = extract(document(as_text(name)))
    assert from_feed.strikes and from_feed.quotes
    assert from_feed == from_text


def _urls(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [u for (u,) in conn.execute("select url from reports order by url")]


def test_an_entry_in_two_snapshots_is_one_report(tmp_path):
    db = tmp_path / "i.db"
    first = ingest([MORNING, EVENING], db)
    assert (first.new, first.unchanged, first.failed, first.skipped) == (3, 1, 0, 1)
    assert _urls(db).count(KYIV_URL) == 1 and len(_urls(db)) == 3
    again = ingest([MORNING, EVENING], db)
    assert (again.new, again.unchanged, again.replaced) == (0, 4, 0)


def test_an_entry_edited_in_a_later_snapshot_replaces_the_earlier(tmp_path):
    later = tmp_path / "later.xml"
    later.write_text(EVENING.read_text(encoding="utf-8").replace(
        "Four people were wounded, two of whom", "Five people were wounded, three of whom"), encoding="utf-8")
    db = tmp_path / "i.db"
    ingest([MORNING], db)
    summary = ingest([later], db)
    assert (summary.new, summary.replaced) == (1, 1)
    with sqlite3.connect(db) as conn:
        (text,) = conn.execute("select text from reports where url = ?", [KYIV_URL]).fetchone()
    assert "Five people were wounded" in text and _urls(db).count(KYIV_URL) == 1


def test_a_new_snapshot_under_the_same_file_name_keeps_the_older_entries(tmp_path):
    feed = tmp_path / "wire.xml"
    db = tmp_path / "i.db"
    shutil.copy(MORNING, feed)
    ingest([feed], db)
    shutil.copy(EVENING, feed)  # the feed fetched again into the same file
    summary = ingest([feed], db)
    assert (summary.new, summary.unchanged, summary.replaced) == (1, 1, 0)
    assert len(_urls(db)) == 3


@pytest.mark.parametrize("name", ["feed", "index.html", "wire.txt"])
def test_a_feed_is_read_whatever_the_file_is_called(tmp_path, name):
    shutil.copy(MORNING, tmp_path / name)
    assert len(reports(read_paths([tmp_path]))) == 2
    assert len(reports(read_paths([tmp_path / name]))) == 2


def test_other_xml_in_a_folder_is_skipped_and_named_alone_is_one_line(tmp_path):
    sitemap = tmp_path / "sitemap.xml"
    sitemap.write_text('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                       "<url><loc>https://example.org/</loc></url></urlset>")
    assert [type(i) for i in read_paths([tmp_path])] == [Skipped]
    (p,) = read_paths([sitemap])
    assert isinstance(p, Problem) and p.reason == "not an RSS or Atom feed"


def test_feed_with_no_entries_is_one_line(tmp_path):
    f = tmp_path / "empty.rss"
    f.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet Wire</title>'
                 "<link>https://quiet.example/</link><description>x</description></channel></rss>")
    assert [str(i) for i in read_paths([f])] == [f"{f}: no entries in the feed"]


def test_cut_off_feed_keeps_whole_entries_and_says_so(tmp_path):
    text = MORNING.read_text(encoding="utf-8")
    f = tmp_path / "cut.xml"
    f.write_text(text[: text.index("<item>", text.index("</item>")) + 40], encoding="utf-8")
    items = list(read_paths([f]))
    got = reports(items)
    assert [r.url for r in got][:1] == [KYIV_URL]
    assert any("not well-formed" in w for r in got for w in r.warnings)


def test_aggregator_entry_names_its_outlet(tmp_path):
    f = tmp_path / "alerts.xml"
    f.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Alerts: "Kursk"</title>'
        "<link>https://alerts.example/</link><description>x</description><item>"
        "<title>Drones downed over Kursk region</title><link>https://steppe-news.example/a/1</link>"
        "<pubDate>Sat, 08 Mar 2025 09:00:00 +0300</pubDate>"
        '<source url="https://steppe-news.example/rss">Steppe News</source>'
        "<description>Air defences destroyed eleven drones over the Kursk region overnight, the regional "
        "governor said.</description></item></channel></rss>")
    (r,) = read_paths([f])
    assert r.source == "Steppe News"


def test_read_more_ends_a_teaser_only_after_its_last_sentence(tmp_path):
    f = tmp_path / "wire.rss"
    f.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://w.example/</link>'
        "<description>x</description><item><title>Alert</title><link>https://w.example/1</link><description>"
        "&lt;p&gt;The city council urged residents to read more.&lt;/p&gt;"
        "&lt;p&gt;Shelters stay open overnight, officials said. Read More »&lt;/p&gt;"
        "&lt;p&gt;Power was restored by noon [&amp;#8230;]&lt;/p&gt;</description></item></channel></rss>")
    (r,) = read_paths([f])
    assert r.text == ("The city council urged residents to read more.\n\n"
                      "Shelters stay open overnight, officials said.\n\nPower was restored by noon")
