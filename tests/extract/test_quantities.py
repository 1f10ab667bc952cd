"""Figures read from sentences: values, units, qualifiers, revisions, and what is not a count."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factfinder.extract.claims import Figure
from factfinder.extract.evaluation import written_numbers
from factfinder.extract.quantities import find_figures


def figures(sentence: str) -> list[tuple[int, int | None, str, str]]:
    return [
        (m.figure.low, m.figure.high, m.figure.unit, m.figure.qualifier)
        for m in find_figures(sentence)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police detained 100 men in Vostrava.", [(100, None, "men", "exact")]),
        ("They were held in six secret prisons.", [(6, None, "prisons", "exact")]),
        ("Three people were beaten.", [(3, None, "people", "exact")]),
        ("Two journalists fled the country.", [(2, None, "journalists", "exact")]),
        ("The militia held 1,200 villagers.", [(1200, None, "villagers", "exact")]),
        ("Some 2.5 million people were displaced.", [(2_500_000, None, "people", "about")]),
        ("Twenty-five activists were arrested.", [(25, None, "activists", "exact")]),
        ("A hundred protesters gathered.", [(100, None, "protesters", "exact")]),
        ("Two dozen students were expelled.", [(24, None, "students", "exact")]),
        ("One hundred and twenty prisoners were freed.", [(120, None, "prisoners", "exact")]),
        ("Reporters saw two specially created prisons.", [(2, None, "prisons", "exact")]),
        ("Guards beat 40 police officers.", [(40, None, "officers", "exact")]),
        ("3 human rights defenders were charged.", [(3, None, "defenders", "exact")]),
        ("Two of the men were released.", [(2, None, "men", "exact")]),
        ("Only one prison was closed.", [(1, None, "prisons", "exact")]),
        ("One man was killed.", [(1, None, "men", "exact")]),
    ],
)
def test_numbers_in_digits_and_words_with_their_counted_noun(
    sentence: str, expected: list[tuple[int, int | None, str, str]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("More than 40 gay and bisexual men were held.", (40, None, "men", "more_than")),
        ("At least 12 villagers were killed.", (12, None, "villagers", "at_least")),
        ("No fewer than 20 women were detained.", (20, None, "women", "at_least")),
        ("A minimum of 30 families fled.", (30, None, "families", "at_least")),
        ("Over 300 students were arrested.", (300, None, "students", "more_than")),
        ("Upwards of 50 men disappeared.", (50, None, "men", "more_than")),
        ("About 60 people were injured.", (60, None, "people", "about")),
        ("Around 70 homes were burned.", (70, None, "homes", "about")),
        ("Roughly 80 detainees were tortured.", (80, None, "detainees", "about")),
        ("Approximately 90 workers went missing.", (90, None, "workers", "about")),
        ("Nearly 100 men were beaten.", (100, None, "men", "about")),
        ("Almost 200 children were moved.", (200, None, "children", "about")),
        ("Up to 50 prisoners were held there.", (50, None, "prisoners", "up_to")),
        ("As many as 300 people were rounded up.", (300, None, "people", "up_to")),
        ("Between 50 and 100 men were detained.", (50, 100, "men", "exact")),
        ("50-100 men were detained.", (50, 100, "men", "exact")),
        ("50–100 men were detained.", (50, 100, "men", "exact")),
        ("50 to 100 men were detained.", (50, 100, "men", "exact")),
        ("Five or six guards stood by.", (5, 6, "guards", "exact")),
        ("Between 2 and 3 million people fled.", (2_000_000, 3_000_000, "people", "exact")),
    ],
)
def test_qualifiers_and_ranges(sentence: str, expected: tuple[int, int | None, str, str]) -> None:
    assert figures(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Dozens of men were detained.", [(12, None, "men", "at_least")]),
        ("Hundreds of people fled.", [(100, None, "people", "at_least")]),
        ("Scores of activists were beaten.", [(20, None, "activists", "at_least")]),
        ("Thousands of residents left.", [(1000, None, "residents", "at_least")]),
        ("Tens of thousands of people marched.", [(10_000, None, "people", "at_least")]),
        ("More than a dozen journalists were held.", [(12, None, "journalists", "more_than")]),
        ("Several dozen families were evicted.", [(12, None, "families", "at_least")]),
        ("Several men, a few women and many children were held.", []),
        ("Dozens were detained.", [(12, None, "", "at_least")]),
    ],
)
def test_vague_words_follow_acled(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected


def test_a_number_without_a_named_noun_has_an_empty_unit() -> None:
    assert figures("At least 12 were killed and 300 were arrested.") == [
        (12, None, "", "at_least"),
        (300, None, "", "exact"),
    ]
    assert figures("The death toll rose to 30.") == [(30, None, "deaths", "exact")]
    assert figures("The number of detained men rose to 100.") == [(100, None, "men", "exact")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In fact 28 protesters remain in custody; 12 were released on bail.",
            [(28, None, "protesters", "exact"), (12, None, "protesters", "exact")],
        ),
        (
            "Lawyers for the protesters said that at least four of them had been beaten.",
            [(4, None, "protesters", "at_least")],
        ),
        (
            "Dozens of civilians have been killed and thousands displaced.",
            [(12, None, "civilians", "at_least"), (1000, None, "civilians", "at_least")],
        ),
        (
            "Police arrested 14 people, 3 of whom were minors.",
            [(14, None, "people", "exact"), (3, None, "people", "exact")],
        ),
        ("Dozens of the detained men were moved.", [(12, None, "men", "at_least")]),
        ("Nine of the 16 prisoners were freed.", [(9, None, "prisoners", "exact")]),
        ("Three out of ten detainees were beaten.", [(3, None, "detainees", "exact")]),
        ("He said 10 or so men came.", [(10, None, "men", "about")]),
        ("An estimated 500,000 Rohingya fled.", [(500_000, None, "rohingya", "about")]),
        (
            "Police detained one man and two women.",
            [(1, None, "men", "exact"), (2, None, "women", "exact")],
        ),
        ("One in five detainees was tortured.", []),
        ("Half a million people fled.", [(500_000, None, "people", "exact")]),
        ("Some 1.5m people fled past a 5m wall.", [(1_500_000, None, "people", "about")]),
        ("Officials revised the toll up to 30 deaths.", [(30, None, "deaths", "exact")]),
        ("Vostrava's 2,000 troops entered Camp 6.", [(2000, None, "troops", "exact")]),
        ("Men between the ages of 18 and 35 were rounded up.", []),
    ],
)
def test_counts_whose_noun_is_named_elsewhere_in_the_sentence(
    sentence: str, expected: list[tuple]
) -> None:
    assert figures(sentence) == expected


def test_the_chechnya_revision_supersedes_two_prisons_with_six() -> None:
    sentence = (
        "Russian reporters says gay men are being detained and tortured in six prisons in "
        "Chechnya, not two as originally reported."
    )
    [mention] = find_figures(sentence)
    assert mention.figure == Figure(low=6, unit="prisons", supersedes=Figure(low=2, unit="prisons"))
    # The phrase stops before "in Chechnya", so that it never swallows a place or a date.
    assert mention.text == "six prisons"
    assert sentence[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("sentence", "new", "old"),
    [
        ("Monitors now count six prisons, up from two.", 6, 2),
        ("They found six prisons rather than the two previously reported.", 6, 2),
        ("The number of prisons was revised from 2 to 6.", 6, 2),
        ("Officials revised the figure from two prisons to six.", 6, 2),
        ("Not two but six prisons were found.", 6, 2),
        ("The death toll rose to 30 from 12.", 30, 12),
        ("Monitors counted 40 detainees, down from an earlier estimate of 55.", 40, 55),
        (
            "At least nine people died in custody at the centre this year, not four as first "
            "reported, a commission said.",
            9,
            4,
        ),
        (
            "Officials say 350 residents were evicted in February, revising its earlier "
            "figure of 120.",
            350,
            120,
        ),
    ],
)
def test_revisions_keep_the_earlier_value_and_do_not_count_it_twice(
    sentence: str, new: int, old: int
) -> None:
    [mention] = find_figures(sentence)
    assert mention.figure.low == new
    assert mention.figure.supersedes is not None
    assert mention.figure.supersedes.low == old
    assert mention.figure.supersedes.unit == mention.figure.unit


def test_a_negated_aside_is_not_a_revision() -> None:
    assert figures("Police killed 30 people in the town, not 40 km away.") == [
        (30, None, "people", "exact")
    ]
    assert find_figures("They held 30 people in the town, not 40.")[0].figure.supersedes


def test_a_range_is_not_mistaken_for_a_revision() -> None:
    [mention] = find_figures("From 50 to 100 men were held in each camp.")
    assert (mention.figure.low, mention.figure.high, mention.figure.supersedes) == (50, 100, None)


def test_money_is_a_figure_in_its_currency() -> None:
    assert figures("Families paid bribes of 1,000 dollars.") == [(1000, None, "dollars", "exact")]
    assert figures("Each family paid $500 to the police.") == [(500, None, "dollars", "exact")]
    assert figures("The fine was about €30.") == [(30, None, "euros", "about")]
    assert figures("Guards demanded 50,000 roubles.") == [(50_000, None, "roubles", "exact")]
    assert find_figures("Each family paid $500 to the police.")[0].text == "$500"


@pytest.mark.parametrize(
    "sentence",
    [
        "The raid took place on 26 May.",
        "The raid took place on May 26, 2017.",
        "He was first detained in 2017.",
        "Such raids were common in the 1990s.",
        "The meeting began at 10:30 and ended at 5 pm.",
        "A 23-year-old man was detained.",
        "A man aged 30 was beaten.",
        "He was the first of the detainees and the 2nd to speak.",
        "Turnout fell by 30% and 12 percent of voters abstained.",
        "Call +7 495 123 4567 for help.",
        "Article 5 of the constitution forbids torture.",
        "He was held in Camp 6 for months.",
        "One of the men said the guards laughed.",
        "One escapee, interviewed by a radio station, spoke of beatings.",
        "No one was charged, and none were released.",
        "A man was seen being pushed into a car.",
        "© 2017 Vostrava Herald. All rights reserved.",
        "2 comments. Please sign in to comment.",
        "1. Detention of activists in the capital",
        "He was sentenced to 10 years and held for 15 days.",
        "Five-year terms were handed down.",
        "The COVID-19 rules and the G20 summit were cited.",
        "The 2016 elections were marred by fraud.",
        "Turnout was 2.5 in the district.",
        "Several witnesses, many families and a few lawyers spoke.",
    ],
)
def test_things_that_are_not_counts_give_no_figure(sentence: str) -> None:
    assert find_figures(sentence) == []


def test_words_around_numbers_that_are_not_qualifiers() -> None:
    assert figures("They talked about two journalists.") == [(2, None, "journalists", "exact")]
    assert figures("Police handed over three detainees.") == [(3, None, "detainees", "exact")]


NUMBER_WORD = re.compile(
    r"[0-9]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundreds?|thousands?|millions?|dozens?|scores|tens)\b",
    re.IGNORECASE,
)
WORDS = st.sampled_from(
    "men prisons at least more than about some up to between and not two six 100 1,200 "
    "dozens of hundreds twenty-five in Chechnya , . were detained May 26 2017 one the "
    "a over nearly as many originally reported rather previously from to revised $ 5 - "
    "aged year-old percent % Article No. 7 one of them 12 days ago".split()
)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=25).map(" ".join))
def test_every_mention_is_an_exact_span_holding_its_written_number(sentence: str) -> None:
    previous_end = 0
    for mention in find_figures(sentence):
        assert sentence[mention.start : mention.end] == mention.text
        assert previous_end <= mention.start < mention.end
        previous_end = mention.end
        assert NUMBER_WORD.search(mention.text), mention
        # every bound is written in the mention, in digits or words ("two - 7 men" is 2 to 7)
        written = written_numbers(mention.text)
        assert mention.figure.low in written, mention
        assert mention.figure.high is None or mention.figure.high in written, mention
        assert mention.figure.high is None or mention.figure.high > mention.figure.low


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_unicode_never_crashes(sentence: str) -> None:
    for mention in find_figures(sentence):
        assert sentence[mention.start : mention.end] == mention.text


def test_reading_figures_is_cheap() -> None:
    sentence = (
        "Last month, Novaya Gazeta reported on more than 100 men being detained in two "
        "specially created prisons, not one as originally reported, and dozens of others."
    )
    find_figures(sentence)
    started = time.perf_counter()
    for _ in range(2000):
        find_figures(sentence)
    per_sentence = (time.perf_counter() - started) / 2000
    assert per_sentence < 0.001


def test_a_malformed_number_after_in_is_read_without_failing() -> None:
    # found by fuzzing: "1,15" starts with a digit and has four characters, but it is no year
    assert find_figures("Be 2 in 1,15 halfa") == []
    [figure] = find_figures("They held 2 men in 1,15 cells.")
    assert (figure.figure.low, figure.figure.unit) == (2, "men")
