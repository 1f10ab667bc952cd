"""What the workbench reads and writes besides the stages' views: list pages, reviews, comments."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Collection
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    JSON,
    BindParameter,
    Connection,
    Dialect,
    Result,
    Select,
    TypeDecorator,
    bindparam,
    func,
    or_,
    select,
    type_coerce,
)

from factfinder.errors import InputError, NotFound
from factfinder.protect import audit
from factfinder.sources.listing import SUMMARY_COLUMNS, source_summaries
from factfinder.store.cache import until_changed
from factfinder.store.claims import CLAIM_FIELDS, claim_row_to_dict, review_claim
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


def reading(store: Store) -> AbstractContextManager[Connection]:
    """A plain connection for reads that need no ORM objects and write nothing (list pages,
    one record, counts): the ORM session's transaction bookkeeping and commit around a read
    cost more CPU than the reads of a list page (≈ 40 µs a session on a 1 ms request)."""
    return store.engine.connect()


class ListedJson(TypeDecorator[Any]):
    """A JSON column as list pages read it: on SQLite the commonest stored values (`[]` for
    no figures or tags, `null` for no date) are answered without the JSON parser, and the
    rest parsed in one call instead of through SQLAlchemy's three layers of wrappers; the
    same values either way (≈ 90 µs less per page of 50 claims). On other databases the
    driver has already parsed the value."""

    impl = JSON
    cache_ok = True

    def result_processor(self, dialect: Dialect, coltype: Any) -> Callable[[Any], Any] | None:
        usual = super().result_processor(dialect, coltype)
        if dialect.name != "sqlite" or usual is None:
            return usual
        loads = dialect._json_deserializer or json.loads  # type: ignore[attr-defined]

        def decoded(value: Any) -> Any:
            if value.__class__ is not str:
                return usual(value)  # NULL, or a number SQLite's JSON functions stored
            if value == "[]":
                return []
            if value == "null":
                return None
            return loads(value)

        return decoded


_JSON_FIELDS = frozenset({"place", "when", "counts"})
# A source list's columns (sources/listing.py SUMMARY_COLUMNS), its tags read as ListedJson.
SOURCE_COLUMNS = tuple(
    type_coerce(column, ListedJson).label("tags") if column.key == "tags" else column
    for column in SUMMARY_COLUMNS
)


@functools.cache
def _sources_statements(filters: frozenset[str]) -> tuple[Select[Any], Select[Any], Select[Any]]:
    """The ids and tags, the count and the page of a source list filtered by `filters` (the
    names of the parameters set), newest first; built once per combination of filters (see
    _claims_statements)."""
    query = select(Source.id)
    if "levels" in filters:
        query = query.where(Source.level.in_(bindparam("levels", expanding=True)))
    if "media_type" in filters:
        query = query.where(Source.media_type == bindparam("media_type"))
    if "pattern" in filters:
        pattern = bindparam("pattern")
        query = query.where(or_(Source.title.ilike(pattern), Source.uri.ilike(pattern)))
    newest_first = query.order_by(Source.id.desc())
    counting = query.with_only_columns(func.count(), maintain_column_froms=True)
    ids = newest_first.offset(bindparam("offset")).limit(bindparam("limit"))
    # Only the summary's columns: list pages never show a source's text.
    page = select(*SOURCE_COLUMNS).where(Source.id.in_(ids)).order_by(Source.id.desc())
    return newest_first.add_columns(Source.tags), counting, page


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
    given = {
        "levels": None if levels is None else sorted(levels),
        "media_type": media_type or None,
        "pattern": f"%{text}%" if text else None,
    }
    params = {name: value for name, value in given.items() if value is not None}
    tagged, counting, newest = _sources_statements(frozenset(params))
    with reading(store) as connection:
        if tag:
            # Tags are a JSON list, which the two databases query differently: match the
            # (short) tag lists here, reading only ids and tags.
            ids = [row[0] for row in connection.execute(tagged, params) if tag in (row[1] or [])]
            shown = ids[page.offset : page.offset + page.size]
            rows = connection.execute(
                select(*SOURCE_COLUMNS).where(Source.id.in_(shown)).order_by(Source.id.desc())
            )
            return paged(source_summaries(rows), len(ids), page)
        key = ("sources", media_type, text, None if levels is None else tuple(sorted(levels)))
        total = _count(connection, counting, key, params)
        rows = connection.execute(newest, params | {"offset": page.offset, "limit": page.size})
        return paged(source_summaries(rows), total, page)


_SOURCE_TEXT = select(Source.text, Source.title, Source.uri).where(
    Source.id == bindparam("source_id")
)


def source_text(store: Store, source_id: int) -> dict[str, Any]:
    """A source's text, title and address: what the review queue shows around a claim, without
    the custody log and derived files that `source_details` also reads."""
    with reading(store) as connection:
        row = connection.execute(_SOURCE_TEXT, {"source_id": source_id}).first()
    if row is None:
        raise NotFound(f"no source with id #{source_id}")
    return {"text": row.text, "title": row.title, "uri": row.uri}


def _claims_params(
    types: list[str] | None,
    source_id: int | None,
    statuses: list[str] | None,
    incident_id: int | None,
    levels: Collection[str] | None,
) -> dict[str, Any]:
    """A claim list's filters as statement parameters; only the filters that are set."""
    given = {
        "types": list(types or ()) or None,
        "source_id": source_id,
        "statuses": list(statuses or ()) or None,
        "incident_id": incident_id,
        "levels": None if levels is None else sorted(levels),
    }
    return {name: value for name, value in given.items() if value is not None}


@functools.cache
def _claims_statements(filters: frozenset[str]) -> tuple[Select[Any], Select[Any]]:
    """The count and the page of a claim list filtered by `filters` (the names of the
    parameters set), with the values as parameters and the page cut by `offset` and `limit`.

    Built once per combination of filters (at most 32): building a statement and its cache key
    costs more CPU than running it along an index.
    """
    query = select(Claim.id)
    if "types" in filters:
        query = query.where(Claim.type.in_(bindparam("types", expanding=True)))
    if "source_id" in filters:
        query = query.where(Claim.source_id == bindparam("source_id"))
    if "statuses" in filters:
        query = query.where(Claim.review_status.in_(bindparam("statuses", expanding=True)))
    if "incident_id" in filters:
        query = query.join(IncidentClaim, IncidentClaim.claim_id == Claim.id).where(
            IncidentClaim.incident_id == bindparam("incident_id")
        )
    if "levels" in filters:
        query = _at_levels(query, bindparam("levels", expanding=True))
    counting = query.with_only_columns(func.count(), maintain_column_froms=True)
    reading_order = (Claim.source_id, Claim.start, Claim.id)
    # The page's ids are found in the index alone; only those rows are then read whole.
    ids = query.order_by(*reading_order).offset(bindparam("offset")).limit(bindparam("limit"))
    page = select(*CLAIM_COLUMNS).where(Claim.id.in_(ids)).order_by(*reading_order)
    return counting, page


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
    params = _claims_params(types, source_id, statuses, incident_id, levels)
    counting, _page = _claims_statements(frozenset(params))
    with reading(store) as connection:
        return _count(connection, counting, _claims_key(params), params)


def _claims_key(params: dict[str, Any]) -> tuple[Any, ...]:
    return (
        "claims",
        *((name, tuple(v) if isinstance(v, list) else v) for name, v in params.items()),
    )


def _count(
    connection: Connection,
    counting: Select[Any],
    key: tuple[Any, ...],
    params: dict[str, Any] | None = None,
) -> int:
    """What the `count(*)` statement `counting` answers, kept until the database changes."""
    return until_changed(connection, key, lambda: connection.scalar(counting, params) or 0)


def _listed(name: str) -> Any:
    column = getattr(Claim, name)
    return type_coerce(column, ListedJson).label(name) if name in _JSON_FIELDS else column


# What claim_row_to_dict reads, in its order: list pages read these as plain rows, without
# ORM objects (no identity map, no instrumented attributes: a third less CPU per page).
CLAIM_COLUMNS = tuple(
    _listed(name)
    for name in (
        "id",
        "source_id",
        *CLAIM_FIELDS,
        "review_status",
        "reviewer",
        "reviewer_note",
        "reviewed_at",
        "level",
    )
)


def claim_dicts(rows: Result[Any]) -> list[dict[str, Any]]:
    """Rows of CLAIM_COLUMNS as claim_row_to_dict makes them of ORM objects (the same dicts;
    tests/web/test_records.py holds the two together)."""
    keys = list(rows.keys())
    claims = []
    for values in rows.tuples():
        claim = dict(zip(keys, values, strict=True))
        if claim["reviewed_at"] is not None:
            claim["reviewed_at"] = claim["reviewed_at"].isoformat()
        claims.append(claim)
    return claims


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
    params = _claims_params(types, source_id, statuses, incident_id, levels)
    counting, page_of_claims = _claims_statements(frozenset(params))
    with reading(store) as connection:
        total = _count(connection, counting, _claims_key(params), params)
        rows = connection.execute(
            page_of_claims, params | {"offset": page.offset, "limit": page.size}
        )
        return paged(claim_dicts(rows), total, page)


def _visible(query: Any, levels: Collection[str] | None) -> Any:
    """Claims at `levels` whose source is at `levels` too (no filter when None)."""
    return query if levels is None else _at_levels(query, list(levels))


def _at_levels(query: Any, levels: list[str] | BindParameter[Any]) -> Any:
    visible = select(Source.id).where(Source.level.in_(levels))
    return query.where(Claim.level.in_(levels), Claim.source_id.in_(visible))


@functools.cache
def _claim_statements(at_levels: bool) -> tuple[Select[Any], Select[Any]]:
    """One claim by id, and the first unreviewed claim after an id (the review queue); built
    once, with the caller's levels as a parameter when `at_levels` (see _claims_statements)."""
    one = select(*CLAIM_COLUMNS).where(Claim.id == bindparam("claim_id"))
    following = (
        select(*CLAIM_COLUMNS)
        .where(Claim.review_status == "extracted", Claim.id > bindparam("after"))
        .order_by(Claim.id)
        .limit(1)
    )
    if at_levels:
        levels = bindparam("levels", expanding=True)
        return _at_levels(one, levels), _at_levels(following, levels)
    return one, following


def _levels_param(levels: Collection[str] | None) -> dict[str, Any]:
    return {} if levels is None else {"levels": sorted(levels)}


def get_claim(store: Store, claim_id: int, levels: Collection[str] | None = None) -> dict[str, Any]:
    """One claim; NotFound also when it is above the caller's levels (its existence is hidden)."""
    one, _following = _claim_statements(levels is not None)
    with reading(store) as connection:
        rows = connection.execute(one, {"claim_id": claim_id} | _levels_param(levels))
        found = claim_dicts(rows)
    if not found:
        raise NotFound(f"no claim #{claim_id}")
    return found[0]


def next_claim_to_review(
    store: Store, after: int = 0, levels: Collection[str] | None = None
) -> dict[str, Any] | None:
    """The first unreviewed claim after `after` (by id), for the one-at-a-time review queue."""
    _one, following = _claim_statements(levels is not None)
    with reading(store) as connection:
        rows = connection.execute(following, {"after": after} | _levels_param(levels))
        return next(iter(claim_dicts(rows)), None)


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
    claims only at `levels` when given); kept until the database changes."""
    shown = None if levels is None else tuple(sorted(levels))
    with reading(store) as connection:
        counts = until_changed(
            connection, ("dashboard", shown), lambda: _count_all(connection, levels)
        )
    return counts | {"claims_by_status": dict(counts["claims_by_status"])}


def _count_all(connection: Connection, levels: Collection[str] | None) -> dict[str, Any]:
    sources = select(func.count()).select_from(Source)
    if levels is not None:
        sources = sources.where(Source.level.in_(list(levels)))
    unextracted = select(func.count()).select_from(Source).where(Source.extracted_with.is_(None))
    by_status = dict(
        connection.execute(
            _visible(select(Claim.review_status, func.count()), levels).group_by(
                Claim.review_status
            )
        ).all()
    )
    return {
        "sources": connection.scalar(sources) or 0,
        "claims": sum(by_status.values()),
        "claims_by_status": by_status,
        "incidents": connection.scalar(select(func.count()).select_from(Incident)) or 0,
        "unextracted_sources": connection.scalar(unextracted) or 0,
    }


def recent_activity(store: Store, limit: int = 15) -> tuple[Any, ...]:
    """The newest `limit` audit entries, newest first (the dashboard's activity list); kept
    until the database changes, which any new entry does."""
    with reading(store) as connection:
        return until_changed(
            connection,
            ("recent activity", limit),
            lambda: tuple(audit.entries(store, limit)[::-1]),
        )
