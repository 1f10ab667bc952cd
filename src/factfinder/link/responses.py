"""The response matrix: who condemned, denied or stayed silent about a situation, and when."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from factfinder.link.actors import normalise_name
from factfinder.store.linking import ClaimRecord, SourceRecord, Span

SILENCE = "no_public_statement"


@dataclass(slots=True)
class ResponseRow:
    """One actor's stance on one date, with every claim and source that reports it."""

    actor_id: int | None
    actor: str
    actor_type: str | None
    country_code: str | None
    stance: str
    span: Span | None
    claim_ids: list[int] = field(default_factory=list)
    source_ids: list[int] = field(default_factory=list)
    incident_ids: list[int] = field(default_factory=list)
    disputed: bool = False
    hedged: bool = False
    ended_by: dict[str, Any] | None = None
    ends_silence_of: list[int] = field(default_factory=list)

    @property
    def date(self) -> str | None:
        return self.span.display() if self.span else None

    def describe(self) -> str:
        """The stance in words; a silence reads 'no public statement as of DATE'."""
        if self.stance == SILENCE:
            return f"no public statement as of {self.date or 'an unknown date'}"
        return self.stance.replace("_", " ")

    def as_json(self, sources: dict[int, SourceRecord]) -> dict[str, Any]:
        return {
            "actor_id": self.actor_id,
            "actor": self.actor,
            "actor_type": self.actor_type,
            "country_code": self.country_code,
            "stance": self.stance,
            "description": self.describe(),
            "date": self.span.as_json() if self.span else None,
            "as_of": self.date if self.stance == SILENCE else None,
            "claim_ids": self.claim_ids,
            "sources": [_source_json(sources.get(i), i) for i in self.source_ids],
            "incident_ids": self.incident_ids,
            "disputed": self.disputed,
            "hedged": self.hedged,
            "ended_by": self.ended_by,
            "ends_silence_of": self.ends_silence_of,
        }


def _source_json(source: SourceRecord | None, source_id: int) -> dict[str, Any]:
    if source is None:
        return {"source_id": source_id}
    return {
        "source_id": source.id,
        "publisher": source.publisher,
        "title": source.title,
        "published_at": source.published_at.isoformat() if source.published_at else None,
    }


def response_matrix(
    statements: list[ClaimRecord],
    agents: dict[int, int],
    actors: dict[int, tuple[str, str, str | None]],
    incidents: dict[int, int],
) -> list[ResponseRow]:
    """Rows of actor × stance × date, silences included, with silences that later ended.

    A statement is dated by its own date or else by its source's publication (said by then);
    a silence ("has not yet spoken out") holds as of that date. A later statement by the same
    actor ends the silence: the silence row names it in `ended_by`, and the statement row
    lists the silences it ended. Negated stances ("did not condemn") are not stances, and
    rejected or stale claims never appear; disputed ones appear flagged.
    """
    rows: dict[tuple[Any, ...], ResponseRow] = {}
    for claim in sorted(statements, key=lambda c: c.id):
        if not claim.counted or (claim.negated and claim.type != SILENCE):
            continue
        actor_id = agents.get(claim.id)
        if actor_id is not None and actor_id in actors:
            name, kind, country = actors[actor_id]
            who: Any = actor_id
        else:
            name, kind, country = (claim.agent or "(unknown)").strip(), None, None
            who = normalise_name(name) or name
        span = claim.dated_span()
        key = (who, claim.type, span.display() if span else None)
        row = rows.get(key)
        if row is None:
            row = rows[key] = ResponseRow(actor_id, name, kind, country, claim.type, span)
        row.claim_ids.append(claim.id)
        if claim.source_id not in row.source_ids:
            row.source_ids.append(claim.source_id)
        incident = incidents.get(claim.id)
        if incident is not None and incident not in row.incident_ids:
            row.incident_ids.append(incident)
        row.disputed = row.disputed or claim.disputed
        row.hedged = row.hedged or claim.hedged

    ordered = sorted(rows.values(), key=_row_order)
    by_actor: dict[Any, list[ResponseRow]] = {}
    for row in ordered:
        by_actor.setdefault(row.actor_id or normalise_name(row.actor), []).append(row)
    for actor_rows in by_actor.values():
        for silence in (r for r in actor_rows if r.stance == SILENCE and r.span is not None):
            later = [
                r
                for r in actor_rows
                if r.stance != SILENCE and r.span is not None and r.span.start > silence.span.end
            ]
            if later:
                first = later[0]
                silence.ended_by = {
                    "stance": first.stance,
                    "date": first.date,
                    "claim_ids": first.claim_ids,
                }
                first.ends_silence_of.extend(silence.claim_ids)
    return ordered


def _row_order(row: ResponseRow) -> tuple[Any, ...]:
    start = row.span.start if row.span else dt.date.max
    return (row.actor.casefold(), start, row.stance, row.claim_ids[0])
