"""The `demo` job: preserve the shipped sample reports, extract and link their claims, gather it."""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import select

from factfinder.errors import FactfinderError
from factfinder.extract.claims import EVENT_TYPES, STATEMENT_TYPES
from factfinder.extract.run import ExtractResult, extract_sources
from factfinder.link.run import LinkSummary, run_link
from factfinder.link.views import incident_dossier, list_incidents, responses
from factfinder.protect.keys import encryption_status
from factfinder.report.outputs import write_demo_outputs
from factfinder.settings import Settings
from factfinder.sources.ingest import IngestOptions, IngestResult, ingest_targets
from factfinder.store.claims import claim_row_to_dict, claims_query
from factfinder.store.db import Store
from factfinder.store.models import Source

SAMPLES_DIR = Path(__file__).parent / "samples"
SAMPLE_TAG = "sample-varnia"
DEMO_OUTPUTS = "demo-outputs"  # folder in the demo's home for the dossier and evidence package


@dataclass(frozen=True)
class SampleDocument:
    """One shipped sample report and what its manifest says about it."""

    path: Path
    kind: str
    publisher: str
    title: str
    published: dt.date

    @property
    def is_html(self) -> bool:
        return self.path.suffix == ".html"


def sample_documents() -> list[SampleDocument]:
    """The sample reports in publication order, as listed in samples/manifest.json."""
    manifest = json.loads((SAMPLES_DIR / "manifest.json").read_text(encoding="utf-8"))
    return [
        SampleDocument(
            path=SAMPLES_DIR / entry["file"],
            kind=entry["kind"],
            publisher=entry["publisher"],
            title=entry["title"],
            published=dt.date.fromisoformat(entry["published"]),
        )
        for entry in manifest["documents"]
    ]


def demo_home(home: Path | None = None) -> Path:
    """Where the demo keeps its data: --home, else FACTFINDER_HOME, else its own folder.

    The demo never writes into the default home unasked, so trying it cannot mix invented
    samples into a monitor's real evidence.
    """
    if home is not None:
        return home
    if os.environ.get("FACTFINDER_HOME"):
        return Path(os.environ["FACTFINDER_HOME"])
    return Path(platformdirs.user_data_dir("factfinder-demo", appauthor=False))


def demo_settings(home: Path | None = None) -> Settings:
    """Settings for the demo: its home, and the configured database URL if there is one."""
    return Settings(home=demo_home(home))


def sample_options(sample: SampleDocument) -> IngestOptions:
    """Ingest options for one sample: HTML pages speak for themselves, plain text needs the
    manifest's title, publisher and date (exactly what a user would pass as flags)."""
    if sample.is_html:
        return IngestOptions(tags=[SAMPLE_TAG], capture=False)
    return IngestOptions(
        published=sample.published,
        publisher=sample.publisher,
        title=sample.title,
        tags=[SAMPLE_TAG],
        capture=False,
    )


def preserve_samples(store: Store) -> list[IngestResult]:
    """Ingest every sample through the same library call as `factfinder ingest`."""
    results: list[IngestResult] = []
    for sample in sample_documents():
        results.extend(ingest_targets(store, [str(sample.path)], sample_options(sample)))
    return results


def extract_samples(store: Store, source_ids: list[int]) -> list[ExtractResult]:
    """Extract and store the samples' claims, exactly as `factfinder extract` does."""
    return extract_sources(store, source_ids)


@dataclass(frozen=True)
class PreservedSample:
    """What the demo shows about one preserved sample."""

    source_id: int
    status: str  # "preserved" | "already preserved"
    title: str | None
    publisher: str | None
    published: dt.date | None
    sha256: str


@dataclass
class DemoReport:
    """Everything the demo found, for the command line to print."""

    home: Path
    # Whether the preserved originals are encrypted at rest, in one sentence.
    encryption: str = ""
    preserved: list[PreservedSample] = field(default_factory=list)
    # Claims in the JSON contract (plus id and source_id), grouped by type in vocabulary order.
    claims_by_type: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    extract_failures: list[ExtractResult] = field(default_factory=list)
    link_summary: LinkSummary | None = None
    # Incidents as `factfinder incidents --json` gives them, most corroborated first.
    incidents: list[dict[str, Any]] = field(default_factory=list)
    # The dossier (`factfinder incident ID --json`) of the best-corroborated incident.
    main_incident: dict[str, Any] | None = None
    # Its figure history with the most values (a revision shows best), or None.
    figure_history: dict[str, Any] | None = None
    # Rows of the response matrix (`factfinder responses --json`).
    responses: list[dict[str, Any]] = field(default_factory=list)
    # Files to open: the main incident's dossier (HTML, PDF) and its evidence package.
    outputs: list[Path] = field(default_factory=list)

    @property
    def claim_count(self) -> int:
        return sum(len(group) for group in self.claims_by_type.values())


def run_demo(store: Store) -> DemoReport:
    """The whole demo: preserve the samples, extract and link their claims, write the main
    incident's dossier and evidence package, and gather what to show.

    Raises when a sample cannot be preserved: the samples ship with factfinder, so that is a
    broken installation, not bad input to skip.
    """
    report = DemoReport(home=store.settings.home, encryption=encryption_status(store.settings))
    results = preserve_samples(store)
    failed = [result for result in results if result.status == "failed"]
    if failed:
        reasons = "; ".join(f"{Path(r.target).name}: {r.reason}" for r in failed)
        raise FactfinderError(f"{len(failed)} sample(s) could not be preserved: {reasons}")
    report.preserved = preserved_samples(store, results)
    source_ids = [sample.source_id for sample in report.preserved]
    extracted = extract_samples(store, source_ids)
    report.extract_failures = [result for result in extracted if result.status == "failed"]
    report.claims_by_type = claims_by_type(store, source_ids)
    link_samples(store, report)
    report.outputs = write_demo_outputs(store, store.settings.home / DEMO_OUTPUTS)
    return report


def link_samples(store: Store, report: DemoReport) -> None:
    """Link the stored claims (as `factfinder link` does) and gather incidents, the main
    incident's dossier, its richest figure history and the response matrix."""
    report.link_summary = run_link(store)
    report.incidents = sorted(
        list_incidents(store),
        key=lambda incident: (-incident["independent_sources"], -incident["event_claims"]),
    )
    if report.incidents:
        report.main_incident = incident_dossier(store, report.incidents[0]["id"])
        report.figure_history = richest_figure_history(report.main_incident["figures"])
    report.responses = responses(store)


def richest_figure_history(histories: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The history with the most values, a revised one first: it shows how a figure changed."""
    if not histories:
        return None
    return max(
        histories,
        key=lambda history: (
            any(value["supersedes"] for value in history["values"]),
            len(history["values"]),
        ),
    )


def preserved_samples(store: Store, results: list[IngestResult]) -> list[PreservedSample]:
    """The stored record behind each ingest result, in source order."""
    status_of = {result.source_id: result.status for result in results}
    with store.session() as session:
        sources = session.scalars(
            select(Source).where(Source.id.in_(list(status_of))).order_by(Source.id)
        ).all()
        return [
            PreservedSample(
                source_id=source.id,
                status=status_of[source.id],
                title=source.title,
                publisher=source.publisher,
                published=source.published_at,
                sha256=source.sha256,
            )
            for source in sources
        ]


def claims_by_type(store: Store, source_ids: list[int]) -> dict[str, list[dict[str, Any]]]:
    """The samples' live claims (not rejected or stale), grouped by type in vocabulary order."""
    with store.session() as session:
        rows = session.scalars(
            claims_query(source_ids, statuses=["extracted", "confirmed", "disputed"])
        ).all()
        claims = [claim_row_to_dict(row) for row in rows]
    grouped: dict[str, list[dict[str, Any]]] = {}
    for claim_type in (*EVENT_TYPES, *STATEMENT_TYPES):
        group = [claim for claim in claims if claim["type"] == claim_type]
        if group:
            grouped[claim_type] = group
    return grouped
