"""Re-check preserved evidence: re-hash every original and derived file, re-walk every chain."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from factfinder.errors import FactfinderError, NotFound
from factfinder.protect.envelope import Kek
from factfinder.protect.keys import keyring_for
from factfinder.sources.custody import append_custody, chain_problems
from factfinder.sources.originals import hash_preserved, labelled_hash, original_path
from factfinder.store.db import Store
from factfinder.store.models import Source


@dataclass
class VerifyReport:
    """What verification found for one source; intact when nothing is wrong."""

    source_id: int
    sha256: str
    uri: str
    problems: list[str] = field(default_factory=list)
    files_checked: int = 0

    @property
    def intact(self) -> bool:
        return not self.problems


def verify_sources(
    store: Store, source_ids: list[int] | None = None, *, actor: str | None = None
) -> list[VerifyReport]:
    """Verify the named sources (all when none are named), logging `verified` on intact ones.

    Each source is checked and logged in its own transaction, so a long run that is
    interrupted keeps what it already confirmed. Encrypted files are decrypted in memory to be
    hashed, so a missing or wrong key stops verification before anything is logged.
    """
    actor = actor or store.settings.collector
    kek = keyring_for(store.settings)
    with store.session() as session:
        query = select(Source.id).order_by(Source.id)
        if source_ids:
            query = query.where(Source.id.in_(source_ids))
        ids = list(session.scalars(query))
    missing = sorted(set(source_ids or []) - set(ids))
    if missing:
        raise NotFound(f"no source with id {', '.join(f'#{i}' for i in missing)}")
    return [_verify_one(store, source_id, actor, kek) for source_id in ids]


def _verify_one(store: Store, source_id: int, actor: str, kek: Kek | None) -> VerifyReport:
    root = store.settings.originals_dir
    with store.session() as session:
        source = session.scalars(
            select(Source)
            .where(Source.id == source_id)
            .options(selectinload(Source.derived_files), selectinload(Source.custody))
        ).one()
        report = VerifyReport(source.id, source.sha256, source.uri)
        files = [("original", source.sha256)] + [
            (item.kind, item.sha256) for item in source.derived_files
        ]
        for kind, expected in files:
            path = original_path(root, expected)
            if not path.is_file():
                report.problems.append(f"{kind} missing ({labelled_hash(expected)})")
                continue
            try:
                found = hash_preserved(path, kek)
            except FactfinderError as exc:  # altered ciphertext, or a file under another key
                report.problems.append(f"{kind}: {exc}")
                continue
            report.files_checked += 1
            if found != expected:
                report.problems.append(
                    f"{kind} hash mismatch: recorded {labelled_hash(expected)}, "
                    f"found {labelled_hash(found)}"
                )
        report.problems.extend(chain_problems(source.custody))
        if report.intact:
            append_custody(
                session,
                source.id,
                "verified",
                actor,
                {"sha256": source.sha256, "files_checked": report.files_checked},
            )
    return report
