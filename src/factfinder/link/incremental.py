"""Incremental linking: only new and changed claims, and the incidents around them, are relinked.

A full relink (run.link_everything) costs time in proportion to the archive; this run costs
time in proportion to the changed claims and their neighbourhoods, which it finds through the
stored block index (event_blocks, the keys candidate_pairs blocks on) by index lookups:

- changed claims: new, re-extracted, reviewed or edited since the last run, and rejected or
  stale claims still in an incident (store.linking.changed_claim_ids);
- their neighbours: the stored event claims candidate_pairs would compare them with (a small
  block whole, a large one the WINDOW nearest by date, a place block the claims nearest in
  acquisition order) and the events of their own sources;
- the affected incidents: every incident holding one of those, or a claim of a source whose
  near-duplicate group changed, closed over the users' decisions. All their event claims are
  clustered again with cluster_events and keep their incident ids (assign_incident_ids), so
  tags and comments stay attached; an incident that comes out with the same claims, none of
  them changed, is left as stored, the others are rewritten (store.linking.rewrite_incidents);
- statements: the changed ones, those attached to a rewritten or vanished incident, and those
  sharing a source or a place block with a rewritten incident that now scores at least as
  high for them as the one they are attached to (may_move); these are attached with
  attach_statements against the affected incidents plus the stored incidents sharing a source
  or a place block with them (and, for a statement in a user's split, its pinned incident).

When the affected incidents hold more than FULL_RELINK_SHARE of the archive's event claims
(a large batch into a small archive), the run relinks everything instead: cheaper then, exact.

Where the result can differ from a full relink, and why the tests still see equality
(tests/link/test_incremental.py links generated corpora in several batches both ways):

- Windows in large blocks. A block larger than MAX_BLOCK compares each claim with its WINDOW
  neighbours by date, and claims added later between two stored claims push them out of each
  other's window: a full relink would no longer compare them, the incremental run keeps the
  incident they formed. Conversely the affected subset of a large block may itself be small
  enough to be compared whole. Blocks of the test corpora stay below MAX_BLOCK.
- Greedy clustering is order-dependent. cluster_events takes links strongest first and refuses
  those that conflict with what a cluster holds; the incremental run re-clusters the affected
  incidents only, so a link to a claim outside them that a full run might take (because a
  conflict went away with a rejected claim, say) is not considered. Links across incidents
  that a previous run refused stay refused unless one side changed.
- Statements are offered the same event claims as in a full relink (incidents.statement_reach:
  a place block whole, or in a block of more than STATEMENT_BLOCK claims the dated ones nearest
  before the statement), read from the stored index instead of memory. A statement that is
  not re-attached keeps its incident even when later claims of its block, dated before it,
  have since pushed that incident's claims out of its window; a full relink would not offer it.
- Actors are resolved for the changed claims only; a full run re-resolves every name, and
  a fuzzy or surname-only match can come out differently once new actors are known.
- Changes are found by claim id (above the last run's high-water) and by timestamps (from the
  last run's start on): a claim written by a transaction that started before the last run
  and committed after it, with a lower id, would be missed until `link --full`. The stages
  that write claims (batch, watch, extract, import) run link after they commit.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable

from sqlalchemy.orm import Session

from factfinder.link.actors import load_actor_index
from factfinder.link.corroboration import claim_origin
from factfinder.link.duplicates import load_group_of, update_duplicate_groups
from factfinder.link.incidents import (
    MAX_BLOCK,
    STATEMENT_BLOCK,
    UNDATED_NEIGHBOURS,
    VAGUE_GAP_DAYS,
    WINDOW,
    EventFeatures,
    attach_statements,
    block_keys,
    block_rows,
    cluster_events,
    event_features,
    statement_reach,
)
from factfinder.link.run import (
    Linked,
    LinkSummary,
    assign_incident_ids,
    identifies,
    incident_rows,
    link_everything,
    pinned_statements,
    resolve_actors,
    save_resolution,
)
from factfinder.store.linking import (
    ClaimRecord,
    Decision,
    LinkStateRecord,
    block_windows,
    blocks_from,
    changed_claim_ids,
    claim_ids_of_sources,
    count_event_claims,
    delete_blocks,
    event_incidents_of_sources,
    insert_blocks,
    load_attributions,
    load_claims,
    load_decisions,
    load_perpetrator_candidates,
    load_sources,
    max_incident_id,
    members_of_incidents,
    memberships_of_claims,
    new_source_ids,
    replace_claim_actors_of,
    rewrite_incidents,
    small_blocks,
    statement_scores,
)

SCORE_TIE = 0.01  # stored scores are rounded to two decimals
# When the incidents around the changes hold more than this share of the archive's event
# claims (a first large batch, a dense small world), relinking them costs about as much as
# relinking everything, and the full relink is exact: it is run instead.
FULL_RELINK_SHARE = 0.5

log = logging.getLogger(__name__)


def link_changes(session: Session, state: LinkStateRecord, now: LinkStateRecord) -> LinkSummary:
    """Relink what changed since the run that left `state`; see the module docstring."""
    dirty = changed_claim_ids(session, state.ran_at, state.claim_high_water)
    claims = ClaimCache(session)
    changed = claims.get(dirty)
    changed_events = {c.id: event_features(c, None) for c in changed if c.kind == "event"}
    if reaches_most_of_archive(session, len(changed_events)):  # known before any lookup
        return link_everything(session)
    new_sources = new_source_ids(session, state.source_high_water)
    duplicates = update_duplicate_groups(session, new_sources)
    delete_blocks(session, dirty)
    insert_blocks(session, block_rows(changed, changed_events))

    # The affected incidents and all their event claims (the changed ones among them).
    regrouped = claim_ids_of_sources(session, duplicates.changed)  # their origins change
    seeds = dirty | regrouped | neighbour_claim_ids(session, list(changed_events.values()))
    decisions = load_decisions(session)
    incidents = close_over_decisions(
        session, set(memberships_of_claims(session, seeds).values()), changed_events, decisions
    )
    previous = members_of_incidents(session, incidents, role="event")
    if reaches_most_of_archive(session, len(previous.keys() | changed_events.keys())):
        return link_everything(session)
    events = claims.get(set(previous) | set(changed_events), kind="event")

    index = load_actor_index(session)
    sources = {c.source_id for c in changed} | set(new_sources)
    resolution = resolve_actors(index, changed, load_sources(session, sources))
    perpetrators = stored_perpetrators(session, [c.id for c in events if c.id not in dirty])
    perpetrators |= resolution.perpetrators
    features = {c.id: event_features(c, perpetrators.get(c.id)) for c in events}
    clusters, memberships = cluster_events(list(features.values()), decisions)
    incident_ids = assign_incident_ids(clusters, previous, max_incident_id(session))
    # An incident that came out with the same claims, none of them changed, stays as stored.
    redo = changed_clusters(clusters, incident_ids, previous, dirty | regrouped)
    gone = incidents - {i for k, i in enumerate(incident_ids) if k not in redo}

    # Statements to (re)attach: changed ones, those of rewritten incidents, and those that
    # share a source or a place block with a rewritten incident.
    redone = [clusters[k] for k in redo]
    redone_events = [features[c] for ids in redone for c in ids]
    statement_ids = {c.id for c in changed if c.kind == "statement"}
    statement_ids |= set(members_of_incidents(session, gone, role="statement"))
    statement_ids |= claim_ids_of_sources(session, duplicates.changed, kind="statement")
    nearby = claim_ids_of_sources(
        session, {e.source_id for e in redone_events}, kind="statement"
    ) | statements_near(session, redone, features)
    statement_ids |= may_move(claims, nearby - statement_ids, redone, features, decisions)
    statements = claims.get(statement_ids, kind="statement")
    considered = len(dirty | set(features) | statement_ids)
    every = list(zip(clusters, incident_ids, strict=True))
    # a statement split off with some events is pinned to their incident: it must be at hand
    pinning = {
        c for d in decisions if not statement_ids.isdisjoint(d.claim_ids) for c in d.claim_ids
    }
    reach = statement_reach(statements, StoredPlaceBlocks(session))
    others = incidents_near(session, statements, reach) | set(
        memberships_of_claims(session, pinning).values()
    )
    every += untouched_incidents(claims, others - incidents, features)
    every.sort(key=lambda item: item[0][0])
    every_clusters = [ids for ids, _id in every]
    pinned = pinned_statements(every_clusters, decisions)
    attached = attach_statements(statements, every_clusters, features, reach, pinned)

    rewritten = {e.claim_id for e in redone_events}
    written = [claim for claim in events if claim.id in rewritten] + statements
    # Publishers are resolved before anything is stored, so one save holds every new actor.
    found = {
        source.id: actor
        for source in load_sources(session, publisher_sources(session, written)).values()
        if (actor := index.resolve(source.publisher, default_type="media")) is not None
    }
    stored = save_resolution(session, index, resolution)
    publishers = {source_id: stored.get(actor, actor) for source_id, actor in found.items()}
    replace_claim_actors_of(session, dirty, resolution.rows())
    origins = claim_origins(session, written, resolution.attributed, publishers)
    rows, members = incident_rows(
        Linked(redone, memberships, attached, features),
        [incident_ids[k] for k in redo],
        {c.id: c for c in written},
        origins,
        [incident_id for _ids, incident_id in every],
    )
    rewrite_incidents(session, gone, dirty | {c.id for c in written}, rows, members)
    return LinkSummary(
        mode="incremental",
        sources=len(new_sources),
        claims=considered,
        events=len(events),
        statements=len(statements),
        duplicate_sources=duplicates.grouped,
        actors_new=len(stored),
        incidents=len(rows),
        statements_attached=len(attached),
        decisions_applied=len(decisions),
        seconds=0.0,
    )


class ClaimCache:
    """Claim records read once per run (without their sentences, which linking never reads):
    the changed claims are also events of the affected incidents and statements to attach,
    and reading a claim costs more than keeping it."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.records: dict[int, ClaimRecord | None] = {}  # None: rejected, stale or gone

    def get(self, ids: Collection[int], kind: str | None = None) -> list[ClaimRecord]:
        """The counted claims of `ids` (of one kind when given), ordered by id, as load_claims."""
        missing = [claim_id for claim_id in ids if claim_id not in self.records]
        self.records.update(dict.fromkeys(missing))
        loaded = load_claims(self.session, missing, sentences=False)
        self.records.update((c.id, c) for c in loaded)
        found = (self.records[claim_id] for claim_id in sorted(set(ids)))
        return [c for c in found if c is not None and (kind is None or c.kind == kind)]


def reaches_most_of_archive(session: Session, affected: int) -> bool:
    """Whether `affected` event claims are more than FULL_RELINK_SHARE of the stored ones,
    counting the stored ones only as far as the answer needs."""
    enough = int(affected / FULL_RELINK_SHARE) + 1
    if affected > FULL_RELINK_SHARE * count_event_claims(session, at_most=enough):
        log.info("full relink: the changes reach %d event claims, most of the archive", affected)
        return True
    return False


def changed_clusters(
    clusters: list[list[int]], incident_ids: list[int], previous: dict[int, int], touched: set[int]
) -> list[int]:
    """Indexes of the clusters to store anew: those whose claims differ from their incident's
    (or that are new) or that hold a changed claim."""
    before: dict[int, set[int]] = {}
    for claim_id, incident_id in previous.items():
        before.setdefault(incident_id, set()).add(claim_id)
    return [
        k
        for k, (ids, incident_id) in enumerate(zip(clusters, incident_ids, strict=True))
        if before.get(incident_id) != set(ids) or not touched.isdisjoint(ids)
    ]


def may_move(
    claims: ClaimCache,
    statement_ids: Collection[int],
    redone: list[list[int]],
    features: dict[int, EventFeatures],
    decisions: list[Decision],
) -> set[int]:
    """The statements near rewritten incidents whose attachment may change.

    A statement's stored attachment was the best over every incident; incidents not
    rewritten are as they were, so only a rewritten one scoring at least as high (a tie is
    settled by the other incidents too) can take it. Statements in a user's decision are
    always attached again.
    """
    statements = claims.get(statement_ids, kind="statement")
    stored = statement_scores(claims.session, statement_ids)
    decided = {c for decision in decisions for c in decision.claim_ids}
    best = attach_statements(statements, redone, features, None)
    return {
        s.id
        for s in statements
        if s.id in decided
        or (s.id in best and best[s.id][1] >= stored.get(s.id, float("-inf")) - SCORE_TIE)
    }


def untouched_incidents(
    claims: ClaimCache, incident_ids: Collection[int], features: dict[int, EventFeatures]
) -> list[tuple[list[int], int]]:
    """(event claim ids, incident id) of stored incidents a statement may belong to; their
    events' features are added to `features` (without perpetrators: statements ignore them)."""
    members = members_of_incidents(claims.session, incident_ids, role="event")
    grouped: dict[int, list[int]] = {}
    for claim in claims.get(members, kind="event"):
        features[claim.id] = event_features(claim, None)
        grouped.setdefault(members[claim.id], []).append(claim.id)
    return [(sorted(ids), incident_id) for incident_id, ids in grouped.items()]


def neighbour_claim_ids(session: Session, events: list[EventFeatures]) -> set[int]:
    """The stored event claims candidate_pairs would compare these (stored) events with."""
    found: set[int] = set()
    dated: dict[str, list[EventFeatures]] = {}
    located: dict[str, list[tuple[EventFeatures, bool]]] = {}
    for event in events:
        keys = block_keys(event)
        for key in keys.dated:
            dated.setdefault("d|" + "|".join(key), []).append(event)
        for key in keys.located:
            located.setdefault("l|" + "|".join(key), []).append((event, keys.undated))
    small = small_blocks(session, dated, MAX_BLOCK)
    for members in small.values():
        found.update(members)
    positions = [
        (key, (event.start or 0, event.claim_id))
        for key in dated.keys() - small.keys()
        for event in dated[key]
    ]
    found.update(claim_id for claim_id, _start in block_windows(session, positions, WINDOW + 1))
    # An undated claim meets the claims acquired nearest to it in its place block; a dated
    # one is met by the undated claims it is nearest to (twice the reach covers both ways).
    reach = 2 * UNDATED_NEIGHBOURS + 1
    for undated in (True, False):
        positions = [
            (key, (event.source_id, event.claim_id))
            for key, members in located.items()
            for event, event_undated in members
            if event_undated == undated
        ]
        window = block_windows(session, positions, reach, by_source=True)
        found.update(claim_id for claim_id, start in window if undated or start is None)
    found |= claim_ids_of_sources(session, {e.source_id for e in events}, kind="event")
    return found


def close_over_decisions(
    session: Session,
    incidents: set[int],
    changed_events: Collection[int],
    decisions: list[Decision],
) -> set[int]:
    """The affected incidents plus those a user's merge or split ties to them, until no
    decision reaches outside: a decision is only re-applied whole."""
    involved = [set(d.claim_ids) for d in decisions]
    while True:
        claims = set(members_of_incidents(session, incidents)) | set(changed_events)
        touching = set().union(*(ids for ids in involved if ids & claims)) - claims
        more = set(memberships_of_claims(session, touching).values()) - incidents
        if not more:
            return incidents
        incidents |= more


def stored_perpetrators(session: Session, claim_ids: Collection[int]) -> dict[int, int]:
    """claim id → perpetrator actor, from the agents earlier runs stored (see run._identifies)."""
    return {
        claim_id: actor_id
        for claim_id, (actor_id, kind, country) in load_perpetrator_candidates(
            session, claim_ids
        ).items()
        if identifies(kind, country)
    }


def statements_near(
    session: Session, clusters: list[list[int]], events: dict[int, EventFeatures]
) -> set[int]:
    """Stored statements sharing a place block with one of the clusters and made late enough
    to be about it (attach_statements' date rule), at most STATEMENT_BLOCK per large block."""
    first: dict[str, int] = {}
    for ids in clusters:
        starts = [e.start for c in ids if (e := events[c]).start is not None]
        earliest = min(starts) - VAGUE_GAP_DAYS if starts else 0
        for claim_id in ids:
            place = events[claim_id].place
            for g in place.block_keys() if place else ():
                key = f"s|{g}"
                first[key] = min(first.get(key, earliest), earliest)
    return _from_blocks(session, first, descending=False)


class StoredPlaceBlocks:
    """incidents.PlaceBlocks read from the stored block index ("p|" keys)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def whole(self, keys: set[str]) -> dict[str, list[int]]:
        small = small_blocks(self.session, {f"p|{key}" for key in keys}, STATEMENT_BLOCK)
        return {key.removeprefix("p|"): members for key, members in small.items()}

    def nearest(self, bounds: set[tuple[str, int]]) -> dict[tuple[str, int], list[int]]:
        stored = {(f"p|{key}", until) for key, until in bounds}
        found = blocks_from(self.session, stored, STATEMENT_BLOCK, descending=True)
        return {(key.removeprefix("p|"), until): ids for (key, until), ids in found.items()}


def incidents_near(
    session: Session, statements: list[ClaimRecord], reach: dict[int, set[int]]
) -> set[int]:
    """Incidents sharing a source with the statements or holding an event claim they reach."""
    claims = set().union(*reach.values()) if reach else set()
    found = set(memberships_of_claims(session, claims).values())
    return found | event_incidents_of_sources(session, {s.source_id for s in statements})


def _from_blocks(session: Session, bounds: dict[str, int], *, descending: bool) -> set[int]:
    """Claims of blocks: whole when small, else the STATEMENT_BLOCK nearest past a date."""
    small = small_blocks(session, bounds, STATEMENT_BLOCK)
    found: set[int] = set()
    for members in small.values():
        found.update(members)
    large = {(key, bounds[key]) for key in bounds.keys() - small.keys()}
    for members in blocks_from(session, large, STATEMENT_BLOCK, descending=descending).values():
        found.update(members)
    return found


def publisher_sources(session: Session, claims: Iterable[ClaimRecord]) -> set[int]:
    """The sources whose publisher a claim's origin may name: its own and its group's first."""
    sources = {c.source_id for c in claims}
    return sources | set(load_group_of(session, sources).values())


def claim_origins(
    session: Session,
    claims: list[ClaimRecord],
    attributed: dict[int, int],
    publishers: dict[int, int],
) -> dict[int, str]:
    """Each claim's origin (corroboration.claim_origin) from stored or fresh attributions."""
    group_of = load_group_of(session, {c.source_id for c in claims})
    stored = load_attributions(session, [c.id for c in claims if c.id not in attributed])
    return {
        c.id: claim_origin(c, attributed.get(c.id, stored.get(c.id)), group_of, publishers)
        for c in claims
    }
