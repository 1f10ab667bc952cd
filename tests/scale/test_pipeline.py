"""Batch on a LocalCluster against PostgreSQL: a killed worker loses nothing, resume redoes
nothing, and the stored claims equal those of a serial `ingest` + `extract` run."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from distributed import Client
from sqlalchemy import func, select, update

from factfinder.extract.run import EXTRACTOR_VERSION, extract_sources
from factfinder.protect.audit import verify_chain
from factfinder.scale.pipeline import BatchSummary, run_batch
from factfinder.settings import Settings
from factfinder.sources.ingest import IngestOptions, ingest_targets
from factfinder.store.db import Store, open_store
from factfinder.store.models import AuditEntry, BatchFailure, Claim, CustodyEntry, Source

ALL = frozenset({"acquire", "extract", "link"})
ON_POSTGRES = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)


def count(store: Store, query) -> int:  # type: ignore[no-untyped-def]
    with store.session() as session:
        return session.scalar(query) or 0


def stored_claims(store: Store) -> set[tuple]:  # type: ignore[type-arg]
    """Claims keyed by the original's hash, comparable across databases and source ids."""
    with store.session() as session:
        rows = session.execute(
            select(
                Source.sha256, Claim.kind, Claim.type, Claim.sentence, Claim.start, Claim.end
            ).join(Source, Source.id == Claim.source_id)
        ).all()
    return {tuple(row) for row in rows}


def kill_a_worker_once_items_are_stored(
    client: Client, store: Store, at_least: int, killed: list[int]
) -> threading.Thread:
    """Kill the first worker's process (os._exit, like an OOM kill) once some sources exist."""

    def kill() -> None:
        deadline = time.monotonic() + 120
        while count(store, select(func.count(Source.id))) < at_least:
            if time.monotonic() > deadline:
                return
            time.sleep(0.05)
        pids = client.run(os.getpid)
        victim = sorted(pids)[0]
        killed.append(pids[victim])
        try:
            client.run(os._exit, 1, workers=[victim])
        except Exception:  # the worker's connection drops as it dies
            pass

    thread = threading.Thread(target=kill, daemon=True)
    thread.start()
    return thread


@ON_POSTGRES
def test_killed_worker_loses_nothing_and_resume_matches_serial(
    client: Client, store: Store, warc_path: Path, tmp_path: Path
) -> None:
    killed: list[int] = []
    killer = kill_a_worker_once_items_are_stored(client, store, 3, killed)
    summary = run_batch(client, store, [str(warc_path)], ALL, partition_size=2)
    killer.join()
    assert killed and killed[0] not in client.run(os.getpid).values()  # it really died
    assert summary.failed == 0, summary.failures
    assert summary.done + summary.skipped == 12

    # Nothing lost, nothing half-written: every source has its custody chain and its claims.
    assert count(store, select(func.count(Source.id))) == 12
    assert (
        count(
            store, select(func.count(Source.id)).where(Source.extracted_with != EXTRACTOR_VERSION)
        )
        == 0
    )
    sources_without_custody = select(func.count(Source.id)).where(
        ~select(CustodyEntry.id).where(CustodyEntry.source_id == Source.id).exists()
    )
    assert count(store, sources_without_custody) == 0
    assert summary.link is not None and summary.link.incidents > 0
    first = stored_claims(store)

    # Resume: everything is skipped, nothing is collected again.
    custody_before = count(store, select(func.count(CustodyEntry.id)))
    again = run_batch(client, store, [str(warc_path)], ALL, partition_size=5)
    assert (again.done, again.skipped, again.failed) == (0, 12, 0)
    assert count(store, select(func.count(CustodyEntry.id))) == custody_before
    assert stored_claims(store) == first

    # A serial run of the CLI's stages over the same WARC stores the very same claims.
    serial = open_store(
        Settings(home=tmp_path / "serial", database_url=f"sqlite:///{tmp_path / 's.db'}")
    )
    ingest_targets(serial, [str(warc_path)], IngestOptions(capture=False))
    with serial.session() as session:
        ids = list(session.scalars(select(Source.id)))
    extract_sources(serial, ids)
    assert stored_claims(serial) == first
    serial.engine.dispose()


def test_jsonl_folder_and_bad_items_are_reported_and_recorded(
    client: Client, store: Store, jsonl_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (folder / "note.txt").write_text("Police in Tarnhold detained 14 students on 3 March 2025.\n")
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"url": "https://example.org/x", "html": "<p>Ten men were detained.</p>"}\nnot json\n'
    )
    summary: BatchSummary = run_batch(
        client,
        store,
        [str(jsonl_path), str(folder), str(bad)],
        frozenset({"acquire", "extract"}),
        partition_size=4,
    )
    assert summary.done == 12 + 1 + 1
    reasons = {f.item: f.reason for f in summary.failures}
    assert reasons[str(folder / "picture.png")]
    assert any(reason == "line is not JSON" for reason in reasons.values())
    assert count(store, select(func.count(BatchFailure.id))) == summary.failed == 2
    with store.session() as session:
        titles = set(session.scalars(select(Source.title)))
    assert len(titles) >= 12  # JSONL metadata (title) was kept


def test_extract_only_run_picks_up_unextracted_sources(
    client: Client, store: Store, warc_path: Path
) -> None:
    acquired = run_batch(client, store, [str(warc_path)], frozenset({"acquire"}), partition_size=6)
    assert acquired.done == 12 and acquired.claims == 0
    extracted = run_batch(client, store, [], frozenset({"extract"}), partition_size=6)
    assert extracted.done == 12 and extracted.claims > 0
    assert run_batch(client, store, [], frozenset({"extract"}), partition_size=6).items == 0


@ON_POSTGRES
def test_re_extraction_keeps_reviewer_decisions_and_the_audit_chain(
    client: Client, store: Store, warc_path: Path
) -> None:
    """A first run writes each partition's claims in bulk; re-extracting sources that have
    claims goes through `extract_source`, which never overrides a reviewer; the audit chain
    stays whole with two workers appending to it."""
    first = run_batch(
        client, store, [str(warc_path)], frozenset({"acquire", "extract"}), partition_size=3
    )
    assert first.done == 12 and first.claims > 0
    with store.session() as session:
        reviewed = session.scalars(select(Claim).order_by(Claim.id).limit(1)).one()
        reviewed.review_status, reviewed.reviewer_note = "rejected", "misread"
        reviewed_id = reviewed.id
        session.execute(update(Source).values(extracted_with="older rules"))
    claims_before = stored_claims(store)
    rows_before = count(store, select(func.count(Claim.id)))

    again = run_batch(client, store, [], frozenset({"extract"}), partition_size=4)
    assert (again.done, again.failed) == (12, 0)
    assert stored_claims(store) == claims_before
    with store.session() as session:
        kept = session.get(Claim, reviewed_id)
        assert kept is not None and (kept.review_status, kept.reviewer_note) == (
            "rejected",
            "misread",
        )
    assert count(store, select(func.count(Claim.id))) == rows_before
    chain = verify_chain(store)
    assert chain.intact, chain.problems
    assert chain.checked == count(store, select(func.count(AuditEntry.seq)))
