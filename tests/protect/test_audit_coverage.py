"""Every action the audit log must record does leave an entry: each is performed once here.

Issue #6 lists them: sign-ins and failures, views of restricted and confidential records (CLI,
web pages, API), exports (CLI and the web's original downloads), reviews, role changes, key
operations, persons and protected terms added, two-factor sign-in turned on and off.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyotp
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from typer.testing import CliRunner

from factfinder.cli import app
from factfinder.protect.totp import begin_enrolment, confirm_enrolment
from factfinder.protect.users import add_user, new_api_token
from factfinder.settings import Settings
from factfinder.sources.ingest import IngestOptions, ingest_targets
from factfinder.store.db import Store
from factfinder.store.models import Claim, User
from factfinder.web.app import create_app
from tests.protect.conftest import OTHER_PASSPHRASE, PASSPHRASE, keyed
from tests.web.conftest import csrf_of

PASSWORD = "heron-Basalt-73"
REPORT = """Kerrow Monitor, 2 April 2026.
Security officers detained forty men in Kerrow on 1 April 2026 and held them at a secret
facility near Varn, the Ostrel Monitoring Group said. The Interior Ministry denied it.
"""


def _entries(runner: CliRunner) -> list[dict[str, Any]]:
    listed = runner.invoke(app, ["audit", "--json"])
    assert listed.exit_code == 0, listed.output
    return json.loads(listed.output)


def _has(entries: list[dict[str, Any]], action: str, **expected: Any) -> bool:
    """Whether an entry with this action carries the expected fields (or detail values)."""
    for entry in entries:
        if entry["action"] != action:
            continue
        fields = {**entry["details"], **{k: v for k, v in entry.items() if k != "details"}}
        if all(fields.get(key) == value for key, value in expected.items()):
            return True
    return False


def _ok(runner: CliRunner, *args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, (args, result.output)
    return result.output


def test_cli_actions_each_leave_an_entry(
    store: Store, tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTFINDER_NEW_PASSWORD", PASSWORD)
    _ok(runner, "users", "add", "ana", "--role", "reviewer")
    _ok(runner, "users", "set-role", "ana", "investigator")
    _ok(runner, "users", "token", "ana")
    _ok(runner, "users", "totp", "enable", "ana")
    _ok(runner, "users", "totp", "disable", "ana")
    _ok(runner, "persons", "add", "Odalys Brennfeld", "--kind", "witness")
    _ok(runner, "redact", "terms", "add", "Varn")
    _ok(runner, "persons", "list")
    report = tmp_path / "kerrow.txt"
    report.write_text(REPORT, encoding="utf-8")
    _ok(runner, "ingest", str(report), "--level", "confidential")
    _ok(runner, "show", "1")
    _ok(runner, "extract", "--all")
    _ok(runner, "link")
    _ok(runner, "incident", "1")
    _ok(runner, "report", "--all", "--format", "html", "--output", str(tmp_path / "dossier.html"))
    _ok(runner, "export", "--format", "json", "--output", str(tmp_path / "all.json"))
    _ok(runner, "package", "--all", "--output", str(tmp_path / "evidence.zip"))
    _ok(runner, "sources", "level", "1", "restricted")
    _ok(runner, "users", "disable", "ana")
    entries = _entries(runner)
    for action, fields in [
        ("user.add", {"role": "reviewer"}),
        ("user.set-role", {"from": "reviewer", "to": "investigator"}),
        ("user.totp-enable", {}),
        ("user.totp-disable", {}),
        ("user.disable", {}),
        ("user.token", {}),
        ("viewed", {"object_type": "persons", "identities": True}),
        ("source.level", {"object_id": "1"}),
        ("person.add", {}),
        ("term.add", {}),
        ("ingest", {"object_type": "source", "object_id": "1"}),
        ("extract", {}),
        ("viewed", {"object_type": "source", "object_id": "1", "level": "confidential"}),
        ("viewed", {"object_type": "incident", "object_id": "1", "level": "confidential"}),
        ("exported", {"object_type": "report", "format": "html"}),
        ("exported", {"object_type": "export", "format": "json"}),
        ("exported", {"object_type": "package", "sources": 1}),
    ]:
        assert _has(entries, action, **fields), (action, fields)
    # Ids and hashes only: neither the protected name nor the term reach the log.
    assert "Brennfeld" not in json.dumps(entries) and "Varn" not in json.dumps(entries)
    verified = runner.invoke(app, ["audit", "verify"])
    assert verified.exit_code == 0 and f"intact: {len(entries)} entries" in verified.output


def test_web_and_api_actions_each_leave_an_entry(
    store: Store, settings: Settings, tmp_path: Path, runner: CliRunner
) -> None:
    report = tmp_path / "kerrow.txt"
    report.write_text(REPORT, encoding="utf-8")
    (result,) = ingest_targets(store, [str(report)], IngestOptions(level="restricted"))
    source_id = result.source_id
    _ok(runner, "extract", "--all")
    with store.session() as session:
        claim_id = session.scalars(select(Claim.id).order_by(Claim.id)).first()
    add_user(store, "rosa", "reviewer", PASSWORD, "test")
    add_user(store, "ines", "investigator", PASSWORD, "test")
    token = new_api_token(store, "ines", "test")
    client = TestClient(create_app(settings), raise_server_exceptions=False)

    def sign_in(password: str) -> Any:
        form = {"name": "rosa", "password": password, "next": "/"}
        form["csrf_token"] = csrf_of(client.get("/sign-in").text)
        return client.post("/sign-in", data=form, follow_redirects=False)

    assert sign_in("not-her-password").status_code == 400
    assert sign_in(PASSWORD).status_code == 303
    assert client.get(f"/sources/{source_id}").status_code == 200
    assert client.get(f"/claims/{claim_id}").status_code == 200
    bearer = {"Authorization": f"Bearer {token}"}
    api = client.get(f"/api/v1/sources/{source_id}", headers=bearer)
    assert api.status_code == 200
    original = client.get(f"/api/v1/sources/{source_id}/original", headers=bearer)
    assert original.status_code == 200
    review = client.post(
        f"/api/v1/claims/{claim_id}/review", json={"decision": "confirm"}, headers=bearer
    )
    assert review.status_code == 200, review.text
    comment = client.post(
        f"/api/v1/claims/{claim_id}/comments", json={"body": "Checked."}, headers=bearer
    )
    assert comment.status_code == 201
    csrf = csrf_of(client.get("/").text)
    assert client.post("/sign-out", data={"csrf_token": csrf}).status_code == 200
    with store.session() as session:
        rosa = session.scalars(select(User.id).where(User.name == "rosa")).one()
    secret = begin_enrolment(store, rosa).secret
    confirm_enrolment(store, rosa, pyotp.TOTP(secret).now())
    entries = _entries(runner)
    sid, cid = str(source_id), str(claim_id)
    for action, fields in [
        ("signin.failed", {"actor": "rosa", "reason": "wrong password"}),
        ("signin.succeeded", {"actor": "rosa"}),
        ("viewed", {"actor": "rosa", "object_type": "source", "object_id": sid}),
        ("viewed", {"actor": "rosa", "object_type": "claim", "object_id": cid}),
        ("viewed", {"actor": "ines", "object_type": "source", "object_id": sid}),
        ("source.download", {"actor": "ines", "object_id": sid}),
        ("claim.review", {"actor": "ines", "object_id": cid}),
        ("comment.add", {"actor": "ines", "object_id": cid}),
        ("signout", {"actor": "rosa"}),
        ("user.totp-enable", {"actor": "rosa", "by": "self"}),
    ]:
        assert _has(entries, action, **fields), (action, fields)


def test_key_operations_leave_entries(
    store: Store, monkeypatch: pytest.MonkeyPatch, runner: CliRunner
) -> None:
    keyed(store, monkeypatch, passphrase=PASSPHRASE)
    _ok(runner, "keys", "init")
    monkeypatch.setenv("FACTFINDER_PASSPHRASE", OTHER_PASSPHRASE)
    monkeypatch.setenv("FACTFINDER_OLD_PASSPHRASE", PASSPHRASE)
    _ok(runner, "keys", "rotate")
    entries = _entries(runner)
    assert _has(entries, "keys.init") and _has(entries, "keys.rotate")
    assert runner.invoke(app, ["audit", "verify"]).exit_code == 0
