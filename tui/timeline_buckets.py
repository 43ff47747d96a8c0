"""Timeline data: counts and killed per day, week or month under a pane's filters.

The database is asked once, per day; `d`/`w`/`m` then regroup those days on
screen without another query. Strikes count their own killed; Incidents count
each incident's latest reported toll once (as the summary line does). Empty
days, weeks and months between the first and the last are kept as zeros, so
the sparkline's x axis is time, and rows without a date are counted apart.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .panes import PaneSpec
    from .queries import Filters, Store

Bucket = tuple[str, int, int]  # (label, rows, killed)
UNITS = ("day", "week", "month")
MAX_DAYS_SHOWN = 400  # past this many days, 'auto' picks weeks; past as many weeks, months


def days(store: Store, spec: PaneSpec, filters: Filters) -> tuple[list[Bucket], int]:
    """([(YYYY-MM-DD, rows, killed)] for dated rows, number of undated rows) under the filters."""
    with store.misc.lock:
        conn = store.misc.conn
        w, p, needs_view = store.where(spec, filters, conn)
        rel = spec.view if needs_view else spec.base
        cols = store.columns_of(spec.base, conn)
        killed = next((f"sum(coalesce(t.{c}, 0))" for c in ("killed", "killed_latest") if c in cols), "0")
        rows = conn.execute(
            f"select substr(t.{spec.date_column}, 1, 10) as d, count(*), {killed} from {rel} t "
            f"where {w} group by d order by d", p).fetchall()
    dated = [(d, n, k) for d, n, k in rows if d and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)]
    undated = sum(n for d, n, _ in rows if not (d and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)))
    return dated, undated


def _start(day: dt.date, unit: str) -> dt.date:
    if unit == "week":
        return day - dt.timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    return day


def _next(start: dt.date, unit: str) -> dt.date:
    if unit == "day":
        return start + dt.timedelta(days=1)
    if unit == "week":
        return start + dt.timedelta(days=7)
    return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def _label(start: dt.date, unit: str) -> str:
    return start.strftime("%Y-%m") if unit == "month" else start.isoformat()


def auto_unit(daily: list[Bucket]) -> str:
    if len(daily) < 2:
        return "day"
    span = (dt.date.fromisoformat(daily[-1][0]) - dt.date.fromisoformat(daily[0][0])).days
    if span <= 60:
        return "day"
    return "week" if span <= 7 * MAX_DAYS_SHOWN // 4 else "month"


def regroup(daily: list[Bucket], unit: str) -> list[Bucket]:
    """Days summed per day, week (from Monday) or month, with empty buckets in between as zeros."""
    if unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r} (day, week or month)")
    if not daily:
        return []
    sums: dict[dt.date, list[int]] = {}
    for d, n, k in daily:
        acc = sums.setdefault(_start(dt.date.fromisoformat(d), unit), [0, 0])
        acc[0] += n
        acc[1] += k
    out: list[Bucket] = []
    at, last = min(sums), max(sums)
    while at <= last:
        n, k = sums.get(at, (0, 0))
        out.append((_label(at, unit), n, k))
        at = _next(at, unit)
    return out
