"""The custody log is a hash chain: any edit, deletion or reordering is detected."""

import datetime as dt
import hashlib
import json

from sqlalchemy import delete, select, update

from factfinder.sources.custody import (
    GENESIS_HASH,
    append_custody,
    canonical_entry,
    chain_problems,
)
from factfinder.store.db import Store
from factfinder.store.models import CustodyEntry, Source, utcnow


def _source_with_chain(store: Store, actions: list[str]) -> int:
    with store.session() as session:
        source = Source(
            uri="kerrow.txt",
            sha256="e" * 64,
            size=3,
            media_type="text/plain",
            retrieved_at=utcnow(),
            collected_by="tester",
            factfinder_version="test",
            tags=[],
            extra={},
        )
        session.add(source)
        session.flush()
        for action in actions:
            append_custody(session, source.id, action, "tester", {"sha256": "e" * 64})
        return source.id


def _chain(store: Store, source_id: int) -> list[CustodyEntry]:
    with store.session() as session:
        return list(
            session.scalars(
                select(CustodyEntry)
                .where(CustodyEntry.source_id == source_id)
                .order_by(CustodyEntry.seq)
            )
        )


def test_entries_link_to_the_previous_one(store: Store) -> None:
    source_id = _source_with_chain(store, ["collected", "text-extracted", "verified"])
    chain = _chain(store, source_id)
    assert [e.seq for e in chain] == [1, 2, 3]
    assert chain[0].prev_hash == GENESIS_HASH == "0" * 64
    assert chain[1].prev_hash == chain[0].entry_hash
    assert chain[2].prev_hash == chain[1].entry_hash
    assert chain_problems(chain) == []


def test_entry_hash_is_sha256_of_the_canonical_form() -> None:
    at = dt.datetime(2026, 4, 3, 9, 30, tzinfo=dt.UTC)
    canonical = canonical_entry(7, 1, "collected", "tester", at, {"b": 1, "a": "x"}, "0" * 64)
    assert json.loads(canonical) == {
        "source_id": 7,
        "seq": 1,
        "action": "collected",
        "actor": "tester",
        "at": "2026-04-03T09:30:00+00:00",
        "details": {"a": "x", "b": 1},
        "prev_hash": "0" * 64,
    }
    assert canonical.startswith(b'{"action":"collected","actor":"tester","at":')
    assert len(hashlib.sha256(canonical).hexdigest()) == 64


def test_edited_details_break_the_chain(store: Store) -> None:
    source_id = _source_with_chain(store, ["collected", "text-extracted", "verified"])
    with store.session() as session:
        session.execute(
            update(CustodyEntry)
            .where(CustodyEntry.source_id == source_id, CustodyEntry.seq == 2)
            .values(details={"sha256": "f" * 64})
        )
    assert chain_problems(_chain(store, source_id)) == ["broken chain at seq 2: entry was altered"]


def test_edited_actor_or_time_break_the_chain(store: Store) -> None:
    source_id = _source_with_chain(store, ["collected", "verified"])
    with store.session() as session:
        session.execute(
            update(CustodyEntry)
            .where(CustodyEntry.source_id == source_id, CustodyEntry.seq == 1)
            .values(at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
        )
    assert chain_problems(_chain(store, source_id)) == ["broken chain at seq 1: entry was altered"]


def test_deleted_entry_breaks_the_chain(store: Store) -> None:
    source_id = _source_with_chain(store, ["collected", "text-extracted", "verified"])
    with store.session() as session:
        session.execute(
            delete(CustodyEntry).where(CustodyEntry.source_id == source_id, CustodyEntry.seq == 2)
        )
    assert chain_problems(_chain(store, source_id)) == [
        "broken chain at seq 2: entry missing or renumbered"
    ]


def test_reordered_entries_break_the_chain(store: Store) -> None:
    source_id = _source_with_chain(store, ["collected", "text-extracted", "verified"])
    with store.session() as session:
        for seq, new in ((2, 99), (3, 2), (99, 3)):
            session.execute(
                update(CustodyEntry)
                .where(CustodyEntry.source_id == source_id, CustodyEntry.seq == seq)
                .values(seq=new)
            )
    problems = chain_problems(_chain(store, source_id))
    assert problems and problems[0].startswith("broken chain at seq 2")
