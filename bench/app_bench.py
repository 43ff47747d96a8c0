"""The app on a big database: time to first paint, keystroke-to-table latency, memory.

Drives the real `tui` app through Textual's pilot (`App.run_test()`, headless)
on a database from `bench.gen_db` (10^6 strikes and quotes by default). The
end of a keystroke is the moment the pane applies the first page of rows for
the generation that keystroke started (`PaneView._got_first_page`): that is
when the table on screen shows the new result. The total row count and the
facet counts arrive after it, and are timed too ("count").

    python -m bench.app_bench                       # builds /tmp/incidents-bench/app-1000000.db once
    python -m bench.app_bench --db /tmp/big.db
    python -m bench.app_bench --rows 100000         # smaller database
"""
from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from .ingest_bench import WORK

TIMEOUT = 60.0


class Clock:
    """Timestamps of the pane callbacks, keyed by (pane, generation)."""

    def __init__(self) -> None:
        self.first_page: dict[tuple[str, int], float] = {}
        self.count: dict[tuple[str, int], float] = {}
        self.facets: dict[tuple[str, int], int] = {}
        self.summary: dict[tuple[str, int], float] = {}


def instrument(clock: Clock) -> None:
    from tui.widgets.pane_view import PaneView

    first, count, facet = PaneView._got_first_page, PaneView._got_count, PaneView._got_facet

    def got_first_page(self, generation, rows, total):
        first(self, generation, rows, total)
        clock.first_page.setdefault((self.spec.key, generation), time.perf_counter())
        if total is not None:
            clock.count.setdefault((self.spec.key, generation), time.perf_counter())

    def got_count(self, generation, total):
        count(self, generation, total)
        clock.count.setdefault((self.spec.key, generation), time.perf_counter())

    def got_facet(self, generation, name, values):
        facet(self, generation, name, values)
        key = (self.spec.key, generation)
        clock.facets[key] = clock.facets.get(key, 0) + 1

    PaneView._got_first_page, PaneView._got_count, PaneView._got_facet = got_first_page, got_count, got_facet

    from tui.widgets.summary import SummaryLine

    show = SummaryLine._show

    def got_summary(self, generation, totals):
        show(self, generation, totals)
        clock.summary.setdefault((self.spec.key, generation), time.perf_counter())

    SummaryLine._show = got_summary


async def _until(pred, what: str) -> None:
    end = time.perf_counter() + TIMEOUT
    while not pred():
        if time.perf_counter() > end:
            raise TimeoutError(f"no {what} within {TIMEOUT:.0f} s")
        await asyncio.sleep(0.001)


async def _key(pilot, clock: Clock, pane, keys: list[str], out: dict[str, list[float]], name: str) -> None:
    """Press keys; time from the last press to the first page (and the count) of the generation they started."""
    before = pane.generation
    for k in keys[:-1]:
        await pilot.press(k)
    t = time.perf_counter()
    await pilot.press(keys[-1])
    gen = pane.generation
    if gen == before:
        return  # the key changed nothing (e.g. sort already in that order)
    key = (pane.spec.key, gen)
    await _until(lambda: key in clock.first_page, f"table update for {name}")
    out.setdefault(name, []).append(1000 * (clock.first_page[key] - t))
    await _until(lambda: key in clock.count, f"count for {name}")
    out.setdefault(name + " (count)", []).append(1000 * (clock.count[key] - t))
    nfacets = len(pane.spec.facets)
    await _until(lambda: clock.facets.get(key, 0) >= nfacets, f"facets for {name}")
    out.setdefault(name + " (facets)", []).append(1000 * (time.perf_counter() - t))
    await _until(lambda: key in clock.summary, f"summary line for {name}")
    out.setdefault(name + " (summary)", []).append(1000 * (clock.summary[key] - t))


async def run(db: Path, words: list[str], repeat: int) -> dict:
    from tui.app import make_app
    from tui.widgets.facet_list import FacetList

    clock = Clock()
    instrument(clock)
    t0 = time.perf_counter()
    app = make_app(db)
    out: dict[str, list[float]] = {}
    async with app.run_test(size=(180, 50)) as pilot:
        t_ready = time.perf_counter()
        pane = app.current_pane()
        await _until(lambda: ("strikes", pane.generation) in clock.first_page and pane.generation >= 1, "first page")
        first_paint = clock.first_page[("strikes", pane.generation)] - t0
        await _until(lambda: ("strikes", pane.generation) in clock.count, "first count")
        first_count = clock.count[("strikes", pane.generation)] - t0
        await _until(lambda: clock.facets.get(("strikes", pane.generation), 0) >= len(pane.spec.facets), "facets")
        await pilot.pause()

        for _ in range(repeat):
            # search, typed one key at a time, then cleared
            await pilot.press("slash")
            for word in words:
                for ch in word:
                    await _key(pilot, clock, pane, [ch], out, "search keystroke")
                await _key(pilot, clock, pane, ["escape"], out, "search clear")
                await pilot.press("slash")
            await pilot.press("escape")
            pane.table.focus()
            await pilot.pause()
            # facet pick and unpick, on each facet's first values
            for facet in pane.spec.facets[:3]:
                fl = app.query_one(f"#facet-{pane.spec.key}-{facet.name}", FacetList)
                for i in range(2):
                    fl.focus()
                    fl.highlighted = i
                    await pilot.pause()
                    await _key(pilot, clock, pane, ["enter"], out, "facet pick")
                    fl.focus()
                    await _key(pilot, clock, pane, ["enter"], out, "facet unpick")
            # sort on several columns, both ways
            pane.table.focus()
            await pilot.press("home")
            for _col in range(4):
                await _key(pilot, clock, pane, ["left_square_bracket"], out, "sort")
                await _key(pilot, clock, pane, ["right_square_bracket"], out, "sort")
                await pilot.press("right")
            # open the quotes pane once (cold) and search a speaker there
            if "quotes" not in {k for k, _ in clock.first_page}:
                t = time.perf_counter()
                await pilot.press("3")
                qp = app.pane("quotes")
                await _until(lambda: ("quotes", qp.generation) in clock.first_page, "quotes pane")
                out.setdefault("switch to quotes pane (cold)", []).append(1000 * (clock.first_page[("quotes", qp.generation)] - t))
                await pilot.press("1")
                await pilot.pause()
    import resource

    return {"db": str(db), "ready_s": t_ready - t0, "first_paint_s": first_paint, "first_count_s": first_count,
            "latency_ms": out, "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def import_seconds() -> float:
    """Importing the app in a fresh process: paid before the first paint, outside `run`'s clock."""
    code = "import time; t = time.perf_counter(); import tui.app; print(time.perf_counter() - t)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def database(rows: int) -> Path:
    path = WORK / f"app-{rows}.db"
    if not path.exists():
        WORK.mkdir(parents=True, exist_ok=True)
        print(f"building {path} ({rows:,} rows per table) ...", file=sys.stderr, flush=True)
        subprocess.run([sys.executable, "-m", "bench.gen_db", str(path) + ".part", "--rows", str(rows)], check=True)
        Path(str(path) + ".part").rename(path)
    return path


def table(res: dict) -> str:
    lines = ["| measurement | median ms | p90 ms | max ms | n |", "|---|---:|---:|---:|---:|",
             f"| import of the app (fresh process) | {1000 * res['import_s']:.0f} | | | 1 |",
             f"| first paint (open database to first table page shown) | {1000 * res['first_paint_s']:.0f} | | | 1 |",
             f"| app start to strikes count shown | {1000 * res['first_count_s']:.0f} | | | 1 |"]
    for name, xs in res["latency_ms"].items():
        xs = sorted(xs)
        p90 = xs[min(len(xs) - 1, int(0.9 * len(xs)))]
        lines.append(f"| {name} | {statistics.median(xs):.0f} | {p90:.0f} | {xs[-1]:.0f} | {len(xs)} |")
    lines.append(f"| peak RSS of the app process | {res['maxrss_mb']:.0f} MB | | | |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, help="database to open (default: build one with bench.gen_db)")
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--words", default="kharkiv,drone,zelensky", help="search words, typed a key at a time")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--json", type=Path)
    a = ap.parse_args(argv)
    db = a.db or database(a.rows)
    res = asyncio.run(run(db, a.words.split(","), a.repeat))
    res["import_s"] = import_seconds()
    print(table(res))
    if a.json:
        a.json.write_text(json.dumps(res, indent=1))


if __name__ == "__main__":
    main()
