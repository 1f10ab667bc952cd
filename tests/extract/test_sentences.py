"""Paragraph chunks and sentences: exact offsets, headings split off, huge paragraphs cut."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factfinder.extract.sentences import MAX_CHUNK_CHARS, split_paragraphs


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
