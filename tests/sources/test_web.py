"""Fetching over HTTP from a real local server: redirects recorded, limits and failures clear."""

import pytest

from factfinder.errors import InputError
from factfinder.sources.web import check_url, fetch_url
from tests.sources.conftest import CACHED_ETAG, HERALD_HTML


def test_fetch_records_status_headers_and_time(web_server: str) -> None:
    page = fetch_url(f"{web_server}/article.html", timeout=5, allow_private=True)
    assert page.data == HERALD_HTML
    assert page.status == 200
    assert page.final_uri == f"{web_server}/article.html"
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    assert page.retrieved_at.tzinfo is not None
    assert page.redirects == []


def test_every_redirect_hop_is_recorded(web_server: str) -> None:
    page = fetch_url(f"{web_server}/hop1", timeout=5, allow_private=True)
    assert page.data == HERALD_HTML
    assert page.uri == f"{web_server}/hop1"
    assert page.final_uri == f"{web_server}/article.html"
    assert page.redirects == [
        {"from": f"{web_server}/hop1", "status": 302, "to": f"{web_server}/hop2"},
        {"from": f"{web_server}/hop2", "status": 301, "to": f"{web_server}/article.html"},
    ]


def test_conditional_get_of_an_unchanged_page_is_not_modified(web_server: str) -> None:
    url = f"{web_server}/cached.html"
    first = fetch_url(url, timeout=5, allow_private=True)
    assert not first.not_modified and first.data == HERALD_HTML
    again = fetch_url(
        url, timeout=5, allow_private=True, headers={"If-None-Match": first.headers["etag"]}
    )
    assert again.not_modified
    assert (again.status, again.data, again.redirects) == (304, b"", [])
    assert again.headers["etag"] == CACHED_ETAG
    changed = fetch_url(url, timeout=5, allow_private=True, headers={"If-None-Match": '"old"'})
    assert not changed.not_modified and changed.data == HERALD_HTML


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/always-304", "304 Not Modified to a request without validators"),
        ("/moved-nowhere", "HTTP 302 without a Location header"),
        ("/missing", "HTTP 404 Not Found"),
        ("/loop", "more than 10 redirects"),
        ("/to-ftp", "unsupported URL scheme 'ftp:'"),
        ("/huge", "over the size limit"),
    ],
)
def test_fetch_failures_are_clear(web_server: str, path: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        fetch_url(f"{web_server}{path}", timeout=5, allow_private=True)


def test_body_without_length_is_cut_at_the_limit(web_server: str) -> None:
    with pytest.raises(InputError, match="over the size limit"):
        fetch_url(f"{web_server}/chunky", timeout=5, max_bytes=10_000, allow_private=True)
    assert len(fetch_url(f"{web_server}/chunky", timeout=5, allow_private=True).data) == 64 * 1031


def test_slow_host_times_out(web_server: str) -> None:
    with pytest.raises(InputError, match="host too slow"):
        fetch_url(f"{web_server}/slow", timeout=0.3, allow_private=True)


def test_unreachable_host(closed_port_url: str) -> None:
    with pytest.raises(InputError, match="host unreachable"):
        fetch_url(closed_port_url, timeout=2, allow_private=True)


@pytest.mark.parametrize(
    "url", ["ftp://files.example.org/r.txt", "file:///etc/passwd", "javascript:alert(1)"]
)
def test_only_http_and_https_are_fetched(url: str) -> None:
    with pytest.raises(InputError, match="unsupported URL scheme"):
        check_url(url)
