"""The audit log: append-only, hash-chained, listed and verified from the command line."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError
from typer.testing import CliRunner

from factfinder.cli import app
from factfinder.protect import audit
from factfinder.store.db import Store


def fill(store: Store) -> None:
    audit.record_now(store, "ana", "user.add", object_type="user", object_id=1, details={"r": 1})
    audit.record_now(store, "ana", "ingest", object_type="source", object_id=7)
    audit.record_now(store, "ben", "keys.init", details={"encrypted_files": 0})


def drop_append_only_guard(store: Store) -> None:
    """What someone with direct database access could do before editing the log."""
    with store.engine.begin() as connection:
        if store.dialect == "sqlite":
            connection.execute(text("DROP TRIGGER audit_entries_no_update"))
            connection.execute(text("DROP TRIGGER audit_entries_no_delete"))
        else:
            connection.execute(text("ALTER TABLE audit_entries DISABLE TRIGGER USER"))


def test_entries_chain_and_list(store: Store, runner: CliRunner) -> None:
    fill(store)
    rows = audit.entries(store)
    assert [row.seq for row in rows] == [1, 2, 3]
    assert rows[0].prev_hash == audit.GENESIS_HASH
    assert all(
        later.prev_hash == earlier.entry_hash
        for earlier, later in zip(rows, rows[1:], strict=False)
    )
    result = runner.invoke(app, ["audit", "--json"])
    assert result.exit_code == 0, result.output
    listed = json.loads(result.output)
    assert [(row["actor"], row["action"]) for row in listed] == [
        ("ana", "user.add"),
        ("ana", "ingest"),
        ("ben", "keys.init"),
    ]
    assert listed[1]["object_type"] == "source" and listed[1]["object_id"] == "7"
    newest = json.loads(runner.invoke(app, ["audit", "--json", "--limit", "1"]).output)
    assert [row["seq"] for row in newest] == [3]
    verified = runner.invoke(app, ["audit", "verify"])
    assert verified.exit_code == 0 and "intact: 3 entries" in verified.output


def test_the_database_refuses_to_change_or_delete_entries(store: Store) -> None:
    fill(store)
    for statement in (
        "UPDATE audit_entries SET actor = 'mallory' WHERE seq = 2",
        "DELETE FROM audit_entries WHERE seq = 2",
    ):
        with pytest.raises(DatabaseError, match="append-only"):
            with store.engine.begin() as connection:
                connection.execute(text(statement))
    assert audit.verify_chain(store).intact


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        ("UPDATE audit_entries SET actor = 'mallory' WHERE seq = 2", "entry 2: altered"),
        ("DELETE FROM audit_entries WHERE seq = 2", "entry 3: expected seq 2"),
    ],
)
def test_verify_fails_when_a_row_is_edited_or_removed(
    store: Store, runner: CliRunner, edit: str, problem: str
) -> None:
    fill(store)
    drop_append_only_guard(store)
    with store.engine.begin() as connection:
        connection.execute(text(edit))
    result = runner.invoke(app, ["audit", "verify"])
    assert result.exit_code == 1
    assert problem in result.output and "audit log broken" in result.output


def test_concurrent_appenders_keep_one_unbroken_chain(store: Store) -> None:
    """Several web workers or batch processes append at once (PostgreSQL, the team setup)."""
    if store.dialect != "postgresql":
        pytest.skip("SQLite has one writer at a time; the lock matters on PostgreSQL")
    from concurrent.futures import ThreadPoolExecutor

    def append(worker: int) -> None:
        for number in range(10):
            audit.record_now(store, f"worker-{worker}", "ingest", object_id=number)

    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(append, range(4)))
    report = audit.verify_chain(store)
    assert report.intact and report.checked == 40
