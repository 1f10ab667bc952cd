"""Which group a written number counts when the sentence names that group away from it: a part
said by its speakers ("71 said"), a part of someone's whole ("nine of Vedra's 14 journalists")
and a bare count set off by the names of those it counts ("The other two, A and B, were")."""

from __future__ import annotations

import pytest

from factfinder.extract import analyze
from factfinder.extract.quantities import find_figures


def figures(sentence: str, earlier_unit: str = "") -> list[tuple[int, str, str]]:
    return [
        (m.figure.low, m.figure.unit, m.figure.qualifier)
        for m in find_figures(sentence, earlier_unit=earlier_unit)
    ]


# A bare number before a verb of speech counts a part of the group named before it.
@pytest.mark.parametrize(
    ("sentence", "earlier_unit", "expected"),
    [
        (
            "Of the 90 former prisoners we interviewed, 38 said guards had beaten them.",
            "",
            [(38, "prisoners", "exact")],
        ),
        (
            "Of the 40 women held at Tarn, at least 11 told us they had been denied food.",
            "",
            [(11, "women", "at_least")],
        ),
        (
            "Nine of the returnees said they had been beaten, and four said they were burned.",
            "",
            [(9, "returnees", "exact"), (4, "returnees", "exact")],
        ),
        (
            "Soldiers detained 25 farmers near Oska, and 14 described being hooded for days.",
            "",
            [(25, "farmers", "exact"), (14, "farmers", "exact")],
        ),
        # The group is named in the sentence before.
        ("Six described being given electric shocks.", "detainees", [(6, "detainees", "exact")]),
        (
            "Twelve testified that they were held without charge.",
            "miners",
            [(12, "miners", "exact")],
        ),
        ("Some 30 recounted being beaten in the yard.", "students", [(30, "students", "about")]),
        # With no group named anywhere, a speaking number counts nobody the text can name.
        ("In 2023, 40 said they had been beaten.", "", []),
        ("Six described being given electric shocks.", "", []),
        # One speaker is one person, never a count.
        ("Of the 20 detainees, one said he was beaten.", "", []),
        ("One told us she was beaten.", "detainees", []),
    ],
)
def test_a_part_that_speaks_counts_the_group_named_before_it(
    sentence: str, earlier_unit: str, expected: list[tuple[int, str, str]]
) -> None:
    assert figures(sentence, earlier_unit) == expected


# "of <possessor>'s N <noun>": the possessor stands where "the" would, so the part counts.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Since May, at least nine of Vedra's 14 reporters have received threats.",
            [(9, "reporters", "at_least")],
        ),
        ("Two of the union's 30 members were detained.", [(2, "members", "exact")]),
        ("Four of Radio Tarsk's 12 staff were summoned.", [(4, "staff", "exact")]),
        (
            "More than half of the village's 400 families have fled.",
            [],  # an unnumbered part of a whole is no count
        ),
        ("Three of the Collective's lawyers were held overnight.", [(3, "lawyers", "exact")]),
        ("Five of Mr Dorn's six sons were taken away.", [(5, "sons", "exact")]),
        ("Most of Vedra's 14 reporters have left the country.", []),
        # A possessor with no count after it keeps the ordinary reading.
        (
            "Police raided the group's office and detained 7 volunteers.",
            [(7, "volunteers", "exact")],
        ),
    ],
)
def test_a_part_of_a_possessed_whole_counts_the_part(
    sentence: str, expected: list[tuple[int, str, str]]
) -> None:
    assert figures(sentence) == expected


# A bare count set off by commas with the names of those it counts is still a count.
@pytest.mark.parametrize(
    ("sentence", "earlier_unit", "expected"),
    [
        (
            "The other two, Ruben Alsek and Mara Tovin, were released on Wednesday.",
            "lawyers",
            [(2, "lawyers", "exact")],
        ),
        (
            "Police arrested 12 students, and three, Ana Brell among them, were beaten.",
            "",
            [(12, "students", "exact"), (3, "students", "exact")],
        ),
        (
            "The remaining four, all members of the Collective, remain in custody.",
            "activists",
            [(4, "activists", "exact")],
        ),
        # A comma after a number that ends its clause does not open an apposition.
        ("Guards beat 12 men, and the men said they were kicked.", "", [(12, "men", "exact")]),
        ("In 2024, the group said it had no news of them.", "", []),
        # "40-odd" stays a glued qualifier, not a dash apposition.
        ("Police held 40-odd protesters.", "", [(40, "protesters", "about")]),
    ],
)
def test_a_count_set_off_by_the_names_it_counts_is_a_count(
    sentence: str, earlier_unit: str, expected: list[tuple[int, str, str]]
) -> None:
    assert figures(sentence, earlier_unit) == expected


def test_the_speakers_count_the_act_they_tell_of_on_the_claim() -> None:
    text = (
        "Of the 60 former detainees we interviewed, 23 said that they or their families had "
        "been asked for money in exchange for release."
    )
    extortion = next(c for c in analyze(text) if c.type == "extortion")
    assert [(f.low, f.unit) for f in extortion.counts] == [(23, "detainees")]


# A hedge on the whole of a part belongs to the whole: the part is the count, exact.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police detained 19 of an estimated 40 protesters.", [(19, "protesters", "exact")]),
        ("Police detained three of the roughly 200 marchers.", [(3, "marchers", "exact")]),
        ("Five of at least 30 detainees were beaten.", [(5, "detainees", "exact")]),
        ("About 12 of the estimated 300 miners were held.", [(12, "miners", "about")]),
        # A fraction of a whole, with or without a hyphen, is no count.
        ("Two-thirds of the 90 detainees reported beatings.", []),
        ("Half of the 400 detainees were beaten.", []),
    ],
)
def test_a_part_of_an_estimated_whole_counts_the_part(
    sentence: str, expected: list[tuple[int, str, str]]
) -> None:
    assert figures(sentence) == expected


# "and another 9 in 2022" repeats the count before it, as "and 9 in 2022" does.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Police arrested 5 people in 2021 and another 9 in 2022.",
            [(5, "people", "exact"), (9, "people", "exact")],
        ),
        (
            "Guards held 4 farmers on Monday and a further 7 on Tuesday.",
            [(4, "farmers", "exact"), (7, "farmers", "exact")],
        ),
        # A year after "another" is still no count.
        ("Police arrested 5 people in 2021 and another in 2022.", [(5, "people", "exact")]),
    ],
)
def test_another_count_repeats_the_unit_before_it(
    sentence: str, expected: list[tuple[int, str, str]]
) -> None:
    assert figures(sentence) == expected


# An act told in a relative clause on one counted group counts that group, not the groups
# coordinated with it (extractor._within_told_group).
def test_an_act_told_of_one_group_counts_that_group_only() -> None:
    text = (
        "The monitors interviewed 146 people who had been detained by the border police, "
        "as well as 31 relatives and nine lawyers."
    )
    detentions = [c for c in analyze(text, supplement=None) if c.type == "detention"]
    assert detentions
    assert all([(f.low, f.unit) for f in claim.counts] == [(146, "people")] for claim in detentions)


def test_a_figure_under_the_sentence_root_ends_the_walk_up() -> None:
    """The walk from a figure up its heads stops at the root (spaCy makes a new Token object
    at each access, so the root is found by index, not identity)."""
    from factfinder.extract.extractor import _hangs_under
    from factfinder.extract.nlp import load_pipeline

    doc = load_pipeline()("Police detained 12 students.")
    root = next(token for token in doc if token.head.i == token.i)
    assert _hangs_under(doc[2], set()) is False
    assert _hangs_under(doc[2], {root}) is True
