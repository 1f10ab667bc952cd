"""Two-factor sign-in: codes from an authenticator app after the password, good once, locked out."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pyotp
import pytest
from sqlalchemy import select, text
from typer.testing import CliRunner

from factfinder.cli import app
from factfinder.errors import AccessDenied, InputError
from factfinder.protect import totp
from factfinder.protect.keys import KeySecret, init_keys, keyring_for, rotate_keys
from factfinder.protect.users import (
    LOCKOUT,
    MAX_FAILED_ATTEMPTS,
    SecondFactorRequired,
    add_user,
    authenticate,
)
from factfinder.store.db import Store
from factfinder.store.models import AuditEntry, User
from tests.protect.conftest import OTHER_PASSPHRASE, PASSPHRASE, keyed

PASSWORD = "Kestrel-Harbour-1987"
NOON = dt.datetime(2026, 5, 1, 12, 0, 10, tzinfo=dt.UTC)


def code_at(secret: str, when: dt.datetime) -> str:
    return pyotp.TOTP(secret).at(when)


def password_step(store: Store, name: str = "nadia", password: str = PASSWORD) -> int:
    """Sign in with the password and return the user id the code step needs."""
    with pytest.raises(SecondFactorRequired) as raised:
        with store.session() as session:
            authenticate(session, name, password, now=NOON)
    return raised.value.user_id


def failures(store: Store) -> list[str]:
    with store.session() as session:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "signin.failed").order_by(AuditEntry.seq)
        )
        return [row.details["reason"] for row in rows]


def enable_on_cli(runner: CliRunner, name: str = "nadia") -> str:
    result = runner.invoke(app, ["users", "totp", "enable", name])
    assert result.exit_code == 0, result.output
    secret = re.search(r"^secret: ([A-Z2-7]+)$", result.stdout, re.M)
    uri = re.search(r"^uri: (otpauth://totp/\S+)$", result.stdout, re.M)
    assert secret and uri and f"secret={secret.group(1)}" in uri.group(1)
    assert "issuer=factfinder" in uri.group(1)
    return secret.group(1)


def test_cli_enable_then_sign_in_needs_a_fresh_code(store: Store, runner: CliRunner) -> None:
    add_user(store, "nadia", "reviewer", PASSWORD, "admin")
    secret = enable_on_cli(runner)
    listed = runner.invoke(app, ["users", "list"]).output
    assert re.search(r"nadia .*reviewer .*active .*on", listed)
    user_id = password_step(store)
    # The password alone did not sign in.
    with store.session() as session:
        assert session.get(User, user_id).last_sign_in_at is None
    assert totp.complete_sign_in(store, user_id, code_at(secret, NOON), now=NOON) == user_id
    # The same code again (a replay), even a few seconds later, is refused.
    with pytest.raises(AccessDenied, match="wrong or already used code"):
        totp.complete_sign_in(
            store, user_id, code_at(secret, NOON), now=NOON + dt.timedelta(seconds=5)
        )
    # So is an older code still inside the window: its step is not after the one used.
    with pytest.raises(AccessDenied):
        totp.complete_sign_in(
            store, user_id, code_at(secret, NOON - dt.timedelta(seconds=30)), now=NOON
        )
    # The next step's code is good.
    later = NOON + dt.timedelta(seconds=30)
    assert totp.complete_sign_in(store, user_id, code_at(secret, later), now=later) == user_id
    assert failures(store) == ["replayed code", "replayed code"]
    with store.session() as session:
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)).all()
    assert "user.totp-enable" in actions and actions.count("signin.succeeded") == 2


def test_the_window_is_one_step_either_side(store: Store) -> None:
    add_user(store, "nadia", "reviewer", PASSWORD, "admin")
    secret = totp.enable_totp(store, "nadia", "admin").secret
    user_id = password_step(store)
    step = dt.timedelta(seconds=totp.INTERVAL)
    assert totp.matching_step(secret, code_at(secret, NOON - step), NOON) is not None
    assert totp.matching_step(secret, code_at(secret, NOON + step), NOON) is not None
    assert totp.matching_step(secret, code_at(secret, NOON - 3 * step), NOON) is None
    assert totp.matching_step(secret, code_at(secret, NOON + 3 * step), NOON) is None
    # Spaces as apps show them are fine; letters, short codes and other digits never match.
    spaced = code_at(secret, NOON)
    assert totp.matching_step(secret, f"{spaced[:3]} {spaced[3:]}", NOON) is not None
    for junk in ("", "12345", "1234567", "abcdef", "١٢٣٤٥٦", "12 34 5"):
        assert totp.matching_step(secret, junk, NOON) is None
    with pytest.raises(AccessDenied):
        totp.complete_sign_in(store, user_id, code_at(secret, NOON - 3 * step), now=NOON)
    assert failures(store) == ["wrong code"]


def test_wrong_codes_count_toward_the_lock_out(store: Store) -> None:
    add_user(store, "nadia", "reviewer", PASSWORD, "admin")
    secret = totp.enable_totp(store, "nadia", "admin").secret
    user_id = password_step(store)
    wrong = f"{(int(code_at(secret, NOON)) + 1) % 1_000_000:06d}"
    for _attempt in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises(AccessDenied, match="wrong or already used code"):
            totp.complete_sign_in(store, user_id, wrong, now=NOON)
    # Locked: the right code and the right password are refused until LOCKOUT has passed.
    with pytest.raises(AccessDenied, match="too many failed attempts"):
        totp.complete_sign_in(store, user_id, code_at(secret, NOON), now=NOON)
    with pytest.raises(AccessDenied, match="too many failed attempts"):
        with store.session() as session:
            authenticate(session, "nadia", PASSWORD, now=NOON)
    after = NOON + LOCKOUT
    assert totp.complete_sign_in(store, user_id, code_at(secret, after), now=after) == user_id
    assert failures(store) == ["wrong code"] * 4 + ["wrong code; locked", "locked", "locked"]


def test_a_right_password_does_not_reset_the_count_of_wrong_codes(store: Store) -> None:
    add_user(store, "nadia", "reviewer", PASSWORD, "admin")
    totp.enable_totp(store, "nadia", "admin")
    for _attempt in range(MAX_FAILED_ATTEMPTS):
        user_id = password_step(store)
        with pytest.raises(AccessDenied):
            totp.complete_sign_in(store, user_id, "000000", now=NOON)
    with store.session() as session:
        assert session.get(User, user_id).locked_until is not None


def test_disable_turns_it_off_and_unknown_users_are_clear_errors(
    store: Store, runner: CliRunner
) -> None:
    add_user(store, "nadia", "reviewer", PASSWORD, "admin")
    enable_on_cli(runner)
    result = runner.invoke(app, ["users", "totp", "disable", "nadia"])
    assert result.exit_code == 0 and "off for nadia" in result.output
    with store.session() as session:
        user = authenticate(session, "nadia", PASSWORD, now=NOON)
        assert user.totp_secret is None and not user.totp_enabled
    again = runner.invoke(app, ["users", "totp", "disable", "nadia"])
    assert again.exit_code == 1 and "does not use two-factor" in again.output
    missing = runner.invoke(app, ["users", "totp", "enable", "nobody"])
    assert missing.exit_code == 1 and "no user named" in missing.output
    assert "Traceback" not in missing.output
    with store.session() as session:
        actions = session.scalars(
            select(AuditEntry.action)
            .where(AuditEntry.action.like("user.totp%"))
            .order_by(AuditEntry.seq)
        ).all()
    assert actions == ["user.totp-enable", "user.totp-disable"]


def test_self_enrolment_is_confirmed_with_a_first_code(store: Store) -> None:
    add_user(store, "nadia", "reviewer", PASSWORD, "admin")
    with store.session() as session:
        user_id = authenticate(session, "nadia", PASSWORD, now=NOON).id
    enrolment = totp.begin_enrolment(store, user_id)
    assert enrolment.qr_svg().startswith("<svg") and enrolment.uri.startswith("otpauth://totp/")
    # Not on until confirmed: the password alone still signs in.
    with store.session() as session:
        authenticate(session, "nadia", PASSWORD, now=NOON)
    assert totp.pending_enrolment(store, user_id) == enrolment
    with pytest.raises(InputError, match="does not match"):
        totp.confirm_enrolment(store, user_id, "000000", now=NOON)
    totp.confirm_enrolment(store, user_id, code_at(enrolment.secret, NOON), now=NOON)
    assert totp.pending_enrolment(store, user_id) is None
    with pytest.raises(InputError, match="already on"):
        totp.begin_enrolment(store, user_id)
    assert password_step(store) == user_id
    # The confirming code was used: it cannot sign in too.
    with pytest.raises(AccessDenied):
        totp.complete_sign_in(store, user_id, code_at(enrolment.secret, NOON), now=NOON)


def users_dump(store: Store) -> str:
    with store.engine.connect() as connection:
        return " ".join(str(row) for row in connection.execute(text("SELECT * FROM users")))


def test_with_a_key_the_secret_is_encrypted_and_survives_rotation(
    store: Store, monkeypatch: pytest.MonkeyPatch, reopen: Callable[..., Store]
) -> None:
    add_user(store, "nadia", "reviewer", PASSWORD, "admin")
    add_user(store, "omar", "viewer", PASSWORD, "admin")
    # A secret set before the home had a key is encrypted by `keys init`.
    early = totp.enable_totp(store, "omar", "admin").secret
    assert early in users_dump(store)
    old_store = keyed(store, monkeypatch, passphrase=PASSPHRASE)
    init_keys(old_store, "tester")
    secret = totp.enable_totp(old_store, "nadia", "admin").secret
    # Sealed in its column too: on PostgreSQL (no SQLCipher) that is what protects it.
    dump = users_dump(old_store)
    assert secret not in dump and early not in dump
    user_id = password_step(old_store)
    assert totp.complete_sign_in(old_store, user_id, code_at(secret, NOON), now=NOON) == user_id
    # Without the key, a clear error (never a code checked against ciphertext).
    with pytest.raises(InputError, match="FACTFINDER_PASSPHRASE"):
        totp.complete_sign_in(keyed(old_store, monkeypatch, passphrase=None), user_id, "123456")
    # `keys rotate` re-wraps the secrets with the originals: sign-in goes on under the new key.
    new_store = keyed(old_store, monkeypatch, passphrase=OTHER_PASSPHRASE)
    rotate_keys(new_store, KeySecret(passphrase=PASSPHRASE), "tester")
    fresh = reopen()
    new_key = keyring_for(fresh.settings)
    assert new_key is not None
    with fresh.session() as session:
        assert {u.totp_key_id for u in session.scalars(select(User))} == {new_key.key_id_hex}
    later = NOON + dt.timedelta(minutes=1)
    assert totp.complete_sign_in(fresh, user_id, code_at(secret, later), now=later) == user_id
    omar = password_step(fresh, "omar")
    assert totp.complete_sign_in(fresh, omar, code_at(early, later), now=later) == omar
