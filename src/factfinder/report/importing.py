"""Import of a package or a JSON export into this instance: all of it in one transaction, or none.

Records are matched by what identifies them anywhere (a source's SHA-256, a claim's source
and fingerprint, an alias key), so importing the same file twice adds nothing and ids of the
other instance never leak into this one.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from factfinder.errors import InputError, IntegrityError
from factfinder.protect import audit
from factfinder.protect.envelope import Kek, is_envelope, open_sealed
from factfinder.protect.keys import keyring_for
from factfinder.protect.levels import PUBLIC, check_level, strictest
from factfinder.report.exports import EXPORT_FORMAT, SCHEMA_VERSION, SECTIONS
from factfinder.report.package import SEALED_SUFFIX, package_records
from factfinder.sources.custody import append_custody, start_chain
from factfinder.sources.originals import (
    labelled_hash,
    original_path,
    preserve_bytes,
    sha256_hex,
)
from factfinder.store.claims import CLAIM_FIELDS as CONTRACT_FIELDS
from factfinder.store.claims import REVIEWED
from factfinder.store.db import Store
from factfinder.store.linking import next_actor_id
from factfinder.store.models import (
    Actor,
    ActorAlias,
    Claim,
    Comment,
    IncidentClaim,
    LinkDecision,
    Source,
    utcnow,
)

SOURCE_FIELDS = (
    "uri",
    "final_uri",
    "sha256",
    "size",
    "media_type",
    "collected_by",
    "factfinder_version",
    "http_status",
    "http_headers",
    "title",
    "publisher",
    "author",
    "language",
    "text",
    "tags",
    "note",
    "extra",
    "extracted_with",
)
# A stored claim: its identity, the JSON contract, and the reviewer's decision.
CLAIM_FIELDS = ("fingerprint", *CONTRACT_FIELDS, "review_status", "reviewer", "reviewer_note")


@dataclass
class ImportResult:
    """What an import added and what it found already here, per record type."""

    added: Counter[str] = field(default_factory=Counter)
    existing: Counter[str] = field(default_factory=Counter)
    without_original: int = 0


def _time(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def read_export(path: Path) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The records of a package (zip or folder), a JSON export or a JSON Lines export, and the
    originals a package carries (by file name)."""
    if path.is_dir() or path.suffix.lower() == ".zip":
        return package_records(path)
    if not path.is_file():
        raise InputError(f"no such file: {path}")
    try:
        if path.suffix.lower() == ".jsonl":
            return _read_jsonl(path), {}
        with path.open(encoding="utf-8") as handle:
            return json.load(handle), {}
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(
            f"{path} is not a readable JSON export ({exc}); nothing imported"
        ) from None


def _read_jsonl(path: Path) -> dict[str, Any]:
    records: dict[str, Any] = {name: [] for name in SECTIONS}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            record = json.loads(line)
            kind = record.pop("record", None)
            if kind == "header":
                records.update(record)
            elif kind in records:
                records[kind].append(record)
    return records


def check_header(records: dict[str, Any]) -> None:
    """Refuse what is not our export, or comes from a newer schema than this factfinder knows."""
    if not isinstance(records, dict) or records.get("format") != EXPORT_FORMAT:
        raise InputError(
            "not a factfinder export (no 'format: factfinder-export'); nothing imported"
        )
    version = records.get("schema_version")
    if not isinstance(version, int):
        raise InputError("the export has no schema version; nothing imported")
    if version > SCHEMA_VERSION:
        raise InputError(
            f"the export's schema version {version} is newer than this factfinder's "
            f"({SCHEMA_VERSION}): upgrade factfinder to import it; nothing imported"
        )


def import_path(store: Store, path: Path, actor: str) -> ImportResult:
    """Load a package or export into this instance, then re-link so incidents form here.

    Everything is written in one transaction: a bad record, a missing key or an original
    that fails its hash leaves the database as it was.
    """
    records, originals = read_export(path)
    check_header(records)
    kek = keyring_for(store.settings)
    result = ImportResult()
    with store.session() as session:
        try:
            sources = _import_sources(session, store, records, originals, kek, actor, result)
            claims = _import_claims(session, records, sources, result)
            _import_claim_comments(session, records, claims, result)
            _import_decisions(session, records, claims, result)
            _import_actors(session, records, result)
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(
                f"the export has a malformed record ({type(exc).__name__}: {exc}); nothing imported"
            ) from None
        audit.record(
            session,
            actor,
            "imported",
            object_type="import",
            details={"added": dict(result.added), "existing": dict(result.existing)},
        )
    from factfinder.link.run import run_link

    run_link(store)
    with store.session() as session:
        _import_incident_comments(session, records, claims, result)
    return result


def _original_bytes(originals: dict[str, bytes], sha256: str, kek: Kek | None) -> bytes | None:
    """The plaintext of a packaged original, refusing bytes that do not match their hash."""
    label = labelled_hash(sha256)
    if sha256 in originals:
        data = originals[sha256]
    elif sha256 + SEALED_SUFFIX in originals:
        sealed = originals[sha256 + SEALED_SUFFIX]
        if kek is None or not is_envelope(sealed):
            raise InputError(
                f"original {label} is encrypted: set the key it was encrypted with "
                "(FACTFINDER_PASSPHRASE or FACTFINDER_KEY_FILE); nothing imported"
            )
        data = open_sealed(kek, sealed, label)
    else:
        return None
    if sha256_hex(data) != sha256:
        raise IntegrityError(f"original {label} does not match its hash; nothing imported")
    return data


def _import_sources(
    session: Session,
    store: Store,
    records: dict[str, Any],
    originals: dict[str, bytes],
    kek: Kek | None,
    actor: str,
    result: ImportResult,
) -> dict[int, int]:
    mapping: dict[int, int] = {}
    for record in records.get("sources", []):
        existing = session.scalar(select(Source.id).where(Source.sha256 == record["sha256"]))
        data = _original_bytes(originals, record["sha256"], kek)
        level = _level(record)
        if existing is not None:
            mapping[record["id"]] = existing
            result.existing["sources"] += 1
            _keep_strictest(session.get(Source, existing), level)
            path = original_path(store.settings.originals_dir, record["sha256"])
            if data is not None and not path.exists():
                # Known here from a JSON export, and now the package brings the original.
                preserve_bytes(store.settings.originals_dir, data, kek)
                append_custody(session, existing, "imported", actor, _imported(record, data))
            continue
        if data is not None:
            preserve_bytes(store.settings.originals_dir, data, kek)
        else:
            result.without_original += 1
        source = Source(
            **{name: record.get(name) for name in SOURCE_FIELDS},
            retrieved_at=_time(record["retrieved_at"]),
            published_at=_date(record.get("published_at")),
            level=level,
        )
        source.tags = source.tags or []
        source.extra = source.extra or {}
        session.add(source)
        session.flush()
        # The other instance's chain names its own ids, so it cannot be continued here; the
        # new chain starts by saying where the source came from and where its old chain ended.
        start_chain(
            session,
            source.id,
            [
                (
                    "imported",
                    actor,
                    _imported(record, data),
                    None,
                )
            ],
        )
        mapping[record["id"]] = source.id
        result.added["sources"] += 1
    return mapping


def _level(record: dict[str, Any]) -> str:
    """A record's confidentiality level; exports before schema 2 had none: public."""
    return check_level(record.get("level") or PUBLIC)


def _keep_strictest(row: Source | Claim | None, level: str) -> None:
    """A record known here takes the stricter of the two levels: an import never makes
    anything more visible than either instance had it."""
    if row is not None:
        row.level = strictest(row.level, level)


def _imported(record: dict[str, Any], data: bytes | None) -> dict[str, Any]:
    return {
        "sha256": record["sha256"],
        "original_source_id": record["id"],
        "original": "included" if data is not None else "not included",
    }


def _import_claims(
    session: Session, records: dict[str, Any], sources: dict[int, int], result: ImportResult
) -> dict[int, int]:
    mapping: dict[int, int] = {}
    for record in records.get("claims", []):
        source_id = sources.get(record["source_id"])
        if source_id is None:
            raise InputError(
                f"claim {record['id']} cites source {record['source_id']}, which the export "
                "does not hold; nothing imported"
            )
        row = session.scalar(
            select(Claim).where(
                Claim.source_id == source_id, Claim.fingerprint == record["fingerprint"]
            )
        )
        level = strictest(_level(record), session.get(Source, source_id).level)
        if row is not None:
            _keep_strictest(row, level)
            # A reviewer's decision from the other instance fills in an unreviewed claim here;
            # a decision already made here is never overwritten.
            if row.review_status not in REVIEWED and record["review_status"] in REVIEWED:
                row.review_status = record["review_status"]
                row.reviewer = record["reviewer"]
                row.reviewer_note = record["reviewer_note"]
                row.reviewed_at = _time(record["reviewed_at"])
            mapping[record["id"]] = row.id
            result.existing["claims"] += 1
            continue
        when = record.get("when")
        row = Claim(
            source_id=source_id,
            **{name: record.get(name) for name in CLAIM_FIELDS},
            when_start=_date(when["start"]) if when else None,
            reviewed_at=_time(record.get("reviewed_at")),
            extracted_at=_time(record["extracted_at"]),
            level=level,
        )
        row.counts = row.counts or []
        session.add(row)
        session.flush()
        mapping[record["id"]] = row.id
        result.added["claims"] += 1
    return mapping


def _add_comment(
    session: Session, object_type: str, object_id: int, record: dict[str, Any], result: ImportResult
) -> None:
    created = _time(record["created_at"])
    exists = session.scalar(
        select(Comment.id).where(
            Comment.object_type == object_type,
            Comment.object_id == object_id,
            Comment.author == record["author"],
            Comment.body == record["body"],
            Comment.created_at == created,
        )
    )
    if exists is not None:
        result.existing["comments"] += 1
        return
    session.add(
        Comment(
            object_type=object_type,
            object_id=object_id,
            author=record["author"],
            body=record["body"],
            created_at=created,
        )
    )
    result.added["comments"] += 1


def _import_claim_comments(
    session: Session, records: dict[str, Any], claims: dict[int, int], result: ImportResult
) -> None:
    for record in records.get("comments", []):
        if record["object_type"] == "claim" and record["object_id"] in claims:
            _add_comment(session, "claim", claims[record["object_id"]], record, result)
    session.flush()


def _import_incident_comments(
    session: Session, records: dict[str, Any], claims: dict[int, int], result: ImportResult
) -> None:
    """Comments on incidents go to the incident that, after linking here, holds the claim the
    commented incident began with."""
    for record in records.get("comments", []):
        if record["object_type"] != "incident" or record.get("anchor_claim_id") not in claims:
            continue
        incident_id = session.scalar(
            select(IncidentClaim.incident_id).where(
                IncidentClaim.claim_id == claims[record["anchor_claim_id"]]
            )
        )
        if incident_id is not None:
            _add_comment(session, "incident", incident_id, record, result)


def _import_decisions(
    session: Session, records: dict[str, Any], claims: dict[int, int], result: ImportResult
) -> None:
    """Users' merges and splits, by the claims' ids here; the next link run applies them."""
    for record in records.get("link_decisions", []):
        if not all(c in claims for c in record["claim_ids"]):
            continue
        claim_ids = sorted(claims[c] for c in record["claim_ids"])
        known = {
            tuple(row.claim_ids)
            for row in session.scalars(
                select(LinkDecision).where(LinkDecision.action == record["action"])
            )
        }
        if tuple(claim_ids) in known:
            result.existing["link_decisions"] += 1
            continue
        session.add(
            LinkDecision(
                action=record["action"],
                claim_ids=claim_ids,
                decided_by=record["decided_by"],
                decided_at=_time(record["decided_at"]),
                note=record.get("note"),
            )
        )
        session.flush()
        result.added["link_decisions"] += 1


def _import_actors(session: Session, records: dict[str, Any], result: ImportResult) -> None:
    """Actors with their aliases; an actor any of whose alias keys is known here is that actor,
    and only its missing aliases are added (a user's alias here always stays)."""
    for record in records.get("actors", []):
        keys = [alias["key"] for alias in record["aliases"]]
        known = dict(
            session.execute(
                select(ActorAlias.key, ActorAlias.actor_id).where(ActorAlias.key.in_(keys))
            ).all()
        )
        if known:
            actor_id = next(iter(known.values()))
            result.existing["actors"] += 1
        else:
            actor_id = next_actor_id(session)
            session.add(
                Actor(
                    id=actor_id,
                    name=record["name"],
                    type=record["type"],
                    country_code=record["country_code"],
                    created_at=utcnow(),
                )
            )
            result.added["actors"] += 1
        for alias in record["aliases"]:
            if alias["key"] not in known:
                session.add(
                    ActorAlias(
                        actor_id=actor_id,
                        alias=alias["alias"],
                        key=alias["key"],
                        origin=alias["origin"],
                        created_at=utcnow(),
                    )
                )
        session.flush()
