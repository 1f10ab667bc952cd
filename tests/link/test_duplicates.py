"""Near-duplicate sources: syndicated copies group together, different articles do not."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factfinder.link.duplicates import duplicate_groups, normalise_text
from tests.link.stories import SYNDICATED_TEXT, WIRE_TEXT

OTHER = (
    "Police in Belgrove detained five journalists on Tuesday as they left the court house "
    "where a trial of local activists had been adjourned for the third time this year, "
    "colleagues said, adding that their cameras were confiscated."
)


def test_syndicated_copy_is_grouped_with_the_first_copy() -> None:
    groups = duplicate_groups([(7, SYNDICATED_TEXT), (3, WIRE_TEXT), (9, OTHER), (11, None)])
    assert groups[3][0] == groups[7][0] == 3
    assert groups[3][1] == 1.0 and 0.6 <= groups[7][1] < 1.0
    assert 9 not in groups and 11 not in groups


def test_case_punctuation_and_accents_do_not_hide_a_copy() -> None:
    shouted = WIRE_TEXT.upper().replace(",", "").replace("Osk", "Ósk")
    assert set(duplicate_groups([(1, WIRE_TEXT), (2, shouted)])) == {1, 2}


def test_short_texts_are_never_called_duplicates() -> None:
    assert (
        duplicate_groups([(1, "Police detained five men."), (2, "Police detained five men.")]) == {}
    )


@given(st.text(max_size=200))
def test_normalised_words_have_no_case_or_punctuation(text: str) -> None:
    for word in normalise_text(text):
        assert word == word.casefold() and all(ch.isalnum() or ch == "_" for ch in word)
