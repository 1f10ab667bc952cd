"""Paragraph chunks and sentences: exact offsets, headings split off, huge paragraphs cut."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factfinder.extract.extractor import analyze
from factfinder.extract.sentences import (
    MAX_CHUNK_CHARS,
    Sentence,
    parse_paragraphs,
    sentences_of,
    split_paragraphs,
)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .\n\u200b\u00a0\u201c"), max_size=400))
def test_paragraphs_are_exact_slices_of_the_text(text: str) -> None:
    for paragraph in split_paragraphs(text):
        assert text[paragraph.start : paragraph.start + len(paragraph.text)] == paragraph.text
        assert paragraph.text.strip()


def test_blank_lines_and_headings_separate_paragraphs() -> None:
    text = "Crackdown in Korvath\nPolice detained 40 people.\nThey were\nheld overnight.\n\nNext."
    texts = [p.text.strip() for p in split_paragraphs(text)]
    assert texts == [
        "Crackdown in Korvath",
        "Police detained 40 people.",
        "They were\nheld overnight.",
        "Next.",
    ]


def test_a_five_megabyte_paragraph_is_cut_into_bounded_chunks() -> None:
    text = "Police detained 40 people in Korvath. " * 140_000  # about 5.3 MB, one paragraph
    paragraphs = split_paragraphs(text)
    assert len(paragraphs) > 200
    assert all(len(p.text) <= MAX_CHUNK_CHARS for p in paragraphs)
    assert "".join(p.text for p in paragraphs) == text


def test_each_list_item_is_a_paragraph_of_its_own_without_its_mark() -> None:
    text = (
        "The authorities should:\n"
        "\u2022 release all those detained for taking part in the protests in Korvath last month\n"
        "\u2022 open prompt, impartial investigations\n"
        "into the deaths of Ivo Tarn and Mila Drask in custody in the Eastern district\n"
        "- Immediately end the use of live ammunition against protesters in Korvath city\n"
        "1. Release Pavel Orsk and all other journalists held for reporting on the unrest\n"
        "(c) Establish an independent body to monitor places of detention in the country"
    )
    paragraphs = split_paragraphs(text)
    assert [p.text.strip()[:12] for p in paragraphs] == [
        "The authorit",
        "release all ",
        "open prompt,",
        "Immediately ",
        "Release Pave",
        "Establish an",
    ]
    assert [p.item for p in paragraphs] == [False, True, True, True, True, True]
    for paragraph in paragraphs:
        assert text[paragraph.start : paragraph.start + len(paragraph.text)] == paragraph.text


def test_dashes_and_hyphens_in_wrapped_prose_are_no_list_items() -> None:
    text = (
        "Police detained three men, a teacher and two students, on the road to Korvath and\n"
        "\u2014 according to their families \u2014 beat them with batons before releasing them,\n"
        "and a co-\nworker of theirs was also held."
    )
    assert [p.text for p in split_paragraphs(text)] == [text]


def test_a_year_wrapped_to_a_line_start_is_no_numbered_item() -> None:
    text = "The detainees were moved to the prison at Marrow Hill in autumn\n2019. Police said."
    assert all(not p.item for p in split_paragraphs(text))


def test_a_lower_case_item_is_parsed_as_a_command_with_exact_offsets() -> None:
    text = (
        "The authorities should:\n"
        "\u2022 release all those detained for taking part in the protests in Korvath last month\n"
        "\u2022 investigate the deaths of Ivo Tarn and Mila Drask in custody in the east"
    )
    paragraphs = split_paragraphs(text)
    found = [
        s
        for index, (paragraph, doc) in enumerate(parse_paragraphs(paragraphs))
        for s in sentences_of(index, paragraph, doc)
    ]
    assert [s.text[:11] for s in found] == ["The authori", "release all", "investigate"]
    assert all(text[s.start : s.end] == s.text for s in found)
    assert found[1].span.root.lemma_ == "release" and found[1].span.root.tag_ == "VB"


def _parsed(text: str) -> list[Sentence]:
    paragraphs = split_paragraphs(text)
    return [
        s
        for index, (paragraph, doc) in enumerate(parse_paragraphs(paragraphs))
        for s in sentences_of(index, paragraph, doc)
    ]


def test_a_capitalised_item_opening_with_a_verb_is_parsed_as_a_command() -> None:
    text = (
        "The Committee recommends that the State party:\n"
        "1. Release Pavel Orsk and all other journalists held for reporting on the unrest\n"
        "(b) Investigate promptly all allegations of torture at the Marrow Hill facility"
    )
    found = _parsed(text)
    assert [s.span.root.lemma_ for s in found[1:]] == ["release", "investigate"]
    assert all(s.span.root.tag_ == "VB" for s in found[1:])
    assert all(text[s.start : s.end] == s.text for s in found)


def test_a_numbered_paragraph_opening_with_its_subject_keeps_its_own_parse() -> None:
    text = (
        "Concerns:\n"
        "12. The Committee is concerned about reports that detainees in Korvath were beaten."
    )
    found = _parsed(text)
    assert found[1].text.startswith("The Committee")
    assert found[1].span[1].dep_ == "nsubj"  # "Committee", not "the" read as a verb
    assert found[1].span.root.i != found[1].span[0].i


def test_each_item_of_a_list_of_demands_is_its_own_claim() -> None:
    text = (
        "The authorities should:\n"
        "\u2022 release all those detained for taking part in the protests in Korvath last month\n"
        "\u2022 release Pavel Orsk and all other journalists held for reporting on the unrest"
    )
    demands = [c for c in analyze(text) if c.type == "demand"]
    assert [c.sentence[:20] for c in demands] == ["release all those de", "release Pavel Orsk a"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aR1 .:-(\u2022)\n"), max_size=300))
def test_paragraphs_with_list_marks_are_exact_slices_of_the_text(text: str) -> None:
    for paragraph in split_paragraphs(text):
        assert text[paragraph.start : paragraph.start + len(paragraph.text)] == paragraph.text
        assert paragraph.text.strip()


def test_a_headline_in_capitals_is_read_as_a_sentence() -> None:
    text = "GUARDS BEAT 12 HUNGER STRIKERS IN OSK PRISON\n\nThe strike began in May."
    [beating] = analyze(text)
    assert beating.type == "torture"
    assert beating.sentence == "GUARDS BEAT 12 HUNGER STRIKERS IN OSK PRISON"
    assert text[beating.start : beating.end] == beating.sentence
    assert beating.agent == "GUARDS"
    [figure] = beating.counts
    assert figure.low == 12 and figure.unit.endswith("strikers")  # not "STRIKERS IN OSK"


def test_a_headline_in_capitals_with_a_dropped_was_names_its_victim() -> None:
    [release] = analyze("BLOGGER FREED AFTER EIGHT MONTHS IN DETENTION, FAMILY SAYS")
    assert release.type == "release"
    assert release.target == "BLOGGER"


def test_capitals_inside_ordinary_prose_are_left_to_the_tagger() -> None:
    text = "The UN and the OSCE said police detained 30 people in Brisk."
    [detention] = analyze(text)
    assert detention.agent == "police"


def test_closing_quotes_and_footnote_calls_stay_with_the_sentence_they_close() -> None:
    text = (
        "Guards said the fee was for \u201cextra visits.\u201d[19] Relatives paid it.\n\n"
        "The rule was \u201cinformal.\u201d[7]"
    )
    sentences = [
        s.text
        for index, (paragraph, doc) in enumerate(parse_paragraphs(split_paragraphs(text)))
        for s in sentences_of(index, paragraph, doc)
    ]
    assert sentences == [
        "Guards said the fee was for \u201cextra visits.\u201d[19]",
        "Relatives paid it.",
        "The rule was \u201cinformal.\u201d[7]",
    ]
    for index, (paragraph, doc) in enumerate(parse_paragraphs(split_paragraphs(text))):
        for sentence in sentences_of(index, paragraph, doc):
            assert text[sentence.start : sentence.end] == sentence.text


def test_a_transcript_speaker_label_is_parsed_apart_from_what_is_said() -> None:
    text = "Q: Who was expelled?\nA: Twenty foreign citizens were expelled last week.\n"
    texts = [p.text.strip() for p in split_paragraphs(text)]
    assert texts == [
        "Q:",
        "Who was expelled?",
        "A:",
        "Twenty foreign citizens were expelled last week.",
    ]
    assert {c.type for c in analyze(text)} == {"forced_displacement"}
    headline = "VARNIA: STUDENT LEADER MISSING AFTER ARREST"
    assert [p.text for p in split_paragraphs(headline)] == [headline]


def test_a_quoted_slogan_in_capitals_is_read_as_words() -> None:
    types = {c.type for c in analyze('Someone painted "LEAVE OR DIE" on his gate.')}
    assert types == {"death_threat"}
