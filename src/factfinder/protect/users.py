"""Users and roles: Argon2id password hashes, hashed API tokens, lock-out after repeated failures.

Roles, from most to least trusted: admin (manages users and keys), investigator (all data),
reviewer (reviews claims; sees restricted, not confidential material), viewer (public and
redacted material only). Every change to a user and every sign-in, failed or not, is audited.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from factfinder.errors import AccessDenied, InputError, NotFound
from factfinder.protect import audit
from factfinder.store.db import Store
from factfinder.store.models import ApiToken, User, utcnow

ROLES = ("admin", "investigator", "reviewer", "viewer")
MAX_FAILED_ATTEMPTS = 5
LOCKOUT = dt.timedelta(minutes=15)
MIN_PASSWORD_CHARS = 12
MIN_DISTINCT_CHARS = 6
TOKEN_PREFIX = "fft_"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
# Passwords long enough to pass the length rule that every guessing list starts with.
_COMMON = {
    "password1234",
    "passwordpassword",
    "123456789012",
    "qwertyuiopas",
    "letmeinletmein",
    "administrator",
    "iloveyou1234",
}
# argon2-cffi's defaults are RFC 9106's low-memory Argon2id profile; hashes record their own
# parameters, so raising them later re-hashes each password at its next sign-in.
_hasher = PasswordHasher()
# Verified against when the name is unknown, so a failed sign-in takes as long either way and
# does not reveal which names exist.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))
SIGN_IN_FAILED = "sign-in failed: wrong name or password"


def check_role(role: str) -> str:
    if role not in ROLES:
        raise InputError(f"unknown role {role!r}: choose one of {', '.join(ROLES)}")
    return role


def check_name(name: str) -> str:
    if not _NAME.match(name):
        raise InputError(
            "a user name has 1–64 letters, digits, '.', '_', '@' or '-', starting with a letter "
            "or digit"
        )
    return name


def check_password_strength(password: str, name: str) -> None:
    """Refuse empty, short, repetitive, well-known passwords and ones built on the user name."""
    if not password:
        raise InputError("the password is empty")
    if len(password) < MIN_PASSWORD_CHARS:
        raise InputError(f"the password is too weak: use at least {MIN_PASSWORD_CHARS} characters")
    if len(set(password)) < MIN_DISTINCT_CHARS:
        raise InputError("the password is too weak: too few different characters")
    lowered = password.lower()
    if lowered in _COMMON or name.lower() in lowered:
        raise InputError("the password is too weak: it is a common one or contains the user name")


def _user(session: Session, name: str) -> User:
    user = session.scalars(select(User).where(User.name == name)).first()
    if user is None:
        raise NotFound(f"no user named {name!r}")
    return user


def user_as_json(user: User) -> dict[str, Any]:
    """A user's public fields (never the password hash)."""
    return {
        "id": user.id,
        "name": user.name,
        "role": user.role,
        "disabled": user.disabled,
        "locked_until": user.locked_until.isoformat() if user.locked_until else None,
        "created_at": user.created_at.isoformat(),
        "last_sign_in_at": user.last_sign_in_at.isoformat() if user.last_sign_in_at else None,
        "totp_enabled": bool(user.totp_enabled),
    }


def add_user(store: Store, name: str, role: str, password: str, actor: str) -> dict[str, Any]:
    """Create a user with an Argon2id hash of the password; a taken name is an InputError."""
    check_name(name)
    check_role(role)
    check_password_strength(password, name)
    with store.session() as session:
        if session.scalars(select(User.id).where(User.name == name)).first() is not None:
            raise InputError(f"a user named {name!r} already exists")
        user = User(
            name=name,
            role=role,
            password_hash=_hasher.hash(password),
            disabled=False,
            failed_attempts=0,
            created_at=utcnow(),
        )
        session.add(user)
        session.flush()
        audit.record(session, actor, "user.add", "user", user.id, {"role": role})
        return user_as_json(user)


def list_users(store: Store) -> list[dict[str, Any]]:
    with store.session() as session:
        return [user_as_json(user) for user in session.scalars(select(User).order_by(User.name))]


def disable_user(store: Store, name: str, actor: str) -> dict[str, Any]:
    """Disable a user: no more sign-ins, and their API tokens stop working."""
    with store.session() as session:
        user = _user(session, name)
        user.disabled = True
        audit.record(session, actor, "user.disable", "user", user.id)
        return user_as_json(user)


def set_role(store: Store, name: str, role: str, actor: str) -> dict[str, Any]:
    check_role(role)
    with store.session() as session:
        user = _user(session, name)
        old = user.role
        user.role = role
        audit.record(session, actor, "user.set-role", "user", user.id, {"from": old, "to": role})
        return user_as_json(user)


def token_hash(token: str) -> str:
    """Tokens are 256 random bits, so a plain SHA-256 is enough to store them safely and lets a
    presented token be looked up by its hash."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_api_token(store: Store, name: str, actor: str) -> str:
    """A new API token for the user, returned once; only its hash is stored."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with store.session() as session:
        user = _user(session, name)
        if user.disabled:
            raise InputError(f"user {name!r} is disabled")
        row = ApiToken(user_id=user.id, token_hash=token_hash(token), created_at=utcnow())
        session.add(row)
        session.flush()
        audit.record(session, actor, "user.token", "user", user.id, {"token_id": row.id})
    return token


TOKEN_USE_RESOLUTION = dt.timedelta(minutes=1)


def user_for_token(session: Session, token: str) -> User:
    """The enabled user an API token belongs to, or AccessDenied."""
    row = session.scalars(select(ApiToken).where(ApiToken.token_hash == token_hash(token))).first()
    user = session.get(User, row.user_id) if row else None
    if row is None or user is None or user.disabled:
        raise AccessDenied("invalid API token")
    now = utcnow()
    # Recording every call would make each API read a write (and serialise on SQLite's single
    # writer); a minute's resolution is enough to tell when a token was last used.
    if row.last_used_at is None or now - row.last_used_at > TOKEN_USE_RESOLUTION:
        row.last_used_at = now
    return user


class SecondFactorRequired(AccessDenied):
    """The password was right, but the user signs in with a TOTP code too (protect/totp.py).

    An AccessDenied, so a caller that does not know about two-factor sign-in refuses the user.
    """

    def __init__(self, user_id: int) -> None:
        super().__init__("enter the 6-digit code from your authenticator app")
        self.user_id = user_id


def count_failure(user: User, now: dt.datetime) -> str:
    """Count one failed attempt (a wrong password or code) and lock the account at the limit.

    Returns "; locked" when this failure locked it, for the audit entry's reason.
    """
    user.failed_attempts += 1
    if user.failed_attempts < MAX_FAILED_ATTEMPTS:
        return ""
    user.locked_until = now + LOCKOUT
    user.failed_attempts = 0
    return "; locked"


@dataclass
class _Failure:
    reason: str
    message: str = SIGN_IN_FAILED


def authenticate(
    session: Session, name: str, password: str, *, now: dt.datetime | None = None
) -> User:
    """The user whose name and password these are, or AccessDenied — and an audit entry either way.

    After MAX_FAILED_ATTEMPTS wrong passwords in a row the account is locked for LOCKOUT, during
    which even the right password is refused (so guessing cannot go on). A failure is committed
    before AccessDenied is raised, so the caller's rollback cannot erase the count or the entry.
    """
    now = now or utcnow()
    user = session.scalars(select(User).where(User.name == name)).first()
    failure: _Failure | None = None
    if user is None:
        _verify(_DUMMY_HASH, password)
        failure = _Failure("unknown user")
    elif user.disabled:
        failure = _Failure("disabled")
    elif user.locked_until is not None and user.locked_until > now:
        failure = _Failure(
            "locked",
            "sign-in refused: too many failed attempts; try again after "
            f"{user.locked_until:%Y-%m-%d %H:%M} UTC",
        )
    elif not _verify(user.password_hash, password):
        failure = _Failure("wrong password" + count_failure(user, now))
    if failure is not None:
        # Unknown names are not recorded: they are often a password typed in the wrong field.
        audit.record(
            session,
            user.name if user else "anonymous",
            "signin.failed",
            "user",
            user.id if user else None,
            {"reason": failure.reason},
        )
        session.commit()
        raise AccessDenied(failure.message)
    assert user is not None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    if user.totp_enabled:
        # The password alone neither signs in nor clears the failure count, so wrong codes
        # after right passwords still add up to a lock-out.
        audit.record(session, user.name, "signin.password-accepted", "user", user.id)
        session.commit()
        raise SecondFactorRequired(user.id)
    user.failed_attempts = 0
    user.locked_until = None
    user.last_sign_in_at = now
    audit.record(session, user.name, "signin.succeeded", "user", user.id)
    return user


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
