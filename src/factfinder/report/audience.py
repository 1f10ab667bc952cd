"""Who a dossier, export or package is for: the role, the levels it may see, and its Redactor."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from factfinder.protect.levels import LEVELS, sees_identities, visible_levels
from factfinder.protect.redaction import REDACTED, Redactor
from factfinder.store.db import Store
from factfinder.store.linking import EXCLUDED_STATUSES
from factfinder.store.models import Claim, IncidentClaim, Source

OPERATOR = "operator"  # no --role: the local operator, who already holds everything


@dataclass(frozen=True)
class Audience:
    """The recipient of an output.

    `levels` is None when every level is visible (nothing to filter); `identities` says
    whether the role may see real names and the original bytes, which cannot be redacted.
    """

    role: str | None
    levels: tuple[str, ...] | None
    identities: bool
    redactor: Redactor

    @classmethod
    def for_role(cls, store: Store, role: str | None) -> Audience:
        """The audience of `role` (None: the operator; an unknown role is an InputError)."""
        levels = visible_levels(role)
        return cls(
            role,
            None if levels == LEVELS else levels,
            sees_identities(role),
            Redactor.for_role(store, role),
        )

    @classmethod
    def everyone(cls) -> Audience:
        """The operator's audience: everything, unredacted."""
        return cls(None, None, True, Redactor.none())

    @property
    def name(self) -> str:
        return self.role or OPERATOR

    @property
    def restricted(self) -> bool:
        """Whether this audience sees less than everything, or sees it redacted."""
        return self.levels is not None or not self.identities

    def redact(self, obj: Any) -> Any:
        """`obj` with every string redacted for this audience (as it is, when nothing applies)."""
        return self.redactor.value(obj) if self.redactor.active else obj

    def text(self, value: str | None) -> str | None:
        return self.redactor.text(value) if self.redactor.active else value

    def describe(self) -> dict[str, Any]:
        """What was applied, recorded in each output's metadata and in the audit log."""
        levels = list(self.levels or LEVELS)
        if self.identities:
            redaction = "none"
        else:
            redaction = (
                f"names of protected persons replaced by their pseudonyms, protected terms by "
                f"{REDACTED}; original files left out"
            )
        return {"role": self.name, "levels": levels, "redaction": redaction}

    def summary(self) -> str:
        """One line for a reader: whom the output is for and what was left out or redacted."""
        if not self.restricted:
            return "Unredacted: every record at every level (for investigators)."
        return (
            f"Prepared for role {self.name}: only {', '.join(self.levels or LEVELS)} material"
            + (
                "; names of protected persons replaced by pseudonyms and protected terms "
                f"by {REDACTED}."
                if not self.identities
                else "."
            )
        )


def visible_incident_ids(connection: Connection, audience: Audience) -> list[int]:
    """Incidents with at least one event claim this audience may see, in id order."""
    query = (
        select(IncidentClaim.incident_id)
        .join(Claim, Claim.id == IncidentClaim.claim_id)
        .join(Source, Source.id == Claim.source_id)
        .where(
            IncidentClaim.role == "event",
            IncidentClaim.incident_id.is_not(None),
            Claim.review_status.not_in(EXCLUDED_STATUSES),
        )
        .distinct()
        .order_by(IncidentClaim.incident_id)
    )
    if audience.levels is not None:
        query = query.where(Claim.level.in_(audience.levels), Source.level.in_(audience.levels))
    return list(connection.scalars(query))
