"""Pairwise precision and recall: the measure the clustering evaluation gate relies on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factfinder.errors import InputError
from factfinder.link.evaluation import load_annotated, pairwise_scores

EVAL = Path(__file__).parent / "eval" / "stories.json"


def test_pairwise_counts_on_a_small_grouping() -> None:
    gold = {1: "a", 2: "a", 3: "a", 4: "b", 5: "b"}
    predicted = {1: 0, 2: 0, 3: 1, 4: 1, 5: 1}
    scores = pairwise_scores(predicted, gold)
    # predicted pairs: (1,2), (3,4), (3,5), (4,5); gold pairs: (1,2), (1,3), (2,3), (4,5)
    assert (scores.true_pairs, scores.predicted_pairs, scores.gold_pairs) == (2, 4, 4)
    assert scores.precision == 0.5 and scores.recall == 0.5 and scores.f1 == 0.5


def test_nothing_joined_is_perfect_precision_and_no_recall() -> None:
    scores = pairwise_scores({1: 1, 2: 2}, {1: "a", 2: "a"})
    assert (scores.precision, scores.recall) == (1.0, 0.0)


@given(st.lists(st.integers(0, 5), min_size=1, max_size=40))
def test_a_grouping_scores_perfectly_against_itself(labels: list[int]) -> None:
    grouping = dict(enumerate(labels))
    scores = pairwise_scores(grouping, grouping)
    assert scores.precision == scores.recall == 1.0


@given(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 4)), min_size=1, max_size=40))
def test_scores_stay_between_zero_and_one(rows: list[tuple[int, int]]) -> None:
    scores = pairwise_scores(
        {i: p for i, (p, _g) in enumerate(rows)}, {i: g for i, (_p, g) in enumerate(rows)}
    )
    assert 0.0 <= scores.precision <= 1.0 and 0.0 <= scores.recall <= 1.0
    assert scores.true_pairs <= min(scores.predicted_pairs, scores.gold_pairs)


def test_the_annotated_set_is_large_enough() -> None:
    annotated = load_annotated(EVAL)
    stories = json.loads(EVAL.read_text())["stories"]
    assert len(stories) >= 15 and len(annotated.claims) >= 90
    assert len(set(annotated.gold.values())) >= 20


def test_a_broken_annotation_file_is_an_input_error(tmp_path: Path) -> None:
    broken = tmp_path / "stories.json"
    broken.write_text("{not json")
    with pytest.raises(InputError, match="cannot read the annotated grouping"):
        load_annotated(broken)
