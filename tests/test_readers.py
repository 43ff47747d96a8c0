"""Reading reports: front matter, JSON forms, folders, and the ways files go wrong."""
from __future__ import annotations

import datetime as dt
import json
import os

import pytest

from parsers.readers import Problem, RawReport, Skipped, parse_date, read_paths

BODY = "Regional officials said two drones were shot down over the city overnight.\n"


def reports(items):
    return [i for i in items if isinstance(i, RawReport)]


def problems(items):
    return [i for i in items if isinstance(i, Problem)]


def test_text_with_front_matter(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("---\ntitle: Drones over Kursk\npublished: 2025-03-11\nsource: Wire\n"
                 "url: https://example.org/a\n---\n" + BODY, encoding="utf-8")
    (r,) = reports(read_paths([f]))
    assert r.title == "Drones over Kursk"
    assert r.published == dt.date(2025, 3, 11)
    assert r.source == "Wire" and r.url == "https://example.org/a"
    assert r.text == BODY.strip("\n")
    assert r.path == str(f)


def test_front_matter_date_key_and_markdown(tmp_path):
    f = tmp_path / "b.md"
    f.write_text("---\ndate: March 8, 2025\n---\n" + BODY, encoding="utf-8")
    (r,) = reports(read_paths([f]))
    assert r.published == dt.date(2025, 3, 8)


def test_no_front_matter_takes_published_option(tmp_path):
    f = tmp_path / "c.txt"
    f.write_text(BODY, encoding="utf-8")
    (r,) = reports(read_paths([f], published=dt.date(2024, 1, 2)))
    assert r.published == dt.date(2024, 1, 2)
    (r,) = reports(read_paths([f]))
    assert r.published is None


def test_json_object_list_and_lines(tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"title": "T", "published": "2024-05-01", "text": BODY}))
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"body": BODY, "url": "https://example.org/1"}, {"text": BODY + "x"}]))
    lines = tmp_path / "feed.jsonl"
    lines.write_text("\n".join(json.dumps({"text": BODY + str(i), "date": "2024-05-0" + str(i)}) for i in (1, 2)))
    got = reports(read_paths([one, many, lines]))
    assert [r.path for r in got] == [str(one), f"{many}#1", f"{many}#2", f"{lines}#1", f"{lines}#2"]
    assert got[0].published == dt.date(2024, 5, 1)
    assert got[1].url == "https://example.org/1"
    assert got[4].published == dt.date(2024, 5, 2)


def test_broken_json_line_is_named_and_the_rest_read(tmp_path):
    f = tmp_path / "feed.jsonl"
    f.write_text(json.dumps({"text": BODY}) + "\n{not json\n" + json.dumps({"text": BODY + "!"}) + "\n")
    items = list(read_paths([f]))
    assert len(reports(items)) == 2
    (p,) = problems(items)
    assert p.path == f"{f}:2" and "malformed JSON" in p.reason


def test_folder_is_sorted_recursive_and_counts_other_files(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text(BODY)
    (tmp_path / "a.txt").write_text(BODY + "a")
    (tmp_path / "sub" / "c.md").write_text(BODY + "c")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / "README.md").write_text("about this folder")
    items = list(read_paths([tmp_path]))
    assert [os.path.basename(r.path) for r in reports(items)] == ["a.txt", "b.txt", "c.md"]
    assert [os.path.basename(s.path) for s in items if isinstance(s, Skipped)] == ["image.png"]


@pytest.mark.parametrize("content, reason", [
    (b"", "empty file"),
    (b"   \n\n", "empty file"),
    (b"\x00\x01\x02binary\x00", "binary"),
    (b"---\ntitle: only metadata\n---\n", "no report text"),
])
def test_bad_text_files_give_one_reason(tmp_path, content, reason):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    (p,) = list(read_paths([f]))
    assert isinstance(p, Problem) and reason in p.reason and str(f) in str(p)


def test_invalid_utf8_is_read_with_replacement_and_said(tmp_path):
    f = tmp_path / "latin1.txt"
    f.write_bytes("Officials in Kharkiv said a caf\xe9 was hit.".encode("latin-1"))
    (r,) = list(read_paths([f]))
    assert isinstance(r, RawReport)
    assert "\ufffd" in r.text
    assert any("not valid UTF-8" in w for w in r.warnings)


def test_missing_path_and_symlink_loop(tmp_path):
    loop = tmp_path / "d"
    loop.mkdir()
    (loop / "r.txt").write_text(BODY)
    (loop / "again").symlink_to(loop)
    items = list(read_paths([tmp_path / "nope.txt", loop]))
    assert len(reports(items)) == 1
    reasons = [p.reason for p in problems(items)]
    assert any("no such file" in r for r in reasons)
    assert any("loop" in r for r in reasons)


def test_sha_changes_with_text_and_metadata():
    a = RawReport(text="x", path="p", published=dt.date(2024, 1, 1))
    b = RawReport(text="x", path="p", published=dt.date(2024, 1, 2))
    c = RawReport(text="y", path="p", published=dt.date(2024, 1, 1))
    assert len({a.sha256, b.sha256, c.sha256}) == 3


@pytest.mark.parametrize("value, want", [
    ("2025-07-20", dt.date(2025, 7, 20)),
    ("2025-07-20T08:15:00Z", dt.date(2025, 7, 20)),
    ("20 July 2025", dt.date(2025, 7, 20)),
    ("soon", None),
    ("", None),
])
def test_parse_publication_date(value, want):
    assert parse_date(value) == want


def test_annotation_json_in_a_folder_is_skipped_not_failed(tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "gold.jsonl").write_text(json.dumps({"id": "x", "strikes": []}) + "\n")
    items = list(read_paths([tmp_path]))
    assert len(reports(items)) == 1 and not problems(items)
    assert [os.path.basename(s.path) for s in items if isinstance(s, Skipped)] == ["gold.jsonl"]
    # named on its own, the same file is an error: the user asked for it
    assert problems(read_paths([tmp_path / "gold.jsonl"]))


def test_dateline_is_left_out_of_extraction_but_kept_in_the_text():
    from parsers.document import Document

    text = "KYIV, Nov 25 (Reuters) - Officials said drones hit Kharkiv.\nMore text."
    doc = Document(text=text)
    assert doc.sentences[0].text == "Officials said drones hit Kharkiv."
    assert doc.excluded == [(0, len("KYIV, Nov 25 (Reuters) - "))]
