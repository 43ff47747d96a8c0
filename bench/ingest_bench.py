"""Ingest speed: reports/s and MB/s, parse-only and parse+store, memory, DB size, growth.

Every measurement runs in a fresh child process, so its peak resident memory
(`ru_maxrss`) is its own and imports are paid once per measurement (as a user
pays them). Corpora come from `bench.gen_corpus` and are cached under the
work folder, so a re-run measures the code and not the generator.

    python -m bench.ingest_bench                 # 10^3 and 10^4 reports (a few minutes on 2 cores)
    python -m bench.ingest_bench --large         # adds 10^5
    python -m bench.ingest_bench --profile 1000  # cProfile of parse-only: where a report's time goes
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORK = Path(os.environ.get("BENCH_DIR") or Path(tempfile.gettempdir()) / "incidents-bench")


def corpus(n: int, seed: int = 1) -> Path:
    """A cached JSON Lines corpus of `n` synthetic reports (regenerated when sample_data changes).

    Keyed by the content of sample_data, not its mtimes: two checkouts of one commit share a corpus."""
    from . import gen_corpus

    digest = hashlib.sha256()
    for p in sorted(gen_corpus.SAMPLES.rglob("*")):
        if p.is_file():
            digest.update(p.relative_to(gen_corpus.SAMPLES).as_posix().encode() + b"\0" + p.read_bytes())
    stamp = digest.hexdigest()[:16]
    path = WORK / f"corpus-{n}-s{seed}-{stamp}.jsonl"
    if not path.exists():
        WORK.mkdir(parents=True, exist_ok=True)
        for stale in WORK.glob(f"corpus-{n}-s{seed}-*.jsonl"):
            stale.unlink()
        part = path.with_name(path.stem + ".part.jsonl")
        gen_corpus.write(part, n, seed)
        part.rename(path)
    return path


# --- measurements, each run in a child: python -m bench.ingest_bench --child KIND CORPUS [DB] ---

def _maxrss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


WARM_UP = dict(
    text="Russian drones struck Kharkiv overnight, injuring three people, regional governor Ivan Petrenko "
         "said on Telegram. \"The attack hit a residential area,\" he wrote.", path="warm-up.txt")


def _warm_up() -> float:
    """Import and first extraction (loading place names and patterns): a fixed cost per process,
    timed apart so that per-report numbers are the steady state a long ingest sees."""
    import datetime as dt

    t = time.perf_counter()
    from parsers.pipeline import document, extract
    from parsers.readers import RawReport

    extract(document(RawReport(published=dt.date(2025, 1, 2), **WARM_UP)))
    return time.perf_counter() - t


def _sentence_caches() -> list:
    """The extractors' memo tables (functools caches with more than one slot; the one-slot ones
    hold loaded data such as the gazetteer). The generated corpus repeats many sentences
    verbatim, which these caches answer for free; emptying them before each report gives the
    cost of copy in which nothing repeats, a pessimistic bound since place names and
    boilerplate do repeat in real wire copy."""
    import parsers

    caches = []
    for name, mod in list(sys.modules.items()):
        if not name.startswith(parsers.__name__ + ".") or mod is None:
            continue
        for obj in vars(mod).values():
            info = getattr(obj, "cache_info", None)
            if callable(info) and getattr(obj, "__module__", None) == name and (info().maxsize or 2) > 1:
                caches.append(obj)
    return caches


def _child_parse(src: Path, cold: bool = False) -> dict:
    startup = _warm_up()
    from parsers.pipeline import document, extract
    from parsers.readers import RawReport, read_paths

    reports = [r for r in read_paths([src]) if isinstance(r, RawReport)]
    nbytes = sum(len(r.text.encode()) for r in reports)
    rows = failed = 0
    caches = _sentence_caches() if cold else []
    c = time.process_time()
    t = time.perf_counter()
    for r in reports:
        for f in caches:
            f.cache_clear()
        try:
            x = extract(document(r))
        except Exception:  # noqa: BLE001 - counted and shown, as ingest does
            failed += 1
            continue
        rows += len(x.strikes) + len(x.negotiations) + len(x.quotes)
    secs = time.perf_counter() - t
    return {"reports": len(reports), "bytes": nbytes, "seconds": secs, "cpu_seconds": time.process_time() - c,
            "rows": rows, "failed": failed, "startup_s": startup}


def _child_ingest(src: Path, db: Path, jobs: int, synthetic: bool) -> dict:
    from parsers import ingest

    if synthetic:
        ingest.extract = _synthetic_extract
    elif jobs == 1:
        _warm_up()  # with workers, their start-up stays in the timing: it is what --jobs costs
    rebuild = ingest.incidents.rebuild
    spent: list[float] = []

    def timed_rebuild(db_):
        t0 = time.perf_counter()
        try:
            return rebuild(db_)
        finally:
            spent.append(time.perf_counter() - t0)

    ingest.incidents.rebuild = timed_rebuild
    nbytes = _corpus_bytes(src)
    c = time.process_time()
    t = time.perf_counter()
    s = ingest.ingest([src], db, jobs=jobs)
    secs = time.perf_counter() - t
    cpu = time.process_time() - c  # this process only: with --jobs, the writer's share
    size = sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))
    return {"reports": s.new + s.failed, "bytes": nbytes, "seconds": secs, "db_bytes": size,
            "rows": s.strikes + s.negotiations + s.quotes, "failed": s.failed, "cpu_seconds": cpu,
            "incidents_s": sum(spent)}


def _corpus_bytes(src: Path) -> int:
    with src.open(encoding="utf-8") as fh:
        return sum(len(json.loads(line)["text"].encode()) for line in fh if line.strip())


_SPEAKERS: list = []


def _synthetic_extract(doc):
    """Records shaped like a busy report's (5 strikes, 5 quotes, 1 negotiation in 2) at fixed
    offsets: measures the writer alone, whatever state the extractors are in."""
    import random

    from parsers.records import Evidence, Extraction, Negotiation, Quote, Strike

    from . import vocab

    if not _SPEAKERS:
        _SPEAKERS.extend(vocab.speakers(random.Random(7)))
    text = doc.text
    h = int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")  # stable across runs
    spans = [(i * 300, i * 300 + 200) for i in range(10)]
    ev = [Evidence(text[a:b], a, b) for a, b in spans]
    day = (doc.published or vocab.published_day(random.Random(h))).isoformat()
    strikes = [Strike(ev[i], date=day, attacker="Russia", weapon=vocab.WEAPONS[(h >> i) % 6][0],
                      location=vocab.PLACES[(h + i) % 30][0], country="Ukraine", killed=i, rule="bench")
               for i in range(5)]
    quotes = []
    for i in range(5, 10):
        name, role, aff, kind = _SPEAKERS[(h >> i) % len(_SPEAKERS)]
        quotes.append(Quote(text=ev[i].sentence, kind="direct", char_start=spans[i][0], char_end=spans[i][1],
                            speaker=name, speaker_text=name.split()[-1], speaker_kind=kind, role=role,
                            affiliation=aff, sentence=ev[i].sentence, rule="bench"))
    negs = [Negotiation(ev[0], kind="talks", parties=["Russia", "Ukraine"], rule="bench")] if h % 2 else []
    return Extraction(strikes=strikes, negotiations=negs, quotes=quotes)


def _child(argv: list[str]) -> None:
    kind, src = argv[0], Path(argv[1])
    if kind in ("parse", "parse-cold"):
        out = _child_parse(src, cold=kind == "parse-cold")
    else:
        out = _child_ingest(src, Path(argv[2]), int(argv[3]), kind == "store-synthetic")
    out["maxrss_mb"] = _maxrss_mb()
    import resource

    out["worker_maxrss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # --jobs workers
    print(json.dumps(out))


def measure(kind: str, src: Path, jobs: int = 1) -> dict:
    """Run one measurement in a child process and return its numbers."""
    with tempfile.TemporaryDirectory(dir=WORK) as tmp:
        db = Path(tmp) / "bench.db"
        out = subprocess.run([sys.executable, "-m", "bench.ingest_bench", "--child", kind, str(src), str(db), str(jobs)],
                             capture_output=True, text=True)
        if out.returncode:
            raise SystemExit(f"{kind} on {src} failed:\n{out.stderr}")
        res = json.loads(out.stdout.strip().splitlines()[-1])
    res.update(kind=kind, jobs=jobs, per_s=res["reports"] / res["seconds"], mb_s=res["bytes"] / 1e6 / res["seconds"],
               ms_per_report=1000 * res["seconds"] / res["reports"])
    return res


def profile(n: int, top: int = 25) -> None:
    """Where parse-only time goes, per function, in microseconds per report."""
    import cProfile
    import pstats

    from parsers.pipeline import document, extract
    from parsers.readers import RawReport, read_paths

    reports = [r for r in read_paths([corpus(n)]) if isinstance(r, RawReport)]
    prof = cProfile.Profile()
    failed = 0
    prof.enable()
    for r in reports:
        try:
            extract(document(r))
        except Exception:  # noqa: BLE001 - an extractor mid-edit; counted
            failed += 1
    prof.disable()
    if failed:
        print(f"({failed} of {len(reports)} reports failed extraction)")
    stats = pstats.Stats(prof)
    by_file: dict[str, float] = {}
    for (file, _line, _func), (_cc, _nc, tt, _ct, callers) in stats.stats.items():
        # builtins (regex search etc.) are charged to the file that called them
        if file == "~":
            for (cfile, _l, _f), cstat in callers.items():
                by_file[cfile] = by_file.get(cfile, 0.0) + cstat[2]
        else:
            by_file[file] = by_file.get(file, 0.0) + tt
    print("time per report by source file (own time plus the builtins it calls):")
    for file, tt in sorted(by_file.items(), key=lambda kv: kv[1], reverse=True)[:15]:
        print(f"  {1e6 * tt / len(reports):8.1f} us  {file.replace(str(Path.cwd()) + '/', '')}")
    rows = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)[:top]
    print(f"parse-only profile, {len(reports)} reports; time per report (own / with callees):")
    for (file, line, func), (cc, nc, tt, ct, _) in rows:
        where = file.replace(str(Path.cwd()) + "/", "")
        print(f"  {1e6 * tt / len(reports):8.1f} us {1e6 * ct / len(reports):9.1f} us  {nc / len(reports):7.1f} calls  "
              f"{where}:{line}({func})")


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        return _child(argv[1:])
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000", help="comma-separated corpus sizes")
    ap.add_argument("--large", action="store_true", help="add 10^5 reports (tens of minutes at 2 ms/report)")
    ap.add_argument("--full-large", action="store_true",
                    help="at 10^5 also parse-only and parse+store (an hour or more at today's parse speed)")
    ap.add_argument("--jobs", type=int, default=2, help="also time parse+store with this many workers at the largest size")
    ap.add_argument("--measure", default="parse,parse-cold,ingest,store-synthetic",
                    help="which measurements (default all; parse-cold runs at the smallest size only)")
    ap.add_argument("--profile", type=int, metavar="N", help="profile parse-only on N reports instead")
    ap.add_argument("--json", type=Path, help="write the raw numbers here")
    a = ap.parse_args(argv)
    if a.profile:
        return profile(a.profile)
    sizes = [int(s) for s in a.sizes.split(",")] + ([100_000] if a.large else [])
    results = []
    notes: list[str] = []
    print("Steady state: the fixed start-up of a process (imports, loading place names) is timed apart.\n")
    print("| reports | measurement | reports/s | MB/s | ms/report | CPU ms/report | peak RSS MB | DB bytes/report | rows |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    full = [n for n in sizes if n < 100_000 or a.full_large]
    for n in sizes:
        src = corpus(n)
        kinds = a.measure.split(",")
        if n >= 100_000 and not a.full_large:
            # Reports are parsed independently, so parse-only is linear by construction; what
            # can grow is the writer (bigger indexes, FTS, speakers), measured alone here.
            kinds = [k for k in kinds if k == "store-synthetic"]
        runs = [(k, 1) for k in ("parse", "parse-cold", "ingest", "store-synthetic") if k in kinds
                and (k != "parse-cold" or n == min(sizes))]
        if a.jobs > 1 and full and n == max(full) and "ingest" in kinds:
            runs.append(("ingest", a.jobs))
        for kind, jobs in runs:
            r = measure(kind, src, jobs)
            r["n"] = n
            results.append(r)
            label = {"parse": "parse only", "parse-cold": "parse only, nothing cached across reports",
                     "ingest": "parse + store",
                     "store-synthetic": "store only (synthetic rows)"}[kind] + (f", --jobs {jobs}" if jobs > 1 else "")
            rss = f"{r['maxrss_mb']:.0f}"
            if jobs > 1:
                rss += f" + {jobs} × {r['worker_maxrss_mb']:.0f}"
            dbpr = f"{r['db_bytes'] / r['reports']:,.0f}" if "db_bytes" in r else ""
            cpu = 1000 * r["cpu_seconds"] / r["reports"]
            print(f"| {n:,} | {label} | {r['per_s']:,.0f} | {r['mb_s']:.2f} | {r['ms_per_report']:.2f} | {cpu:.2f} | "
                  f"{rss} | {dbpr} | {r['rows']:,} |", flush=True)
            if r.get("incidents_s"):
                notes.append(f"{n:,} reports, {label}: of which incidents.rebuild {r['incidents_s']:.1f} s "
                             f"({1000 * r['incidents_s'] / r['reports']:.2f} ms/report)")
            if r.get("failed"):
                print(f"<!-- {r['failed']} of {r['reports']} reports failed extraction -->", flush=True)
    base = {(r["kind"], r["jobs"]): r for r in results if r["n"] == min(sizes)}
    print()
    for line in notes:
        print(line)
    starts = [r["startup_s"] for r in results if r.get("startup_s") is not None]
    if starts:
        print(f"start-up of a parsing process (imports + first report): {statistics.median(starts):.2f} s")
    for r in results:
        if r["n"] != min(sizes) and (r["kind"], r["jobs"]) in base:
            b = base[(r["kind"], r["jobs"])]
            print(f"growth {r['kind']} (jobs {r['jobs']}): {b['n']:,} -> {r['n']:,} reports: time per report "
                  f"x{r['ms_per_report'] / b['ms_per_report']:.2f} wall, "
                  f"x{r['cpu_seconds'] / r['reports'] / (b['cpu_seconds'] / b['reports']):.2f} CPU (1.00 = linear)")
    one = [r for r in results if r["kind"] == "ingest" and full and r["n"] == max(full)]
    if len(one) == 2:
        print(f"speed-up of --jobs {one[1]['jobs']} over 1 at {one[0]['n']:,} reports: x{one[0]['seconds'] / one[1]['seconds']:.2f}")
    if a.json:
        a.json.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
