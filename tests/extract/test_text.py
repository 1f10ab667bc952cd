"""Text and metadata extraction: clean main text from HTML, text kept as is, PDF text layer."""

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factfinder.errors import InputError
from factfinder.extract.text import decode_html, detect_language, extract_text, normalise_newlines

DATA = Path(__file__).parent.parent / "sources" / "data"
HERALD = (DATA / "herald-six-prisons.html").read_bytes()


def _pdf(text: str) -> bytes:
    from tests.sources.conftest import minimal_pdf

    return minimal_pdf(text)


@pytest.fixture(scope="module")
def herald():
    return extract_text(HERALD, "text/html", url="https://herald.example.org/ostrel/six-prisons")


def test_html_main_text_without_navigation_comments_footer_or_most_read(herald) -> None:
    assert "at least six secret prisons" in herald.text
    assert "more than 100 men had been detained" in herald.text
    assert "no reason to believe them" in herald.text
    for boilerplate in ("Subscribe", "Kerrow United", "Reader77", "All rights reserved"):
        assert boilerplate not in herald.text


def test_html_metadata(herald) -> None:
    assert herald.title == "Monitors now count six secret prisons in Ostrel"
    assert herald.author == "Ilse Marrow"
    assert herald.publisher == "The Varnia Herald"
    assert herald.published == dt.date(2026, 4, 3)
    assert herald.language == "en"


def test_html_embedded_media_links_are_absolute(herald) -> None:
    assert herald.embedded_media == [
        {"kind": "iframe", "url": "https://video.example.org/embed/vell-speech"},
        {"kind": "image", "url": "https://herald.example.org/images/ostrel-map.png"},
    ]


def test_html_without_readable_text_is_refused() -> None:
    with pytest.raises(InputError, match="no readable text"):
        extract_text(b"<html><body><script>var x = 1;</script></body></html>", "text/html")


def test_plain_text_is_kept_as_is_except_newlines() -> None:
    raw = b"Statement\r\n\r\n  Forty men\twere held.\rEnd.  \n"
    result = extract_text(b"\xef\xbb\xbf" + raw, "text/plain")
    assert result.text == "Statement\n\n  Forty men\twere held.\nEnd.  \n"
    assert result.title == "Statement"


def test_invalid_utf8_text_is_refused() -> None:
    with pytest.raises(InputError, match="invalid UTF-8"):
        extract_text(b"Kerrow caf\xe9", "text/plain")


def test_pdf_text_layer_and_metadata() -> None:
    result = extract_text(_pdf("Forty men were detained in Kerrow on 2 April."), "application/pdf")
    assert result.text == "Forty men were detained in Kerrow on 2 April."
    assert result.title == "Ostrel detentions briefing"
    assert result.author == "Ostrel Monitoring Group"


def test_pdf_without_text_layer_and_broken_pdf_are_refused() -> None:
    from tests.sources.conftest import blank_pdf

    with pytest.raises(InputError, match="no text layer"):
        extract_text(blank_pdf(), "application/pdf")
    with pytest.raises(InputError, match="malformed PDF"):
        extract_text(b"%PDF-1.4\n garbage without objects", "application/pdf")


def test_language_detection() -> None:
    assert detect_language("The men said that the prisons were in the north and the south.") == "en"
    assert detect_language("Les hommes ont dit que la prison est dans le nord et que les") == "fr"
    assert detect_language("1 2 3") is None


@given(st.text())
def test_normalised_text_has_no_carriage_returns_and_keeps_everything_else(text: str) -> None:
    normalised = normalise_newlines(text)
    assert "\r" not in normalised
    assert normalised.replace("\n", "") == text.replace("\r", "").replace("\n", "")
    assert normalise_newlines(normalised) == normalised


LATIN1_PAGE = (
    "<html><head><meta charset='iso-8859-1'><title>Détenus libérés à Osk</title></head><body>"
    "<article><p>Les détenus ont été libérés après trois semaines de détention au secret, a "
    "déclaré leur avocat, qui demande une enquête indépendante sur les mauvais traitements."
    "</p></article></body></html>"
)


@pytest.mark.parametrize(
    ("data", "content_type"),
    [
        (LATIN1_PAGE.encode("utf-8"), None),  # UTF-8 wins over a wrong <meta> charset
        (LATIN1_PAGE.encode("iso-8859-1"), None),  # the <meta> charset
        (LATIN1_PAGE.encode("iso-8859-1"), "text/html; charset=ISO-8859-1"),  # the header's
        (b"\xef\xbb\xbf" + LATIN1_PAGE.encode("utf-8"), None),  # a byte-order mark
        (
            ("<?xml version='1.0' encoding='iso-8859-1'?>" + LATIN1_PAGE).encode("iso-8859-1"),
            None,
        ),
    ],
)
def test_html_is_decoded_before_extraction(data: bytes, content_type: str | None) -> None:
    extracted = extract_text(data, "text/html", content_type=content_type)
    assert extracted.title == "Détenus libérés à Osk"
    assert "ont été libérés" in extracted.text


@given(st.binary(max_size=2048), st.one_of(st.none(), st.text(max_size=60)))
def test_any_bytes_decode_to_text_without_an_error(data: bytes, content_type: str | None) -> None:
    assert isinstance(decode_html(data, content_type), str)


# Text that neither starts with an XML declaration (dropped once decoded) nor with a BOM.
PLAIN_TEXT = st.text(max_size=500).filter(
    lambda text: not text.lstrip().startswith(("<?xml", "\ufeff"))
)


@given(PLAIN_TEXT)
def test_utf8_pages_decode_to_exactly_their_text(text: str) -> None:
    assert decode_html(text.encode("utf-8")) == text
