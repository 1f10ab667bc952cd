"""Revised figures written away from the new value: the source named before its verb,
"rather than", and an earlier value that must not be counted a second time."""

from __future__ import annotations

import pytest

from factfinder.extract.claims import Figure
from factfinder.extract.quantities import find_figures


@pytest.mark.parametrize(
    ("sentence", "new", "old"),
    [
        (
            "Men are held in at least five secret sites in Upper Vell, not two as the "
            "Vell Courier first reported in May, the paper said.",
            Figure(low=5, unit="sites", qualifier="at_least"),
            Figure(low=2, unit="sites"),
        ),
        (
            "At least 14 journalists are in detention, rather than 12 as the ministry had claimed.",
            Figure(low=14, unit="journalists", qualifier="at_least"),
            Figure(low=12, unit="journalists"),
        ),
        (
            "At least 14 journalists are in detention, rather than the 12 previously reported.",
            Figure(low=14, unit="journalists", qualifier="at_least"),
            Figure(low=12, unit="journalists"),
        ),
    ],
)
def test_a_revision_written_after_a_clause_supersedes_the_earlier_value(
    sentence: str, new: Figure, old: Figure
) -> None:
    mentions = find_figures(sentence)
    assert [m.figure for m in mentions] == [new.model_copy(update={"supersedes": old})]


def test_the_revised_value_is_not_counted_again_on_its_own() -> None:
    sentence = "At least nine people died in custody this year, not four people as first reported."
    figures = [m.figure for m in find_figures(sentence)]
    assert figures == [
        Figure(low=9, unit="people", qualifier="at_least", supersedes=Figure(low=4, unit="people"))
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police held 14 journalists in Vostrava, instead of 3 officials.",
        "Police held 14 journalists in Vostrava, not 3 officials.",
        "Police killed 30 people in the town, not 40 as in the village.",
    ],
)
def test_a_contrast_with_other_people_or_places_is_no_revision(sentence: str) -> None:
    assert all(m.figure.supersedes is None for m in find_figures(sentence))
