"""What a figure counts: places, organisations and occasions are not victims; a part of a
group names its own noun; a pronoun's group is the victims, not the forces that took them."""

from __future__ import annotations

import pytest

from factfinder.extract.quantities import another_group, find_figures


def figures(sentence: str, earlier_unit: str = "") -> list[tuple[int, str, str]]:
    return [
        (m.figure.low, m.figure.unit, m.figure.qualifier)
        for m in find_figures(sentence, earlier_unit)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "About 600 herders were driven out of four villages near Tesk in May.",
            [(600, "herders", "about")],
        ),
        (
            "Troops evicted 80 families from two districts and three towns of Orvel province.",
            [(80, "families", "exact")],
        ),
        ("His lawyer was refused entry on three occasions.", []),
        (
            "Police detained the student leaders of three opposition parties and 15 other people.",
            [(15, "people", "exact")],
        ),
        ("Guards beat members of four unions outside the plant.", []),
    ],
)
def test_places_bodies_and_occasions_are_not_victim_counts(
    sentence: str, expected: list[tuple[int, str, str]]
) -> None:
    assert figures(sentence) == expected


def test_places_of_detention_still_count() -> None:
    assert figures("They were held in three secret camps.") == [(3, "camps", "exact")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Rangers seized 30 fishermen, nine of them teenagers, off the Vell coast.",
            [(30, "fishermen", "exact"), (9, "teenagers", "exact")],
        ),
        (
            "Police dispersed the crowd of farmers, of whom 22 were detained.",
            [(22, "farmers", "exact")],
        ),
    ],
)
def test_a_part_of_a_group_is_counted_in_its_own_noun(
    sentence: str, expected: list[tuple[int, str, str]]
) -> None:
    assert figures(sentence) == expected


def test_them_after_the_forces_that_took_the_victims_means_the_victims() -> None:
    sentence = (
        "Eleven of those returned were handed over to border guards at Stell crossing, and "
        "the fate of four of them is unknown."
    )
    assert figures(sentence, earlier_unit="refugees") == [
        (11, "refugees", "exact"),
        (4, "refugees", "exact"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Gunmen killed six traders and wounded 19.",
            [(6, "traders", "exact"), (19, "traders", "exact")],
        ),
        (
            "Officers arrested 45 students and released 30, the union said.",
            [(45, "students", "exact"), (30, "students", "exact")],
        ),
    ],
)
def test_a_bare_number_after_an_act_counts_the_group_named_before(
    sentence: str, expected: list[tuple[int, str, str]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    ["The hearing was adjourned to 14.", "He was first arrested in 2014."],
)
def test_a_bare_number_after_a_preposition_is_no_count(sentence: str) -> None:
    assert figures(sentence) == []


def test_a_headline_read_in_lower_case_keeps_a_people_without_plural_s() -> None:
    # "HOW HUNDREDS OF VESHANI WERE EXPELLED" is read with its capitals taken off
    assert figures("how hundreds of veshani were expelled from Dorn") == [
        (100, "veshani", "at_least")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Guards beat 40-odd inmates.", [(40, "inmates", "about")]),
        ("Police held 3,000-plus marchers.", [(3000, "marchers", "more_than")]),
        ("Police held 150+ marchers.", [(150, "marchers", "more_than")]),
    ],
)
def test_qualifiers_glued_to_the_number(
    sentence: str, expected: list[tuple[int, str, str]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Police detained 18 nurses on Monday, bringing the total to 64.",
            [(18, "nurses", "exact"), (64, "nurses", "exact")],
        ),
        (
            "Rangers seized 4 fishermen in March and 9 in April.",
            [(4, "fishermen", "exact"), (9, "fishermen", "exact")],
        ),
        (
            "Police detained 6 students in 2022 and 11 in 2023.",
            [(6, "students", "exact"), (11, "students", "exact")],
        ),
        ("The number of detainees has reached 300.", [(300, "detainees", "exact")]),
    ],
)
def test_a_total_or_a_parallel_count_takes_the_group_named_before(
    sentence: str, expected: list[tuple[int, str, str]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    ["He was held for 3 days in May and 5 in June.", "One in five detainees was beaten."],
)
def test_bare_numbers_after_durations_or_in_proportions_stay_out(sentence: str) -> None:
    assert figures(sentence) == []


def test_a_unit_in_quotation_marks_is_the_counted_noun() -> None:
    assert figures("Police detained 250 “rioters” in Dorn.") == [(250, "rioters", "exact")]


def test_a_part_of_the_dead_is_counted_as_what_the_sentence_says_they_were() -> None:
    assert figures("Nine of the dead were fishermen from Kell.") == [(9, "fishermen", "exact")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Almost half of the 300 detainees interviewed said they had been beaten.",
        "Most of the 80 families were evicted in May.",
        "About 40 percent of the 250 delegates were detained.",
    ],
)
def test_the_whole_of_an_unnumbered_part_is_no_count_of_the_part(sentence: str) -> None:
    assert figures(sentence) == []


def test_all_of_a_numbered_group_is_counted() -> None:
    assert figures("All of the 40 inmates were beaten.") == [(40, "inmates", "exact")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Guards beat twenty-one inmates and thirty-four visitors.",
            [(21, "inmates", "exact"), (34, "visitors", "exact")],
        ),
        ("Police held forty-odd dockers.", [(40, "dockers", "about")]),
        ("Scores, perhaps hundreds, of dockers were held.", [(20, "dockers", "at_least")]),
    ],
)
def test_spelled_and_hedged_numbers(sentence: str, expected: list[tuple[int, str, str]]) -> None:
    assert figures(sentence) == expected


def test_another_member_of_a_group_names_the_unit_of_others_that_follow() -> None:
    assert another_group("Another nurse, whose name we withhold, was beaten.") == "nurses"
    assert another_group("Another 12 nurses were held.") == ""
    assert figures("Two others fled abroad.", another_group("Another nurse was beaten.")) == [
        (2, "nurses", "exact")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The presenter has received dozens of threatening messages and more than 30 calls "
            "since two of her colleagues were arrested.",
            [(2, "colleagues", "exact")],
        ),
        ("Officers confiscated three phones and beat five students.", [(5, "students", "exact")]),
        (
            "The militia seized 40 sheep and drove 12 families off the land.",
            [(12, "families", "exact")],
        ),
    ],
)
def test_the_means_of_a_threat_and_what_is_taken_are_not_victim_counts(
    sentence: str, expected: list[tuple[int, str, str]]
) -> None:
    assert figures(sentence) == expected
