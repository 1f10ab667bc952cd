"""Users and roles on the CLI, Argon2id sign-in with lock-out, and API tokens stored hashed."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select, text
from typer.testing import CliRunner

from factfinder.cli import app
from factfinder.errors import AccessDenied, InputError
from factfinder.protect import users
from factfinder.protect.users import LOCKOUT, MAX_FAILED_ATTEMPTS, add_user, authenticate
from factfinder.store.db import Store
from factfinder.store.models import AuditEntry, User

PASSWORD = "Kestrel-Harbour-1987"


def add(runner: CliRunner, monkeypatch: pytest.MonkeyPatch, *args: str, password: str = PASSWORD):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("FACTFINDER_NEW_PASSWORD", password)
    return runner.invoke(app, ["users", "add", *args])


def sign_in_actions(store: Store) -> list[tuple[str, dict]]:
    with store.session() as session:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.action.like("signin.%")).order_by(AuditEntry.seq)
        )
        return [(row.action, row.details) for row in rows]


def test_users_add_list_set_role_disable(
    store: Store, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert add(runner, monkeypatch, "nadia", "--role", "investigator").exit_code == 0
    assert add(runner, monkeypatch, "omar", "--role", "viewer").exit_code == 0
    assert runner.invoke(app, ["users", "set-role", "omar", "reviewer"]).exit_code == 0
    assert runner.invoke(app, ["users", "disable", "nadia"]).exit_code == 0
    listed = json.loads(runner.invoke(app, ["users", "list", "--json"]).output)
    assert [(u["name"], u["role"], u["disabled"]) for u in listed] == [
        ("nadia", "investigator", True),
        ("omar", "reviewer", False),
    ]
    assert all("password" not in key for user in listed for key in user)
    table = runner.invoke(app, ["users", "list"]).output
    assert "nadia" in table and "disabled" in table
    with store.session() as session:
        stored = session.scalars(select(User.password_hash)).all()
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)).all()
    assert all(value.startswith("$argon2id$") and PASSWORD not in value for value in stored)
    assert actions == ["user.add", "user.add", "user.set-role", "user.disable"]


@pytest.mark.parametrize(
    ("args", "password", "message"),
    [
        (["nadia", "--role", "viewer"], "", "password is empty"),
        (["nadia", "--role", "viewer"], "short-1", "at least 12 characters"),
        (["nadia", "--role", "viewer"], "aaaaaaaaaaaaaaa", "too few different"),
        (["nadia", "--role", "viewer"], "password1234", "common one"),
        (["nadia", "--role", "viewer"], "nadia-is-the-best", "user name"),
        (["nadia", "--role", "overlord"], PASSWORD, "unknown role"),
        (["bad name!", "--role", "viewer"], PASSWORD, "user name has"),
    ],
)
def test_weak_passwords_bad_roles_and_names_are_refused(
    store: Store,
    runner: CliRunner,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    password: str,
    message: str,
) -> None:
    result = add(runner, monkeypatch, *args, password=password)
    assert result.exit_code == 1 and message in result.output
    assert users.list_users(store) == []


def test_duplicate_user_and_unknown_user_are_clear_errors(
    store: Store, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert add(runner, monkeypatch, "nadia", "--role", "viewer").exit_code == 0
    again = add(runner, monkeypatch, "nadia", "--role", "viewer")
    assert again.exit_code == 1 and "already exists" in again.output
    missing = runner.invoke(app, ["users", "disable", "nobody"])
    assert missing.exit_code == 1 and "no user named" in missing.output


def test_sign_in_locks_after_five_failures_for_fifteen_minutes(store: Store) -> None:
    add_user(store, "nadia", "reviewer", PASSWORD, "admin")
    start = dt.datetime(2026, 5, 1, 9, 0, tzinfo=dt.UTC)
    for _attempt in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises(AccessDenied, match="wrong name or password"):
            with store.session() as session:
                authenticate(session, "nadia", "not-the-password", now=start)
    # Locked: even the right password is refused, and says until when.
    with pytest.raises(AccessDenied, match="too many failed attempts; try again after"):
        with store.session() as session:
            authenticate(session, "nadia", PASSWORD, now=start + LOCKOUT / 2)
    with store.session() as session:
        user = authenticate(session, "nadia", PASSWORD, now=start + LOCKOUT)
        assert user.role == "reviewer" and user.failed_attempts == 0
    reasons = [details.get("reason") for _action, details in sign_in_actions(store)]
    assert reasons == ["wrong password"] * 4 + ["wrong password; locked", "locked", None]


def test_unknown_and_disabled_users_cannot_sign_in_and_names_are_not_logged(
    store: Store,
) -> None:
    add_user(store, "omar", "viewer", PASSWORD, "admin")
    users.disable_user(store, "omar", "admin")
    for name in ("omar", "Kestrel-Harbour-typed-as-name"):
        with pytest.raises(AccessDenied, match="wrong name or password"):
            with store.session() as session:
                authenticate(session, name, PASSWORD)
    assert [d["reason"] for _a, d in sign_in_actions(store)] == ["disabled", "unknown user"]
    with store.engine.connect() as connection:
        dump = " ".join(str(row) for row in connection.execute(text("SELECT * FROM audit_entries")))
    assert "Kestrel-Harbour-typed-as-name" not in dump


def test_api_token_is_printed_once_and_stored_only_as_a_hash(
    store: Store, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(runner, monkeypatch, "nadia", "--role", "investigator")
    result = runner.invoke(app, ["users", "token", "nadia"])
    assert result.exit_code == 0, result.output
    token = result.stdout.strip()
    assert token.startswith("fft_") and len(token) > 40
    with store.engine.connect() as connection:
        for table in ("api_tokens", "users", "audit_entries"):
            dump = " ".join(str(row) for row in connection.execute(text(f"SELECT * FROM {table}")))
            assert token not in dump and token[4:] not in dump
    with store.session() as session:
        assert users.user_for_token(session, token).name == "nadia"
        with pytest.raises(AccessDenied):
            users.user_for_token(session, token + "x")
    users.disable_user(store, "nadia", "admin")
    with store.session() as session, pytest.raises(AccessDenied):
        users.user_for_token(session, token)
    with pytest.raises(InputError, match="disabled"):
        users.new_api_token(store, "nadia", "admin")
