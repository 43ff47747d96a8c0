"""The database contract, in one place.

Outside tools (sqlite3, Datasette, pandas, the scorer in ../shared/eval) read
these tables; the terminal app reads them too and nothing else. Columns may be
added, never renamed. `PRAGMA user_version` carries the schema version and
`PRAGMA application_id` marks the file as ours, so a reader can tell "not our
file" from "our file, older version".
"""
from __future__ import annotations

import sqlite3

import sqlite_utils

from . import incidents

SCHEMA_VERSION = 1
APPLICATION_ID = 0x1BC1DE27  # "incident browser": tells our files from other SQLite files

REPORTS = {
    "id": int, "sha256": str, "title": str, "source": str, "url": str, "published": str,
    "path": str, "text": str, "ingested_at": str, "parser_version": str,
}
STRIKES = {
    "id": int, "report_id": int, "date": str, "date_text": str, "attacker": str, "weapon": str,
    "weapon_detail": str, "location": str, "region": str, "country": str, "lat": float,
    "lon": float, "launched": int, "intercepted": int, "killed": int, "injured": int,
    "target": str, "claimed_by": str, "sentence": str, "char_start": int, "char_end": int,
    "geo_precision": str, "rule": str, "incident_id": int,
}
NEGOTIATIONS = {
    "id": int, "report_id": int, "date": str, "date_text": str, "kind": str, "parties": str,
    "venue": str, "topic": str, "sentence": str, "char_start": int, "char_end": int,
    "cameo": str, "rule": str,
}
SPEAKERS = {"id": int, "name": str, "role": str, "affiliation": str, "aliases": str, "kind": str}
QUOTES = {
    "id": int, "report_id": int, "speaker_id": int, "speaker_text": str, "text": str, "kind": str,
    "cue": str, "medium": str, "date": str, "char_start": int, "char_end": int, "via": str,
    "date_text": str, "sentence": str, "rule": str, "parts": str,
}

INCIDENTS = incidents.INCIDENTS

TABLES: dict[str, dict[str, type]] = {
    "reports": REPORTS, "strikes": STRIKES, "negotiations": NEGOTIATIONS,
    "speakers": SPEAKERS, "quotes": QUOTES, "incidents": INCIDENTS,
}

INDEXES: dict[str, list[list[str]]] = {
    "reports": [["published"], ["source"], ["path"], ["url"]],
    "strikes": [["report_id"], ["date"], ["attacker"], ["weapon"], ["country"], ["region"],
                ["location"], ["target"], ["killed"], ["injured"], ["incident_id"]],
    "incidents": [["date"], ["attacker"], ["weapon"], ["country"], ["region"], ["report_count"]],
    "negotiations": [["report_id"], ["date"], ["kind"], ["venue"], ["topic"]],
    "quotes": [["report_id"], ["speaker_id"], ["kind"], ["medium"], ["date"]],
    "speakers": [["role"], ["kind"]],
}

# One view per pane of the app, each joining the report it came from.
VIEWS = {
    "strikes_view": """
select s.*, r.title as report_title, r.source as report_source, r.url as report_url,
       r.published as report_published
from strikes s join reports r on r.id = s.report_id""",
    "negotiations_view": """
select n.*, r.title as report_title, r.source as report_source, r.url as report_url,
       r.published as report_published
from negotiations n join reports r on r.id = n.report_id""",
    "quotes_view": """
select q.*, sp.name as speaker, sp.role as speaker_role, sp.affiliation as speaker_affiliation,
       r.title as report_title, r.source as report_source, r.url as report_url,
       r.published as report_published
from quotes q join reports r on r.id = q.report_id
left join speakers sp on sp.id = q.speaker_id""",
    "speakers_view": """
select sp.id, sp.name, sp.role, sp.affiliation, sp.kind, sp.aliases,
       count(q.id) as quotes, min(coalesce(q.date, r.published)) as first_date,
       max(coalesce(q.date, r.published)) as last_date
from speakers sp left join quotes q on q.speaker_id = sp.id
left join reports r on r.id = q.report_id
group by sp.id""",
    "incidents_view": """
select i.*, (select group_concat(distinct r.source) from strikes s join reports r on r.id = s.report_id
             where s.incident_id = i.id) as sources,
       fr.title as first_report_title, fr.url as first_report_url
from incidents i left join reports fr on fr.id = i.first_report_id""",
    # Strikes in the shape of ACLED's export, for analysts who load both; ACLED codes a
    # strike that was only intercepted as "Disrupted weapons use", not as an attack.
    # ACLED always has a date: a strike the report does not date takes the report's
    # publication date, coded time_precision 2 as ACLED codes a date known only roughly.
    # admin1 is ACLED's spelling, without "Oblast"/"Krai" ("Kharkiv"), so joins work;
    # Kyiv city is "Kyiv City" beside the oblast's "Kyiv", and Moscow Oblast keeps its word
    # beside the city of Moscow.
    "acled_view": """
select s.id as strike_id, coalesce(s.date, r.published) as event_date,
       case when s.intercepted > 0 and coalesce(s.killed, 0) = 0 and coalesce(s.injured, 0) = 0
                 and s.target is null then 'Strategic developments'
            else 'Explosions/Remote violence' end as event_type,
       case when s.intercepted > 0 and coalesce(s.killed, 0) = 0 and coalesce(s.injured, 0) = 0
                 and s.target is null then 'Disrupted weapons use'
            when s.weapon in ('drone', 'bomb') then 'Air/drone strike'
            else 'Shelling/artillery/missile attack' end as sub_event_type,
       case s.attacker when 'Russia' then 'Military Forces of Russia (2000-)'
                       when 'Ukraine' then 'Military Forces of Ukraine (2019-)' end as actor1,
       s.country,
       case when s.region = 'Kyiv' and s.country = 'Ukraine' then 'Kyiv City'
            when s.region = 'Moscow Oblast' then s.region
            when s.region like '% Oblast' then substr(s.region, 1, length(s.region) - 7)
            when s.region like '% Krai' then substr(s.region, 1, length(s.region) - 5)
            else s.region end as admin1,
       s.location, s.lat as latitude, s.lon as longitude,
       case s.geo_precision when 'place' then 1 when 'region' then 2 when 'country' then 3
            else 2 end as geo_precision,
       case when s.date is not null then 1 when r.published is not null then 2 end as time_precision,
       coalesce(r.source, '') as source,
       s.sentence as notes, coalesce(s.killed, 0) as fatalities
from strikes s join reports r on r.id = s.report_id""",
    "reports_view": """
select r.id, r.title, r.source, r.url, r.published, r.path, r.ingested_at, length(r.text) as chars,
       (select count(*) from strikes s where s.report_id = r.id) as strikes,
       (select count(*) from negotiations n where n.report_id = r.id) as negotiations,
       (select count(*) from quotes q where q.report_id = r.id) as quotes
from reports r""",
}


class SchemaError(Exception):
    """The file is SQLite but not an incidents database this code can use."""


def create(db: sqlite_utils.Database) -> None:
    """Create, or bring up to date, every table, index, FTS index, trigger and view.

    Safe on a file of an older version: missing tables are created and missing
    columns added (columns are only ever added), so migration is this same call.
    """
    db.execute("PRAGMA foreign_keys = ON")
    for table, columns in TABLES.items():
        if db[table].exists():
            have = {c.name for c in db[table].columns}
            for name, kind in columns.items():
                if name not in have:
                    db[table].add_column(name, kind)
    db["reports"].create(REPORTS, pk="id", not_null={"sha256", "text"}, if_not_exists=True)
    db.execute("CREATE UNIQUE INDEX IF NOT EXISTS idx_reports_sha256 ON reports(sha256)")
    db["speakers"].create(SPEAKERS, pk="id", not_null={"name"}, if_not_exists=True)
    db.execute("CREATE UNIQUE INDEX IF NOT EXISTS idx_speakers_name ON speakers(name)")
    report_fk = [("report_id", "reports", "id")]
    db["incidents"].create(INCIDENTS, pk="id", if_not_exists=True)
    _create_strikes(db)
    db["negotiations"].create(NEGOTIATIONS, pk="id", foreign_keys=report_fk, not_null={"report_id"}, if_not_exists=True)
    db["quotes"].create(
        QUOTES, pk="id", foreign_keys=report_fk + [("speaker_id", "speakers", "id")],
        not_null={"report_id", "text", "kind"}, if_not_exists=True,
    )
    for table, indexes in INDEXES.items():
        for cols in indexes:
            db[table].create_index(cols, if_not_exists=True)
    if not db["reports_fts"].exists():
        db["reports"].enable_fts(["title", "text"], create_triggers=True, tokenize="porter")
    if not db["quotes_fts"].exists():
        db["quotes"].enable_fts(["text"], create_triggers=True, tokenize="porter")
    for name, sql in VIEWS.items():
        db.create_view(name, sql.strip(), replace=True)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


_TYPES = {int: "INTEGER", str: "TEXT", float: "FLOAT"}


def _strikes_sql(name: str, columns: list[tuple[str, str]]) -> str:
    """The strikes table with both its keys declared. `incident_id` is SET NULL when its incident
    goes: a strike without an incident is what the next ingest regroups, never a broken key."""
    defs = []
    for col, kind in columns:
        if col == "id":
            defs.append("[id] INTEGER PRIMARY KEY")
        elif col == "report_id":
            defs.append("[report_id] INTEGER NOT NULL REFERENCES [reports]([id])")
        elif col == "incident_id":
            defs.append("[incident_id] INTEGER REFERENCES [incidents]([id]) ON DELETE SET NULL")
        else:
            defs.append(f"[{col}] {kind}".rstrip())
    return f"CREATE TABLE [{name}] (\n   " + ",\n   ".join(defs) + "\n)"


def _create_strikes(db: sqlite_utils.Database) -> None:
    """Create strikes, or give an older table the `incident_id` key it lacked (a copy, as SQLite
    cannot add a key in place; ids and every column are kept, dangling incident ids become NULL)."""
    if not db["strikes"].exists():
        db.execute(_strikes_sql("strikes", [(c, _TYPES[k]) for c, k in STRIKES.items()]))
        return
    if any(fk[3] == "incident_id" for fk in db.execute("PRAGMA foreign_key_list(strikes)").fetchall()):
        return
    columns = [(r[1], r[2]) for r in db.execute("PRAGMA table_info(strikes)").fetchall()]
    names = ", ".join(f"[{c}]" for c, _ in columns)
    picked = ", ".join("case when incident_id in (select id from incidents) then incident_id end"
                       if c == "incident_id" else f"[{c}]" for c, _ in columns)
    for view in VIEWS:  # views name strikes; create() makes them again
        db.execute(f"DROP VIEW IF EXISTS [{view}]")
    db.execute(_strikes_sql("strikes_migrating", columns))
    db.execute(f"INSERT INTO strikes_migrating ({names}) SELECT {picked} FROM strikes")
    db.execute("DROP TABLE strikes")
    db.execute("ALTER TABLE strikes_migrating RENAME TO strikes")


def version(conn: sqlite3.Connection) -> tuple[int, int]:
    """(application_id, user_version) of an open database."""
    app = conn.execute("PRAGMA application_id").fetchone()[0]
    ver = conn.execute("PRAGMA user_version").fetchone()[0]
    return app, ver


def check(conn: sqlite3.Connection) -> None:
    """Raise SchemaError unless this is an incidents database of a version we read.

    Ours means our application id, or (for files from before the id was set)
    our core tables; an older version is ours and gets migrated by `create`.
    """
    try:
        app, ver = version(conn)
        names = {r[0] for r in conn.execute("select name from sqlite_master where type in ('table','view')")}
    except sqlite3.DatabaseError as exc:
        raise SchemaError(f"not an SQLite database ({exc})") from exc
    core = {"reports", "strikes", "negotiations", "quotes", "speakers"}
    if app != APPLICATION_ID and not (app == 0 and core <= names):
        raise SchemaError("an SQLite database, but not one written by incident-browser")
    if ver > SCHEMA_VERSION:
        raise SchemaError(f"written by a newer incident-browser (schema {ver}, this one reads up to {SCHEMA_VERSION})")
