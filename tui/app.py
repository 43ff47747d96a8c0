"""The browser app: six panes in tabs, keys that act on the current pane, and the screens they open."""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, ClassVar

from textual import on, work
from textual.app import App, ComposeResult
from textual.actions import SkipAction
from textual.binding import Binding, BindingType
from textual.widgets import Footer, Input, Static, TabbedContent, TabPane
from textual.worker import get_current_worker

from . import handoff, record_nav, timeline_buckets
from .commands import IncidentCommands
from .crash import crash_line, write_traceback
from .db import ingest_hint
from .export import formats_for, save_screenshot, write_export
from .panes import PANES
from .queries import Filters, Store
from .screens.export_choice import ExportChoice
from .screens.frequency import FrequencyScreen
from .screens.help import HelpScreen
from .screens.incident import IncidentScreen
from .screens.palette import Palette
from .screens.speaker_picker import SpeakerPicker
from .screens.sql import SqlScreen
from .screens.timeline import TimelineScreen
from .widgets.pane_view import PaneView
from .widgets.row_table import RowTable


# Longer wording for the help screen; the footer keeps the short descriptions.
HELP_TEXT = {
    "search.open": "search as you type: words (full text) or a name (fuzzy)",
    "search.next": "next match (next row of the search result)",
    "search.previous": "previous match",
    "search.clear": "clear the search; otherwise back to the table (from the dates box or a facet)",
    "sort.ascending": "sort ascending by the current column (in SQL, over every row)",
    "sort.descending": "sort descending by the current column",
    "frequency": "frequency of the current column's values; enter filters by one",
    "filters.clear": "clear every filter of this pane",
    "focus.next": "next area: dates box, facets, table (shift+tab goes back, escape to the table)",
    "facets.toggle": "hide / show the facets (they fold away by themselves below 100 columns)",
    "preview.toggle": "hide / show the preview strip: the highlighted row's whole quote or evidence",
    "speaker.pick": "jump to a speaker (fuzzy picker); their quotes in date order",
    "timeline": "strikes (or, from Incidents, incidents) per day, week or month (d/w/m), count and killed",
    "export": "export the current view (all rows): CSV, JSON; GeoJSON for strikes and incidents; ACLED CSV",
    "sql.open": "read-only SQL prompt over the database; the result in a table like the panes', exportable",
    "copy.cell": "copy the current cell (terminal clipboard, OSC 52; also written to incidents-clipboard.txt)",
    "copy.row": "copy the current row: column titles and values, tab-separated",
    "open.url": "open the report of the current row in the web browser",
    "open.viewer": "open the current view in VisiData (vd), else $PAGER: exported to CSV first",
    "reload": "reload after the database changed (running ingest)",
    "quit": "quit (q closes a dialog first)",
    "table.hide_column": "hide the current column (+ shows every column again)",
    "table.show_columns": "show every column again, at its first width",
    "table.narrower": "narrow the current column",
    "table.wider": "widen the current column",
    "table.open": "open the row: all fields and the report, evidence highlighted",
}


# Narrower than this, the facets fold away until `f` (at 80 columns they left the table 4 columns).
FOLD_WIDTH = 100

# Footer groups: the keys a new user needs and cannot guess, in one line at 80 columns.
MATCH = Binding.Group("Match", compact=True)
SORT = Binding.Group("Sort", compact=True)


class IncidentApp(App[None]):
    """Browse an incidents database read-only. Every binding has an id for `App.set_keymap`."""

    CSS_PATH = "app.tcss"
    TITLE = "incident-browser"
    COMMANDS = App.COMMANDS | {IncidentCommands}

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "pane('strikes')", "Strikes", show=False, id="pane.strikes"),
        Binding("2", "pane('negotiations')", "Negotiations", show=False, id="pane.negotiations"),
        Binding("3", "pane('quotes')", "Quotes", show=False, id="pane.quotes"),
        Binding("4", "pane('speakers')", "Speakers", show=False, id="pane.speakers"),
        Binding("5", "pane('reports')", "Reports", show=False, id="pane.reports"),
        Binding("6", "pane('incidents')", "Incidents", show=False, id="pane.incidents"),
        # Priority: the app runs these as it reads the key, before it routes the keys typed after it,
        # so those land where this key sent the focus (see `_typing_target`)
        Binding("slash", "search", "Search", id="search.open", priority=True),
        Binding("n", "next_match", "Next match", id="search.next", group=MATCH),
        Binding("N", "previous_match", "Previous match", id="search.previous", group=MATCH),
        Binding("escape", "clear_search", "Clear search", show=False, id="search.clear", priority=True),
        Binding("enter", "keep_search", "Keep search", show=False, id="search.keep", priority=True),
        Binding("left_square_bracket", "sort(False)", "Sort ↑", id="sort.ascending", group=SORT),
        Binding("right_square_bracket", "sort(True)", "Sort ↓", id="sort.descending", group=SORT),
        Binding("F", "frequency", "Frequency", show=False, id="frequency"),
        Binding("x", "clear_filters", "Clear filters", show=False, id="filters.clear"),
        Binding("f", "toggle_facets", "Facets", id="facets.toggle"),
        Binding("tab", "app.focus_next", "Areas", id="focus.next", priority=True),
        Binding("s", "pick_speaker", "Speaker", show=False, id="speaker.pick"),
        Binding("p", "toggle_preview", "Preview", show=False, id="preview.toggle"),
        Binding("t", "timeline", "Timeline", id="timeline"),
        Binding("e", "export_view", "Export", id="export"),
        Binding("colon", "sql", "SQL", show=False, id="sql.open"),
        Binding("c", "copy_cell", "Copy cell", show=False, id="copy.cell"),
        Binding("C", "copy_row", "Copy row", show=False, id="copy.row"),
        Binding("o", "open_report", "Open URL", show=False, id="open.url"),
        Binding("V", "open_viewer", "VisiData", show=False, id="open.viewer"),
        Binding("r", "reload", "Reload", show=False, id="reload"),
        Binding("question_mark,f1", "help", "Help", id="help"),
        Binding("q", "back", "Quit", id="quit"),
    ]

    def __init__(self, store: Store, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.store = store
        self.empty = False
        self.crash: str | None = None
        self.facets_wanted: bool | None = None  # None: by the terminal's width; else the user's `f`

    def compose(self) -> ComposeResult:
        yield Static("", id="banner")
        with TabbedContent(id="tabs"):
            for number, (key, spec) in enumerate(PANES.items(), start=1):
                with TabPane(f"{number} {spec.title}", id=key):
                    yield PaneView(self.store, spec)
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one("#banner").display = False
        self._fold_facets()
        self._show_available_tabs()
        self.current_pane().ensure_loaded()
        self._check_empty()
        self.set_interval(3, self._poll_changes)

    # -- helpers ---------------------------------------------------------------------
    def _show_available_tabs(self) -> None:
        """Hide the tabs of panes this database cannot fill (a file written before incidents existed)."""
        tabs = self.query_one(TabbedContent)
        for key in PANES:
            if self.store.has(key):
                tabs.show_tab(key)
            else:
                tabs.hide_tab(key)

    def current_pane(self) -> PaneView:
        tabs = self.query_one(TabbedContent)
        return self.query_one(f"#pane-{tabs.active or 'strikes'}", PaneView)

    def pane(self, key: str) -> PaneView:
        return self.query_one(f"#pane-{key}", PaneView)

    @on(TabbedContent.TabActivated)
    def _tab_activated(self, event: TabbedContent.TabActivated) -> None:
        self.call_after_refresh(self._activate, event.pane.id)

    def _activate(self, key: str | None) -> None:
        panes = self.query(f"#pane-{key}")
        # only if still the active tab: focusing a table in another tab would switch back to it
        if panes and self.query_one(TabbedContent).active == key:
            pane = panes.first(PaneView)
            pane.ensure_loaded()
            pane.table.focus()

    @work(thread=True, group="startup", exit_on_error=False)
    def _check_empty(self) -> None:
        totals = self.store.totals()
        if totals["reports"] == 0:
            self.call_from_thread(self._show_empty)

    def _show_empty(self) -> None:
        self.empty = True
        banner = self.query_one("#banner", Static)
        banner.update(f"This database has no reports yet. Add some with:  {ingest_hint(self.store.path)}")
        banner.display = True

    @work(thread=True, exclusive=True, group="poll", exit_on_error=False)
    def _poll_changes(self) -> None:
        if self.store.changed():
            self.call_from_thread(self._show_changed)

    def _show_changed(self) -> None:
        banner = self.query_one("#banner", Static)
        if not self.empty:
            banner.update("The database changed (an ingest is running?): press r to reload.")
            banner.display = True

    # -- actions ---------------------------------------------------------------------
    def action_pane(self, key: str) -> None:
        if not self.store.has(key):
            self.notify(self.store.missing[key], severity="warning")
            return
        self.query_one(TabbedContent).active = key

    def _typing_target(self) -> Input | None:
        """The text box keys go to now, or None; raises SkipAction on a dialog (its own keys apply)."""
        if len(self.screen_stack) > 1:
            raise SkipAction()
        return self.focused if isinstance(self.focused, Input) else None

    def action_search(self) -> None:
        if self._typing_target() is not None:
            raise SkipAction()  # a `/` typed into a box
        self.current_pane().open_search()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "keep_search":  # only in the search box: elsewhere enter is the table's or a dialog's
            return len(self.screen_stack) == 1 and self.focused is self.current_pane().search_input
        return True

    def action_keep_search(self) -> None:
        self.current_pane().keep_search()

    def action_clear_search(self) -> None:
        self._typing_target()
        pane = self.current_pane()
        if pane.filters.search or pane.search_input.has_class("open"):
            pane.close_search()
        elif self.focused is not pane.table:
            self.screen.set_focus(pane.table)

    def action_next_match(self) -> None:
        self.current_pane().table.action_cursor_down()

    def action_previous_match(self) -> None:
        self.current_pane().table.action_cursor_up()

    def action_sort(self, desc: bool) -> None:
        pane = self.current_pane()
        column = pane.table.current_column
        if not column.sortable:
            self.notify(f"{column.title} cannot be sorted or counted: it is worked out for the rows on screen",
                        severity="warning")
            return
        pane.set_sort(column.key, desc)

    def action_toggle_facets(self) -> None:
        """Hide or show the facet column; the choice holds at any width (until the next start)."""
        self.facets_wanted = self.screen_stack[0].has_class("-no-facets")
        self._fold_facets()
        if self.focused is None or not self.focused.display or not self.focused.region:
            self.screen.set_focus(self.current_pane().table)

    def on_resize(self) -> None:
        self._fold_facets()

    def _fold_facets(self) -> None:
        """Below FOLD_WIDTH columns the facets fold away by themselves, so the table keeps its columns."""
        hide = self.size.width < FOLD_WIDTH if self.facets_wanted is None else not self.facets_wanted
        self.screen_stack[0].set_class(hide, "-no-facets")

    def action_toggle_preview(self) -> None:
        """Hide or show the strip with the highlighted row's whole quote or evidence."""
        self.screen.toggle_class("-no-preview")

    def action_clear_filters(self) -> None:
        self.current_pane().clear_filters()

    def action_back(self) -> None:
        self.exit()

    def action_help(self) -> None:
        """Help from the live bindings, one row per binding id, so remapped keys show as they are now."""
        groups: dict[str, tuple[list[str], str]] = {}
        for active in self.screen.active_bindings.values():
            b = active.binding
            if not b.id or not b.description:
                continue
            keys, _ = groups.setdefault(b.id, ([], b.description))
            label = b.key_display or self.get_key_display(b)
            if label not in keys:
                keys.append(label)
        rows = [(" / ".join(keys), HELP_TEXT.get(binding_id, description), binding_id)
                for binding_id, (keys, description) in groups.items()]
        rows.sort(key=lambda r: r[2].startswith("table."))
        rows += [("shift+tab", "previous area", ""),
                 ("ctrl+p", "command palette: jump to speaker, go to place, switch pane, export", ""),
                 ("ctrl+q", "quit from anywhere", "")]
        self.push_screen(HelpScreen(rows))

    # handing off to other tools (tui/handoff.py)
    def action_copy_cell(self) -> None:
        handoff.copy(self, handoff.cell_as_text(self), "cell")

    def action_copy_row(self) -> None:
        handoff.copy(self, handoff.row_as_text(self), "row")

    def action_open_report(self) -> None:
        handoff.open_report(self)

    def action_open_viewer(self) -> None:
        handoff.open_in_viewer(self)

    def action_sql(self) -> None:
        self.push_screen(SqlScreen(self.store.path))

    def action_reload(self) -> None:
        self._reload()

    @work(thread=True, exclusive=True, group="reload", exit_on_error=False)
    def _reload(self) -> None:
        self.store.reload()
        self.call_from_thread(self._after_reload)

    def _after_reload(self) -> None:
        self.query_one("#banner").display = False
        self.empty = False
        self._show_available_tabs()
        for pane in self.query(PaneView):
            if pane.loaded:
                pane.refresh_data()
        self._check_empty()
        self.notify("Reloaded")

    # opening a row --------------------------------------------------------------------
    @on(RowTable.Opened)
    def _opened(self, event: RowTable.Opened) -> None:
        pane = self.current_pane()
        if pane.spec.key == "speakers":
            row = pane.table.current_row
            self.show_speaker(event.row_id, row[2] if row else str(event.row_id))
            return
        if pane.spec.key == "incidents":
            self._load_incident(event.row_id)
            return
        self._load_detail(pane.spec.key, event.row_id)

    def open_record(self, key: str, row_id: int) -> None:
        """Open one row of a pane (all fields and the report with its evidence), from any screen."""
        self._load_detail(key, row_id)

    @work(thread=True, exclusive=True, group="detail", exit_on_error=False)
    def _load_incident(self, incident_id: int) -> None:
        try:
            record, members = self.store.incident(incident_id)
        except LookupError as exc:
            self.call_from_thread(self.notify, str(exc), severity="warning")
            return
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self.push_screen, IncidentScreen(record, members))

    def _load_detail(self, key: str, row_id: int) -> None:
        record_nav.open_detail(self, key, row_id)

    # moving between records from the detail view (keys bound in DetailScreen)
    def action_detail_step(self, delta: int) -> None:
        record_nav.step(self, delta)

    def action_detail_incident(self) -> None:
        record_nav.to_incident(self)

    def action_detail_report_rows(self) -> None:
        record_nav.report_rows(self)

    def action_detail_speaker(self) -> None:
        record_nav.speaker_quotes(self)

    def show_speaker(self, speaker_id: int, label: str) -> None:
        """Quotes by one speaker, oldest first, named as the Speaker column names them (not by an alias)."""
        label = next((name for name, sid in self.store.names(PANES["speakers"]) if sid == speaker_id), label)
        self.action_pane("quotes")
        pane = self.pane("quotes")
        pane.loaded = True
        pane._labels[("speaker", speaker_id)] = label
        pane.sort = ("date", False)
        pane.filters = Filters(equals=(("speaker", speaker_id),))
        pane.search_input.value = ""
        pane.refresh_data()

    def go_to_place(self, place: str) -> None:
        self.action_pane("strikes")
        pane = self.pane("strikes")
        pane.loaded = True
        pane.filters = Filters(equals=(("location", place),))
        pane.refresh_data()

    def action_pick_speaker(self) -> None:
        def chosen(result: tuple[int, str] | None) -> None:
            if result:
                self.show_speaker(*result)

        self.push_screen(SpeakerPicker(self.store), chosen)

    # frequency, timeline, export ------------------------------------------------------------
    def action_frequency(self) -> None:
        pane = self.current_pane()
        if not pane.table.current_column.sortable:
            self.action_sort(False)  # says why
            return
        self._frequency(pane.spec.key, pane.filters, pane.table.current_column.key, pane.table.current_column.title)

    @work(thread=True, exclusive=True, group="frequency", exit_on_error=False)
    def _frequency(self, key: str, filters: Filters, column: str, title: str) -> None:
        values = self.store.frequency(PANES[key], filters, column)
        self.call_from_thread(self._show_frequency, key, column, title, values)

    def _show_frequency(self, key: str, column: str, title: str, values: list) -> None:
        spec = PANES[key]
        field = next((f.name for f in spec.facets if f.column == column), column)

        def chosen(value: Any) -> None:
            if value is not None:
                self.pane(key).pick(field, value.value, value.label)

        self.push_screen(FrequencyScreen(f"{title}: frequency under current filters", values), chosen)

    def action_timeline(self) -> None:
        """Strikes over time under the Strikes filters; from Incidents, incidents under its filters."""
        key = "incidents" if self.current_pane().spec.key == "incidents" else "strikes"
        pane = self.pane(key)
        self._timeline(key, pane.filters, pane.describe_filters())

    @work(thread=True, exclusive=True, group="timeline", exit_on_error=False)
    def _timeline(self, key: str, filters: Filters, described: str) -> None:
        spec = PANES[key]
        daily, undated = timeline_buckets.days(self.store, spec, filters)
        unit = timeline_buckets.auto_unit(daily)
        screen = TimelineScreen(unit, timeline_buckets.regroup(daily, unit), described,
                                daily=daily, what=spec.title, undated=undated)
        self.call_from_thread(self.push_screen, screen)

    def action_export_view(self) -> None:
        pane = self.current_pane()
        rows = f"{pane.count:,} {pane.spec.title.lower()}" if pane.count is not None else pane.spec.title.lower()

        def chosen(fmt: str | None) -> None:
            if fmt:
                self.export(fmt)

        self.push_screen(ExportChoice(rows, formats_for(pane.spec.key)), chosen)

    def export(self, fmt: str) -> None:
        pane = self.current_pane()
        if fmt not in formats_for(pane.spec.key):
            self.notify(f"No {fmt.upper()} export for {pane.spec.title.lower()}", severity="warning")
            return
        what = "strikes in ACLED's columns" if fmt == "acled" else f"{pane.spec.title.lower()} to {fmt.upper()}"
        self.notify(f"Exporting {what}…")
        self._export(pane.spec.key, pane.filters, pane.sort, fmt)

    @work(thread=True, group="export", exit_on_error=False)
    def _export(self, key: str, filters: Filters, sort: tuple[str, bool], fmt: str) -> None:
        try:
            path, n, skipped = write_export(self.store, PANES[key], filters, sort, fmt)
        except (OSError, ValueError, sqlite3.Error) as exc:
            self.call_from_thread(self.notify, f"Export failed: {exc}", severity="error")
            return
        self.last_export = path
        what = "points" if fmt == "geojson" else "rows"
        message = f"Wrote {n:,} {what} to {path}"
        if skipped:
            message += f" ({skipped:,} without coordinates left out)"
        self.call_from_thread(self.notify, message, timeout=8)

    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        """Textual's screenshot (command palette), saved where exports go and never over a file."""
        try:
            saved = save_screenshot(self.export_screenshot(), Path(path) if path else None)
        except OSError as exc:
            self.notify(f"Screenshot failed: {exc}", severity="error")
            return
        self.notify(f"Saved a screenshot to {saved}", timeout=8)

    def on_unmount(self) -> None:
        self.store.close()

    # failures ------------------------------------------------------------------------
    def action_command_palette(self) -> None:
        if self.use_command_palette and not Palette.is_open(self):
            self.push_screen(Palette(id="--command-palette"))

    def _handle_exception(self, error: Exception) -> None:
        """Textual's exit (return code 1; a pilot re-raises), with one line and a file instead of a screenful."""
        try:
            path: Path | None = write_traceback(error)
        except OSError:
            path = None
        super()._handle_exception(error)
        self._exit_renderables.clear()
        self.crash = crash_line(error, path)  # printed by __main__ once the terminal is back


def make_app(path: str | Path) -> IncidentApp:
    """Build the app on a database file (raises tui.db.DatabaseProblem for a bad file)."""
    return IncidentApp(Store(path))
