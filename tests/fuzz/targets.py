"""The parsers that read untrusted bytes, each wrapped as a fuzz target taking one bytes input.

A target may end in one of factfinder's own errors (FactfinderError: the one clear message a
user gets); anything else escaping is a crash. The atheris harness (tests/fuzz/harness.py) and
the Hypothesis property tests (tests/protect/test_parser_properties.py) share these targets.
"""

from __future__ import annotations

import atexit
import datetime as dt
import functools
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from factfinder.errors import FactfinderError

SAMPLES = Path(__file__).resolve().parents[2] / "src" / "factfinder" / "samples"
PUBLISHED = dt.date(2026, 5, 1)


def html(data: bytes) -> None:
    from factfinder.extract.text import HTML, extract_text

    # The first line doubles as an HTTP Content-Type header, whose charset decoding honours.
    header = data.split(b"\n", 1)[0][:100].decode("latin-1")
    extract_text(data, HTML, url="https://example.org/a/b.html", content_type=header)


def plain_text(data: bytes) -> None:
    from factfinder.extract.text import TEXT, extract_text

    extract_text(data, TEXT)


def pdf(data: bytes) -> None:
    from factfinder.extract.text import PDF, extract_text

    extract_text(data, PDF)


def feed(data: bytes) -> None:
    from factfinder.sources.feeds import read_feed

    read_feed(data)


_WARC_DIR = Path(tempfile.mkdtemp(prefix="factfinder-fuzz-warc-"))
atexit.register(shutil.rmtree, _WARC_DIR, ignore_errors=True)


def warc(data: bytes) -> None:
    from factfinder.sources.warc import WarcResponse, iter_warc_responses

    # WARC is read from a file (archives are streamed); gzip members are tried by the name.
    name = "input.warc.gz" if data[:2] == b"\x1f\x8b" else "input.warc"
    path = _WARC_DIR / name
    path.write_bytes(data)
    try:
        for item in iter_warc_responses(path):
            if isinstance(item, WarcResponse):
                try:
                    item.retrieved_at  # noqa: B018 — ingest reads it and fails the item on ValueError
                except ValueError:
                    pass
    finally:
        path.unlink(missing_ok=True)


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def dates(data: bytes) -> None:
    from factfinder.extract.dates import parse_user_date, resolve_dates

    text = _text(data)
    resolve_dates(text, PUBLISHED)
    resolve_dates(text, None)
    parse_user_date(text)


def quantities(data: bytes) -> None:
    from factfinder.extract.quantities import find_figures

    find_figures(_text(data))


def _public_resolver(host: str, port: int, **_kwargs: object) -> list[tuple[object, ...]]:
    """Every name resolves to one public address: the URL checks run without the network."""
    return [(None, None, None, "", ("93.184.216.34", port))]


def url(data: bytes) -> None:
    from factfinder.protect.netguard import check_outbound_url
    from factfinder.sources.web import check_url

    # URLs reach ingest from users, feeds and redirects' Location headers.
    text = _text(data)
    check_url(text)
    check_outbound_url(text, resolve=_public_resolver)


TARGETS: dict[str, Callable[[bytes], None]] = {
    "html": html,
    "text": plain_text,
    "pdf": pdf,
    "feed": feed,
    "warc": warc,
    "dates": dates,
    "quantities": quantities,
    "url": url,
}


def run_one(target: Callable[[bytes], None], data: bytes) -> None:
    """Run a target; the project's own errors are the expected way to refuse bad input."""
    try:
        target(data)
    except FactfinderError:
        pass


@functools.cache
def seeds(name: str) -> tuple[bytes, ...]:
    """Well-formed inputs to start from, so mutations explore the parsers' deeper paths.

    Made once per process: a WARC's record ids and dates are new each time it is written.
    """
    from tests.sources.conftest import HERALD_HTML, make_warc, minimal_pdf, rss_feed

    samples = sorted(SAMPLES.glob("*.html")), sorted(SAMPLES.glob("*.txt"))
    first_html = samples[0][0].read_bytes()
    found: dict[str, list[bytes]] = {
        "html": [path.read_bytes() for path in samples[0]] + [HERALD_HTML],
        "text": [path.read_bytes() for path in samples[1]],
        "pdf": [minimal_pdf("Police detained 40 men in Osk on 3 May 2026, the monitor said.")],
        "feed": [rss_feed("http://127.0.0.1:1")],
        "warc": [
            make_warc([("http://example.org/a", first_html, "text/html")]),
            make_warc([("http://example.org/b", first_html, "text/html")], gzip=True),
        ],
        "dates": [
            b"On Monday 26 May 2017, police detained 100 men, the paper said last month.",
            b"Between 3 and 5 April 2024; in spring 2019; 04.05.2017; Q3 2021; the 1990s.",
        ],
        "url": [
            b"https://example.org/reports/osk?id=1#top",
            b"http://[2001:db8::1]:8080/a",
            b"http://user:pass@xn--bcher-kva.example:443/",
        ],
        "quantities": [
            b"More than 100 men were held in two - later five - facilities, at least 40 of them.",
            b"Between 1,150 and 2 million people, dozens of others, a third of the 600 families.",
        ],
    }
    return tuple(found[name])


def seed_directory(name: str) -> Path:
    """A fresh corpus folder holding the seeds (libFuzzer adds what it finds to it)."""
    folder = Path(tempfile.mkdtemp(prefix=f"factfinder-fuzz-{name}-"))
    for number, seed in enumerate(seeds(name)):
        (folder / f"seed-{number}").write_bytes(seed)
    return folder
