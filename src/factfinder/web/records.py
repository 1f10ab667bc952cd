"""What the workbench reads and writes besides the stages' views: list pages, reviews, comments."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, defer

from factfinder.errors import InputError, NotFound
from factfinder.protect import audit
from factfinder.sources.listing import source_summary
from factfinder.store.cache import until_changed
from factfinder.store.claims import claim_row_to_dict, review_claim
from factfinder.store.db import Store
from factfinder.store.models import Claim, Comment, Incident, IncidentClaim, Source, utcnow

MAX_PER_PAGE = 200
MAX_COMMENT_CHARS = 10_000
# What a reviewer says (a verb) → the status the claim gets.
DECISIONS = {"confirm": "confirmed", "dispute": "disputed", "reject": "rejected"}
COMMENT_OBJECTS = ("claim", "incident")


@dataclass(frozen=True)
class Page:
    """Which slice of a list to show: 1-based page number and items per page."""

    number: int = 1
    size: int = 50

    def __post_init__(self) -> None:
        if self.number < 1:
            raise InputError("page numbers start at 1")
        if not 1 <= self.size <= MAX_PER_PAGE:
            raise InputError(f"per_page must be between 1 and {MAX_PER_PAGE}")

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size


def paged(items: list[Any], total: int, page: Page) -> dict[str, Any]:
    """The envelope every list answers with, so clients can page through anything alike."""
    return {"items": items, "total": total, "page": page.number, "per_page": page.size}


def slice_page(items: list[Any], page: Page) -> dict[str, Any]:
    """A page of an already built list (incidents, responses, timeline, actors)."""
    return paged(items[page.offset : page.offset + page.size], len(items), page)


def list_sources_page(
    store: Store,
    page: Page,
    *,
    tag: str | None = None,
    media_type: str | None = None,
    text: str | None = None,
    levels: Collection[str] | None = None,
) -> dict[str, Any]:
    """Sources newest first, filtered by tag, media type or a word in the title or address
    (and, given `levels`, only those at a level the caller may see)."""
    query = select(Source.id)
    if levels is not None:
        query = query.where(Source.level.in_(list(levels)))
    if media_type:
        query = query.where(Source.media_type == media_type)
    if text:
        pattern = f"%{text}%"
        query = query.where(or_(Source.title.ilike(pattern), Source.uri.ilike(pattern)))
    with store.session() as session:
        if tag:
            # Tags are a JSON list, which the two databases query differently: match the
            # (short) tag lists here, reading only ids and tags.
            rows = session.execute(query.add_columns(Source.tags).order_by(Source.id.desc()))
            ids = [row[0] for row in rows if tag in (row[1] or [])]
            total, ids = len(ids), ids[page.offset : page.offset + page.size]
        else:
            key = ("sources", media_type, text, None if levels is None else tuple(sorted(levels)))
            total = _count(session, query, key)
            ids = list(
                session.scalars(
                    query.order_by(Source.id.desc()).offset(page.offset).limit(page.size)
                )
            )
        # Loaded without their text, which list pages never show.
        sources = session.scalars(
            select(Source).where(Source.id.in_(ids)).options(defer(Source.text))
        ).all()
        by_id = {source.id: source for source in sources}
        return paged([source_summary(by_id[i]) for i in ids], total, page)


def source_text(store: Store, source_id: int) -> dict[str, Any]:
    """A source's text, title and address: what the review queue shows around a claim, without
    the custody log and derived files that `source_details` also reads."""
    with store.session() as session:
        row = session.execute(
            select(Source.text, Source.title, Source.uri).where(Source.id == source_id)
        ).first()
    if row is None:
        raise NotFound(f"no source with id #{source_id}")
    return {"text": row.text, "title": row.title, "uri": row.uri}


def _claims_where(
    types: list[str] | None,
    source_id: int | None,
    statuses: list[str] | None,
    incident_id: int | None,
) -> Select[Any]:
    """The claims a list's filters select (ids only), shared by its page and its count."""
    query = select(Claim.id)
    if types:
        query = query.where(Claim.type.in_(types))
    if source_id is not None:
        query = query.where(Claim.source_id == source_id)
    if statuses:
        query = query.where(Claim.review_status.in_(statuses))
    if incident_id is not None:
        query = query.join(IncidentClaim, IncidentClaim.claim_id == Claim.id).where(
            IncidentClaim.incident_id == incident_id
        )
    return query


def count_claims(
    store: Store,
    *,
    types: list[str] | None = None,
    source_id: int | None = None,
    statuses: list[str] | None = None,
    incident_id: int | None = None,
    levels: Collection[str] | None = None,
) -> int:
    """How many claims the filters select (the review queue's "remaining")."""
    query = _visible(_claims_where(types, source_id, statuses, incident_id), levels)
    key = _claims_key(types, source_id, statuses, incident_id, levels)
    with store.session() as session:
        return _count(session, query, key)


def _claims_key(
    types: list[str] | None,
    source_id: int | None,
    statuses: list[str] | None,
    incident_id: int | None,
    levels: Collection[str] | None,
) -> tuple[Any, ...]:
    return (
        "claims",
        tuple(types or ()),
        source_id,
        tuple(statuses or ()),
        incident_id,
        None if levels is None else tuple(sorted(levels)),
    )


def _count(session: Session, query: Select[Any], key: tuple[Any, ...]) -> int:
    """The number of rows `query` selects, counted in SQL and kept until the database changes."""
    counting = query.with_only_columns(func.count(), maintain_column_froms=True)
    return until_changed(session, key, lambda: session.scalar(counting) or 0)


def list_claims_page(
    store: Store,
    page: Page,
    *,
    types: list[str] | None = None,
    source_id: int | None = None,
    statuses: list[str] | None = None,
    incident_id: int | None = None,
    levels: Collection[str] | None = None,
) -> dict[str, Any]:
    """Claims in reading order, filtered by type, source, review status and incident (and,
    given `levels`, only claims whose own and whose source's level the caller may see).

    The page is cut in SQL along an index in reading order (migration 0009), so its cost does
    not grow with the number of matching claims; only the total counts them, in the index.
    """
    query = _visible(_claims_where(types, source_id, statuses, incident_id), levels)
    key = _claims_key(types, source_id, statuses, incident_id, levels)
    with store.session() as session:
        total = _count(session, query, key)
        reading_order = (Claim.source_id, Claim.start, Claim.id)
        # The page's ids are found in the index alone; only those rows are then read whole.
        ids = query.order_by(*reading_order).offset(page.offset).limit(page.size)
        rows = session.scalars(select(Claim).where(Claim.id.in_(ids)).order_by(*reading_order))
        return paged([claim_row_to_dict(row) for row in rows], total, page)


def _visible(query: Any, levels: Collection[str] | None) -> Any:
    """Claims at `levels` whose source is at `levels` too (no filter when None)."""
    if levels is None:
        return query
    visible = select(Source.id).where(Source.level.in_(list(levels)))
    return query.where(Claim.level.in_(list(levels)), Claim.source_id.in_(visible))


def get_claim(store: Store, claim_id: int, levels: Collection[str] | None = None) -> dict[str, Any]:
    """One claim; NotFound also when it is above the caller's levels (its existence is hidden)."""
    with store.session() as session:
        row = session.scalars(_visible(select(Claim).where(Claim.id == claim_id), levels)).first()
        if row is None:
            raise NotFound(f"no claim #{claim_id}")
        return claim_row_to_dict(row)


def next_claim_to_review(
    store: Store, after: int = 0, levels: Collection[str] | None = None
) -> dict[str, Any] | None:
    """The first unreviewed claim after `after` (by id), for the one-at-a-time review queue."""
    with store.session() as session:
        row = session.scalars(
            _visible(select(Claim), levels)
            .where(Claim.review_status == "extracted", Claim.id > after)
            .order_by(Claim.id)
            .limit(1)
        ).first()
        return claim_row_to_dict(row) if row else None


def decide_claim(
    store: Store, claim_id: int, decision: str, reviewer: str, note: str | None
) -> dict[str, Any]:
    """Record a review decision and audit it in the same transaction (both or neither)."""
    status = DECISIONS.get(decision)
    if status is None:
        raise InputError(f"unknown decision {decision!r}: choose confirm, dispute or reject")
    note = (note or "").strip() or None
    if note and len(note) > MAX_COMMENT_CHARS:
        raise InputError(f"the note is longer than {MAX_COMMENT_CHARS} characters")
    with store.session() as session:
        row = review_claim(session, claim_id, status, reviewer, note)
        if row is None:
            raise NotFound(f"no claim #{claim_id}")
        audit.record(
            session,
            reviewer,
            "claim.review",
            "claim",
            claim_id,
            {"status": status, "note": bool(note)},
        )
        return claim_row_to_dict(row)


def _check_object(session: Any, object_type: str, object_id: int) -> None:
    model = {"claim": Claim, "incident": Incident}.get(object_type)
    if model is None:
        raise InputError(f"comments are on {' or '.join(COMMENT_OBJECTS)}")
    if session.get(model, object_id) is None:
        raise NotFound(f"no {object_type} #{object_id}")


def comment_as_json(comment: Comment) -> dict[str, Any]:
    return {
        "id": comment.id,
        "object_type": comment.object_type,
        "object_id": comment.object_id,
        "author": comment.author,
        "body": comment.body,
        "created_at": comment.created_at.isoformat(),
    }


def list_comments(store: Store, object_type: str, object_id: int) -> list[dict[str, Any]]:
    """Comments on a claim or incident, oldest first."""
    with store.session() as session:
        _check_object(session, object_type, object_id)
        rows = session.scalars(
            select(Comment)
            .where(Comment.object_type == object_type, Comment.object_id == object_id)
            .order_by(Comment.id)
        )
        return [comment_as_json(row) for row in rows]


def add_comment(
    store: Store, object_type: str, object_id: int, author: str, body: str
) -> dict[str, Any]:
    """Store a comment and audit that one was made (the entry holds ids, never the text)."""
    body = body.strip()
    if not body:
        raise InputError("the comment is empty")
    if len(body) > MAX_COMMENT_CHARS:
        raise InputError(f"the comment is longer than {MAX_COMMENT_CHARS} characters")
    with store.session() as session:
        _check_object(session, object_type, object_id)
        comment = Comment(
            object_type=object_type,
            object_id=object_id,
            author=author,
            body=body,
            created_at=utcnow(),
        )
        session.add(comment)
        session.flush()
        audit.record(
            session, author, "comment.add", object_type, object_id, {"comment": comment.id}
        )
        return comment_as_json(comment)


def dashboard_counts(store: Store, levels: Collection[str] | None = None) -> dict[str, Any]:
    """Counts for the dashboard: sources, claims by review status, incidents (sources and
    claims only at `levels` when given)."""
    sources = select(func.count()).select_from(Source)
    if levels is not None:
        sources = sources.where(Source.level.in_(list(levels)))
    unextracted = select(func.count()).select_from(Source).where(Source.extracted_with.is_(None))
    shown = None if levels is None else tuple(sorted(levels))
    with store.session() as session:
        by_status = dict(
            until_changed(
                session,
                ("claims by status", shown),
                lambda: tuple(
                    session.execute(
                        _visible(select(Claim.review_status, func.count()), levels).group_by(
                            Claim.review_status
                        )
                    ).all()
                ),
            )
        )
        return {
            "sources": until_changed(
                session, ("sources", shown), lambda: session.scalar(sources) or 0
            ),
            "claims": sum(by_status.values()),
            "claims_by_status": by_status,
            "incidents": until_changed(
                session,
                ("incident count",),
                lambda: session.scalar(select(func.count()).select_from(Incident)) or 0,
            ),
            "unextracted_sources": until_changed(
                session,
                ("unextracted sources",),
                lambda: session.scalar(unextracted) or 0,
            ),
        }
