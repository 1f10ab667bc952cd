"""Fixtures for acquisition tests: a real HTTP server on 127.0.0.1 and generated originals."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

DATA = Path(__file__).parent / "data"
HERALD_HTML = (DATA / "herald-six-prisons.html").read_bytes()
STATEMENT_TXT = (DATA / "ngo-statement.txt").read_bytes()
CACHED_ETAG = '"herald-v1"'

EMBED_PAGE = b"""<!DOCTYPE html><html lang="en"><head><title>Video</title></head>
<body><p>Embedded speech player.</p></body></html>"""

CAPTURE_PAGE = b"""<!DOCTYPE html><html lang="en"><head><title>Kerrow detentions</title>
<meta property="og:site_name" content="Ostrel Monitor"></head><body><article>
<h1>Forty men detained in Kerrow</h1>
<p>The Ostrel Monitoring Group said that 40 men were detained in the town of Kerrow on
2 April and taken to an unknown location by officers of the provincial security service.</p>
<p>Watch the statement of the group's spokesperson below.</p>
<iframe src="/embed/statement"></iframe>
<video src="/media/statement.mp4"></video>
<p>Relatives said they had not been told where the men are held.</p>
</article></body></html>"""

PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def rss_feed(base: str) -> bytes:
    """An RSS feed whose first entry links to a live page and second to a missing one."""
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Ostrel Monitor feed</title><link>{base}/</link>
<description>Reports from Ostrel</description>
<item><title>Six secret prisons</title><link>{base}/article.html</link>
<guid>entry-1</guid><pubDate>Fri, 03 Apr 2026 09:30:00 GMT</pubDate>
<description>Monitors count six prisons.</description></item>
<item><title>Families asked for bribes</title><link>{base}/missing</link>
<guid>entry-2</guid><pubDate>Sat, 04 Apr 2026 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Families of detained men in Ostrel said officials demanded bribes of
up to 2,000 dollars for the release of their relatives, according to the Ostrel Monitoring
Group, which interviewed eleven families in Kerrow and Varn.&lt;/p&gt;</description></item>
</channel></rss>""".encode()


class _Handler(BaseHTTPRequestHandler):
    base = ""

    def log_message(self, format: str, *args: object) -> None:  # quiet test output
        return

    def _send(self, status: int, body: bytes, content_type: str, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", headers.pop("length", str(len(body))))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        path = self.path
        if path == "/article.html":
            self._send(200, HERALD_HTML, "text/html; charset=utf-8")
        elif path == "/capture.html":
            self._send(200, CAPTURE_PAGE, "text/html; charset=utf-8")
        elif path == "/embed/statement":
            self._send(200, EMBED_PAGE, "text/html")
        elif path == "/statement.txt":
            self._send(200, STATEMENT_TXT, "text/plain; charset=utf-8")
        elif path == "/cached.html":
            # An ETag'd page: unchanged (304, no body) for a client that sends its ETag back.
            if self.headers.get("If-None-Match") == CACHED_ETAG:
                self._send(304, b"", "text/html", ETag=CACHED_ETAG)
            else:
                self._send(200, HERALD_HTML, "text/html; charset=utf-8", ETag=CACHED_ETAG)
        elif path == "/always-304":
            self._send(304, b"", "text/html")
        elif path == "/moved-nowhere":
            self._send(302, b"", "text/plain")
        elif path == "/hop1":
            self._send(302, b"", "text/plain", Location="/hop2")
        elif path == "/hop2":
            self._send(301, b"", "text/plain", Location=f"{self.base}/article.html")
        elif path == "/loop":
            self._send(302, b"", "text/plain", Location="/loop")
        elif path == "/to-ftp":
            self._send(302, b"", "text/plain", Location="ftp://files.example.org/x")
        elif path == "/slow":
            time.sleep(2)
            self._send(200, HERALD_HTML, "text/html")
        elif path == "/huge":
            # Announces more than the limit; the client must refuse before reading it.
            self._send(200, b"<html>" + b"x" * 1000, "text/html", length=str(60 * 1024 * 1024))
        elif path == "/chunky":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(64):
                self.wfile.write(b"<p>" + b"y" * 1024 + b"</p>")
            self.close_connection = True
        elif path == "/image.png":
            self._send(200, PNG_BYTES, "image/png")
        elif path == "/feed.xml":
            self._send(200, rss_feed(self.base), "application/rss+xml")
        else:
            self._send(404, b"not here", "text/plain")


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        """A client that gave up (timeout tests) is expected, not an error to print."""


@pytest.fixture(autouse=True)
def allow_loopback_fetches(monkeypatch: pytest.MonkeyPatch) -> None:
    """The test server listens on 127.0.0.1, which URL ingest refuses by default (netguard)."""
    monkeypatch.setenv("FACTFINDER_ALLOW_PRIVATE_ADDRESSES", "1")


@pytest.fixture(scope="session")
def web_server() -> Iterator[str]:
    """Base URL of a real HTTP server on 127.0.0.1; tests never contact any other address."""
    server = _QuietServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    base = f"http://127.0.0.1:{server.server_address[1]}"
    _Handler.base = base
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()
    server.server_close()


@pytest.fixture
def closed_port_url() -> str:
    """A URL on 127.0.0.1 where nothing listens: an unreachable host without leaving the box."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/report.html"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def minimal_pdf(text: str) -> bytes:
    """A valid one-page PDF with `text` in its text layer, built by hand with a correct xref."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Title (Ostrel detentions briefing) /Author (Ostrel Monitoring Group) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, xref)
    )
    return out.getvalue()


def blank_pdf() -> bytes:
    """A valid PDF whose page has no text at all, like a scan without OCR."""
    return minimal_pdf("").replace(b"BT /F1 12 Tf 72 720 Td () Tj ET", b"q Q" + b" " * 28)


def make_warc(pages: list[tuple[str, bytes, str]], *, gzip: bool = False) -> bytes:
    """A WARC with a request and a response record per (uri, body, content type)."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    for uri, body, content_type in pages:
        request = writer.create_warc_record(
            uri,
            "request",
            payload=io.BytesIO(b""),
            http_headers=StatusAndHeaders(
                "GET / HTTP/1.1", [("Host", "news.example.org")], is_http_request=True
            ),
        )
        writer.write_record(request)
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            uri,
            "response",
            payload=io.BytesIO(body),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": "2026-04-05T08:15:00Z"},
        )
        writer.write_record(record)
    return buffer.getvalue()


_CRASHING_RUN = """
import os, signal, sys
from pathlib import Path
from factfinder.sources.originals import stage_bytes, staging_run
root = Path(sys.argv[1])
with staging_run(root):
    stage_bytes(root, sys.argv[2].encode())
    os.kill(os.getpid(), signal.SIGKILL)  # killed mid-batch: no clean-up code runs
"""


def crash_while_staging(root: Path, text: str) -> Path:
    """Stage `text` in a run that another process starts and kill -9 ends before publishing;
    the hidden partial it leaves, dated two hours back."""
    before = set(root.rglob(".partial-*"))
    crashed = subprocess.run([sys.executable, "-c", _CRASHING_RUN, str(root), text])
    assert crashed.returncode == -9
    [partial] = set(root.rglob(".partial-*")) - before
    age(partial, hours=2)
    return partial


def age(path: Path, *, hours: float) -> None:
    """Date a file's last write `hours` back, as if written by a run that long ago."""
    then = time.time() - hours * 3600
    os.utime(path, (then, then))
