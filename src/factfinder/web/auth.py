"""Who is asking: session cookies, CSRF tokens, API bearer tokens, and the rule for each route."""

from __future__ import annotations

import hmac
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import Request
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import Connection, bindparam, select
from starlette.responses import Response

from factfinder.errors import AccessDenied
from factfinder.protect.totp import PENDING_SIGN_IN
from factfinder.protect.users import TOKEN_USE_RESOLUTION, token_hash, user_for_token
from factfinder.settings import Settings
from factfinder.store.cache import until_changed
from factfinder.store.db import Store
from factfinder.store.models import User

SESSION_COOKIE = "factfinder_session"
SESSION_MAX_AGE = 8 * 60 * 60  # a working day: a forgotten laptop does not stay signed in
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

# What each role may do; every route names one of these permissions (the authorization
# matrix test fails for a route that names none).
PERMISSIONS: dict[str, frozenset[str]] = {
    "public": frozenset({"anonymous", "viewer", "reviewer", "investigator", "admin"}),
    "read": frozenset({"viewer", "reviewer", "investigator", "admin"}),
    "review": frozenset({"reviewer", "investigator", "admin"}),
    "edit": frozenset({"investigator", "admin"}),
    "admin": frozenset({"admin"}),
}


class NotSignedIn(AccessDenied):
    """No valid session or token: pages send the browser to sign in, the API answers 401."""


class CsrfRejected(AccessDenied):
    """A state-changing request from a session without the session's CSRF token."""


@dataclass(frozen=True)
class Caller:
    """The signed-in user behind a request (name and role only; never the password hash)."""

    user_id: int
    name: str
    role: str
    via: str  # session | token


def session_secret(settings: Settings) -> bytes:
    """The key sessions are signed with, made once per home and kept in a file only we can read.

    Kept on disk (not made per process) so sessions survive a restart and work across several
    web workers sharing one home.
    """
    path: Path = settings.home / "web-session.key"
    if not path.exists():
        settings.home.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(secrets.token_bytes(32))
    return path.read_bytes()


class Sessions:
    """Signed, time-limited session cookies holding a user id and that session's CSRF token."""

    def __init__(self, secret: bytes) -> None:
        self._serializer = URLSafeTimedSerializer(secret, salt="factfinder-session")

    def read(self, request: Request) -> dict[str, Any]:
        """The session's data, or an empty dict when there is none or it is forged or expired."""
        cookie = request.cookies.get(SESSION_COOKIE)
        if not cookie:
            return {}
        try:
            data = self._serializer.loads(cookie, max_age=SESSION_MAX_AGE)
        except (BadSignature, SignatureExpired):
            return {}
        return data if isinstance(data, dict) else {}

    def write(self, request: Request, response: Response, data: dict[str, Any]) -> None:
        # Secure everywhere except plain-HTTP loopback, where browsers would drop the cookie.
        secure = request.url.hostname not in {"127.0.0.1", "localhost", "testserver"}
        response.set_cookie(
            SESSION_COOKIE,
            self._serializer.dumps(data),
            max_age=SESSION_MAX_AGE,
            httponly=True,
            samesite="lax",
            secure=secure,
            path="/",
        )

    @staticmethod
    def clear(response: Response) -> None:
        response.delete_cookie(SESSION_COOKIE, path="/")


def new_session(user_id: int | None) -> dict[str, Any]:
    """A fresh session (new CSRF token) — made again at sign-in, so a planted cookie is useless."""
    return {"uid": user_id, "csrf": secrets.token_urlsafe(24)}


def half_signed_in(user_id: int, *, now: float | None = None) -> dict[str, Any]:
    """A session for a user whose password was right and whose TOTP code is still to come.

    It signs no one in (no "uid"), and it is good for PENDING_SIGN_IN only, so a password
    typed on a shared machine and then abandoned does not leave half a sign-in lying around.
    """
    now = time.time() if now is None else now
    until = int(now + PENDING_SIGN_IN.total_seconds())
    return {**new_session(None), "pending_uid": user_id, "pending_until": until}


def pending_user(session: dict[str, Any], *, now: float | None = None) -> int | None:
    """The user a half-signed-in session waits on a code for, or None (none, or expired)."""
    uid, until = session.get("pending_uid"), session.get("pending_until")
    if not isinstance(uid, int) or not isinstance(until, int):
        return None
    return uid if (time.time() if now is None else now) < until else None


def csrf_matches(session: dict[str, Any], presented: str | None) -> bool:
    expected = session.get("csrf")
    return bool(expected and presented) and hmac.compare_digest(str(expected), str(presented))


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _sep, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def identify(request: Request) -> Caller | None:
    """The caller from an API token or a session cookie, or None for an anonymous request.

    A disabled user's session and tokens stop working at once: the user is re-read as soon as
    the database changes (store/cache.py), and otherwise the answer is the same as last time.
    A token's lookup is redone at least every TOKEN_USE_RESOLUTION, so its last use is still
    recorded to about that resolution.
    """
    store: Store = request.app.state.store
    token = _bearer(request)
    # The answer kept from last time is found on a plain connection (an ORM session costs more
    # than the look-up); only a token's real look-up, which may record its use, takes a session.
    if token is not None:
        # Kept by the token's hash only, never the token itself.
        period = int(time.time() // TOKEN_USE_RESOLUTION.total_seconds())
        with store.engine.connect() as connection:
            return until_changed(
                connection,
                ("caller-token", token_hash(token), period),
                lambda: _token_caller(store, token),
            )
    uid = request.app.state.sessions.read(request).get("uid")
    if not uid:
        return None
    with store.engine.connect() as connection:
        return until_changed(
            connection, ("caller-session", uid), lambda: _session_caller(connection, uid)
        )


def _token_caller(store: Store, token: str) -> Caller:
    with store.session() as session:
        user = user_for_token(session, token)
        return Caller(user.id, user.name, user.role, "token")


_USER = select(User.id, User.name, User.role, User.disabled).where(User.id == bindparam("uid"))


def _session_caller(connection: Connection, uid: Any) -> Caller | None:
    user = connection.execute(_USER, {"uid": uid}).first()
    if user is None or user.disabled:
        return None
    return Caller(user.id, user.name, user.role, "session")


async def _check_csrf(request: Request, caller: Caller | None) -> None:
    """Cookie-authenticated writes must carry the session's CSRF token (form field or header)."""
    if request.method in SAFE_METHODS or (caller is not None and caller.via == "token"):
        return
    session = request.app.state.sessions.read(request)
    presented = request.headers.get(CSRF_HEADER)
    if presented is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        value = form.get(CSRF_FIELD)
        presented = value if isinstance(value, str) else None
    if not csrf_matches(session, presented):
        raise CsrfRejected("the form is out of date or was not sent by this site: reload and retry")


def requires(permission: str) -> Callable[..., Any]:
    """A FastAPI dependency admitting callers whose role has `permission` (see PERMISSIONS)."""
    if permission not in PERMISSIONS:
        raise ValueError(f"unknown permission {permission!r}")
    allowed = PERMISSIONS[permission]

    async def dependency(request: Request) -> Caller | None:
        caller = identify(request)
        role = caller.role if caller else "anonymous"
        if role not in allowed:
            if caller is None:
                raise NotSignedIn("sign in first")
            raise AccessDenied(f"the {caller.role} role may not do this")
        await _check_csrf(request, caller)
        request.state.caller = caller
        return caller

    dependency.permission = permission  # type: ignore[attr-defined]
    return dependency


def route_permission(dependencies: list[Any]) -> str | None:
    """The permission a route's dependency tree names, for the authorization matrix test."""
    for dependant in dependencies:
        found = getattr(dependant.call, "permission", None) or route_permission(
            dependant.dependencies
        )
        if found:
            return found
    return None
