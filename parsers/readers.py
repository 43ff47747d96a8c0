"""Reading reports from files: text with front matter, JSON, JSON Lines, folders.

Reading never raises for a user's file: each problem becomes a `Problem` with
one line that names the file and the reason, and every good report in the same
run is still read. A file that decodes only with replacement characters is read
and the replacement is reported, so nothing is silently altered.
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


def _read_any(path: Path, published: dt.date | None, seen: set[str],
              in_folder: bool = False) -> Iterator[RawReport | Problem | Skipped]:
    try:
        if path.is_symlink() and not path.exists():
            yield Problem(str(path), "broken symbolic link")
            return
        if path.is_dir():
            real = os.path.realpath(path)
            if real in seen:
                yield Problem(str(path), "symbolic link loop, folder already read")
                return
            seen = seen | {real}
            try:
                children = sorted(path.iterdir(), key=lambda c: c.name)
            except OSError as exc:
                yield Problem(str(path), f"cannot list folder ({exc.strerror or exc})")
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
                    yield Skipped(str(child))
            return
        if not path.exists():
            yield Problem(str(path), "no such file or folder")
            return
        reader = formats.reader_for(path, in_folder)  # web pages, feeds, Telegram exports
        if reader:
            yield from reader(path, published)
            return
        suffix = path.suffix.lower()
        if suffix in JSON_SUFFIXES:
            if in_folder and not _holds_reports(path):
                yield Skipped(str(path))  # annotation or metadata JSON kept beside the reports
                return
            yield from _read_json(path, published)
        else:
            yield from _read_text(path, published)
    except OSError as exc:
        yield Problem(str(path), f"cannot read ({exc.strerror or exc})")


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
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        yield Problem(str(path), f"too large for one report ({size / 1e6:.0f} MB); split it into reports")
        return
    text, note = _decode(path, path.read_bytes())
    if text is None:
        yield Problem(str(path), note or "unreadable")
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
        yield Problem(str(path), "no report text after the front matter")
        return
    if len(text) > MAX_REPORT_CHARS:
        yield Problem(str(path), f"too large for one report ({len(text):,} characters)")
        return
    report = _report(text, str(path), meta, published)
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
    except (OSError, ValueError):
        pass
    try:
        if path.stat().st_size <= MAX_FILE_BYTES:
            return is_report(json.loads(path.read_bytes()))
    except (OSError, ValueError):
        pass
    return True


def _read_json(path: Path, published: dt.date | None) -> Iterator[RawReport | Problem]:
    size = path.stat().st_size
    if size == 0:
        yield Problem(str(path), "empty file")
        return
    with open(path, "rb") as fh:
        head = fh.read(8192)
    if b"\x00" in head:
        yield Problem(str(path), "binary file, not text")
        return
    lines: Iterator[str] | list[str]
    if path.suffix.lower() == ".json" and size <= MAX_FILE_BYTES:  # a document, a list, or lines
        data = path.read_bytes()
        text, note = _decode(path, data)
        if text is None:
            yield Problem(str(path), note or "unreadable")
            return
        stripped = text.lstrip()
        if stripped[:1] in "[{":
            try:
                whole = json.loads(text)
            except json.JSONDecodeError:
                whole = None
            if whole is not None:
                items = whole if isinstance(whole, list) else [whole]
                for n, item in enumerate(items, 1):
                    yield _from_object(item, path, n, len(items) > 1, published, note)
                return
        lines = text.splitlines()
    else:
        lines = _stream_lines(path)
    count = 0
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Problem(f"{path}:{n}", f"malformed JSON line ({exc.msg} at column {exc.colno})")
            continue
        count += 1
        yield _from_object(item, path, n, True, published, None)
    if count == 0:
        yield Problem(str(path), "no JSON reports found")


def _stream_lines(path: Path) -> Iterator[str]:
    """JSON Lines one line at a time, so a file of any size reads in constant memory."""
    with open(path, "rb") as fh:
        for raw in fh:
            yield raw.decode("utf-8", errors="replace")


def _from_object(item: object, path: Path, n: int, many: bool, published: dt.date | None,
                 note: str | None) -> RawReport | Problem:
    where = f"{path}:{n}" if many else str(path)
    if not isinstance(item, dict):
        return Problem(where, "JSON value is not an object with a 'text' or 'body' field")
    text = item.get("text") if isinstance(item.get("text"), str) else item.get("body")
    if not isinstance(text, str) or not text.strip():
        return Problem(where, "no 'text' or 'body' field with report text")
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    if len(text) > MAX_REPORT_CHARS:
        return Problem(where, f"too large for one report ({len(text):,} characters)")
    meta = {k: item.get(k) for k in _META_KEYS if item.get(k) is not None}
    report = _report(text, f"{path}#{n}" if many else str(path), meta, published)
    if note:
        report.warnings.append(note)
    return report
