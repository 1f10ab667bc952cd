"""Whether a text is English, so that extraction says so instead of returning garbage."""

from __future__ import annotations

import unicodedata

from factfinder.extract.text import detect_language as function_word_language

# Letters of these scripts mark a text as not English whatever its function words say.
_SCRIPT_LANGUAGES = (
    ("CYRILLIC", "ru"),
    ("ARABIC", "ar"),
    ("HEBREW", "he"),
    ("GREEK", "el"),
    ("CJK", "zh"),
    ("HIRAGANA", "ja"),
    ("KATAKANA", "ja"),
    ("HANGUL", "ko"),
    ("DEVANAGARI", "hi"),
    ("THAI", "th"),
    ("GEORGIAN", "ka"),
    ("ARMENIAN", "hy"),
)
SAMPLE_CHARS = 20000


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text to tell.

    A mostly non-Latin script decides first; Latin-script text is judged by its function
    words; a short Latin-script text without telling words counts as English, because
    one-line reports ("Police detained five men.") must still be analysed.
    """
    sample = text[:SAMPLE_CHARS]
    letters = [char for char in sample if char.isalpha()]
    if not letters:
        return None
    scripts: dict[str, int] = {}
    for char in letters:
        if char.isascii():
            continue
        name = unicodedata.name(char, "")
        for script, code in _SCRIPT_LANGUAGES:
            if name.startswith(script):
                scripts[code] = scripts.get(code, 0) + 1
                break
    if scripts:
        code, count = max(scripts.items(), key=lambda item: item[1])
        if count > len(letters) / 2:
            return code
    return function_word_language(sample) or "en"


def is_english(text: str) -> bool:
    """True when the text reads as English (or is too short to read as anything else)."""
    return detect_language(text) in (None, "en")
