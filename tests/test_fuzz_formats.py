"""Reading pages, feeds and Telegram exports never raises, whatever is cut from or added to them."""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers.readers import Problem, RawReport, Skipped, read_paths

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = {
    ".html": (FIXTURES / "web" / "dnipro-courier-power-plant.html").read_bytes(),
    ".htm": (FIXTURES / "web" / "slobozhanskyi-visnyk-kharkiv-bomb.html").read_bytes(),
    ".xml": (FIXTURES / "feeds" / "kyiv-evening-wire-2025-06-10T08.xml").read_bytes(),
    ".atom": (FIXTURES / "feeds" / "frontline-monitor.atom").read_bytes(),
    ".json": (FIXTURES / "telegram" / "ChatExport_2025-03-02" / "result.json").read_bytes(),
}
NASTY = [b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"<", b">", b"&", b"]]>", b"<![CDATA[", b"\"", b"{", b"[",
         b"\\ud800", b"\xed\xa0\x80", b"<meta charset=klingon>", b"<?xml encoding='utf-32'?>", b"\r", b"\n"]


@st.composite
def damaged(draw):
    suffix = draw(st.sampled_from(sorted(SAMPLES)))
    data = SAMPLES[suffix]
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["cut", "insert", "delete"]))
        if action == "cut":
            data = data[:at]
        elif action == "insert":
            data = data[:at] + draw(st.one_of(st.sampled_from(NASTY), st.binary(max_size=20))) + data[at:]
        else:
            data = data[:at] + data[at + draw(st.integers(1, 200)):]
    return suffix, data


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sample=damaged())
def test_damaged_files_give_reports_or_one_line_problems(sample):
    suffix, data = sample
    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp) / f"damaged{suffix}"
        f.write_bytes(data)
        for item in read_paths([f]):
            assert isinstance(item, (RawReport, Problem, Skipped))
            if isinstance(item, Problem):
                assert "\n" not in str(item) and "please report this" not in item.reason
            if isinstance(item, RawReport):
                assert item.text.strip() and "\r" not in item.text
