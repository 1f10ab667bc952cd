"""Fetch a report over HTTP(S) with httpx: time-limited, size-limited, every redirect recorded."""

from __future__ import annotations

import datetime as dt
import socket
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from factfinder import __version__
from factfinder.errors import InputError
from factfinder.protect.netguard import Resolver, check_outbound_url
from factfinder.settings import HTTP_TIMEOUT_SECONDS, MAX_REDIRECTS, MAX_SOURCE_BYTES

ALLOWED_SCHEMES = ("http", "https")
NOT_MODIFIED = 304
# Request headers that make a GET conditional: only then may the answer be 304 Not Modified.
VALIDATOR_HEADERS = frozenset({"if-none-match", "if-modified-since"})
USER_AGENT = f"factfinder/{__version__} (human-rights documentation; preserves what it reads)"


@dataclass
class FetchedPage:
    """A response body as received, with what the server said about it."""

    uri: str
    final_uri: str
    status: int
    headers: dict[str, str]
    data: bytes
    retrieved_at: dt.datetime
    redirects: list[dict[str, Any]] = field(default_factory=list)

    @property
    def content_type(self) -> str | None:
        return self.headers.get("content-type")

    @property
    def not_modified(self) -> bool:
        """A 304 answer to a conditional GET: unchanged since the validators sent; no body."""
        return self.status == NOT_MODIFIED


def check_url(url: str) -> None:
    """Refuse anything but http(s) URLs with a host (file:, ftp:, javascript: …)."""
    try:
        parts = urlsplit(url)
    except ValueError:  # "http://[x": a broken IPv6 host (found by fuzzing)
        raise InputError("malformed URL: its host cannot be read") from None
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise InputError(
            f"unsupported URL scheme '{parts.scheme.lower()}:' (only http and https are fetched)"
        )
    if not parts.hostname:
        raise InputError("URL has no host")


def fetch_url(
    url: str,
    *,
    timeout: float = HTTP_TIMEOUT_SECONDS,
    max_bytes: int = MAX_SOURCE_BYTES,
    client: httpx.Client | None = None,
    allow_private: bool = False,
    resolve: Resolver = socket.getaddrinfo,
    headers: Mapping[str, str] | None = None,
) -> FetchedPage:
    """GET a URL, following up to MAX_REDIRECTS redirects by hand so each hop is recorded.

    The body is read in chunks and abandoned as soon as it passes `max_bytes`; the whole
    exchange must finish within a few times `timeout`, so a host that trickles bytes cannot
    stall a batch. Unless `allow_private`, the URL and every redirect target must resolve to
    public addresses only (protect.netguard).

    `headers` go with every request; with validators among them (If-None-Match,
    If-Modified-Since) a 304 answer comes back as a page whose `not_modified` is true and
    whose body is empty. A 304 to a request without validators is an error.
    """
    extra = dict(headers or {})
    conditional = any(name.lower() in VALIDATOR_HEADERS for name in extra)
    check_url(url)
    if not allow_private:
        check_outbound_url(url, resolve=resolve)
    own_client = client is None
    if client is None:
        client = httpx.Client(
            timeout=httpx.Timeout(timeout),
            follow_redirects=False,
            headers={"User-Agent": USER_AGENT},
        )
    deadline = time.monotonic() + 3 * timeout
    redirects: list[dict[str, Any]] = []
    current = url
    try:
        for _hop in range(MAX_REDIRECTS + 1):
            with client.stream("GET", current, headers=extra) as response:
                if response.status_code == NOT_MODIFIED:
                    if not conditional:
                        raise InputError("HTTP 304 Not Modified to a request without validators")
                    return _page(url, response, b"", redirects)
                if response.is_redirect:
                    location = response.headers.get("location", "")
                    if not location:
                        raise InputError(f"HTTP {response.status_code} without a Location header")
                    try:
                        target = urljoin(current, location)
                    except ValueError:
                        raise InputError("redirect to a malformed URL") from None
                    redirects.append(
                        {"from": current, "status": response.status_code, "to": target}
                    )
                    check_url(target)
                    if not allow_private:
                        check_outbound_url(target, resolve=resolve)
                    current = target
                    continue
                if response.status_code >= 400:
                    raise InputError(f"HTTP {response.status_code} {response.reason_phrase}")
                data = _read_limited(response, max_bytes, deadline)
                return _page(url, response, data, redirects)
        raise InputError(f"more than {MAX_REDIRECTS} redirects")
    except httpx.TimeoutException:
        raise InputError(f"host too slow: no answer within {timeout:g} s") from None
    except httpx.ConnectError:
        raise InputError("host unreachable: connection failed") from None
    except httpx.HTTPError as exc:
        raise InputError(f"download failed ({type(exc).__name__})") from None
    finally:
        if own_client:
            client.close()


def _page(
    url: str, response: httpx.Response, data: bytes, redirects: list[dict[str, Any]]
) -> FetchedPage:
    return FetchedPage(
        uri=url,
        final_uri=str(response.url),
        status=response.status_code,
        headers={key.lower(): value for key, value in response.headers.items()},
        data=data,
        retrieved_at=dt.datetime.now(dt.UTC),
        redirects=redirects,
    )


def _read_limited(response: httpx.Response, max_bytes: int, deadline: float) -> bytes:
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise InputError(f"response over the size limit ({int(declared)} > {max_bytes} bytes)")
    chunks: list[bytes] = []
    received = 0
    for chunk in response.iter_bytes():
        received += len(chunk)
        if received > max_bytes:
            raise InputError(f"response over the size limit (more than {max_bytes} bytes)")
        if time.monotonic() > deadline:
            raise InputError("host too slow: the download did not finish in time")
        chunks.append(chunk)
    return b"".join(chunks)
