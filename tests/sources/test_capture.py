"""Berkeley Protocol capture: screenshot and rendered HTML preserved as derived files of a URL."""

from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from factfinder.cli import app
from factfinder.sources.capture import CHROMIUM, Capturer, CaptureUnavailable
from factfinder.sources.ingest import IngestOptions, ingest_targets
from factfinder.sources.originals import original_path, sha256_hex
from factfinder.store.db import Store
from factfinder.store.models import CustodyEntry, DerivedFile, Source

needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is absent")


@pytest.mark.browser
@needs_chromium
def test_url_capture_preserves_screenshot_and_rendered_html(store: Store, web_server: str):
    url = f"{web_server}/capture.html"
    [result] = ingest_targets(store, [url], IngestOptions(timeout=20))
    assert result.status == "preserved", result.reason
    assert result.capture_note is None
    with store.session() as session:
        source = session.get(Source, result.source_id)
        derived = {d.kind: d for d in session.scalars(select(DerivedFile))}
        custody = list(session.scalars(select(CustodyEntry).order_by(CustodyEntry.seq)))
        assert set(derived) == {"screenshot", "rendered_html"}
        shot = original_path(store.settings.originals_dir, derived["screenshot"].sha256)
        assert shot.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
        assert sha256_hex(shot.read_bytes()) == derived["screenshot"].sha256
        rendered = original_path(store.settings.originals_dir, derived["rendered_html"].sha256)
        assert b"Forty men detained in Kerrow" in rendered.read_bytes()
        assert derived["screenshot"].created_at >= source.retrieved_at
        assert [e.action for e in custody] == ["collected", "text-extracted", "captured"]
        assert custody[2].details["screenshot"]["sha256"] == derived["screenshot"].sha256
        assert custody[2].details["rendered_html"]["sha256"] == derived["rendered_html"].sha256
        assert source.extra["embedded_media"] == [
            {"kind": "iframe", "url": f"{web_server}/embed/statement"},
            {"kind": "video", "url": f"{web_server}/media/statement.mp4"},
        ]
        assert "no_screenshot" not in source.extra


@pytest.mark.browser
@needs_chromium
def test_capture_of_a_dead_page_says_why(web_server: str, closed_port_url: str) -> None:
    with Capturer(timeout=5) as capturer, pytest.raises(CaptureUnavailable, match="did not render"):
        capturer.capture(closed_port_url)


def test_without_chromium_ingest_works_and_says_no_screenshot(
    settings, web_server: str, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("factfinder.sources.capture.CHROMIUM", Path("/nonexistent/chromium"))
    result = runner.invoke(app, ["ingest", f"{web_server}/article.html"])
    assert result.exit_code == 0, result.output
    assert "no screenshot taken: Chromium not found at /nonexistent/chromium" in result.stdout
    shown = runner.invoke(app, ["show", "1", "--json"])
    assert '"no_screenshot": "Chromium not found at /nonexistent/chromium"' in shown.stdout


def test_no_capture_flag_is_recorded(settings, web_server: str, runner: CliRunner) -> None:
    result = runner.invoke(app, ["ingest", "--no-capture", f"{web_server}/article.html"])
    assert result.exit_code == 0, result.output
    assert "no screenshot taken: capture turned off (--no-capture)" in result.stdout
