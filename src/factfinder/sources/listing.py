"""Stored sources as plain records for listing and display (CLI tables, JSON, later the API)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Result, bindparam, select

from factfinder.errors import NotFound
from factfinder.store.db import Store
from factfinder.store.models import CustodyEntry, DerivedFile, Source

# The fields that identify a source and where it came from (one row of `sources`), in order.
SUMMARY_COLUMNS = (
    Source.id,
    Source.uri,
    Source.final_uri,
    Source.sha256,
    Source.title,
    Source.publisher,
    Source.author,
    Source.published_at,
    Source.retrieved_at,
    Source.media_type,
    Source.size,
    Source.language,
    Source.tags,
    Source.collected_by,
    Source.level,
)
# What `source_details` adds to the summary, in order (the text comes last).
DETAIL_COLUMNS = (
    Source.factfinder_version,
    Source.http_status,
    Source.http_headers,
    Source.note,
    Source.extra,
)


def source_summaries(rows: Result[Any]) -> list[dict[str, Any]]:
    """Rows selected with SUMMARY_COLUMNS first as plain records (dates as ISO strings).

    Plain rows rather than ORM objects: a list page of 50 sources spends most of its time
    turning rows into records, and ORM objects with every column loaded cost a third more.
    """
    keys = list(rows.keys())
    records = []
    for values in rows.tuples():
        record = dict(zip(keys, values, strict=True))
        published = record["published_at"]
        record["published_at"] = published.isoformat() if published else None
        record["retrieved_at"] = record["retrieved_at"].isoformat()
        record["tags"] = list(record["tags"] or [])
        records.append(record)
    return records


def custody_record(entry: CustodyEntry) -> dict[str, Any]:
    return {
        "seq": entry.seq,
        "action": entry.action,
        "actor": entry.actor,
        "at": entry.at.isoformat(),
        "details": entry.details,
        "prev_hash": entry.prev_hash,
        "entry_hash": entry.entry_hash,
    }


def derived_record(item: DerivedFile) -> dict[str, Any]:
    return {
        "id": item.id,
        "kind": item.kind,
        "sha256": item.sha256,
        "size": item.size,
        "media_type": item.media_type,
        "created_at": item.created_at.isoformat(),
    }


def list_sources(store: Store) -> list[dict[str, Any]]:
    """Every stored source, oldest first, without its text."""
    with store.session() as session:
        return source_summaries(session.execute(select(*SUMMARY_COLUMNS).order_by(Source.id)))


# A source page's statements, built once (building one costs more than running it by id).
_DETAILS = select(*SUMMARY_COLUMNS, *DETAIL_COLUMNS, Source.text).where(
    Source.id == bindparam("source_id")
)
_DERIVED = (
    select(DerivedFile)
    .where(DerivedFile.source_id == bindparam("source_id"))
    .order_by(DerivedFile.id)
)
_CUSTODY = (
    select(CustodyEntry)
    .where(CustodyEntry.source_id == bindparam("source_id"))
    .order_by(CustodyEntry.seq)
)


def source_details(store: Store, source_id: int) -> dict[str, Any]:
    """One source in full: metadata, HTTP facts, derived files, custody log and text."""
    by_id = {"source_id": source_id}
    with store.session() as session:
        found = source_summaries(session.connection().execute(_DETAILS, by_id))
        if not found:
            raise NotFound(f"no source with id #{source_id}")
        details = found[0]
        text = details.pop("text")
        details["derived_files"] = [
            derived_record(item) for item in session.scalars(_DERIVED, by_id)
        ]
        details["custody"] = [custody_record(entry) for entry in session.scalars(_CUSTODY, by_id)]
        details["text"] = text
        return details
