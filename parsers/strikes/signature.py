"""The signer of a post: officials' Telegram posts, republished as they are, end with the
author's name and title ("Oleh Kiper, head of the Odesa Regional Military Administration",
"— Vyacheslav Gladkov, Governor of the Belgorod region", "Head of the Kharkiv RMA Oleh
Synehubov") and no "he said" anywhere. The signer speaks for the post's strikes that no one
else claims. Only the report's last line is read, so the cost is one short match a report."""
from __future__ import annotations

import re

_NAME = r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
_TITLE = (r"(?:(?:the\s+)?(?:acting\s+|deputy\s+|regional\s+|city\s+|oblast\s+)?(?i:head|governor|mayor|chief|commander|"
          r"spokes(?:man|woman|person)|secretary)\b)")
# "Oleh Kiper, head of ...", "— Oleh Kiper, head of ..." at the end of the last line
_NAME_THEN_TITLE = re.compile(rf"(?:^|[—–]\s*|\s-\s+){_NAME},\s+{_TITLE}[^,.;:!?\n]{{0,90}}\.?\s*$")
# "Head of the Kharkiv Regional Military Administration Oleh Synehubov"
_TITLE_THEN_NAME = re.compile(
    rf"^(?:[—–-]\s*)?(?:[A-Z][\w'’-]+\s+)?{_TITLE}\s+of\s+(?:the\s+)?[^,.;:!?\n]{{3,80}}\s+{_NAME}\.?\s*$")
_NOT_A_NAME = re.compile(r"\b(?:Region|Oblast|Administration|Council|Military|City|District|RMA|OVA|MVA|Ukraine|Russia)\b")


def signer(text: str) -> str | None:
    """The name a post is signed with, or None."""
    tail = text.rstrip()
    line = tail[tail.rfind("\n") + 1:]
    if len(line) > 220 or not _has_title_word(line):
        return None
    m = _NAME_THEN_TITLE.search(line) or _TITLE_THEN_NAME.match(line)
    if m is None or _NOT_A_NAME.search(m.group("name")):
        return None
    return m.group("name")


def _has_title_word(line: str) -> bool:
    low = line.lower()
    return any(w in low for w in ("head", "governor", "mayor", "chief", "commander", "spokes", "secretary"))
