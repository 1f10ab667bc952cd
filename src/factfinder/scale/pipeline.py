"""The batch pipeline: each Dask task runs the CLI's own stage code over one partition."""

from __future__ import annotations

import datetime as dt
import resource
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from distributed import Client, as_completed
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from factfinder.errors import FactfinderError, InputError
from factfinder.extract.run import EXTRACTOR_VERSION, extract_source
from factfinder.link.run import LinkSummary, run_link
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
from factfinder.sources.ingest import IngestOptions, IngestResult, ingest_bytes, ingest_targets
from factfinder.sources.originals import sha256_hex
from factfinder.sources.warc import WarcResponse
from factfinder.sources.web import FetchedPage
from factfinder.store.db import Store, open_store
from factfinder.store.models import BatchFailure, Source, utcnow

STAGES = ("acquire", "extract", "link")
# Partitions queued per worker beyond the one it runs: keeps workers busy while the client
# holds only a bounded number of partitions (and results) however large the archive is.
QUEUE_PER_WORKER = 2

# One Store (one engine, one connection pool) per worker process and database.
_STORES: dict[tuple[str, str], Store] = {}


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
    key = (settings.resolved_database_url, str(settings.home))
    if key not in _STORES:
        _STORES[key] = open_store(settings, migrate=False)
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
    started = time.perf_counter()
    try:
        store = worker_store(settings)
        outcomes = [_finish(store, item, stages) for item in _acquire(store, partition, stages)]
    except DBAPIError as exc:
        # SQLAlchemy's errors do not travel well between processes; the reason does.
        raise InputError(f"database error on a worker ({type(exc.orig).__name__})") from None
    return PartitionReport(
        outcomes,
        round(time.perf_counter() - started, 3),
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    )


def _acquire(store: Store, partition: Partition, stages: frozenset[str]) -> Iterator[ItemOutcome]:
    """Each item of the partition preserved (or found already preserved), one at a time."""
    acquire = "acquire" in stages
    options = IngestOptions(capture=False, collected_by=store.settings.collector)
    if partition.kind == "sources":
        for source_id in partition.items:
            yield ItemOutcome(f"source #{source_id}", "skipped", source_id=source_id)
    elif not acquire:
        return
    elif partition.kind == "warc":
        assert partition.path is not None
        for record in read_warc_partition(partition.path, partition.offset, partition.count):
            if isinstance(record, InputError):
                yield ItemOutcome(partition.path, "failed", stage="acquire", reason=str(record))
            else:
                yield _guarded(
                    record.target_uri, lambda r=record: _ingest_warc_record(store, r, options)
                )
    elif partition.kind == "jsonl":
        assert partition.path is not None
        for document in read_jsonl_partition(partition.path, partition.offset, partition.count):
            if isinstance(document, InputProblem):
                yield ItemOutcome(document.item, "failed", stage="acquire", reason=document.reason)
            else:
                yield _guarded(document.uri, lambda d=document: _ingest_jsonl(store, d, options))
    elif partition.kind == "files":
        for path in partition.items:
            yield _guarded(path, lambda p=path: _ingest_file(store, p, options))
    else:  # feeds: the sources stage reads the feed and fetches each entry's page
        feed_options = IngestOptions(
            feed=True,
            capture=False,
            collected_by=store.settings.collector,
            allow_private_addresses=store.settings.allow_private_addresses,
        )
        for url in partition.items:
            for result in ingest_targets(store, [url], feed_options):
                yield _from_ingest(result)


def _guarded(item: str, ingest: Callable[[], ItemOutcome]) -> ItemOutcome:
    """One item's ingest; bad input becomes its failure, a database outage stops the task."""
    try:
        return ingest()
    except DBAPIError:
        raise
    except FactfinderError as exc:
        return ItemOutcome(item, "failed", stage="acquire", reason=str(exc))
    except (ValueError, UnicodeError, OSError) as exc:
        return ItemOutcome(item, "failed", stage="acquire", reason=type(exc).__name__)


def _already(store: Store, data: bytes) -> int | None:
    """The Source holding these bytes: a resumed batch skips it without re-collecting it."""
    with store.engine.connect() as connection:
        return connection.execute(
            select(Source.id).where(Source.sha256 == sha256_hex(data))
        ).scalar()


def _from_ingest(result: IngestResult) -> ItemOutcome:
    if result.status == "failed":
        return ItemOutcome(result.target, "failed", stage="acquire", reason=result.reason)
    status = "done" if result.status == "preserved" else "skipped"
    return ItemOutcome(result.target, status, source_id=result.source_id)


def _ingest_warc_record(store: Store, record: WarcResponse, options: IngestOptions) -> ItemOutcome:
    if (existing := _already(store, record.data)) is not None:
        return ItemOutcome(record.target_uri, "skipped", source_id=existing)
    try:
        retrieved_at = record.retrieved_at
    except ValueError:
        return ItemOutcome(
            record.target_uri, "failed", stage="acquire", reason="WARC-Date is not a date"
        )
    page = FetchedPage(
        uri=record.target_uri,
        final_uri=record.target_uri,
        status=record.status or 200,
        headers=record.headers,
        data=record.data,
        retrieved_at=retrieved_at,
    )
    extra = {"warc": {"record_id": record.record_id, "date": record.warc_date}}
    return _from_ingest(
        ingest_bytes(
            store, record.data, record.target_uri, options, http=page, extra=extra, via="warc"
        )
    )


def _ingest_jsonl(store: Store, document: JsonlDocument, options: IngestOptions) -> ItemOutcome:
    if (existing := _already(store, document.data)) is not None:
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
    return _from_ingest(
        ingest_bytes(
            store,
            document.data,
            document.uri,
            line_options,
            media_type_hint=document.media_type,
            via="jsonl",
        )
    )


def _ingest_file(store: Store, path: str, options: IngestOptions) -> ItemOutcome:
    with open(path, "rb") as stream:
        data = stream.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        raise InputError(f"over the size limit ({options.max_bytes} bytes)")
    if data and (existing := _already(store, data)) is not None:
        return ItemOutcome(path, "skipped", source_id=existing)
    return _from_ingest(ingest_bytes(store, data, path, options, via="file"))


def _finish(store: Store, outcome: ItemOutcome, stages: frozenset[str]) -> ItemOutcome:
    """Extract the item's source if asked, and record a failure in its own transaction."""
    if outcome.status != "failed" and "extract" in stages and outcome.source_id is not None:
        result = extract_source(store, outcome.source_id)
        if result.status == "failed":
            outcome = ItemOutcome(
                outcome.item, "failed", outcome.source_id, stage="extract", reason=result.reason
            )
        elif result.status == "extracted":
            outcome = ItemOutcome(outcome.item, "done", outcome.source_id, claims=result.claims)
    if outcome.status == "failed":
        record_failure(store, outcome)
    return outcome


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
