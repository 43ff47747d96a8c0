"""Telegram Desktop channel exports ("Export chat history", JSON format): one report per post.

Governors, ministries and the air force post on Telegram first. An export is one
`result.json`, `{"name": ..., "type": ..., "id": ..., "messages": [...]}`, often
hundreds of megabytes for a busy channel, so it is streamed with ijson and never
held whole in memory; a cut-off export still gives every message before the cut.

A message's path is the file and the message id, which Telegram never reuses in
a channel: a later export of the channel saved over the same file replaces the
posts edited since and adds the new ones. Exports saved side by side
(`ChatExport_2025-03-01/`, `ChatExport_2025-03-08/`) share their unedited posts
(same text, same report); a post edited in between is told apart only by its url,
which needs the channel's username.
"""
from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..readers import Problem, RawReport, Skipped, parse_date

# What Telegram Desktop writes before the message list; only these top-level values are kept.
_HEADER = {"name", "type", "id", "username"}
_SHAPE = re.compile(rb'\A(?:\xef\xbb\xbf)?\s*\{[\s\S]*?"messages"\s*:\s*[\[{]')
_USERNAME = re.compile(r"@?([A-Za-z][A-Za-z0-9_]{3,31})")


def looks_like_export(path: Path) -> bool:
    """Whether a JSON file is shaped like an export: a top-level object whose "messages" starts
    in its first 64 KB (Telegram writes only the chat's name, type and id before it)."""
    try:
        if not path.is_file():  # never open a FIFO or device to sniff it
            return False
        with open(path, "rb") as fh:
            head = fh.read(65536)
    except OSError:
        return False
    if not _SHAPE.match(head):
        return False
    import ijson

    try:
        return _header(io.BytesIO(head)) is not None
    except (ijson.JSONError, UnicodeDecodeError):
        return False


def read_export(path: Path, published: dt.date | None) -> Iterator[RawReport | Problem | Skipped]:
    """Every post with text as a report; service messages, blank and media-only posts are skipped."""
    import ijson

    count = 0
    try:
        with open(path, "rb") as fh:
            chat = _header(fh)
        if chat is None:
            yield Problem(str(path), "not a Telegram export: no top-level 'messages' list")
            return
        if chat.get("messages") != "list":
            yield Problem(str(path), "not a Telegram export: 'messages' is not a list")
            return
        with open(path, "rb") as fh:
            for message in ijson.items(fh, "messages.item"):
                count += 1
                yield _message(message, chat, path, published)
    except (ijson.JSONError, UnicodeDecodeError) as exc:
        reason = next((line.strip() for line in str(exc).splitlines() if line.strip()), type(exc).__name__)
        yield Problem(str(path), f"Telegram export cut short or malformed after {count} messages ({reason})")


def _header(fh: BinaryIO) -> dict | None:
    """The channel's name, id and username, read up to the top-level message list; None without one."""
    import ijson

    chat: dict = {}
    events = ijson.parse(fh)
    if next(events, (None, None, None))[1] != "start_map":
        return None  # a list or a scalar: reports, not an export
    for prefix, event, value in events:
        if prefix in _HEADER and event in ("string", "number"):
            chat[prefix] = value
        elif prefix == "messages":
            chat["messages"] = "list" if event == "start_array" else event
            return chat
    return None


def _message(message: object, chat: dict, path: Path, published: dt.date | None) -> RawReport | Skipped:
    if not isinstance(message, dict):
        return Skipped(str(path))
    where = f"{path}#{message.get('id')}"
    if message.get("type", "message") != "message":
        return Skipped(where)  # "joined", "pinned", "changed title": the channel, not a report
    text = plain_text(message.get("text"))
    if not text.strip():
        text = plain_text(message.get("text_entities"))
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        return Skipped(where)  # blank, or a photo, video, sticker or poll without a caption
    username = _USERNAME.fullmatch(str(chat.get("username") or "").strip())
    post = message.get("id")
    return RawReport(
        text=text, path=where, title=None,
        source=_clean(message.get("forwarded_from")) or _clean(chat.get("name")),
        url=f"https://t.me/{username.group(1)}/{post}" if username and isinstance(post, int) else None,
        published=parse_date(message.get("date")) or published,  # the exporting computer's local time
    )


def plain_text(value: object) -> str:
    """A message's text: a string, or a list of strings and entities (bold, links, hashtags) joined."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(part if isinstance(part, str)
                       else part.get("text", "") if isinstance(part, dict) and isinstance(part.get("text"), str)
                       else "" for part in value)
    return ""


def _clean(value: object) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None
