"""Writing the current view (every row under the filters, in display order) to CSV or JSON.

No Textual import; the app calls it from a thread worker.
"""
from __future__ import annotations

import csv
import json
import os
from pathlib import Path

from .panes import PaneSpec
from .queries import Filters, Store


def export_dir() -> Path:
    """$INCIDENTS_EXPORT_DIR, else the current directory: where a user expects a file they asked for."""
    return Path(os.environ.get("INCIDENTS_EXPORT_DIR") or os.getcwd())


def free_name(directory: Path, stem: str, suffix: str) -> Path:
    path = directory / f"{stem}{suffix}"
    n = 2
    while path.exists():
        path = directory / f"{stem}-{n}{suffix}"
        n += 1
    return path


def write_export(store: Store, spec: PaneSpec, filters: Filters, sort: tuple[str, bool], fmt: str,
                 directory: Path | None = None) -> tuple[Path, int]:
    """Write the view and return (path, rows written)."""
    if fmt not in ("csv", "json"):
        raise ValueError(f"unknown export format {fmt!r}")
    directory = directory or export_dir()
    directory.mkdir(parents=True, exist_ok=True)
    path = free_name(directory, f"incidents-{spec.key}", f".{fmt}")
    n = 0
    tmp = path.with_name(path.name + ".part")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        if fmt == "csv":
            writer = None
            for names, row in store.iter_view(spec, filters, sort):
                if writer is None:
                    writer = csv.writer(fh)
                    writer.writerow(names)
                writer.writerow(row)
                n += 1
        else:
            fh.write("[")
            for names, row in store.iter_view(spec, filters, sort):
                fh.write(",\n" if n else "\n")
                fh.write(json.dumps(dict(zip(names, row)), ensure_ascii=False))
                n += 1
            fh.write("\n]\n")
    tmp.replace(path)
    return path, n
