"""Negotiations scored against gold with the shared scorer: F1 and each field must reach 0.85.

Ingests `sample_data/` (and the four seeds) into a temporary database and runs
`../shared/eval/score.py`; skipped when `../shared` is not there.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from parsers.ingest import ingest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TARGET = 0.85


def _scorer():
    path = SHARED / "eval" / "score.py"
    if not path.exists():
        pytest.skip("../shared is absent")
    spec = importlib.util.spec_from_file_location("shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _check(result: dict) -> None:
    neg = result["negotiations"]
    assert neg["f1"] >= TARGET, neg
    low = {f: v for f, v in neg["fields"].items() if v < TARGET}
    assert not low, (low, neg)


def test_sample_gold_negotiations(tmp_path):
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


def test_seed_gold_negotiations(tmp_path):
    score = _scorer()
    seeds = SHARED / "seeds"
    db = tmp_path / "seeds.db"
    ingest([str(seeds)], db)
    result, _ = score.score(str(db), str(SHARED / "gold" / "seeds.jsonl"))
    _check(result)
