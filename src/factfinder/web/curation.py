"""What reviewers add to the machine's record in the workbench: claim edits, incident tags."""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from pydantic import BaseModel, ValidationError
from sqlalchemy import bindparam, delete, select

from factfinder.errors import InputError, NotFound
from factfinder.extract.claims import EVENT_TYPES, STATEMENT_TYPES, Figure, When
from factfinder.protect import audit
from factfinder.store.claims import claim_row_to_dict, edit_claim
from factfinder.store.db import Store
from factfinder.store.models import Claim, ClaimEdit, Incident, IncidentTag, utcnow
from factfinder.web.records import reading

EDITABLE = ("type", "agent", "target", "counts", "when")
MAX_ACTOR_CHARS = 500
MAX_TAG_CHARS = 100
# Tags are short labels typed by people: letters, digits, spaces and a little punctuation.
TAG_PATTERN = re.compile(r"^[\w][\w .:/+-]*$")


def _clean_actor(value: Any, field: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"{field} must be text or null")
    value = " ".join(value.split())
    if len(value) > MAX_ACTOR_CHARS:
        raise InputError(f"{field} is longer than {MAX_ACTOR_CHARS} characters")
    return value or None


def _problem(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error.get("loc", ()))
    return f"{where}: {error.get('msg', 'invalid')}" if where else error.get("msg", "invalid")


def _parsed(model: type[BaseModel], value: Any, field: str) -> dict[str, Any]:
    try:
        return model.model_validate(value).model_dump(mode="json")
    except ValidationError as exc:
        raise InputError(f"{field} is not valid ({_problem(exc)})") from None


def validate_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """A reviewer's edit checked against the claim contract: a vocabulary type, text agents and
    targets, figures as the extractor writes them, an interval with a precision."""
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise InputError(f"cannot edit {', '.join(unknown)}: choose from {', '.join(EDITABLE)}")
    if not changes:
        raise InputError(f"nothing to change: give one of {', '.join(EDITABLE)}")
    clean: dict[str, Any] = {}
    if "type" in changes:
        kind = (
            "event"
            if changes["type"] in EVENT_TYPES
            else "statement"
            if changes["type"] in STATEMENT_TYPES
            else None
        )
        if kind is None:
            raise InputError(
                f"unknown claim type {changes['type']!r}: choose one of "
                + ", ".join(EVENT_TYPES + STATEMENT_TYPES)
            )
        clean["type"], clean["kind"] = changes["type"], kind
    for field in ("agent", "target"):
        if field in changes:
            clean[field] = _clean_actor(changes[field], field)
    if "counts" in changes:
        if not isinstance(changes["counts"], list) or len(changes["counts"]) > 20:
            raise InputError("counts must be a list of at most 20 figures")
        clean["counts"] = [_parsed(Figure, item, "counts") for item in changes["counts"]]
    if "when" in changes:
        when = changes["when"]
        if when is not None:
            when = _parsed(When, when, "when")
            if when["end"] < when["start"]:
                raise InputError("when: the end is before the start")
        clean["when"] = when
    return clean


def apply_claim_edit(
    store: Store,
    claim_id: int,
    changes: dict[str, Any],
    editor: str,
    levels: Collection[str] | None = None,
) -> dict[str, Any]:
    """Validate and store a reviewer's edit of a claim, audited in the same transaction."""
    clean = validate_changes(changes)
    with store.session() as session:
        row = session.get(Claim, claim_id)
        if row is None or (levels is not None and row.level not in levels):
            raise NotFound(f"no claim #{claim_id}")
        before = {name: getattr(row, name) for name in clean}
        edit_claim(session, claim_id, clean, editor)
        changed = sorted(name for name in clean if before[name] != clean[name])
        if changed:
            # Field names only: the values may hold names of people.
            audit.record(session, editor, "claim.edit", "claim", claim_id, {"fields": changed})
        return claim_row_to_dict(row) | {"original_values": row.original_values or {}}


# Read for every claim shown and every incident list: built once (see web/records.py
# _claims_statements).
_CLAIM_EDITS = (
    select(ClaimEdit.field, ClaimEdit.old, ClaimEdit.new, ClaimEdit.edited_by, ClaimEdit.edited_at)
    .where(ClaimEdit.claim_id == bindparam("claim_id"))
    .order_by(ClaimEdit.id)
)
_TAGS = select(IncidentTag.incident_id, IncidentTag.tag).order_by(IncidentTag.tag)


def claim_edits(store: Store, claim_id: int) -> list[dict[str, Any]]:
    """The history of a claim's edits, oldest first: field, old and new value, who and when."""
    with reading(store) as connection:
        rows = connection.execute(_CLAIM_EDITS, {"claim_id": claim_id})
        return [
            {
                "field": row.field,
                "old": row.old,
                "new": row.new,
                "edited_by": row.edited_by,
                "edited_at": row.edited_at.isoformat(),
            }
            for row in rows
        ]


def form_changes(form: dict[str, str | None], current: dict[str, Any]) -> dict[str, Any]:
    """The review page's edit form as a change set: only the fields the form carried (`form`
    keys) and only those that differ from the claim as shown; an empty field clears it.

    Figures are typed as "low[-high] unit" per line ("40 men", "2-5 facilities")."""
    changes: dict[str, Any] = {}
    if form.get("type") and form["type"] != current["type"]:
        changes["type"] = form["type"]
    for name in ("agent", "target"):
        if name in form:
            value = " ".join((form[name] or "").split()) or None
            if value != current[name]:
                changes[name] = value
    if "counts" in form:
        lines = (form["counts"] or "").splitlines()
        figures = [_parse_count_line(line) for line in lines if line.strip()]
        old = {(f["low"], f.get("high"), f["unit"]): f for f in current["counts"] or []}
        keys = [(f["low"], f.get("high"), f["unit"]) for f in figures]
        if keys != list(old):
            # A figure typed as before keeps what the form does not show (qualifier, revision).
            changes["counts"] = [old.get(key, f) for key, f in zip(keys, figures, strict=True)]
    if "when_start" in form:
        when = None
        if form["when_start"]:
            when = {
                "start": form["when_start"],
                "end": form.get("when_end") or form["when_start"],
                "precision": form.get("when_precision") or "day",
            }
        if when != current["when"]:
            changes["when"] = when
    return changes


COUNT_LINE = re.compile(r"^\s*(\d{1,9})(?:\s*[-–]\s*(\d{1,9}))?\s+(\S.*?)\s*$")


def _parse_count_line(line: str) -> dict[str, Any]:
    match = COUNT_LINE.match(line)
    if not match:
        raise InputError(
            f"cannot read the figure {line.strip()!r}: write it as '40 men' or '2-5 facilities'"
        )
    low, high, unit = match.groups()
    return {"low": int(low), "high": int(high) if high else None, "unit": unit}


def check_tag(tag: str) -> str:
    """A tag as stored: trimmed, lower-case, at most MAX_TAG_CHARS, no markup characters."""
    tag = " ".join(tag.split()).lower()
    if not tag:
        raise InputError("the tag is empty")
    if len(tag) > MAX_TAG_CHARS:
        raise InputError(f"the tag is longer than {MAX_TAG_CHARS} characters")
    if not TAG_PATTERN.match(tag):
        raise InputError("a tag holds letters, digits, spaces and . : / + - only")
    return tag


def _check_incident(session: Any, incident_id: int) -> None:
    if session.get(Incident, incident_id) is None:
        raise NotFound(f"no incident #{incident_id}")


def incident_tags(store: Store, incident_id: int) -> list[str]:
    with store.session() as session:
        return list(
            session.scalars(
                select(IncidentTag.tag)
                .where(IncidentTag.incident_id == incident_id)
                .order_by(IncidentTag.tag)
            )
        )


def tags_by_incident(store: Store) -> dict[int, list[str]]:
    """Every incident's tags (incident id → sorted tags), for lists."""
    with reading(store) as connection:
        out: dict[int, list[str]] = {}
        for incident_id, tag in connection.execute(_TAGS):
            out.setdefault(incident_id, []).append(tag)
        return out


def add_incident_tag(store: Store, incident_id: int, tag: str, who: str) -> list[str]:
    """Tag an incident (adding a tag it has is a no-op); audited. Returns the incident's tags."""
    tag = check_tag(tag)
    with store.session() as session:
        _check_incident(session, incident_id)
        exists = session.get(IncidentTag, (incident_id, tag))
        if exists is None:
            session.add(
                IncidentTag(incident_id=incident_id, tag=tag, added_by=who, added_at=utcnow())
            )
            audit.record(session, who, "incident.tag", "incident", incident_id, {"added": 1})
    return incident_tags(store, incident_id)


def remove_incident_tag(store: Store, incident_id: int, tag: str, who: str) -> list[str]:
    """Take a tag off an incident (removing one it lacks is a no-op); audited."""
    tag = check_tag(tag)
    with store.session() as session:
        _check_incident(session, incident_id)
        removed = session.execute(
            delete(IncidentTag).where(
                IncidentTag.incident_id == incident_id, IncidentTag.tag == tag
            )
        ).rowcount
        if removed:
            audit.record(session, who, "incident.untag", "incident", incident_id, {"removed": 1})
    return incident_tags(store, incident_id)
