"""What each pane shows: its columns, facets, default order and how search applies.

Pure data, no Textual, so the query layer and the widgets read the same specs.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Column:
    """A table column. `expr` is an SQL expression on alias `t` shown instead of `t.<name>`
    (the incidents' "2–3" spreads); such a column sorts and counts by `sort_by`."""

    name: str
    title: str
    width: int
    numeric: bool = False
    expr: str | None = None
    sort_by: str | None = None

    @property
    def key(self) -> str:
        """The stored column that sorting and frequency use."""
        return self.sort_by or self.name

    @property
    def sortable(self) -> bool:
        return self.expr is None or self.sort_by is not None


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
    # one value whatever its case ("regional governor" / "Regional governor"), filtered the same way
    fold_case: bool = False


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
    # "quotes": quotes_fts on id; "reports": reports_fts on report_id (or id);
    # "incident_reports": reports_fts on the reports of an incident's strikes
    fts: str | None = None
    fts_key: str = "report_id"
    fuzzy: tuple[str, ...] = ()  # name columns matched fuzzily by search
    text_fields: tuple[str, ...] = field(default_factory=tuple)
    # Columns whose `expr` costs a subquery per row: pick the page's rows first, then compute them
    # for those rows only (else a filter that sorts 50,000 rows computes 50,000 subqueries).
    late_columns: bool = False
    export_view: str | None = None  # what export reads, when it differs from `view`


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

SAID = "coalesce(t.date, t.report_published || ' (report)')"

QUOTES = PaneSpec(
    key="quotes", title="Quotes", base="quotes", view="quotes_view",
    columns=(
        # when it was said; a quote with no date of its own shows its report's, marked as such
        Column("date", "Date", 19, expr=SAID, sort_by="date"), Column("speaker", "Speaker", 22), Column("kind", "Kind", 8),
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
    facets=(Facet("role", "Role", "role", fold_case=True), Facet("kind", "Kind", "kind")),
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



def spread(count: str) -> str:
    """'2' when every report gave the same figure, '2–3' when they differ (lowest–highest)."""
    lo, hi = f"t.{count}_min", f"t.{count}_max"
    return (f"case when {lo} is null then null when {lo} = {hi} then cast({lo} as text) "
            f"else {lo} || '–' || {hi} end")


INCIDENTS = PaneSpec(
    key="incidents", title="Incidents", base="incidents", view="incidents", export_view="incidents_view",
    columns=(
        Column("date", "Date", 10), Column("attacker", "Attacker", 9), Column("weapon", "Weapon", 12),
        Column("location", "Location", 16), Column("region", "Region", 14),
        Column("report_count", "Reports", 7, True),
        Column("killed", "Killed", 7, True, spread("killed"), "killed_max"),
        Column("injured", "Injured", 7, True, spread("injured"), "injured_max"),
        Column("launched", "Launched", 9, True, spread("launched"), "launched_max"),
        Column("intercepted", "Intercepted", 11, True, spread("intercepted"), "intercepted_max"),
        Column("target", "Target", 14), Column("country", "Country", 9), Column("sources", "Sources", 24, expr=(
            "select group_concat(distinct r.source) from strikes s join reports r on r.id = s.report_id "
            "where s.incident_id = t.id")),
    ),
    facets=(
        Facet("attacker", "Attacker", "attacker"), Facet("weapon", "Weapon", "weapon"),
        Facet("country", "Country", "country"), Facet("region", "Region", "region"),
        Facet("report_count", "Reports", "report_count"),
    ),
    sort=("date", True), date_column="date", fts="incident_reports", fuzzy=("location", "region"),
    late_columns=True,
)

PANES: dict[str, PaneSpec] = {p.key: p for p in (STRIKES, NEGOTIATIONS, QUOTES, SPEAKERS, REPORTS, INCIDENTS)}

# Panes whose table a database may lack: written before that table existed, it still opens without them.
OPTIONAL_PANES = {"incidents": ("incidents", "incidents_view")}
