"""Storing extracted claims: idempotent upserts that never lose a reviewer's decision."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from factfinder.protect.levels import strictest
from factfinder.store.models import Claim as ClaimRow
from factfinder.store.models import ClaimEdit, utcnow
from factfinder.store.models import Source as SourceRow

REVIEWED = frozenset({"confirmed", "disputed", "rejected"})
REVIEW_STATUSES = ("extracted", "confirmed", "disputed", "rejected", "stale")
# The claim JSON contract (see extract/claims.py); the store keeps plain dicts so it needs no
# import from a later stage.
CLAIM_FIELDS = (
    "kind",
    "type",
    "sentence",
    "start",
    "end",
    "agent",
    "target",
    "place",
    "when",
    "counts",
    "attributed_to",
    "quote",
    "negated",
    "hedged",
    "confidence",
)


@dataclass
class SaveStats:
    """What one re-extraction did to a source's claims."""

    added: int = 0
    updated: int = 0
    kept_reviewed: int = 0
    stale: int = 0


def claim_fingerprints(claims: Sequence[dict[str, Any]]) -> list[str]:
    """Stable identities: kind, type and sentence span, plus an ordinal for repeats in one span.

    Agent and target are left out on purpose: a better extractor that reads the agent
    differently must update the same row, not orphan the reviewer's decision on the old one.
    """
    seen: Counter[tuple[str, str, int, int]] = Counter()
    out = []
    for claim in claims:
        key = (claim["kind"], claim["type"], claim["start"], claim["end"])
        ordinal = seen[key]
        seen[key] += 1
        out.append(hashlib.sha256(repr((*key, ordinal)).encode()).hexdigest())
    return out


def claim_row_values(claim: dict[str, Any]) -> dict[str, Any]:
    when = claim.get("when")
    values = {name: claim.get(name) for name in CLAIM_FIELDS}
    values["when_start"] = dt.date.fromisoformat(when["start"]) if when else None
    return values


def save_claims(session: Session, source_id: int, claims: Sequence[dict[str, Any]]) -> SaveStats:
    """Upsert a source's claims (JSON-contract dicts); reviewed rows stay as the reviewer left them.

    Claims the extractor no longer finds become 'stale' when unreviewed and stay untouched when
    reviewed, so a re-run can change the machine's reading but never a human's decision.
    """
    stats = SaveStats()
    # A claim is at least as confidential as its source (a claim may be stricter, never laxer).
    source_level = session.scalar(select(SourceRow.level).where(SourceRow.id == source_id))
    existing = {
        row.fingerprint: row
        for row in session.scalars(select(ClaimRow).where(ClaimRow.source_id == source_id))
    }
    now = utcnow()
    fingerprints = claim_fingerprints(claims)
    for fingerprint, claim in zip(fingerprints, claims, strict=True):
        row = existing.get(fingerprint)
        values = claim_row_values(claim)
        if row is None:
            session.add(
                ClaimRow(
                    source_id=source_id,
                    fingerprint=fingerprint,
                    review_status="extracted",
                    extracted_at=now,
                    level=strictest(source_level, claim.get("level")),
                    **values,
                )
            )
            stats.added += 1
            continue
        row.level = strictest(source_level, row.level)
        if row.review_status in REVIEWED:
            stats.kept_reviewed += 1
        else:
            apply_extraction(row, values)
            row.review_status = "extracted"
            row.extracted_at = now
            stats.updated += 1
    for fingerprint in existing.keys() - set(fingerprints):
        row = existing[fingerprint]
        # A claim a reviewer edited is a human's reading too: it is never made stale.
        if row.review_status == "extracted" and not row.original_values:
            row.review_status = "stale"
            stats.stale += 1
    return stats


def apply_extraction(row: ClaimRow, values: dict[str, Any]) -> None:
    """Write the extractor's values into a row, except for fields a reviewer edited: for those
    only the kept original changes, so the reviewer's value stays in force."""
    edited = dict(row.original_values or {})
    for name, value in values.items():
        key = "when" if name == "when_start" else name
        if key in edited:
            if name != "when_start":
                edited[name] = value
        else:
            setattr(row, name, value)
    if row.original_values:
        row.original_values = edited


def edit_claim(
    session: Session, claim_id: int, changes: dict[str, Any], editor: str
) -> ClaimRow | None:
    """Apply a reviewer's edits (already validated): each changed field is logged with its old
    and new value, and the extractor's first value is kept in `original_values`."""
    row = session.get(ClaimRow, claim_id)
    if row is None:
        return None
    original = dict(row.original_values or {})
    now = utcnow()
    for name, value in changes.items():
        old = getattr(row, name)
        if old == value:
            continue
        original.setdefault(name, old)
        session.add(
            ClaimEdit(
                claim_id=claim_id, field=name, old=old, new=value, edited_by=editor, edited_at=now
            )
        )
        setattr(row, name, value)
        if name == "when":
            row.when_start = dt.date.fromisoformat(value["start"]) if value else None
    row.original_values = original or None
    return row


def claims_query(
    source_ids: Iterable[int] | None = None,
    types: Iterable[str] | None = None,
    statuses: Iterable[str] | None = None,
) -> Select[tuple[ClaimRow]]:
    """A query for claims filtered by source, type and review status, in reading order."""
    query = select(ClaimRow)
    if source_ids:
        query = query.where(ClaimRow.source_id.in_(list(source_ids)))
    if types:
        query = query.where(ClaimRow.type.in_(list(types)))
    if statuses:
        query = query.where(ClaimRow.review_status.in_(list(statuses)))
    return query.order_by(ClaimRow.source_id, ClaimRow.start, ClaimRow.id)


def review_claim(
    session: Session, claim_id: int, status: str, reviewer: str, note: str | None = None
) -> ClaimRow | None:
    """Record a reviewer's decision (confirmed, disputed or rejected) with who, when and why."""
    if status not in REVIEWED:
        raise ValueError(f"unknown review status: {status}")
    row = session.get(ClaimRow, claim_id)
    if row is None:
        return None
    row.review_status = status
    row.reviewer = reviewer
    row.reviewer_note = note
    row.reviewed_at = utcnow()
    return row


def claim_row_to_dict(row: ClaimRow) -> dict[str, Any]:
    """A stored claim in the JSON contract, plus its id, source and review fields."""
    return {
        "id": row.id,
        "source_id": row.source_id,
        **{name: getattr(row, name) for name in CLAIM_FIELDS},
        "review_status": row.review_status,
        "reviewer": row.reviewer,
        "reviewer_note": row.reviewer_note,
        "reviewed_at": row.reviewed_at.isoformat() if row.reviewed_at else None,
        "level": row.level,
    }
