"""The batch pipeline: each Dask task runs the CLI's own stage code over one partition."""

from __future__ import annotations

import datetime as dt
import resource
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from distributed import Client, as_completed
from sqlalchemy import bindparam, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import IntegrityError as DatabaseIntegrityError

from factfinder.errors import FactfinderError, InputError
from factfinder.extract.run import EXTRACTOR_VERSION, extract_source
from factfinder.link.run import LinkSummary, run_link
from factfinder.protect import audit
from factfinder.protect.envelope import Kek
from factfinder.protect.keys import keyring_for
from factfinder.protect.levels import strictest
from factfinder.scale.partitions import (
    InputProblem,
    JsonlDocument,
    Partition,
    iter_partitions,
    read_jsonl_partition,
    read_warc_partition,
    source_partitions,
)
from factfinder.settings import Settings
from factfinder.sources.ingest import (
    BATCH_BYTES,
    BATCH_ITEMS,
    WARC_DATE_UNREADABLE,
    IngestOptions,
    IngestPipeline,
    IngestResult,
    NewSource,
    commit_batch,
    ingest_targets,
    prepare_item,
    warc_page,
)
from factfinder.sources.originals import sha256_hex
from factfinder.sources.warc import WarcResponse
from factfinder.store.claims import claim_fingerprints, claim_row_values
from factfinder.store.db import Store, open_store
from factfinder.store.models import BatchFailure, Claim, Source, utcnow

STAGES = ("acquire", "extract", "link")
# Partitions queued per worker beyond the one it runs: keeps workers busy while the client
# holds only a bounded number of partitions (and results) however large the archive is.
QUEUE_PER_WORKER = 2

# One Store (one engine, one connection pool) per worker process and database, and the
# home's key with it: unlocking a passphrase-protected key costs a deliberately slow KDF.
_STORES: dict[tuple[str, str], tuple[Store, Kek | None]] = {}


@dataclass
class ItemOutcome:
    """What happened to one item: stored ("done"), already there ("skipped") or "failed"."""

    item: str
    status: str
    source_id: int | None = None
    stage: str | None = None
    reason: str | None = None
    claims: int = 0


@dataclass
class PartitionReport:
    """A task's result: its items' outcomes and how the worker fared (for benchmarks)."""

    outcomes: list[ItemOutcome]
    seconds: float
    peak_rss_mb: float
    cpu_seconds: float = 0.0  # the worker's CPU time on this partition (load-independent)


@dataclass
class BatchSummary:
    """The whole run: counts, the failures with reasons, and the link summary if linked."""

    done: int = 0
    skipped: int = 0
    failed: int = 0
    claims: int = 0
    seconds: float = 0.0
    failures: list[ItemOutcome] = field(default_factory=list)
    peak_rss_mb: float = 0.0
    cpu_seconds: float = 0.0  # workers' CPU time over all partitions
    link: LinkSummary | None = None

    @property
    def items(self) -> int:
        return self.done + self.skipped + self.failed

    def add(self, outcome: ItemOutcome) -> None:
        if outcome.status == "failed":
            self.failed += 1
            self.failures.append(outcome)
        elif outcome.status == "skipped":
            self.skipped += 1
        else:
            self.done += 1
        self.claims += outcome.claims


def parse_stages(value: str) -> frozenset[str]:
    """`acquire,extract,link` (any subset) as a set; an unknown stage is an InputError."""
    stages = frozenset(part.strip() for part in value.split(",") if part.strip())
    unknown = sorted(stages - set(STAGES))
    if unknown or not stages:
        raise InputError(f"unknown stage {', '.join(unknown) or '(none)'}; use {','.join(STAGES)}")
    return stages


def worker_store(settings: Settings) -> Store:
    """The worker's Store for these settings, opened once and reused by every later task."""
    return _worker_state(settings)[0]


def _worker_state(settings: Settings) -> tuple[Store, Kek | None]:
    key = (settings.resolved_database_url, str(settings.home))
    if key not in _STORES:
        store = open_store(settings, migrate=False)
        _STORES[key] = (store, keyring_for(settings))
    return _STORES[key]


def process_partition(
    settings: Settings, partition: Partition, stages: frozenset[str]
) -> PartitionReport:
    """Run acquire and/or extract over one partition, each item in its own transactions.

    Items already preserved (same SHA-256) are not collected again and sources extracted with
    the current rules are not re-analysed, so a retried or resumed partition redoes nothing
    that was committed. Database outages propagate (the task fails and the run stops);
    anything wrong with one item is recorded as that item's failure and the partition goes on.
    """
    started, cpu_started = time.perf_counter(), time.process_time()
    try:
        store, kek = _worker_state(settings)
        outcomes = list(_acquire(store, kek, partition, stages))
        if "extract" in stages:
            outcomes = extract_outcomes(store, outcomes)
        for outcome in outcomes:
            if outcome.status == "failed":
                record_failure(store, outcome)
    except DBAPIError as exc:
        # SQLAlchemy's errors do not travel well between processes; the reason does.
        raise InputError(f"database error on a worker ({type(exc.orig).__name__})") from None
    return PartitionReport(
        outcomes,
        round(time.perf_counter() - started, 3),
        peak_rss_mb(),
        round(time.process_time() - cpu_started, 3),
    )


def peak_rss_mb() -> float:
    """This process's peak resident memory in MiB.

    Read from the kernel's high-water mark of this address space (`VmHWM`), not `ru_maxrss`:
    Linux keeps `ru_maxrss` across `execve`, so a worker that a large client process started
    would report the client's peak as its own.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _acquire(
    store: Store, kek: Kek | None, partition: Partition, stages: frozenset[str]
) -> Iterator[ItemOutcome]:
    """Each item of the partition preserved (or found already preserved)."""
    acquire = "acquire" in stages
    options = IngestOptions(capture=False, collected_by=store.settings.collector)
    if partition.kind == "sources":
        for source_id in partition.items:
            yield ItemOutcome(f"source #{source_id}", "skipped", source_id=source_id)
    elif not acquire:
        return
    elif partition.kind == "feeds":  # the sources stage reads the feed, fetches each entry's page
        feed_options = IngestOptions(
            feed=True,
            capture=False,
            collected_by=store.settings.collector,
            allow_private_addresses=store.settings.allow_private_addresses,
        )
        for url in partition.items:
            for result in ingest_targets(store, [url], feed_options):
                yield _from_ingest(result)
    else:
        with IngestPipeline(store, kek) as pipeline:
            yield from _committed(store, _prepared(store, partition, options, pipeline))


def _prepared(
    store: Store, partition: Partition, options: IngestOptions, pipeline: IngestPipeline
) -> Iterator[ItemOutcome | NewSource]:
    """The partition's items read, checked and their text extracted, ready to be written."""
    if partition.kind == "warc":
        assert partition.path is not None
        for record in read_warc_partition(partition.path, partition.offset, partition.count):
            if isinstance(record, InputError):
                yield ItemOutcome(partition.path, "failed", stage="acquire", reason=str(record))
            else:
                yield _guarded(
                    record.target_uri,
                    lambda r=record: _prepare_warc_record(store, r, options, pipeline),
                )
    elif partition.kind == "jsonl":
        assert partition.path is not None
        for document in read_jsonl_partition(partition.path, partition.offset, partition.count):
            if isinstance(document, InputProblem):
                yield ItemOutcome(document.item, "failed", stage="acquire", reason=document.reason)
            else:
                yield _guarded(
                    document.uri, lambda d=document: _prepare_jsonl(store, d, options, pipeline)
                )
    else:
        for path in partition.items:
            yield _guarded(path, lambda p=path: _prepare_file(store, p, options, pipeline))


def _committed(store: Store, items: Iterator[ItemOutcome | NewSource]) -> Iterator[ItemOutcome]:
    """Write new sources in batches, as `factfinder ingest` does (`commit_batch`: originals
    made durable together, then one transaction per batch), and pass on the outcomes in order.

    A batch is cut at BATCH_ITEMS or BATCH_BYTES of originals, so memory stays bounded; the
    transaction commits every item of a batch or none, so a killed worker leaves each item
    whole or absent.
    """
    pending: list[ItemOutcome | NewSource] = []

    def flush() -> Iterator[ItemOutcome]:
        results = iter(commit_batch(store, [p for p in pending if isinstance(p, NewSource)]))
        for item in pending:
            yield _from_ingest(next(results)) if isinstance(item, NewSource) else item
        pending.clear()

    size = 0
    for item in items:
        pending.append(item)
        if isinstance(item, NewSource):
            size += len(item.data)
            if len(pending) >= BATCH_ITEMS or size >= BATCH_BYTES:
                yield from flush()
                size = 0
    yield from flush()


def _guarded(item: str, prepare: Callable[[], ItemOutcome | NewSource]) -> ItemOutcome | NewSource:
    """One item's preparation; bad input becomes its failure, a database outage stops the task."""
    try:
        return prepare()
    except DBAPIError:
        raise
    except FactfinderError as exc:
        return ItemOutcome(item, "failed", stage="acquire", reason=str(exc))
    except (ValueError, UnicodeError, OSError) as exc:
        return ItemOutcome(item, "failed", stage="acquire", reason=type(exc).__name__)


def _from_ingest(result: IngestResult) -> ItemOutcome:
    if result.status == "failed":
        return ItemOutcome(result.target, "failed", stage="acquire", reason=result.reason)
    status = "done" if result.status == "preserved" else "skipped"
    return ItemOutcome(result.target, status, source_id=result.source_id)


def _outcome(prepared: IngestResult | NewSource) -> ItemOutcome | NewSource:
    return prepared if isinstance(prepared, NewSource) else _from_ingest(prepared)


def _prepare_warc_record(
    store: Store, record: WarcResponse, options: IngestOptions, pipeline: IngestPipeline
) -> ItemOutcome | NewSource:
    # Checked here, not by `prepare_item`: a resumed batch skips what it preserved without
    # logging a re-collection for it.
    if (existing := pipeline.existing(sha256_hex(record.data))) is not None:
        return ItemOutcome(record.target_uri, "skipped", source_id=existing)
    try:
        page = warc_page(record)
    except ValueError:
        return ItemOutcome(
            record.target_uri, "failed", stage="acquire", reason=WARC_DATE_UNREADABLE
        )
    extra = {"warc": {"record_id": record.record_id, "date": record.warc_date}}
    return _outcome(
        prepare_item(
            store,
            record.data,
            record.target_uri,
            options,
            pipeline.kek,
            http=page,
            extra=extra,
            via="warc",
            pipeline=pipeline,
        )
    )


def _prepare_jsonl(
    store: Store, document: JsonlDocument, options: IngestOptions, pipeline: IngestPipeline
) -> ItemOutcome | NewSource:
    if (existing := pipeline.existing(sha256_hex(document.data))) is not None:
        return ItemOutcome(document.uri, "skipped", source_id=existing)
    meta = document.metadata
    published = None
    if "published" in meta:
        try:
            published = dt.date.fromisoformat(meta["published"][:10])
        except ValueError:
            return ItemOutcome(
                document.uri, "failed", stage="acquire", reason="`published` is not an ISO date"
            )
    line_options = IngestOptions(
        published=published,
        publisher=meta.get("publisher"),
        title=meta.get("title"),
        author=meta.get("author"),
        capture=False,
        collected_by=options.collected_by,
    )
    return _outcome(
        prepare_item(
            store,
            document.data,
            document.uri,
            line_options,
            pipeline.kek,
            media_type_hint=document.media_type,
            via="jsonl",
            pipeline=pipeline,
        )
    )


def _prepare_file(
    store: Store, path: str, options: IngestOptions, pipeline: IngestPipeline
) -> ItemOutcome | NewSource:
    with open(path, "rb") as stream:
        data = stream.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        raise InputError(f"over the size limit ({options.max_bytes} bytes)")
    if data and (existing := pipeline.existing(sha256_hex(data))) is not None:
        return ItemOutcome(path, "skipped", source_id=existing)
    return _outcome(
        prepare_item(store, data, path, options, pipeline.kek, via="file", pipeline=pipeline)
    )


def extract_outcomes(store: Store, outcomes: list[ItemOutcome]) -> list[ItemOutcome]:
    """Extract the sources of a partition's items with one read and one write transaction.

    The same `analyze` as `factfinder extract`, but the partition's claims, extractor marks
    and audit entries are written together: per-source transactions, ORM objects and
    an audit-chain lock per source cost the batch as much as a third of the extraction.
    Each item is still whole or absent (the transaction commits every item or none). When
    the bulk write is refused (a source already has claims, which only a reviewer's earlier
    run leaves), the sources are stored one transaction each by `extract_source`, which
    keeps reviewers' decisions.
    """
    from factfinder.extract import analyze  # spaCy: loaded on workers, not by the client

    wanted = [
        outcome.source_id
        for outcome in outcomes
        if outcome.status != "failed" and outcome.source_id is not None
    ]
    if not wanted:
        return outcomes
    with store.engine.connect() as connection:
        rows = {row.id: row for row in connection.execute(_TO_EXTRACT, {"ids": wanted})}
        with_claims = set(connection.execute(_HAVING_CLAIMS, {"ids": wanted}).scalars())
    now = utcnow()
    claim_rows: list[dict[str, Any]] = []
    audit_entries: list[audit.Entry] = []
    extracted: dict[int, int] = {}  # source id → claims
    failed: dict[int, str] = {}
    one_by_one: list[int] = []
    for source_id in wanted:
        row = rows.get(source_id)
        if row is None or row.extracted_with == EXTRACTOR_VERSION or source_id in extracted:
            continue
        if source_id in with_claims:
            one_by_one.append(source_id)
            continue
        if not row.text or not row.text.strip():
            failed[source_id] = "source has no text"
            continue
        try:
            claims = [
                claim.model_dump(mode="json") for claim in analyze(row.text, row.published_at)
            ]
        except InputError as exc:
            failed[source_id] = str(exc)
            continue
        for fingerprint, claim in zip(claim_fingerprints(claims), claims, strict=True):
            claim_rows.append(
                {
                    **claim_row_values(claim),
                    "source_id": source_id,
                    "fingerprint": fingerprint,
                    "review_status": "extracted",
                    "extracted_at": now,
                    "level": strictest(row.level, claim.get("level")),
                }
            )
        extracted[source_id] = len(claims)
        audit_entries.append(
            (
                store.settings.collector,
                "extract",
                "source",
                source_id,
                {"claims": len(claims), "extractor": EXTRACTOR_VERSION},
            )
        )
    try:
        _write_extracted(store, claim_rows, list(extracted), audit_entries)
    except DatabaseIntegrityError:
        one_by_one.extend(extracted)
        extracted = {}
    for source_id in one_by_one:
        result = extract_source(store, source_id)
        if result.status == "failed":
            failed[source_id] = result.reason or "unknown"
        elif result.status == "extracted":
            extracted[source_id] = result.claims
    return [_extraction_outcome(outcome, extracted, failed) for outcome in outcomes]


def _write_extracted(
    store: Store,
    claim_rows: list[dict[str, Any]],
    source_ids: list[int],
    audit_entries: list[audit.Entry],
) -> None:
    """Claims, extractor marks and audit entries of several sources in one transaction."""
    if not source_ids:
        return
    with store.engine.begin() as connection:
        if claim_rows:
            connection.execute(_INSERT_CLAIM, claim_rows)
        connection.execute(
            _MARK_EXTRACTED,
            [{"source": source_id, "version": EXTRACTOR_VERSION} for source_id in source_ids],
        )
        audit.record_many(connection, audit_entries)


def _extraction_outcome(
    outcome: ItemOutcome, extracted: dict[int, int], failed: dict[int, str]
) -> ItemOutcome:
    if outcome.status == "failed" or outcome.source_id is None:
        return outcome
    if outcome.source_id in failed:
        return ItemOutcome(
            outcome.item,
            "failed",
            outcome.source_id,
            stage="extract",
            reason=failed[outcome.source_id],
        )
    if outcome.source_id in extracted:
        return ItemOutcome(
            outcome.item, "done", outcome.source_id, claims=extracted[outcome.source_id]
        )
    return outcome


_TO_EXTRACT = select(
    Source.id, Source.text, Source.published_at, Source.extracted_with, Source.level
).where(Source.id.in_(bindparam("ids", expanding=True)))
_HAVING_CLAIMS = (
    select(Claim.source_id).where(Claim.source_id.in_(bindparam("ids", expanding=True))).distinct()
)
# Table-level statements: one executemany per partition, no ORM bookkeeping.
_INSERT_CLAIM = Claim.__table__.insert()
_MARK_EXTRACTED = (
    update(Source.__table__)
    .where(Source.__table__.c.id == bindparam("source"))
    .values(extracted_with=bindparam("version"))
)


def record_failure(store: Store, outcome: ItemOutcome) -> None:
    """Keep a failed item and its reason (ids and reasons only, no source text)."""
    with store.session() as session:
        session.add(
            BatchFailure(
                item=outcome.item[:2000],
                stage=outcome.stage or "acquire",
                reason=outcome.reason or "unknown",
                recorded_at=utcnow(),
            )
        )


def sources_to_extract(store: Store) -> list[int]:
    """Sources not yet extracted with the current rules (what `--stages extract` works on)."""
    with store.session() as session:
        return list(
            session.scalars(
                select(Source.id)
                .where(
                    (Source.extracted_with.is_(None)) | (Source.extracted_with != EXTRACTOR_VERSION)
                )
                .order_by(Source.id)
            )
        )


def run_batch(
    client: Client,
    store: Store,
    inputs: list[str],
    stages: frozenset[str],
    *,
    partition_size: int,
    on_outcomes: Callable[[list[ItemOutcome]], None] | None = None,
) -> BatchSummary:
    """Process the inputs on the client's workers, then link once; returns what happened.

    Partitions are submitted as workers free up (at most QUEUE_PER_WORKER waiting per worker),
    so memory stays bounded on the client too. A worker that dies mid-partition has its
    partition re-run elsewhere by the scheduler: what it committed is skipped, what it had not
    committed (each item is one transaction) is done again.
    """
    started = time.perf_counter()
    summary = BatchSummary()
    settings = store.settings

    def partitions() -> Iterator[Partition]:
        if "acquire" in stages:
            for part in iter_partitions(inputs, partition_size):
                if isinstance(part, InputProblem):
                    outcome = ItemOutcome(part.item, "failed", stage="acquire", reason=part.reason)
                    record_failure(store, outcome)
                    summary.add(outcome)
                    if on_outcomes:
                        on_outcomes([outcome])
                else:
                    yield part
        elif "extract" in stages:
            yield from source_partitions(sources_to_extract(store), partition_size)

    if stages & {"acquire", "extract"}:
        workers = max(1, len(client.scheduler_info(n_workers=-1).get("workers", {})))
        window = workers * (1 + QUEUE_PER_WORKER)
        pending = iter(partitions())
        running = as_completed()
        for part in pending:
            running.add(client.submit(process_partition, settings, part, stages, pure=False))
            if running.count() >= window:
                break
        for future in running:
            report: PartitionReport = future.result()
            future.release()
            for outcome in report.outcomes:
                summary.add(outcome)
            summary.peak_rss_mb = max(summary.peak_rss_mb, report.peak_rss_mb)
            summary.cpu_seconds += report.cpu_seconds
            if on_outcomes:
                on_outcomes(report.outcomes)
            following = next(pending, None)
            if following is not None:
                running.add(
                    client.submit(process_partition, settings, following, stages, pure=False)
                )
    if "link" in stages:
        summary.link = run_link(store)
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary
