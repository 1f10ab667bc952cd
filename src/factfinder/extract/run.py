"""The `extract` job: analyse stored sources and store their claims, one transaction per source."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select

from factfinder import __version__
from factfinder.errors import InputError, NotFound
from factfinder.protect import audit
from factfinder.store.claims import SaveStats, save_claims
from factfinder.store.db import Store
from factfinder.store.models import Source

# Bump when the rules or the learned type model change, so `extract` re-reads sources
# analysed by older ones.
EXTRACTOR_VERSION = f"{__version__}+rules.8+types.6"


@dataclass
class ExtractResult:
    """The outcome for one source: stored, skipped as up to date, or failed with a reason."""

    source_id: int
    status: str  # "extracted" | "up to date" | "failed"
    claims: int = 0
    stats: SaveStats = field(default_factory=SaveStats)
    reason: str | None = None


def select_source_ids(store: Store, ids: Sequence[int] | None) -> list[int]:
    """The named source ids (all must exist) or, with none named, every source."""
    with store.session() as session:
        known = set(session.scalars(select(Source.id)))
    if not ids:
        return sorted(known)
    missing = [source_id for source_id in ids if source_id not in known]
    if missing:
        raise NotFound(f"no source with id {', '.join(map(str, missing))}")
    return list(ids)


def extract_source(store: Store, source_id: int, *, force: bool = False) -> ExtractResult:
    """Analyse one source's stored text and upsert its claims in a single transaction."""
    from factfinder.extract import analyze

    with store.session() as session:
        source = session.get(Source, source_id)
        if source is None:
            raise NotFound(f"no source with id {source_id}")
        if source.extracted_with == EXTRACTOR_VERSION and not force:
            return ExtractResult(source_id, "up to date")
        if not source.text or not source.text.strip():
            return ExtractResult(source_id, "failed", reason="source has no text")
        try:
            claims = analyze(source.text, source.published_at)
        except InputError as exc:
            return ExtractResult(source_id, "failed", reason=str(exc))
        stats = save_claims(session, source_id, [claim.model_dump(mode="json") for claim in claims])
        source.extracted_with = EXTRACTOR_VERSION
        audit.record(
            session,
            store.settings.collector,
            "extract",
            "source",
            source_id,
            {"claims": len(claims), "extractor": EXTRACTOR_VERSION},
        )
    return ExtractResult(source_id, "extracted", claims=len(claims), stats=stats)


def extract_sources(
    store: Store,
    source_ids: Sequence[int],
    *,
    force: bool = False,
    on_result: Callable[[ExtractResult], None] | None = None,
) -> list[ExtractResult]:
    """Extract every named source; a failure is reported for that source and the batch goes on."""
    results = []
    for source_id in source_ids:
        result = extract_source(store, source_id, force=force)
        results.append(result)
        if on_result:
            on_result(result)
    return results
