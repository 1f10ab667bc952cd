"""Feeds and WARC archives are read into items; malformed or truncated ones are refused."""

import datetime as dt

import pytest

from factfinder.errors import InputError
from factfinder.sources.feeds import read_feed
from factfinder.sources.warc import WarcResponse, iter_warc_responses
from tests.sources.conftest import HERALD_HTML, PNG_BYTES, make_warc, rss_feed

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Varnia NGO statements</title>
<id>urn:varnia:statements</id><updated>2026-04-06T00:00:00Z</updated>
<entry><title>Release the Kerrow detainees</title><id>urn:varnia:1</id>
<updated>2026-04-06T12:00:00Z</updated>
<content type="text">We call for the release of the forty men held in Kerrow.</content></entry>
</feed>"""


def test_rss_entries() -> None:
    title, entries = read_feed(rss_feed("http://127.0.0.1:1"))
    assert title == "Ostrel Monitor feed"
    assert [e.link for e in entries] == [
        "http://127.0.0.1:1/article.html",
        "http://127.0.0.1:1/missing",
    ]
    assert entries[0].published == dt.date(2026, 4, 3)
    assert entries[1].entry_id == "entry-2"
    assert "bribes" in entries[1].content


def test_atom_entry_with_plain_text_content() -> None:
    _title, entries = read_feed(ATOM)
    assert entries[0].link is None
    assert entries[0].content_type == "text/plain"
    assert entries[0].published == dt.date(2026, 4, 6)


@pytest.mark.parametrize(
    "data", [b"", b"<html><body>not a feed</body></html>", b"<rss><channel><item>", b"\x00\xff"]
)
def test_malformed_feeds_are_refused(data: bytes) -> None:
    with pytest.raises(InputError, match="feed"):
        read_feed(data)


def _write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("gzip", [False, True])
def test_warc_yields_html_and_text_responses_only(tmp_path, gzip: bool) -> None:
    data = make_warc(
        [
            ("https://news.example.org/a", HERALD_HTML, "text/html; charset=utf-8"),
            ("https://news.example.org/map.png", PNG_BYTES, "image/png"),
            ("https://news.example.org/b.txt", b"Forty men held in Kerrow.", "text/plain"),
        ],
        gzip=gzip,
    )
    path = _write(tmp_path, "crawl.warc.gz" if gzip else "crawl.warc", data)
    records = list(iter_warc_responses(path))
    assert all(isinstance(r, WarcResponse) for r in records)
    assert [r.target_uri for r in records] == [
        "https://news.example.org/a",
        "https://news.example.org/b.txt",
    ]
    assert records[0].data == HERALD_HTML
    assert records[0].retrieved_at == dt.datetime(2026, 4, 5, 8, 15, tzinfo=dt.UTC)
    assert records[0].record_id.startswith("<urn:uuid:")


@pytest.mark.parametrize("gzip", [False, True])
@pytest.mark.parametrize("cut", [60, 400, 2000])
def test_truncated_warc_keeps_what_came_before_and_reports_the_break(
    tmp_path, gzip: bool, cut: int
) -> None:
    data = make_warc(
        [
            ("https://news.example.org/a", HERALD_HTML, "text/html"),
            ("https://news.example.org/b", HERALD_HTML.replace(b"six", b"seven"), "text/html"),
        ],
        gzip=gzip,
    )
    path = _write(tmp_path, "cut.warc", data[: len(data) - cut])
    records = list(iter_warc_responses(path))
    assert isinstance(records[-1], InputError)
    assert "WARC" in str(records[-1])
    assert all(isinstance(r, WarcResponse) for r in records[:-1])


def test_not_a_warc(tmp_path) -> None:
    path = _write(tmp_path, "fake.warc", b"this is not an archive at all\n" * 3)
    records = list(iter_warc_responses(path))
    assert len(records) == 1 and isinstance(records[0], InputError)


def test_a_content_length_out_of_range_is_refused(tmp_path) -> None:
    # found by fuzzing: warcio overflowed reading a length no file can have
    data = make_warc([("https://news.example.org/a", HERALD_HTML, "text/html")])
    length = next(line for line in data.split(b"\r\n") if line.startswith(b"Content-Length"))
    path = _write(tmp_path, "huge.warc", data.replace(length, b"Content-Length: " + b"9" * 30))
    records = list(iter_warc_responses(path))
    assert len(records) == 1 and isinstance(records[0], InputError)
    assert "out of range" in str(records[0])
