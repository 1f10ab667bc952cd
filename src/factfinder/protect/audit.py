"""The audit log: who did what, when, to which record — append-only and hash-chained.

Entries carry ids, hashes and counts, never the names of people in the material or its text,
so the log itself can be shown to anyone who checks how the data was handled.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from factfinder.store.db import Store
from factfinder.store.models import AuditEntry, utcnow

GENESIS_HASH = "0" * 64
_INSERT = AuditEntry.__table__.insert()
_LAST = select(AuditEntry.seq, AuditEntry.entry_hash).order_by(AuditEntry.seq.desc()).limit(1)
# A transaction-scoped advisory lock (key: "audi" in ASCII) serialises appenders on PostgreSQL.
_PG_LOCK = text("SELECT pg_advisory_xact_lock(1635087465)")


def canonical_entry(
    seq: int,
    at: dt.datetime,
    actor: str,
    action: str,
    object_type: str | None,
    object_id: str | None,
    details: dict[str, Any],
    prev_hash: str,
) -> bytes:
    """The exact bytes an entry's hash covers: sorted-key compact JSON, time as UTC ISO 8601."""
    record = {
        "seq": seq,
        "at": at.astimezone(dt.UTC).isoformat(),
        "actor": actor,
        "action": action,
        "object_type": object_type,
        "object_id": object_id,
        "details": details,
        "prev_hash": prev_hash,
    }
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _hash(*fields: Any) -> str:
    return hashlib.sha256(canonical_entry(*fields)).hexdigest()


def record(
    target: Session | Connection,
    actor: str,
    action: str,
    object_type: str | None = None,
    object_id: int | str | None = None,
    details: dict[str, Any] | None = None,
) -> int:
    """Append an entry in the caller's transaction, so the entry and the action commit together.

    Returns the entry's seq. Concurrent appenders are serialised by an advisory lock on
    PostgreSQL; on SQLite by the database's single write lock, which the caller holds once it
    has written anything (every factfinder action writes before it records itself).
    """
    return record_many(target, [(actor, action, object_type, object_id, details)])[0]


# What one entry says: actor, action, object type, object id, details.
Entry = tuple[str, str, str | None, int | str | None, dict[str, Any] | None]


def record_many(target: Session | Connection, entries: list[Entry]) -> list[int]:
    """Append several entries, in order, with one look-up of the chain's tail and one insert:
    for actions committed together in the caller's transaction (a batch of ingested sources).
    Returns their seqs; locking as for `record`."""
    if isinstance(target, Session):
        # Write the caller's pending changes first: on SQLite that takes the write lock, so no
        # other process can append between our read of the tail and our insert.
        target.flush()
        connection = target.connection()
    else:
        connection = target
    if connection.dialect.name == "postgresql":
        # Appenders in other processes wait here until this transaction ends, so two entries
        # never claim the same seq. (SQLite lets one writer at a time into the database.)
        connection.execute(_PG_LOCK)
    last = connection.execute(_LAST).first()
    seq, prev_hash = (last[0], last[1]) if last else (0, GENESIS_HASH)
    rows = []
    for actor, action, object_type, object_id, details in entries:
        # Microsecond precision is what both databases keep, and details go through a JSON
        # round trip, so the hash computed now is the one recomputed from the stored row.
        at = utcnow()
        clean = json.loads(json.dumps(details or {}))
        oid = None if object_id is None else str(object_id)
        seq += 1
        entry_hash = _hash(seq, at, actor, action, object_type, oid, clean, prev_hash)
        rows.append(
            {
                "seq": seq,
                "at": at,
                "actor": actor,
                "action": action,
                "object_type": object_type,
                "object_id": oid,
                "details": clean,
                "prev_hash": prev_hash,
                "entry_hash": entry_hash,
            }
        )
        prev_hash = entry_hash
    if rows:
        connection.execute(_INSERT, rows)
    return [row["seq"] for row in rows]


def record_now(store: Store, actor: str, action: str, **fields: Any) -> int:
    """Append an entry in a transaction of its own (for actions that write nothing else)."""
    with store.session() as session:
        return record(session, actor, action, **fields)


def entries(store: Store, limit: int | None = None) -> list[AuditEntry]:
    """The log in order (the newest `limit` entries when a limit is given)."""
    with store.session() as session:
        query = select(AuditEntry).order_by(AuditEntry.seq.desc())
        if limit:
            query = query.limit(limit)
        return list(reversed(session.scalars(query).all()))


def entry_as_json(entry: AuditEntry) -> dict[str, Any]:
    return {
        "seq": entry.seq,
        "at": entry.at.isoformat(),
        "actor": entry.actor,
        "action": entry.action,
        "object_type": entry.object_type,
        "object_id": entry.object_id,
        "details": entry.details,
        "prev_hash": entry.prev_hash,
        "entry_hash": entry.entry_hash,
    }


@dataclass
class ChainReport:
    """What `audit verify` found: entries checked and every break, by seq."""

    checked: int
    problems: list[str]

    @property
    def intact(self) -> bool:
        return not self.problems


def verify_chain(store: Store) -> ChainReport:
    """Re-hash every entry and check each links to the one before and that no seq is missing.

    An edited entry fails its own hash; a deleted or re-ordered one breaks the link or the
    numbering of the next. (Removing the newest entries leaves a shorter valid chain: compare
    the count and last hash with a copy kept elsewhere to detect that.)
    """
    problems: list[str] = []
    expected_prev, expected_seq, checked = GENESIS_HASH, 1, 0
    with store.session() as session:
        for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
            checked += 1
            if entry.seq != expected_seq:
                problems.append(f"entry {entry.seq}: expected seq {expected_seq} (entries missing)")
            if entry.prev_hash != expected_prev:
                problems.append(f"entry {entry.seq}: does not link to the entry before it")
            recomputed = _hash(
                entry.seq,
                entry.at,
                entry.actor,
                entry.action,
                entry.object_type,
                entry.object_id,
                entry.details,
                entry.prev_hash,
            )
            if recomputed != entry.entry_hash:
                problems.append(f"entry {entry.seq}: altered (its hash no longer matches)")
            expected_prev, expected_seq = entry.entry_hash, entry.seq + 1
    return ChainReport(checked, problems)
