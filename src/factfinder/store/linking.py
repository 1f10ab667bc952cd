"""Store side of linking: claim and source records, the link tables' reads and writes."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Integer,
    Select,
    Text,
    TextClause,
    any_,
    bindparam,
    cast,
    delete,
    func,
    insert,
    literal,
    select,
    text,
    tuple_,
    union_all,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from factfinder.store.models import (
    Actor,
    ActorAlias,
    Claim,
    ClaimActor,
    ClaimEdit,
    EventBlock,
    Incident,
    IncidentClaim,
    LinkDecision,
    LinkState,
    Source,
    SourceDuplicate,
    utcnow,
)

# Claims a reviewer rejected, or that a re-extraction no longer finds, never count anywhere.
EXCLUDED_STATUSES = frozenset({"rejected", "stale"})
PRECISION_RANK = {"year": 0, "month": 1, "week": 2, "day": 3}


@dataclass(frozen=True, slots=True)
class SourceRecord:
    id: int
    uri: str
    title: str | None
    publisher: str | None
    published_at: dt.date | None


@dataclass(frozen=True, slots=True)
class Span:
    """A resolved time interval with the precision the source gave (never a made-up day)."""

    start: dt.date
    end: dt.date
    precision: str

    @property
    def precise(self) -> bool:
        return self.precision in ("day", "week")

    def display(self) -> str:
        """As precise as the source: '2017-04-03', 'week of 2017-04-03', '2017-04' or '2017'."""
        if self.precision == "year":
            return f"{self.start.year:04d}"
        if self.precision == "month":
            return f"{self.start.year:04d}-{self.start.month:02d}"
        if self.precision == "week":
            return f"week of {self.start.isoformat()}"
        return self.start.isoformat()

    def as_json(self) -> dict[str, str]:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "precision": self.precision,
            "display": self.display(),
        }


@dataclass(slots=True)
class ClaimRecord:
    """A stored claim as linking needs it; `published_at` is its source's publication date."""

    id: int
    source_id: int
    kind: str
    type: str
    sentence: str
    start: int = 0
    agent: str | None = None
    target: str | None = None
    place: dict[str, Any] | None = None
    when: dict[str, Any] | None = None
    counts: list[dict[str, Any]] = field(default_factory=list)
    attributed_to: str | None = None
    negated: bool = False
    hedged: bool = False
    confidence: float = 1.0
    review_status: str = "extracted"
    published_at: dt.date | None = None

    @property
    def counted(self) -> bool:
        return self.review_status not in EXCLUDED_STATUSES

    @property
    def disputed(self) -> bool:
        return self.review_status == "disputed"

    def span(self) -> Span | None:
        """The claim's own resolved date, or None when the sentence gave none (or a broken one)."""
        return parse_span(self.when)

    def dated_span(self) -> Span | None:
        """The claim's date, or for a statement the day its source was published (said by then)."""
        own = self.span()
        if own is not None or self.kind != "statement" or self.published_at is None:
            return own
        return Span(self.published_at, self.published_at, "day")


def parse_span(when: dict[str, Any] | None) -> Span | None:
    """Read a stored `when`; an unreadable or reversed interval counts as no date, not a crash."""
    if not when:
        return None
    try:
        start = _as_date(when["start"])
        end = _as_date(when.get("end") or when["start"])
    except (KeyError, TypeError, ValueError):
        return None
    precision = when.get("precision") if when.get("precision") in PRECISION_RANK else "day"
    if end < start:
        start, end = end, start
    return Span(start, end, precision)


def _as_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


@dataclass(frozen=True, slots=True)
class Decision:
    """A user's merge (these claims belong together) or split (these claims stand apart)."""

    id: int
    action: str
    claim_ids: tuple[int, ...]


TEXT_BATCH = 500  # source texts are streamed in batches so a large archive never sits in memory


def load_sources(session: Session, ids: Iterable[int] | None = None) -> dict[int, SourceRecord]:
    """Every source (or those named) as a plain record, without its text."""
    query = select(Source.id, Source.uri, Source.title, Source.publisher, Source.published_at)
    if ids is None:
        return {row.id: SourceRecord(*row) for row in session.execute(query)}
    return {
        row.id: SourceRecord(*row)
        for chunk in chunked(ids)
        for row in session.execute(query.where(Source.id.in_(chunk)))
    }


def iter_source_texts(session: Session) -> Iterator[tuple[int, str | None]]:
    """(source id, text) for every source, fetched in batches."""
    ids = list(session.scalars(select(Source.id).order_by(Source.id)))
    for offset in range(0, len(ids), TEXT_BATCH):
        batch = ids[offset : offset + TEXT_BATCH]
        yield from session.execute(select(Source.id, Source.text).where(Source.id.in_(batch)))


_CLAIM_COLUMNS = (
    Claim.id,
    Claim.source_id,
    Claim.kind,
    Claim.type,
    Claim.sentence,
    Claim.start,
    Claim.agent,
    Claim.target,
    Claim.place,
    Claim.when,
    Claim.counts,
    Claim.attributed_to,
    Claim.negated,
    Claim.hedged,
    Claim.confidence,
    Claim.review_status,
    Source.published_at,
)
_JSON_COLUMNS = (Claim.place, Claim.when, Claim.counts)


def _claim_columns(*, sentences: bool) -> tuple[Any, ...]:
    """load_claims' columns: the JSON ones read as text and decoded by _decode_json (the
    driver's own JSON decoding on PostgreSQL cost twice as much: a third of a claim's read),
    the sentence as "" when not wanted."""
    return tuple(
        cast(column, Text).label(column.key)
        if any(column is c for c in _JSON_COLUMNS)
        else literal("").label("sentence")
        if column is Claim.sentence and not sentences
        else column
        for column in _CLAIM_COLUMNS
    )


_COLUMNS = {sentences: _claim_columns(sentences=sentences) for sentences in (False, True)}
PG_IDS_PER_QUERY = 10000  # claim ids per `= ANY(array)` on PostgreSQL: one plan, few round trips


def _decode_json(value: str | None) -> Any:
    return None if value is None or value == "null" else json.loads(value)


def load_claims(
    session: Session,
    ids: Iterable[int] | None = None,
    *,
    include_excluded: bool = False,
    kind: str | None = None,
    incident_id: int | None = None,
    sentences: bool = True,
) -> list[ClaimRecord]:
    """Claims as plain records, ordered by id; rejected and stale ones only when asked for;
    only those of one `kind` (event, statement), or of one incident, when given. Linking
    compares no sentence: without `sentences` each record's is "", and the largest column of
    a claim is neither read nor held (a full relink holds millions of records)."""
    query = select(*_COLUMNS[sentences]).join(Source, Source.id == Claim.source_id)
    query = query.order_by(Claim.id)
    if not include_excluded:
        query = query.where(Claim.review_status.not_in(EXCLUDED_STATUSES))
    if kind is not None:
        query = query.where(Claim.kind == kind)
    if incident_id is not None:
        query = query.join(IncidentClaim, IncidentClaim.claim_id == Claim.id).where(
            IncidentClaim.incident_id == incident_id
        )
    rows: Iterable[Any]
    if ids is None:
        rows = session.execute(query).tuples()
    elif _on_postgresql(session):  # one array parameter per PG_IDS_PER_QUERY ids
        by_array = query.where(Claim.id == any_(bindparam("ids", type_=ARRAY(Integer))))
        ordered = sorted(set(ids))
        rows = [
            row
            for offset in range(0, len(ordered), PG_IDS_PER_QUERY)
            for row in session.execute(
                by_array, {"ids": ordered[offset : offset + PG_IDS_PER_QUERY]}
            ).tuples()
        ]
    else:  # in chunks, so a long list of ids stays under SQLite's parameter limit
        rows = [row for c in chunked(ids) for row in session.execute(query.where(Claim.id.in_(c)))]
    return [
        ClaimRecord(
            id=row[0],
            source_id=row[1],
            kind=row[2],
            type=row[3],
            sentence=row[4],
            start=row[5],
            agent=row[6],
            target=row[7],
            place=_decode_json(row[8]),
            when=_decode_json(row[9]),
            counts=_decode_json(row[10]) or [],
            attributed_to=row[11],
            negated=bool(row[12]),
            hedged=bool(row[13]),
            confidence=row[14],
            review_status=row[15],
            published_at=row[16],
        )
        for row in rows
    ]


def replace_duplicates(session: Session, groups: dict[int, tuple[int, float]]) -> None:
    session.execute(delete(SourceDuplicate))
    if groups:
        session.execute(
            insert(SourceDuplicate.__table__),
            [
                {"source_id": sid, "group_id": gid, "similarity": sim}
                for sid, (gid, sim) in sorted(groups.items())
            ],
        )


def load_duplicate_groups(session: Session) -> dict[int, tuple[int, float]]:
    rows = session.execute(
        select(SourceDuplicate.source_id, SourceDuplicate.group_id, SourceDuplicate.similarity)
    )
    return {sid: (gid, sim) for sid, gid, sim in rows}


def load_actor_table(
    session: Session,
) -> tuple[dict[int, tuple[str, str, str | None]], dict[str, int]]:
    """Known actors (id → name, type, country) and alias keys (key → actor id)."""
    actors = {
        row.id: (row.name, row.type, row.country_code)
        for row in session.execute(select(Actor.id, Actor.name, Actor.type, Actor.country_code))
    }
    aliases = dict(session.execute(select(ActorAlias.key, ActorAlias.actor_id)).tuples().all())
    return actors, aliases


def save_new_actors(
    session: Session,
    actors: dict[int, tuple[str, str, str | None]],
    aliases: list[tuple[int, str, str]],
) -> dict[int, int]:
    """Store new actors (provisional negative ids) and aliases; provisional id → stored id."""
    now = utcnow()
    first = next_actor_id(session)
    ids = {provisional: first + n for n, provisional in enumerate(sorted(actors, reverse=True))}
    if ids:
        session.execute(
            insert(Actor.__table__),
            [
                {
                    "id": ids[provisional],
                    "name": name,
                    "type": kind,
                    "country_code": country,
                    "created_at": now,
                }
                for provisional, (name, kind, country) in actors.items()
            ],
        )
    if aliases:
        session.execute(
            insert(ActorAlias.__table__),
            [
                {
                    "actor_id": ids.get(actor_id, actor_id),
                    "alias": alias,
                    "key": key,
                    "origin": "auto",
                    "created_at": now,
                }
                for actor_id, alias, key in aliases
            ],
        )
    return ids


def next_actor_id(session: Session) -> int:
    """Actor ids are given explicitly (bulk inserts on both databases), never by a sequence."""
    return (session.scalar(select(func.max(Actor.id))) or 0) + 1


def replace_claim_actors(session: Session, rows: list[tuple[int, str, int]]) -> None:
    session.execute(delete(ClaimActor))
    if rows:
        session.execute(
            insert(ClaimActor.__table__),
            [{"claim_id": c, "role": role, "actor_id": a} for c, role, a in rows],
        )


def load_claim_actors(
    session: Session, claim_ids: Iterable[int] | None = None
) -> dict[tuple[int, str], int]:
    """(claim id, role) → actor id."""
    query = select(ClaimActor.claim_id, ClaimActor.role, ClaimActor.actor_id)
    if claim_ids is not None:
        query = query.where(ClaimActor.claim_id.in_(list(claim_ids)))
    return {(c, role): a for c, role, a in session.execute(query)}


def load_actors(session: Session, ids: Iterable[int] | None = None) -> dict[int, Actor]:
    query = select(Actor)
    if ids is not None:
        query = query.where(Actor.id.in_(list(ids)))
    return {actor.id: actor for actor in session.scalars(query)}


def load_decisions(session: Session) -> list[Decision]:
    rows = session.scalars(select(LinkDecision).order_by(LinkDecision.id))
    return [Decision(row.id, row.action, tuple(row.claim_ids)) for row in rows]


def add_decision(session: Session, action: str, claim_ids: list[int], decided_by: str) -> int:
    decision = LinkDecision(
        action=action, claim_ids=sorted(claim_ids), decided_by=decided_by, decided_at=utcnow()
    )
    session.add(decision)
    session.flush()
    return decision.id


def replace_claim_actors_of(
    session: Session, claim_ids: Collection[int], rows: list[tuple[int, str, int]]
) -> None:
    """Replace the actor rows of some claims only (an incremental run's changed claims)."""
    for chunk in chunked(claim_ids):
        session.execute(delete(ClaimActor).where(ClaimActor.claim_id.in_(chunk)))
    if rows:
        session.execute(
            insert(ClaimActor.__table__),
            [{"claim_id": c, "role": role, "actor_id": a} for c, role, a in rows],
        )


def load_memberships(session: Session, kind: str | None = None) -> dict[int, int]:
    """claim id → incident id, as the last link run left them (only claims of `kind` if given)."""
    query = select(IncidentClaim.claim_id, IncidentClaim.incident_id)
    if kind is not None:
        query = query.join(Claim, Claim.id == IncidentClaim.claim_id).where(Claim.kind == kind)
    return dict(session.execute(query).all())


def max_incident_id(session: Session) -> int:
    return session.scalar(select(func.max(Incident.id))) or 0


def count_event_claims(session: Session, at_most: int) -> int:
    """How many event claims are stored (rejected and stale ones too), counting no further
    than `at_most`: the incremental run weighs its share of the archive without a scan."""
    first = select(Claim.id).where(Claim.kind == "event").limit(at_most).subquery()
    return session.scalar(select(func.count()).select_from(first)) or 0


def count_incidents(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Incident)) or 0


def replace_incidents(
    session: Session, incidents: list[dict[str, Any]], members: list[dict[str, Any]]
) -> None:
    """Replace all incidents and memberships in one go (ids chosen by the caller are kept)."""
    session.execute(delete(IncidentClaim))
    session.execute(delete(Incident))
    if incidents:
        session.execute(insert(Incident.__table__), incidents)
    if members:
        session.execute(insert(IncidentClaim.__table__), members)


def rewrite_incidents(
    session: Session,
    incident_ids: Collection[int],
    claim_ids: Collection[int],
    incidents: list[dict[str, Any]],
    members: list[dict[str, Any]],
) -> None:
    """Replace some incidents and some claims' memberships (an incremental run's part).

    The incidents `incident_ids` and every membership of `claim_ids` or of those incidents
    are deleted, then `incidents` and `members` inserted: the rest of the table is untouched.
    """
    for chunk in chunked(claim_ids):
        session.execute(delete(IncidentClaim).where(IncidentClaim.claim_id.in_(chunk)))
    for chunk in chunked(incident_ids):
        session.execute(delete(IncidentClaim).where(IncidentClaim.incident_id.in_(chunk)))
        session.execute(delete(Incident).where(Incident.id.in_(chunk)))
    if incidents:
        session.execute(insert(Incident.__table__), incidents)
    if members:
        session.execute(insert(IncidentClaim.__table__), members)


def memberships_of_claims(session: Session, claim_ids: Collection[int]) -> dict[int, int]:
    """claim id → incident id for those of the claims that are in an incident."""
    result: dict[int, int] = {}
    for chunk in chunked(claim_ids):
        query = select(IncidentClaim.claim_id, IncidentClaim.incident_id).where(
            IncidentClaim.claim_id.in_(chunk)
        )
        result.update(session.execute(query).tuples().all())
    return result


def members_of_incidents(
    session: Session, incident_ids: Collection[int], role: str | None = None
) -> dict[int, int]:
    """claim id → incident id for the members of some incidents (of one `role` if given)."""
    result: dict[int, int] = {}
    for chunk in chunked(incident_ids):
        query = select(IncidentClaim.claim_id, IncidentClaim.incident_id).where(
            IncidentClaim.incident_id.in_(chunk)
        )
        if role is not None:
            query = query.where(IncidentClaim.role == role)
        result.update(session.execute(query).tuples().all())
    return result


def statement_scores(session: Session, claim_ids: Collection[int]) -> dict[int, float]:
    """statement id → the score that attached it, for those of the statements attached."""
    result: dict[int, float] = {}
    for chunk in chunked(claim_ids):
        query = select(IncidentClaim.claim_id, IncidentClaim.score).where(
            IncidentClaim.claim_id.in_(chunk), IncidentClaim.role == "statement"
        )
        result.update(session.execute(query).tuples().all())
    return result


def claim_ids_of_sources(
    session: Session, source_ids: Collection[int], kind: str | None = None
) -> set[int]:
    """The counted claims of some sources (of one `kind` if given)."""
    result: set[int] = set()
    for chunk in chunked(source_ids):
        query = select(Claim.id).where(
            Claim.source_id.in_(chunk), Claim.review_status.not_in(EXCLUDED_STATUSES)
        )
        if kind is not None:
            query = query.where(Claim.kind == kind)
        result.update(session.scalars(query))
    return result


def event_incidents_of_sources(session: Session, source_ids: Collection[int]) -> set[int]:
    """Incidents holding an event claim of one of the sources."""
    result: set[int] = set()
    for chunk in chunked(source_ids):
        query = (
            select(IncidentClaim.incident_id)
            .join(Claim, Claim.id == IncidentClaim.claim_id)
            .where(Claim.source_id.in_(chunk), IncidentClaim.role == "event")
        )
        result.update(session.scalars(query))
    return result


def load_perpetrator_candidates(
    session: Session, claim_ids: Collection[int]
) -> dict[int, tuple[int, str, str | None]]:
    """claim id → (agent actor id, actor type, country) as the last runs stored them."""
    result: dict[int, tuple[int, str, str | None]] = {}
    for chunk in chunked(claim_ids):
        query = (
            select(ClaimActor.claim_id, Actor.id, Actor.type, Actor.country_code)
            .join(Actor, Actor.id == ClaimActor.actor_id)
            .where(ClaimActor.claim_id.in_(chunk), ClaimActor.role == "agent")
        )
        result.update({c: (a, t, country) for c, a, t, country in session.execute(query)})
    return result


def load_attributions(session: Session, claim_ids: Collection[int]) -> dict[int, int]:
    """claim id → the actor it is attributed to, for those that have one."""
    result: dict[int, int] = {}
    for chunk in chunked(claim_ids):
        query = select(ClaimActor.claim_id, ClaimActor.actor_id).where(
            ClaimActor.claim_id.in_(chunk), ClaimActor.role == "attributed_to"
        )
        result.update(session.execute(query).tuples().all())
    return result


# --- link state and block keys (link/incremental.py) ---


@dataclass(frozen=True, slots=True)
class LinkStateRecord:
    """How far the last run got; see models.LinkState."""

    claim_high_water: int
    source_high_water: int
    decision_high_water: int
    alias_digest: str
    extractor_version: str
    ran_at: dt.datetime


def load_link_state(session: Session) -> LinkStateRecord | None:
    row = session.get(LinkState, 1)
    if row is None:
        return None
    return LinkStateRecord(
        row.claim_high_water,
        row.source_high_water,
        row.decision_high_water,
        row.alias_digest,
        row.extractor_version,
        row.ran_at,
    )


def save_link_state(session: Session, state: LinkStateRecord) -> None:
    row = session.get(LinkState, 1) or LinkState(id=1)
    row.claim_high_water = state.claim_high_water
    row.source_high_water = state.source_high_water
    row.decision_high_water = state.decision_high_water
    row.alias_digest = state.alias_digest
    row.extractor_version = state.extractor_version
    row.ran_at = state.ran_at
    session.add(row)
    session.flush()


def high_waters(session: Session) -> tuple[int, int, int]:
    """The highest claim, source and decision ids stored now."""
    return (
        session.scalar(select(func.max(Claim.id))) or 0,
        session.scalar(select(func.max(Source.id))) or 0,
        session.scalar(select(func.max(LinkDecision.id))) or 0,
    )


def user_alias_rows(session: Session) -> list[tuple[str, int]]:
    """(key, actor id) of every alias a user set, in key order (few: users type them)."""
    query = select(ActorAlias.key, ActorAlias.actor_id).where(ActorAlias.origin == "user")
    return sorted(session.execute(query).tuples().all())


def changed_claim_ids(session: Session, since: dt.datetime, high_water: int) -> set[int]:
    """Claims added, re-extracted, reviewed or edited since a run, and excluded claims that a
    run left in an incident (marking a claim stale changes no timestamp)."""
    queries = [
        select(Claim.id).where(Claim.id > high_water),
        select(Claim.id).where(Claim.extracted_at >= since),
        select(Claim.id).where(Claim.reviewed_at >= since),
        select(ClaimEdit.claim_id).where(ClaimEdit.edited_at >= since),
        select(IncidentClaim.claim_id)
        .join(Claim, Claim.id == IncidentClaim.claim_id)
        .where(Claim.review_status.in_(EXCLUDED_STATUSES)),
        select(EventBlock.claim_id)
        .join(Claim, Claim.id == EventBlock.claim_id)
        .where(Claim.review_status.in_(EXCLUDED_STATUSES)),
    ]
    result: set[int] = set()
    for query in queries:
        result.update(session.scalars(query))
    return result


def new_source_ids(session: Session, high_water: int) -> list[int]:
    return list(session.scalars(select(Source.id).where(Source.id > high_water)))


def delete_blocks(session: Session, claim_ids: Collection[int] | None = None) -> None:
    """Delete the block rows of some claims, or all of them."""
    if claim_ids is None:
        session.execute(delete(EventBlock))
        return
    for chunk in chunked(claim_ids):
        session.execute(delete(EventBlock).where(EventBlock.claim_id.in_(chunk)))


def insert_blocks(session: Session, rows: Iterable[dict[str, Any]]) -> None:
    """Insert block rows in batches, so a full relink never holds them all in memory."""
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == 5000:
            session.execute(insert(EventBlock.__table__), batch)
            batch = []
    if batch:
        session.execute(insert(EventBlock.__table__), batch)


# The block reads run once per changed claim and key: built once with bound parameters, so
# each run costs a lookup in SQLAlchemy's statement cache, not a new statement.
_BLOCK_HEAD = (
    select(EventBlock.claim_id).where(EventBlock.key == bindparam("key")).limit(bindparam("size"))
)


def _window_query(*, by_source: bool, suffix: str = "") -> Select[Any]:
    """Members of a block on both sides of a position, in one statement (two index ranges).

    Dated blocks store a start ordinal on every row (0 when undated), so the ordering column
    is the indexed one itself and each side reads only `size` index entries. `suffix` names
    the bound parameters, so that several windows fit in one statement (_windows_query).
    """
    column = EventBlock.source_id if by_source else EventBlock.start_ordinal
    position = tuple_(column, EventBlock.claim_id)
    at = tuple_(bindparam(f"first{suffix}"), bindparam(f"second{suffix}"))
    base = select(EventBlock.claim_id, EventBlock.start_ordinal).where(
        EventBlock.key == bindparam(f"key{suffix}")
    )
    before = (
        base.where(position < at)
        .order_by(column.desc(), EventBlock.claim_id.desc())
        .limit(bindparam("size"))
        .subquery()
    )
    after = (
        base.where(position >= at)
        .order_by(column, EventBlock.claim_id)
        .limit(bindparam("size"))
        .subquery()
    )
    return union_all(select(*before.c), select(*after.c))


# Windows read per statement by block_windows: one round trip instead of one per changed
# claim and key (a batch of 1,000 reports asks for ~16,000), within SQLite's 500 compound terms.
WINDOWS_PER_QUERY = 50


def _windows_query(*, by_source: bool) -> Select[Any]:
    """WINDOWS_PER_QUERY windows (_window_query) in one statement, parameters suffixed _0…"""
    windows = [_window_query(by_source=by_source, suffix=f"_{n}") for n in range(WINDOWS_PER_QUERY)]
    return union_all(*(select(*w.subquery().c) for w in windows))


_WINDOWS = {by_source: _windows_query(by_source=by_source) for by_source in (False, True)}
_FROM = {
    descending: select(EventBlock.claim_id)
    .where(
        EventBlock.key == bindparam("key"),
        EventBlock.start_ordinal <= bindparam("start")
        if descending
        else EventBlock.start_ordinal >= bindparam("start"),
    )
    .order_by(
        *(
            (EventBlock.start_ordinal.desc(), EventBlock.claim_id.desc())
            if descending
            else (EventBlock.start_ordinal, EventBlock.claim_id)
        )
    )
    .limit(bindparam("size"))
    for descending in (False, True)
}


# PostgreSQL reads the windows of a whole batch in one statement: a LATERAL join over arrays of
# keys and positions, each side still one ordered index range of `size` entries (a batch of
# 1,000 reports asks for ~16,000 windows: one statement per 50 cost a fifth of the incremental
# link). SQLite has no LATERAL and keeps the statements above.
def _pg_windows(column: str) -> TextClause:
    """Windows (see _window_query) by `column` for arrays of (key, first, second) positions."""
    before = (
        f"SELECT b.claim_id, b.start_ordinal FROM event_blocks AS b WHERE b.key = p.key "
        f"AND (b.{column}, b.claim_id) < (p.first, p.second) "
        f"ORDER BY b.{column} DESC, b.claim_id DESC LIMIT :size"
    )
    after = (
        f"SELECT b.claim_id, b.start_ordinal FROM event_blocks AS b WHERE b.key = p.key "
        f"AND (b.{column}, b.claim_id) >= (p.first, p.second) "
        f"ORDER BY b.{column}, b.claim_id LIMIT :size"
    )
    return text(
        "SELECT w.claim_id, w.start_ordinal FROM unnest(CAST(:keys AS varchar[]), "
        "CAST(:firsts AS integer[]), CAST(:seconds AS integer[])) AS p(key, first, second) "
        f"CROSS JOIN LATERAL (({before}) UNION ALL ({after})) AS w"
    )


_PG_WINDOWS = {False: _pg_windows("start_ordinal"), True: _pg_windows("source_id")}
PG_ARRAY_ROWS = 5000  # positions per statement: bounds a statement's parameters and result


def _on_postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def small_blocks(session: Session, keys: Iterable[str], limit: int) -> dict[str, list[int]]:
    """key → claim ids of the blocks with at most `limit` members; larger blocks are left out
    (each is read only up to limit + 1 rows, so a huge block costs no more than a small one)."""
    result: dict[str, list[int]] = {}
    for key in sorted(set(keys)):
        members = list(session.scalars(_BLOCK_HEAD, {"key": key, "size": limit + 1}))
        if len(members) <= limit:
            result[key] = members
    return result


def block_windows(
    session: Session,
    positions: list[tuple[str, tuple[int, int]]],
    size: int,
    *,
    by_source: bool = False,
) -> list[tuple[int, int | None]]:
    """(claim id, start ordinal) of the `size` members of a block on each side of a position in
    (start ordinal, claim id) order, or (source id, claim id) order when `by_source`, for many
    (key, position) pairs, PG_ARRAY_ROWS per statement on PostgreSQL and WINDOWS_PER_QUERY on
    SQLite: the rows of all the windows together, in no particular order (a row may come more
    than once)."""
    rows: list[tuple[int, int | None]] = []
    if _on_postgresql(session):
        for offset in range(0, len(positions), PG_ARRAY_ROWS):
            chunk = positions[offset : offset + PG_ARRAY_ROWS]
            parameters = {
                "keys": [key for key, _position in chunk],
                "firsts": [first for _key, (first, _second) in chunk],
                "seconds": [second for _key, (_first, second) in chunk],
                "size": size,
            }
            rows.extend(session.execute(_PG_WINDOWS[by_source], parameters).tuples())
        return rows
    for offset in range(0, len(positions), WINDOWS_PER_QUERY):
        chunk = positions[offset : offset + WINDOWS_PER_QUERY]
        chunk += [chunk[-1]] * (WINDOWS_PER_QUERY - len(chunk))  # one cached statement shape
        parameters: dict[str, Any] = {"size": size}
        for n, (key, (first, second)) in enumerate(chunk):
            parameters |= {f"key_{n}": key, f"first_{n}": first, f"second_{n}": second}
        rows.extend(session.execute(_WINDOWS[by_source], parameters).tuples())
    return rows


def blocks_from(
    session: Session, bounds: Collection[tuple[str, int]], size: int, *, descending: bool = False
) -> dict[tuple[str, int], list[int]]:
    """(key, start) → claim ids of up to `size` members of the block dated from `start` on (or
    up to it), nearest first (start ordinal, then claim id: link.incidents.statement_reach
    orders the same way). One statement a block, on PostgreSQL too: a batched one (LATERAL)
    does not know which block it reads, and plans a huge block's nearest as a bitmap scan and
    sort of the whole block (25,000 rows, ~100 ms) instead of one index range."""
    found: dict[tuple[str, int], list[int]] = {}
    for key, start in sorted(set(bounds)):
        parameters = {"key": key, "start": start, "size": size}
        found[key, start] = list(session.scalars(_FROM[descending], parameters))
    return found


CHUNK = 500  # ids per IN (…) list: well under SQLite's and PostgreSQL's parameter limits


def chunked(ids: Iterable[Any]) -> Iterator[list[Any]]:
    items = sorted(set(ids))
    for offset in range(0, len(items), CHUNK):
        yield items[offset : offset + CHUNK]


def move_to_incident(session: Session, claim_ids: list[int], incident_id: int | None) -> int:
    """Move claims to an incident (a new one when None) so that the next run keeps that id."""
    if incident_id is None:
        incident_id = max_incident_id(session) + 1
        session.execute(
            insert(Incident.__table__),
            [
                {
                    "id": incident_id,
                    "label": "",
                    "types": [],
                    "independent_sources": 0,
                    "updated_at": utcnow(),
                }
            ],
        )
    session.execute(
        update(IncidentClaim)
        .where(IncidentClaim.claim_id.in_(claim_ids))
        .values(incident_id=incident_id)
    )
    return incident_id


def unattached_statement_ids(session: Session, statement_type: str) -> list[int]:
    """Counted statements of a type that the last link run tied to no incident."""
    attached = select(IncidentClaim.claim_id)
    query = select(Claim.id).where(
        Claim.kind == "statement",
        Claim.type == statement_type,
        Claim.review_status.not_in(EXCLUDED_STATUSES),
        Claim.id.not_in(attached),
    )
    return list(session.scalars(query.order_by(Claim.id)))


def incident_claim_ids(session: Session, incident_id: int) -> list[int]:
    return list(
        session.scalars(
            select(IncidentClaim.claim_id)
            .where(IncidentClaim.incident_id == incident_id)
            .order_by(IncidentClaim.claim_id)
        )
    )


def load_incidents(session: Session) -> list[Incident]:
    """Incidents, earliest first; undated ones last."""
    order = (Incident.when_start.is_(None), Incident.when_start, Incident.id)
    return list(session.scalars(select(Incident).order_by(*order)))


def incident_claim_counts(
    session: Session, incident_id: int | None = None
) -> dict[int, tuple[int, int]]:
    """incident id → (number of event claims, number of statements); one incident's only when
    `incident_id` is given (a dossier need not count every incident's claims)."""
    counts: dict[int, list[int]] = {}
    query = select(IncidentClaim.incident_id, IncidentClaim.role, func.count()).group_by(
        IncidentClaim.incident_id, IncidentClaim.role
    )
    if incident_id is not None:
        query = query.where(IncidentClaim.incident_id == incident_id)
    rows = session.execute(query)
    for incident_id, role, number in rows:
        counts.setdefault(incident_id, [0, 0])[0 if role == "event" else 1] = number
    return {k: (v[0], v[1]) for k, v in counts.items()}


def load_memberships_of(session: Session, incident_id: int) -> list[IncidentClaim]:
    return list(
        session.scalars(
            select(IncidentClaim)
            .where(IncidentClaim.incident_id == incident_id)
            .order_by(IncidentClaim.claim_id)
        )
    )


def set_actor_alias(
    session: Session,
    alias: tuple[str, list[str]],
    canonical: tuple[str, list[str]],
    new_actor: tuple[str, str | None],
) -> Actor:
    """Make `alias` (as written, lookup keys) a spelling of the actor named `canonical`.

    Both spellings are stored as user aliases, which resolution always consults first, so the
    choice survives every later `link` run; if the two names were two actors, they become one
    (aliases and claim links move over) named `canonical`. `new_actor` (type, country) is used
    when neither name is known yet.
    """
    target = _actor_by_keys(session, canonical[1])
    other = _actor_by_keys(session, alias[1])
    if target is None and other is not None:
        target, other = other, None
    if target is None:
        target = Actor(
            id=next_actor_id(session),
            name=canonical[0],
            type=new_actor[0],
            country_code=new_actor[1],
            created_at=utcnow(),
        )
        session.add(target)
        session.flush()
    if other is not None and other.id != target.id:
        session.execute(
            update(ActorAlias).where(ActorAlias.actor_id == other.id).values(actor_id=target.id)
        )
        moved = session.execute(
            select(ClaimActor.claim_id, ClaimActor.role).where(ClaimActor.actor_id == other.id)
        ).all()
        session.execute(delete(ClaimActor).where(ClaimActor.actor_id == other.id))
        if moved:
            session.execute(
                insert(ClaimActor.__table__),
                [{"claim_id": c, "role": r, "actor_id": target.id} for c, r in moved],
            )
        session.delete(other)
        session.flush()
    target.name = canonical[0]
    now = utcnow()
    for written, keys in (alias, canonical):
        for key in keys:
            row = session.scalar(select(ActorAlias).where(ActorAlias.key == key))
            if row is None:
                session.add(
                    ActorAlias(
                        actor_id=target.id, alias=written, key=key, origin="user", created_at=now
                    )
                )
            else:
                row.actor_id, row.origin = target.id, "user"
    session.flush()
    return target


def _actor_by_keys(session: Session, keys: list[str]) -> Actor | None:
    for key in keys:
        actor_id = session.scalar(select(ActorAlias.actor_id).where(ActorAlias.key == key))
        if actor_id is not None:
            return session.get(Actor, actor_id)
    return None


def actor_summaries(session: Session) -> list[tuple[Actor, list[str], int]]:
    """Every actor with its aliases and the number of claims that name it."""
    counts = dict(
        session.execute(
            select(ClaimActor.actor_id, func.count()).group_by(ClaimActor.actor_id)
        ).all()
    )
    aliases: dict[int, list[str]] = {}
    for actor_id, alias in session.execute(
        select(ActorAlias.actor_id, ActorAlias.alias).order_by(ActorAlias.id)
    ):
        aliases.setdefault(actor_id, []).append(alias)
    actors = session.scalars(select(Actor).order_by(Actor.name, Actor.id))
    return [(a, aliases.get(a.id, []), counts.get(a.id, 0)) for a in actors]
