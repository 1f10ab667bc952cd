"""Dossiers, exports and packages for a role: only its levels, figures from its visible claims,
originals withheld where they cannot be redacted, and levels kept across an import."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from factfinder.errors import InputError
from factfinder.protect.visibility import set_source_level
from factfinder.report.audience import Audience
from factfinder.report.dossier import build_dossier
from factfinder.report.exports import Scope, write_json
from factfinder.report.importing import import_path
from factfinder.report.package import build_package, verify_package
from factfinder.settings import Settings
from factfinder.store.db import Store, open_store
from factfinder.store.models import Claim, CustodyEntry, Source

OBSERVER = "The Varnia Observer"  # the sample that revises the count to five facilities


def _source_id(store: Store, publisher: str) -> int:
    with store.session() as session:
        source_id = session.scalar(select(Source.id).where(Source.publisher == publisher))
    assert source_id is not None
    return source_id


def _figure_values(dossier: dict) -> list[dict]:
    return [v for inc in dossier["incidents"] for f in inc["figures"] for v in f["rows"]]


def test_a_role_sees_figures_and_sources_of_its_levels_only(populated: Store) -> None:
    hidden = _source_id(populated, OBSERVER)
    set_source_level(populated, hidden, "confidential", "test")
    everything = build_dossier(populated, None)
    reviewer = build_dossier(populated, None, Audience.for_role(populated, "reviewer"))

    assert hidden in {v["source_id"] for v in _figure_values(everything)}
    assert hidden not in {v["source_id"] for v in _figure_values(reviewer)}
    assert hidden not in {s["source_id"] for s in reviewer["sources"]}
    assert hidden not in {n["source_id"] for n in reviewer["notes"]}
    # The conservative and latest values are recomputed without the hidden revision.
    facilities = [
        f for inc in reviewer["incidents"] for f in inc["figures"] if f["unit"] == "facilities"
    ]
    assert facilities and all("5" not in f["latest"] for f in facilities)
    assert reviewer["audience"]["role"] == "reviewer"
    assert reviewer["audience"]["levels"] == ["public", "restricted"]
    assert everything["audience"]["role"] == "operator"

    records = io.StringIO()
    write_json(populated, Scope(audience=Audience.for_role(populated, "reviewer")), records)
    exported = json.loads(records.getvalue())
    assert hidden not in {s["id"] for s in exported["sources"]}
    assert hidden not in {c["source_id"] for c in exported["claims"]}
    assert hidden not in {v["source_id"] for v in exported["figure_histories"]}
    assert all(hidden not in i["source_ids"] for i in exported["incidents"])
    assert exported["role"] == "reviewer" and exported["levels"] == ["public", "restricted"]


def test_an_incident_a_role_cannot_see_is_unknown_to_it(populated: Store) -> None:
    with populated.session() as session:
        every = list(session.scalars(select(Source.id)))
    for source_id in every:
        set_source_level(populated, source_id, "restricted", "test")
    viewer = Audience.for_role(populated, "viewer")
    with pytest.raises(InputError, match="no incident #1"):
        build_dossier(populated, [1], viewer)
    with pytest.raises(InputError, match="role viewer may see no incident"):
        build_dossier(populated, None, viewer)
    assert build_dossier(populated, [1], Audience.for_role(populated, "reviewer"))["incidents"]


def test_a_viewer_package_withholds_originals_and_still_verifies(
    populated: Store, tmp_path: Path
) -> None:
    path = tmp_path / "for-viewer.zip"
    result = build_package(populated, [1], path, "test-collector", role="viewer")
    assert result.sources == 0 and result.withheld > 0
    report = verify_package(path)
    assert report.intact, report.problems
    with zipfile.ZipFile(path) as bag:
        files = {info.filename.split("/", 1)[1]: bag.read(info) for info in bag.infolist()}
    assert not [name for name in files if name.startswith("data/originals/")]
    withheld = json.loads(files["data/withheld-originals.json"])["originals"]
    assert len(withheld) == result.withheld
    for item in withheld:
        assert "cannot be redacted" in item["reason"]
        assert files[item["redacted_text"]]
    assert b"Factfinder-Role: viewer" in files["bag-info.txt"]
    with populated.session() as session:
        last = session.scalars(select(CustodyEntry).order_by(CustodyEntry.id.desc()).limit(1)).one()
    assert last.action == "exported" and last.details["role"] == "viewer"
    assert "withheld" in last.details["original"]

    with pytest.raises(InputError, match="--keep-encrypted"):
        build_package(populated, [1], tmp_path / "x.zip", "t", keep_encrypted=True, role="viewer")
    assert not (tmp_path / "x.zip").exists()


def test_levels_survive_an_export_and_import(populated: Store, tmp_path: Path) -> None:
    restricted = _source_id(populated, OBSERVER)
    set_source_level(populated, restricted, "restricted", "test")
    export = tmp_path / "all.json"
    with export.open("w", encoding="utf-8") as handle:
        write_json(populated, Scope(), handle)
    home = tmp_path / "other"
    other = open_store(Settings(home=home, database_url=f"sqlite:///{home / 'ff.db'}"))
    import_path(other, export, "test")
    sha = json.loads(export.read_text())["sources"]
    expected = {s["sha256"]: s["level"] for s in sha}
    with other.session() as session:
        levels = dict(session.execute(select(Source.sha256, Source.level)).all())
        claim_levels = set(
            session.scalars(select(Claim.level).join(Source).where(Source.level == "restricted"))
        )
    assert levels == expected and "restricted" in levels.values()
    assert claim_levels == {"restricted"}
    other.engine.dispose()
