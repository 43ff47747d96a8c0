"""Write a large incidents database straight to SQLite, for the app benchmark.

Ingesting a million strikes through the extractors would take hours and test
the extractors, not the app; this writes rows that look like ingested ones
(same schema via `parsers.schema.create`, offsets that point into each
report's text, realistic value spreads) in minutes. Indexes and full-text
indexes are built once after loading, which is far cheaper than maintaining
them row by row.

    python -m bench.gen_db /tmp/big.db                 # 10^6 strikes and quotes
    python -m bench.gen_db /tmp/small.db --rows 10000  # quick
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import sqlite3
import sys
import time
from pathlib import Path

import sqlite_utils

from parsers import schema

from . import vocab

ROWS_PER_REPORT = 5  # strikes (and quotes) per report on average
BATCH_REPORTS = 5000
MEDIUM_PHRASE = {"Telegram": "on", "X": "on", "state television": "on", "video address": "in a",
                 "press conference": "at a", "Interfax": "to"}


def _strike(rng: random.Random, place, weapon, pub: dt.date, speakers) -> tuple[dict, str]:
    loc, region, country, lat, lon = place
    wclass, details, _ = weapon
    detail = rng.choice(details)
    attacker = "Ukraine" if country == "Russia" else "Russia"
    if rng.random() < 0.03:
        attacker = None
    day = pub - dt.timedelta(days=rng.choice((0, 0, 1)))
    target, target_words = rng.choices(vocab.TARGETS, vocab.TARGET_WEIGHTS)[0]
    tally = rng.random() < 0.12
    killed = injured = launched = intercepted = None
    if tally:
        loc, region, lat, lon = country, None, None, None
        launched = rng.randint(10, 600)
        intercepted = int(launched * rng.uniform(0.6, 0.97))
        sentence = (f"{attacker or 'The enemy'} launched {launched} {detail} overnight, and {intercepted} "
                    f"were shot down, officials said.")
    else:
        r = rng.random()
        if r < 0.45:
            killed = 0 if rng.random() < 0.3 else int(rng.paretovariate(1.6))
        if rng.random() < 0.6:
            injured = int(rng.paretovariate(1.3)) - (1 if rng.random() < 0.2 else 0)
        harm = ""
        if killed:
            harm += f", killing {killed}"
        if injured:
            harm += f" and injuring {injured}" if killed else f", injuring {injured}"
        sentence = f"{detail[0].upper()}{detail[1:]} hit {target_words} in {loc} on {day:%B} {day.day}{harm}."
    claimed = rng.choice(speakers)[0] if rng.random() < 0.4 else None
    row = {
        "date": day.isoformat() if rng.random() < 0.9 else None, "date_text": f"{day:%B} {day.day}",
        "attacker": attacker, "weapon": wclass, "weapon_detail": detail, "location": loc,
        "region": region, "country": country, "lat": lat, "lon": lon, "launched": launched,
        "intercepted": intercepted, "killed": killed, "injured": injured, "target": target,
        "claimed_by": claimed, "geo_precision": "country" if tally else "place",
        "rule": "strike.tally" if tally else "strike.place",
    }
    return row, sentence


def _quote(rng: random.Random, speaker, pub: dt.date) -> tuple[dict, str, tuple[int, int]]:
    name, role, aff, kind = speaker
    place = rng.choice(vocab.PLACES)[0]
    body = rng.choice([
        f"the situation in {place} remains difficult but under control",
        f"air defence units worked through the night over {place}",
        "any talks must start with a full ceasefire",
        f"repair crews would restore power in {place} within days",
        "partners should speed up deliveries of interceptors",
        "the proposal would be studied carefully before any answer",
    ])
    cue = rng.choice(vocab.CUES)
    medium = rng.choice(vocab.MEDIA)
    where = f" {MEDIUM_PHRASE.get(medium, 'to')} {medium}" if medium else ""
    if rng.random() < 0.55:
        qkind = "direct"
        text = body[0].upper() + body[1:]
        sentence = f"\"{text},\" {name} {cue}{where}."
        start = 1
    else:
        qkind = "indirect"
        text = body
        lead = f"{name} {cue}{where} that "
        sentence = f"{lead}{text}."
        start = len(lead)
    row = {
        "speaker_text": name, "text": text, "kind": qkind, "cue": cue, "medium": medium,
        "date": pub.isoformat(), "via": None, "date_text": None, "rule": f"quote.{qkind}",
    }
    return row, sentence, (start, start + len(text))


def _negotiation(rng: random.Random, pub: dt.date) -> tuple[dict, str]:
    kind = rng.choices(vocab.NEG_KINDS, vocab.NEG_WEIGHTS)[0]
    parties = rng.sample(vocab.PARTIES[:3], 2) if rng.random() < 0.7 else rng.sample(vocab.PARTIES, 2)
    venue = rng.choice(vocab.VENUES)
    topic = rng.choice(vocab.TOPICS)
    sentence = (f"{parties[0]} and {parties[1]} {'held talks' if kind == 'talks' else 'exchanged positions'}"
                f"{' in ' + venue if venue else ''}{' on ' + topic if topic else ''}.")
    row = {"date": pub.isoformat(), "date_text": None, "kind": kind, "parties": json.dumps(parties),
           "venue": venue, "topic": topic, "cameo": vocab.CAMEO[kind], "rule": f"negotiation.{kind}"}
    return row, sentence


def _prepare(db: sqlite_utils.Database) -> None:
    """Schema as the store makes it, then without the indexes and FTS that would slow loading."""
    schema.create(db)
    conn = db.conn
    for (name,) in conn.execute("select name from sqlite_master where type = 'trigger'").fetchall():
        conn.execute(f"drop trigger {name}")
    for table in ("reports_fts", "quotes_fts"):
        db[table].drop()
    for (name,) in conn.execute(
            "select name from sqlite_master where type = 'index' and sql is not null").fetchall():
        conn.execute(f"drop index {name}")


def _incidents(conn: sqlite3.Connection) -> None:
    """Incidents by grouping strikes of one attacker, weapon and place on one day, in SQL.

    `parsers.incidents.rebuild` applies the real merge rules in Python, which takes
    minutes at 10^6 strikes; the app only needs incidents shaped like real ones.
    """
    counts = ("launched", "intercepted", "killed", "injured")
    figures = ", ".join(f"min(s.{c}), max(s.{c}), max(s.{c})" for c in counts)
    columns = ", ".join(f"{c}_min, {c}_max, {c}_latest" for c in counts)
    conn.execute("begin")
    conn.execute(f"""
        insert into incidents (id, date, attacker, weapon, location, region, country, lat, lon, geo_precision,
                               target, report_count, strike_count, first_report_id, last_report_id,
                               first_published, last_published, {columns})
        select row_number() over (order by coalesce(s.date, r.published), min(s.id)),
               coalesce(s.date, r.published), s.attacker, s.weapon, s.location, max(s.region), max(s.country),
               max(s.lat), max(s.lon), max(s.geo_precision), max(s.target), count(distinct s.report_id), count(*),
               min(s.report_id), max(s.report_id), min(r.published), max(r.published), {figures}
        from strikes s join reports r on r.id = s.report_id
        group by coalesce(s.date, r.published), s.attacker, s.weapon, s.location""")
    conn.execute("""
        update strikes set incident_id = i.id
        from reports r, incidents i
        where r.id = strikes.report_id and i.date = coalesce(strikes.date, r.published)
          and i.attacker is strikes.attacker and i.weapon is strikes.weapon and i.location is strikes.location""")
    conn.execute("commit")


def generate(path: str | Path, rows: int = 1_000_000, seed: int = 1, negotiations: int | None = None,
             log=None) -> dict[str, int]:
    """Write `rows` strikes and `rows` quotes (and rows/10 negotiations) into a fresh file at `path`.

    Returns the row count of every table.
    """
    path = Path(path)
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    rng = random.Random(seed)
    n_neg = rows // 10 if negotiations is None else negotiations
    n_reports = max(1, rows // ROWS_PER_REPORT)
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -200000")
    db = sqlite_utils.Database(conn)
    _prepare(db)
    conn.execute("PRAGMA foreign_keys = OFF")

    speakers = vocab.speakers(rng)
    conn.executemany("insert into speakers (id, name, role, affiliation, aliases, kind) values (?,?,?,?,?,?)",
                     [(i + 1, n, r, a, json.dumps([n]), k) for i, (n, r, a, k) in enumerate(speakers)])
    speaker_w = vocab.zipf_weights(len(speakers))
    place_w = vocab.zipf_weights(len(vocab.PLACES))
    weapon_w = [w[2] for w in vocab.WEAPONS]

    # Which report each strike, quote and negotiation belongs to: sorted uniform draws, so
    # per-report counts vary (0..~15) while totals are exact.
    def owners(n: int) -> list[int]:
        return sorted(rng.randrange(n_reports) for _ in range(n))

    s_own, q_own, n_own = owners(rows), owners(rows), owners(n_neg)
    si = qi = ni = 0
    strike_cols = [c for c in schema.STRIKES if c != "id"]
    quote_cols = [c for c in schema.QUOTES if c != "id"]
    neg_cols = [c for c in schema.NEGOTIATIONS if c != "id"]
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    t0 = time.perf_counter()
    conn.execute("begin")
    rep_b: list[tuple] = []
    str_b: list[tuple] = []
    quo_b: list[tuple] = []
    neg_b: list[tuple] = []

    def flush() -> None:
        conn.executemany("insert into reports (id, sha256, title, source, url, published, path, text, "
                         "ingested_at, parser_version) values (?,?,?,?,?,?,?,?,?,?)", rep_b)
        conn.executemany(f"insert into strikes ({','.join(strike_cols)}) values ({','.join('?' * len(strike_cols))})", str_b)
        conn.executemany(f"insert into quotes ({','.join(quote_cols)}) values ({','.join('?' * len(quote_cols))})", quo_b)
        conn.executemany(f"insert into negotiations ({','.join(neg_cols)}) values ({','.join('?' * len(neg_cols))})", neg_b)
        for b in (rep_b, str_b, quo_b, neg_b):
            b.clear()

    sources = ["Wire service", "Regional desk", "Governor's channel", "Ministry statement", "Interview desk"]
    for rid in range(n_reports):
        pub = vocab.published_day(rng)
        parts: list[str] = []
        offset = 0
        pending: list[tuple[str, dict, str, tuple[int, int] | None]] = []
        while si < rows and s_own[si] == rid:
            place = rng.choices(vocab.PLACES, place_w)[0]
            weapon = rng.choices(vocab.WEAPONS, weapon_w)[0]
            row, sent = _strike(rng, place, weapon, pub, speakers)
            pending.append(("s", row, sent, None))
            si += 1
        while qi < rows and q_own[qi] == rid:
            sid = rng.choices(range(len(speakers)), speaker_w)[0]
            row, sent, span = _quote(rng, speakers[sid], pub)
            row["speaker_id"] = sid + 1
            pending.append(("q", row, sent, span))
            qi += 1
        while ni < n_neg and n_own[ni] == rid:
            row, sent = _negotiation(rng, pub)
            pending.append(("n", row, sent, None))
            ni += 1
        title_place = rng.choice(vocab.PLACES)[0]
        title = f"Overnight attacks reported around {title_place}"
        parts.append(f"{title_place.upper()}, {pub:%B} {pub.day} -")
        offset = len(parts[0]) + 1
        for kind, row, sent, span in pending:
            start, end = offset, offset + len(sent)
            parts.append(sent)
            offset = end + 1
            row["report_id"] = rid + 1
            row["sentence"] = sent
            if kind == "q":
                row["char_start"], row["char_end"] = start + span[0], start + span[1]
                quo_b.append(tuple(row.get(c) for c in quote_cols))
            else:
                row["char_start"], row["char_end"] = start, end
                (str_b if kind == "s" else neg_b).append(
                    tuple(row.get(c) for c in (strike_cols if kind == "s" else neg_cols)))
        text = " ".join(parts)
        sha = hashlib.sha256(f"{seed}:{rid}:{text}".encode()).hexdigest()
        rep_b.append((rid + 1, sha, title, sources[rid % len(sources)], f"https://example.org/r/{rid + 1}",
                      pub.isoformat(), f"synthetic/{rid + 1:07d}.txt", text, now, "synthetic"))
        if len(rep_b) >= BATCH_REPORTS:
            flush()
            if log:
                log(f"  {rid + 1}/{n_reports} reports, {si} strikes, {qi} quotes ({time.perf_counter() - t0:.0f}s)")
    flush()
    conn.execute("commit")
    if "incidents" in schema.TABLES:
        _incidents(conn)
    if log:
        log(f"rows written in {time.perf_counter() - t0:.0f}s; building indexes and full-text indexes ...")
    conn.execute("begin")
    schema.create(db)  # recreates every dropped index, the FTS tables (filled once) and their triggers
    conn.execute("commit")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("ANALYZE")
    counts = {t: conn.execute(f"select count(*) from {t}").fetchone()[0] for t in schema.TABLES}
    conn.close()
    if log:
        log(f"done in {time.perf_counter() - t0:.0f}s: {counts}; {path.stat().st_size / 1e6:.0f} MB")
    return counts


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("db", help="database file to (over)write")
    ap.add_argument("--rows", type=int, default=1_000_000, help="strikes and quotes each (default 10^6)")
    ap.add_argument("--negotiations", type=int, default=None, help="default rows/10")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args(argv)
    generate(a.db, a.rows, a.seed, a.negotiations, log=lambda m: print(m, file=sys.stderr))


if __name__ == "__main__":
    main()
