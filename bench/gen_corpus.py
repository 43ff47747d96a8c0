"""Write N distinct synthetic reports for the ingest benchmark.

Each report recombines paragraphs of our own `sample_data/` reports (never
the real seeds) with places, numbers, speakers and dates drawn afresh, so the
extractors meet the sentence shapes they were written for, at any scale, with
no two reports alike. Reports are 3-5 KB, like wire copy. Deterministic for a
given seed and set of sample reports.

    python -m bench.gen_corpus /tmp/corpus-1k --n 1000             # folder of .txt with front matter
    python -m bench.gen_corpus /tmp/corpus-1k.jsonl --n 1000       # one JSON Lines file
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from . import vocab

SAMPLES = Path(__file__).resolve().parent.parent / "sample_data"
MIN_CHARS, MAX_CHARS = 3000, 5000

_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
_MONTHS = "January February March April May June July August September October November December".split()
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_MONTH_DAY = re.compile(r"\b(" + "|".join(_MONTHS) + r")\s+(\d{1,2})\b")
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b")
_NUMBER = re.compile(r"(?<![\d.,:/-])\d{1,3}(?:,\d{3})*(?![\d:/]|\.\d)")


def _load_samples(root: Path) -> tuple[list[list[str]], list[str], list[str]]:
    """(paragraphs of each report, title of each report, speaker names) of the sample reports."""
    paragraphs: list[list[str]] = []
    titles: list[str] = []
    for p in sorted(root.glob("*.txt")):
        raw = p.read_text(encoding="utf-8")
        m = _FRONT.match(raw)
        body = raw[m.end():] if m else raw
        t = re.search(r"^title:\s*(.+)$", m.group(1), re.M) if m else None
        paras = [" ".join(para.split()) for para in re.split(r"\n\s*\n", body)]
        paras = [para for para in paras if len(para) > 40]
        if paras:
            paragraphs.append(paras)
            titles.append(t.group(1).strip().strip('"') if t else p.stem.replace("_", " "))
    names: set[str] = set()
    gold = root / "gold.jsonl"
    if gold.exists():
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                for q in json.loads(line).get("quotes", []):
                    sp = q.get("speaker")
                    for name in sp if isinstance(sp, list) else [sp]:
                        if name and len(name.split()) >= 2 and name.split()[0][0].isupper():
                            names.add(name)
    return paragraphs, titles, sorted(names)


class Recombiner:
    """Swaps places, numbers, dates and people in sample paragraphs for fresh ones."""

    def __init__(self, root: Path = SAMPLES) -> None:
        self.paragraphs, self.titles, names = _load_samples(root)
        if not self.paragraphs:
            raise SystemExit(f"no sample reports in {root}")
        places = sorted({p[0] for p in vocab.PLACES} | {"Kiev", "Odessa", "Kharkov"}, key=len, reverse=True)
        self._place = re.compile(r"\b(" + "|".join(map(re.escape, places)) + r")\b")
        people = [n for n in names if n not in vocab.ORGS and not n.split()[0] in {"Russian", "Ukrainian", "European"}]
        self._full = {n: n.split()[-1] for n in people}
        alts = sorted(set(self._full) | set(self._full.values()), key=len, reverse=True)
        self._person = re.compile(r"\b(" + "|".join(map(re.escape, alts)) + r")\b") if alts else None

    def report(self, rng: random.Random, speakers: list[tuple[str, str | None, str | None, str]]) -> dict:
        pub = vocab.published_day(rng)
        cast: dict[str, str] = {}
        people = [s[0] for s in speakers if s[3] == "person"]

        def person(m: re.Match[str]) -> str:
            word = m.group(1)
            full = word if word in self._full else next((f for f, last in self._full.items() if last == word), word)
            if full not in cast:
                cast[full] = rng.choice(people)
            return cast[full] if word == full else cast[full].split()[-1]

        home = rng.choice(vocab.PLACES)[0]

        def place(m: re.Match[str]) -> str:
            return home if rng.random() < 0.5 else rng.choice(vocab.PLACES)[0]

        def number(m: re.Match[str]) -> str:
            n = int(m.group(0).replace(",", ""))
            k = rng.randint(max(1, n // 2), max(2, n * 2)) if n else 0
            return f"{k:,}" if "," in m.group(0) else str(k)

        def month_day(m: re.Match[str]) -> str:
            d = pub - dt.timedelta(days=rng.choice((0, 0, 0, 1, 2)))
            return f"{d:%B} {d.day}"

        def weekday(m: re.Match[str]) -> str:
            return (pub - dt.timedelta(days=rng.choice((0, 0, 1)))).strftime("%A")

        def fresh(text: str) -> str:
            text = self._place.sub(place, text)
            if self._person is not None:
                text = self._person.sub(person, text)
            text = _MONTH_DAY.sub(month_day, text)
            text = _WEEKDAY.sub(weekday, text)
            return _NUMBER.sub(number, text)

        # The body of one sample report in its order, then paragraphs of the others, none twice.
        primary = rng.randrange(len(self.paragraphs))
        others = [q for i, ps in enumerate(self.paragraphs) if i != primary for q in ps]
        rng.shuffle(others)
        target = rng.randint(MIN_CHARS, MAX_CHARS - 600)
        paras = [f"{home.upper()}, {pub:%B} {pub.day} -"]
        size = len(paras[0])
        pool = self.paragraphs[primary] + others
        while size < target:
            if not pool:
                pool = list(others)
                rng.shuffle(pool)
            para = fresh(pool.pop(0))
            if size + len(para) + 2 > MAX_CHARS:
                continue
            paras.append(para)
            size += len(para) + 2
        text = paras[0] + " " + "\n\n".join(paras[1:]) + "\n"
        title = fresh(self.titles[primary])
        return {"title": title, "published": pub.isoformat(), "source": rng.choice(
            ["Wire service", "Regional desk", "Governor's channel", "Ministry statement", "Interview desk"]),
            "text": text}


def generate(n: int, seed: int = 1, root: Path = SAMPLES) -> Iterator[dict]:
    """`n` distinct reports (dicts with title, published, source, url, text)."""
    rng = random.Random(seed)
    maker = Recombiner(root)
    speakers = vocab.speakers(rng)
    seen: set[bytes] = set()
    i = 0
    while i < n:
        rep = maker.report(rng, speakers)
        key = hashlib.sha1(rep["text"].encode()).digest()
        if key in seen:
            continue
        seen.add(key)
        i += 1
        rep["url"] = f"https://example.org/synthetic/{seed}/{i:06d}"
        yield rep


def write(out: str | Path, n: int, seed: int = 1, root: Path = SAMPLES) -> Path:
    """Write to `out`: one JSON Lines file if it ends in .jsonl, else a folder of .txt with front matter."""
    out = Path(out)
    if out.suffix == ".jsonl":
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as fh:
            for rep in generate(n, seed, root):
                fh.write(json.dumps(rep, ensure_ascii=False) + "\n")
        return out
    out.mkdir(parents=True, exist_ok=True)
    for i, rep in enumerate(generate(n, seed, root), 1):
        head = "\n".join(f"{k}: {rep[k]}"
                         for k in ("title", "published", "source", "url"))
        (out / f"{i:06d}.txt").write_text(f"---\n{head}\n---\n{rep['text']}", encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", help="folder for .txt reports, or a .jsonl file")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--samples", type=Path, default=SAMPLES, help="folder of sample reports to recombine")
    a = ap.parse_args(argv)
    path = write(a.out, a.n, a.seed, a.samples)
    print(f"{a.n} reports -> {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
