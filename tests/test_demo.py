"""`factfinder demo`: samples are preserved, re-runs change nothing, claims are shown."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from factfinder.cli import app
from factfinder.demo import SAMPLES_DIR, demo_home, sample_documents
from factfinder.settings import Settings
from factfinder.sources.originals import sha256_hex
from factfinder.store.db import open_store
from factfinder.store.models import Claim, CustodyEntry, Source


def test_manifest_lists_every_sample_with_its_date_publisher_and_title() -> None:
    samples = sample_documents()
    listed = {sample.path.name for sample in samples}
    shipped = {path.name for path in SAMPLES_DIR.iterdir() if path.name != "manifest.json"}
    assert listed == shipped
    assert 6 <= len(samples) <= 8
    assert [s.published for s in samples] == sorted(s.published for s in samples)
    assert all(sample.publisher and sample.title for sample in samples)


def test_html_samples_carry_the_manifest_date_in_their_metadata() -> None:
    html_samples = [sample for sample in sample_documents() if sample.is_html]
    assert len(html_samples) >= 3
    for sample in html_samples:
        page = sample.path.read_text(encoding="utf-8")
        found = re.search(r'property="article:published_time" content="([\d-]{10})', page)
        assert found and found.group(1) == sample.published.isoformat(), sample.path.name


def test_samples_retell_one_incident_with_changing_figures_and_a_silence_that_ends() -> None:
    texts = {
        sample.path.name: sample.path.read_text(encoding="utf-8") for sample in sample_documents()
    }
    everything = "\n".join(texts.values())
    assert "at least 40 men" in everything and "More than 100 men" in everything
    assert "five facilities in the Osk region, not two as first reported" in everything
    assert "has not yet commented" in everything and "first public statement by" in everything
    assert "Watch the minister's speech below" in everything
    assert sum("Osk" in text for text in texts.values()) == len(texts)


def test_demo_home_defaults_to_its_own_folder_unless_told(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACTFINDER_HOME", raising=False)
    assert demo_home().name == "factfinder-demo"
    assert demo_home().parent == Settings().home.parent
    monkeypatch.setenv("FACTFINDER_HOME", "/tmp/somewhere")
    assert demo_home() == Path("/tmp/somewhere")
    assert demo_home(Path("/tmp/elsewhere")) == Path("/tmp/elsewhere")


@pytest.mark.slow
def test_demo_preserves_the_samples_shows_claims_and_reruns_idempotently(
    settings: Settings,
) -> None:
    runner = CliRunner()
    samples = sample_documents()

    first = runner.invoke(app, ["demo"])
    assert first.exit_code == 0, first.output
    assert f"{len(samples)} preserved, 0 already preserved" in first.output
    assert str(settings.home) in first.output.replace("\n", "")
    # Without a key the demo says so: the samples' originals are stored as they are.
    assert "originals are not encrypted" in " ".join(first.output.split())

    store = open_store(settings)
    with store.session() as session:
        sources = session.scalars(select(Source).order_by(Source.id)).all()
        assert [source.sha256 for source in sources] == [
            sha256_hex(sample.path.read_bytes()) for sample in samples
        ]
        # HTML samples speak for themselves; plain text got the manifest's metadata.
        assert [source.published_at for source in sources] == [s.published for s in samples]
        assert [source.publisher for source in sources] == [s.publisher for s in samples]
        # The "Watch the minister's speech below" video is recorded as embedded media.
        embedded = [m["url"] for s in sources for m in (s.extra or {}).get("embedded_media", [])]
        assert "https://video.example/embed/mp-20250311-reigel" in embedded
        claim_count = session.scalar(select(func.count()).select_from(Claim))
    for sample in samples:
        preserved = settings.originals_dir.rglob(sha256_hex(sample.path.read_bytes()))
        assert next(preserved).read_bytes() == sample.path.read_bytes()

    # Claims are printed grouped by vocabulary type, each with its sentence.
    assert claim_count > 0
    assert f"Claims: {claim_count} from {len(samples)} reports" in first.output
    for claim_type in ("detention", "torture", "deny", "condemn"):
        assert re.search(rf"^{claim_type} \(\d+\)$", first.output, flags=re.MULTILINE), claim_type

    # Linked: incidents, the main incident's figure history and the response matrix.
    incidents = re.search(r"^Incidents: (\d+) \(full link: ", first.output, re.MULTILINE)
    assert incidents and int(incidents.group(1)) > 0
    # The syndicated copy and its original form one near-duplicate group.
    duplicates = re.search(r"(\d+)\s+sources\s+in\s+near-duplicate", first.output)
    assert duplicates and int(duplicates.group(1)) >= 2
    assert "Figure history of incident #" in first.output
    assert "Response matrix" in first.output
    assert re.search(r"no\s+public", first.output)  # a silence row (table cells may wrap)

    # The main incident's dossier (HTML, PDF) and evidence package are written and named.
    outputs = sorted((settings.home / "demo-outputs").iterdir())
    assert {path.suffix for path in outputs} == {".html", ".pdf", ".zip"}
    assert all(path.stat().st_size > 0 for path in outputs)
    assert outputs[0].name in first.output

    second = runner.invoke(app, ["demo"])
    assert second.exit_code == 0, second.output
    assert f"0 preserved, {len(samples)} already preserved" in second.output
    # the second run links incrementally: nothing new, the same incidents in all
    assert f"Incidents: {incidents.group(1)} (incremental link: 0 written" in second.output
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Source)) == len(samples)
        assert session.scalar(select(func.count()).select_from(Claim)) == claim_count
        # Each re-collection is on the record: one `re-collected` custody entry per sample.
        recollected = select(func.count()).where(CustodyEntry.action == "re-collected")
        assert session.scalar(recollected) == len(samples)
    store.engine.dispose()


def test_demo_home_option_wins_over_the_environment(
    sqlite_settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--home is honoured (checked without the slow extraction: the store is opened there)."""
    import factfinder.demo as demo

    opened: list[Path] = []

    def record_run(store):  # type: ignore[no-untyped-def]
        opened.append(store.settings.home)
        return demo.DemoReport(home=store.settings.home)

    monkeypatch.setattr(demo, "run_demo", record_run)
    result = CliRunner().invoke(app, ["demo", "--home", str(tmp_path / "elsewhere")])
    assert result.exit_code == 0, result.output
    assert opened == [tmp_path / "elsewhere"]
    assert (tmp_path / "elsewhere" / "factfinder.db").exists()


def test_demo_serve_opens_the_workbench_on_the_demo_home(
    sqlite_settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--serve hands over to the web workbench with the demo's home (no server started here)."""
    import factfinder.commands.web as web
    import factfinder.demo as demo
    from factfinder.settings import load_settings

    served: list[tuple[Path, str, int]] = []
    monkeypatch.setattr(demo, "run_demo", lambda store: demo.DemoReport(home=store.settings.home))
    monkeypatch.setattr(
        web, "serve_app", lambda host, port: served.append((load_settings().home, host, port))
    )
    home = tmp_path / "served-home"
    result = CliRunner().invoke(app, ["demo", "--home", str(home), "--serve"])
    assert result.exit_code == 0, result.output
    assert served == [(home, "127.0.0.1", 8000)]
