"""Kept results: a total never outlives a change, whoever made it (this or another process)."""

import datetime as dt

from sqlalchemy import func, insert, select, update

from factfinder.settings import Settings
from factfinder.store.cache import until_changed
from factfinder.store.db import Store, open_store
from factfinder.store.models import Claim, Source

NOW = dt.datetime(2026, 5, 1, tzinfo=dt.UTC)


def _source_with_claims(store: Store, claims: int) -> int:
    with store.session() as session:
        source_id = session.execute(
            insert(Source).returning(Source.id),
            {
                "uri": "report.txt",
                "sha256": "c" * 64,
                "size": 10,
                "media_type": "text/plain",
                "retrieved_at": NOW,
                "collected_by": "tester",
                "factfinder_version": "test",
                "text": "Police detained 40 men in Osk.",
                "tags": [],
                "extra": {},
            },
        ).scalar_one()
        for n in range(claims):
            _add_claim(session, source_id, n)
    return source_id


def _add_claim(session, source_id: int, n: int) -> None:  # type: ignore[no-untyped-def]
    session.execute(
        insert(Claim),
        {
            "source_id": source_id,
            "fingerprint": f"f{n:063d}",
            "kind": "event",
            "type": "detention",
            "sentence": "Police detained 40 men in Osk.",
            "start": 0,
            "end": 30,
            "confidence": 0.9,
            "extracted_at": NOW,
        },
    )


def _extracted(store: Store) -> tuple[int, int]:
    """(the remembered count of unreviewed claims, how often it was really counted)."""
    calls = []
    query = select(func.count()).select_from(Claim).where(Claim.review_status == "extracted")
    with store.session() as session:

        def count() -> int:
            calls.append(1)
            return session.scalar(query) or 0

        return until_changed(session, ("extracted",), count), len(calls)


def test_a_count_is_kept_until_this_process_changes_a_claim(store: Store) -> None:
    source_id = _source_with_claims(store, 3)
    assert _extracted(store)[0] == 3
    on_sqlite = store.dialect == "sqlite"
    assert _extracted(store) == (3, 0 if on_sqlite else 1)
    with store.session() as session:
        session.execute(update(Claim).where(Claim.id == 1).values(review_status="confirmed"))
        _add_claim(session, source_id, 99)
        _add_claim(session, source_id, 100)
    assert _extracted(store) == (4, 1)


def test_a_change_rolled_back_leaves_no_wrong_count(store: Store) -> None:
    source_id = _source_with_claims(store, 2)
    assert _extracted(store)[0] == 2
    try:
        with store.session() as session:
            _add_claim(session, source_id, 7)
            # Asked inside the writing transaction: counted afresh, and not kept.
            assert until_changed(session, ("extracted",), lambda: 3) == 3
            raise RuntimeError("abandon the transaction")
    except RuntimeError:
        pass
    assert _extracted(store)[0] == 2


def test_a_commit_by_another_connection_is_seen_at_once(sqlite_settings: Settings) -> None:
    web, other = open_store(sqlite_settings), open_store(sqlite_settings)
    try:
        source_id = _source_with_claims(web, 5)
        assert _extracted(web) == (5, 1)
        assert _extracted(web) == (5, 0)
        with other.session() as session:  # as `extract` in another process would
            _add_claim(session, source_id, 42)
        assert _extracted(web) == (6, 1)
    finally:
        web.engine.dispose()
        other.engine.dispose()
