"""Strikes scored against gold with the shared scorer: F1 and every field must reach 0.90.

Ingests `sample_data/` (and, separately, the four seeds) into a temporary
database and runs `../shared/eval/score.py`; skipped when `../shared` is absent.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from parsers.ingest import ingest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TARGET = 0.90


def _scorer():
    path = SHARED / "eval" / "score.py"
    if not path.exists():
        pytest.skip("../shared is absent")
    spec = importlib.util.spec_from_file_location("shared_score_strikes", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _check(result: dict) -> None:
    strikes = result["strikes"]
    low = {f: v for f, v in strikes["fields"].items() if v < TARGET}
    assert strikes["f1"] >= TARGET and not low, (strikes["f1"], low)


def test_sample_gold_strikes(tmp_path):
    score = _scorer()
    gold = ROOT / "sample_data" / "gold.jsonl"
    if not gold.exists():
        pytest.skip("sample_data/gold.jsonl not written yet")
    inputs = sorted(str(p) for p in (ROOT / "sample_data").glob("*.txt"))
    feeds = ROOT / "sample_data" / "feeds"
    if feeds.exists():
        inputs.append(str(feeds))
    db = tmp_path / "sample.db"
    ingest(inputs, db)
    result, _ = score.score(str(db), str(gold))
    _check(result)


def test_seed_gold_strikes(tmp_path):
    score = _scorer()
    db = tmp_path / "seeds.db"
    ingest([str(SHARED / "seeds")], db)
    result, _ = score.score(str(db), str(SHARED / "gold" / "seeds.jsonl"))
    _check(result)
