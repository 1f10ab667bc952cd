"""Import: packages and exports round-trip unchanged, twice adds nothing, bad files add nothing."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from factfinder.errors import InputError, IntegrityError
from factfinder.report.importing import import_path
from factfinder.report.outputs import write_export
from factfinder.settings import Settings
from factfinder.sources.verify import verify_sources
from factfinder.store.db import Store, open_store
from factfinder.store.models import (
    ActorAlias,
    AuditEntry,
    Claim,
    Comment,
    CustodyEntry,
    Incident,
    LinkDecision,
    Source,
)
from tests.report.conftest import COMMENT, INCIDENT_COMMENT, REVIEW_NOTE, Seed
from tests.report.roundtrip import comparable

COUNTED = (Source, Claim, Comment, LinkDecision, ActorAlias, Incident)


def counts(store: Store) -> dict[str, int]:
    with store.session() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model))
            for model in COUNTED
        }


def export_json(store: Store, path: Path) -> dict:
    write_export(store, "json", path, "test-collector")
    return json.loads(path.read_text(encoding="utf-8"))


def other_store(tmp_path: Path, name: str) -> Store:
    home = tmp_path / name
    return open_store(Settings(home=home, database_url=f"sqlite:///{home / 'factfinder.db'}"))


def test_package_round_trip_keeps_every_record_review_and_comment(
    populated: Store, seed: Seed, tmp_path: Path
) -> None:
    original = comparable(export_json(seed.store, tmp_path / "seed.json"))
    imported = comparable(export_json(populated, tmp_path / "imported.json"))
    assert imported == original
    assert original["claims"] and original["incidents"] and original["figure_histories"]

    sha256, fingerprint = seed.reviewed_claim
    with populated.session() as session:
        claim = session.scalars(
            select(Claim)
            .join(Source, Source.id == Claim.source_id)
            .where(Source.sha256 == sha256, Claim.fingerprint == fingerprint)
        ).one()
        assert (claim.review_status, claim.reviewer, claim.reviewer_note) == (
            "confirmed",
            "reviewer-a",
            REVIEW_NOTE,
        )
        comments = {(c.object_type, c.body) for c in session.scalars(select(Comment))}
        assert comments == {("claim", COMMENT), ("incident", INCIDENT_COMMENT)}
        assert session.scalar(select(func.count()).select_from(LinkDecision)) == 1
        # Each imported source's new custody chain starts by saying where it came from.
        first = session.scalars(select(CustodyEntry).where(CustodyEntry.seq == 1)).all()
        assert {entry.action for entry in first} == {"imported"}
        assert session.scalars(
            select(AuditEntry.action).where(AuditEntry.action == "imported")
        ).all()
    # The originals came with the package: every source verifies here.
    assert all(report.intact for report in verify_sources(populated))


def test_json_export_round_trip_gives_identical_records(populated: Store, tmp_path: Path) -> None:
    first = export_json(populated, tmp_path / "first.json")
    second_store = other_store(tmp_path, "second")
    import_path(second_store, tmp_path / "first.json", "someone-else")
    second = export_json(second_store, tmp_path / "second.json")
    assert comparable(second) == comparable(first)
    second_store.engine.dispose()


def test_jsonl_export_imports_like_json(populated: Store, tmp_path: Path) -> None:
    write_export(populated, "jsonl", tmp_path / "all.jsonl", "test-collector")
    target = other_store(tmp_path, "from-jsonl")
    result = import_path(target, tmp_path / "all.jsonl", "someone-else")
    assert result.added["claims"] == counts(populated)["claims"]
    assert comparable(export_json(target, tmp_path / "b.json")) == comparable(
        export_json(populated, tmp_path / "a.json")
    )
    target.engine.dispose()


def test_importing_twice_duplicates_nothing(populated: Store, seed: Seed) -> None:
    before = counts(populated)
    result = import_path(populated, seed.package, "test-collector")
    assert counts(populated) == before
    assert not result.added
    assert result.existing["sources"] == before["sources"]
    assert result.existing["claims"] == before["claims"]


def test_a_newer_schema_version_is_refused_and_nothing_imported(
    populated: Store, tmp_path: Path, store: Store
) -> None:
    records = export_json(populated, tmp_path / "export.json")
    records["schema_version"] = 99
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(records), encoding="utf-8")
    target = other_store(tmp_path, "target")
    with pytest.raises(InputError, match="schema version 99 is newer"):
        import_path(target, newer, "test-collector")
    assert set(counts(target).values()) == {0}
    target.engine.dispose()


def test_a_malformed_record_rolls_back_the_whole_import(populated: Store, tmp_path: Path) -> None:
    records = export_json(populated, tmp_path / "export.json")
    records["claims"][-1]["source_id"] = 10_000  # a claim citing a source the file lacks
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(records), encoding="utf-8")
    target = other_store(tmp_path, "target")
    with pytest.raises(InputError, match="nothing imported"):
        import_path(target, broken, "test-collector")
    assert set(counts(target).values()) == {0}
    target.engine.dispose()


@pytest.mark.parametrize(
    "content",
    [b"", b"not json at all", b'{"format": "something-else"}', b"[1, 2, 3]"],
    ids=["empty", "junk", "other-format", "array"],
)
def test_files_that_are_not_exports_are_refused(content: bytes, tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_bytes(content)
    target = other_store(tmp_path, "target")
    with pytest.raises(InputError):
        import_path(target, path, "test-collector")
    assert set(counts(target).values()) == {0}
    target.engine.dispose()


def test_a_tampered_package_is_refused_and_nothing_imported(seed: Seed, tmp_path: Path) -> None:
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(seed.package) as source, zipfile.ZipFile(tampered, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.endswith("records.json"):
                data = data.replace(b"confirmed", b"rejected!", 1)
            out.writestr(info, data)
    target = other_store(tmp_path, "target")
    with pytest.raises(IntegrityError, match="fails verification"):
        import_path(target, tampered, "test-collector")
    assert set(counts(target).values()) == {0}
    target.engine.dispose()
