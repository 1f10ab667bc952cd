"""Acquire targets (files, folders, URLs, stdin, feeds, WARC) and preserve each as one Source."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import sys
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import bindparam, select, text
from sqlalchemy.exc import IntegrityError as DatabaseIntegrityError

from factfinder import __version__
from factfinder.errors import FactfinderError, InputError
from factfinder.extract.text import ExtractedText, extract_text
from factfinder.protect import audit
from factfinder.protect.envelope import Kek
from factfinder.protect.keys import keyring_for
from factfinder.protect.levels import check_level
from factfinder.settings import HTTP_TIMEOUT_SECONDS, MAX_SOURCE_BYTES
from factfinder.sources.capture import Capture, Capturer, CaptureUnavailable
from factfinder.sources.custody import Step, append_custody, start_chains
from factfinder.sources.feeds import FeedEntry, read_feed
from factfinder.sources.media import detect_media_type
from factfinder.sources.originals import (
    Leftovers,
    Staged,
    preserve_bytes,
    publish,
    remove_leftovers,
    sha256_hex,
    stage_bytes,
    staging_run,
)
from factfinder.sources.warc import WarcResponse, is_warc, iter_warc_responses
from factfinder.sources.web import FetchedPage, fetch_url
from factfinder.store.db import Store
from factfinder.store.models import DerivedFile, Source, utcnow

Status = Literal["preserved", "already preserved", "failed"]
STDIN = "-"
_URL_LIKE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
# Items committed together: one transaction, one statement per table and one look-up of the
# audit chain's tail for the whole batch instead of per item (a batch is also cut when its
# originals reach BATCH_BYTES, so memory stays bounded whatever the size of the reports).
BATCH_ITEMS = 32
BATCH_BYTES = 16 * 1024 * 1024
# Batches handed to the writer and not yet committed while the next items are read.
BATCHES_IN_FLIGHT = 2


@dataclass
class IngestOptions:
    """What the user said about the targets; their values override what extraction found."""

    published: dt.date | None = None
    publisher: str | None = None
    title: str | None = None
    author: str | None = None
    tags: list[str] = field(default_factory=list)
    collected_by: str | None = None
    note: str | None = None
    feed: bool = False
    capture: bool = True
    timeout: float = HTTP_TIMEOUT_SECONDS
    max_bytes: int = MAX_SOURCE_BYTES
    # Fetch URLs on loopback/private/link-local hosts too (FACTFINDER_ALLOW_PRIVATE_ADDRESSES).
    allow_private_addresses: bool = False
    # Confidentiality level (protect/levels.py); None: FACTFINDER_DEFAULT_LEVEL.
    level: str | None = None


@dataclass
class IngestResult:
    """The outcome for one item: preserved anew, already preserved, or failed with a reason."""

    target: str
    status: Status
    source_id: int | None = None
    sha256: str | None = None
    reason: str | None = None
    capture_note: str | None = None

    @property
    def ok(self) -> bool:
        return self.status != "failed"


def ingest_bytes(
    store: Store,
    data: bytes,
    uri: str,
    options: IngestOptions,
    *,
    media_type_hint: str | None = None,
    retrieved_at: dt.datetime | None = None,
    http: FetchedPage | None = None,
    extra: dict[str, Any] | None = None,
    capture: Capture | None = None,
    capture_note: str | None = None,
    via: str = "bytes",
) -> IngestResult:
    """Preserve `data` as a Source in one transaction, or find the Source that already holds it.

    Bad input comes back as a failed result rather than an exception, so a batch goes on.
    """
    prepared = prepare_item(
        store,
        data,
        uri,
        options,
        keyring_for(store.settings),
        media_type_hint=media_type_hint,
        retrieved_at=retrieved_at,
        http=http,
        extra=extra,
        capture=capture,
        capture_note=capture_note,
        via=via,
    )
    return commit_batch(store, [prepared])[0] if isinstance(prepared, NewSource) else prepared


@dataclass
class NewSource:
    """A Source ready to be written: the checks and the text extraction are done.

    Kept as plain column values, written with Core inserts: the ORM's unit of work would cost
    more than everything else ingest adds to text extraction.
    """

    data: bytes
    row: dict[str, Any]
    derived: list[dict[str, Any]]
    actor: str
    via: str
    capture_note: str | None
    staged: Staged | None = None  # the original, written but not yet published
    kek: Kek | None = None  # the key the original is encrypted with, when one is configured


def prepare_item(
    store: Store,
    data: bytes,
    uri: str,
    options: IngestOptions,
    kek: Kek | None,
    *,
    media_type_hint: str | None = None,
    retrieved_at: dt.datetime | None = None,
    http: FetchedPage | None = None,
    extra: dict[str, Any] | None = None,
    capture: Capture | None = None,
    capture_note: str | None = None,
    via: str = "bytes",
    pipeline: IngestPipeline | None = None,
) -> IngestResult | NewSource:
    """Everything before the database write: size, type, duplicate check, text and metadata.

    `kek` is the key of this home (`keyring_for`). In a `pipeline` the original is staged
    (written, not yet durable: `originals.stage_bytes`) and published with its batch.
    """
    try:
        if len(data) > options.max_bytes:
            raise InputError(f"over the size limit ({len(data)} > {options.max_bytes} bytes)")
        content_type = media_type_hint or (http.content_type if http else None)
        media_type = detect_media_type(data, name=uri, content_type=content_type)
        digest = sha256_hex(data)
        actor = options.collected_by or store.settings.collector
        existing = pipeline.existing(digest) if pipeline else _source_id_for(store, digest)
        if existing is not None:
            _recollect(store, existing, digest, actor, via)
            return IngestResult(
                uri, "already preserved", existing, digest, capture_note=capture_note
            )
        extracted = extract_text(
            data, media_type, url=http.final_uri if http else None, content_type=content_type
        )
        derived = _preserve_capture(store, capture, kek) if capture else []
        root = store.settings.originals_dir
        staged = stage_bytes(root, data, kek) if pipeline else None
    except FactfinderError as exc:
        return IngestResult(uri, "failed", reason=str(exc))
    except OSError as exc:
        return IngestResult(uri, "failed", reason=_cannot_preserve(exc))
    row = {
        "uri": uri,
        "final_uri": http.final_uri if http else None,
        "sha256": digest,
        "size": len(data),
        "media_type": media_type,
        "retrieved_at": retrieved_at or (http.retrieved_at if http else utcnow()),
        "collected_by": actor,
        "factfinder_version": __version__,
        "http_status": http.status if http else None,
        "http_headers": http.headers if http else None,
        "title": options.title or extracted.title,
        "publisher": options.publisher or extracted.publisher,
        "author": options.author or extracted.author,
        "published_at": options.published or extracted.published,
        "language": extracted.language,
        "text": extracted.text,
        "tags": list(dict.fromkeys(options.tags)),
        "note": options.note,
        "extra": {**(extra or {}), **_acquisition_extra(http, extracted, capture, capture_note)},
        "level": check_level(options.level or store.settings.default_level),
    }
    return NewSource(data, row, derived, actor, via, capture_note, staged, kek)


def commit_batch(store: Store, batch: list[NewSource]) -> list[IngestResult]:
    """Make the batch's originals durable, then write their Sources, derived files, custody and
    audit entries in one transaction; the results come back in the batch's order.

    The originals staged while the items were read are published (made durable, named,
    names made durable: `originals.publish`) before a row refers to them: a crash in between
    leaves a harmless unreferenced file (content-addressed), never a row pointing at nothing.
    The transaction commits every item of the batch or none, so after Ctrl-C or a crash each
    item is whole or absent; when an item cannot be inserted (its bytes were preserved
    meanwhile by another process or an earlier item of the same batch), the batch is written
    again one transaction per item so that the others are kept.
    """
    outcome: dict[int, IngestResult] = {}
    staged: list[Staged] = []
    for index, new in enumerate(batch):
        try:
            if new.staged is not None:
                staged.append(new.staged)
            else:
                preserve_bytes(store.settings.originals_dir, new.data, new.kek)
        except OSError as exc:
            outcome[index] = IngestResult(new.row["uri"], "failed", reason=_cannot_preserve(exc))
    try:
        publish(store.settings.originals_dir, staged)
    except OSError as exc:
        reason = _cannot_preserve(exc)
        return [
            outcome.get(index) or IngestResult(new.row["uri"], "failed", reason=reason)
            for index, new in enumerate(batch)
        ]
    todo = [(index, new) for index, new in enumerate(batch) if index not in outcome]
    try:
        source_ids = _insert_sources(store, [new for _, new in todo])
    except DatabaseIntegrityError:
        for index, new in todo:
            outcome[index] = _insert_or_find(store, new)
    else:
        for (index, new), source_id in zip(todo, source_ids, strict=True):
            outcome[index] = IngestResult(
                new.row["uri"],
                "preserved",
                source_id,
                new.row["sha256"],
                capture_note=new.capture_note,
            )
    return [outcome[index] for index in range(len(batch))]


def _cannot_preserve(exc: OSError) -> str:
    return f"cannot preserve the original ({exc.strerror or type(exc).__name__})"


def _insert_sources(store: Store, batch: list[NewSource]) -> list[int]:
    """Insert the Sources, their derived files and their first custody and audit entries."""
    if not batch:
        return []
    with store.engine.begin() as connection:
        connection.execute(_INSERT_SOURCE, [new.row for new in batch])
        # One look-up for the whole batch: the ids by the hashes just inserted (unique).
        digests = [new.row["sha256"] for new in batch]
        id_of = {digest: id_ for digest, id_ in connection.execute(_IDS_OF, {"digests": digests})}
        source_ids = [id_of[digest] for digest in digests]
        derived = [
            item | {"source_id": source_id}
            for new, source_id in zip(batch, source_ids, strict=True)
            for item in new.derived
        ]
        if derived:
            connection.execute(_INSERT_DERIVED, derived)
        start_chains(
            connection,
            [
                (source_id, _custody_steps(new.row, new.actor, new.via, new.derived))
                for new, source_id in zip(batch, source_ids, strict=True)
            ],
        )
        audit.record_many(
            connection,
            [
                (new.actor, "ingest", "source", source_id, _audit_details(new.row, new.via))
                for new, source_id in zip(batch, source_ids, strict=True)
            ],
        )
    return source_ids


def _insert_or_find(store: Store, new: NewSource) -> IngestResult:
    """One item in its own transaction; when its bytes are already stored, a re-collection."""
    uri, digest = new.row["uri"], new.row["sha256"]
    try:
        [source_id] = _insert_sources(store, [new])
    except DatabaseIntegrityError:
        existing = _source_id_for(store, digest)
        if existing is None:
            raise
        _recollect(store, existing, digest, new.actor, new.via)
        return IngestResult(uri, "already preserved", existing, digest)
    return IngestResult(uri, "preserved", source_id, digest, capture_note=new.capture_note)


_EXISTING = text("SELECT id FROM sources WHERE sha256 = :sha256")
# Table-level inserts with parameters apart: compiled once, cached, no ORM bookkeeping, one
# executemany for a whole batch.
_INSERT_SOURCE = Source.__table__.insert()
_IDS_OF = select(Source.sha256, Source.id).where(
    Source.sha256.in_(bindparam("digests", expanding=True))
)
_INSERT_DERIVED = DerivedFile.__table__.insert()


def _source_id_for(store: Store, digest: str) -> int | None:
    """The Source that already holds these exact bytes, if any (one indexed look-up)."""
    with store.engine.connect() as connection:
        return connection.execute(_EXISTING, {"sha256": digest}).scalar()


def _recollect(store: Store, source_id: int, digest: str, actor: str, via: str) -> None:
    """Log on the existing Source that the same bytes came in again; nothing is duplicated."""
    with store.session() as session:
        append_custody(session, source_id, "re-collected", actor, {"sha256": digest, "via": via})
        audit.record(
            session,
            actor,
            "ingest",
            "source",
            source_id,
            {"sha256": digest, "via": via, "new": False},
        )


def _audit_details(row: dict[str, Any], via: str) -> dict[str, Any]:
    """What the audit log keeps of an ingest: hash, size, type and route — no URI, no title."""
    return {
        "sha256": row["sha256"],
        "size": row["size"],
        "media_type": row["media_type"],
        "via": via,
        "new": True,
    }


def _acquisition_extra(
    http: FetchedPage | None,
    extracted: ExtractedText,
    capture: Capture | None,
    capture_note: str | None,
) -> dict[str, Any]:
    extra: dict[str, Any] = {}
    if http is not None:
        extra["redirects"] = http.redirects
    if extracted.embedded_media:
        extra["embedded_media"] = extracted.embedded_media
    if capture is None and capture_note:
        extra["no_screenshot"] = capture_note.removeprefix("no screenshot taken: ")
    return extra


def _preserve_capture(store: Store, capture: Capture, kek: Kek | None) -> list[dict[str, Any]]:
    """Keep the screenshot and rendered HTML like originals; their rows come with the Source."""
    derived = []
    for kind, media_type, payload in (
        ("screenshot", "image/png", capture.screenshot_png),
        ("rendered_html", "text/html", capture.rendered_html),
    ):
        digest, _ = preserve_bytes(store.settings.originals_dir, payload, kek)
        derived.append(
            {
                "kind": kind,
                "sha256": digest,
                "size": len(payload),
                "media_type": media_type,
                "created_at": capture.captured_at,
            }
        )
    return derived


def _custody_steps(
    row: dict[str, Any], actor: str, via: str, derived: list[dict[str, Any]]
) -> list[Step]:
    """The custody entries of a first collection: collected, text-extracted, maybe captured."""
    collected: dict[str, Any] = {
        "sha256": row["sha256"],
        "size": row["size"],
        "media_type": row["media_type"],
        "via": via,
    }
    if row["http_status"] is not None:
        collected["http_status"] = row["http_status"]
    if "warc" in row["extra"]:
        collected["warc_record_id"] = row["extra"]["warc"].get("record_id")
    text_extracted = {"text_sha256": sha256_hex(row["text"].encode()), "chars": len(row["text"])}
    steps: list[Step] = [
        ("collected", actor, collected, row["retrieved_at"]),
        ("text-extracted", actor, text_extracted, None),
    ]
    if derived:
        captured_at = derived[0]["created_at"]
        captured: dict[str, Any] = {
            item["kind"]: {"sha256": item["sha256"], "size": item["size"]} for item in derived
        }
        captured["captured_at"] = captured_at.isoformat()
        steps.append(("captured", actor, captured, captured_at))
    return steps


def ingest_targets(
    store: Store,
    targets: list[str],
    options: IngestOptions,
    on_result: Callable[[IngestResult], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    on_leftovers: Callable[[Leftovers], None] | None = None,
) -> list[IngestResult]:
    """Ingest every target; failures are reported, not raised, and each item is whole or absent.

    Folders are expanded first so progress can be counted (`on_progress(done, total)`); feeds
    and WARC files count as one target each however many items they hold. While one item's
    text is extracted, one writer thread makes the originals of earlier batches durable
    together and then commits their rows (`commit_batch`), in target order. Results are
    reported in target order. On Ctrl-C the items already read are finished, so each item ends
    up fully stored or absent. Files that a killed earlier run left half-written among the
    originals are removed first (`remove_crash_leftovers`, passed to `on_leftovers`).
    """
    kek = keyring_for(store.settings)  # a missing or wrong key stops the batch before anything
    leftovers = remove_crash_leftovers(store, options.collected_by or store.settings.collector)
    if on_leftovers:
        on_leftovers(leftovers)
    leaves = list(_expand(targets))
    results: list[IngestResult] = []
    pending: deque[Future[list[IngestResult]]] = deque()
    batch: list[NewSource] = []

    def report(depth: int) -> None:
        """Pass on finished results in order, waiting while more than `depth` are unfinished."""
        while pending and (len(pending) > depth or pending[0].done()):
            for result in pending.popleft().result():
                results.append(result)
                if on_result:
                    on_result(result)

    def hand_over() -> None:
        if batch:
            pending.append(writer.submit(commit_batch, store, batch.copy()))
            batch.clear()

    with (
        IngestPipeline(store, kek) as pipeline,
        # one writer keeps database commits, and so source ids, in target order
        ThreadPoolExecutor(max_workers=1, thread_name_prefix="factfinder-write") as writer,
        Capturer(
            timeout=options.timeout,
            allow_private=options.allow_private_addresses or store.settings.allow_private_addresses,
        ) as capturer,
    ):
        try:
            for done, leaf in enumerate(leaves, start=1):
                for item in _ingest_leaf(store, leaf, options, capturer, pipeline):
                    if isinstance(item, NewSource):
                        batch.append(item)
                        if (
                            len(batch) >= BATCH_ITEMS
                            or sum(len(new.data) for new in batch) >= BATCH_BYTES
                        ):
                            hand_over()
                    else:
                        hand_over()
                        pending.append(_finished([item]))
                    report(BATCHES_IN_FLIGHT)
                if on_progress:
                    on_progress(done, len(leaves))
        finally:
            hand_over()
            report(0)
    return results


def remove_crash_leftovers(store: Store, actor: str) -> Leftovers:
    """Remove the partial files a killed run left among the originals when no run is staging
    any (`originals.remove_leftovers`); the audit log keeps how many, never their names."""
    leftovers = remove_leftovers(store.settings.originals_dir)
    if leftovers.removed:
        audit.record_now(
            store,
            actor,
            "originals.leftovers-removed",
            details={"removed": leftovers.removed, "kept": leftovers.kept},
        )
    return leftovers


class IngestPipeline:
    """What one `ingest_targets` call sets up once for all its items: the home's key, the
    originals held for staging (`originals.staging_run`) and a connection for the duplicate
    check, used through the driver (a pooled SQLAlchemy connection per look-up costs about 25
    times more, as much as a tenth of the extraction)."""

    def __init__(self, store: Store, kek: Kek | None) -> None:
        self.kek = kek
        self._root = store.settings.originals_dir
        self._held = ExitStack()
        self._connection = store.engine.raw_connection()
        marker = "?" if store.engine.dialect.paramstyle == "qmark" else "%s"
        self._query = f"SELECT id FROM sources WHERE sha256 = {marker}"

    def existing(self, digest: str) -> int | None:
        """The Source that already holds these exact bytes, if any (one indexed look-up)."""
        cursor = self._connection.cursor()
        try:
            cursor.execute(self._query, (digest,))
            row = cursor.fetchone()
        finally:
            cursor.close()
            self._connection.rollback()  # end the read: the next one sees later commits
        return row[0] if row else None

    def __enter__(self) -> IngestPipeline:
        self._held.enter_context(staging_run(self._root))
        return self

    def __exit__(self, *_exc: object) -> None:
        self._connection.close()
        self._held.close()


def _finished(results: list[IngestResult]) -> Future[list[IngestResult]]:
    """A result known at once, queued behind the batches before it so the order holds."""
    future: Future[list[IngestResult]] = Future()
    future.set_result(results)
    return future


def _is_url(target: str) -> bool:
    return bool(_URL_LIKE.match(target)) and not Path(target).exists()


def _expand(targets: list[str]) -> Iterator[str | IngestResult]:
    """Targets as single items: folders become their files (recursively, hidden ones skipped)."""
    for target in targets:
        if target == STDIN or _is_url(target):
            yield target
            continue
        path = Path(target)
        if path.is_dir():
            files = sorted(
                found
                for found in path.rglob("*")
                if found.is_file()
                and not any(part.startswith(".") for part in found.relative_to(path).parts)
            )
            if not files:
                yield IngestResult(target, "failed", reason="no readable files in the folder")
            yield from (str(found) for found in files)
        elif path.is_file():
            yield target
        elif path.exists():
            yield IngestResult(target, "failed", reason="not a regular file")
        else:
            yield IngestResult(target, "failed", reason="no such file or folder")


def _ingest_leaf(
    store: Store,
    leaf: str | IngestResult,
    options: IngestOptions,
    capturer: Capturer,
    pipeline: IngestPipeline,
) -> Iterator[IngestResult | NewSource]:
    if isinstance(leaf, IngestResult):
        yield leaf
        return
    try:
        if leaf == STDIN:
            data = sys.stdin.buffer.read(options.max_bytes + 1)
            if options.feed:
                yield from _ingest_feed(store, data, "<stdin>", options, capturer)
            else:
                yield ingest_bytes(store, data, "<stdin>", options, via="stdin")
        elif _is_url(leaf):
            if options.feed:
                page = _fetch(store, leaf, options)
                yield from _ingest_feed(store, page.data, leaf, options, capturer)
            else:
                yield _ingest_url(store, leaf, options, capturer)
        elif is_warc(Path(leaf)):
            yield from _ingest_warc(store, Path(leaf), options, pipeline)
        else:
            data = _read_file(Path(leaf), options.max_bytes)
            if options.feed:
                yield from _ingest_feed(store, data, leaf, options, capturer)
            else:
                yield prepare_item(
                    store, data, leaf, options, pipeline.kek, via="file", pipeline=pipeline
                )
    except FactfinderError as exc:
        yield IngestResult(leaf, "failed", reason=str(exc))


def _read_file(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"over the size limit ({size} > {max_bytes} bytes)")
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the file ({type(exc).__name__})") from None


def _fetch(store: Store, url: str, options: IngestOptions) -> FetchedPage:
    """Fetch with the options' limits; private addresses only when the user or settings allow."""
    return fetch_url(
        url,
        timeout=options.timeout,
        max_bytes=options.max_bytes,
        allow_private=options.allow_private_addresses or store.settings.allow_private_addresses,
    )


def _ingest_url(
    store: Store,
    url: str,
    options: IngestOptions,
    capturer: Capturer,
    *,
    extra: dict[str, Any] | None = None,
    page: FetchedPage | None = None,
) -> IngestResult:
    """Fetch a page, capture it as the browser renders it, and preserve both."""
    page = page or _fetch(store, url, options)
    via = "feed" if extra and "feed_entry" in extra else "url"
    detect_media_type(page.data, name=page.final_uri, content_type=page.content_type)
    capture, note = None, None
    already = _source_id_for(store, sha256_hex(page.data)) is not None
    if not options.capture:
        note = "no screenshot taken: capture turned off (--no-capture)"
    elif already:
        note = "no screenshot taken: already preserved"
    else:
        try:
            capture = capturer.capture(page.final_uri)
        except CaptureUnavailable as exc:
            note = f"no screenshot taken: {exc}"
    return ingest_bytes(
        store,
        page.data,
        url,
        options,
        http=page,
        extra=extra,
        capture=capture,
        capture_note=note,
        via=via,
    )


def _ingest_feed(
    store: Store, data: bytes, feed_uri: str, options: IngestOptions, capturer: Capturer
) -> Iterator[IngestResult]:
    """Each entry becomes a source: its linked page, or the entry's own content as a fallback."""
    _title, entries = read_feed(data)
    feed_sha256 = sha256_hex(data)
    for number, entry in enumerate(entries, start=1):
        entry_options = dataclasses.replace(options, published=options.published or entry.published)
        info: dict[str, Any] = {
            "feed": feed_uri,
            "feed_sha256": feed_sha256,
            "entry_id": entry.entry_id,
            "link": entry.link,
            "published": entry.published.isoformat() if entry.published else None,
        }
        try:
            yield _ingest_feed_entry(store, entry, number, info, entry_options, capturer)
        except FactfinderError as exc:
            yield IngestResult(entry.link or f"{feed_uri}#{number}", "failed", reason=str(exc))


def _ingest_feed_entry(
    store: Store,
    entry: FeedEntry,
    number: int,
    info: dict[str, Any],
    options: IngestOptions,
    capturer: Capturer,
) -> IngestResult:
    reason = "entry has no link"
    if entry.link:
        try:
            page = _fetch(store, entry.link, options)
            result = _ingest_url(
                store, entry.link, options, capturer, extra={"feed_entry": info}, page=page
            )
            if result.ok:
                return result
            reason = result.reason or "page unusable"
        except FactfinderError as exc:
            reason = str(exc)
    if not entry.content:
        raise InputError(f"linked page unusable ({reason}) and the entry has no content")
    info["fallback_reason"] = reason
    uri = entry.link or entry.entry_id or f"{info['feed']}#entry-{number}"
    return ingest_bytes(
        store,
        entry.content.encode("utf-8"),
        uri,
        options,
        media_type_hint=entry.content_type,
        extra={"feed_entry": info},
        via="feed",
    )


def _ingest_warc(
    store: Store, path: Path, options: IngestOptions, pipeline: IngestPipeline
) -> Iterator[IngestResult | NewSource]:
    """Each HTML/text response record becomes a source dated by its WARC-Date."""
    for item in iter_warc_responses(path):
        if isinstance(item, InputError):
            yield IngestResult(str(path), "failed", reason=str(item))
            continue
        yield _prepare_warc_record(store, path, item, options, pipeline)


WARC_DATE_UNREADABLE = "WARC-Date is not a date"


def warc_page(record: WarcResponse) -> FetchedPage:
    """An archived response as the page a fetch would have given, retrieved when the crawler
    says; ValueError when its WARC-Date is not a date."""
    return FetchedPage(
        uri=record.target_uri,
        final_uri=record.target_uri,
        status=record.status or 200,
        headers=record.headers,
        data=record.data,
        retrieved_at=record.retrieved_at,
    )


def _prepare_warc_record(
    store: Store,
    path: Path,
    record: WarcResponse,
    options: IngestOptions,
    pipeline: IngestPipeline,
) -> IngestResult | NewSource:
    try:
        page = warc_page(record)
    except ValueError:
        return IngestResult(record.target_uri, "failed", reason=WARC_DATE_UNREADABLE)
    extra = {"warc": {"file": str(path), "record_id": record.record_id, "date": record.warc_date}}
    return prepare_item(
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
