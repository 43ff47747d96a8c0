"""What each pane shows: its columns, facets, default order and how search applies.

Pure data, no Textual, so the query layer and the widgets read the same specs.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Column:
    name: str
    title: str
    width: int
    numeric: bool = False


@dataclass(frozen=True)
class Facet:
    """A value list with counts beside the table; `kind` says how values are stored.

    plain: one value per row in `column`; json: a JSON array (negotiation
    parties); speaker: a speaker id shown by name.
    """

    name: str
    title: str
    column: str
    kind: str = "plain"


@dataclass(frozen=True)
class PaneSpec:
    key: str
    title: str
    base: str  # table the filters and counts run on
    view: str  # relation the rows come from (the contract's *_view)
    columns: tuple[Column, ...]
    facets: tuple[Facet, ...]
    sort: tuple[str, bool]  # (column, descending)
    date_column: str | None = None
    fts: str | None = None  # "quotes": quotes_fts on id; "reports": reports_fts on report_id (or id)
    fts_key: str = "report_id"
    fuzzy: tuple[str, ...] = ()  # name columns matched fuzzily by search
    text_fields: tuple[str, ...] = field(default_factory=tuple)


STRIKES = PaneSpec(
    key="strikes", title="Strikes", base="strikes", view="strikes_view",
    columns=(
        Column("date", "Date", 10), Column("attacker", "Attacker", 9), Column("weapon", "Weapon", 12),
        Column("location", "Location", 16), Column("region", "Region", 14),
        Column("killed", "Killed", 6, True), Column("injured", "Injured", 7, True),
        Column("launched", "Launched", 8, True), Column("intercepted", "Intercepted", 11, True),
        Column("target", "Target", 14), Column("country", "Country", 9), Column("claimed_by", "Claimed by", 16),
        Column("report_source", "Source", 14),
    ),
    facets=(
        Facet("attacker", "Attacker", "attacker"), Facet("weapon", "Weapon", "weapon"),
        Facet("country", "Country", "country"), Facet("region", "Region", "region"),
        Facet("target", "Target", "target"),
    ),
    sort=("date", True), date_column="date", fts="reports", fuzzy=("location", "region"),
)

NEGOTIATIONS = PaneSpec(
    key="negotiations", title="Negotiations", base="negotiations", view="negotiations_view",
    columns=(
        Column("date", "Date", 10), Column("kind", "Kind", 12), Column("parties", "Parties", 28),
        Column("venue", "Venue", 14), Column("topic", "Topic", 22), Column("cameo", "CAMEO", 6),
        Column("report_source", "Source", 14),
    ),
    facets=(
        Facet("kind", "Kind", "kind"), Facet("party", "Party", "parties", "json"),
        Facet("venue", "Venue", "venue"), Facet("topic", "Topic", "topic"),
    ),
    sort=("date", True), date_column="date", fts="reports", fuzzy=("venue",),
)

QUOTES = PaneSpec(
    key="quotes", title="Quotes", base="quotes", view="quotes_view",
    columns=(
        Column("date", "Date", 10), Column("speaker", "Speaker", 22), Column("kind", "Kind", 8),
        Column("medium", "Medium", 10), Column("text", "Quote", 60), Column("speaker_role", "Role", 16),
        Column("report_source", "Source", 14),
    ),
    facets=(
        Facet("speaker", "Speaker", "speaker_id", "speaker"), Facet("kind", "Kind", "kind"),
        Facet("medium", "Medium", "medium"),
    ),
    sort=("date", True), date_column="date", fts="quotes", fts_key="id", fuzzy=("speaker",),
)

SPEAKERS = PaneSpec(
    key="speakers", title="Speakers", base="temp.speaker_stats", view="temp.speaker_stats",
    columns=(
        Column("name", "Name", 26), Column("role", "Role", 20), Column("quotes", "Quotes", 7, True),
        Column("first_date", "First", 10), Column("last_date", "Last", 10), Column("kind", "Kind", 7),
        Column("affiliation", "Affiliation", 18),
    ),
    facets=(Facet("role", "Role", "role"), Facet("kind", "Kind", "kind")),
    sort=("quotes", True), fuzzy=("name",),
)

REPORTS = PaneSpec(
    key="reports", title="Reports", base="reports", view="reports_view",
    columns=(
        Column("published", "Published", 10), Column("source", "Source", 16), Column("title", "Title", 44),
        Column("strikes", "Strikes", 7, True), Column("negotiations", "Negot.", 6, True),
        Column("quotes", "Quotes", 6, True), Column("url", "URL", 30),
    ),
    facets=(Facet("source", "Source", "source"),),
    sort=("published", True), date_column="published", fts="reports", fts_key="id", fuzzy=("source",),
)

PANES: dict[str, PaneSpec] = {p.key: p for p in (STRIKES, NEGOTIATIONS, QUOTES, SPEAKERS, REPORTS)}
