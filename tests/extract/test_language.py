"""Language detection: English goes on; other languages are named so the CLI can say so."""

from __future__ import annotations

from factfinder.extract.language import detect_language, is_english


def test_english_report() -> None:
    assert (
        detect_language("Police said that the men were detained in the capital on Monday.") == "en"
    )


def test_short_english_line_counts_as_english() -> None:
    assert is_english("Police detained five men.")


def test_other_languages_are_named() -> None:
    assert (
        detect_language("La police a arrêté les militants et les a emmenés dans un camp.") == "fr"
    )
    assert detect_language("Полиция задержала пятерых активистов в столице.") == "ru"
    assert detect_language("الشرطة اعتقلت خمسة ناشطين في العاصمة") == "ar"


def test_no_letters_means_no_language() -> None:
    assert detect_language("12 34 !!!") is None
    assert is_english("")
