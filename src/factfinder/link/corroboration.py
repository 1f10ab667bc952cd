"""Corroboration and contradiction: independent origins behind a claim, and what disputes it."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from factfinder.link.actors import victim_signature
from factfinder.link.figures import FigureHistory
from factfinder.link.places import place_key, relate_places
from factfinder.store.linking import ClaimRecord

NO_EVIDENCE = re.compile(
    r"\b(no|not any|without|lack of|found no)\s+(evidence|proof|reason to believe|basis)\b", re.I
)


def claim_origin(
    claim: ClaimRecord,
    attributed_actor: int | None,
    duplicate_group: dict[int, int],
    publisher_actor: dict[int, int],
) -> str:
    """Who a claim really comes from, so that repetition is not mistaken for corroboration.

    A claim a report attributes to someone ("Novaya Gazeta reported …") comes from that
    actor, not from the report. Otherwise it comes from the publisher of its source's
    near-duplicate group (syndicated copies count once), or from that group itself.
    """
    if attributed_actor is not None:
        return f"actor:{attributed_actor}"
    group = duplicate_group.get(claim.source_id, claim.source_id)
    publisher = publisher_actor.get(group, publisher_actor.get(claim.source_id))
    if publisher is not None:
        return f"actor:{publisher}"
    return f"source:{group}"


@dataclass(slots=True)
class Contradiction:
    """A claim that disputes others: a denial, 'no evidence', a negated act, a lower figure."""

    kind: str  # denial | no_evidence | negated | lower_figure | different_date
    claim_id: int
    against: list[int] = field(default_factory=list)
    detail: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "claim_id": self.claim_id,
            "against": self.against,
            "detail": self.detail,
        }


@dataclass(slots=True)
class Corroboration:
    """Independent origins per incident and per claim, and the contradictions found."""

    origins: list[str]
    per_claim: dict[int, dict[str, Any]]
    contradictions: list[Contradiction]

    @property
    def independent_sources(self) -> int:
        return len(self.origins)


def about_situation(statement: ClaimRecord, events: list[ClaimRecord]) -> bool:
    """Whether a statement tied to no incident still addresses this one's situation: a denial
    of "reports that men are held in Osk" names its victims or its place."""
    victims = victim_signature(statement.target)
    if victims and any(victims & victim_signature(e.target) for e in events):
        return True
    place = place_key(statement.place)
    return place is not None and any(
        relate_places(place, place_key(e.place)) in ("same", "inside", "nearby") for e in events
    )


def corroborate(
    events: list[ClaimRecord],
    statements: list[ClaimRecord],
    origins: dict[int, str],
    histories: list[FigureHistory],
    situation: Sequence[ClaimRecord] = (),
) -> Corroboration:
    """Count distinct origins among an incident's affirmed event claims and list contradictions.

    A claim is corroborated by claims of the same act from other origins; it is contradicted
    by denials and "no evidence" statements about the incident (or, in `situation`, about its
    situation without naming the incident), by event claims that negate
    it, by lower credible figures of the same unit from another origin, and by dates of the
    same act that do not overlap.
    """
    affirmed = [c for c in events if c.counted and not c.negated]
    incident_origins = sorted({origins[c.id] for c in affirmed if c.id in origins})
    by_type: dict[str, list[ClaimRecord]] = defaultdict(list)
    for claim in affirmed:
        by_type[claim.type].append(claim)

    contradictions: list[Contradiction] = []
    affirmed_ids = [c.id for c in affirmed]
    situation_ids = {statement.id for statement in situation}
    for statement in [*statements, *situation]:
        if statement.counted and statement.type == "deny":
            kind = "no_evidence" if NO_EVIDENCE.search(statement.sentence) else "denial"
            detail = "about the situation" if statement.id in situation_ids else ""
            contradictions.append(Contradiction(kind, statement.id, affirmed_ids, detail))
    for claim in events:
        if claim.counted and claim.negated:
            same = [c.id for c in by_type.get(claim.type, [])]
            contradictions.append(Contradiction("negated", claim.id, same, claim.type))
    for history in histories:
        credible = [v for v in history.values if v.credible]
        for value in credible:
            higher = [
                v.claim_id
                for v in credible
                if v.low > (value.high if value.high is not None else value.low)
                and origins.get(v.claim_id) != origins.get(value.claim_id)
            ]
            if higher:
                detail = f"{value.low} {history.unit}"
                contradictions.append(Contradiction("lower_figure", value.claim_id, higher, detail))
    for claim_type, claims in by_type.items():
        precise = [(c, s) for c in claims if (s := c.span()) is not None and s.precise]
        for index, (claim, span) in enumerate(precise):
            others = [
                c.id for c, s in precise[index + 1 :] if s.start > span.end or s.end < span.start
            ]
            if others:
                detail = f"{claim_type} {span.display()}"
                contradictions.append(Contradiction("different_date", claim.id, others, detail))

    contradicted: dict[int, list[int]] = defaultdict(list)
    for item in contradictions:
        for claim_id in item.against:
            contradicted[claim_id].append(item.claim_id)
        if item.kind in ("lower_figure", "different_date"):
            for claim_id in item.against:
                contradicted[item.claim_id].append(claim_id)
    per_claim = {}
    for claim in events:
        peers = [c for c in by_type.get(claim.type, []) if c.id != claim.id]
        own = origins.get(claim.id)
        supporting = [c.id for c in peers if origins.get(c.id) != own]
        claim_origins = {own} | {origins.get(c.id) for c in peers}
        per_claim[claim.id] = {
            "independent_sources": len({o for o in claim_origins if o}) if not claim.negated else 0,
            "corroborated_by": supporting if not claim.negated else [],
            "contradicted_by": sorted(set(contradicted.get(claim.id, []))),
        }
    return Corroboration(incident_origins, per_claim, contradictions)
