"""Round 10 figures: earlier values set off by dashes, brackets and quotes, revisions told
past a speaker, lists of groups counted together, counts after "-ing" acts, and the group
"those detained" and a second "of them" stand for. Each rule has a trap beside it."""

import pytest

from factfinder.extract.quantities import find_figures


def _figures(sentence: str, earlier_unit: str = "") -> list[tuple[int, str, str, int | None]]:
    return [
        (
            m.figure.low,
            m.figure.unit,
            m.figure.qualifier,
            m.figure.supersedes.low if m.figure.supersedes else None,
        )
        for m in find_figures(sentence, earlier_unit)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "At least 41 people (up from 35 on Monday) have been killed in Orvel.",
            [(41, "people", "at_least", 35)],
        ),
        (
            "At least 41 people — up from 35 on Monday — have been killed in Orvel.",
            [(41, "people", "at_least", 35)],
        ),
        (
            "Police detained 60 people – not 40 as first reported – in Brask on Monday.",
            [(60, "people", "exact", 40)],
        ),
        (
            "Police detained 60 people, and not 40, as the Tarn ministry claimed.",
            [(60, "people", "exact", 40)],
        ),
        (
            "The monitor said at least four men have died in custody - not three, as it said "
            "on 6 March - and that detainees were beaten.",
            [(4, "men", "at_least", 3)],
        ),
    ],
)
def test_an_earlier_value_set_off_as_an_aside_is_superseded(sentence, expected):
    assert _figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Soldiers killed 30 people, not 40 km from the Velm border.",
        "Soldiers killed 30 people - not 40 km from the Velm border.",
        "Soldiers killed 30 people in the town - not 40 km away.",
    ],
)
def test_a_distance_after_not_is_no_earlier_value(sentence):
    assert _figures(sentence) == [(30, "people", "exact", None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The death toll has risen to 34, the Varn ministry said, up from an earlier "
            "figure of 21.",
            [(34, "deaths", "exact", 21)],
        ),
        (
            "At least 60 people have been detained, up from a previous count of 41.",
            [(60, "people", "at_least", 41)],
        ),
        (
            "At least 41 people have been killed, the group said on Tuesday, up from its "
            "earlier estimate of 35.",
            [(41, "people", "at_least", 35)],
        ),
        (
            "Police detained 63 people on Sunday, a monitoring group said, up from the 25 "
            "arrests it had reported.",
            [(63, "people", "exact", 25)],
        ),
        (
            "The newspaper said 84 men had been detained, raising its figure from the 40 it "
            "published last month.",
            [(84, "men", "exact", 40)],
        ),
        (
            "Six journalists had been jailed in the past 12 months, up from four it counted "
            "in January.",
            [(6, "journalists", "exact", 4)],
        ),
        (
            'The group now says at least 120 people have been detained, up from "about 60" in '
            "its first count.",
            [(120, "people", "at_least", 60)],
        ),
        (
            "The group said 212 men were held at the depot, far more than the 84 we reported "
            "in March.",
            [(212, "men", "exact", 84)],
        ),
        (
            "Six men died at the depot, not four as the Ledger and the United Nations "
            "previously reported.",
            [(6, "men", "exact", 4)],
        ),
    ],
)
def test_an_earlier_value_told_further_on_is_superseded(sentence, expected):
    assert _figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Police detained 40 students on Monday, more than the 30 officers deployed.",
            [(40, "students", "exact", None), (30, "officers", "exact", None)],
        ),
        (
            "Police held 14 journalists on Monday, instead of the 3 officials named in the "
            "warrant.",
            [(14, "journalists", "exact", None), (3, "officials", "exact", None)],
        ),
    ],
)
def test_a_comparison_with_other_people_supersedes_nothing(sentence, expected):
    assert _figures(sentence) == expected


def test_the_number_of_disappeared_is_a_count():
    assert _figures("The number of disappeared has reached 230, the commission said.") == [
        (230, "disappeared", "exact", None)
    ]


def test_a_verb_disappeared_after_a_number_is_not_the_unit():
    assert _figures("Three men were arrested and two disappeared in custody.") == [
        (3, "men", "exact", None),
        (2, "men", "exact", None),
    ]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("At least 1,000 men, women and children were forced from Dresk.", "children"),
        ("At least 1,000 men, women, and children were forced from Dresk.", "children"),
        ("Police detained 30 students, teachers and parents outside the school.", "parents"),
    ],
)
def test_a_list_of_groups_is_counted_together(sentence, unit):
    [figure] = find_figures(sentence)
    assert figure.figure.unit.split()[-1] == unit
    assert figure.figure.unit.split()[0] in {"men,", "students,"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Police arrested 12 protesters, journalists and lawyers said.",
        "Police detained 40 students, teachers said.",
    ],
)
def test_a_list_closed_by_speakers_counts_only_the_first_group(sentence):
    assert [m.figure.unit for m in find_figures(sentence)] == [sentence.split()[3].strip(",")]


def test_a_list_with_numbers_is_several_counts():
    assert _figures("Police arrested 12 protesters, three journalists and two lawyers.") == [
        (12, "protesters", "exact", None),
        (3, "journalists", "exact", None),
        (2, "lawyers", "exact", None),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Security forces opened fire on 2,000 protesters in Kelm, killing nine.",
            [(2000, "protesters", "exact", None), (9, "protesters", "exact", None)],
        ),
        (
            "Police dispersed the crowd of 300 students, detaining 45.",
            [(300, "students", "exact", None), (45, "students", "exact", None)],
        ),
    ],
)
def test_a_bare_count_after_an_ing_act_counts_the_group_named_before(sentence, expected):
    assert _figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The strike went on for days, totalling 40.",
        "Officials said the figure was rising, reaching 300.",
        "The march gathered thousands, numbering 5,000.",
    ],
)
def test_an_ing_word_that_acts_on_no_one_gives_no_count(sentence):
    assert all(m.figure.low not in {40, 300, 5000} for m in find_figures(sentence))


def test_those_detained_are_the_people_the_sentence_before_counted():
    sentence = "Of those detained, 189 have been released, most after their families paid."
    assert _figures(sentence, "men") == [(189, "men", "exact", None)]


def test_those_detained_after_a_count_of_things_are_people():
    sentence = "Of those detained, 189 have been released, most after their families paid."
    assert _figures(sentence, "homes") == [(189, "people", "exact", None)]


def test_a_second_of_them_tells_of_the_group_of_the_first():
    sentence = (
        "All of them were given access to lawyers, and 17 of them have been released after "
        "questioning."
    )
    assert _figures(sentence, "persons") == [(17, "persons", "exact", None)]


def test_of_them_after_a_named_group_counts_that_group():
    sentence = (
        "Police detained 40 students in Varn; some of them were beaten by guards, and 12 of "
        "them were released."
    )
    assert _figures(sentence) == [
        (40, "students", "exact", None),
        (12, "students", "exact", None),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police arrested 12 or more people in Tosk.", (12, "people", "at_least", None)),
        ("Two dozen or more people were arrested in Tosk.", (24, "people", "at_least", None)),
        ("Police arrested 40 people or more in Tosk.", (40, "people", "at_least", None)),
        ("Police arrested 40 people or so.", (40, "people", "about", None)),
    ],
)
def test_or_more_and_or_so_qualify_the_count(sentence, expected):
    assert _figures(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Police arrested 40 people or more than 40 families.",
            [(40, "people", "exact", None), (40, "families", "more_than", None)],
        ),
        ("Police arrested 40 people or so-called rioters.", [(40, "people", "exact", None)]),
        ("Police arrested 12 or more than 12 people.", [(12, "people", "more_than", None)]),
    ],
)
def test_or_that_starts_another_phrase_leaves_the_count_exact(sentence, expected):
    assert _figures(sentence) == expected
