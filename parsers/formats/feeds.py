"""RSS and Atom feeds: one report per entry, read with feedparser.

feedparser reads every RSS (0.9x, 1.0, 2.0) and Atom dialect, their encodings
and their broken variants, and sanitizes entry HTML; trafilatura then turns that
HTML into the paragraphs of the report, as it does for saved pages.

An entry's path is the feed file and the entry's id (its guid, else its link),
not its position: a feed fetched again into the same file lists new entries
first, and a path that moved from one entry to another would make the store
replace one report with another. The same entry in two snapshots has the same
url, which is how the store knows it for one report.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Iterator
from pathlib import Path

from . import sniff
from ..readers import MAX_FILE_BYTES, MAX_REPORT_CHARS, Problem, RawReport, Skipped, parse_date
from .webpage import TEASER

FEED_SUFFIXES = {".xml", ".rss", ".atom", ".rdf"}

# The root element after the XML declaration, stylesheets, comments and a doctype.
_ROOT = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--.*?-->|<\?[^>]*\?>|<!DOCTYPE[^>]*>)\s*)*"
    rb"<(?:rss|feed|rdf:RDF|RDF)\b", re.S | re.I)
# WordPress signs every entry: "The post <title> appeared first on <site>."
_POSTED_FIRST = re.compile(r"^The post .+ appeared first on .+$")
# A link to the full story at the end of a teaser: "... Read more", "Continue reading →", "[…]";
# only after a sentence ends, so "urged residents to read more." keeps its words.
_TAIL_LINK = re.compile(r"(?:(?:(?<=[.!?…\"”»)])|^)\s*(?:read more|continue reading|read the full (?:story|article))"
                        r"\b[\s.…»→›]*|\s*\[(?:…|\.\.\.)\])\s*$", re.I)


def looks_like_feed(path: Path) -> bool:
    """Whether the file's root element is a feed's (`rss`, `feed`, `rdf:RDF`), whatever its name."""
    return bool(_ROOT.match(sniff.head(path, 4096)))


def read_feed(path: Path, published: dt.date | None) -> Iterator[RawReport | Problem | Skipped]:
    """Every entry of the feed with text as a report; entries with none (a podcast, a bare link) are skipped."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        yield Problem(str(path), f"too large for a feed ({size / 1e6:.0f} MB)")
        return
    data = path.read_bytes()
    if not data.strip():
        yield Problem(str(path), "empty file")
        return
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 has NULs
        yield Problem(str(path), "binary file, not a feed")
        return
    import feedparser

    try:
        parsed = feedparser.parse(data)
    except (ValueError, LookupError, UnicodeError) as exc:  # an encoding feedparser cannot apply
        yield Problem(str(path), f"not a readable feed ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})")
        return
    if not parsed.entries:
        if parsed.version:
            yield Problem(str(path), "no entries in the feed")
        elif parsed.bozo and _ROOT.match(data[:4096]):
            yield Problem(str(path), f"feed is not well-formed XML ({_error(parsed)}) and no entry could be read")
        else:
            yield Problem(str(path), "not an RSS or Atom feed")
        return
    note = f"feed is not well-formed XML ({_error(parsed)}); entries read leniently" if parsed.bozo else None
    feed_title = _clean(parsed.feed.get("title"))
    for n, entry in enumerate(parsed.entries, 1):
        where = f"{path}#{_clean(entry.get('id')) or _clean(entry.get('link')) or n}"
        title = _clean(entry.get("title"))
        try:
            text = _entry_text(entry, title)
        except Exception as exc:  # noqa: BLE001 - an entry's odd HTML fails that entry, not the feed
            yield Problem(where, f"cannot read the entry's HTML ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})")
            continue
        if not text:
            yield Skipped(where)
            continue
        if len(text) > MAX_REPORT_CHARS:
            yield Problem(where, f"too large for one report ({len(text):,} characters)")
            continue
        source = entry.get("source") or {}
        report = RawReport(
            text=text, path=where, title=title, source=_clean(source.get("title")) or feed_title,
            url=_clean(entry.get("link")),
            published=_local_date(entry.get("published")) or _local_date(entry.get("updated")) or published,
        )
        if note:
            report.warnings.append(note)
            note = None  # once a feed, on its first report
        yield report


def _entry_text(entry, title: str | None) -> str | None:
    """The entry's content (else its summary) as paragraphs a blank line apart."""
    parts = entry.get("content") or []
    detail = next((c for c in parts if c.get("value", "").strip()), None) or entry.get("summary_detail")
    if not detail or not detail.get("value", "").strip():
        return None
    value = detail["value"]
    text = _html_text(value) if "html" in (detail.get("type") or "text/html") else value
    lines = []
    for line in text.splitlines():
        line = _TAIL_LINK.sub("", line.strip())
        if line and not TEASER.match(line) and not _POSTED_FIRST.match(line):
            lines.append(line)
    if lines and title and " ".join(lines[0].split()).casefold() == " ".join(title.split()).casefold():
        lines = lines[1:]
    return "\n\n".join(lines) or None


def _html_text(fragment: str) -> str:
    from trafilatura import bare_extraction

    found = bare_extraction(f"<html><body><article>{fragment}</article></body></html>",
                            include_comments=False, include_images=False, include_links=False)
    if found is not None and (found.text or "").strip():
        return found.text
    import lxml.html  # trafilatura judged it no text (a bare link list, say): keep what a reader sees

    return lxml.html.fragment_fromstring(fragment, create_parent="div").text_content()


def _local_date(value: object) -> dt.date | None:
    """The date as the feed writes it, in its own time zone: feedparser's parsed dates are UTC,
    which moves a post made after midnight in Kyiv to the day before."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return email.utils.parsedate_to_datetime(value).date()  # RSS: "Tue, 10 Jun 2025 00:40:00 +0300"
    except (TypeError, ValueError, IndexError):
        return parse_date(value)  # Atom and most others: ISO 8601


def _error(parsed) -> str:
    exc = parsed.get("bozo_exception")
    text = str(getattr(exc, "getMessage", lambda: exc)()) if exc else ""
    return next((line.strip() for line in text.splitlines() if line.strip()), "unknown error")


def _clean(value: object) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None
