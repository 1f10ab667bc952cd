"""`factfinder verify`: intact evidence passes and is logged; any tampering makes it fail."""

import datetime as dt
import json

from sqlalchemy import select, update
from typer.testing import CliRunner

from factfinder.cli import app
from factfinder.sources.ingest import IngestOptions, ingest_bytes
from factfinder.sources.originals import original_path, preserve_bytes
from factfinder.store.db import Store
from factfinder.store.models import CustodyEntry, DerivedFile
from tests.sources.conftest import DATA, PNG_BYTES, STATEMENT_TXT

HERALD = str(DATA / "herald-six-prisons.html")
STATEMENT = str(DATA / "ngo-statement.txt")


def _ingest_two(runner: CliRunner) -> None:
    assert runner.invoke(app, ["ingest", HERALD, STATEMENT]).exit_code == 0


def test_intact_sources_pass_and_get_a_verified_entry(store: Store, runner: CliRunner) -> None:
    _ingest_two(runner)
    result = runner.invoke(app, ["verify"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("intact #1 SHA-256:") and "custody chain ok" in lines[0]
    assert lines[1].startswith("intact #2 SHA-256:")
    assert result.stderr.strip() == "2 intact, 0 broken"
    shown = json.loads(runner.invoke(app, ["show", "2", "--json"]).stdout)
    assert [e["action"] for e in shown["custody"]] == ["collected", "text-extracted", "verified"]
    assert shown["custody"][2]["details"] == {"sha256": shown["sha256"], "files_checked": 1}
    again = runner.invoke(app, ["verify", "2"])
    assert again.exit_code == 0 and again.stdout.count("intact") == 1
    as_json = json.loads(runner.invoke(app, ["verify", "--json"]).stdout)
    assert [(r["id"], r["intact"], r["problems"]) for r in as_json] == [
        (1, True, []),
        (2, True, []),
    ]


def test_one_changed_byte_in_an_original_fails(store: Store, runner: CliRunner) -> None:
    _ingest_two(runner)
    sha = json.loads(runner.invoke(app, ["show", "1", "--json"]).stdout)["sha256"]
    path = original_path(store.settings.originals_dir, sha)
    path.chmod(0o644)
    data = bytearray(path.read_bytes())
    data[100] ^= 0x01
    path.write_bytes(bytes(data))
    result = runner.invoke(app, ["verify"])
    assert result.exit_code == 1
    assert f"BROKEN #1: original hash mismatch: recorded SHA-256:{sha}, found SHA-256:" in (
        result.stderr
    )
    assert "intact #2" in result.stdout
    assert result.stderr.strip().endswith("1 intact, 1 broken")
    with store.session() as session:
        actions = session.scalars(
            select(CustodyEntry.action).where(CustodyEntry.source_id == 1)
        ).all()
        assert "verified" not in actions


def test_a_deleted_original_fails(store: Store, runner: CliRunner) -> None:
    _ingest_two(runner)
    sha = json.loads(runner.invoke(app, ["show", "2", "--json"]).stdout)["sha256"]
    original_path(store.settings.originals_dir, sha).unlink()
    result = runner.invoke(app, ["verify", "2"])
    assert result.exit_code == 1
    assert f"BROKEN #2: original missing (SHA-256:{sha})" in result.stderr


def test_an_edited_custody_row_fails(store: Store, runner: CliRunner) -> None:
    _ingest_two(runner)
    with store.session() as session:
        session.execute(
            update(CustodyEntry)
            .where(CustodyEntry.source_id == 1, CustodyEntry.seq == 1)
            .values(details={"sha256": "0" * 64, "size": 1})
        )
    result = runner.invoke(app, ["verify"])
    assert result.exit_code == 1
    assert "BROKEN #1: broken chain at seq 1: entry was altered" in result.stderr


def test_derived_files_are_rehashed_too(store: Store, runner: CliRunner) -> None:
    result = ingest_bytes(store, STATEMENT_TXT, "statement.txt", IngestOptions(capture=False))
    digest, path = preserve_bytes(store.settings.originals_dir, PNG_BYTES)
    with store.session() as session:
        session.add(
            DerivedFile(
                source_id=result.source_id,
                kind="screenshot",
                sha256=digest,
                size=len(PNG_BYTES),
                media_type="image/png",
                created_at=dt.datetime.now(dt.UTC),
            )
        )
    assert runner.invoke(app, ["verify"]).exit_code == 0
    path.unlink()
    failed = runner.invoke(app, ["verify"])
    assert failed.exit_code == 1
    assert f"BROKEN #1: screenshot missing (SHA-256:{digest})" in failed.stderr


def test_unknown_id_is_an_error(store: Store, runner: CliRunner) -> None:
    result = runner.invoke(app, ["verify", "7"])
    assert result.exit_code == 1
    assert result.stderr.strip() == "error: no source with id #7"


def test_an_original_in_the_older_two_level_layout_still_verifies(
    store: Store, runner: CliRunner
) -> None:
    result = ingest_bytes(store, STATEMENT_TXT, "statement.txt", IngestOptions(capture=False))
    root = store.settings.originals_dir
    sha = result.sha256
    legacy = root / sha[:2] / sha[2:4] / sha
    legacy.parent.mkdir()
    original_path(root, sha).rename(legacy)
    verified = runner.invoke(app, ["verify", "--json"])
    assert verified.exit_code == 0, verified.output
    assert json.loads(verified.stdout)[0]["intact"] is True
