"""Quotes scored against gold with the shared scorer (issue 4 target).

Ingests `sample_data/` and the four seeds into temporary databases and runs
`../shared/eval/score.py`: quote F1 must reach 0.90 and speaker attribution
(correct speaker over all gold quotes) 0.92. Skipped when `../shared` is absent.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from parsers.ingest import ingest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
F1_TARGET = 0.90
SPEAKER_TARGET = 0.92


def _scorer():
    path = SHARED / "eval" / "score.py"
    if not path.exists():
        pytest.skip("../shared is absent")
    spec = importlib.util.spec_from_file_location("shared_score_quotes", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _check(result: dict) -> None:
    quotes = result["quotes"]
    assert quotes["f1"] >= F1_TARGET, quotes
    assert result["speaker_attribution"] >= SPEAKER_TARGET, (result["speaker_attribution"], quotes)


def test_sample_gold_quotes(tmp_path):
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


def test_seed_gold_quotes(tmp_path):
    score = _scorer()
    db = tmp_path / "seeds.db"
    ingest([str(SHARED / "seeds")], db)
    result, _ = score.score(str(db), str(SHARED / "gold" / "seeds.jsonl"))
    _check(result)
