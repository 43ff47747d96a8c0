"""Reading reports from files: text with front matter, JSON, JSON Lines, folders.

Reading never raises for a user's file: each problem becomes a `Problem` with
one line that names the file and the reason, and every good report in the same
run is still read. A file that decodes only with replacement characters is read
and the replacement is reported, so nothing is silently altered. What is read is
capped by bytes actually read, never by what `stat` claims (`/dev/zero` has size
0), and only regular files are opened at all (a FIFO would block the run).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import ijson

from . import formats

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
MAX_REPORT_CHARS = 2_000_000  # a news report is kilobytes; megabytes means a dump, not a report
MAX_FILE_BYTES = 64 * 1024 * 1024  # JSON/JSONL files are streamed past this; text files refused
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_META_KEYS = ("title", "published", "date", "source", "url")


@dataclass
class RawReport:
    text: str
    path: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def sha256(self) -> str:
        meta = json.dumps([self.title, self.source, self.url,
                           self.published.isoformat() if self.published else None])
        return hashlib.sha256((meta + "\n" + self.text).encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class Problem:
    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class Skipped:
    path: str
    reason: str | None = None  # said to the user; None for files that are simply not reports


def shown(path: str | os.PathLike[str]) -> str:
    """The path as text SQLite and a terminal can hold, losslessly.

    A file name that is not valid UTF-8 arrives from the OS with surrogate
    escapes ('caf\\udce9.txt'), which cannot be encoded; its undecodable bytes
    are written as backslash escapes instead ('caf\\xe9.txt'), so the same file
    gets the same stored path on every run.
    """
    text = os.fspath(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", errors="backslashreplace")


_SURROGATE = re.compile("[\ud800-\udfff]")


def _valid_text(value: str) -> tuple[str, bool]:
    """(text, replaced): lone surrogates (JSON's "\\ud800") become U+FFFD, since no UTF-8 store can hold them."""
    try:
        value.encode("utf-8")
        return value, False
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", value), True


def _read_capped(path: Path, limit: int) -> bytes | None:
    """At most `limit` bytes of the file, or None when it holds more."""
    with path.open("rb") as fh:
        data = fh.read(limit + 1)
    return None if len(data) > limit else data


def parse_date(value: object) -> dt.date | None:
    """A publication date from front matter or JSON ("2025-07-20", "2025-07-20T08:00Z", "July 20, 2025")."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    m = re.match(r"(\d{4}-\d{2}-\d{2})", text)
    if m:
        try:
            return dt.date.fromisoformat(m.group(1))
        except ValueError:
            return None
    import dateparser

    got = dateparser.parse(text, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return got.date() if got else None


def read_paths(paths: list[str | os.PathLike[str]], published: dt.date | None = None) -> Iterator[RawReport | Problem | Skipped]:
    """Every report under `paths`, in sorted order; folders are walked recursively."""
    for p in paths:
        yield from _read_any(Path(p), published, set())


_NOT_REGULAR = "not a regular file (a FIFO, device or socket); skipped"


def _read_any(path: Path, published: dt.date | None, seen: set[str],
              in_folder: bool = False) -> Iterator[RawReport | Problem | Skipped]:
    try:
        if path.is_symlink() and not path.exists():
            yield Problem(shown(path), "broken symbolic link")
            return
        if path.is_dir():
            real = os.path.realpath(path)
            if real in seen:
                yield Problem(shown(path), "symbolic link loop, folder already read")
                return
            seen = seen | {real}
            try:
                children = sorted(path.iterdir(), key=lambda c: c.name)
            except OSError as exc:
                yield Problem(shown(path), f"cannot list folder ({exc.strerror or exc})")
                return
            for child in children:
                if child.name.startswith(".") or child.name.lower().startswith("readme."):
                    continue
                if child.is_dir() and formats.is_saved_page_folder(child):
                    yield Skipped(str(child))  # a saved page's images, scripts and frames
                elif (child.is_dir() or child.suffix.lower() in TEXT_SUFFIXES | JSON_SUFFIXES
                        or formats.reader_for(child, in_folder=True)):
                    yield from _read_any(child, published, seen, in_folder=True)
                else:
                    yield Skipped(shown(child))
            return
        if not path.exists():
            yield Problem(shown(path), "no such file or folder")
            return
        if not path.is_file():
            yield Skipped(shown(path), _NOT_REGULAR)
            return
        reader = formats.reader_for(path, in_folder)  # web pages, feeds, Telegram exports
        if reader:
            yield from reader(path, published)
            return
        suffix = path.suffix.lower()
        if suffix in JSON_SUFFIXES:
            if in_folder and not _holds_reports(path):
                yield Skipped(shown(path))  # annotation or metadata JSON kept beside the reports
                return
            yield from _read_json(path, published)
        else:
            yield from _read_text(path, published)
    except OSError as exc:
        yield Problem(shown(path), f"cannot read ({exc.strerror or exc})")
    except RecursionError:
        yield Problem(shown(path), "JSON nested too deeply to be a report")
    except Exception as exc:  # noqa: BLE001 - one odd file never stops the run
        yield Problem(shown(path), f"cannot read ({type(exc).__name__}: {exc})")


def _decode(path: Path, data: bytes) -> tuple[str | None, str | None]:
    """(text, warning) or (None, reason) for bytes that are not text at all."""
    if not data.strip():
        return None, "empty file"
    if b"\x00" in data[:8192]:
        return None, "binary file, not text"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        return text, f"not valid UTF-8 (first bad byte at {exc.start}); decoded with replacement characters"


def _read_text(path: Path, published: dt.date | None) -> Iterator[RawReport | Problem]:
    data = None if path.stat().st_size > MAX_FILE_BYTES else _read_capped(path, MAX_FILE_BYTES)
    if data is None:
        yield Problem(shown(path), f"too large for one report (over {MAX_FILE_BYTES / 1e6:.0f} MB); "
                                   "split it into reports")
        return
    text, note = _decode(path, data)
    if text is None:
        yield Problem(shown(path), note or "unreadable")
        return
    meta: dict[str, str] = {}
    m = _FRONT_MATTER.match(text)
    if m:
        for line in m.group(1).splitlines():
            key, sep, value = line.partition(":")
            if sep and key.strip().lower() in _META_KEYS:
                meta[key.strip().lower()] = value.strip().strip("'\"")
        text = text[m.end():]
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    if not text.strip():
        yield Problem(shown(path), "no report text after the front matter")
        return
    if len(text) > MAX_REPORT_CHARS:
        yield Problem(shown(path), f"too large for one report ({len(text):,} characters)")
        return
    report = _report(text, shown(path), meta, published)
    if note:
        report.warnings.append(note)
    yield report


def _report(text: str, path: str, meta: dict, published: dt.date | None) -> RawReport:
    date = parse_date(meta.get("published") or meta.get("date")) or published
    return RawReport(
        text=text, path=path, title=_clean(meta.get("title")), source=_clean(meta.get("source")),
        url=_clean(meta.get("url")), published=date,
    )


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _holds_reports(path: Path) -> bool:
    """Whether a JSON file found in a folder looks like reports: its first object has text or a body.

    Unreadable or malformed files count as reports, so that their problems are reported.
    """
    def is_report(obj: object) -> bool:
        if isinstance(obj, list):
            obj = obj[0] if obj else None
        return not isinstance(obj, dict) or "text" in obj or "body" in obj

    try:
        with open(path, "rb") as fh:
            first = next((line for line in fh if line.strip()), b"")
        return is_report(json.loads(first))
    except (OSError, ValueError, RecursionError):
        pass
    try:
        data = _read_capped(path, MAX_FILE_BYTES)
        if data is not None:
            return is_report(json.loads(data))
        with open(path, "rb") as fh:  # a large list: its first element tells
            return is_report(next(ijson.items(fh, "item"), None))
    except (OSError, ValueError, RecursionError, ijson.JSONError):
        pass
    return True


def _read_json(path: Path, published: dt.date | None) -> Iterator[RawReport | Problem]:
    where = shown(path)
    with open(path, "rb") as fh:
        head = fh.read(8192)
    if not head:
        yield Problem(where, "empty file")
        return
    if b"\x00" in head:
        yield Problem(where, "binary file, not text")
        return
    lines: Iterator[tuple[str, str | None]]
    small = path.suffix.lower() == ".json" and path.stat().st_size <= MAX_FILE_BYTES
    data = _read_capped(path, MAX_FILE_BYTES) if small else None
    if data is not None:  # a document, a list, or lines
        text, note = _decode(path, data)
        if text is None:
            yield Problem(where, note or "unreadable")
            return
        stripped = text.lstrip()
        if stripped[:1] in "[{":
            try:
                whole = json.loads(text)
            except json.JSONDecodeError:
                whole = None
            except RecursionError:
                yield Problem(where, "JSON nested too deeply to be a report")
                return
            if whole is not None:
                items = whole if isinstance(whole, list) else [whole]
                for n, item in enumerate(items, 1):
                    yield _from_object(item, path, n, len(items) > 1, published, note)
                return
        lines = ((line, note) for line in text.splitlines())
    elif path.suffix.lower() == ".json" and head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"[":
        yield from _stream_list(path, published)
        return
    else:
        lines = _stream_lines(path)
    count = 0
    for n, (line, note) in enumerate(lines, 1):
        if not line.strip():
            continue
        count += 1
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Problem(f"{where}:{n}", f"malformed JSON line ({exc.msg} at column {exc.colno})")
            continue
        except RecursionError:
            yield Problem(f"{where}:{n}", "JSON nested too deeply to be a report")
            continue
        yield _from_object(item, path, n, True, published, note)
    if count == 0:
        yield Problem(where, "no JSON reports found")


def _stream_list(path: Path, published: dt.date | None) -> Iterator[RawReport | Problem]:
    """A JSON list too large to load, one element at a time (ijson), so memory stays flat."""
    n = 0
    with open(path, "rb") as fh:
        try:
            for n, item in enumerate(ijson.items(fh, "item", use_float=True), 1):
                yield _from_object(item, path, n, True, published, None)
        except (ijson.JSONError, UnicodeDecodeError) as exc:
            yield Problem(shown(path), f"malformed JSON after element {n} ({exc}); "
                                       f"the {n} elements before it were read")
            return
    if n == 0:
        yield Problem(shown(path), "no JSON reports found")


def _stream_lines(path: Path) -> Iterator[tuple[str, str | None]]:
    """JSON Lines one line at a time, so a file of any size reads in constant memory,
    each with the warning its decoding earned."""
    with open(path, "rb") as fh:
        for raw in fh:
            try:
                yield raw.decode("utf-8"), None
            except UnicodeDecodeError as exc:
                yield (raw.decode("utf-8", errors="replace"),
                       f"not valid UTF-8 (first bad byte at {exc.start} of the line); "
                       "decoded with replacement characters")


def _from_object(item: object, path: Path, n: int, many: bool, published: dt.date | None,
                 note: str | None) -> RawReport | Problem:
    name = shown(path)
    where = f"{name}:{n}" if many else name
    if not isinstance(item, dict):
        return Problem(where, "JSON value is not an object with a 'text' or 'body' field")
    text = item.get("text") if isinstance(item.get("text"), str) else item.get("body")
    if not isinstance(text, str) or not text.strip():
        return Problem(where, "no 'text' or 'body' field with report text")
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    if len(text) > MAX_REPORT_CHARS:
        return Problem(where, f"too large for one report ({len(text):,} characters)")
    text, replaced = _valid_text(text)
    meta = {}
    for k in _META_KEYS:
        if item.get(k) is not None:
            value = item[k] if isinstance(item[k], str) else str(item[k])
            meta[k], bad = _valid_text(value)
            replaced |= bad
    report = _report(text, f"{name}#{n}" if many else name, meta, published)
    if note:
        report.warnings.append(note)
    if replaced:
        report.warnings.append("lone surrogate escapes (such as \\ud800) are not text; "
                               "replaced with U+FFFD")
    return report
