"""Issue 17, faults 1-8: one hostile input never aborts, hangs or silently alters a run."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from parsers import ingest, readers
from parsers.readers import Problem, RawReport, Skipped, read_paths

GOOD = ("Russian drones struck an apartment block in Kharkiv overnight, killing two people and injuring "
        "five, regional governor Oleh Syniehubov said on Telegram.")
OTHER = ("Ukrainian drones hit a fuel depot in the Bryansk region on Tuesday, the regional governor "
         "said, adding that nobody was hurt.")


def write_good(path: Path, text: str = GOOD, date: str = "2025-05-14") -> None:
    path.write_text(f"---\ntitle: Night attack\npublished: {date}\n---\n{text}\n", encoding="utf-8")


def table(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def no_strike_without_incident(db: Path) -> bool:
    return table(db, "select count(*) from strikes where incident_id is null "
                     "or incident_id not in (select id from incidents)") == [(0,)]


# 1 -------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["deep.json", "deep.jsonl"])
def test_deeply_nested_json_is_one_line_and_the_rest_of_the_folder_is_stored(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_text("[" * 100_000 + "]" * 100_000)
    write_good(folder / "z-good.txt")
    summary = ingest.ingest([folder], tmp_path / "x.db")
    assert summary.new == 1 and summary.failed == 1
    (line,) = summary.problems
    assert name in line and "nested too deeply" in line and "\n" not in line
    assert table(tmp_path / "x.db", "select count(*) from strikes")[0][0] >= 1
    assert no_strike_without_incident(tmp_path / "x.db")


def test_deeply_nested_json_given_alone_is_a_problem_not_a_traceback(tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    (item,) = list(read_paths([deep]))
    assert isinstance(item, Problem) and "nested too deeply" in item.reason


# 2 -------------------------------------------------------------------------------------
def test_lone_surrogate_in_json_does_not_lose_the_next_report(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    # the JSON escape itself, as a broken scraper writes it: valid JSON, not valid text
    (folder / "a.json").write_text('{"title": "Odd \\ud800 title", "text": "Shelling hit Kherson \\ud800 '
                                   'on Monday, wounding an elderly man, the regional administration said."}')
    (folder / "b.json").write_text(json.dumps({"text": GOOD, "published": "2025-05-14"}))
    summary = ingest.ingest([folder], tmp_path / "x.db")
    assert summary.new == 2 and summary.failed == 0
    assert any("a.json" in w and "surrogate" in w for w in summary.warnings)
    stored = dict(table(tmp_path / "x.db", "select path, text from reports"))
    assert "\ufffd" in stored[str(folder / "a.json")] and "\ud800" not in stored[str(folder / "a.json")]
    assert stored[str(folder / "b.json")] == GOOD


# 3 -------------------------------------------------------------------------------------
def test_file_name_that_is_not_utf8_is_read_and_stored_losslessly(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    raw_name = os.path.join(os.fsencode(folder), b"caf\xe9.txt")
    with open(raw_name, "wb") as fh:
        fh.write(f"---\npublished: 2025-05-14\n---\n{GOOD}\n".encode())
    write_good(folder / "later.txt", OTHER)
    db = tmp_path / "x.db"
    summary = ingest.ingest([folder], db)
    assert summary.new == 2 and summary.failed == 0
    paths = sorted(p for (p,) in table(db, "select path from reports"))
    assert paths == sorted([str(folder / "caf\\xe9.txt"), str(folder / "later.txt")])
    again = ingest.ingest([folder], db)
    assert again.unchanged == 2 and again.new == again.replaced == 0  # the same path on every run


# 4 -------------------------------------------------------------------------------------
def _cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    def limit_memory() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (1 << 31, 1 << 31))  # 2 GB: an unbounded read fails fast

    return subprocess.run([sys.executable, "-m", "parsers.cli", *args], capture_output=True, text=True,
                          timeout=timeout, stdin=subprocess.DEVNULL, preexec_fn=limit_memory)


def test_fifo_in_a_folder_is_skipped_with_a_line_instead_of_hanging(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    write_good(folder / "report.txt")
    result = _cli("ingest", str(folder), "--db", str(tmp_path / "x.db"), timeout=60)
    assert result.returncode == 0, result.stderr
    assert "pipe.txt: not a regular file" in result.stderr
    assert "1 new" in result.stdout


def test_dev_zero_as_path_is_refused_without_reading_it(tmp_path: Path) -> None:
    result = _cli("ingest", "/dev/zero", "--db", str(tmp_path / "x.db"), timeout=60)
    assert "MemoryError" not in result.stderr and "Traceback" not in result.stderr
    assert "/dev/zero: not a regular file" in result.stderr


def test_what_is_read_is_capped_not_what_stat_says(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    grown = tmp_path / "grown.txt"
    grown.write_text(GOOD * 50)
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 1000)
    real_stat = Path.stat
    monkeypatch.setattr(Path, "stat", lambda self, **kw: os.stat_result((0o100644,) + (0,) * 9)
                        if self == grown else real_stat(self, **kw))  # claims 0 bytes, like /dev/zero
    (item,) = list(read_paths([grown]))
    assert isinstance(item, Problem) and "too large" in item.reason


# 5 -------------------------------------------------------------------------------------
def test_json_list_past_the_load_limit_is_streamed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 400)
    feed = tmp_path / "feed.json"
    items = [{"text": f"{GOOD} Report {i}.", "published": f"2025-05-{10 + i}"} for i in range(12)]
    feed.write_text(json.dumps(items))  # one line, several times the limit
    assert feed.stat().st_size > 5 * 400
    got = list(read_paths([feed]))
    assert all(isinstance(r, RawReport) for r in got), got
    assert [r.path for r in got] == [f"{feed}#{i}" for i in range(1, 13)]
    assert got[3].text.endswith("Report 3.") and str(got[3].published) == "2025-05-13"


def test_truncated_large_json_list_keeps_the_elements_before_the_break(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 500)
    feed = tmp_path / "cut.json"
    feed.write_text(json.dumps([{"text": f"{GOOD} {i}"} for i in range(5)])[:-40])
    got = list(read_paths([feed]))
    assert sum(isinstance(r, RawReport) for r in got) == 4
    assert isinstance(got[-1], Problem) and "malformed JSON after element 4" in got[-1].reason


def test_large_json_list_reads_in_flat_memory(tmp_path: Path) -> None:
    """70 MB in one list of 1 MB elements: loaded whole it would take several hundred MB."""
    feed = tmp_path / "big.json"
    pad = "x" * (1 << 20)
    with open(feed, "w") as fh:
        fh.write("[" + ",".join(json.dumps({"id": i, "pad": pad}) for i in range(70)) + "]")
    code = textwrap.dedent(f"""
        from parsers.readers import read_paths
        n = sum(1 for _ in read_paths([{str(feed)!r}]))
        peak = next(line for line in open("/proc/self/status") if line.startswith("VmHWM"))  # this process only
        print(n, int(peak.split()[1]) // 1024)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    n, peak_mb = map(int, out.stdout.split())
    assert n == 70  # each element named: no text field
    assert peak_mb < 200, f"peak {peak_mb} MB"


# 6 -------------------------------------------------------------------------------------
def test_invalid_utf8_in_jsonl_is_read_and_said(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    good = json.dumps({"text": OTHER}).encode()
    bad = json.dumps({"text": "Shelling hit Kherson, the caf\u00e9 was damaged."}).encode().replace(
        b"caf\\u00e9", "caf\u00e9".encode("latin-1"))
    feed.write_bytes(good + b"\n" + bad + b"\n")
    summary = ingest.ingest([feed], tmp_path / "x.db")
    assert summary.new == 2 and summary.failed == 0
    (warning,) = summary.warnings
    assert warning.startswith(f"{feed}#2: ") and "not valid UTF-8" in warning


def test_invalid_utf8_in_json_lines_named_json_is_said_too(tmp_path: Path) -> None:
    feed = tmp_path / "feed.json"
    feed.write_bytes(json.dumps({"text": OTHER}).encode() + b"\n"
                     + json.dumps({"text": "caf\u00e9 hit"}).encode().replace(b"\\u00e9", b"\xe9") + b"\n")
    got = [r for r in read_paths([feed]) if isinstance(r, RawReport)]
    assert len(got) == 2 and all(any("not valid UTF-8" in w for w in r.warnings) for r in got)


# 8 -------------------------------------------------------------------------------------
def test_run_killed_before_incidents_are_merged_is_repaired_by_the_next_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    write_good(first / "a.txt")
    write_good(second / "b.txt", OTHER, "2025-05-20")
    write_good(second / "c.txt", GOOD.replace("two people", "three people"), "2025-05-15")
    reference = tmp_path / "ref.db"
    ingest.ingest([first, second], reference)

    db = tmp_path / "x.db"
    ingest.ingest([first], db)

    def killed(*args, **kwargs):
        raise KeyboardInterrupt  # the process dies after its last commit, before the merge

    monkeypatch.setattr(ingest.incidents, "rebuild", killed)
    with pytest.raises(KeyboardInterrupt):
        ingest.ingest([second], db)
    monkeypatch.undo()
    assert not no_strike_without_incident(db)

    summary = ingest.ingest([first, second], db)
    assert summary.new == 0 and summary.unchanged == 3
    assert no_strike_without_incident(db)
    columns = "date, location, report_count, strike_count, killed_min, killed_max"
    assert table(db, f"select {columns} from incidents order by id") == \
        table(reference, f"select {columns} from incidents order by id")


def test_skipped_files_without_a_reason_stay_quiet(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "notes.csv").write_text("a,b\n")
    write_good(folder / "r.txt")
    items = list(read_paths([folder]))
    assert [type(i) for i in items] == [Skipped, RawReport] and items[0].reason is None
    summary = ingest.ingest([folder], tmp_path / "x.db")
    assert summary.skipped == 1 and summary.warnings == []
