"""Encryption at rest with key management: init, status, rotation, wrong and missing keys."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from factfinder.cli import app
from factfinder.errors import InputError
from factfinder.protect import envelope, keys
from factfinder.protect.envelope import HEADER_BYTES, open_sealed, parse_header
from factfinder.protect.keys import derive_kek, encryption_status, init_keys, load_key_config
from factfinder.sources.ingest import IngestOptions, ingest_targets
from factfinder.sources.originals import original_path, read_original, sha256_hex
from factfinder.sources.verify import verify_sources
from factfinder.store.db import Store
from factfinder.store.models import AuditEntry, Source, User
from tests.protect.conftest import OTHER_PASSPHRASE, PASSPHRASE, keyed

PHRASE = "Odalys Brennfeld was taken from her flat in Kerrow"
REPORT = (
    f"<html><head><title>Kerrow detentions</title></head><body><article><p>{PHRASE} on "
    "2 April 2026, according to the Ostrel Monitoring Group, which said forty men were held "
    "in a secret facility near Varn.</p></article></body></html>"
).encode()
NO_CAPTURE = IngestOptions(capture=False)


def write_reports(folder: Path, count: int = 3) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"report-{number}.html"
        path.write_bytes(REPORT.replace(b"forty", f"{40 + number}".encode()))
        paths.append(path)
    return paths


def ingest(store: Store, paths: list[Path]) -> list[int]:
    results = ingest_targets(store, [str(path) for path in paths], NO_CAPTURE)
    assert all(result.ok for result in results), [result.reason for result in results]
    return [result.source_id for result in results if result.source_id is not None]


def preserved(store: Store) -> list[Path]:
    return keys.preserved_files(store.settings)


def snapshot(store: Store) -> dict[str, bytes]:
    """Every file under the home, byte for byte (the database excluded: SQLite's WAL moves)."""
    return {
        str(path): path.read_bytes()
        for path in sorted(store.settings.home.rglob("*"))
        if path.is_file() and "factfinder.db" not in path.name
    }


def test_with_a_key_originals_are_encrypted_and_hashes_stay_those_of_the_plaintext(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = keyed(store, monkeypatch, passphrase=PASSPHRASE)
    init_keys(store, "tester")
    paths = write_reports(tmp_path / "in")
    ids = ingest(store, paths)
    with store.session() as session:
        hashes = list(session.scalars(select(Source.sha256).order_by(Source.id)))
    assert hashes == [sha256_hex(path.read_bytes()) for path in paths]
    for digest in hashes:
        path = original_path(store.settings.originals_dir, digest)
        assert path.name == digest  # content-addressed by the plaintext hash
        assert path.read_bytes().startswith(envelope.MAGIC)
    kek = keys.keyring_for(store.settings)
    assert read_original(store.settings.originals_dir, hashes[0], kek) == paths[0].read_bytes()
    # No file under originals/ (nor keys.json) holds the phrase; only the database still does.
    holders = [
        path.relative_to(store.settings.home)
        for path in store.settings.home.rglob("*")
        if path.is_file() and PHRASE.encode() in path.read_bytes()
    ]
    assert not [path for path in holders if path.parts[0] != "factfinder.db"]
    reports = verify_sources(store, ids)
    assert all(report.intact and report.files_checked == 1 for report in reports)


def test_without_a_key_nothing_changes_and_the_status_says_so(store: Store, tmp_path) -> None:
    [source_id] = ingest(store, write_reports(tmp_path / "in", 1))
    [path] = preserved(store)
    assert path.read_bytes() == REPORT.replace(b"forty", b"40")
    assert encryption_status(store.settings).startswith("originals are not encrypted")
    assert verify_sources(store, [source_id])[0].intact


def test_missing_or_wrong_key_is_a_clear_error_and_changes_nothing(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner
) -> None:
    keyed_store = keyed(store, monkeypatch, passphrase=PASSPHRASE)
    init_keys(keyed_store, "tester")
    ingest(keyed_store, write_reports(tmp_path / "first", 1))
    before = snapshot(keyed_store)
    new_file = write_reports(tmp_path / "second", 2)[1]
    with keyed_store.session() as session:
        sources_before = session.scalar(select(func.count(Source.id)))
        audit_before = session.scalar(select(func.count(AuditEntry.id)))
    for env, message in (
        ({"FACTFINDER_PASSPHRASE": None}, "this home is encrypted"),
        ({"FACTFINDER_PASSPHRASE": OTHER_PASSPHRASE}, "wrong key"),
    ):
        for name, value in env.items():
            if value is None:
                monkeypatch.delenv(name)
            else:
                monkeypatch.setenv(name, value)
        # Commands that read no encrypted data are refused too (on PostgreSQL as on SQLite).
        monkeypatch.setenv("FACTFINDER_NEW_PASSWORD", "heron-Basalt-73")
        for command in (
            ["ingest", "--no-capture", str(new_file)],
            ["verify"],
            ["users", "add", "bo", "--role", "viewer"],
            ["export", "--format", "json", "--output", str(tmp_path / "out.json")],
        ):
            result = runner.invoke(app, command)
            assert result.exit_code == 1, result.output
            assert message in result.output
            assert "Traceback" not in result.output
    assert snapshot(keyed_store) == before and not (tmp_path / "out.json").exists()
    with keyed_store.session() as session:
        assert session.scalar(select(func.count(User.id))) == 0
        assert session.scalar(select(func.count(Source.id))) == sources_before
        assert session.scalar(select(func.count(AuditEntry.id))) == audit_before


def test_init_refuses_to_overwrite_and_encrypts_what_was_there(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner, reopen
) -> None:
    ids = ingest(store, write_reports(tmp_path / "in", 2))  # preserved before any key
    monkeypatch.setenv("FACTFINDER_PASSPHRASE", PASSPHRASE)
    result = runner.invoke(app, ["keys", "init"])
    assert result.exit_code == 0, result.output
    assert "2 existing files encrypted" in result.output
    config_before = keys.keys_path(store.settings).read_bytes()
    again = runner.invoke(app, ["keys", "init"])
    assert again.exit_code == 1 and "already set up" in again.output
    assert keys.keys_path(store.settings).read_bytes() == config_before
    assert all(path.read_bytes().startswith(envelope.MAGIC) for path in preserved(store))
    assert all(report.intact for report in verify_sources(reopen(), ids))
    config = json.loads(config_before)
    assert config["current"]["kdf"]["algorithm"] == "argon2id"
    assert PASSPHRASE not in config_before.decode()


def test_short_passphrase_and_a_key_without_init_are_refused(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(InputError, match="at least 12 characters"):
        init_keys(keyed(store, monkeypatch, passphrase="short"), "tester")
    keyed_store = keyed(store, monkeypatch, passphrase=PASSPHRASE)
    with pytest.raises(InputError, match="keys init"):
        ingest_targets(keyed_store, [str(write_reports(tmp_path)[0])], NO_CAPTURE)
    assert not preserved(keyed_store)


def test_key_file_is_created_once_and_used(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner, reopen
) -> None:
    key_file = tmp_path / "secret" / "factfinder.key"
    monkeypatch.setenv("FACTFINDER_KEY_FILE", str(key_file))
    assert runner.invoke(app, ["keys", "init"]).exit_code == 0
    assert key_file.stat().st_mode & 0o077 == 0  # readable by its owner only
    store = reopen()
    ids = ingest(store, write_reports(tmp_path / "in", 1))
    assert verify_sources(store, ids)[0].intact
    status = runner.invoke(app, ["keys", "status", "--json"])
    data = json.loads(status.output)
    assert data["encrypted"] and data["source"] == "key_file"
    assert data["files_by_key"] == {data["key_id"]: 1} and data["plaintext_files"] == 0
    key_file.write_text("not a key\n")
    result = runner.invoke(app, ["verify"])
    assert result.exit_code == 1 and "does not hold a 256-bit key" in result.output


def test_rotation_rewraps_headers_only_and_the_old_key_stops_working(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner, reopen
) -> None:
    old_store = keyed(store, monkeypatch, passphrase=PASSPHRASE)
    init_keys(old_store, "tester")
    ids = ingest(old_store, write_reports(tmp_path / "in"))
    before = {path: path.read_bytes() for path in preserved(old_store)}
    monkeypatch.setenv("FACTFINDER_PASSPHRASE", OTHER_PASSPHRASE)
    monkeypatch.setenv("FACTFINDER_OLD_PASSPHRASE", "not-the-old-passphrase")
    wrong = runner.invoke(app, ["keys", "rotate"])
    assert wrong.exit_code == 1 and "wrong key" in wrong.output
    assert {path: path.read_bytes() for path in before} == before
    monkeypatch.setenv("FACTFINDER_OLD_PASSPHRASE", PASSPHRASE)
    result = runner.invoke(app, ["keys", "rotate"])
    assert result.exit_code == 0, result.output
    assert "3 files re-wrapped" in result.output
    config = load_key_config(old_store.settings)
    assert config is not None
    new_kek = derive_kek(OTHER_PASSPHRASE, config["current"]["kdf"])
    for path, old_bytes in before.items():
        new_bytes = path.read_bytes()
        assert new_bytes[HEADER_BYTES:] == old_bytes[HEADER_BYTES:]  # ciphertext untouched
        assert parse_header(new_bytes, "x").key_id == new_kek.key_id
    new_store = reopen()
    assert all(report.intact for report in verify_sources(new_store, ids))
    monkeypatch.setenv("FACTFINDER_PASSPHRASE", PASSPHRASE)
    stale = runner.invoke(app, ["verify"])
    assert stale.exit_code == 1 and "wrong key" in stale.output
    with new_store.session() as session:
        actions = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))
    assert actions[0] == "keys.init" and actions[-1] == "keys.rotate"


def test_an_interrupted_rotation_leaves_every_file_readable_and_can_be_finished(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_store = keyed(store, monkeypatch, passphrase=PASSPHRASE)
    init_keys(old_store, "tester")
    ids = ingest(old_store, write_reports(tmp_path / "in", 4))
    old_kek = keys.keyring_for(old_store.settings)
    new_store = keyed(old_store, monkeypatch, passphrase=OTHER_PASSPHRASE)
    real_replace = keys.replace_file_atomically
    written: list[Path] = []

    def crash_after_two(path: Path, data: bytes) -> None:
        if len(written) == 2 and path.parent != new_store.settings.home:
            raise KeyboardInterrupt
        real_replace(path, data)
        if path.parent != new_store.settings.home:
            written.append(path)

    monkeypatch.setattr(keys, "replace_file_atomically", crash_after_two)
    old = keys.KeySecret(passphrase=PASSPHRASE)
    with pytest.raises(KeyboardInterrupt):
        keys.rotate_keys(new_store, old, "tester")
    monkeypatch.setattr(keys, "replace_file_atomically", real_replace)
    config = load_key_config(new_store.settings)
    assert config is not None and config["pending"]
    new_kek = derive_kek(OTHER_PASSPHRASE, config["pending"]["kdf"])
    under_new = 0
    for path in preserved(new_store):
        data = path.read_bytes()
        kek = new_kek if parse_header(data, "x").key_id == new_kek.key_id else old_kek
        under_new += kek is new_kek
        assert sha256_hex(open_sealed(kek, data, "x")) == path.name
    assert under_new == 2
    assert "interrupted" in encryption_status(new_store.settings)
    # A different new key cannot hijack the pending rotation.
    third = keyed(old_store, monkeypatch, passphrase="a-third-passphrase-here")
    with pytest.raises(InputError, match="interrupted"):
        keys.rotate_keys(third, old, "tester")
    finished = keys.rotate_keys(
        keyed(old_store, monkeypatch, passphrase=OTHER_PASSPHRASE), old, "t"
    )
    assert (finished.rewrapped, finished.already) == (2, 2)
    assert all(report.intact for report in verify_sources(new_store, ids))


def test_altered_ciphertext_is_reported_broken_by_verify(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner
) -> None:
    store = keyed(store, monkeypatch, passphrase=PASSPHRASE)
    init_keys(store, "tester")
    ingest(store, write_reports(tmp_path / "in", 1))
    [path] = preserved(store)
    data = bytearray(path.read_bytes())
    data[-5] ^= 0x01
    path.chmod(0o600)
    path.write_bytes(bytes(data))
    result = runner.invoke(app, ["verify"])
    assert result.exit_code == 1
    assert "has been altered" in " ".join(result.output.split())


def test_rotation_can_move_from_a_passphrase_to_a_key_file(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner, reopen
) -> None:
    store = keyed(store, monkeypatch, passphrase=PASSPHRASE)
    init_keys(store, "tester")
    ids = ingest(store, write_reports(tmp_path / "in", 2))
    key_file = tmp_path / "new.key"
    monkeypatch.delenv("FACTFINDER_PASSPHRASE")
    monkeypatch.setenv("FACTFINDER_KEY_FILE", str(key_file))
    monkeypatch.setenv("FACTFINDER_OLD_PASSPHRASE", PASSPHRASE)
    result = runner.invoke(app, ["keys", "rotate"])
    assert result.exit_code == 0 and "2 files re-wrapped" in result.output
    assert key_file.exists()
    assert all(report.intact for report in verify_sources(reopen(), ids))
    status = runner.invoke(app, ["keys", "status"])
    assert "from a key file" in status.output and "2 preserved files (0 not encrypted" in (
        " ".join(status.output.split())
    )
