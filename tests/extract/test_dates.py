"""Dates read from sentences, resolved against the publication date at their true precision."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factfinder.errors import InputError
from factfinder.extract.dates import parse_user_date, resolve_dates

# A Thursday.
PUBLISHED = dt.date(2017, 5, 4)
D = dt.date


def dates(sentence: str, published: dt.date | None = PUBLISHED) -> list[tuple]:
    return [
        (m.text, m.when.start, m.when.end, m.when.precision)
        for m in resolve_dates(sentence, published)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The raid was on 26 May 2017.", ("26 May 2017", D(2017, 5, 26), D(2017, 5, 26), "day")),
        ("He was held on 1 April 2017.", ("1 April 2017", D(2017, 4, 1), D(2017, 4, 1), "day")),
        ("It began on May 26, 2017.", ("May 26, 2017", D(2017, 5, 26), D(2017, 5, 26), "day")),
        ("He vanished on 26th of April.", ("26th of April", D(2017, 4, 26), D(2017, 4, 26), "day")),
        ("Arrests began in April 2017.", ("April 2017", D(2017, 4, 1), D(2017, 4, 30), "month")),
        ("Arrests began in 2016.", ("2016", D(2016, 1, 1), D(2016, 12, 31), "year")),
        ("Arrests began in early April.", ("early April", D(2017, 4, 1), D(2017, 4, 30), "month")),
        ("The law passed in mid-2017.", ("mid-2017", D(2017, 1, 1), D(2017, 12, 31), "year")),
        ("Filed 2017-04-01 by the NGO.", ("2017-04-01", D(2017, 4, 1), D(2017, 4, 1), "day")),
        (
            "Detained on 26.05.2016 in the city.",
            ("26.05.2016", D(2016, 5, 26), D(2016, 5, 26), "day"),
        ),
        (
            "Raids took place on 26-28 May 2017.",
            ("26-28 May 2017", D(2017, 5, 26), D(2017, 5, 28), "day"),
        ),
        (
            "Raids took place March–May 2017.",
            ("March–May 2017", D(2017, 3, 1), D(2017, 5, 31), "month"),
        ),
        (
            "Raids took place between 2014 and 2016.",
            ("between 2014 and 2016", D(2014, 1, 1), D(2016, 12, 31), "year"),
        ),
        ("Such raids were common in the 1990s.", ("1990s", D(1990, 1, 1), D(1999, 12, 31), "year")),
        (
            "Arrests resumed in spring 2016.",
            ("spring 2016", D(2016, 3, 1), D(2016, 5, 31), "month"),
        ),
    ],
)
def test_absolute_dates(sentence: str, expected: tuple) -> None:
    assert dates(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Police raided homes on 21 and 22 June.",
            ("21 and 22 June", D(2016, 6, 21), D(2016, 6, 22), "day"),
        ),
        ("Arrests peaked in Q3 2016.", ("Q3 2016", D(2016, 7, 1), D(2016, 9, 30), "month")),
        (
            "Arrests fell in the first half of 2016.",
            ("the first half of 2016", D(2016, 1, 1), D(2016, 6, 30), "month"),
        ),
    ],
)
def test_pairs_of_days_quarters_and_halves(sentence: str, expected: tuple) -> None:
    assert dates(sentence, D(2017, 4, 4)) == [expected]


def test_a_day_and_month_without_a_year_take_the_publication_year() -> None:
    assert dates("He was detained on 26 April.") == [
        ("26 April", D(2017, 4, 26), D(2017, 4, 26), "day")
    ]


def test_a_past_day_well_after_publication_is_last_year() -> None:
    assert dates("He was detained on 20 December.") == [
        ("20 December", D(2016, 12, 20), D(2016, 12, 20), "day")
    ]


def test_a_deadline_may_lie_after_publication() -> None:
    sentence = (
        "Chechen leader Ramazan Kadyrov declared that he wanted all gay people in the country "
        "to be eliminated by May 26, the first day of Ramadan."
    )
    assert dates(sentence) == [("May 26", D(2017, 5, 26), D(2017, 5, 26), "day")]
    assert dates("The trial will open on 10 January.", D(2017, 12, 20)) == [
        ("10 January", D(2018, 1, 10), D(2018, 1, 10), "day")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Yesterday, the minister spoke.", ("Yesterday", D(2017, 5, 3), D(2017, 5, 3), "day")),
        ("The minister spoke today.", ("today", D(2017, 5, 4), D(2017, 5, 4), "day")),
        ("He was released last night.", ("last night", D(2017, 5, 3), D(2017, 5, 3), "day")),
        ("On Monday, the minister spoke.", ("Monday", D(2017, 5, 1), D(2017, 5, 1), "day")),
        ("He was beaten on Thursday.", ("Thursday", D(2017, 5, 4), D(2017, 5, 4), "day")),
        ("He was beaten last Friday.", ("last Friday", D(2017, 4, 28), D(2017, 4, 28), "day")),
        ("The court will rule on Monday.", ("Monday", D(2017, 5, 8), D(2017, 5, 8), "day")),
        ("Police last week detained him.", ("last week", D(2017, 4, 24), D(2017, 4, 30), "week")),
        ("Police this week detained him.", ("this week", D(2017, 5, 1), D(2017, 5, 7), "week")),
        (
            "Last month, the paper reported it.",
            ("Last month", D(2017, 4, 1), D(2017, 4, 30), "month"),
        ),
        ("Raids rose this month.", ("this month", D(2017, 5, 1), D(2017, 5, 31), "month")),
        ("He fled last year.", ("last year", D(2016, 1, 1), D(2016, 12, 31), "year")),
        (
            "He fled earlier this year.",
            ("earlier this year", D(2017, 1, 1), D(2017, 12, 31), "year"),
        ),
        ("He fled two weeks ago.", ("two weeks ago", D(2017, 4, 17), D(2017, 4, 23), "week")),
        ("He fled three days ago.", ("three days ago", D(2017, 5, 1), D(2017, 5, 1), "day")),
        ("He fled a year ago.", ("a year ago", D(2016, 1, 1), D(2016, 12, 31), "year")),
        ("He fled in March.", ("March", D(2017, 3, 1), D(2017, 3, 31), "month")),
        ("He fled last June.", ("last June", D(2016, 6, 1), D(2016, 6, 30), "month")),
        (
            "Guards raided it over the weekend.",
            ("over the weekend", D(2017, 4, 29), D(2017, 4, 30), "day"),
        ),
    ],
)
def test_relative_dates_resolve_against_publication(sentence: str, expected: tuple) -> None:
    assert dates(sentence) == [expected]


def test_last_month_across_a_year_boundary() -> None:
    assert dates("Last month they were held.", D(2017, 1, 15)) == [
        ("Last month", D(2016, 12, 1), D(2016, 12, 31), "month")
    ]


def test_without_publication_date_only_written_years_resolve() -> None:
    sentence = "Last month and on Monday, and on 26 May, and on 1 April 2017, arrests were made."
    assert dates(sentence, None) == [("1 April 2017", D(2017, 4, 1), D(2017, 4, 1), "day")]


@pytest.mark.parametrize(
    "sentence",
    [
        "In recent weeks, arrests have grown.",
        "© 2017 Vostrava Herald. All rights reserved.",
        "Article 2016 of the code was cited.",
        "Some 2000 people marched.",
        "They may 5 times march 10 km.",
        "April Morrow, a lawyer, spoke.",
        "The ruling on 04/05/2017 was appealed.",
        "A few days ago he vanished.",
        "Call 2016 2017 for help at 10:30.",
        "He was held on 31 April.",
    ],
)
def test_things_that_are_not_dates_give_none(sentence: str) -> None:
    assert resolve_dates(sentence, PUBLISHED) == []


def test_the_chechnya_article_dates() -> None:
    published = D(2017, 5, 4)
    assert dates("Last month, Novaya Gazeta reported on 100 men.", published)[0][1:] == (
        D(2017, 4, 1),
        D(2017, 4, 30),
        "month",
    )
    assert dates("The British government last week condemned the torture.", published) == [
        ("last week", D(2017, 4, 24), D(2017, 4, 30), "week")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "LISK, Jan 20 (Meridian Press Agency) - Officers detained a student on Sunday.",
        "OSTREL (16 October 2024) - Officers detained a student on Sunday.",
        "GENEVA, 16 October 2024 – Officers detained a student on Sunday.",
    ],
)
def test_a_dateline_dates_the_report_not_the_events(sentence: str) -> None:
    published = D(2026, 1, 20)
    assert dates(sentence, published) == [("Sunday", D(2026, 1, 18), D(2026, 1, 18), "day")]


def test_the_tense_of_the_dates_own_clause_decides() -> None:
    sentence = "The trial, which began in October, will resume next month."
    assert dates(sentence, D(2019, 6, 12)) == [
        ("October", D(2018, 10, 1), D(2018, 10, 31), "month"),
        ("next month", D(2019, 7, 1), D(2019, 7, 31), "month"),
    ]
    assert dates("On Monday, the court will rule.", PUBLISHED) == [
        ("Monday", D(2017, 5, 8), D(2017, 5, 8), "day")
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2017-05-04", D(2017, 5, 4)),
        ("4 May 2017", D(2017, 5, 4)),
        ("May 4, 2017", D(2017, 5, 4)),
        ("4th May 2017", D(2017, 5, 4)),
        ("04.05.2017", D(2017, 5, 4)),
        ("2017-05-04T10:32:00Z", D(2017, 5, 4)),
        ("Thu, 04 May 2017 10:32:00 +0000", D(2017, 5, 4)),
        ("Thursday 4 May 2017 at 10:32 BST", D(2017, 5, 4)),
    ],
)
def test_parse_user_date_accepts_common_forms(value: str, expected: dt.date) -> None:
    assert parse_user_date(value) == expected


@pytest.mark.parametrize(
    "value", ["", "nonsense", "yesterday", "04/05/2017", "2017-13-45", "May 2017", "32 May 2017"]
)
def test_parse_user_date_rejects_what_is_not_one_day(value: str) -> None:
    with pytest.raises(InputError, match="not a date"):
        parse_user_date(value)


PRECISION_SPANS = {"day", "week", "month", "year"}


def check_consistent(sentence: str, published: dt.date | None) -> None:
    for mention in resolve_dates(sentence, published):
        when = mention.when
        assert sentence[mention.start : mention.end] == mention.text
        assert mention.start <= mention.end
        assert when.start <= when.end
        if when.precision == "week":
            assert when.start.weekday() == 0 and (when.end - when.start).days % 7 == 6
        if when.precision == "month":
            assert when.start.day == 1 and (when.end + dt.timedelta(days=1)).day == 1
        if when.precision == "year":
            assert (when.start.month, when.start.day, when.end.month, when.end.day) == (
                1,
                1,
                12,
                31,
            )


WORDS = st.sampled_from(
    "on in last this next early mid- late May March 26 1 31 2017 2016 1990s week month "
    "year Monday Friday yesterday today ago two three days weeks , . - – and between by "
    "the of 04.05.2017 2017-02-29 2016-02-29 spring winter weekend over earlier will".split()
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(WORDS, max_size=20).map(" ".join),
    st.one_of(st.none(), st.dates(min_value=D(1, 1, 1), max_value=D(9999, 12, 31))),
)
def test_offsets_exact_and_precision_consistent(sentence: str, published: dt.date | None) -> None:
    check_consistent(sentence, published)


@settings(max_examples=300, deadline=None)
@given(st.text(), st.one_of(st.none(), st.dates()))
def test_arbitrary_unicode_never_crashes(sentence: str, published: dt.date | None) -> None:
    check_consistent(sentence, published)


def test_resolving_dates_is_fast() -> None:
    with_dates = "Last month, on Monday 26 May 2017, police detained 100 men, the paper said."
    without = "Police detained men in two specially created prisons, the paper said."
    started = time.perf_counter()
    for _ in range(1000):
        resolve_dates(with_dates, PUBLISHED)
        resolve_dates(without, PUBLISHED)
    per_sentence = (time.perf_counter() - started) / 2000
    assert per_sentence < 0.001
