"""Readers for what analysts save: web pages, RSS/Atom feeds, Telegram channel exports.

Each reader yields the same `RawReport` / `Problem` / `Skipped` items as
`parsers.readers`, which dispatches to them; the libraries behind them load
only when a file of their kind is read.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}  # as in parsers.readers
OWN_SUFFIXES = JSON_SUFFIXES | {".txt", ".md", ".markdown"}  # read by parsers.readers
Reader = Callable[[Path, "dt.date | None"], Iterator]


def reader_for(path: Path, in_folder: bool = False) -> Reader | None:
    """The reader for a web page, feed or Telegram export at `path`; None for other files.

    In a folder, a file is taken only for what it is; named on the command line,
    a `.html` or `.xml` file is read as such even when it is not, so that the
    user learns why it gave no report.
    """
    from .feeds import FEED_SUFFIXES, looks_like_feed, read_feed
    from .telegram import looks_like_export, read_export
    from .webpage import PAGE_SUFFIXES, looks_like_page, read_page

    if not path.is_file():
        return None  # a FIFO or device named like a page would block the read: left to parsers.readers
    suffix = path.suffix.lower()
    if suffix in {".json", ""} and looks_like_export(path):
        return _guarded(read_export)
    if suffix not in JSON_SUFFIXES and looks_like_feed(path):
        return _guarded(read_feed)
    if suffix in PAGE_SUFFIXES:
        return _guarded(read_page)
    if suffix in FEED_SUFFIXES and not in_folder:
        return _guarded(read_feed)  # to say that it is no feed
    if suffix not in OWN_SUFFIXES | FEED_SUFFIXES and looks_like_page(path):
        return _guarded(read_page)  # a mirrored page named by its URL: index.php?id=5
    return None


def _guarded(reader: Reader) -> Reader:
    """A library's bug on one odd file fails that file in one line, not the run around it."""
    def read(path: Path, published: dt.date | None) -> Iterator:
        from ..readers import Problem

        try:
            yield from reader(path, published)
        except OSError:
            raise  # the caller names these like any file's
        except Exception as exc:  # noqa: BLE001 - whatever trafilatura, feedparser or ijson raise
            message = " ".join(str(exc).split())[:200]
            yield Problem(str(path), f"cannot read ({type(exc).__name__}: {message}); please report this")

    return read


def is_saved_page_folder(path: Path) -> bool:
    """Whether a folder is the `X_files/` a browser saved beside the page `X.html`."""
    from .webpage import is_saved_page_folder as saved

    return saved(path)
