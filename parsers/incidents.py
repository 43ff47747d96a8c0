"""One incident, many reports: strikes from different reports that tell the same attack.

Five outlets tell the same night's attack on Odesa with five different
numbers. Instead of picking one, an incident keeps every report's figure and
shows the spread (lowest, highest, latest reported). The rules follow how
ACLED and VIINA de-duplicate by hand — same attacker, same place (or a place
and its region), same day with one day of slack for overnight attacks,
compatible weapons — with one guard of our own: a nationwide or region-wide
tally never merges with a single place, because its figures count many places.

The merge runs in strike order (day, then id), so the same database always
gives the same incidents; after an ingest it is redone from the earliest day
the ingest touched, which gives what redoing it all would.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import sqlite_utils

COUNTS = ("launched", "intercepted", "killed", "injured")

INCIDENTS = {
    "id": int, "date": str, "attacker": str, "weapon": str, "location": str, "region": str,
    "country": str, "lat": float, "lon": float, "geo_precision": str, "target": str,
    "report_count": int, "strike_count": int, "first_report_id": int, "last_report_id": int,
    "first_published": str, "last_published": str,
    **{f"{c}_{k}": int for c in COUNTS for k in ("min", "max", "latest")},
}


@dataclass(slots=True)  # slots: a first ingest holds every strike of the file at once
class _Strike:
    id: int
    report_id: int
    published: str | None
    date: str | None
    attacker: str | None
    weapon: str | None
    location: str | None
    region: str | None
    country: str | None
    lat: float | None
    lon: float | None
    geo_precision: str | None
    target: str | None
    figures: tuple[int | None, ...]  # in COUNTS order
    day: dt.date | None = field(init=False)
    level: str = field(init=False)
    tier: str = field(init=False)

    def __post_init__(self) -> None:
        value = self.date or self.published
        try:
            self.day = dt.date.fromisoformat(value) if value else None
        except ValueError:
            self.day = None
        self.level = self._level()
        self.tier = self._tier()

    def _level(self) -> str:
        """'country' and 'region' rows are tallies; everything else is a place."""
        if self.geo_precision in ("country", "region"):
            return self.geo_precision
        if self.location and self.location == self.country:
            return "country"
        return "place"

    def _tier(self) -> str:
        """What may merge with what: a tally (nationwide, or counts over a region) only with its own kind."""
        if self.level == "country":
            return "country"
        if self.level == "region" and (self.figures[0] is not None or self.figures[1] is not None):
            return "regional tally"
        return "local"


@dataclass
class _Incident:
    members: list[_Strike] = field(default_factory=list)
    reports: set[int] = field(default_factory=set)

    def add(self, s: _Strike) -> None:
        self.members.append(s)
        self.reports.add(s.report_id)

    @property
    def anchor(self) -> _Strike:
        return self.members[0]

    def accepts(self, s: _Strike) -> bool:
        a = self.anchor
        if s.report_id in self.reports:
            return False  # one report already gives one row per attack
        if a.attacker != s.attacker or a.country != s.country or a.day is None or s.day is None:
            return False
        if abs((a.day - s.day).days) > 1:
            return False
        if not _weapons_compatible(a.weapon, s.weapon):
            return False
        return any(_same_place(m, s) for m in self.members)


def _weapons_compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b or "mixed" in (a, b)


def _same_place(a: _Strike, b: _Strike) -> bool:
    """Same town, or a town and the region it lies in (for rows that are not tallies)."""
    if a.tier != b.tier:
        return False
    if a.tier == "country":
        return True
    if a.tier == "regional tally" or (a.level == "region" and b.level == "region"):
        return bool(a.region) and a.region == b.region
    if a.level == "place" and b.level == "place":
        return bool(a.location) and a.location == b.location
    return bool(a.region) and a.region == b.region  # a place and a (non-tally) region row


def _area(s: _Strike) -> str | None:
    """Strikes can only be the same attack within one area: the country for nationwide tallies, else the region."""
    return s.country if s.tier == "country" else (s.region or s.location)


def cluster(strikes: list[_Strike], seeds: Sequence[_Incident] = ()) -> list[_Incident]:
    """Group strikes into incidents, deterministically (ordered by day, then id).

    Candidates are kept per attacker, country, tier and area, and dropped once
    more than a day behind, so the work per strike stays small however large
    the database grows.
    """
    ordered = sorted(strikes, key=lambda s: (s.day or dt.date.max, s.id))
    open_by_key: dict[tuple, list[_Incident]] = {}
    incidents: list[_Incident] = list(seeds)  # still open from the day before `strikes` begin, in anchor order
    for inc in seeds:
        a = inc.anchor
        open_by_key.setdefault((a.attacker, a.country, a.tier, _area(a)), []).append(inc)
    for s in ordered:
        if s.day is None:  # no day, no merging
            incidents.append(_Incident([s], {s.report_id}))
            continue
        candidates = open_by_key.setdefault((s.attacker, s.country, s.tier, _area(s)), [])
        candidates[:] = [i for i in candidates if (s.day - i.anchor.day).days <= 1]
        for inc in candidates:
            if inc.accepts(s):
                inc.add(s)
                break
        else:
            inc = _Incident([s], {s.report_id})
            candidates.append(inc)
            incidents.append(inc)
    return incidents


def _summary(inc: _Incident) -> dict:
    by_time = sorted(inc.members, key=lambda m: (m.published or "", m.report_id))
    first, last = by_time[0], by_time[-1]
    best = min(inc.members, key=lambda m: ({"place": 0, "region": 1, "country": 2}[m.level], m.id))
    row = {
        "date": min((m.date for m in inc.members if m.date), default=None),
        "attacker": first.attacker,
        "weapon": _weapon(inc.members),
        "location": best.location, "region": best.region, "country": best.country,
        "lat": best.lat, "lon": best.lon, "geo_precision": best.level,
        "target": next((m.target for m in by_time if m.target), None),
        "report_count": len({m.report_id for m in inc.members}),
        "strike_count": len(inc.members),
        "first_report_id": first.report_id, "last_report_id": last.report_id,
        "first_published": first.published, "last_published": last.published,
    }
    for k, c in enumerate(COUNTS):
        values = [m.figures[k] for m in by_time if m.figures[k] is not None]
        row[f"{c}_min"] = min(values) if values else None
        row[f"{c}_max"] = max(values) if values else None
        row[f"{c}_latest"] = values[-1] if values else None
    return row


def _weapon(members: list[_Strike]) -> str | None:
    kinds = {m.weapon for m in members if m.weapon and m.weapon != "mixed"}
    if any(m.weapon == "mixed" for m in members) or len(kinds) > 1:
        return "mixed"
    return next(iter(kinds), None)


_STRIKE_COLUMNS = (
    "s.id, s.report_id, r.published, s.date, s.attacker, s.weapon, s.location, s.region, s.country, "
    "s.lat, s.lon, s.geo_precision, s.target, s.launched, s.intercepted, s.killed, s.injured, s.incident_id")
_DAY = "coalesce(s.date, r.published)"
_ISO_DAY = "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"


def rebuild(db: sqlite_utils.Database, full: bool = False) -> int:
    """Bring incidents and each strike's `incident_id` up to date; returns the number of incidents.

    An incident's id is the smallest id among its strikes, so ids stay put from
    one run to the next and only the rows whose incident changed are written.
    Strikes are merged in day order, so a day's incidents depend only on that day
    and the day before: after an ingest only the days from the earliest one it
    touched onwards are recomputed (a day's news into a database of years costs
    a day's work), with the same result as recomputing everything (`full=True`).
    """
    since, stale = (None, set()) if full else _dirty(db)
    if since is _CLEAN:
        return db.execute("select count(*) from incidents").fetchone()[0]
    if since is None:
        strikes, current = _strikes(db.execute(
            f"select {_STRIKE_COLUMNS} from strikes s join reports r on r.id = s.report_id"))
        seeds = []
    else:
        # the two days before `since` tell which incidents were still open when it began
        strikes, current = _strikes(db.execute(
            f"select {_STRIKE_COLUMNS} from strikes s join reports r on r.id = s.report_id "
            f"where not ({_DAY} glob {_ISO_DAY}) or {_DAY} is null or {_DAY} >= ?",
            [(since - dt.timedelta(days=2)).isoformat()]))
        strikes, seeds = _split_at(strikes, since, current)
    wanted: dict[int, tuple] = {}  # rows as tuples in _COLUMNS order: a dict per incident cost 1 KB each
    assign: dict[int, int] = {}
    for inc in cluster(strikes, seeds):
        iid = min(m.id for m in inc.members)
        summary = _summary(inc)
        summary["id"] = iid
        wanted[iid] = tuple(summary[c] for c in _COLUMNS)
        for m in inc.members:
            assign[m.id] = iid
    stale |= {current[sid] for sid in assign if current.get(sid) is not None}
    stored = _stored_incidents(db, None if since is None else set(wanted) | stale)
    changed = [row for iid, row in wanted.items() if stored.get(iid) != row]
    gone = [(i,) for i in (stored if since is None else stale) if i not in wanted]
    moved = [(iid, sid) for sid, iid in assign.items() if current.get(sid) != iid]
    if not (changed or gone or moved):
        return db.execute("select count(*) from incidents").fetchone()[0]
    with db.atomic():
        # in this order for strikes.incident_id's foreign key: an incident exists before a strike
        # points at it, and no strike points at one any more when it goes
        # (plain SQL: sqlite-utils' upsert_all inspects every value, which cost more than the write)
        db.conn.executemany(_UPSERT, changed)
        db.conn.executemany("update strikes set incident_id = ? where id = ?", moved)
        db.conn.executemany("delete from incidents where id = ?", gone)
    db.execute("PRAGMA optimize")  # fresh statistics: stale ones make the join in incidents_view crawl
    return db.execute("select count(*) from incidents").fetchone()[0]


_CLEAN = object()  # nothing to recompute


def _strikes(rows: Iterable[tuple]) -> tuple[list[_Strike], dict[int, int | None]]:
    """The strikes of `rows`, and the incident each is stored under now."""
    strikes, current = [], {}
    seen: dict = {}  # one object per distinct value: places, days and attackers repeat across many strikes
    for r in rows:
        fields = [r[0], r[1], *(seen.setdefault(v, v) for v in r[2:13])]
        strikes.append(_Strike(*fields, figures=seen.setdefault(r[13:17], r[13:17])))
        current[r[0]] = r[17]
    return strikes, current


def _dirty_since(db: sqlite_utils.Database) -> dt.date | object | None:
    return _dirty(db)[0]


def _dirty(db: sqlite_utils.Database) -> tuple[dt.date | object | None, set[int]]:
    """The earliest day an ingest changed (`_CLEAN` if none, None when only a full rebuild is
    safe), and the stored incidents it left stale.

    New strikes have no incident yet; a deleted strike (its report replaced) leaves an
    incident whose stored strike_count no longer matches, and that incident's earliest
    date or first report is a bound below the day it was on."""
    new = db.execute(
        f"select min(case when {_DAY} glob {_ISO_DAY} then {_DAY} end), count(*) "
        "from strikes s join reports r on r.id = s.report_id left join incidents i on i.id = s.incident_id "
        "where i.id is null").fetchone()
    days = [new[0]] if new[0] else []
    undated_only = bool(new[1]) and not new[0]
    stale: set[int] = set()
    unbounded = False
    for iid, date, first_published in db.execute(
            "select i.id, i.date, i.first_published from incidents i left join (select incident_id, count(*) as n "
            "from strikes where incident_id is not null group by incident_id) c on c.incident_id = i.id "
            "where coalesce(c.n, 0) != i.strike_count"):
        stale.add(iid)
        bounds = [d for d in (date, first_published) if d]
        if first_published is None or not bounds:
            unbounded = True  # a member without a report date: no safe bound
        else:
            days.append(min(bounds))
    if unbounded:
        return None, stale
    if not days:
        return (dt.date.max if undated_only else _CLEAN), stale  # max: no dated strike to recompute
    try:
        return dt.date.fromisoformat(min(days)[:10]), stale
    except ValueError:
        return None, stale


def _split_at(strikes: list[_Strike], since: dt.date, current: dict[int, int | None]) -> tuple[list[_Strike], list[_Incident]]:
    """Strikes from `since` on (and undated ones), and the incidents still open when `since` began:
    those anchored the day before, with their members up to then, as the stored merge left them."""
    day_before = since - dt.timedelta(days=1)
    later = [s for s in strikes if s.day is None or s.day >= since]
    groups: dict[int, list[_Strike]] = {}
    for s in strikes:
        if s.day is not None and s.day < since:
            groups.setdefault(current[s.id], []).append(s)
    seeds = []
    for members in groups.values():
        members.sort(key=lambda m: (m.day, m.id))
        if members[0].day == day_before:
            inc = _Incident([members[0]], {members[0].report_id})
            for m in members[1:]:
                inc.add(m)
            seeds.append(inc)
    seeds.sort(key=lambda i: i.anchor.id)
    return later, seeds


def _stored_incidents(db: sqlite_utils.Database, ids: set[int] | None) -> dict[int, tuple]:
    """Stored incident rows by id, in _COLUMNS order: all of them, or those in `ids`."""
    select = f"select {', '.join(_COLUMNS)} from incidents"
    if ids is None:
        return {row[0]: row for row in db.execute(select)}
    out: dict[int, tuple] = {}
    chunk = sorted(ids)
    for k in range(0, len(chunk), 500):
        part = chunk[k:k + 500]
        out.update((row[0], row) for row in db.execute(f"{select} where id in ({', '.join('?' * len(part))})", part))
    return out


_COLUMNS = tuple(INCIDENTS)  # "id" first
_UPSERT = (f"insert into incidents ({', '.join(_COLUMNS)}) values ({', '.join('?' * len(_COLUMNS))}) "
           f"on conflict(id) do update set {', '.join(f'{c} = excluded.{c}' for c in _COLUMNS[1:])}")
