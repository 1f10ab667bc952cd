"""Figures corrected further on in their sentence ("later raising the figure to nine"), and
the group "those arrested" counts when nothing else names it."""

from __future__ import annotations

import pytest

from factfinder.extract.claims import Figure
from factfinder.extract.quantities import find_figures


def figures(sentence: str, earlier_unit: str = "") -> list[Figure]:
    return [m.figure for m in find_figures(sentence, earlier_unit=earlier_unit)]


# A correction told after the figure makes the later value the figure, superseding the first.
@pytest.mark.parametrize(
    ("sentence", "new", "old"),
    [
        (
            "The governor's office said 6 inmates had died in the fire, later correcting the "
            "figure to 8.",
            Figure(low=8, unit="inmates"),
            Figure(low=6, unit="inmates"),
        ),
        (
            "Police said 30 people were detained in Marlow, but the Tessel Monitor has since "
            "revised its count to at least 47.",
            Figure(low=47, unit="people", qualifier="at_least"),
            Figure(low=30, unit="people"),
        ),
        (
            "The agency first said some 400 families had fled Orsk and later raised its "
            "estimate to 650.",
            Figure(low=650, unit="families"),
            Figure(low=400, unit="families", qualifier="about"),
        ),
    ],
)
def test_a_later_correction_supersedes_the_first_figure(
    sentence: str, new: Figure, old: Figure
) -> None:
    assert figures(sentence) == [new.model_copy(update={"supersedes": old})]


# Not corrections: a day's arrests added to a running total, a share, another group.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Nine more students were detained in Pella on Friday, raising the total to 61.",
            [(9, "students"), (61, "students")],
        ),
        (
            "Police said 50 people were detained, and the mayor revised the figure to 20 percent.",
            [(50, "people")],
        ),
        (
            "Police said 50 men were detained and later revised the figure to 12 women.",
            [(50, "men"), (12, "women")],
        ),
    ],
)
def test_a_running_total_or_another_measure_is_no_correction(
    sentence: str, expected: list[tuple[int, str]]
) -> None:
    found = figures(sentence)
    assert [(f.low, f.unit) for f in found] == expected
    assert all(f.supersedes is None for f in found)


def test_those_a_participle_describes_are_people_when_no_group_was_named() -> None:
    assert [(f.low, f.unit) for f in figures("Seven of those detained were minors.")] == [
        (7, "people")
    ]


def test_those_a_participle_describes_are_the_group_named_before() -> None:
    found = figures("At least five of those expelled were arrested on arrival.", "nationals")
    assert [(f.low, f.unit, f.qualifier) for f in found] == [(5, "nationals", "at_least")]
