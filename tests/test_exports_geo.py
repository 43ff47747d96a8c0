"""Issue 17, fault 14: every region has a point, and a GeoJSON export says what it left out."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from parsers import ingest
from parsers.places.gazetteer import build

REPORT = """---
title: Drones over the Moscow and Kyiv regions
published: 2025-03-12
---
Air defences destroyed 74 drones over the Moscow region overnight, the regional governor said on Wednesday.

In the Kyiv region, a drone attack damaged three private houses, the regional military administration said.

Ukrainian drones hit an oil depot in Crimea on Tuesday night, the Russian-installed authorities said.

Russia launched 120 drones at Ukraine overnight, the air force said.
"""


def test_every_region_has_its_centres_point() -> None:
    gaz = build()
    regions = {r.name: r for r in gaz.region_by_name.values()}
    assert [n for n, r in regions.items() if r.lat is None or r.lon is None] == []

    def near(region: str, lat: float, lon: float) -> bool:
        return abs(regions[region].lat - lat) < 0.1 and abs(regions[region].lon - lon) < 0.1

    # the administrative centre, not the namesake city next door: Moscow Oblast is governed from Krasnogorsk
    assert near("Moscow Oblast", 55.82, 37.33)
    assert near("Crimea", 44.95, 34.10)  # Simferopol
    assert near("Kyiv Oblast", 50.45, 30.52)
    assert near("Kharkiv Oblast", 49.99, 36.23)  # unchanged: the namesake town


def test_geojson_maps_region_rows_and_says_what_it_left_out(tmp_path: Path) -> None:
    src = tmp_path / "r.txt"
    src.write_text(REPORT, encoding="utf-8")
    db = tmp_path / "x.db"
    ingest.ingest([src], db)
    out = tmp_path / "s.geojson"
    result = subprocess.run([sys.executable, "-m", "parsers.cli", "export", "strikes", "--format", "geojson",
                             "--db", str(db), "-o", str(out)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    regions = {f["properties"]["region"]: f["properties"]["geo_precision"] for f in features}
    assert {"Moscow Oblast", "Kyiv Oblast", "Crimea"} <= set(regions)
    conn = sqlite3.connect(db)
    total, regional = conn.execute("select count(*), sum(geo_precision = 'region') from strikes").fetchone()
    conn.close()
    assert regional >= 3 and len(features) == total  # before: the three regions were dropped without a word
    assert f"wrote {total} points" in result.stderr and "left out" not in result.stderr
