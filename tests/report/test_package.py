"""Evidence packages: BagIt layout, verification without a database, any changed byte detected."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import bagit
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from factfinder.errors import InputError, IntegrityError
from factfinder.protect.keys import init_keys
from factfinder.report.importing import import_path
from factfinder.report.package import (
    build_package,
    manifest_text,
    verify_package,
    write_canonical_zip,
)
from factfinder.settings import Settings
from factfinder.sources.originals import sha256_hex
from factfinder.sources.verify import verify_sources
from factfinder.store.db import Store, open_store
from factfinder.store.models import AuditEntry, CustodyEntry, Source
from tests.report.conftest import Seed


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as bag:
        return {info.filename.split("/", 1)[1]: bag.read(info) for info in bag.infolist()}


def test_package_holds_originals_manifest_custody_records_and_dossier(
    populated: Store, tmp_path: Path
) -> None:
    path = tmp_path / "incident.zip"
    build_package(populated, [1], path, "test-collector")
    files = members(path)
    assert files["bagit.txt"].startswith(b"BagIt-Version: 1.0")
    assert b"Payload-Oxum" in files["bag-info.txt"]
    manifest = dict(
        reversed(line.split("  ", 1)) for line in files["manifest-sha256.txt"].decode().splitlines()
    )
    payload = {name for name in files if name.startswith("data/")}
    assert set(manifest) == payload
    assert all(sha256_hex(files[name]) == digest for name, digest in manifest.items())
    assert files["data/dossier.pdf"].startswith(b"%PDF")
    assert b"Source appendix" in files["data/dossier.html"]
    records = json.loads(files["data/records.json"])
    assert [incident["id"] for incident in records["incidents"]] == [1]
    for source in records["sources"]:
        original = files[f"data/originals/{source['sha256']}"]
        assert sha256_hex(original) == source["sha256"]
        custody = json.loads(files[f"data/custody/{source['sha256']}.json"])
        assert custody["entries"][-1]["action"] == "exported"
    # The export is on each source's chain of custody and in the audit log.
    with populated.session() as session:
        exported = session.scalars(
            select(CustodyEntry.source_id).where(CustodyEntry.action == "exported")
        ).all()
        assert sorted(exported) == sorted(s["id"] for s in records["sources"])
        audit = session.scalars(select(AuditEntry).where(AuditEntry.object_type == "package")).one()
        assert audit.action == "exported" and audit.details["sha256"] == sha256_hex(
            path.read_bytes()
        )
        assert session.scalar(select(Source.id).limit(1)) is not None


def test_an_intact_package_verifies_and_says_what_it_checked(seed: Seed) -> None:
    report = verify_package(seed.package)
    assert report.intact, report.problems
    assert report.originals == 7 and report.custody_logs == 7
    assert any("custody logs: 7 chains intact" in line for line in report.intact_lines)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(position=st.floats(min_value=0, max_value=1, exclude_max=True), bit=st.integers(0, 7))
def test_changing_any_byte_is_detected(
    seed: Seed, tmp_path_factory: pytest.TempPathFactory, position: float, bit: int
) -> None:
    data = bytearray(seed.package.read_bytes())
    data[int(position * len(data))] ^= 1 << bit
    tampered = tmp_path_factory.mktemp("tamper") / "package.zip"
    tampered.write_bytes(bytes(data))
    try:
        report = verify_package(tampered)
    except IntegrityError:
        return  # the zip no longer opens at all: detected
    assert not report.intact


def test_every_header_and_directory_byte_is_covered(seed: Seed, tmp_path: Path) -> None:
    """The bytes outside file contents (local headers, central directory, end record)."""
    data = seed.package.read_bytes()
    with zipfile.ZipFile(seed.package) as bag:
        directory_start = bag.start_dir
        first_header = bag.infolist()[0].header_offset
    positions = list(range(first_header, first_header + 30)) + list(
        range(directory_start, len(data))
    )
    tampered = tmp_path / "package.zip"
    for position in positions[::7]:
        changed = bytearray(data)
        changed[position] ^= 0x20
        tampered.write_bytes(bytes(changed))
        try:
            assert not verify_package(tampered).intact, position
        except IntegrityError:
            pass


def test_a_manifest_that_does_not_match_names_the_file(seed: Seed, tmp_path: Path) -> None:
    files = members(seed.package)
    records = "data/records.json"
    files[records] = files[records].replace(b'"confirmed"', b'"rejected"', 1)
    folder = next(iter(zipfile.ZipFile(seed.package).namelist())).split("/")[0]
    forged = tmp_path / "forged.zip"
    with forged.open("wb") as handle:
        write_canonical_zip(handle, [(f"{folder}/{name}", data) for name, data in files.items()])
    report = verify_package(forged)
    assert not report.intact
    assert report.problems == [f"{records}: does not match its SHA-256 in manifest-sha256.txt"]


def test_a_forged_manifest_fails_the_tag_manifest(seed: Seed, tmp_path: Path) -> None:
    files = members(seed.package)
    files["data/records.json"] += b" "
    payload = {name: data for name, data in files.items() if name.startswith("data/")}
    files["manifest-sha256.txt"] = manifest_text(payload)
    folder = zipfile.ZipFile(seed.package).namelist()[0].split("/")[0]
    forged = tmp_path / "forged.zip"
    with forged.open("wb") as handle:
        write_canonical_zip(handle, [(f"{folder}/{name}", data) for name, data in files.items()])
    report = verify_package(forged)
    assert "manifest-sha256.txt: does not match its SHA-256 in tagmanifest-sha256.txt" in (
        report.problems
    )


def test_a_truncated_or_foreign_file_is_an_integrity_error(seed: Seed, tmp_path: Path) -> None:
    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(seed.package.read_bytes()[:5000])
    with pytest.raises(IntegrityError, match="corrupt or truncated"):
        verify_package(truncated)
    foreign = tmp_path / "foreign.zip"
    with zipfile.ZipFile(foreign, "w") as bag:
        bag.writestr("notes.txt", "hello")
    with pytest.raises(IntegrityError, match="not a factfinder package"):
        verify_package(foreign)


def test_an_altered_custody_log_is_reported(seed: Seed, tmp_path: Path) -> None:
    """Even with matching manifests (a forger who rewrote them), the broken chain shows."""
    files = members(seed.package)
    name = next(n for n in files if n.startswith("data/custody/"))
    log = json.loads(files[name])
    log["entries"][0]["actor"] = "somebody else"
    files[name] = json.dumps(log).encode()
    payload = {n: data for n, data in files.items() if n.startswith("data/")}
    files["manifest-sha256.txt"] = manifest_text(payload)
    tags = {n: files[n] for n in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")}
    files["tagmanifest-sha256.txt"] = manifest_text(tags)
    folder = zipfile.ZipFile(seed.package).namelist()[0].split("/")[0]
    forged = tmp_path / "forged.zip"
    with forged.open("wb") as handle:
        write_canonical_zip(handle, [(f"{folder}/{n}", data) for n, data in files.items()])
    report = verify_package(forged)
    assert report.problems == [f"{name}: broken chain at seq 1: entry was altered"]


def test_an_unzipped_package_folder_verifies(seed: Seed, tmp_path: Path) -> None:
    with zipfile.ZipFile(seed.package) as bag:
        bag.extractall(tmp_path)
    folder = next(tmp_path.iterdir())
    assert verify_package(folder).intact
    (folder / "data" / "dossier.html").write_text("<p>replaced</p>")
    assert verify_package(folder).problems == [
        "data/dossier.html: does not match its SHA-256 in manifest-sha256.txt"
    ]


def test_encrypted_originals_travel_sealed_and_import_with_the_key(
    populated: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key_file = tmp_path / "secret" / "shared.key"
    monkeypatch.setenv("FACTFINDER_KEY_FILE", str(key_file))
    keyed = open_store(Settings())
    init_keys(keyed, "test-collector")
    package = tmp_path / "sealed.zip"
    build_package(keyed, [1], package, "test-collector", keep_encrypted=True)
    report = verify_package(package)
    assert report.intact and report.encrypted > 0 and report.originals == 0
    files = members(package)
    records = json.loads(files["data/records.json"])
    assert all(f"data/originals/{s['sha256']}.sealed" in files for s in records["sources"])

    def other(name: str, key: Path | None) -> Store:
        home = tmp_path / name
        return open_store(
            Settings(home=home, database_url=f"sqlite:///{home / 'factfinder.db'}", key_file=key)
        )

    without_key = other("without-key", None)
    with pytest.raises(InputError, match="is encrypted"):
        import_path(without_key, package, "recipient")
    with without_key.session() as session:
        assert session.scalar(select(func.count()).select_from(Source)) == 0

    recipient = other("recipient", key_file)
    init_keys(recipient, "recipient")
    result = import_path(recipient, package, "recipient")
    assert result.added["sources"] == len(records["sources"])
    assert all(r.intact for r in verify_sources(recipient))


def test_the_bagit_library_validates_an_unzipped_package(seed: Seed, tmp_path: Path) -> None:
    """The package is a standard BagIt bag, not only one our own checker accepts."""
    with zipfile.ZipFile(seed.package) as bag:
        bag.extractall(tmp_path)
    folder = next(tmp_path.iterdir())
    bag = bagit.Bag(str(folder))
    bag.validate()
    assert bag.info["Payload-Oxum"] and bag.version_info == (1, 0)
