"""Our commands in the ctrl+p palette: jump to a speaker, go to a place, switch pane, export."""
from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process, utils
from textual.command import DiscoveryHit, Hit, Hits, Provider

from .export import formats_for
from .panes import PANES

if TYPE_CHECKING:
    from .app import IncidentApp


class IncidentCommands(Provider):
    async def startup(self) -> None:
        app: IncidentApp = self.app  # type: ignore[assignment]
        worker = app.run_worker(self._load_names, thread=True, group="palette")
        self.speakers, self.places = await worker.wait()

    def _load_names(self) -> tuple[list[tuple[str, int]], list[str]]:
        app: IncidentApp = self.app  # type: ignore[assignment]
        speakers = app.store.names(PANES["speakers"])
        places = [label for label, _ in app.store.names(PANES["strikes"])]
        return speakers, places

    def _fixed(self) -> list[tuple[str, object, str]]:
        app: IncidentApp = self.app  # type: ignore[assignment]
        out: list[tuple[str, object, str]] = []
        for key, spec in PANES.items():
            if app.store.has(key):
                out.append((f"Switch to {spec.title}", partial(app.action_pane, key), f"show the {spec.title} pane"))
        out += [
            ("Export view as CSV", partial(app.export, "csv"), "write the current view to a CSV file"),
            ("Export view as JSON", partial(app.export, "json"), "write the current view to a JSON file"),
        ]
        formats = formats_for(app.current_pane().spec.key)
        if "geojson" in formats:
            out.append(("Export view as GeoJSON", partial(app.export, "geojson"),
                        "points with coordinates, [lon, lat] (RFC 7946)"))
        if "acled" in formats:
            out.append(("Export strikes as ACLED CSV", partial(app.export, "acled"),
                        "the strikes under the current filters, in ACLED's columns"))
        out += [
            ("Jump to speaker…", app.action_pick_speaker, "fuzzy picker over speakers"),
            ("Timeline of strikes", app.action_timeline, "strikes per day, week or month for the current filters (d/w/m)"),
            ("Clear filters", app.action_clear_filters, "drop every filter of this pane"),
            ("Reload database", app.action_reload, "see rows added by a running ingest"),
        ]
        return out

    async def discover(self) -> Hits:
        for name, callback, help_text in self._fixed():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        app: IncidentApp = self.app  # type: ignore[assignment]
        matcher = self.matcher(query)
        for name, callback, help_text in self._fixed():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)
        if len(query.strip()) < 2:
            return
        labels = [s[0] for s in self.speakers]
        names: dict[int, str] = {}
        for label, sid in self.speakers:  # the speaker's name comes first, then the aliases
            names.setdefault(sid, label)
        seen: set[int] = set()
        for label, score, i in process.extract(query, labels, scorer=fuzz.WRatio, processor=utils.default_process,
                                               score_cutoff=60, limit=8):
            sid = self.speakers[i][1]
            if sid in seen:
                continue
            seen.add(sid)
            yield Hit(score / 100 * 0.95, f"Speaker: {label}", partial(app.show_speaker, sid, names[sid]),
                      text=f"Speaker: {label}", help="their quotes in date order")
        for label, score, _ in process.extract(query, list(dict.fromkeys(self.places)), scorer=fuzz.WRatio,
                                               processor=utils.default_process, score_cutoff=60, limit=8):
            yield Hit(score / 100 * 0.9, f"Place: {label}", partial(app.go_to_place, label),
                      text=f"Place: {label}", help="strikes at this place")
