"""Claim storage: re-extraction is idempotent and never loses a reviewer's decision."""

import datetime as dt
from typing import Any

from sqlalchemy import select

from factfinder.store.claims import (
    claim_row_to_dict,
    claims_query,
    review_claim,
    save_claims,
)
from factfinder.store.db import Store
from factfinder.store.models import Claim, Source

TEXT = "Police detained 40 men in Osk. The ministry denied the reports."


def _source(store: Store) -> int:
    with store.session() as session:
        source = Source(
            uri="report.txt",
            sha256="e" * 64,
            size=len(TEXT),
            media_type="text/plain",
            retrieved_at=dt.datetime.now(dt.UTC),
            collected_by="tester",
            factfinder_version="test",
            text=TEXT,
            tags=[],
            extra={},
        )
        session.add(source)
        session.flush()
        return source.id


def _claim(kind: str, type_: str, start: int, end: int, **more: Any) -> dict[str, Any]:
    return {
        "kind": kind,
        "type": type_,
        "sentence": TEXT[start:end],
        "start": start,
        "end": end,
        "agent": more.get("agent"),
        "target": more.get("target"),
        "place": None,
        "when": more.get("when"),
        "counts": more.get("counts", []),
        "attributed_to": None,
        "quote": False,
        "negated": False,
        "hedged": False,
        "confidence": 0.8,
    }


DETENTION = _claim(
    "event",
    "detention",
    0,
    30,
    agent="Police",
    target="40 men",
    counts=[{"low": 40, "high": None, "unit": "men", "qualifier": "exact", "supersedes": None}],
    when={"start": "2024-03-01", "end": "2024-03-31", "precision": "month"},
)
DENIAL = _claim("statement", "deny", 31, 63, agent="The ministry")


def test_save_is_idempotent(store: Store) -> None:
    source_id = _source(store)
    with store.session() as session:
        first = save_claims(session, source_id, [DETENTION, DENIAL])
    with store.session() as session:
        second = save_claims(session, source_id, [DETENTION, DENIAL])
        rows = session.scalars(claims_query([source_id])).all()
    assert (first.added, second.added, second.updated) == (2, 0, 2)
    assert [row.type for row in rows] == ["detention", "deny"]
    assert rows[0].when_start == dt.date(2024, 3, 1)
    assert claim_row_to_dict(rows[0])["counts"][0]["low"] == 40


def test_rerun_keeps_reviewer_decisions(store: Store) -> None:
    source_id = _source(store)
    with store.session() as session:
        save_claims(session, source_id, [DETENTION, DENIAL])
    with store.session() as session:
        detention_id = session.scalars(select(Claim.id).where(Claim.type == "detention")).one()
        review_claim(session, detention_id, "disputed", "reviewer-1", "figure unclear")
    changed = {**DETENTION, "agent": "The police"}
    with store.session() as session:
        stats = save_claims(session, source_id, [changed])  # the denial is no longer found
    with store.session() as session:
        rows = {row.type: row for row in session.scalars(claims_query([source_id]))}
    assert stats.kept_reviewed == 1 and stats.stale == 1
    assert rows["detention"].review_status == "disputed"
    assert rows["detention"].reviewer_note == "figure unclear"
    assert rows["detention"].agent == "Police"
    assert rows["deny"].review_status == "stale"
    with store.session() as session:
        save_claims(session, source_id, [changed, DENIAL])
    with store.session() as session:
        statuses = [row.review_status for row in session.scalars(claims_query([source_id]))]
    assert statuses == ["disputed", "extracted"]


def test_two_claims_of_one_type_in_one_sentence_are_kept_apart(store: Store) -> None:
    source_id = _source(store)
    other = {**DETENTION, "target": "their relatives"}
    with store.session() as session:
        stats = save_claims(session, source_id, [DETENTION, other])
    assert stats.added == 2


def test_filters(store: Store) -> None:
    source_id = _source(store)
    with store.session() as session:
        save_claims(session, source_id, [DETENTION, DENIAL])
        assert len(session.scalars(claims_query(types=["deny"])).all()) == 1
        assert session.scalars(claims_query(statuses=["confirmed"])).all() == []
        assert session.scalars(claims_query(source_ids=[source_id + 1])).all() == []


def test_claims_are_at_least_as_confidential_as_their_source(store: Store) -> None:
    source_id = _source(store)
    with store.session() as session:
        save_claims(session, source_id, [DETENTION, DENIAL | {"level": "restricted"}])
    with store.session() as session:
        levels = [row.level for row in session.scalars(claims_query([source_id]))]
        assert levels == ["public", "restricted"]
        session.get(Source, source_id).level = "confidential"
    with store.session() as session:
        save_claims(session, source_id, [DETENTION, DENIAL])
    with store.session() as session:
        rows = session.scalars(claims_query([source_id])).all()
        assert {row.level for row in rows} == {"confidential"}
        assert claim_row_to_dict(rows[0])["level"] == "confidential"
