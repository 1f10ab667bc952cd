"""The `link` job: one idempotent pass from stored claims to duplicates, actors and incidents."""

from __future__ import annotations

import hashlib
import logging
import time
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy.orm import Session

from factfinder.extract.run import EXTRACTOR_VERSION
from factfinder.link.actors import ActorGuess, ActorIndex, load_actor_index, victim_signature
from factfinder.link.corroboration import claim_origin
from factfinder.link.duplicates import rebuild_duplicate_groups
from factfinder.link.incidents import (
    EventFeatures,
    EventPlaceBlocks,
    Membership,
    attach_statements,
    block_rows,
    cluster_events,
    event_features,
    statement_reach,
)
from factfinder.link.places import place_key
from factfinder.store.db import Store
from factfinder.store.linking import (
    PRECISION_RANK,
    ClaimRecord,
    Decision,
    LinkStateRecord,
    SourceRecord,
    count_incidents,
    delete_blocks,
    high_waters,
    insert_blocks,
    load_claims,
    load_decisions,
    load_link_state,
    load_memberships,
    load_sources,
    max_incident_id,
    replace_claim_actors,
    replace_incidents,
    save_link_state,
    save_new_actors,
    user_alias_rows,
)
from factfinder.store.models import utcnow

log = logging.getLogger(__name__)
LEVEL_RANK = {"locality": 3, "region": 2, "country": 1, "unknown": 0}
FIRST_PERSON = frozenset({"we", "i", "us", "our"})


@dataclass(frozen=True, slots=True)
class LinkSummary:
    """What a link run found; the CLI prints it and `--json` returns it.

    In `incremental` mode the counts are of what the run considered (new and changed claims
    and the incidents around them: `claims`, `events`, `statements`) or rewrote (`incidents`,
    `statements_attached`); `sources` is the number of new sources. In `full` mode they are
    the whole archive's. `incidents_total` is always the archive's number of incidents after
    the run: what a user asks "how many incidents are there" about.
    """

    mode: str  # full | incremental
    sources: int
    claims: int
    events: int
    statements: int
    duplicate_sources: int
    actors_new: int
    incidents: int
    statements_attached: int
    decisions_applied: int
    seconds: float
    incidents_total: int = 0

    def as_json(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


@dataclass(slots=True)
class Resolution:
    """Each claim's resolved actors, and each source's publisher, after one resolution pass."""

    agents: dict[int, int]
    attributed: dict[int, int]
    targets: dict[int, int]
    publishers: dict[int, int]
    # agents that identify a perpetrator (linking compares these, not generic "police")
    perpetrators: dict[int, int]
    new_actors: int

    def rows(self) -> list[tuple[int, str, int]]:
        """(claim id, role, actor id) rows for claim_actors."""
        return (
            [(c, "agent", a) for c, a in self.agents.items()]
            + [(c, "attributed_to", a) for c, a in self.attributed.items()]
            + [(c, "target", a) for c, a in self.targets.items()]
        )


def resolve_actors(
    index: ActorIndex, claims: list[ClaimRecord], sources: dict[int, SourceRecord]
) -> Resolution:
    """Resolve every agent, attribution, statement target and publisher against the index."""
    agents, attributed, targets = {}, {}, {}
    publishers = {
        source.id: actor
        for source in sources.values()
        if (actor := index.resolve(source.publisher, default_type="media")) is not None
    }
    for claim in claims:
        place = place_key(claim.place)
        country = place.country if place else None
        if claim.agent and claim.agent.strip().casefold() in FIRST_PERSON:
            # "We call on the authorities …" in an NGO's statement: the NGO speaks
            actor = publishers.get(claim.source_id)
        else:
            actor = index.resolve(claim.agent, country)
        if actor is not None:
            agents[claim.id] = actor
        if (actor := index.resolve(claim.attributed_to)) is not None:
            attributed[claim.id] = actor
        if claim.kind == "statement" and (actor := index.resolve(claim.target, country)):
            targets[claim.id] = actor
    new = sum(1 for actor_id in index.actors if actor_id < 0)
    perpetrators = {c: a for c, a in agents.items() if _identifies(index.actors[a])}
    return Resolution(agents, attributed, targets, publishers, perpetrators, new)


def _identifies(actor: ActorGuess) -> bool:
    return identifies(actor.type, actor.country_code)


def identifies(actor_type: str, country_code: str | None) -> bool:
    """Whether a perpetrator is specific enough to tie two acts together: 'security forces'
    or 'the authorities' with no state could be anyone's, a named unit or person cannot."""
    return country_code is not None or actor_type not in ("state_security", "government")


@dataclass(slots=True)
class Linked:
    """The in-memory result of linking, before it is stored (the evaluation uses it directly)."""

    clusters: list[list[int]]
    memberships: dict[int, Membership]
    attached: dict[int, tuple[int, float, list[str]]]
    features: dict[int, EventFeatures]


def link_claims(
    claims: list[ClaimRecord], perpetrators: dict[int, int], decisions: list[Decision]
) -> Linked:
    """Cluster the event claims and tie statements to incidents, decisions re-applied."""
    events = [c for c in claims if c.kind == "event" and c.counted]
    statements = [c for c in claims if c.kind == "statement" and c.counted]
    features = [event_features(c, perpetrators.get(c.id)) for c in events]
    clusters, memberships = cluster_events(features, decisions)
    by_id = {f.claim_id: f for f in features}
    reach = statement_reach(statements, EventPlaceBlocks(features))
    attached = attach_statements(
        statements, clusters, by_id, reach, pinned_statements(clusters, decisions)
    )
    return Linked(clusters, memberships, attached, by_id)


def pinned_statements(clusters: list[list[int]], decisions: list[Decision]) -> dict[int, int]:
    """statement id → cluster index for statements a user split off with an incident's events."""
    cluster_of = {claim_id: index for index, ids in enumerate(clusters) for claim_id in ids}
    pinned = {}
    for decision in decisions:
        if decision.action != "split":
            continue
        anchor = next((cluster_of[c] for c in decision.claim_ids if c in cluster_of), None)
        if anchor is not None:
            pinned.update({c: anchor for c in decision.claim_ids if c not in cluster_of})
    return pinned


def assign_incident_ids(
    clusters: list[list[int]], previous: dict[int, int], high_water: int
) -> list[int]:
    """Give each cluster the id of the earlier incident it overlaps most, so ids survive runs.

    Each earlier id goes to at most one cluster (largest overlap first, then lowest id);
    clusters with no earlier incident get fresh ids above every id used so far.
    """
    overlaps = []
    for index, ids in enumerate(clusters):
        counts = Counter(previous[c] for c in ids if c in previous)
        overlaps.extend((-n, old, index) for old, n in counts.items())
    assigned: dict[int, int] = {}
    used: set[int] = set()
    for _negative, old, index in sorted(overlaps):
        if index not in assigned and old not in used:
            assigned[index] = old
            used.add(old)
    next_id = max([high_water, *used]) + 1
    result = []
    for index in range(len(clusters)):
        if index not in assigned:
            assigned[index] = next_id
            next_id += 1
        result.append(assigned[index])
    return result


def run_link(store: Store, *, full: bool = False) -> LinkSummary:
    """Link what changed since the last run (or everything); running it twice changes nothing.

    Incremental by default: only new and changed claims and the incidents around them are
    relinked (link/incremental.py). Everything is relinked when `full` is asked for, on the
    first run, and after anything a local update cannot follow safely: a new merge or split,
    a changed user alias, a new extractor version; and when the changes reach most of the
    archive (incremental.FULL_RELINK_SHARE), where that costs no more. Rejected and stale
    claims are left out; reviewers' decisions on claims are never touched (linking writes
    only its own tables), and the users' merges, splits and aliases are re-applied on every
    run. The whole run is one transaction.
    """
    started = time.perf_counter()
    with store.session() as session:
        state = load_link_state(session)
        now = current_state(session)
        reason = "asked for" if full else relink_reason(state, now)
        if reason is not None or state is None:
            log.info("full relink: %s", reason)
            summary = link_everything(session)
        else:
            # imported here: the incremental path builds on this module's functions
            from factfinder.link.incremental import link_changes

            summary = link_changes(session, state, now)
        save_link_state(session, now)
        total = count_incidents(session)
    summary = replace(
        summary, seconds=round(time.perf_counter() - started, 3), incidents_total=total
    )
    log.info("link run: %s", summary.as_json())
    return summary


def current_state(session: Session) -> LinkStateRecord:
    """The state a run that starts now will leave: high-waters, user aliases, extractor."""
    claims, sources, decisions = high_waters(session)
    aliases = hashlib.sha256(repr(user_alias_rows(session)).encode()).hexdigest()
    return LinkStateRecord(claims, sources, decisions, aliases, EXTRACTOR_VERSION, utcnow())


def relink_reason(state: LinkStateRecord | None, now: LinkStateRecord) -> str | None:
    """Why this run must relink everything, or None when an incremental run is safe."""
    if state is None:
        return "no link state (first run)"
    if now.decision_high_water != state.decision_high_water:
        return "a new merge or split decision"
    if now.alias_digest != state.alias_digest:
        return "a changed user alias"
    if now.extractor_version != state.extractor_version:
        return "a new extractor version"
    return None


def link_everything(session: Session) -> LinkSummary:
    """The full relink: every claim, source and incident; the reference the incremental
    mode is tested against."""
    sources = load_sources(session)
    claims = load_claims(session, sentences=False)
    duplicates = rebuild_duplicate_groups(session)
    groups = duplicates.groups or {}

    index = load_actor_index(session)
    resolution = resolve_actors(index, claims, sources)
    save_resolution(session, index, resolution)
    replace_claim_actors(session, resolution.rows())

    decisions = load_decisions(session)
    linked = link_claims(claims, resolution.perpetrators, decisions)
    group_of = {source_id: group for source_id, (group, _sim) in groups.items()}
    origins = {
        c.id: claim_origin(c, resolution.attributed.get(c.id), group_of, resolution.publishers)
        for c in claims
    }
    by_id = {c.id: c for c in claims}
    incident_ids = assign_incident_ids(
        linked.clusters, load_memberships(session), max_incident_id(session)
    )
    incidents, members = incident_rows(linked, incident_ids, by_id, origins)
    replace_incidents(session, incidents, members)
    delete_blocks(session)
    insert_blocks(session, block_rows(claims, linked.features))
    return LinkSummary(
        mode="full",
        sources=len(sources),
        claims=len(claims),
        events=len(linked.features),
        statements=sum(1 for c in claims if c.kind == "statement"),
        duplicate_sources=duplicates.grouped,
        actors_new=resolution.new_actors,
        incidents=len(incidents),
        statements_attached=len(linked.attached),
        decisions_applied=len(decisions),
        seconds=0.0,
    )


def save_resolution(session: Session, index: ActorIndex, resolution: Resolution) -> dict[int, int]:
    """Store the actors and aliases resolution created, give the resolution their ids, and
    return provisional id → stored id."""
    stored = save_new_actors(
        session,
        {i: (a.name, a.type, a.country_code) for i, a in index.actors.items() if i < 0},
        index.new_aliases,
    )
    for mapping in (
        resolution.agents,
        resolution.attributed,
        resolution.targets,
        resolution.publishers,
        resolution.perpetrators,
    ):
        for key, actor_id in mapping.items():
            mapping[key] = stored.get(actor_id, actor_id)
    return stored


def incident_rows(
    linked: Linked,
    incident_ids: list[int],
    claims: dict[int, ClaimRecord],
    origins: dict[int, str],
    attach_ids: list[int] | None = None,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Incident rows for the clusters and membership rows for their events and statements.

    A statement attached to cluster index k goes to `attach_ids[k]` (by default the
    clusters' own ids): an incremental run also attaches statements to untouched incidents.
    """
    now = utcnow()
    attach_ids = incident_ids if attach_ids is None else attach_ids
    incidents: list[dict[str, Any]] = []
    members: list[dict[str, Any]] = []
    for statement_id, (cluster, score, features) in linked.attached.items():
        members.append(
            {
                "claim_id": statement_id,
                "incident_id": attach_ids[cluster],
                "role": "statement",
                "matched_claim_id": None,
                "score": score,
                "features": features,
                "origin": origins[statement_id],
            }
        )
    for ids, incident_id in zip(linked.clusters, incident_ids, strict=True):
        events = [claims[c] for c in ids]
        affirmed = {origins[c.id] for c in events if not c.negated}
        incidents.append(
            {"id": incident_id, "updated_at": now, "independent_sources": len(affirmed)}
            | describe_incident(events, linked.features)
        )
        for claim in events:
            membership = linked.memberships[claim.id]
            members.append(
                {
                    "claim_id": claim.id,
                    "incident_id": incident_id,
                    "role": "event",
                    "matched_claim_id": membership.matched_claim_id,
                    "score": membership.score,
                    "features": membership.features,
                    "origin": origins[claim.id],
                }
            )
    return incidents, members


def describe_incident(
    events: list[ClaimRecord], features: dict[int, EventFeatures]
) -> dict[str, Any]:
    """Label, act types, most specific place and overall time span of an incident's events."""
    types = [t for t, _n in Counter(c.type for c in events).most_common()]
    places = [p for c in events if (p := features[c.id].place) is not None]
    place = None
    if places:
        finest = max(LEVEL_RANK[p.level] for p in places)
        name = Counter(p.name for p in places if LEVEL_RANK[p.level] == finest).most_common(1)[0][0]
        country = next((p.country for p in places if p.country), None)
        place = {"name": name, "country_code": country}
    spans = [s for c in events if (s := features[c.id].span) is not None]
    when = None
    if spans:
        coarsest = min(spans, key=lambda s: PRECISION_RANK[s.precision]).precision
        when = {
            "start": min(s.start for s in spans).isoformat(),
            "end": max(s.end for s in spans).isoformat(),
            "precision": coarsest,
        }
    victims = Counter(word for c in events for word in victim_signature(c.target))
    parts = [", ".join(t.replace("_", " ") for t in types[:3])]
    if victims:
        words = [w for w, _n in victims.most_common(3)]
        parts.append(" ".join(sorted(words, key=lambda w: w in ("man", "woman", "child"))))
    if place:
        parts.append(place["name"])
    if when:
        parts.append(when["start"][:7] if coarsest != "year" else when["start"][:4])
    return {
        "label": " · ".join(parts),
        "types": types,
        "place": place,
        "when": when,
        "when_start": min(s.start for s in spans) if spans else None,
    }
