"""Telegram Desktop channel exports (result.json): one report per message with text.

fixtures/telegram holds an export written for these tests in the shape Telegram
Desktop writes: a service message, plain and entity-list texts, a photo and a
video without captions, a blank message and a forwarded post.
"""
from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from parsers.ingest import ingest
from parsers.pipeline import document, extract
from parsers.readers import Problem, RawReport, Skipped, read_paths

FIXTURES = Path(__file__).parent / "fixtures"
EXPORT = FIXTURES / "telegram" / "ChatExport_2025-03-02" / "result.json"
CHANNEL = "Zaporizhzhia Regional Military Administration"


def reports(items):
    return [i for i in items if isinstance(i, RawReport)]


def as_text(name: str) -> RawReport:
    (r,) = read_paths([FIXTURES / "as-text" / f"{name}.txt"])
    return r


def test_one_report_per_message_with_text_and_the_rest_skipped():
    items = list(read_paths([EXPORT]))
    kinds = {i.path.rsplit("#", 1)[1]: type(i) for i in items}
    assert kinds == {"1": Skipped, "2": RawReport, "3": RawReport, "4": Skipped, "5": RawReport,
                     "6": Skipped, "7": Skipped, "8": RawReport}  # service, photo, blank, video skipped


def test_message_metadata():
    plain = reports(read_paths([EXPORT]))[0]
    assert plain.path == f"{EXPORT}#2"
    assert plain.source == CHANNEL
    assert plain.published == dt.date(2025, 3, 1)
    assert plain.url is None  # Telegram Desktop does not write the channel's username
    assert plain.title is None
    assert plain.text.startswith("Over the past day Russian troops carried out 412 strikes")


def test_text_lists_with_entities_are_joined_to_plain_text():
    got = {r.path.rsplit("#", 1)[1]: r for r in reports(read_paths([EXPORT]))}
    assert got["3"].text == as_text("telegram-zaporizhzhia-bomb").text
    assert got["8"].text == ("@fedorov_example: “We will rebuild every house that the enemy destroyed,” "
                             "Ivan Fedorov said at a meeting with local councils.")


def test_forwarded_post_keeps_the_original_channel_as_source():
    got = {r.path.rsplit("#", 1)[1]: r for r in reports(read_paths([EXPORT]))}
    assert got["5"].source == "Air Force of the Armed Forces of Ukraine"
    assert got["5"].text == as_text("telegram-air-force-forward").text


@pytest.mark.parametrize("message, name", [("3", "telegram-zaporizhzhia-bomb"), ("5", "telegram-air-force-forward"),
                                           ("8", "telegram-fedorov-quote")])
def test_records_are_those_of_the_same_post_as_text(message, name):
    got = {r.path.rsplit("#", 1)[1]: r for r in reports(read_paths([EXPORT]))}
    from_export = extract(document(got[message]))
    from_text = extract(document(as_text(name)))
    assert from_export.strikes or from_export.quotes
    assert from_export == from_text


@pytest.mark.parametrize("username", ["zoda_example", "@zoda_example"])
def test_url_when_the_export_carries_the_username(tmp_path, username):
    data = json.loads(EXPORT.read_text(encoding="utf-8"))
    data = {"name": data["name"], "type": data["type"], "id": data["id"], "username": username,
            "messages": data["messages"]}
    f = tmp_path / "result.json"
    f.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    assert [r.url for r in reports(read_paths([f]))] == [f"https://t.me/zoda_example/{n}" for n in (2, 3, 5, 8)]


def test_detected_by_shape_whatever_the_file_is_called(tmp_path):
    shutil.copy(EXPORT, tmp_path / "zaporizhzhia-march.json")
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "photo_3@01-03-2025_09-30-11.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    items = list(read_paths([tmp_path]))
    assert len(reports(items)) == 4
    assert len([i for i in items if isinstance(i, Skipped)]) == 5  # four messages and the photo


def test_ingest_stores_each_message_once_and_counts_the_skipped(tmp_path):
    db = tmp_path / "i.db"
    summary = ingest([EXPORT.parent], db)
    assert (summary.new, summary.failed, summary.skipped) == (4, 0, 4)
    assert summary.strikes >= 2 and summary.quotes >= 1
    with sqlite3.connect(db) as conn:
        rows = conn.execute("select source, published from reports order by path").fetchall()
    assert sorted(set(rows)) == [("Air Force of the Armed Forces of Ukraine", "2025-03-01"), (CHANNEL, "2025-03-01")]
    again = ingest([EXPORT.parent], db)
    assert (again.new, again.unchanged) == (0, 4)


def test_message_edited_in_a_later_export_replaces_the_earlier(tmp_path):
    db = tmp_path / "i.db"
    f = tmp_path / "result.json"
    shutil.copy(EXPORT, f)
    ingest([f], db)
    f.write_text(EXPORT.read_text(encoding="utf-8").replace("two workers were wounded", "three workers were wounded"),
                 encoding="utf-8")
    summary = ingest([f], db)
    assert (summary.replaced, summary.unchanged, summary.new) == (1, 3, 0)


def test_cut_off_export_keeps_the_messages_before_the_cut(tmp_path):
    text = EXPORT.read_text(encoding="utf-8")
    f = tmp_path / "result.json"
    f.write_text(text[: text.index('"id": 5')], encoding="utf-8")
    items = list(read_paths([f]))
    assert [r.path.rsplit("#", 1)[1] for r in reports(items)] == ["2", "3"]
    (p,) = [i for i in items if isinstance(i, Problem)]
    assert p.path == str(f) and "cut short or malformed" in p.reason and "after 4 messages" in p.reason
    assert "\n" not in str(p)


def test_messages_that_are_not_a_list_is_one_line(tmp_path):
    f = tmp_path / "result.json"
    f.write_text(json.dumps({"name": "Channel", "type": "public_channel", "id": 1, "messages": {"1": "x"}}))
    assert [str(i) for i in read_paths([f])] == [f"{f}: not a Telegram export: 'messages' is not a list"]


def test_report_json_is_still_read_as_reports(tmp_path):
    f = tmp_path / "reports.json"
    f.write_text(json.dumps([{"text": "Two drones were shot down over Kursk overnight, the governor said.",
                              "messages": ["irrelevant"]}]))
    (r,) = read_paths([f])
    assert isinstance(r, RawReport) and r.text.startswith("Two drones")


def test_report_object_with_messages_deeper_down_is_a_report(tmp_path):
    f = tmp_path / "report.json"
    f.write_text(json.dumps({"title": "Night in Odesa", "thread": {"messages": [{"id": 1}]},
                             "text": "Russian drones hit the port of Odesa overnight, the governor said."}))
    (r,) = read_paths([f])
    assert isinstance(r, RawReport) and r.title == "Night in Odesa"
