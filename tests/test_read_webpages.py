"""Saved web pages: the article an analyst would read, its metadata, and pages that hold none.

The pages under fixtures/web are written for these tests in three site layouts
(a modern article page, a div-soup wire site saved by a browser, an old table
layout in windows-1251); fixtures/as-text holds the same reports as `.txt`.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import threading
from pathlib import Path

import pytest

from parsers.pipeline import document, extract
from parsers.readers import Problem, RawReport, Skipped, read_paths

FIXTURES = Path(__file__).parent / "fixtures"
WEB = FIXTURES / "web"
PAGES = ["dnipro-courier-power-plant", "black-sea-wire-odesa-port", "slobozhanskyi-visnyk-kharkiv-bomb"]


def read_one(path: Path) -> RawReport:
    items = list(read_paths([path]))
    assert [type(i) for i in items] == [RawReport], items
    return items[0]


def as_text(name: str) -> RawReport:
    return read_one(FIXTURES / "as-text" / f"{name}.txt")


@pytest.mark.parametrize("name", PAGES)
def test_page_reads_as_the_article_alone(name):
    page = read_one(WEB / f"{name}.html")
    same = as_text(name)
    assert page.text == same.text
    for chrome in ("Home", "Read more", "Read also", "Advertisement", "Comments", "Most read", "cookies",
                   "Share", "Subscribe", "All rights reserved", "©", "function", "Related"):
        assert chrome not in page.text


@pytest.mark.parametrize("name", PAGES)
def test_page_metadata_comes_from_the_page(name):
    page = read_one(WEB / f"{name}.html")
    same = as_text(name)
    assert (page.title, page.published, page.source, page.url) == (same.title, same.published, same.source, same.url)
    assert page.path == str(WEB / f"{name}.html")
    assert page.warnings == []


def test_published_is_the_publication_not_the_last_edit():
    page = read_one(WEB / "dnipro-courier-power-plant.html")  # modified the next day
    assert page.published == dt.date(2025, 3, 4)


def test_headline_is_not_repeated_as_the_first_paragraph():
    page = read_one(WEB / "dnipro-courier-power-plant.html")
    assert not page.text.startswith("Missiles hit power plant")
    assert page.text.startswith("Russian forces struck a thermal power plant")


@pytest.mark.parametrize("name", PAGES)
def test_records_are_those_of_the_same_report_as_text(name):
    from_page = extract(document(read_one(WEB / f"{name}.html")))
    from_text = extract(document(as_text(name)))
    assert from_page.strikes and from_page.quotes
    assert from_page == from_text


def test_windows_1251_page_decodes_as_declared():
    page = read_one(WEB / "slobozhanskyi-visnyk-kharkiv-bomb.html")
    assert "Салтівка" in page.text and "—" in page.text
    assert "“Rescuers are still working" in page.text
    assert page.source == "Слобожанський вісник"


@pytest.mark.parametrize("declaration", [b'<meta charset="windows-1251">', b"<meta charset=windows-1251>", b""])
def test_windows_1251_page_with_short_or_no_declaration(tmp_path, declaration):
    data = (WEB / "slobozhanskyi-visnyk-kharkiv-bomb.html").read_bytes()
    long_form = b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
    assert long_form in data
    f = tmp_path / "page.htm"
    f.write_bytes(data.replace(long_form, declaration))
    page = read_one(f)
    assert page.text == as_text("slobozhanskyi-visnyk-kharkiv-bomb").text
    assert page.source == "Слобожанський вісник"


def test_page_declaring_latin1_is_read_as_windows_1252(tmp_path):
    # Browsers read "iso-8859-1" as windows-1252, where 0x93/0x94 are curly quotes.
    body = ("<p>\x93We are rebuilding the bridge,\x94 the mayor of Kherson said on Monday, two days after "
            "Russian artillery damaged it.</p>" * 3)
    f = tmp_path / "latin.html"
    f.write_bytes(("<html><head><meta charset=iso-8859-1><title>Bridge</title></head><body><article>"
                   + body + "</article></body></html>").encode("latin-1"))
    page = read_one(f)
    assert "“We are rebuilding the bridge,” the mayor" in page.text


@pytest.mark.parametrize("name", ["section-front-war", "subscriber-wall", "not-found"])
def test_page_without_an_article_is_one_line_and_no_report(name):
    items = list(read_paths([WEB / f"{name}.html"]))
    assert len(items) == 1 and isinstance(items[0], Problem)
    assert str(items[0]) == f"{WEB / f'{name}.html'}: no article text found"


def test_saved_page_folder_is_skipped_whole(tmp_path):
    shutil.copy(WEB / "black-sea-wire-odesa-port.html", tmp_path)
    res = tmp_path / "black-sea-wire-odesa-port_files"
    res.mkdir()
    (res / "style.css").write_text("body { font-family: serif; }")
    (res / "saved_resource.html").write_text(  # a frame the browser saved: an ad, not a report
        "<html><body><article><p>Win a trip to the seaside! Thousands of readers have already entered the "
        "summer draw, and the winner will be named on Friday.</p></article></body></html>")
    items = list(read_paths([tmp_path]))
    assert [type(i) for i in items] == [RawReport, Skipped]
    assert items[1].path == str(res)


def test_folder_named_like_saved_page_without_the_page_is_read(tmp_path):
    sub = tmp_path / "archive_files"
    sub.mkdir()
    shutil.copy(WEB / "black-sea-wire-odesa-port.html", sub)
    assert [type(i) for i in read_paths([tmp_path])] == [RawReport]


def test_url_from_the_browser_saved_from_mark_when_the_page_names_none(tmp_path):
    html = (WEB / "black-sea-wire-odesa-port.html").read_text(encoding="utf-8")
    html = "\n".join(line for line in html.splitlines() if 'property="og:url"' not in line)
    f = tmp_path / "saved.html"
    f.write_text(html, encoding="utf-8")
    assert read_one(f).url == "https://blackseawire.example/en/2025/06/18/drones-hit-grain-terminal-odesa/"


def test_published_option_fills_a_page_without_a_date(tmp_path):
    f = tmp_path / "undated.html"
    f.write_text("<html><head><title>Night in Sumy</title></head><body><article>"
                 "<p>Russian drones attacked Sumy overnight, damaging a school and two apartment blocks, "
                 "the regional administration said.</p><p>No one was hurt, officials said.</p>"
                 "</article></body></html>", encoding="utf-8")
    (page,) = read_paths([f], published=dt.date(2025, 4, 2))
    assert isinstance(page, RawReport)
    assert page.published == dt.date(2025, 4, 2) and page.title == "Night in Sumy"


def test_a_dated_link_beside_an_undated_article_is_not_its_date(tmp_path):
    f = tmp_path / "undated.html"
    f.write_text('<html><head><title>Night in Sumy</title></head><body><nav><a href="/">Home</a></nav><article>'
                 "<p>Russian drones attacked Sumy overnight, damaging a school and two apartment blocks, "
                 "the regional administration said.</p><p>No one was hurt, officials said.</p></article>"
                 '<aside><h3>Most read</h3><ul><li><a href="/news/2024/11/02/floods">Floods in the west</a></li>'
                 '<li><a href="/news/2024/11/03/fuel">Fuel prices climb</a></li></ul></aside></body></html>',
                 encoding="utf-8")
    assert read_one(f).published is None


@pytest.mark.parametrize("content, reason", [(b"", "empty file"), (b"  \n", "empty file"),
                                             (b"\x00\x01PK\x03\x04" * 10, "binary file, not a web page")])
def test_unreadable_page_is_one_line(tmp_path, content, reason):
    f = tmp_path / "bad.html"
    f.write_bytes(content)
    assert [str(i) for i in read_paths([f])] == [f"{f}: {reason}"]


def test_telegram_html_export_says_to_export_json(tmp_path):
    f = tmp_path / "messages.html"
    f.write_text('<html><head><title>Exported Data</title></head><body><div class="page_wrap">'
                 '<div class="page_header"><div class="content"><div class="text bold">Channel</div></div></div>'
                 '<div class="page_body chat_page"><div class="history">'
                 '<div class="message default clearfix" id="message2"><div class="body">'
                 '<div class="text">Explosions were heard in Kharkiv a few minutes ago, the mayor said.</div>'
                 '</div></div></div></div></div></body></html>', encoding="utf-8")
    (p,) = read_paths([f])
    assert isinstance(p, Problem) and "Telegram" in p.reason and "JSON" in p.reason


def test_mirrored_pages_named_by_their_url_are_read(tmp_path):
    site = tmp_path / "dnipro-courier.example" / "news"
    site.mkdir(parents=True)
    shutil.copy(WEB / "dnipro-courier-power-plant.html", site / "article.php?id=5512")
    (site / "app.81c3.js").write_text("document.querySelectorAll('.ad-slot').forEach(function (el) {});")
    (site / "robots.txt.tmp").write_text("User-agent: *\nDisallow: /admin/")
    items = list(read_paths([tmp_path]))
    assert [type(i) for i in items] == [Skipped, RawReport, Skipped]  # app.js, article.php?id=5512, robots
    assert items[1].text == as_text("dnipro-courier-power-plant").text


def test_relative_canonical_link_is_made_whole_from_the_saved_from_mark(tmp_path):
    html = (WEB / "black-sea-wire-odesa-port.html").read_text(encoding="utf-8")
    html = "\n".join(line for line in html.splitlines() if 'property="og:url"' not in line)
    html = html.replace("</title>", '</title>\n<link rel="canonical" href="/en/2025/06/18/drones-hit-grain-terminal-odesa/">')
    f = tmp_path / "saved.html"
    f.write_text(html, encoding="utf-8")
    assert read_one(f).url == "https://blackseawire.example/en/2025/06/18/drones-hit-grain-terminal-odesa/"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_named_like_a_page_in_a_folder_is_not_opened(tmp_path):
    os.mkfifo(tmp_path / "live.html")
    shutil.copy(WEB / "dnipro-courier-power-plant.html", tmp_path)
    got: list = []
    reader = threading.Thread(target=lambda: got.extend(read_paths([tmp_path])), daemon=True)
    reader.start()
    reader.join(timeout=30)
    assert not reader.is_alive(), "reading blocked on the FIFO"
    assert [type(i) for i in got] == [RawReport, Skipped]
