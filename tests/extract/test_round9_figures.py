"""Figures of round nine: compound units, bare vague counts, people named by an adjective,
revisions from a peak, totals past a clause, and a part "of them" of a group already counted."""

from __future__ import annotations

import pytest

from factfinder.extract.claims import Figure
from factfinder.extract.quantities import find_figures
from tests.extract.reported import rule_events_in_report


def _figures(sentence: str, earlier_unit: str = "") -> list[Figure]:
    return [mention.figure for mention in find_figures(sentence, earlier_unit)]


def test_en_dash_compound_stays_in_the_unit() -> None:
    """ "three Brask–Tolvian dual nationals" counts nationals, not half of the compound."""
    assert _figures("Three Brask–Tolvian dual nationals were arrested in Ostra.") == [
        Figure(low=3, unit="nationals")
    ]


def test_en_dash_between_numbers_is_still_a_range() -> None:
    assert _figures("Police detained 120–150 students in Ostra.") == [
        Figure(low=120, high=150, unit="students")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands flee Marvel valley after militia raids, UN says",
        "Thousands fled the Marvel valley on Monday after militia raids.",
    ],
)
def test_bare_vague_count_counts_people(sentence: str) -> None:
    """ACLED reads a vague word that names no group as people; the mention keeps its empty unit."""
    assert _figures(sentence) == [Figure(low=1000, unit="", qualifier="at_least")]
    claims = [c for c in rule_events_in_report(sentence) if c.type == "forced_displacement"]
    assert claims
    assert claims[0].counts == [Figure(low=1000, unit="people", qualifier="at_least")]


def test_bare_vague_count_keeps_a_group_named_before() -> None:
    assert _figures("Dozens remain unaccounted for.", earlier_unit="fishermen") == [
        Figure(low=12, unit="fishermen", qualifier="at_least")
    ]


def test_vague_count_after_and_takes_the_coordinated_noun() -> None:
    figures = _figures("Dozens of villagers have been killed and thousands displaced.")
    assert figures[-1] == Figure(low=1000, unit="villagers", qualifier="at_least")


def test_vague_word_is_not_the_head_of_a_coordinated_noun() -> None:
    """ "hundreds dead and thousands displaced": "thousands" is a second count, no unit."""
    assert all(
        f.unit != "thousands" for f in _figures("It left hundreds dead and thousands displaced.")
    )


def test_bare_scores_are_no_count_of_people() -> None:
    """Trap: bare "scores" is a result, not ACLED's 20 people."""
    assert _figures("The scores were level at half-time in Ostra.") == []


def test_adjective_names_the_people_counted() -> None:
    """ "initially reported 25,000 displaced, but revised the figure to 40,000"."""
    assert _figures(
        "The agency initially reported 25,000 displaced, but revised the figure to 40,000."
    ) == [Figure(low=40_000, unit="displaced", supersedes=Figure(low=25_000, unit="displaced"))]


def test_adjective_before_a_noun_is_a_modifier() -> None:
    assert _figures("Twelve missing fishermen were found in Ostra.") == [
        Figure(low=12, unit="fishermen")
    ]


def test_number_of_displaced_fallen_from_a_peak() -> None:
    """ "the number of displaced has fallen to 5,200 from a peak of more than 7,000": one
    figure, the peak superseded, not a second count."""
    assert _figures(
        "The council says the number of displaced has fallen to 5,200 from a peak of "
        "more than 7,000."
    ) == [
        Figure(
            low=5_200,
            unit="displaced",
            supersedes=Figure(low=7_000, unit="displaced", qualifier="more_than"),
        )
    ]


def test_total_past_a_contact_clause_counts_the_group() -> None:
    figures = _figures(
        "Two more men had died in custody, bringing the total it has documented to eight."
    )
    assert figures == [Figure(low=2, unit="men"), Figure(low=8, unit="men")]


def test_total_past_a_punctuated_clause_is_not_read() -> None:
    assert _figures("The total, which the Ledger keeps in a register, stood at 30 in March.") == []


def test_bare_count_that_continues_takes_the_group_before() -> None:
    assert _figures("The remaining two continue to be held.", earlier_unit="lawyers") == [
        Figure(low=2, unit="lawyers")
    ]


def test_part_of_them_is_not_a_second_count_of_the_same_act() -> None:
    """ "Fourteen men have died in custody, three of them since June" counts 14 deaths."""
    claims = [
        c
        for c in rule_events_in_report(
            "Fourteen men have died in custody, three of them since June."
        )
        if c.type == "killing"
    ]
    assert claims and all(c.counts == [Figure(low=14, unit="men")] for c in claims)


def test_part_of_them_counts_its_own_act() -> None:
    """Trap: "14 people were detained; three of them were beaten" counts three beaten."""
    claims = rule_events_in_report("Fourteen people were detained; three of them were beaten.")
    counts = {c.type: c.counts for c in claims}
    assert counts.get("detention") == [Figure(low=14, unit="people")]
    assert counts.get("torture") == [Figure(low=3, unit="people")]
