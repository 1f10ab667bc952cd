"""Property tests: whatever bytes the parsers are given, they fail only with factfinder's errors.

The same targets as the fuzzing run (tests/fuzz/targets.py), fed by Hypothesis: arbitrary
bytes, documents assembled from the pieces parsers branch on, and well-formed seeds with a
slice replaced or cut off. The tests at the end keep the bugs found this way as regressions.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factfinder.errors import InputError
from factfinder.extract.dates import parse_user_date
from factfinder.extract.text import extract_text
from factfinder.protect.netguard import check_outbound_url
from factfinder.sources.feeds import read_feed
from factfinder.sources.warc import WarcResponse, iter_warc_responses
from factfinder.sources.web import check_url
from tests.fuzz.targets import TARGETS, run_one, seeds
from tests.sources.conftest import make_warc


def relaxed(examples: int) -> settings:
    """Parsing a page takes milliseconds, not microseconds: no deadline, fewer examples."""
    return settings(
        max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow]
    )


HTML_PIECES = [
    "<html>",
    "</html>",
    "<head>",
    "<body>",
    "</body>",
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<article>",
    "<title>",
    "</title>",
    '<meta charset="',
    '<meta name="author" content="',
    '<html lang="',
    '<base href="',
    '<img src="',
    '<iframe src="',
    '<video poster="',
    '<source src="',
    '">',
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<?xml version='1.0'?>",
    "<script>",
    "</script>",
    "<table><tr><td>",
    "&amp;",
    "&#0;",
    "&#xFFFF;",
    "\x00",
    "\ufeff",
    "http://[",
    "https://",
    "javascript:",
    "data:",
    "utf-7",
    "idna",
    "utf-16",
    "x-unknown",
    "Police detained 40 men in Osk on 3 May 2026, the monitor said. ",
]
FEED_PIECES = [
    '<?xml version="1.0" encoding="',
    '"?>',
    '<rss version="2.0">',
    "</rss>",
    "<channel>",
    "</channel>",
    "<item>",
    "</item>",
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    "</feed>",
    "<entry>",
    "</entry>",
    "<title>",
    "</title>",
    "<link>",
    "</link>",
    '<link href="',
    '"/>',
    "<pubDate>",
    "</pubDate>",
    "<updated>",
    "</updated>",
    "<published>",
    "</published>",
    '<content type="',
    '">',
    "</content>",
    "<summary>",
    "</summary>",
    "<guid>",
    "</guid>",
    "Fri, 03 Apr 2026 09:30:00 GMT",
    "0000-01-01T00:00:00Z",
    "9999-12-31T23:59:59+14:00",
    "Mon, 31 Feb 2026 25:61:00 XYZ",
    "http://example.org/a",
    "text/plain",
    "html",
    "&lt;p&gt;",
]


def assembled(pieces: list[str]) -> st.SearchStrategy[bytes]:
    part = st.one_of(st.sampled_from(pieces), st.text(max_size=12))
    encoding = st.sampled_from(["utf-8", "latin-1", "utf-16"])
    return st.tuples(st.lists(part, max_size=40).map("".join), encoding).map(
        lambda pair: pair[0].encode(pair[1], errors="replace")
    )


@st.composite
def damaged(draw: st.DrawFn, name: str) -> bytes:
    """A seed with one slice replaced by arbitrary bytes, or cut off."""
    seed = draw(st.sampled_from(seeds(name)))
    start = draw(st.integers(0, len(seed)))
    end = draw(st.integers(start, min(len(seed), start + 64)))
    middle = draw(st.binary(max_size=32))
    tail = b"" if draw(st.booleans()) and draw(st.booleans()) else seed[end:]
    return seed[:start] + middle + tail


@pytest.mark.parametrize("name", list(TARGETS))
@relaxed(40)
@given(data=st.data())
def test_arbitrary_bytes_give_only_factfinder_errors(name: str, data: st.DataObject) -> None:
    run_one(TARGETS[name], data.draw(st.binary(max_size=2048)))


@pytest.mark.parametrize("name", ["html", "pdf", "feed", "warc"])
@relaxed(40)
@given(data=st.data())
def test_damaged_documents_give_only_factfinder_errors(name: str, data: st.DataObject) -> None:
    run_one(TARGETS[name], data.draw(damaged(name)))


@relaxed(60)
@given(assembled(HTML_PIECES))
def test_assembled_html_gives_only_factfinder_errors(data: bytes) -> None:
    run_one(TARGETS["html"], data)


@relaxed(100)
@given(assembled(FEED_PIECES))
def test_assembled_feeds_give_only_factfinder_errors(data: bytes) -> None:
    run_one(TARGETS["feed"], data)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_user_dates_are_a_date_or_a_clear_error(value: str) -> None:
    try:
        parse_user_date(value)
    except InputError as exc:
        assert str(exc).startswith("not a date")


@relaxed(300)
@given(st.text(max_size=80).map(lambda tail: "http://" + tail))
def test_urls_are_checked_or_refused_clearly(url: str) -> None:
    run_one(TARGETS["url"], url.encode("utf-8", errors="replace"))


@pytest.mark.parametrize("url", ["http://[bad/x", "https://[::1", "http://host]:80/"])
def test_a_url_with_a_broken_ipv6_host_is_refused_clearly(url: str) -> None:
    with pytest.raises(InputError, match="malformed URL"):
        check_url(url)
    with pytest.raises(InputError, match="malformed URL"):
        check_outbound_url(url)


def test_media_links_with_a_broken_ipv6_host_are_skipped() -> None:
    page = (
        b"<html><body><p>Police detained forty men in Osk on Monday, the monitor said.</p>"
        b'<base href="http://[q"><img src="http://[bad/x.png"><img src="/ok.png"></body></html>'
    )
    found = extract_text(page, "text/html", url="https://example.org/a")
    assert found.embedded_media == [{"kind": "image", "url": "https://example.org/ok.png"}]


@pytest.mark.parametrize("declared", [b"\x00utf-8", b"\x80utf-8"])
def test_a_garbled_encoding_declaration_is_a_malformed_feed(declared: bytes) -> None:
    feed = seeds("feed")[0].replace(b'encoding="utf-8"', b'encoding="' + declared + b'"', 1)
    with pytest.raises(InputError, match="malformed feed"):
        read_feed(feed)


def test_a_warc_record_longer_than_its_length_is_not_echoed_on_stderr(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    # Bytes after a record's declared end: warcio itself would print them as a warning.
    page = b"<html><body><p>Police detained forty men in Osk.</p></body></html>"
    archive = make_warc([("http://example.org/a", page, "text/html")])
    cut = archive.index(b"WARC/1.0", 10) - 4
    path = tmp_path / "extra.warc"
    path.write_bytes(archive[:cut] + b"safe house Quillon\r\n" + archive[cut:])
    records = list(iter_warc_responses(path))
    assert isinstance(records[0], WarcResponse) and records[0].data == page
    assert "Quillon" not in capfd.readouterr().err


def test_a_feed_date_in_year_zero_is_no_date() -> None:
    atom = (
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
        b"<entry><title>a</title><updated>0000-01-01T00:00:00Z</updated>"
        b'<content type="text">Forty men were detained.</content></entry></feed>'
    )
    _title, entries = read_feed(atom)
    assert entries[0].published is None and entries[0].content == "Forty men were detained."


def test_a_pdf_whose_content_is_a_reference_loop_is_malformed() -> None:
    # A minimal PDF after a few mutations (atheris): object 5's dictionary broken, the xref
    # repeated; pypdf follows the page's content to a reference loop (LimitReachedError).
    looped = (
        b"%PDF-1.4\n"
        b"1 0 obj\n"
        b"<< /Fype /Catalog /Pages 2 0 R >>\n"
        b"endobj\n"
        b"2 0 obj\n"
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>\n"
        b"endobj\n"
        b"3 0 obj\n"
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>\n"
        b"endobj\n"
        b"4 0 obj\n"
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\n"
        b"endobj\n"
        b"5 0 obj\n"
        b"< /Title (Ostrel detentions briefing) /Author (Ostrel Monitoring Group) >>\n"
        b"endobj\n"
        b"xref\n"
        b"0 7\n"
        b"0000000000 65535 f \n"
        b"0000000009 00000 n \n"
        b"0000003122 00000 n \n"
        b"00000trel detentions briefing) /Author (Ostrel Monitoring Group) >>\n"
        b"endobj\n"
        b"xref\n"
        b"0 7\n"
        b"0000000000 65535 f \n"
        b"0000000009 00000 n \n"
        b"0000003122 00000 n \n"
        b"0000000115 00000 n \n"
        b"0000000241 00000 n \n"
        b"0000000311 00000 n \n"
        b"0000000454 00000 n \n"
        b"trailer\n"
        b"<< /Size 7 /Root 1 0 R /Info 6 0 R >>\n"
        b"startxref\n"
        b"545\n"
        b"%%EOF\n"
    )
    with pytest.raises(InputError, match="malformed PDF"):
        extract_text(looped, "application/pdf")
