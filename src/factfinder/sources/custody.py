"""The chain of custody: append-only, hash-linked entries per source, and the check of a chain."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from factfinder.store.models import CustodyEntry, utcnow

GENESIS_HASH = "0" * 64  # the "previous hash" of a source's first entry
_INSERT_ENTRY = CustodyEntry.__table__.insert()


def canonical_entry(
    source_id: int,
    seq: int,
    action: str,
    actor: str,
    at: dt.datetime,
    details: dict[str, Any],
    prev_hash: str,
) -> bytes:
    """The exact bytes an entry's hash covers: sorted-key compact JSON, time as UTC ISO 8601.

    Everything that gives the entry its meaning is inside, so editing any field, or moving the
    entry to another place in the chain, changes the hash.
    """
    record = {
        "source_id": source_id,
        "seq": seq,
        "action": action,
        "actor": actor,
        "at": at.astimezone(dt.UTC).isoformat(),
        "details": details,
        "prev_hash": prev_hash,
    }
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def entry_hash_of(entry: CustodyEntry) -> str:
    """Recompute an entry's hash from its stored fields."""
    canonical = canonical_entry(
        entry.source_id,
        entry.seq,
        entry.action,
        entry.actor,
        entry.at,
        entry.details,
        entry.prev_hash,
    )
    return hashlib.sha256(canonical).hexdigest()


def _linked_row(
    source_id: int,
    seq: int,
    prev_hash: str,
    action: str,
    actor: str,
    details: dict[str, Any],
    at: dt.datetime | None,
) -> dict[str, Any]:
    """The column values of the next entry, its hash computed over its canonical form."""
    # Microsecond precision is what both databases keep, and details go through a JSON round
    # trip first, so the hash computed now is the hash recomputed from the stored row.
    row = {
        "source_id": source_id,
        "seq": seq,
        "action": action,
        "actor": actor,
        "at": (at or utcnow()).astimezone(dt.UTC),
        "details": json.loads(json.dumps(details)),
        "prev_hash": prev_hash,
    }
    row["entry_hash"] = hashlib.sha256(canonical_entry(**row)).hexdigest()
    return row


Step = tuple[str, str, dict[str, Any], dt.datetime | None]  # action, actor, details, time


def start_chain(
    connection: Connection | Session, source_id: int, steps: Sequence[Step]
) -> list[dict[str, Any]]:
    """Write the first entries (action, actor, details, time) of a source that is being created
    in this transaction; no look-up is needed because its chain is known to be empty."""
    return start_chains(connection, [(source_id, steps)])


def start_chains(
    connection: Connection | Session, chains: Sequence[tuple[int, Sequence[Step]]]
) -> list[dict[str, Any]]:
    """Write the first entries of several new sources with one statement (a batch of ingests)."""
    rows: list[dict[str, Any]] = []
    for source_id, steps in chains:
        prev_hash = GENESIS_HASH
        for seq, (action, actor, details, at) in enumerate(steps, start=1):
            rows.append(_linked_row(source_id, seq, prev_hash, action, actor, details, at))
            prev_hash = rows[-1]["entry_hash"]
    if rows:
        connection.execute(_INSERT_ENTRY, rows)
    return rows


def append_custody(
    session: Session,
    source_id: int,
    action: str,
    actor: str,
    details: dict[str, Any],
    *,
    at: dt.datetime | None = None,
) -> CustodyEntry:
    """Add the next entry to a source's chain, linked to the last one, inside the caller's
    transaction (details hold ids and hashes, never names or source text)."""
    last = session.execute(
        select(CustodyEntry.seq, CustodyEntry.entry_hash)
        .where(CustodyEntry.source_id == source_id)
        .order_by(CustodyEntry.seq.desc())
        .limit(1)
    ).first()
    seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
    entry = CustodyEntry(**_linked_row(source_id, seq, prev_hash, action, actor, details, at))
    session.add(entry)
    session.flush()
    return entry


def chain_problems(entries: Sequence[CustodyEntry]) -> list[str]:
    """What is wrong with a chain, in order ([] when intact): a gap or reordering in the
    sequence, a link that does not point at the previous entry, or an entry whose content no
    longer matches its hash."""
    problems: list[str] = []
    prev_hash = GENESIS_HASH
    if not entries:
        return ["custody log is empty"]
    for expected_seq, entry in enumerate(sorted(entries, key=lambda e: e.seq), start=1):
        if entry.seq != expected_seq:
            problems.append(f"broken chain at seq {expected_seq}: entry missing or renumbered")
            break
        if entry.prev_hash != prev_hash:
            problems.append(f"broken chain at seq {entry.seq}: does not link to the entry before")
            break
        if entry_hash_of(entry) != entry.entry_hash:
            problems.append(f"broken chain at seq {entry.seq}: entry was altered")
            break
        prev_hash = entry.entry_hash
    return problems
