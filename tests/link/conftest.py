"""Builders for linking tests: invented multi-source stories stored as real sources and claims."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

import pytest

from factfinder.store.claims import save_claims
from factfinder.store.db import Store
from factfinder.store.models import Claim, Source, utcnow


def claim(
    kind: str,
    type_: str,
    sentence: str,
    *,
    agent: str | None = None,
    target: str | None = None,
    place: str | None = None,
    country: str | None = None,
    when: tuple[str, str, str] | None = None,
    counts: list[dict[str, Any]] | None = None,
    attributed_to: str | None = None,
    negated: bool = False,
    hedged: bool = False,
) -> dict[str, Any]:
    """A claim in the JSON contract that extraction stores; `when` is (start, end, precision)."""
    return {
        "kind": kind,
        "type": type_,
        "sentence": sentence,
        "agent": agent,
        "target": target,
        "place": {"name": place, "country_code": country, "lat": None, "lon": None}
        if place
        else None,
        "when": {"start": when[0], "end": when[1], "precision": when[2]} if when else None,
        "counts": counts or [],
        "attributed_to": attributed_to,
        "quote": False,
        "negated": negated,
        "hedged": hedged,
        "confidence": 0.8,
    }


def figure(low: int, unit: str, qualifier: str = "exact", supersedes: int | None = None) -> dict:
    return {
        "low": low,
        "high": None,
        "unit": unit,
        "qualifier": qualifier,
        "supersedes": {"low": supersedes, "high": None, "unit": unit, "qualifier": "exact"}
        if supersedes is not None
        else None,
    }


@dataclass
class StoryBuilder:
    """Adds sources (with text) and their claims to a store, returning the new claim ids."""

    store: Store
    sources: dict[str, int] = field(default_factory=dict)

    def report(
        self,
        name: str,
        claims: list[dict[str, Any]],
        *,
        publisher: str | None = None,
        published: str | None = None,
        text: str | None = None,
    ) -> list[int]:
        body = text or " ".join(c["sentence"] for c in claims)
        offset = 0
        placed = []
        for item in claims:
            start = body.find(item["sentence"], offset)
            if start < 0:
                start = offset
            placed.append(item | {"start": start, "end": start + len(item["sentence"])})
            offset = start + 1
        with self.store.session() as session:
            source = Source(
                uri=f"file:{name}.txt",
                sha256=hashlib.sha256(f"{name}\n{body}".encode()).hexdigest(),
                size=len(body),
                media_type="text/plain",
                retrieved_at=utcnow(),
                collected_by="test",
                factfinder_version="test",
                title=name,
                publisher=publisher,
                published_at=dt.date.fromisoformat(published) if published else None,
                text=body,
                tags=[],
                extra={},
            )
            session.add(source)
            session.flush()
            save_claims(session, source.id, placed)
            session.flush()
            self.sources[name] = source.id
            rows = (
                session.query(Claim.id)
                .filter(Claim.source_id == source.id)
                .order_by(Claim.start, Claim.id)
            )
            return [row.id for row in rows]


@pytest.fixture
def story(store: Store) -> StoryBuilder:
    return StoryBuilder(store)
