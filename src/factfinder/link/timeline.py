"""The timeline: events and statements in date order, each as precise as its sources allow."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from factfinder.store.linking import PRECISION_RANK, ClaimRecord, Span


@dataclass(slots=True)
class TimelineEntry:
    """One happening or statement on one date; several claims can tell the same entry."""

    kind: str
    type: str
    span: Span | None
    incident_id: int | None
    actor: str | None
    claim_ids: list[int] = field(default_factory=list)
    source_ids: list[int] = field(default_factory=list)
    sentence: str = ""
    # "claim" when the sentence dates it; "published" for a statement dated by its source.
    date_basis: str = "claim"
    disputed: bool = False

    def sort_key(self) -> tuple[Any, ...]:
        """Month-precision entries sort at the head of their month, never on a made-up day."""
        if self.span is None:
            return (1, dt.date.max, 0, self.kind, self.type, self.claim_ids[0])
        rank = PRECISION_RANK[self.span.precision]
        return (0, self.span.start, rank, self.kind, self.type, self.claim_ids[0])

    def as_json(self) -> dict[str, Any]:
        return {
            "date": self.span.as_json() if self.span else None,
            "display_date": self.span.display() if self.span else "undated",
            "date_basis": self.date_basis if self.span else None,
            "kind": self.kind,
            "type": self.type,
            "incident_id": self.incident_id,
            "actor": self.actor,
            "claim_ids": self.claim_ids,
            "source_ids": self.source_ids,
            "sentence": self.sentence,
            "disputed": self.disputed,
        }


def build_timeline(
    claims: list[ClaimRecord],
    incidents: dict[int, int],
    actor_names: dict[int, str],
) -> list[TimelineEntry]:
    """Entries for the counted events and statements, merged per incident, act and date.

    `incidents` maps claim ids to incident ids and `actor_names` claim ids to the resolved
    actor (the speaker of a statement). Claims of one incident with the same act on the same
    date become one entry listing all of them; undated events come last, marked undated.
    """
    entries: dict[tuple[Any, ...], TimelineEntry] = {}
    for claim in sorted(claims, key=lambda c: c.id):
        if not claim.counted or claim.negated and claim.type != "no_public_statement":
            continue
        own = claim.span()
        span = claim.dated_span()
        incident = incidents.get(claim.id)
        actor = actor_names.get(claim.id) or (claim.agent if claim.kind == "statement" else None)
        group = incident if incident is not None else f"claim:{claim.id}"
        key = (group, claim.kind, claim.type, actor, span.display() if span else None)
        entry = entries.get(key)
        if entry is None:
            entry = entries[key] = TimelineEntry(
                claim.kind,
                claim.type,
                span,
                incident,
                actor,
                sentence=claim.sentence,
                date_basis="claim" if own is not None else "published",
            )
        entry.claim_ids.append(claim.id)
        if claim.source_id not in entry.source_ids:
            entry.source_ids.append(claim.source_id)
        entry.disputed = entry.disputed or claim.disputed
    return sorted(entries.values(), key=TimelineEntry.sort_key)
