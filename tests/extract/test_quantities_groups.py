"""Figures whose unit is a group: coordinated nouns, "other", anaphoric counts, audiences."""

from __future__ import annotations

import pytest

from factfinder.extract.quantities import find_figures


def figures(sentence: str, earlier_unit: str = "") -> list[tuple[int, str, str]]:
    return [
        (m.figure.low, m.figure.unit, m.figure.qualifier)
        for m in find_figures(sentence, earlier_unit=earlier_unit)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Soldiers rounded up some 200 men and boys in the village.",
            [(200, "men and boys", "about")],
        ),
        ("Militias abducted 40 women and children.", [(40, "women and children", "exact")]),
        (
            "Police detained 30 activists and human rights defenders.",
            [(30, "activists and defenders", "exact")],
        ),
        ("Guards beat 12 men and young boys.", [(12, "men and boys", "exact")]),
        # "and" followed by a verb or a number starts another clause or another count.
        (
            "Soldiers killed 12 civilians and wounded dozens more.",
            [(12, "civilians", "exact"), (12, "civilians", "at_least")],
        ),
        (
            "Police held 7 men and 2 women overnight.",
            [(7, "men", "exact"), (2, "women", "exact")],
        ),
    ],
)
def test_coordinated_groups_are_one_count(
    sentence: str, expected: list[tuple[int, str, str]]
) -> None:
    assert figures(sentence) == expected


def test_a_pronoun_count_takes_the_whole_coordinated_group() -> None:
    sentence = "Troops rounded up 200 men and boys; the whereabouts of 47 of them are unknown."
    assert figures(sentence)[1] == (47, "men and boys", "exact")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Dozens of other people remain imprisoned.", [(12, "people", "at_least")]),
        ("Three of the other detainees were beaten.", [(3, "detainees", "exact")]),
        ("Four other journalists were summoned.", [(4, "journalists", "exact")]),
    ],
)
def test_other_does_not_hide_the_counted_noun(
    sentence: str, expected: list[tuple[int, str, str]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Dozens of critics remain behind bars.", [(12, "critics", "at_least")]),
        ("At least 40 critics of the government were banned.", [(40, "critics", "at_least")]),
        (
            "Police arrested 14 clerics and 3 medics.",
            [(14, "clerics", "exact"), (3, "medics", "exact")],
        ),
    ],
)
def test_people_named_by_ics_plurals_are_counted(
    sentence: str, expected: list[tuple[int, str, str]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "A channel with more than 90,000 subscribers shared the post.",
        "An account with 12,000 followers posted the home addresses.",
        "The petition gathered 5,000 signatures.",
        "The broadcast reached 2 million viewers.",
    ],
)
def test_audiences_and_signatures_are_not_victim_counts(sentence: str) -> None:
    assert figures(sentence) == []


def test_followers_of_someone_are_people_counted() -> None:
    sentence = "Police detained 30 followers of the cleric."
    assert figures(sentence) == [(30, "followers", "exact")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "At least nine lawyers were disbarred, and two — Ana Vell and Ivo Rant — "
            "have been detained.",
            [(9, "lawyers", "at_least"), (2, "lawyers", "exact")],
        ),
        (
            "Nine lawyers were disbarred and two (Ana Vell and Ivo Rant) were detained.",
            [(9, "lawyers", "exact"), (2, "lawyers", "exact")],
        ),
        (
            "Police killed three protesters and 12 others were injured.",
            [(3, "protesters", "exact"), (12, "protesters", "exact")],
        ),
        (
            "Several of the detainees were held incommunicado and at least four were beaten.",
            [(4, "detainees", "at_least")],
        ),
    ],
)
def test_bare_counts_take_the_group_named_earlier_in_the_sentence(
    sentence: str, expected: list[tuple[int, str, str]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Twenty-one of them have since been freed.", [(21, "people", "exact")]),
        ("All five said they were beaten on arrival.", [(5, "people", "exact")]),
        ("Rights groups said hundreds more remain behind bars.", [(100, "people", "at_least")]),
        (
            "At least eight of those deported were arrested, and the whereabouts of three "
            "of them remain unknown.",
            [(8, "people", "at_least"), (3, "people", "exact")],
        ),
    ],
)
def test_counts_naming_nothing_take_the_unit_of_the_sentence_before(
    sentence: str, expected: list[tuple[int, str, str]]
) -> None:
    assert figures(sentence, earlier_unit="people") == expected


def test_the_sentence_own_unit_wins_over_the_sentence_before() -> None:
    sentence = "Police detained 12 students; four of them were released."
    assert figures(sentence, earlier_unit="journalists") == [
        (12, "students", "exact"),
        (4, "students", "exact"),
    ]


def test_an_unnamed_participle_count_stays_out_even_with_an_earlier_unit() -> None:
    # "thousands displaced" says nothing of who; the sentence before does not tell either.
    assert figures("Fighting spread and thousands displaced.", earlier_unit="men") == []


def test_whereabouts_is_no_antecedent() -> None:
    sentence = "Eight were arrested at the airport; the whereabouts of three of them are unknown."
    assert all(unit != "whereabouts" for _, unit, _ in figures(sentence))


def test_a_lone_two_without_any_group_has_no_unit() -> None:
    assert figures("Two others fled the country after me.") == [(2, "", "exact")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police arrested 12, including two minors.", [(12, "", "exact"), (2, "minors", "exact")]),
        ("The number of those killed has risen to 45.", [(45, "people", "exact")]),
        ("The group documented at least 15 such cases.", [(15, "cases", "at_least")]),
        (
            "Hundreds, if not thousands, of people have been detained.",
            [(100, "people", "at_least")],
        ),
        (
            "Police detained 3 people on Monday and 5 more on Tuesday.",
            [(3, "people", "exact"), (5, "people", "exact")],
        ),
    ],
)
def test_counts_written_around_their_group(
    sentence: str, expected: list[tuple[int, str, str]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The court sentenced them to 12, 10 and 8 years.",
        "The bill, adopted by 312 votes to 14, allows detention for up to 30 days.",
        "Case No. 3 was adjourned until 14 March.",
    ],
)
def test_bare_numbers_that_count_no_group_stay_out(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "earlier_unit", "expected"),
    [
        (
            "The Office verified the deaths of 19 of them.",
            "civilians",
            [(19, "civilians", "exact")],
        ),
        (
            "Police detained 40 students; the families of 12 of them have had no news.",
            "",
            [(40, "students", "exact"), (12, "students", "exact")],
        ),
    ],
)
def test_what_befell_a_group_is_not_the_group(
    sentence: str, earlier_unit: str, expected: list[tuple[int, str, str]]
) -> None:
    assert figures(sentence, earlier_unit=earlier_unit) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Mourners gathered outside the morgue were dispersed by police, and at least "
            "six were detained.",
            [(6, "mourners", "at_least")],
        ),
        (
            "Nurses who spoke to the press were summoned, and three have been dismissed.",
            [(3, "nurses", "exact")],
        ),
        (
            "Pilgrims crossed at Tesk on Sunday and about 40 were turned back.",
            [(40, "pilgrims", "about")],
        ),
        (
            "Families of the missing marched on the ministry; four were arrested.",
            [(4, "families", "exact")],
        ),
    ],
)
def test_a_bare_count_takes_the_people_named_before_it(
    sentence: str, expected: list[tuple[int, str, str]]
) -> None:
    # The people an elided count counts are the nearest group of people named before it:
    # not the police who act on them, nor a thing ("the press", "the morgue").
    assert figures(sentence) == expected


def test_relatives_of_a_bare_count_speak_for_the_group_named_before() -> None:
    sentence = (
        "Pilgrims were pulled off the coaches at the border, and relatives of at least "
        "seven say they have heard nothing since."
    )
    assert figures(sentence) == [(7, "pilgrims", "at_least")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Of the 14 miners, five are still missing.",
            [(5, "miners", "exact")],
        ),
        (
            "Of the 60 prisoners we spoke to, 22 were beaten on arrival.",
            [(22, "prisoners", "exact")],
        ),
        (
            "Of 300 families registered, at least 90 have left the valley.",
            [(90, "families", "at_least")],
        ),
    ],
)
def test_a_whole_named_before_its_part_is_not_counted(
    sentence: str, expected: list[tuple[int, str, str]]
) -> None:
    # "Of the 14 miners, five …" reads like "five of the 14 miners": the part counts.
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Herders were taken from the market by men in dark uniforms, and the families of "
            "nine of them have had no news.",
            [(9, "herders", "exact")],
        ),
        (
            "Those arrested were driven away in vans, and at least 12 of them are still held.",
            [(12, "people", "at_least")],
        ),
        (
            "Students were attacked by masked assailants and four were taken to hospital.",
            [(4, "students", "exact")],
        ),
    ],
)
def test_them_stands_for_the_people_harmed_not_things_or_their_attackers(
    sentence: str, expected: list[tuple[int, str, str]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("About 300 families were evicted from the 4 camps.", [(300, "families", "about")]),
        ("Guards moved the detainees from 2 prisons.", []),
        ("Police released nine men from three police stations.", [(9, "men", "exact")]),
    ],
)
def test_places_people_were_taken_from_are_not_counted(
    sentence: str, expected: list[tuple[int, str, str]]
) -> None:
    assert figures(sentence) == expected


def test_people_after_from_are_still_counted() -> None:
    assert figures("She received letters from 12 prisoners.") == [(12, "prisoners", "exact")]
