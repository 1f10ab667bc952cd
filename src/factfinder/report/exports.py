"""Open-format exports (CSV, JSON, JSON Lines): every record streamed, never all held in memory."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection, and_, select
from sqlalchemy.orm import aliased

from factfinder import __version__
from factfinder.errors import InputError, NotFound
from factfinder.link.actors import normalise_name
from factfinder.link.responses import response_matrix
from factfinder.link.views import incident_dossier
from factfinder.report.audience import Audience, visible_incident_ids
from factfinder.report.files import write_atomically
from factfinder.store.db import Store
from factfinder.store.linking import load_actors, load_claim_actors, load_claims, load_sources
from factfinder.store.models import (
    Actor,
    ActorAlias,
    Claim,
    ClaimActor,
    Comment,
    Incident,
    IncidentClaim,
    LinkDecision,
    Source,
    utcnow,
)

EXPORT_FORMAT = "factfinder-export"
# Bumped whenever a record gains, loses or changes the meaning of a field; an import refuses
# files with a newer version than it knows, rather than dropping what it does not understand.
# 2: sources and claims carry their confidentiality `level`; the header names the role.
SCHEMA_VERSION = 2
SECTIONS = (
    "sources",
    "claims",
    "comments",
    "link_decisions",
    "actors",
    "incidents",
    "figure_histories",
    "responses",
)
EXPORT_FORMATS = ("csv", "json", "jsonl", "esf")
BATCH = 1000  # rows fetched per round trip while streaming: memory stays flat at any size
API_PREFIX = "/api/v1"


@dataclass(frozen=True)
class Scope:
    """Which records an export holds: everything, or the incidents named and what they cite,
    and for whom (only the audience's levels, its strings redacted)."""

    incident_ids: tuple[int, ...] | None = None
    base_url: str = ""
    audience: Audience = field(default_factory=Audience.everyone)

    def url(self, kind: str, record_id: int) -> str:
        """The record's address in the REST API (relative unless a base URL is given)."""
        return f"{self.base_url.rstrip('/')}{API_PREFIX}/{kind}/{record_id}"


def _iso(value: Any) -> Any:
    return value.isoformat() if value is not None and hasattr(value, "isoformat") else value


def _stream(connection: Connection, query: Any) -> Iterator[Any]:
    """Rows in batches through a server-side cursor (PostgreSQL) or SQLite's own stepping."""
    yield from connection.execution_options(yield_per=BATCH).execute(query)


def _visible_claims(scope: Scope) -> Any:
    """Claims the audience may see: the claim and its source both at a visible level."""
    levels = scope.audience.levels
    if levels is None:
        return None
    visible = (
        select(Claim.id)
        .join(Source, Source.id == Claim.source_id)
        .where(Claim.level.in_(levels), Source.level.in_(levels))
        .correlate(None)
    )
    return Claim.id.in_(visible)


def _scope_claim_filter(scope: Scope) -> Any:
    conditions = []
    if scope.incident_ids is not None:
        conditions.append(
            Claim.id.in_(
                select(IncidentClaim.claim_id).where(
                    IncidentClaim.incident_id.in_(scope.incident_ids)
                )
            )
        )
    visible = _visible_claims(scope)
    if visible is not None:
        conditions.append(visible)
    return and_(*conditions) if conditions else None


def _scope_source_filter(scope: Scope) -> Any:
    conditions = []
    if scope.incident_ids is not None:
        claims = _scope_claim_filter(scope)
        conditions.append(Source.id.in_(select(Claim.source_id).where(claims).correlate(None)))
    if scope.audience.levels is not None:
        conditions.append(Source.level.in_(scope.audience.levels))
    return and_(*conditions) if conditions else None


def _source_incidents(connection: Connection, scope: Scope) -> dict[int, list[int]]:
    query = (
        select(Claim.source_id, IncidentClaim.incident_id)
        .join(IncidentClaim, IncidentClaim.claim_id == Claim.id)
        .distinct()
    )
    if scope.incident_ids is not None:
        query = query.where(IncidentClaim.incident_id.in_(scope.incident_ids))
    visible = _visible_claims(scope)
    if visible is not None:
        query = query.where(visible)
    out: dict[int, list[int]] = {}
    for source_id, incident_id in connection.execute(query):
        out.setdefault(source_id, []).append(incident_id)
    return {key: sorted(value) for key, value in out.items()}


def source_records(connection: Connection, scope: Scope) -> Iterator[dict[str, Any]]:
    """Sources with their metadata, text and the incidents they feed, oldest first."""
    incidents = _source_incidents(connection, scope)
    query = select(Source.__table__).order_by(Source.id)
    where = _scope_source_filter(scope)
    if where is not None:
        query = query.where(where)
    for row in _stream(connection, query):
        yield {
            "id": row.id,
            "url": scope.url("sources", row.id),
            "uri": row.uri,
            "final_uri": row.final_uri,
            "sha256": row.sha256,
            "size": row.size,
            "media_type": row.media_type,
            "retrieved_at": _iso(row.retrieved_at),
            "collected_by": row.collected_by,
            "factfinder_version": row.factfinder_version,
            "http_status": row.http_status,
            "http_headers": row.http_headers,
            "title": row.title,
            "publisher": row.publisher,
            "author": row.author,
            "published_at": _iso(row.published_at),
            "language": row.language,
            "tags": row.tags or [],
            "level": row.level,
            "note": row.note,
            "extra": row.extra or {},
            "extracted_with": row.extracted_with,
            "incident_ids": incidents.get(row.id, []),
            "text": row.text,
        }


def claim_records(connection: Connection, scope: Scope) -> Iterator[dict[str, Any]]:
    """Claims in id order with their source's hash, incident and resolved actor ids."""
    roles = {role: aliased(ClaimActor) for role in ("agent", "attributed_to", "target")}
    query = (
        select(
            Claim.__table__,
            Source.sha256.label("source_sha256"),
            IncidentClaim.incident_id,
            *(alias.actor_id.label(f"{role}_actor_id") for role, alias in roles.items()),
        )
        .join(Source, Source.id == Claim.source_id)
        .outerjoin(IncidentClaim, IncidentClaim.claim_id == Claim.id)
        .order_by(Claim.id)
    )
    for role, alias in roles.items():
        query = query.outerjoin(alias, and_(alias.claim_id == Claim.id, alias.role == role))
    where = _scope_claim_filter(scope)
    if where is not None:
        query = query.where(where)
    for row in _stream(connection, query):
        yield {
            "id": row.id,
            "url": scope.url("claims", row.id),
            "source_id": row.source_id,
            "source_sha256": row.source_sha256,
            "fingerprint": row.fingerprint,
            "kind": row.kind,
            "type": row.type,
            "sentence": row.sentence,
            "start": row.start,
            "end": row.end,
            "agent": row.agent,
            "target": row.target,
            "place": row.place,
            "when": row.when,
            "counts": row.counts or [],
            "attributed_to": row.attributed_to,
            "quote": row.quote,
            "negated": row.negated,
            "hedged": row.hedged,
            "confidence": row.confidence,
            "review_status": row.review_status,
            "reviewer": row.reviewer,
            "reviewer_note": row.reviewer_note,
            "reviewed_at": _iso(row.reviewed_at),
            "extracted_at": _iso(row.extracted_at),
            "level": row.level,
            "incident_id": row.incident_id,
            "agent_actor_id": row.agent_actor_id,
            "attributed_to_actor_id": row.attributed_to_actor_id,
            "target_actor_id": row.target_actor_id,
        }


def comment_records(connection: Connection, scope: Scope) -> Iterator[dict[str, Any]]:
    """Reviewers' comments on claims and incidents; an incident's comment also names the
    incident's first claim so that an import can find the incident again after re-linking."""
    query = select(Comment.__table__).order_by(Comment.id)
    claims = _scope_claim_filter(scope)
    if claims is not None:
        incidents = incident_ids_in(connection, scope)
        query = query.where(
            (
                (Comment.object_type == "claim")
                & Comment.object_id.in_(select(Claim.id).where(claims))
            )
            | ((Comment.object_type == "incident") & Comment.object_id.in_(incidents))
        )
    for row in _stream(connection, query):
        yield {
            "id": row.id,
            "object_type": row.object_type,
            "object_id": row.object_id,
            "anchor_claim_id": _first_claim(connection, row.object_id)
            if row.object_type == "incident"
            else None,
            "author": row.author,
            "body": row.body,
            "created_at": _iso(row.created_at),
        }


def _first_claim(connection: Connection, incident_id: int) -> int | None:
    return connection.scalar(
        select(IncidentClaim.claim_id)
        .where(IncidentClaim.incident_id == incident_id)
        .order_by(IncidentClaim.claim_id)
        .limit(1)
    )


def link_decision_records(connection: Connection, scope: Scope) -> Iterator[dict[str, Any]]:
    """The users' merges and splits, by claim ids (those in scope, for an incident export)."""
    in_scope: set[int] | None = None
    claims = _scope_claim_filter(scope)
    if claims is not None:
        in_scope = set(connection.scalars(select(Claim.id).where(claims)))
    for row in _stream(connection, select(LinkDecision.__table__).order_by(LinkDecision.id)):
        if in_scope is not None and not set(row.claim_ids) <= in_scope:
            continue
        yield {
            "id": row.id,
            "action": row.action,
            "claim_ids": row.claim_ids,
            "decided_by": row.decided_by,
            "decided_at": _iso(row.decided_at),
            "note": row.note,
        }


def actor_records(connection: Connection, scope: Scope) -> Iterator[dict[str, Any]]:
    """Actors with every alias and whether linking or a user made it (user aliases win)."""
    aliases: dict[int, list[dict[str, str]]] = {}
    for actor_id, alias, key, origin in connection.execute(
        select(ActorAlias.actor_id, ActorAlias.alias, ActorAlias.key, ActorAlias.origin).order_by(
            ActorAlias.id
        )
    ):
        aliases.setdefault(actor_id, []).append({"alias": alias, "key": key, "origin": origin})
    query = select(Actor.__table__).order_by(Actor.id)
    claims = _scope_claim_filter(scope)
    if claims is not None:
        query = query.where(
            Actor.id.in_(
                select(ClaimActor.actor_id).where(
                    ClaimActor.claim_id.in_(select(Claim.id).where(claims))
                )
            )
        )
    for row in _stream(connection, query):
        yield {
            "id": row.id,
            "url": scope.url("actors", row.id),
            "name": row.name,
            "type": row.type,
            "country_code": row.country_code,
            "aliases": [_redacted_alias(alias, scope) for alias in aliases.get(row.id, [])],
        }


def _redacted_alias(alias: dict[str, str], scope: Scope) -> dict[str, str]:
    """An alias as the audience may see it; its matching key is re-derived from the redacted
    spelling, since a key is the name itself, lower-cased."""
    shown = scope.audience.text(alias["alias"])
    if shown == alias["alias"]:
        return alias
    return alias | {"alias": shown, "key": normalise_name(shown or "")}


def incident_ids_in(connection: Connection, scope: Scope) -> list[int]:
    """The incidents an export covers: those named, else every one the audience may see."""
    if scope.incident_ids is not None:
        return list(scope.incident_ids)
    if scope.audience.levels is not None:
        return visible_incident_ids(connection, scope.audience)
    return list(connection.scalars(select(Incident.id).order_by(Incident.id)))


def incident_records(store: Store, scope: Scope) -> Iterator[dict[str, Any]]:
    """Incidents with the ids of their claims and sources.

    For an audience that sees less than everything, each incident as its visible claims
    describe it (label, place, time and counts of those claims alone)."""
    with store.engine.connect() as connection:
        incident_ids = incident_ids_in(connection, scope)
        if scope.audience.levels is None:
            yield from _incident_rows(connection, scope, incident_ids)
            return
    for incident_id in incident_ids:
        try:
            dossier = incident_dossier(store, incident_id, scope.audience.levels)
        except NotFound:
            continue
        yield {
            "id": incident_id,
            "url": scope.url("incidents", incident_id),
            **{key: dossier[key] for key in ("label", "types", "place", "when")},
            "independent_sources": dossier["independent_sources"],
            "claim_ids": sorted(c["claim_id"] for c in dossier["claims"]),
            "source_ids": sorted({c["source_id"] for c in dossier["claims"]}),
        }


def _incident_rows(
    connection: Connection, scope: Scope, incident_ids: list[int]
) -> Iterator[dict[str, Any]]:
    for incident_id in incident_ids:
        incident = connection.execute(
            select(Incident.__table__).where(Incident.id == incident_id)
        ).one()
        members = connection.execute(
            select(IncidentClaim.claim_id, Claim.source_id)
            .join(Claim, Claim.id == IncidentClaim.claim_id)
            .where(IncidentClaim.incident_id == incident_id)
            .order_by(IncidentClaim.claim_id)
        ).all()
        yield {
            "id": incident.id,
            "url": scope.url("incidents", incident.id),
            "label": incident.label,
            "types": incident.types,
            "place": incident.place,
            "when": incident.when,
            "independent_sources": incident.independent_sources,
            "claim_ids": [claim_id for claim_id, _source in members],
            "source_ids": sorted({source for _claim, source in members}),
        }


def figure_history_records(store: Store, scope: Scope) -> Iterator[dict[str, Any]]:
    """One record per figure value: incident, unit, the value and the claim that gives it
    (for an audience that sees less, the histories of its visible claims alone)."""
    with store.engine.connect() as connection:
        incident_ids = incident_ids_in(connection, scope)
    for incident_id in incident_ids:
        for history in incident_dossier(store, incident_id, scope.audience.levels)["figures"]:
            for value in history["values"]:
                yield {
                    "incident_id": incident_id,
                    "unit": history["unit"],
                    **{key: value[key] for key in _FIGURE_FIELDS},
                    "conservative": value["claim_id"] == history["conservative"]["claim_id"],
                    "latest": value["claim_id"] == history["latest"]["claim_id"],
                }


_FIGURE_FIELDS = (
    "claim_id",
    "source_id",
    "source",
    "published_at",
    "date",
    "attributed_to",
    "low",
    "high",
    "qualifier",
    "supersedes",
    "superseded_by",
    "credible",
    "disputed",
    "hedged",
)


def response_records(store: Store, scope: Scope) -> Iterator[dict[str, Any]]:
    """The response matrix: only statement claims are read, so its cost follows their number."""
    with store.session() as session:
        query = select(Claim.id).where(Claim.kind == "statement")
        where = _scope_claim_filter(scope)
        if where is not None:
            query = query.where(where)
        statements = load_claims(session, session.scalars(query).all())
        ids = [c.id for c in statements]
        memberships = dict(
            session.execute(
                select(IncidentClaim.claim_id, IncidentClaim.incident_id).where(
                    IncidentClaim.role == "statement"
                )
            ).all()
        )
        agents = {
            claim: actor
            for (claim, role), actor in load_claim_actors(session, ids).items()
            if role == "agent"
        }
        actors = {
            i: (a.name, a.type, a.country_code)
            for i, a in load_actors(session, set(agents.values())).items()
        }
        sources = load_sources(session, {c.source_id for c in statements})
    for row in response_matrix(statements, agents, actors, memberships):
        yield row.as_json(sources)


def iter_sections(store: Store, scope: Scope) -> Iterator[tuple[str, Iterator[dict[str, Any]]]]:
    """Each section's name and a stream of its records, in the order an import needs them."""
    readers: dict[str, Callable[[Connection, Scope], Iterator[dict[str, Any]]]] = {
        "sources": source_records,
        "claims": claim_records,
        "comments": comment_records,
        "link_decisions": link_decision_records,
        "actors": actor_records,
    }
    for name, reader in readers.items():
        with store.engine.connect() as connection:
            yield name, _redacted(reader(connection, scope), scope)
    yield "incidents", _redacted(incident_records(store, scope), scope)
    yield "figure_histories", _redacted(figure_history_records(store, scope), scope)
    yield "responses", _redacted(response_records(store, scope), scope)


def _redacted(records: Iterator[dict[str, Any]], scope: Scope) -> Iterator[dict[str, Any]]:
    """Every string of every record redacted for the audience, one record at a time."""
    if not scope.audience.redactor.active:
        return records
    return (scope.audience.redact(record) for record in records)


def export_header(scope: Scope) -> dict[str, Any]:
    return {
        "format": EXPORT_FORMAT,
        "schema_version": SCHEMA_VERSION,
        "factfinder_version": __version__,
        "exported_at": utcnow().isoformat(),
        "incident_ids": list(scope.incident_ids) if scope.incident_ids is not None else "all",
        **scope.audience.describe(),
    }


@dataclass
class ExportResult:
    """What an export wrote: the files and how many records of each section."""

    paths: list[Path]
    counts: dict[str, int]


def write_json(store: Store, scope: Scope, out: IO[str]) -> dict[str, int]:
    """One JSON object: the header fields, then one array per section, written as read."""
    counts = {}
    header = export_header(scope)
    out.write("{\n")
    for key, value in header.items():
        out.write(f"{json.dumps(key)}: {json.dumps(value)},\n")
    for index, (name, records) in enumerate(iter_sections(store, scope)):
        out.write(f"{json.dumps(name)}: [")
        count = 0
        for record in records:
            out.write(",\n" if count else "\n")
            out.write(json.dumps(record, ensure_ascii=False, sort_keys=True))
            count += 1
        out.write("\n]" + (",\n" if index < len(SECTIONS) - 1 else "\n"))
        counts[name] = count
    out.write("}\n")
    return counts


def write_jsonl(store: Store, scope: Scope, out: IO[str]) -> dict[str, int]:
    """A header line, then one line per record tagged with its section."""
    counts = {}
    out.write(json.dumps({"record": "header", **export_header(scope)}) + "\n")
    for name, records in iter_sections(store, scope):
        count = 0
        for record in records:
            out.write(json.dumps({"record": name, **record}, ensure_ascii=False) + "\n")
            count += 1
        counts[name] = count
    return counts


# The CSV columns per file; nested values (place, when, counts, lists) are JSON in one cell.
CSV_COLUMNS: dict[str, tuple[str, ...]] = {
    "sources": (
        "id",
        "url",
        "uri",
        "final_uri",
        "sha256",
        "size",
        "media_type",
        "retrieved_at",
        "collected_by",
        "title",
        "publisher",
        "author",
        "published_at",
        "language",
        "tags",
        "level",
        "incident_ids",
    ),
    "claims": (
        "id",
        "url",
        "source_id",
        "source_sha256",
        "incident_id",
        "kind",
        "type",
        "sentence",
        "start",
        "end",
        "agent",
        "agent_actor_id",
        "target",
        "target_actor_id",
        "attributed_to",
        "attributed_to_actor_id",
        "place",
        "when",
        "counts",
        "quote",
        "negated",
        "hedged",
        "confidence",
        "review_status",
        "reviewer",
        "reviewer_note",
        "reviewed_at",
        "level",
    ),
    "comments": ("id", "object_type", "object_id", "author", "body", "created_at"),
    "link_decisions": ("id", "action", "claim_ids", "decided_by", "decided_at", "note"),
    "actors": ("id", "url", "name", "type", "country_code", "aliases"),
    "incidents": (
        "id",
        "url",
        "label",
        "types",
        "place",
        "when",
        "independent_sources",
        "claim_ids",
        "source_ids",
    ),
    "figure_histories": ("incident_id", "unit", *_FIGURE_FIELDS, "conservative", "latest"),
    "responses": (
        "actor_id",
        "actor",
        "actor_type",
        "country_code",
        "stance",
        "description",
        "date",
        "as_of",
        "claim_ids",
        "sources",
        "incident_ids",
        "disputed",
        "hedged",
        "ended_by",
        "ends_silence_of",
    ),
}


def csv_cell(value: Any) -> Any:
    """A value as one CSV cell: scalars as they are, nested values as compact JSON."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        if value and all(isinstance(item, int) for item in value):
            return " ".join(str(item) for item in value)
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return "" if value is None else value


def _write_csv_rows(
    columns: tuple[str, ...], records: Iterator[dict[str, Any]], handle: IO[str]
) -> int:
    writer = csv.writer(handle)
    writer.writerow(columns)
    count = 0
    for record in records:
        writer.writerow([csv_cell(record.get(column)) for column in columns])
        count += 1
    return count


def write_csv_folder(store: Store, scope: Scope, folder: Path) -> ExportResult:
    """One CSV file per section in `folder`, each with a header row of the documented columns."""
    if folder.exists() and not folder.is_dir():
        raise InputError(f"cannot write CSV files into {folder}: it is a file, not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create folder {folder}: {exc.strerror}") from None
    counts, paths = {}, []
    for name, records in iter_sections(store, scope):
        path = folder / f"{name}.csv"
        counts[name] = write_atomically(path, partial(_write_csv_rows, CSV_COLUMNS[name], records))
        paths.append(path)
    return ExportResult(paths, counts)


def check_incidents(
    store: Store, incident_ids: list[int] | None, audience: Audience | None = None
) -> tuple[int, ...] | None:
    """The incident ids as a scope, refusing unknown ones with each named (an incident the
    audience may not see is as unknown to it as one that does not exist)."""
    if incident_ids is None:
        return None
    with store.engine.connect() as connection:
        if audience is not None and audience.levels is not None:
            known = set(visible_incident_ids(connection, audience))
        else:
            query = select(Incident.id).where(Incident.id.in_(incident_ids))
            known = set(connection.scalars(query))
    unknown = [i for i in incident_ids if i not in known]
    if unknown:
        listed = ", ".join(f"#{i}" for i in unknown)
        raise InputError(f"no incident {listed} (see `factfinder incidents`)")
    return tuple(dict.fromkeys(incident_ids))
