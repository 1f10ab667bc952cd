"""Media types are judged from the bytes first; anything but HTML, text and PDF is refused."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factfinder.errors import InputError
from factfinder.sources.media import HTML, PDF, TEXT, detect_media_type


@pytest.mark.parametrize(
    ("data", "name", "content_type", "expected"),
    [
        (b"%PDF-1.4\n...", "report.bin", None, PDF),
        (b"<!DOCTYPE html><html><body>x</body></html>", "report.txt", None, HTML),
        (b"\xef\xbb\xbf  <html lang=en><p>hi</p></html>", None, None, HTML),
        (b"<p>fragment</p>", None, "text/html; charset=utf-8", HTML),
        (b"Forty men were detained.", "statement.txt", None, TEXT),
        (b"\xef\xbb\xbfWith a byte order mark.", "bom.txt", None, TEXT),
        (b"No name at all but clearly words.", None, None, TEXT),
        (b"# Notes\n\nmarkdown is text", "notes.md", None, TEXT),
        (b"Served as octets", "x", "application/octet-stream", TEXT),
    ],
)
def test_detects_reports(data: bytes, name: str | None, content_type: str | None, expected: str):
    assert detect_media_type(data, name, content_type) == expected


@pytest.mark.parametrize(
    ("data", "name", "content_type", "message"),
    [
        (b"", "empty.txt", None, "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "photo.png", None, "unsupported type image/png"),
        (b"PK\x03\x04rest", "report.docx", None, "unsupported type application/zip"),
        (b"col1,col2", "table.xlsx", None, "unsupported type"),
        (b"<?xml version='1.0'?><rss></rss>", "feed.xml", None, "--feed"),
        (b"caf\xe9 in latin-1", "statement.txt", None, "invalid UTF-8 in a text file at byte 3"),
        (b"caf\xe9", None, "text/plain", "invalid UTF-8"),
        (b"\x00\x01\x02\x03\xff\xfe\x80junk", None, None, "binary data"),
        (b"\x00\x01\x02\x03\x04\x05\x06\x07\x08", "x", None, "binary data"),
    ],
)
def test_refuses_with_a_clear_reason(
    data: bytes, name: str | None, content_type: str | None, message: str
) -> None:
    with pytest.raises(InputError, match=message.replace("-", r"\-")):
        detect_media_type(data, name, content_type)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), min_size=1))
def test_any_printable_utf8_without_markup_is_text(text: str) -> None:
    data = text.encode("utf-8")
    if data.lstrip().startswith(b"<") or data.startswith(b"%PDF-"):
        return
    assert detect_media_type(data, "note.txt") == TEXT


@given(st.binary(min_size=1, max_size=200))
def test_arbitrary_bytes_are_classified_or_refused_never_crash(data: bytes) -> None:
    try:
        assert detect_media_type(data, "upload") in (HTML, TEXT, PDF)
    except InputError as exc:
        assert str(exc)
