"""How extraction time grows with the size of one report (issue 17, fault 7).

Two hostile shapes, each from 10^4 to 10^6 characters:
- `sentence`: one "sentence" with no full stop, listing towns and regions (a table
  pasted as text); places were compared pairwise, with the clauses around each
  pair read again, which made it cubic (8,000 characters: 16 s; 16,000: 76 s).
- `quotes`: a report of short quoted statements, one a line (a transcript or a
  feed dump); each new quote was checked against every earlier one (1.9 MB: 26 s).

Linear growth shows as a flat "s per 10^5 chars" column.

    .venv/bin/python -m bench.extract_growth                 # 10^4, 10^5, 10^6 (a few minutes)
    .venv/bin/python -m bench.extract_growth --sizes 10000 100000
"""
from __future__ import annotations

import argparse
import datetime as dt
import time

from parsers.pipeline import document, extract
from parsers.readers import RawReport

_PLACES = ["Kharkiv", "Odesa", "Sumy", "Dnipro", "Zaporizhzhia", "the Belgorod region", "Kherson", "Poltava"]
_SPEAKERS = ["the mayor", "the governor", "a spokesman for the regional administration", "Oleh Syniehubov",
             "the air force", "Ivan Fedorov"]
_SAID = ["We are restoring power to the damaged districts", "Two drones were shot down over the city",
         "Emergency crews are still working at the site", "Schools will stay closed on Monday",
         "The attack lasted for almost three hours"]


def sentence(chars: int) -> str:
    parts = ["Russian drones struck "]
    n = len(parts[0])
    i = 0
    while n < chars:
        part = f"{_PLACES[i % len(_PLACES)]}, "
        parts.append(part)
        n += len(part)
        i += 1
    return "".join(parts) + "and Mykolaiv overnight, killing two people, officials said."


def quotes(chars: int) -> str:
    lines, n, i = [], 0, 0
    while n < chars:
        line = f'"{_SAID[i % len(_SAID)]}," {_SPEAKERS[i % len(_SPEAKERS)]} said.'
        lines.append(line)
        n += len(line) + 1
        i += 1
    return "\n".join(lines)


def measure(text: str) -> tuple[float, int]:
    raw = RawReport(text=text, path="bench", published=dt.date(2025, 3, 1))
    t = time.perf_counter()
    ex = extract(document(raw))
    return time.perf_counter() - t, len(ex.strikes) + len(ex.quotes) + len(ex.negotiations)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--shapes", nargs="+", choices=["sentence", "quotes"], default=["sentence", "quotes"])
    args = ap.parse_args()
    measure("Drones hit Kharkiv overnight, officials said.")  # load the gazetteer outside the timings
    print(f"{'shape':<9} {'chars':>10} {'seconds':>9} {'s per 10^5 chars':>17} {'records':>8}")
    for name, make in (("sentence", sentence), ("quotes", quotes)):
        if name not in args.shapes:
            continue
        for size in args.sizes:
            text = make(size)
            secs, records = measure(text)
            print(f"{name:<9} {len(text):>10,} {secs:>9.2f} {secs / len(text) * 1e5:>17.2f} {records:>8,}", flush=True)


if __name__ == "__main__":
    main()
