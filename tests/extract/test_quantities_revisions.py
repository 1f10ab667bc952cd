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


@pytest.mark.parametrize(
    ("sentence", "new", "old"),
    [
        (
            "The number of villagers who fled Orm district is now put at 2,300, not the 1,400 "
            "reported by the agency in May.",
            Figure(low=2300, unit="villagers"),
            Figure(low=1400, unit="villagers"),
        ),
        (
            "Some 900 people had reached the border camp by Friday, up from 450 it counted on "
            "Tuesday.",
            Figure(low=900, unit="people", qualifier="about"),
            Figure(low=450, unit="people"),
        ),
        (
            "Gendarmes detained at least 75 students on Sunday after a sit-in outside the "
            "Pelvan faculty of law against the new tuition rules, the union said, raising its "
            "earlier count of 40.",
            Figure(low=75, unit="students", qualifier="at_least"),
            Figure(low=40, unit="students"),
        ),
    ],
)
def test_a_marked_revision_at_the_end_of_a_long_sentence_supersedes(
    sentence: str, new: Figure, old: Figure
) -> None:
    assert [m.figure for m in find_figures(sentence)] == [
        new.model_copy(update={"supersedes": old})
    ]


def test_a_marked_revision_crosses_other_figures_to_the_one_with_its_noun() -> None:
    sentence = (
        "According to the monitors, about 120 households, or some 600 people, had been driven "
        "from their farms since June, up from the 80 households they listed in July."
    )
    figures = [m.figure for m in find_figures(sentence)]
    assert figures == [
        Figure(
            low=120,
            unit="households",
            qualifier="about",
            supersedes=Figure(low=80, unit="households"),
        ),
        Figure(low=600, unit="people", qualifier="about"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # which of the two figures the earlier value revises is not written
        "Police held 30 men and 12 women in Dorn overnight, up from 20 on Friday.",
        # the earlier value counts the same noun as a figure in between: that one is revised
        "Guards beat 14 inmates in Block A and 9 inmates in Block C, up from 5 inmates in May.",
    ],
)
def test_a_distant_revision_is_not_given_to_a_figure_it_may_not_revise(sentence: str) -> None:
    first = find_figures(sentence)[0]
    assert first.figure.supersedes is None
