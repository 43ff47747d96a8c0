"""Saved web pages (`.html`, `.htm`): the article in them, read with trafilatura.

trafilatura is built for news pages: it drops navigation, ads, scripts, related
links and comments, and reads the title, publication date (JSON-LD, OpenGraph,
`<meta>`, through htmldate), site name and canonical URL. Its text, one
paragraph a line, is what gets stored, so every offset indexes the stored text.

We decode the bytes ourselves because trafilatura guesses the encoding from the
bytes alone and ignores what the page declares: a windows-1251 page with little
Cyrillic in it can be guessed as another code page.
"""
from __future__ import annotations

import codecs
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from . import sniff
from ..readers import MAX_FILE_BYTES, MAX_REPORT_CHARS, Problem, RawReport, parse_date

PAGE_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
NO_ARTICLE = "no article text found"

_DECLARED = re.compile(
    rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml\b[^>]*?encoding\s*=\s*["']([\w.:-]+)""", re.I)
# Browsers read a page declared Latin-1 or ASCII as windows-1252 (WHATWG Encoding): its curly quotes live there.
_AS_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "iso_8859-1"}
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# "Save page as" marks where the page came from: <!-- saved from url=(0076)https://... -->
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.I)
# A page's start, after a byte-order mark, blanks and comments.
_HTML_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.S | re.I)
# A link to another story left inside the article body ("Read more: <headline>").
TEASER = re.compile(r"^(?:read (?:more|also)|also read|see also|continue reading|more on this story)\b"
                     r"|^related(?: news| stories| articles?)?\s*[:|>»-]", re.I)
# A table row this long is the page's layout holding the article, not a table of figures.
_LAYOUT_ROW = 400
# An article has at least one sentence; a section front, login wall or error page has none.
_SENTENCE = re.compile(r"\w.{30,}[.!?…][\"'”’»)]*$")
# Telegram Desktop's "Export chat history" in HTML: a chat, not an article.
_TELEGRAM_HTML = re.compile(r'class="page_wrap"[\s\S]*?class="message (?:default|service)', re.I)


def read_page(path: Path, published: dt.date | None) -> Iterator[RawReport | Problem]:
    """The one article of a saved page, or one problem."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        yield Problem(str(path), f"too large for a web page ({size / 1e6:.0f} MB)")
        return
    html, note = decode_page(path.read_bytes())
    if html is None:
        yield Problem(str(path), note or "unreadable")
        return
    if _TELEGRAM_HTML.search(html[:200_000]):
        yield Problem(str(path), "a Telegram HTML export: export the chat again as machine-readable JSON "
                                 "(result.json) to read its messages")
        return
    found = _extract(html, tables=True)
    if found is not None and any(line.startswith("|") and len(line) > _LAYOUT_ROW
                                 for line in (found.text or "").splitlines()):
        found = _extract(html, tables=False)
    text = _article_text(found.text if found else None, found.title if found else None)
    if text is None:
        yield Problem(str(path), NO_ARTICLE)
        return
    if len(text) > MAX_REPORT_CHARS:
        yield Problem(str(path), f"too large for one report ({len(text):,} characters of article text)")
        return
    saved_from = _SAVED_FROM.search(html[:4096])
    saved_url = saved_from.group(1) if saved_from else None
    url = _clean(found.url)
    if url and saved_url and not urlsplit(url).scheme:
        url = urljoin(saved_url, url)  # a canonical link written relative to the site
    report = RawReport(
        text=text, path=str(path), title=_clean(found.title), source=_clean(found.sitename),
        url=url or saved_url, published=parse_date(found.date) or published,
    )
    if note:
        report.warnings.append(note)
    yield report


def decode_page(data: bytes) -> tuple[str | None, str | None]:
    """(html, warning), or (None, reason) for bytes that are no page.

    A byte-order mark wins, then the charset the page declares, then UTF-8, then
    trafilatura's guess (charset_normalizer); as browsers do, less the HTTP header
    a saved file no longer has.
    """
    if not data.strip():
        return None, "empty file"
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), None
    if b"\x00" in data[:8192]:
        return None, "binary file, not a web page"
    declared = _DECLARED.search(data[:4096])
    candidates = []
    if declared:
        name = (declared.group(1) or declared.group(2)).decode("ascii").lower()
        candidates.append("cp1252" if name in _AS_WINDOWS_1252 else name)
    candidates.append("utf-8")
    from trafilatura.utils import detect_encoding

    for encoding in candidates + detect_encoding(data):
        try:
            return data.decode(encoding), None
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("utf-8", errors="replace"), "not valid in any encoding tried; decoded with replacement characters"


def looks_like_page(path: Path) -> bool:
    """Whether a file without a page's suffix is one: wget keeps names like `article.php?id=5`."""
    return bool(_HTML_START.match(sniff.head(path, 1024)))


def is_saved_page_folder(path: Path) -> bool:
    """Whether `path` is the `X_files/` folder a browser saves beside `X.html` ("Web page, complete").

    It holds the page's images, scripts and frames, which are `.html` files of
    their own (ads, players), never reports.
    """
    if not path.name.endswith("_files") or len(path.name) == len("_files"):
        return False
    stem = path.name[: -len("_files")]
    return any((path.parent / (stem + suffix)).is_file() for suffix in PAGE_SUFFIXES)


def _extract(html: str, tables: bool):
    """trafilatura's reading of the page. Dates come from the page's markup only (JSON-LD, `<meta>`,
    `<time>`): htmldate's extensive search would also take one from a dated link in "Most read",
    and a wrong publication date misplaces every "overnight" in the report; none is better."""
    from trafilatura import bare_extraction
    from trafilatura.settings import set_date_params

    return bare_extraction(html, with_metadata=True, include_comments=False, include_tables=tables,
                           include_images=False, include_links=False,
                           date_extraction_params=set_date_params(extensive=False))


def _article_text(text: str | None, title: str | None) -> str | None:
    """The paragraphs a reader reads, a blank line apart as in a `.txt` report; None when none is prose."""
    lines = [line.strip() for line in (text or "").splitlines()]
    lines = [line for line in lines if line and not TEASER.match(line)]
    if lines and title and _folded(lines[0]) == _folded(title):
        lines = lines[1:]  # the headline, which is the title already
    if not any(_SENTENCE.search(line) for line in lines):
        return None
    return "\n\n".join(lines)


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def _clean(value: object) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None
