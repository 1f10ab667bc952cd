"""Incidents: event claims grouped across sources by an explainable score, with blocking."""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from factfinder.link.actors import groups_conflict, victim_signature
from factfinder.link.places import PlaceKey, place_key, relate_places
from factfinder.store.linking import ClaimRecord, Decision, Span

# Acts that reports of one happening mix: a detention campaign is told as arrests, secret
# prisons, torture, bribes for release and deaths in custody; threats and flight go together.
TYPE_FAMILIES = {
    "detention": "custody",
    "enforced_disappearance": "custody",
    "torture": "custody",
    "killing": "custody",
    "extortion": "custody",
    "release": "custody",
    "death_threat": "threat",
    "incitement": "threat",
    "harassment": "threat",
    "forced_displacement": "threat",
}
# Weights of the features a user sees in `factfinder incident ID`; a pair links at THRESHOLD
# with at least two kinds of evidence, and claims from different sources need a place or a time.
WEIGHTS = {
    "type:same": 1.0,
    "type:family": 0.5,
    "place:same": 2.0,
    "place:inside": 1.5,
    "place:same_country": 0.5,
    "place:other_name": -0.5,
    "place:nearby": 0.0,
    "time:overlap": 1.5,
    "time:near": 1.0,
    "time:close": 0.25,
    "time:same_year": 0.25,
    "victims:same": 1.5,
    "victims:different": -0.5,
    "victims:other": 0.0,
    "perpetrator:same": 1.0,
    "perpetrator:different": -0.5,
    "source:same": 0.5,
    "source:nearby": 2.5,
    "figures:unit": 0.5,
}
THRESHOLD = 3.0
# Claims of one report this close in its text tell one story unless something conflicts
# (claims with a place or date that disagree stop a chain: see _Summary.conflicts).
NEARBY_CHARS = 600
NEAR_DAYS = 3  # precise dates this close are one happening told with a small discrepancy
PRECISE_GAP_DAYS = 14  # precise dates further apart than this are different happenings
VAGUE_GAP_DAYS = 31  # a month or week apart from another date by more than this is another one
MAX_SPAN_DAYS = 60  # an incident's precise dates never spread wider than this
MAX_VAGUE_SPAN_DAYS = 120  # nor its week- and month-precision dates
MAX_BLOCK = 40  # larger blocks compare each claim with its neighbours only (sorted by date)
WINDOW = 8
UNDATED_NEIGHBOURS = 12  # an undated claim is compared with this many claims on each side
# Undated claims linked on place and type alone would chain through years of reports of one
# town into a single incident; reports this far apart in publication tell different happenings.
MAX_UNDATED_REPORTED_DAYS = 365


@dataclass(slots=True)
class EventFeatures:
    """What linking compares about one event claim, computed once."""

    claim_id: int
    source_id: int
    type: str
    family: str
    place: PlaceKey | None
    span: Span | None
    victims: frozenset[str]
    perpetrator: int | None
    units: frozenset[str]
    position: int = 0
    reported: int | None = None  # the source's publication day (ordinal), when known

    @property
    def start(self) -> int | None:
        return self.span.start.toordinal() if self.span else None


def event_features(claim: ClaimRecord, perpetrator: int | None) -> EventFeatures:
    """The comparable features of an event claim; `perpetrator` is its resolved agent."""
    units = frozenset(
        str(c.get("unit", "")).casefold() for c in claim.counts if isinstance(c, dict)
    ) - {""}
    return EventFeatures(
        claim_id=claim.id,
        source_id=claim.source_id,
        type=claim.type,
        family=TYPE_FAMILIES.get(claim.type, claim.type),
        place=place_key(claim.place),
        span=claim.span(),
        victims=victim_signature(claim.target),
        perpetrator=perpetrator,
        units=units - {"men", "women", "people", "persons"},
        position=claim.start,
        reported=claim.published_at.toordinal() if claim.published_at else None,
    )


@dataclass(frozen=True, slots=True)
class PairScore:
    score: float
    features: tuple[str, ...]
    evidence: int
    conflict: str | None

    @property
    def links(self) -> bool:
        if self.conflict is not None or self.score < THRESHOLD:
            return False
        return self.evidence >= 2 or "source:nearby" in self.features


def time_relation(a: Span | None, b: Span | None) -> tuple[str, int]:
    """overlap | near | close | same_year | apart | unknown, and the gap in days."""
    if a is None or b is None:
        return "unknown", 0
    gap = max(0, max(a.start, b.start).toordinal() - min(a.end, b.end).toordinal())
    if "year" in (a.precision, b.precision):
        return ("same_year" if gap == 0 else "apart"), gap
    if gap == 0:
        return "overlap", 0
    if a.precise and b.precise:
        if gap <= NEAR_DAYS:
            return "near", gap
        return ("close" if gap <= PRECISE_GAP_DAYS else "apart"), gap
    return ("near" if gap <= NEAR_DAYS else "close" if gap <= VAGUE_GAP_DAYS else "apart"), gap


def score_pair(a: EventFeatures, b: EventFeatures) -> PairScore | None:
    """Whether two event claims tell one happening, with the features that say so.

    None when their acts belong to different families (a threat is never the same happening
    as a detention). Missing data adds nothing: a pair with no place, time, victims or
    perpetrator never reaches the threshold, however many fields are blank on both sides.
    """
    if a.family != b.family:
        return None
    features: list[str] = []
    score = 0.0
    evidence = 0
    located = False

    def add(name: str, detail: str = "", counts: bool = True) -> None:
        nonlocal score, evidence
        score += WEIGHTS[name]
        features.append(f"{name}({detail})" if detail else name)
        if counts and WEIGHTS[name] > 0:
            evidence += 1

    if a.type == b.type:
        add("type:same", a.type, counts=False)
    else:
        add("type:family", a.family, counts=False)

    place = relate_places(a.place, b.place)
    # Two towns of one region: one campaign can span both, but not one act in both.
    if place == "different" or (place == "nearby" and a.type == b.type):
        return PairScore(score, (*features, "place:different"), evidence, "place:different")
    if place in ("same", "inside", "same_country", "other_name", "nearby"):
        add(f"place:{place}")
        located = place not in ("other_name", "nearby")

    when, gap = time_relation(a.span, b.span)
    if when == "apart":
        return PairScore(score, (*features, f"time:apart({gap} days)"), evidence, "time:apart")
    if when != "unknown":
        add(f"time:{when}", f"{gap} days" if gap else "")
        located = located or when in ("overlap", "near")

    if a.victims and b.victims:
        shared = a.victims & b.victims
        if shared:
            add("victims:same", ", ".join(sorted(shared)))
        elif a.type == b.type and groups_conflict(a.victims, b.victims):
            return PairScore(score, (*features, "victims:different"), evidence, "victims:different")
        elif a.type == b.type:
            add("victims:different")
        else:  # a killing of a student and arrests of protesters: one crackdown, other victims
            add("victims:other")

    if a.perpetrator is not None and b.perpetrator is not None:
        add("perpetrator:same" if a.perpetrator == b.perpetrator else "perpetrator:different")

    if a.source_id == b.source_id:
        if abs(a.position - b.position) <= NEARBY_CHARS:
            add("source:nearby")
        else:
            add("source:same")
        located = True
    shared_units = a.units & b.units
    if shared_units:
        add("figures:unit", ", ".join(sorted(shared_units)))

    if not located:
        return PairScore(score, tuple(features), evidence, "no place or time in common")
    return PairScore(round(score, 2), tuple(features), evidence, None)


def _months(span: Span) -> list[str]:
    first = dt.date.fromordinal(max(1, span.start.toordinal() - NEAR_DAYS))
    last = dt.date.fromordinal(min(dt.date.max.toordinal(), span.end.toordinal() + NEAR_DAYS))
    keys = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month) and len(keys) < 3:
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return keys


@dataclass(frozen=True, slots=True)
class BlockKeys:
    """The blocks an event claim belongs to (besides its source's): (family, place, month)
    when it has a month or finer date, (family, place) when it has a place; `undated` when it
    has no month or finer date, so it meets its place block's claims nearest in acquisition."""

    dated: list[tuple[str, str, str]]
    located: list[tuple[str, str]]
    undated: bool


def block_keys(event: EventFeatures) -> BlockKeys:
    """An event's block keys; candidate_pairs and the stored event_blocks use the same ones."""
    geo = event.place.block_keys() if event.place else ["-"]
    months = _months(event.span) if event.span and event.span.precision != "year" else []
    return BlockKeys(
        dated=[(event.family, g, month) for g in geo for month in months],
        located=[(event.family, g) for g in geo if g != "-"],
        undated=not months,
    )


def block_rows(
    claims: Iterable[ClaimRecord], events: dict[int, EventFeatures]
) -> Iterator[dict[str, Any]]:
    """Rows of the stored block index (event_blocks) for counted claims.

    An event claim is stored under its dated blocks ("d|family|place|month", ordered by its
    first day), its place blocks ("l|family|place", first day or None when it has no month or
    finer date, ordered by source) and its places for statements ("p|place"); a statement
    under its places ("s|place", by the last day it can speak of). `events` holds the
    features of the event claims.
    """
    for claim in claims:
        if not claim.counted:
            continue
        if claim.kind == "event":
            event = events[claim.id]
            keys = block_keys(event)
            start = event.start
            found = [("d|" + "|".join(key), start or 0) for key in keys.dated]
            found += [
                ("l|" + "|".join(key), None if keys.undated else start) for key in keys.located
            ]
            found += [(f"p|{g}", start) for g in (event.place.block_keys() if event.place else ())]
        elif claim.kind == "statement":
            place = place_key(claim.place)
            span = claim.dated_span()
            end = span.end.toordinal() if span else None
            found = [(f"s|{g}", end) for g in (place.block_keys() if place else ())]
        else:
            continue
        for key, start in found:
            yield {
                "key": key,
                "claim_id": claim.id,
                "start_ordinal": start,
                "source_id": claim.source_id,
            }


def candidate_pairs(events: list[EventFeatures]) -> Iterator[tuple[int, int]]:
    """Index pairs worth scoring: same act family and a shared place block, month or source.

    Blocks keep linking near-linear: a block larger than MAX_BLOCK is sorted by date and each
    claim meets only its WINDOW neighbours; an undated claim meets the claims acquired nearest
    to it in its place block (same story, same time of collection) instead of all of them.
    """
    dated: dict[tuple[str, ...], list[int]] = defaultdict(list)
    located: dict[tuple[str, ...], list[int]] = defaultdict(list)
    undated: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for index, event in enumerate(events):
        keys = block_keys(event)
        for key in keys.dated:
            dated[key].append(index)
        for key in keys.located:
            located[key].append(index)
            if keys.undated:
                undated[key].append(index)
        dated[(event.family, "source", str(event.source_id))].append(index)

    seen: set[int] = set()  # pairs as i << 32 | j: a fraction of the memory of tuples
    for key, members in dated.items():
        yield from _block_pairs(events, members, seen, by_position=key[1] == "source")
    for key, lonely in undated.items():
        members = sorted(located[key], key=lambda i: (events[i].source_id, events[i].claim_id))
        sources = [events[i].source_id for i in members]
        for i in lonely:
            middle = bisect.bisect_left(sources, events[i].source_id)
            low = max(0, middle - UNDATED_NEIGHBOURS)
            for j in members[low : middle + UNDATED_NEIGHBOURS]:
                yield from _new_pair(i, j, seen)


def _block_pairs(
    events: list[EventFeatures],
    members: list[int],
    seen: set[int],
    *,
    by_position: bool = False,
) -> Iterator[tuple[int, int]]:
    if len(members) < 2:
        return
    if len(members) <= MAX_BLOCK:
        for position, i in enumerate(members):
            for j in members[position + 1 :]:
                yield from _new_pair(i, j, seen)
        return
    if by_position:  # one long report: neighbours in its text
        ordered = sorted(members, key=lambda i: (events[i].position, events[i].claim_id))
    else:
        ordered = sorted(members, key=lambda i: (events[i].start or 0, events[i].claim_id))
    for position, i in enumerate(ordered):
        for j in ordered[position + 1 : position + 1 + WINDOW]:
            yield from _new_pair(i, j, seen)


def _new_pair(i: int, j: int, seen: set[int]) -> Iterator[tuple[int, int]]:
    if i == j:
        return
    pair = (i, j) if i < j else (j, i)
    code = pair[0] << 32 | pair[1]
    if code not in seen:
        seen.add(code)
        yield pair


@dataclass(slots=True)
class Membership:
    """Why a claim is in its incident: the claim it matched, the score and the features."""

    matched_claim_id: int | None = None
    score: float = 0.0
    features: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Summary:
    """What a growing cluster must stay consistent with: places and victims per act, dates."""

    places: list[tuple[str, PlaceKey]]
    victims: dict[str, frozenset[str]]
    precise: tuple[int, int] | None
    dated: tuple[int, int] | None
    undated_reported: tuple[int, int] | None  # publication days of the undated members

    @classmethod
    def of(cls, event: EventFeatures) -> _Summary:
        span = event.span if event.span and event.span.precision != "year" else None
        bounds = (span.start.toordinal(), span.end.toordinal()) if span else None
        place = event.place if event.place and event.place.level != "country" else None
        reported = event.reported if event.span is None else None
        return cls(
            [(event.type, place)] if place else [],
            {event.type: event.victims} if event.victims else {},
            bounds if span and span.precise else None,
            bounds,
            (reported, reported) if reported is not None else None,
        )

    def conflicts(self, other: _Summary) -> bool:
        if _width(self.precise, other.precise) > MAX_SPAN_DAYS:
            return True
        if _width(self.dated, other.dated) > MAX_VAGUE_SPAN_DAYS:
            return True
        if _width(self.undated_reported, other.undated_reported) > MAX_UNDATED_REPORTED_DAYS:
            return True
        for act, victims in self.victims.items():
            if act in other.victims and groups_conflict(victims, other.victims[act]):
                return True
        for act_a, a in self.places[:20]:
            for act_b, b in other.places[:20]:
                relation = relate_places(a, b)
                if relation == "different" or (relation == "nearby" and act_a == act_b):
                    return True
        return False

    def absorb(self, other: _Summary) -> None:
        self.places.extend(p for p in other.places if p not in self.places)
        for act, victims in other.victims.items():
            self.victims[act] = self.victims.get(act, frozenset()) | victims
        self.precise = _union(self.precise, other.precise)
        self.dated = _union(self.dated, other.dated)
        self.undated_reported = _union(self.undated_reported, other.undated_reported)


def _union(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    if a is None or b is None:
        return a or b
    return min(a[0], b[0]), max(a[1], b[1])


def _width(a: tuple[int, int] | None, b: tuple[int, int] | None) -> int:
    if a is None or b is None:
        return 0
    both = _union(a, b)
    return both[1] - both[0] if both else 0


def cluster_events(
    events: list[EventFeatures], decisions: Iterable[Decision] = ()
) -> tuple[list[list[int]], dict[int, Membership]]:
    """Group event claims into incidents: claim-id lists, and each claim's membership reason.

    Links are taken strongest first; a link is refused when it would put two different places,
    two disjoint victim groups, dates months apart or undated acts from reports over a year
    apart into one incident, so a chain of weak
    links cannot glue unrelated happenings together. The user's decisions are applied last, in
    the order they were made, so they hold on every run.
    """
    parent = list(range(len(events)))
    summaries = [_Summary.of(event) for event in events]
    memberships = {event.claim_id: Membership() for event in events}

    def find(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    edges = []
    for i, j in candidate_pairs(events):
        pair = score_pair(events[i], events[j])
        if pair is not None and pair.links:
            edges.append((-pair.score, events[i].claim_id, events[j].claim_id, i, j, pair))
    edges.sort(key=lambda edge: edge[:3])
    for _negative, _a, _b, i, j, pair in edges:
        root_i, root_j = find(i), find(j)
        if root_i == root_j or summaries[root_i].conflicts(summaries[root_j]):
            continue
        keep, gone = (root_i, root_j) if root_i < root_j else (root_j, root_i)
        parent[gone] = keep
        summaries[keep].absorb(summaries[gone])
        joined = (
            events[j] if memberships[events[j].claim_id].matched_claim_id is None else events[i]
        )
        partner = events[i] if joined is events[j] else events[j]
        if memberships[joined.claim_id].matched_claim_id is None:
            memberships[joined.claim_id] = Membership(
                partner.claim_id, pair.score, list(pair.features)
            )

    groups: dict[int, list[int]] = defaultdict(list)
    for index, event in enumerate(events):
        groups[find(index)].append(event.claim_id)
    clusters = [sorted(ids) for ids in groups.values()]
    clusters = apply_decisions(clusters, decisions, memberships)
    return sorted(clusters, key=lambda ids: ids[0]), memberships


def apply_decisions(
    clusters: list[list[int]], decisions: Iterable[Decision], memberships: dict[int, Membership]
) -> list[list[int]]:
    """Re-apply merges and splits in order; claims that no longer exist are skipped."""
    cluster_of = {claim_id: index for index, ids in enumerate(clusters) for claim_id in ids}
    sets = [set(ids) for ids in clusters]
    for decision in decisions:
        present = [c for c in decision.claim_ids if c in cluster_of]
        if not present:
            continue
        if decision.action == "merge":
            targets = sorted({cluster_of[c] for c in present})
            keep = targets[0]
            anchor = min(sets[keep])
            for other in targets[1:]:
                joined = min(sets[other])
                memberships[joined].features.append(f"decision:merge(#{decision.id})")
                if memberships[joined].matched_claim_id is None:
                    memberships[joined].matched_claim_id = anchor
                for claim_id in sets[other]:
                    cluster_of[claim_id] = keep
                sets[keep] |= sets[other]
                sets[other] = set()
        elif decision.action == "split":
            new = len(sets)
            sets.append(set())
            for claim_id in present:
                sets[cluster_of[claim_id]].discard(claim_id)
                sets[new].add(claim_id)
                cluster_of[claim_id] = new
                memberships[claim_id] = Membership(None, 0.0, [f"decision:split(#{decision.id})"])
    return [sorted(ids) for ids in sets if ids]


@dataclass(slots=True)
class _IncidentProfile:
    """What a statement is compared with: an incident's places, victims, sources and start."""

    places: list[PlaceKey] = field(default_factory=list)
    victims: frozenset[str] = frozenset()
    sources: set[int] = field(default_factory=set)
    first: dt.date | None = None


STATEMENT_THRESHOLD = 2.0
# A place block with more event claims than this (a country with thousands of reports) offers a
# statement only the incidents of the STATEMENT_BLOCK dated claims nearest before it was made:
# a statement answers what happened lately, and a block's size must not set its cost.
STATEMENT_BLOCK = 200


def statement_until(statement: ClaimRecord) -> int:
    """The last day (ordinal) an event can start and still be what the statement speaks of
    (attach_statements' date rule); an undated statement can speak of anything."""
    span = statement.dated_span()
    return span.end.toordinal() + VAGUE_GAP_DAYS if span else dt.date.max.toordinal()


class PlaceBlocks(Protocol):
    """The event claims of each place block ("p|" keys of the stored index), as statement_reach
    asks for them: from memory in a full relink, from the stored index in an incremental one."""

    def whole(self, keys: set[str]) -> dict[str, list[int]]:
        """key → its claims, for the keys of blocks of at most STATEMENT_BLOCK claims."""
        ...

    def nearest(self, bounds: set[tuple[str, int]]) -> dict[tuple[str, int], list[int]]:
        """(key, until) → the STATEMENT_BLOCK dated claims of the block nearest at or before
        `until`, latest first (start ordinal, then claim id); a run asks for all at once."""
        ...


class EventPlaceBlocks:
    """PlaceBlocks over event features in memory."""

    def __init__(self, events: Iterable[EventFeatures]) -> None:
        self.members: dict[str, list[int]] = defaultdict(list)
        self.dated: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for event in events:
            for key in event.place.block_keys() if event.place else ():
                self.members[key].append(event.claim_id)
                if event.start is not None:
                    self.dated[key].append((event.start, event.claim_id))
        for pairs in self.dated.values():
            pairs.sort()

    def whole(self, keys: set[str]) -> dict[str, list[int]]:
        return {
            k: self.members.get(k, [])
            for k in keys
            if len(self.members.get(k, ())) <= STATEMENT_BLOCK
        }

    def nearest(self, bounds: set[tuple[str, int]]) -> dict[tuple[str, int], list[int]]:
        found = {}
        for key, until in bounds:
            pairs = self.dated.get(key, [])
            end = bisect.bisect_right(pairs, (until, float("inf")))
            found[key, until] = [
                claim_id
                for _start, claim_id in reversed(pairs[max(0, end - STATEMENT_BLOCK) : end])
            ]
        return found


def statement_reach(statements: Iterable[ClaimRecord], blocks: PlaceBlocks) -> dict[int, set[int]]:
    """statement id → the event claims it may be about through its place blocks: a block of at
    most STATEMENT_BLOCK claims whole, a larger one its STATEMENT_BLOCK dated claims nearest at
    or before statement_until. A full relink and an incremental one offer the same claims."""
    wanted = {}
    for statement in statements:
        place = place_key(statement.place)
        until = statement_until(statement)
        wanted[statement.id] = [(key, until) for key in (place.block_keys() if place else ())]
    whole = blocks.whole({key for pairs in wanted.values() for key, _until in pairs})
    windows = blocks.nearest(
        {(key, until) for pairs in wanted.values() for key, until in pairs if key not in whole}
    )
    reach: dict[int, set[int]] = {}
    for statement_id, pairs in wanted.items():
        found: set[int] = set()
        for key, until in pairs:
            found.update(whole[key] if key in whole else windows[key, until])
        reach[statement_id] = found
    return reach


def attach_statements(
    statements: list[ClaimRecord],
    clusters: list[list[int]],
    events: dict[int, EventFeatures],
    reach: dict[int, set[int]] | None,
    pinned: dict[int, int] | None = None,
) -> dict[int, tuple[int, float, list[str]]]:
    """statement claim id → (cluster index, score, features) for statements about an incident.

    A statement is about the incident that shares its place (or contains it), its victims
    (the target of "condemned the detention of gay men") or its source, and that began before
    it was made; statements that fit no incident address the situation as a whole and stay
    unattached. The incidents looked at are those of its source and those holding an event
    claim of `reach` (statement_reach); None looks at every incident sharing a place block, an
    upper bound for incremental.may_move. `pinned` (from a user's split) overrides the score.
    """
    profiles = [_IncidentProfile() for _ in clusters]
    by_key: dict[str, set[int]] = defaultdict(set)
    by_source: dict[int, set[int]] = defaultdict(set)
    cluster_of: dict[int, int] = {}
    for index, ids in enumerate(clusters):
        profile = profiles[index]
        for claim_id in ids:
            cluster_of[claim_id] = index
            event = events[claim_id]
            if event.place and event.place not in profile.places:
                profile.places.append(event.place)
                if reach is None:  # only the upper bound looks incidents up by place block
                    for key in event.place.block_keys():
                        by_key[key].add(index)
            profile.victims = profile.victims | event.victims
            profile.sources.add(event.source_id)
            by_source[event.source_id].add(index)
            if event.span and (profile.first is None or event.span.start < profile.first):
                profile.first = event.span.start

    attached: dict[int, tuple[int, float, list[str]]] = {}
    for statement in statements:
        if pinned and statement.id in pinned:
            attached[statement.id] = (pinned[statement.id], 0.0, ["decision:split"])
            continue
        place = place_key(statement.place)
        victims = victim_signature(statement.target)
        span = statement.dated_span()
        candidates = set(by_source.get(statement.source_id, ()))
        if reach is not None:
            candidates.update(cluster_of[c] for c in reach.get(statement.id, ()) if c in cluster_of)
        else:
            for key in place.block_keys() if place else ():
                candidates |= by_key.get(key, set())
        best: tuple[float, int, int, list[str]] | None = None
        for index in sorted(candidates):
            result = _statement_score(place, victims, statement, span, profiles[index])
            if result is None:
                continue
            score, features = result
            rank = (score, len(profiles[index].sources), -index)
            if score >= STATEMENT_THRESHOLD and (best is None or rank > best[:3]):
                best = (score, len(profiles[index].sources), -index, features)
        if best is not None:
            attached[statement.id] = (-best[2], round(best[0], 2), best[3])
    return attached


def _statement_score(
    place: PlaceKey | None,
    victims: frozenset[str],
    statement: ClaimRecord,
    span: Span | None,
    profile: _IncidentProfile,
) -> tuple[float, list[str]] | None:
    if span and profile.first and span.end.toordinal() < profile.first.toordinal() - VAGUE_GAP_DAYS:
        return None
    score, features = 0.0, []
    if place and profile.places:
        relations = {relate_places(place, other) for other in profile.places}
        best = next((r for r in ("same", "inside", "same_country") if r in relations), None)
        if best is None and "different" in relations and len(relations) == 1:
            return None
        if best:
            score += {"same": 2.0, "inside": 1.5, "same_country": 0.5}[best]
            features.append(f"place:{best}")
    if victims and profile.victims:
        shared = victims & profile.victims
        if shared:
            score += 1.5
            features.append(f"victims:same({', '.join(sorted(shared))})")
        else:
            score -= 1.0
            features.append("victims:different")
    if statement.source_id in profile.sources:
        score += 1.0
        features.append("source:same")
    return score, features
