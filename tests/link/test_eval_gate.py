"""Eval gate: incident clustering must not fall below the floors pinned in eval/baseline.json."""

from __future__ import annotations

import json
from pathlib import Path

from factfinder.link.evaluation import evaluate_clustering

EVAL = Path(__file__).parent / "eval"


def test_clustering_meets_the_pinned_floors() -> None:
    floors = json.loads((EVAL / "baseline.json").read_text())
    scores = evaluate_clustering(EVAL / "stories.json")
    report = scores.as_json()
    for name in ("precision", "recall", "f1"):
        assert report[name] >= floors[name], f"{name} {report[name]} fell below {floors[name]}"
