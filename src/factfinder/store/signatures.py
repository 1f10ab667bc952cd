"""Store side of near-duplicate grouping: source signatures, band keys and group rows.

Every read here is by key (source ids, band keys, group ids) so that grouping a few new
sources costs the same in a small archive and a large one; only the full rebuild scans.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, exists, func, insert, select
from sqlalchemy.orm import Session, aliased

from factfinder.store.models import Source, SourceBand, SourceDuplicate, SourceSignature

# Ids per IN (...) list: far below SQLite's and PostgreSQL's bound-parameter limits.
ID_BATCH = 1000
TEXT_BATCH = 500  # texts are read in batches so a large archive never sits in memory


@dataclass(frozen=True, slots=True)
class StoredSignature:
    """A source's signature bytes (None: too short to compare) and its (band, key) pairs."""

    hashvalues: bytes | None
    bands: Sequence[tuple[int, int]]


def _chunks(ids: Iterable[int], size: int = ID_BATCH) -> Iterator[list[int]]:
    ordered = sorted(set(ids))
    for offset in range(0, len(ordered), size):
        yield ordered[offset : offset + size]


def iter_texts_of(session: Session, ids: Collection[int]) -> Iterator[tuple[int, str | None]]:
    """(source id, text) for the named sources that exist, in batches."""
    for chunk in _chunks(ids, TEXT_BATCH):
        yield from session.execute(select(Source.id, Source.text).where(Source.id.in_(chunk)))


_UNSIGNED = ~exists().where(SourceSignature.source_id == Source.id)


def sources_after_last_signed(session: Session, limit: int) -> list[int]:
    """Up to `limit` sources with a higher id than any signed source, by index range.

    Sources get rising ids and every grouping pass signs all of these, so they are the
    unsigned ones; finding them never scans the archive (an anti-join over all sources did).
    """
    last = select(func.coalesce(func.max(SourceSignature.source_id), 0)).scalar_subquery()
    query = select(Source.id).where(Source.id > last).order_by(Source.id).limit(limit)
    return list(session.scalars(query))


def iter_unsigned_texts(session: Session) -> Iterator[list[tuple[int, str | None]]]:
    """Batches of (source id, text) of sources without a signature, in id order.

    Keyed on the last id seen, so the caller may store each batch's signatures before the next.
    """
    after = 0
    while True:
        batch = session.execute(
            select(Source.id, Source.text)
            .where(_UNSIGNED, Source.id > after)
            .order_by(Source.id)
            .limit(TEXT_BATCH)
        ).all()
        if not batch:
            return
        yield [(row.id, row.text) for row in batch]
        after = batch[-1].id


def load_signatures(session: Session, ids: Collection[int]) -> dict[int, bytes | None]:
    """Stored signature bytes of those named sources that have a row (None: too short)."""
    found: dict[int, bytes | None] = {}
    for chunk in _chunks(ids):
        rows = session.execute(
            select(SourceSignature.source_id, SourceSignature.hashvalues).where(
                SourceSignature.source_id.in_(chunk)
            )
        )
        found.update({source_id: values for source_id, values in rows})
    return found


def save_signatures(session: Session, signatures: Mapping[int, StoredSignature]) -> None:
    """Store (or replace) the signatures and band keys of these sources."""
    for chunk in _chunks(signatures):
        session.execute(delete(SourceBand).where(SourceBand.source_id.in_(chunk)))
        session.execute(delete(SourceSignature).where(SourceSignature.source_id.in_(chunk)))
        session.execute(
            insert(SourceSignature.__table__),
            [{"source_id": sid, "hashvalues": signatures[sid].hashvalues} for sid in chunk],
        )
        bands = [
            {"source_id": sid, "band": band, "key": key}
            for sid in chunk
            for band, key in signatures[sid].bands
        ]
        if bands:
            session.execute(insert(SourceBand.__table__), bands)


def band_matches(session: Session, keys: Iterable[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(band, key, source id) of every stored source with one of these band keys.

    One indexed lookup per band and batch of keys: the cost follows the number of keys asked
    for and sources found, not the size of the archive.
    """
    by_band: dict[int, set[int]] = {}
    for band, key in keys:
        by_band.setdefault(band, set()).add(key)
    found: list[tuple[int, int, int]] = []
    for band, band_keys in sorted(by_band.items()):
        for chunk in _chunks(band_keys):
            rows = session.execute(
                select(SourceBand.key, SourceBand.source_id).where(
                    SourceBand.band == band, SourceBand.key.in_(chunk)
                )
            )
            found.extend((band, key, source_id) for key, source_id in rows)
    return found


def iter_band_pairs(session: Session) -> Iterator[tuple[int, int]]:
    """Every pair of sources (lower id first) sharing a band key: the rebuild's candidates."""
    first, second = aliased(SourceBand), aliased(SourceBand)
    query = (
        select(first.source_id, second.source_id)
        .join(second, (first.band == second.band) & (first.key == second.key))
        .where(first.source_id < second.source_id)
        .distinct()
    )
    yield from session.execute(query.execution_options(yield_per=10_000)).tuples()


def load_duplicate_rows(session: Session, ids: Collection[int]) -> dict[int, tuple[int, float]]:
    """source id → (group id, similarity) for those named sources that are in a group."""
    return _duplicate_rows_where(session, SourceDuplicate.source_id, ids)


def load_group_members(
    session: Session, group_ids: Collection[int]
) -> dict[int, tuple[int, float]]:
    """source id → (group id, similarity) for every member of the named groups."""
    return _duplicate_rows_where(session, SourceDuplicate.group_id, group_ids)


def _duplicate_rows_where(
    session: Session, column: Any, values: Collection[int]
) -> dict[int, tuple[int, float]]:
    found: dict[int, tuple[int, float]] = {}
    for chunk in _chunks(values):
        rows = session.execute(
            select(
                SourceDuplicate.source_id, SourceDuplicate.group_id, SourceDuplicate.similarity
            ).where(column.in_(chunk))
        )
        found.update({sid: (gid, sim) for sid, gid, sim in rows})
    return found


def write_duplicate_rows(
    session: Session, rows: Mapping[int, tuple[int, float]], removed: Collection[int]
) -> None:
    """Replace the group rows of `rows`' sources and delete those of `removed`; others stay."""
    for chunk in _chunks({*rows, *removed}):
        session.execute(delete(SourceDuplicate).where(SourceDuplicate.source_id.in_(chunk)))
    for chunk in _chunks(rows):
        session.execute(
            insert(SourceDuplicate.__table__),
            [
                {"source_id": sid, "group_id": rows[sid][0], "similarity": rows[sid][1]}
                for sid in chunk
            ],
        )


def count_grouped(session: Session) -> int:
    """How many sources are in some near-duplicate group."""
    return session.scalar(select(func.count()).select_from(SourceDuplicate)) or 0
