"""What one web request may see: the caller's levels and Redactor, hidden records, view audits.

Every page and API route that shows stored material asks `view_for(request, caller)` once; the
Redactor is built once per role and reused across requests until the persons or protected
terms change (building it decrypts every identity, which must not happen on every request).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from fastapi import Request
from sqlalchemy import bindparam, func, select

from factfinder.errors import AccessDenied, NotFound
from factfinder.link.views import describe_visible
from factfinder.protect import audit
from factfinder.protect.levels import LEVELS, PUBLIC, sees_identities, visible_levels
from factfinder.protect.redaction import Redactor
from factfinder.store.db import Store
from factfinder.store.models import (
    Claim,
    ClaimActor,
    IncidentClaim,
    Source,
)
from factfinder.web.auth import Caller
from factfinder.web.records import reading

# Asked on every request for one record: built once (see web/records.py _claims_statements).
_SOURCE_LEVEL = select(Source.level).where(Source.id == bindparam("source_id"))
_CLAIM_LEVELS = (
    select(Claim.level, Source.level)
    .join(Source, Source.id == Claim.source_id)
    .where(Claim.id == bindparam("claim_id"))
)


@dataclass
class View:
    """The caller's view of the store for one request."""

    caller: Caller
    store: Store
    redactor: Redactor
    # None when the caller sees every level (no filter needed at all).
    levels: tuple[str, ...] | None
    _hidden_claims: set[int] | None = field(default=None, repr=False)
    _partly_hidden: set[int] = field(default_factory=set, repr=False)

    @property
    def sees_identities(self) -> bool:
        return sees_identities(self.caller.role)

    def allows(self, level: str | None) -> bool:
        return self.levels is None or (level or PUBLIC) in self.levels

    def red(self, obj: Any) -> Any:
        """`obj` with every string in it redacted for the caller (as is for identity roles)."""
        return self.redactor.value(obj) if self.redactor.active else obj

    def text(self, value: str | None) -> str | None:
        return self.redactor.text(value)

    def check_source(self, source_id: int) -> str:
        """The source's level; NotFound when there is none or the caller may not see it."""
        with reading(self.store) as connection:
            level = connection.scalar(_SOURCE_LEVEL, {"source_id": source_id})
        if level is None or not self.allows(level):
            raise NotFound(f"no source with id #{source_id}")
        return level

    def check_claim(self, claim_id: int) -> str:
        """The claim's level (the stricter of its own and its source's); NotFound when hidden."""
        with reading(self.store) as connection:
            row = connection.execute(_CLAIM_LEVELS, {"claim_id": claim_id}).first()
        if row is None or not (self.allows(row[0]) and self.allows(row[1])):
            raise NotFound(f"no claim #{claim_id}")
        return max(row, key=LEVELS.index)

    def check_incident(self, incident_id: int) -> None:
        """NotFound unless the incident exists and holds an event claim the caller may see."""
        with self.store.session() as session:
            events = list(
                session.scalars(
                    select(IncidentClaim.claim_id).where(
                        IncidentClaim.incident_id == incident_id, IncidentClaim.role == "event"
                    )
                )
            )
        if not events or (self.levels is not None and not set(events) - self.hidden_claim_ids()):
            raise NotFound(f"no incident #{incident_id}")

    def incident_level(self, claim_levels: Collection[str]) -> str:
        return max(claim_levels, key=LEVELS.index, default=PUBLIC)

    def claim_levels(self, claim_ids: Collection[int]) -> list[str]:
        if not claim_ids:
            return []
        with self.store.session() as session:
            return [
                max(row, key=LEVELS.index)
                for row in session.execute(
                    select(Claim.level, Source.level)
                    .join(Source, Source.id == Claim.source_id)
                    .where(Claim.id.in_(list(claim_ids)))
                )
            ]

    def viewed(self, object_type: str, object_id: int, level: str) -> None:
        """Audit a look at restricted or confidential material (who, what, which level)."""
        if level != PUBLIC:
            audit.record_now(
                self.store,
                self.caller.name,
                "viewed",
                object_type=object_type,
                object_id=object_id,
                details={"level": level, "role": self.caller.role},
            )

    def require_identities(self, what: str) -> None:
        if not self.sees_identities:
            raise AccessDenied(
                f"{what} is available to investigators and admins only: originals cannot be "
                "redacted, and your role sees protected names as pseudonyms"
            )

    def hidden_claim_ids(self) -> set[int]:
        """Claims the caller may not see (usually few: only restricted and confidential ones);
        read once per request."""
        if self.levels is None:
            return set()
        if self._hidden_claims is None:
            levels = list(self.levels)
            with self.store.session() as session:
                hidden_sources = select(Source.id).where(Source.level.not_in(levels))
                self._hidden_claims = set(
                    session.scalars(
                        select(Claim.id).where(
                            (Claim.level.not_in(levels)) | Claim.source_id.in_(hidden_sources)
                        )
                    )
                )
        return self._hidden_claims

    def visible_incidents(self, incidents: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Incidents with claim counts of visible claims only; those left with no visible
        event are dropped, so an incident known only from confidential reports stays unknown."""
        hidden = self.hidden_claim_ids()
        if not hidden:
            return incidents
        with self.store.session() as session:
            less: dict[tuple[int, str], int] = {
                (incident_id, role): number
                for incident_id, role, number in session.execute(
                    select(IncidentClaim.incident_id, IncidentClaim.role, func.count())
                    .where(IncidentClaim.claim_id.in_(hidden))
                    .group_by(IncidentClaim.incident_id, IncidentClaim.role)
                )
            }
        self._partly_hidden = {incident_id for incident_id, _role in less}
        out = []
        for incident in incidents:
            events = incident["event_claims"] - less.get((incident["id"], "event"), 0)
            statements = incident["statements"] - less.get((incident["id"], "statement"), 0)
            if events > 0:
                out.append(incident | {"event_claims": events, "statements": statements})
        return out

    def described(self, incidents: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """`incidents` (from visible_incidents) with the label, place, time and counts of each
        one that has hidden claims recomputed from its visible claims (link/views
        describe_visible). Pass only what is shown: a page, or the map's incidents."""
        redo = [i for i in incidents if i["id"] in self._partly_hidden]
        if not redo:
            return incidents
        fresh = {i["id"]: i for i in describe_visible(self.store, redo, self.levels)}
        return [
            fresh.get(i["id"], i)
            for i in incidents
            if i["id"] not in self._partly_hidden or i["id"] in fresh
        ]

    def visible_actors(self, actors: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Actors named by at least one visible claim, or (for actors no claim names, such as
        publishers linking adds) spelled like the publisher of a visible source."""
        hidden = self.hidden_claim_ids()
        if not hidden:
            return actors
        with self.store.session() as session:
            named = set(session.scalars(select(ClaimActor.actor_id).distinct()))
            shown = set(
                session.scalars(
                    select(ClaimActor.actor_id).where(ClaimActor.claim_id.not_in(hidden)).distinct()
                )
            )
            publishers = {
                " ".join(p.casefold().split())
                for p in session.scalars(
                    select(Source.publisher)
                    .where(Source.level.in_(list(self.levels or ())), Source.publisher.is_not(None))
                    .distinct()
                )
            }

        def spelled_as_publisher(actor: dict[str, Any]) -> bool:
            spellings = [actor["name"], *actor.get("aliases", [])]
            return any(" ".join(s.casefold().split()) in publishers for s in spellings)

        return [
            a
            for a in actors
            if a["id"] in shown or (a["id"] not in named and spelled_as_publisher(a))
        ]


def view_for(request: Request, caller: Caller) -> View:
    """The caller's view, made once per request."""
    view = getattr(request.state, "view", None)
    if view is None:
        levels = visible_levels(caller.role)
        view = View(
            caller=caller,
            store=request.app.state.store,
            redactor=Redactor.for_role(request.app.state.store, caller.role),
            levels=None if levels == LEVELS else levels,
        )
        request.state.view = view
    return view
