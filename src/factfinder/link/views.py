"""What users see of the linked record: incident lists and dossiers, responses, timeline, actors."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from factfinder.errors import InputError, NotFound
from factfinder.link.corroboration import about_situation, corroborate
from factfinder.link.figures import figure_histories
from factfinder.link.incidents import event_features
from factfinder.link.responses import response_matrix
from factfinder.link.run import describe_incident, run_link
from factfinder.link.timeline import build_timeline
from factfinder.store.cache import until_changed
from factfinder.store.db import Store
from factfinder.store.linking import (
    ClaimRecord,
    SourceRecord,
    actor_summaries,
    add_decision,
    incident_claim_counts,
    incident_claim_ids,
    load_actors,
    load_claim_actors,
    load_claims,
    load_duplicate_groups,
    load_incidents,
    load_memberships,
    load_memberships_of,
    load_sources,
    move_to_incident,
    unattached_statement_ids,
)
from factfinder.store.models import (
    ActorAlias,
    Claim,
    ClaimActor,
    Incident,
    IncidentClaim,
    Source,
)


def visible_claim_ids(
    session: Session, claim_ids: Iterable[int], levels: Collection[str] | None
) -> set[int]:
    """The claims (of those given) a role seeing `levels` may see: a claim and its source must
    both be at a visible level (None: every level, the operator or an investigator)."""
    ids = set(claim_ids)
    if levels is None or not ids:
        return ids
    query = (
        select(Claim.id)
        .join(Source, Source.id == Claim.source_id)
        .where(Claim.id.in_(ids), Claim.level.in_(levels), Source.level.in_(levels))
    )
    return set(session.scalars(query))


def _incident_json(incident: Incident, counts: tuple[int, int]) -> dict[str, Any]:
    return {
        "id": incident.id,
        "label": incident.label,
        "types": incident.types,
        "place": incident.place,
        "when": incident.when,
        "independent_sources": incident.independent_sources,
        "event_claims": counts[0],
        "statements": counts[1],
    }


def _described(
    events: list[ClaimRecord], statements: list[ClaimRecord], origins: dict[int, str]
) -> dict[str, Any]:
    """Label, types, place, time, independent sources and claim counts of an incident from the
    given claims alone (the visible ones, so nothing of a hidden claim shows through)."""
    summary = describe_incident(events, {c.id: event_features(c, None) for c in events})
    summary.pop("when_start", None)
    summary["independent_sources"] = len({origins[c.id] for c in events if not c.negated})
    summary["event_claims"], summary["statements"] = len(events), len(statements)
    return summary


def describe_visible(
    store: Store, incidents: list[dict[str, Any]], levels: Collection[str] | None
) -> list[dict[str, Any]]:
    """`incidents` (rows of list_incidents) as a role seeing `levels` may list them: label,
    types, place, time and counts recomputed from the visible claims, as incident_dossier does,
    and an incident without a visible event left out.

    `link` builds the stored label from every claim, so a place or victim word found only in a
    confidential claim would show in a viewer's list. Recomputing reads the claims of the given
    incidents only: callers pass the page they show, or the incidents that have hidden claims.
    """
    if levels is None or not incidents:
        return incidents
    with store.session() as session:
        memberships = list(
            session.scalars(
                select(IncidentClaim)
                .where(IncidentClaim.incident_id.in_([i["id"] for i in incidents]))
                .order_by(IncidentClaim.claim_id)
            )
        )
        shown = visible_claim_ids(session, [m.claim_id for m in memberships], levels)
        claims = {c.id: c for c in load_claims(session, shown)}
    members: dict[int, list[IncidentClaim]] = {}
    for membership in memberships:
        if membership.claim_id in claims:
            members.setdefault(membership.incident_id, []).append(membership)
    out = []
    for incident in incidents:
        own = members.get(incident["id"], [])
        events = [claims[m.claim_id] for m in own if m.role == "event"]
        if not events:
            continue
        statements = [claims[m.claim_id] for m in own if m.role == "statement"]
        out.append(incident | _described(events, statements, {m.claim_id: m.origin for m in own}))
    return out


def list_incidents(store: Store) -> list[dict[str, Any]]:
    """Every incident from the last `link` run, earliest first, with its claim counts.

    Built once per state of the database (store.cache) and copied per call: lists page
    through it on every request, and it changes only when something is written. The copies
    are shallow: callers add keys, never change the nested values.
    """

    def build() -> tuple[dict[str, Any], ...]:
        counts = incident_claim_counts(session)
        return tuple(_incident_json(i, counts.get(i.id, (0, 0))) for i in load_incidents(session))

    with store.session() as session:
        return [dict(incident) for incident in until_changed(session, ("incidents",), build)]


def _source_json(source: SourceRecord, groups: dict[int, tuple[int, float]]) -> dict[str, Any]:
    group = groups.get(source.id)
    return {
        "source_id": source.id,
        "title": source.title,
        "publisher": source.publisher,
        "uri": source.uri,
        "published_at": source.published_at.isoformat() if source.published_at else None,
        "duplicate_group": group[0] if group else None,
        "similarity": group[1] if group else None,
    }


def incident_dossier(
    store: Store, incident_id: int, levels: Collection[str] | None = None
) -> dict[str, Any]:
    """One incident in full: claims with why they were linked, sources, figure histories,
    independent sources per claim, and the contradictions.

    With `levels` (protect/levels.visible_levels of a role), only the claims at those levels
    count: figures, corroboration, label, place and time are computed from them alone, so
    nothing of a hidden claim shows through; an incident without a visible event is NotFound.
    """
    with store.session() as session:
        incident = session.get(Incident, incident_id)
        if incident is None:
            raise NotFound(f"no incident #{incident_id} (run `factfinder link` first?)")
        memberships = load_memberships_of(session, incident_id)
        claims = {c.id: c for c in load_claims(session, [m.claim_id for m in memberships])}
        if levels is not None:
            shown = visible_claim_ids(session, claims, levels)
            claims = {i: c for i, c in claims.items() if i in shown}
            memberships = [m for m in memberships if m.claim_id in claims]
            if not any(m.role == "event" for m in memberships):
                raise NotFound(f"no incident #{incident_id} (run `factfinder link` first?)")
        sources = load_sources(session, {c.source_id for c in claims.values()})
        groups = load_duplicate_groups(session)
        claim_actors = load_claim_actors(session, claims)
        origins = {m.claim_id: m.origin for m in memberships}
        actors = load_actors(
            session,
            {a for a in claim_actors.values()}
            | {int(o.split(":")[1]) for o in origins.values() if o.startswith("actor:")},
        )
        counts = incident_claim_counts(session, incident_id).get(incident_id, (0, 0))
        summary = _incident_json(incident, counts)
        denial_ids = unattached_statement_ids(session, "deny")
        denials = load_claims(session, visible_claim_ids(session, denial_ids, levels))

    events = [claims[m.claim_id] for m in memberships if m.role == "event" and m.claim_id in claims]
    statements = [
        claims[m.claim_id] for m in memberships if m.role == "statement" and m.claim_id in claims
    ]
    histories = figure_histories(events)
    situation = [d for d in denials if about_situation(d, events)]
    corroboration = corroborate(events, statements, origins, histories, situation)
    if levels is not None:
        summary |= _described(events, statements, origins)

    def origin_label(origin: str) -> str:
        kind, _sep, number = origin.partition(":")
        if kind == "actor" and int(number) in actors:
            return actors[int(number)].name
        source = sources.get(int(number))
        return (source.publisher or source.title or source.uri) if source else origin

    def actor_name(claim_id: int, role: str) -> str | None:
        actor_id = claim_actors.get((claim_id, role))
        return actors[actor_id].name if actor_id in actors else None

    claim_rows = []
    for membership in memberships:
        claim = claims.get(membership.claim_id)
        if claim is None:
            continue
        span = claim.span()
        claim_rows.append(
            {
                "claim_id": claim.id,
                "source_id": claim.source_id,
                "role": membership.role,
                "kind": claim.kind,
                "type": claim.type,
                "sentence": claim.sentence,
                "agent": claim.agent,
                "agent_actor": actor_name(claim.id, "agent"),
                "target": claim.target,
                "place": claim.place,
                "when": span.as_json() if span else None,
                "counts": claim.counts,
                "attributed_to": claim.attributed_to,
                "origin": origin_label(membership.origin),
                "negated": claim.negated,
                "hedged": claim.hedged,
                "review_status": claim.review_status,
                "disputed": claim.disputed,
                "score": membership.score,
                "features": membership.features,
                "matched_claim_id": membership.matched_claim_id,
                **corroboration.per_claim.get(
                    claim.id,
                    {"independent_sources": None, "corroborated_by": [], "contradicted_by": []},
                ),
            }
        )
    return summary | {
        "claims": claim_rows,
        "sources": [_source_json(s, groups) for s in sorted(sources.values(), key=lambda s: s.id)],
        "figures": [h.as_json(sources) for h in histories],
        "corroboration": {
            "independent_sources": corroboration.independent_sources,
            "origins": [origin_label(o) for o in corroboration.origins],
        },
        "contradictions": [c.as_json() for c in corroboration.contradictions],
    }


def responses(
    store: Store, incident_id: int | None = None, levels: Collection[str] | None = None
) -> list[dict[str, Any]]:
    """The response matrix rows (actor × stance × date); only one incident's with `incident_id`;
    only from claims at `levels` when given."""
    with store.session() as session:
        # Only statements are read (and, for one incident, only its own), never every claim.
        statements = load_claims(session, kind="statement", incident_id=incident_id)
        if levels is not None:
            shown = visible_claim_ids(session, [c.id for c in statements], levels)
            statements = [c for c in statements if c.id in shown]
        memberships = load_memberships(session, kind="statement")
        agents = {
            c: a
            for (c, role), a in load_claim_actors(session, [s.id for s in statements]).items()
            if role == "agent"
        }
        actors = {
            i: (a.name, a.type, a.country_code)
            for i, a in load_actors(session, set(agents.values())).items()
        }
        sources = load_sources(session, {c.source_id for c in statements})
    rows = response_matrix(statements, agents, actors, memberships)
    return [row.as_json(sources) for row in rows]


def timeline(
    store: Store, incident_id: int | None = None, levels: Collection[str] | None = None
) -> list[dict[str, Any]]:
    """Events and statements in date order (one incident's with `incident_id`; only claims at
    `levels` when given)."""
    with store.session() as session:
        memberships = load_memberships(session)
        if incident_id is not None:
            ids = incident_claim_ids(session, incident_id)
            if not ids:
                raise NotFound(f"no incident #{incident_id} (run `factfinder link` first?)")
            claims = load_claims(session, ids)
        else:
            claims = load_claims(session)
        if levels is not None:
            shown = visible_claim_ids(session, [c.id for c in claims], levels)
            claims = [c for c in claims if c.id in shown]
        agents = {
            c: a
            for (c, role), a in load_claim_actors(
                session, None if incident_id is None else [c.id for c in claims]
            ).items()
            if role == "agent"
        }
        names = {i: a.name for i, a in load_actors(session, set(agents.values())).items()}
    statement_ids = {c.id for c in claims if c.kind == "statement"}
    actor_names = {c: names[a] for c, a in agents.items() if c in statement_ids and a in names}
    return [e.as_json() for e in build_timeline(claims, memberships, actor_names)]


def visible_aliases(
    store: Store, actors: list[dict[str, Any]], levels: Collection[str] | None
) -> list[dict[str, Any]]:
    """`actors` (rows of list_actors) with only the aliases a role seeing `levels` may see.

    An alias is kept only where it is written in a visible claim that names the actor (its
    sentence, agent, target or attribution) or is the publisher of a visible source: linking
    keeps every spelling it met, so a name written only in a confidential report would
    otherwise show next to an actor that public claims name. The search runs in the database,
    one EXISTS per alias that stops at the first claim writing it.
    """
    if levels is None or not actors:
        return actors
    ids = [actor["id"] for actor in actors]
    levels = list(levels)
    with store.session() as session:
        find = func.strpos if session.get_bind().dialect.name == "postgresql" else func.instr
        alias = func.lower(ActorAlias.alias)

        def writes(column: Any) -> Any:
            return find(func.lower(column), alias) > 0

        in_claim = (
            select(ClaimActor.claim_id)
            .join(Claim, Claim.id == ClaimActor.claim_id)
            .join(Source, Source.id == Claim.source_id)
            .where(
                ClaimActor.actor_id == ActorAlias.actor_id,
                Claim.level.in_(levels),
                Source.level.in_(levels),
                or_(
                    writes(Claim.sentence),
                    writes(Claim.agent),
                    writes(Claim.target),
                    writes(Claim.attributed_to),
                ),
            )
            .exists()
        )
        as_publisher = (
            select(Source.id)
            .where(Source.level.in_(levels), func.lower(Source.publisher) == alias)
            .exists()
        )
        rows = session.execute(
            select(ActorAlias.actor_id, ActorAlias.alias).where(
                ActorAlias.actor_id.in_(ids), or_(in_claim, as_publisher)
            )
        )
        shown = set(rows.tuples())
    return [
        actor | {"aliases": [a for a in actor["aliases"] if (actor["id"], a) in shown]}
        for actor in actors
    ]


def list_actors(store: Store) -> list[dict[str, Any]]:
    """Every actor with its type, country, aliases and how many claims name it."""
    with store.session() as session:
        return [
            {
                "id": actor.id,
                "name": actor.name,
                "type": actor.type,
                "country_code": actor.country_code,
                "aliases": [a for a in aliases if a != actor.name],
                "claims": count,
            }
            for actor, aliases, count in actor_summaries(session)
        ]


def merge_incidents(store: Store, first: int, second: int, decided_by: str) -> int:
    """Merge two incidents; the decision is kept and re-applied on every later `link` run.

    Returns the id of the merged incident.
    """
    if first == second:
        raise InputError("name two different incidents to merge")
    with store.session() as session:
        events = {n: _event_claim_ids(session, n) for n in (first, second)}
        add_decision(session, "merge", events[first] + events[second], decided_by)
        # B's claims join A before re-linking, so the merged incident keeps A's id
        move_to_incident(session, incident_claim_ids(session, second), first)
    run_link(store)
    with store.session() as session:
        return load_memberships(session)[events[first][0]]


def _event_claim_ids(session: Session, incident_id: int) -> list[int]:
    members = load_memberships_of(session, incident_id)
    if not members:
        raise NotFound(f"no incident #{incident_id} (run `factfinder link` first?)")
    return [m.claim_id for m in members if m.role == "event"]


def split_incident(
    store: Store, incident_id: int, claim_ids: list[int], decided_by: str
) -> tuple[int, int]:
    """Move the named claims out of an incident into a new one; kept across `link` runs.

    Returns (id of the incident that kept the other claims, id of the new incident).
    """
    with store.session() as session:
        members = _event_claim_ids(session, incident_id)
        statements = [c for c in incident_claim_ids(session, incident_id) if c not in members]
        chosen = sorted(set(claim_ids))
        strangers = [c for c in chosen if c not in members and c not in statements]
        if strangers:
            listed = ", ".join(str(c) for c in strangers)
            raise InputError(f"claims not in incident #{incident_id}: {listed}")
        split_events = [c for c in chosen if c in members]
        if not split_events or len(split_events) == len(members):
            raise InputError("name some but not all of the incident's event claims to split off")
        add_decision(session, "split", chosen, decided_by)
        # the split claims move to a new incident first, so the rest keeps the old id
        move_to_incident(session, chosen, None)
    run_link(store)
    with store.session() as session:
        after = load_memberships(session)
    rest = next(c for c in members if c not in chosen and c in after)
    return after[rest], after[split_events[0]]
