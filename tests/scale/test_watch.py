"""Watch: conditional GETs, dedup, restart from stored state, term and figure notices."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import files

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select
from typer.testing import CliRunner

from factfinder.cli import app
from factfinder.errors import InputError
from factfinder.scale.watch import parse_interval, parse_terms, poll_once
from factfinder.settings import Settings
from factfinder.store.db import Store, open_store
from factfinder.store.models import Source, WatchedFeed

SAMPLES = files("factfinder") / "samples"
FIRST = "01-osk-monitor-secret-facilities.html"  # two secret facilities
LATER = "07-varnia-observer-five-facilities.html"  # five facilities, weeks later


@dataclass
class Site:
    """A tiny news site: a feed with an ETag, article pages, and a log of conditional GETs."""

    base: str = ""
    articles: list[str] = field(default_factory=list)
    feed_status: int = 200
    requests: list[tuple[str, str | None]] = field(default_factory=list)

    def feed(self) -> bytes:
        items = "".join(
            f"<item><title>{name}</title><link>{self.base}/a/{name}</link>"
            f"<guid>{name}</guid></item>"
            for name in self.articles
        )
        return (
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>Osk news</title>'
            f"{items}</channel></rss>"
        ).encode()

    def etag(self) -> str:
        return f'"v{len(self.articles)}"'


@pytest.fixture
def site() -> Iterator[Site]:
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            state.requests.append((self.path, self.headers.get("If-None-Match")))
            if self.path == "/feed.xml":
                if state.feed_status != 200:
                    self.send_response(state.feed_status)
                    self.end_headers()
                    return
                if self.headers.get("If-None-Match") == state.etag():
                    self.send_response(304)
                    self.end_headers()
                    return
                body, kind = state.feed(), "application/rss+xml"
            elif self.path == "/garbage.xml":
                body, kind = b"\x00\x01<rss><channel><item>", "application/rss+xml"
            elif self.path.startswith("/a/") and (SAMPLES / self.path[3:]).is_file():
                body, kind = (SAMPLES / self.path[3:]).read_bytes(), "text/html; charset=utf-8"
            else:
                self.send_response(404)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("ETag", state.etag())
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()


@pytest.fixture
def local_store(settings: Settings) -> Iterator[Store]:
    opened = open_store(settings.model_copy(update={"allow_private_addresses": True}))
    yield opened
    opened.engine.dispose()


def test_new_items_terms_figures_and_conditional_get(local_store: Store, site: Site) -> None:
    feed = f"{site.base}/feed.xml"
    site.articles = [FIRST]
    first = poll_once(local_store, [feed], ["osk"])
    assert first.failures == [] and len(first.new_sources) == 1
    assert any(n.kind == "term" and n.term == "osk" for n in first.notices)

    # Nothing new: the feed answers 304 to our stored ETag, no article is fetched again.
    site.requests.clear()
    again = poll_once(local_store, [feed], ["osk"])
    assert (again.unchanged, again.new_sources, again.notices) == (1, [], [])
    assert site.requests == [("/feed.xml", '"v1"')]

    # A later report raises a figure of the same incident: the monitor hears "now …, was …".
    site.articles = [FIRST, LATER]
    later = poll_once(local_store, [feed], [])
    assert len(later.new_sources) == 1
    figures = [n.message for n in later.notices if n.kind == "figure"]
    assert any("now 5 facilities, was 2" in message for message in figures), later.notices
    with local_store.session() as session:
        assert session.scalar(select(func.count(Source.id))) == 2


def test_restart_continues_from_stored_state(settings: Settings, site: Site) -> None:
    feed = f"{site.base}/feed.xml"
    site.articles = [FIRST]
    allowed = settings.model_copy(update={"allow_private_addresses": True})
    first_run = open_store(allowed)
    assert len(poll_once(first_run, [feed], []).new_sources) == 1
    first_run.engine.dispose()
    # The feed changes (new ETag) but its first item was handled by the earlier process.
    site.articles = [FIRST, FIRST]
    restarted = open_store(allowed)
    site.requests.clear()
    outcome = poll_once(restarted, [feed], [])
    assert outcome.new_sources == [] and outcome.failures == []
    assert {path for path, _etag in site.requests} == {"/feed.xml"}  # no article fetched again
    restarted.engine.dispose()


def test_feed_errors_and_garbage_are_reported_and_retried(local_store: Store, site: Site) -> None:
    site.feed_status = 500
    outcome = poll_once(local_store, [f"{site.base}/feed.xml", f"{site.base}/garbage.xml"], [])
    reasons = dict(outcome.failures)
    assert "HTTP 500" in reasons[f"{site.base}/feed.xml"]
    assert f"{site.base}/garbage.xml" in reasons
    with local_store.session() as session:
        row = session.scalar(select(WatchedFeed).where(WatchedFeed.url == f"{site.base}/feed.xml"))
        assert row is not None and row.etag is None and "HTTP 500" in (row.last_error or "")
    site.feed_status, site.articles = 200, [FIRST]
    assert len(poll_once(local_store, [f"{site.base}/feed.xml"], []).new_sources) == 1


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_watch_once_command_prints_notices(
    settings: Settings, site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTFINDER_ALLOW_PRIVATE_ADDRESSES", "true")
    site.articles = [FIRST]
    result = CliRunner().invoke(
        app, ["watch", f"{site.base}/feed.xml", "--once", "--terms", "Osk,Nowhere", "--every", "1m"]
    )
    assert result.exit_code == 0, result.output
    assert "term" in result.stdout and "'Osk'" in result.stdout
    bad = CliRunner().invoke(app, ["watch", f"{site.base}/feed.xml", "--once", "--every", "2s"])
    assert bad.exit_code == 1 and "interval too short" in bad.stderr


@given(st.integers(min_value=10, max_value=10_000), st.sampled_from(["s", "m", "h", "d", ""]))
def test_interval_parser(number: int, unit: str) -> None:
    scale = {"s": 1, "m": 60, "h": 3600, "d": 86400, "": 1}[unit]
    assert parse_interval(f"{number}{unit}") == number * scale


@given(st.text(max_size=20))
def test_interval_parser_refuses_junk_with_an_input_error(text: str) -> None:
    try:
        assert parse_interval(text) >= 10
    except InputError:
        pass


@given(st.lists(st.text(alphabet="abc ,", max_size=6), max_size=5))
def test_terms_are_trimmed_and_never_empty(parts: list[str]) -> None:
    terms = parse_terms(",".join(parts))
    assert all(term and term == term.strip() and "," not in term for term in terms)


def test_a_dead_entry_does_not_stop_the_others_and_is_retried(
    local_store: Store, site: Site
) -> None:
    feed = f"{site.base}/feed.xml"
    site.articles = ["gone.html", FIRST]
    outcome = poll_once(local_store, [feed], [])
    assert len(outcome.new_sources) == 1
    assert [url for url, _reason in outcome.failures] == [f"{site.base}/a/gone.html"]
    site.requests.clear()
    retried = poll_once(local_store, [feed], [])  # validators were not kept: fetched again
    assert ("/a/gone.html", None) in site.requests and retried.new_sources == []
