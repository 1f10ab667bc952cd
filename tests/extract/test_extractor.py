"""analyze() as a whole: exact offsets on any text, bad input, odd Unicode, huge documents."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factfinder.extract import analyze

PUBLISHED = dt.date(2021, 3, 10)
SENTENCES = [
    "Police detained 14 students in Valdoria on Monday.",
    "Two bloggers were arrested and beaten by soldiers.",
    "The Ardenian government condemned the torture of union leaders.",
    '"They beat me every night," said Ardo Venn.',
    "The embassy has not yet spoken out.",
    "According to Justice Watch, at least 30 people were killed last week.",
    "Share this article.",
    "Ministers met to discuss the budget.",
]
JUNK = st.sampled_from(
    ["\u200b", "\u00a0", "\n", "\n\n", " ", "\u201c", "\u201d", "\u0416", "\ufeff", "\t"]
)


def assert_anchored(text: str) -> None:
    for claim in analyze(text, PUBLISHED):
        assert text[claim.start : claim.end] == claim.sentence
        assert claim.sentence.strip() == claim.sentence
        assert 0.0 <= claim.confidence <= 1.0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_offsets_are_exact_on_arbitrary_text(text: str) -> None:
    assert_anchored(text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(SENTENCES), JUNK), min_size=1, max_size=8))
def test_offsets_are_exact_on_reports_with_odd_unicode(parts: list[tuple[str, str]]) -> None:
    text = "".join(junk + sentence for sentence, junk in parts)
    assert_anchored(text)


def test_empty_and_blank_text_give_no_claims() -> None:
    assert analyze("") == []
    assert analyze("   \n\n\t ") == []
    assert analyze("\u200b\u200b") == []
    assert analyze("....!!! ,,, ---") == []


def test_non_english_text_gives_no_claims() -> None:
    assert analyze("La police a arrêté cinq militants dans la capitale et les a battus.") == []
    assert analyze("Полиция задержала пятерых активистов в столице и избила их.") == []


def test_zero_width_and_smart_quotes_do_not_break_extraction() -> None:
    text = (
        "Police\u200b detained 14 students in Valdoria.\n\n"
        "\u201cThey beat us,\u201d said Mira\u00a0Solen."
    )
    claims = analyze(text, PUBLISHED)
    assert {c.type for c in claims} == {"detention", "torture"}
    assert all(text[c.start : c.end] == c.sentence for c in claims)


def test_publication_datetime_is_accepted() -> None:
    [claim] = analyze("Police arrested 15 protesters yesterday.", dt.datetime(2021, 3, 10, 14, 30))
    assert claim.when is not None and claim.when.start == dt.date(2021, 3, 9)


def test_without_publication_date_relative_dates_stay_unresolved() -> None:
    [claim] = analyze("Police arrested 15 protesters yesterday.")
    assert claim.when is None


def test_page_furniture_gives_no_claims() -> None:
    text = (
        "Share this: police detained 40 people\n\n"
        "\u00a9 2021 Valdorian Herald. All rights reserved.\n\n"
        "12 comments. Please sign in to comment.\n\n"
        "Police detained 40 people in Korvath."
    )
    claims = analyze(text, PUBLISHED)
    assert [c.sentence for c in claims] == ["Police detained 40 people in Korvath."]


def test_names_that_begin_like_page_furniture_are_read() -> None:
    text = (
        "Watchdog groups said police detained 12 students in Korvath. "
        "Printers in Korvath were detained by police."
    )
    sentences = {claim.sentence for claim in analyze(text, PUBLISHED)}
    assert sentences == {
        "Watchdog groups said police detained 12 students in Korvath.",
        "Printers in Korvath were detained by police.",
    }


def test_headline_lines_are_separate_sentences() -> None:
    text = (
        "Crackdown in Korvath\nBy Staff Reporter\nPolice detained 40 people in Korvath on Monday."
    )
    [claim] = analyze(text, PUBLISHED)
    assert claim.sentence == "Police detained 40 people in Korvath on Monday."


def test_large_document_is_processed_in_chunks_with_exact_offsets() -> None:
    paragraph = " ".join(SENTENCES[:6])
    text = "\n\n".join([paragraph] * 150) + "\n" + " ".join([SENTENCES[0]] * 800)
    claims = analyze(text, PUBLISHED)
    assert len(claims) > 900
    assert all(text[c.start : c.end] == c.sentence for c in claims)


def test_a_count_naming_nothing_takes_the_unit_of_the_sentence_before() -> None:
    text = (
        "Police detained 25 people at a rally in Vostrava on 1 March. "
        "Twenty-one of them have since been released."
    )
    released = [c for c in analyze(text) if c.type == "release"]
    assert [(f.low, f.unit) for c in released for f in c.counts] == [(21, "people")]


def test_acts_in_a_sentence_set_a_generation_ago_are_history() -> None:
    text = (
        "In 1962, the colonial militia shot eleven dockers in Varn harbour.\n\n"
        "In the 1980s, thousands of Kessan families were deported to the steppe.\n\n"
        "In 2015, police detained 31 dockers in Varn."
    )
    found = [(c.type, c.sentence[:7]) for c in analyze(text, PUBLISHED) if c.kind == "event"]
    assert found == [("detention", "In 2015")]


def test_an_old_date_beside_a_recent_one_keeps_the_recent_act() -> None:
    text = "In 1990 he was jailed for a year, and in February 2021 he was arrested again."
    assert [c.type for c in analyze(text, PUBLISHED) if c.kind == "event"] == ["detention"]
