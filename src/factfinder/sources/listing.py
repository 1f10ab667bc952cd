"""Stored sources as plain records for listing and display (CLI tables, JSON, later the API)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from factfinder.errors import NotFound
from factfinder.store.db import Store
from factfinder.store.models import CustodyEntry, DerivedFile, Source


def source_summary(source: Source) -> dict[str, Any]:
    """The fields that identify a source and where it came from (one row of `sources`)."""
    return {
        "id": source.id,
        "uri": source.uri,
        "final_uri": source.final_uri,
        "sha256": source.sha256,
        "title": source.title,
        "publisher": source.publisher,
        "author": source.author,
        "published_at": source.published_at.isoformat() if source.published_at else None,
        "retrieved_at": source.retrieved_at.isoformat(),
        "media_type": source.media_type,
        "size": source.size,
        "language": source.language,
        "tags": list(source.tags or []),
        "collected_by": source.collected_by,
        "level": source.level,
    }


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
        return [source_summary(s) for s in session.scalars(select(Source).order_by(Source.id))]


def source_details(store: Store, source_id: int) -> dict[str, Any]:
    """One source in full: metadata, HTTP facts, derived files, custody log and text."""
    with store.session() as session:
        source = session.scalars(
            select(Source)
            .where(Source.id == source_id)
            .options(selectinload(Source.derived_files), selectinload(Source.custody))
        ).one_or_none()
        if source is None:
            raise NotFound(f"no source with id #{source_id}")
        return source_summary(source) | {
            "factfinder_version": source.factfinder_version,
            "http_status": source.http_status,
            "http_headers": source.http_headers,
            "note": source.note,
            "extra": source.extra,
            "derived_files": [derived_record(item) for item in source.derived_files],
            "custody": [custody_record(entry) for entry in source.custody],
            "text": source.text,
        }
