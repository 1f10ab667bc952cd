"""Optional two-factor sign-in: time-based one-time codes (RFC 6238, pyotp) after the password.

A user's base32 secret is envelope-encrypted under the home's key when one is configured (a
stolen database alone then cannot mint codes), and the last accepted time step is kept so that
a code is good once: one seen over a shoulder or replayed from a captured request is refused.
"""

from __future__ import annotations

import datetime as dt
import hmac
from dataclasses import dataclass

import pyotp
import segno
from sqlalchemy import select
from sqlalchemy.orm import Session

from factfinder.errors import AccessDenied, InputError, NotFound
from factfinder.protect import audit
from factfinder.protect.envelope import Kek
from factfinder.protect.keys import keyring_for
from factfinder.protect.persons import open_field, seal_field
from factfinder.protect.users import SIGN_IN_FAILED, count_failure
from factfinder.settings import Settings
from factfinder.store.db import Store
from factfinder.store.models import User, utcnow

ISSUER = "factfinder"
DIGITS = 6
INTERVAL = 30  # seconds per code: what every authenticator app uses by default
# One step either side of now: a phone whose clock is up to 30 s off still signs in, and a code
# typed just as it changes is not lost; wider windows give a guesser more live codes.
VALID_WINDOW = 1
# How long a correct password waits for its code before the user must start again.
PENDING_SIGN_IN = dt.timedelta(minutes=5)
CODE_FAILED = "sign-in failed: wrong or already used code"


@dataclass(frozen=True)
class Enrolment:
    """What a user needs to add factfinder to an authenticator app, shown once."""

    name: str
    secret: str  # base32
    uri: str  # otpauth://totp/…

    def qr_svg(self) -> str:
        """The otpauth URI as an inline SVG QR code, made here (nothing leaves the machine)."""
        return segno.make(self.uri, error="m").svg_inline(scale=4, border=2)


def _totp(secret: str) -> pyotp.TOTP:
    return pyotp.TOTP(secret, digits=DIGITS, interval=INTERVAL)


def _enrolment(name: str, secret: str) -> Enrolment:
    return Enrolment(name, secret, _totp(secret).provisioning_uri(name=name, issuer_name=ISSUER))


def _user(session: Session, *, name: str | None = None, user_id: int | None = None) -> User:
    if user_id is not None:
        user = session.get(User, user_id)
    else:
        user = session.scalars(select(User).where(User.name == name)).first()
    if user is None:
        raise NotFound(f"no user named {name!r}" if name else "no such user")
    return user


def _store_secret(user: User, secret: str, kek: Kek | None) -> None:
    user.totp_secret, user.totp_key_id = seal_field(kek, secret)


def _read_secret(user: User, settings: Settings) -> str:
    """The user's secret in the clear; an encrypted one needs the home's key (a clear error)."""
    if user.totp_secret is None:
        raise InputError(f"user {user.name!r} has no two-factor secret")
    kek = keyring_for(settings) if user.totp_key_id else None
    return open_field(kek, user.totp_secret, user.totp_key_id, _label(user))


def _label(user: User) -> str:
    return f"user {user.id}'s two-factor secret"


def matching_step(secret: str, code: str, now: dt.datetime) -> int | None:
    """The time step within VALID_WINDOW of `now` whose code is `code`, or None.

    Spaces are ignored (apps show "123 456"); anything but DIGITS ASCII digits never matches.
    Every candidate is compared in constant time.
    """
    code = code.replace(" ", "")
    if len(code) != DIGITS or not (code.isascii() and code.isdigit()):
        return None
    totp = _totp(secret)
    current = totp.timecode(now)
    found = None
    for step in range(current - VALID_WINDOW, current + VALID_WINDOW + 1):
        if hmac.compare_digest(totp.generate_otp(step), code) and found is None:
            found = step
    return found


def _accept(user: User, secret: str, code: str, now: dt.datetime) -> str | None:
    """Record the step of a good, unused code; otherwise the reason it was refused."""
    step = matching_step(secret, code, now)
    if step is None:
        return "wrong code"
    if user.totp_last_step is not None and step <= user.totp_last_step:
        return "replayed code"
    user.totp_last_step = step
    return None


def enable_totp(store: Store, name: str, actor: str) -> Enrolment:
    """Turn on two-factor sign-in for a user now, with a new secret (`users totp enable`).

    Enabling again replaces the secret, so a lost phone is handled by enabling anew.
    """
    kek = keyring_for(store.settings)
    secret = pyotp.random_base32()
    with store.session() as session:
        user = _user(session, name=name)
        if user.disabled:
            raise InputError(f"user {name!r} is disabled")
        _store_secret(user, secret, kek)
        user.totp_enabled = True
        user.totp_last_step = None
        audit.record(session, actor, "user.totp-enable", "user", user.id, {"by": "admin"})
        return _enrolment(user.name, secret)


def disable_totp(store: Store, name: str, actor: str) -> None:
    """Turn off two-factor sign-in and forget the secret (`users totp disable`)."""
    with store.session() as session:
        user = _user(session, name=name)
        if not user.totp_enabled and user.totp_secret is None:
            raise InputError(f"user {name!r} does not use two-factor sign-in")
        user.totp_secret = user.totp_key_id = user.totp_last_step = None
        user.totp_enabled = False
        audit.record(session, actor, "user.totp-disable", "user", user.id)


def begin_enrolment(store: Store, user_id: int) -> Enrolment:
    """A user turning on two-factor sign-in themselves: a new secret, not enabled until a first
    code from their app confirms it (so a mistyped secret cannot lock them out)."""
    kek = keyring_for(store.settings)
    secret = pyotp.random_base32()
    with store.session() as session:
        user = _user(session, user_id=user_id)
        if user.totp_enabled:
            raise InputError("two-factor sign-in is already on for this account")
        _store_secret(user, secret, kek)
        user.totp_last_step = None
        return _enrolment(user.name, secret)


def is_enabled(store: Store, user_id: int) -> bool:
    with store.session() as session:
        return bool(_user(session, user_id=user_id).totp_enabled)


def pending_enrolment(store: Store, user_id: int) -> Enrolment | None:
    """The secret a user has started but not confirmed, to show again after a wrong code."""
    with store.session() as session:
        user = _user(session, user_id=user_id)
        if user.totp_enabled or user.totp_secret is None:
            return None
        return _enrolment(user.name, _read_secret(user, store.settings))


def confirm_enrolment(
    store: Store, user_id: int, code: str, *, now: dt.datetime | None = None
) -> None:
    """Enable two-factor sign-in once the user proves their app holds the new secret."""
    now = now or utcnow()
    with store.session() as session:
        user = _user(session, user_id=user_id)
        if user.totp_enabled or user.totp_secret is None:
            raise InputError("start turning on two-factor sign-in first")
        reason = _accept(user, _read_secret(user, store.settings), code, now)
        if reason is not None:
            raise InputError("that code does not match: check the app's clock and try again")
        user.totp_enabled = True
        audit.record(session, user.name, "user.totp-enable", "user", user.id, {"by": "self"})


def complete_sign_in(
    store: Store, user_id: int, code: str, *, now: dt.datetime | None = None
) -> int:
    """The second step of signing in: the user's id when the code is good, else AccessDenied.

    Wrong and replayed codes count toward the same lock-out as wrong passwords, and each is
    audited as a failed sign-in; the failure is committed before AccessDenied is raised.
    """
    now = now or utcnow()
    with store.session() as session:
        user = _user(session, user_id=user_id)
        reason: str | None = None
        message = CODE_FAILED
        if user.disabled or not user.totp_enabled:
            reason, message = "disabled", SIGN_IN_FAILED
        elif user.locked_until is not None and user.locked_until > now:
            reason = "locked"
            message = (
                "sign-in refused: too many failed attempts; try again after "
                f"{user.locked_until:%Y-%m-%d %H:%M} UTC"
            )
        else:
            reason = _accept(user, _read_secret(user, store.settings), code, now)
            if reason is not None:
                reason += count_failure(user, now)
        if reason is not None:
            audit.record(session, user.name, "signin.failed", "user", user.id, {"reason": reason})
            session.commit()
            raise AccessDenied(message)
        user.failed_attempts = 0
        user.locked_until = None
        user.last_sign_in_at = now
        audit.record(
            session, user.name, "signin.succeeded", "user", user.id, {"second_factor": "totp"}
        )
        return user.id


def reseal_secrets(session: Session, old: Kek | None, new: Kek) -> int:
    """Move every TOTP secret under `new` (`keys init` seals plain ones, `keys rotate` those
    under `old`), in the caller's transaction and in memory only; returns how many moved.
    Secrets already under `new` are left alone, so a resumed rotation does no harm."""
    moved = 0
    for user in session.scalars(select(User).where(User.totp_secret.is_not(None))):
        if user.totp_key_id == new.key_id_hex:
            continue
        secret = open_field(old, user.totp_secret or "", user.totp_key_id, _label(user))
        _store_secret(user, secret, new)
        moved += 1
    return moved
