"""Report fixtures: the demo's invented reports, extracted and linked once, shipped as a package
that each test imports into its fresh store (SQLite and PostgreSQL)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from factfinder.demo import run_demo
from factfinder.link.views import list_incidents, merge_incidents
from factfinder.report.importing import import_path
from factfinder.report.package import build_package
from factfinder.settings import Settings
from factfinder.store.claims import review_claim
from factfinder.store.db import Store, open_store
from factfinder.store.models import Claim, Comment, IncidentClaim, Source, utcnow

REVIEW_NOTE = "Checked against the Osk Monitor's follow-up interview."
COMMENT = "Ask the Lantern Rights Network for the second facility's location."
INCIDENT_COMMENT = "Merge with the Tarnhold reports once the dates are confirmed."


@dataclass(frozen=True)
class Seed:
    """The seeded instance: its store, a package of everything, and what reviewers did."""

    store: Store
    package: Path
    reviewed_claim: tuple[str, str]  # (source SHA-256, fingerprint)


@pytest.fixture(scope="session")
def seed(tmp_path_factory: pytest.TempPathFactory) -> Seed:
    """The demo samples preserved, extracted and linked once; a reviewer confirms a claim,
    comments on it and merges two incidents; then everything goes into one package."""
    home = tmp_path_factory.mktemp("report-seed")
    store = open_store(
        Settings(home=home, database_url=f"sqlite:///{home / 'factfinder.db'}", collector="seed")
    )
    run_demo(store)
    incidents = sorted(i["id"] for i in list_incidents(store))
    merge_incidents(store, incidents[-2], incidents[-1], "reviewer-a")
    with store.session() as session:
        claim = session.scalars(
            select(Claim).where(Claim.kind == "event").order_by(Claim.id)
        ).first()
        review_claim(session, claim.id, "confirmed", "reviewer-a", REVIEW_NOTE)
        session.add(
            Comment(
                object_type="claim",
                object_id=claim.id,
                author="reviewer-a",
                body=COMMENT,
                created_at=utcnow(),
            )
        )
        incident_id = session.scalar(
            select(IncidentClaim.incident_id).where(IncidentClaim.claim_id == claim.id)
        )
        session.add(
            Comment(
                object_type="incident",
                object_id=incident_id,
                author="reviewer-b",
                body=INCIDENT_COMMENT,
                created_at=utcnow(),
            )
        )
        reviewed = (session.get(Source, claim.source_id).sha256, claim.fingerprint)
    package = home / "everything.zip"
    build_package(store, None, package, "seed")
    return Seed(store, package, reviewed)


@pytest.fixture
def populated(store: Store, seed: Seed) -> Store:
    """A fresh store (each database) holding the seeded evidence, imported from the package."""
    import_path(store, seed.package, "test-collector")
    return store
