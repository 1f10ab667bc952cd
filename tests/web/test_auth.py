"""Who may do what: the authorization matrix over every route × role, sessions, CSRF, cookies."""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pyotp
import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlalchemy import select
from starlette.routing import Mount, Route

from factfinder.protect.totp import enable_totp
from factfinder.protect.users import MAX_FAILED_ATTEMPTS, ROLES, add_user, new_api_token
from factfinder.store.models import AuditEntry
from factfinder.web import auth
from factfinder.web.auth import PERMISSIONS, SESSION_COOKIE, route_permission
from tests.web.conftest import PASSWORD, Workbench, csrf_of, sign_in

# Every route of the app and the permission it must require. A route added without an entry
# here, or whose code names a different permission, fails the matrix test.
EXPECTED = {
    ("GET", "/api/v1/me"): "read",
    ("GET", "/api/v1/sources"): "read",
    ("POST", "/api/v1/sources"): "edit",
    ("POST", "/api/v1/sources/url"): "edit",
    ("GET", "/api/v1/sources/{source_id}"): "read",
    ("GET", "/api/v1/sources/{source_id}/original"): "read",
    ("GET", "/api/v1/claims"): "read",
    ("GET", "/api/v1/claims/{claim_id}"): "read",
    ("POST", "/api/v1/claims/{claim_id}/review"): "review",
    ("PATCH", "/api/v1/claims/{claim_id}"): "review",
    ("GET", "/api/v1/claims/{claim_id}/comments"): "read",
    ("POST", "/api/v1/claims/{claim_id}/comments"): "review",
    ("GET", "/api/v1/incidents"): "read",
    ("GET", "/api/v1/incidents/{incident_id}"): "read",
    ("POST", "/api/v1/incidents/merge"): "edit",
    ("POST", "/api/v1/incidents/{incident_id}/split"): "edit",
    ("GET", "/api/v1/incidents/{incident_id}/comments"): "read",
    ("POST", "/api/v1/incidents/{incident_id}/comments"): "review",
    ("POST", "/api/v1/incidents/{incident_id}/tags"): "review",
    ("DELETE", "/api/v1/incidents/{incident_id}/tags"): "review",
    ("GET", "/api/v1/places"): "read",
    ("GET", "/api/v1/responses"): "read",
    ("GET", "/api/v1/timeline"): "read",
    ("GET", "/api/v1/actors"): "read",
    ("GET", "/api/v1/users"): "admin",
    ("POST", "/api/v1/users"): "admin",
    ("POST", "/api/v1/users/{name}/tokens"): "admin",
    ("GET", "/sign-in"): "public",
    ("POST", "/sign-in"): "public",
    ("GET", "/sign-in/code"): "public",
    ("POST", "/sign-in/code"): "public",
    ("GET", "/account"): "read",
    ("POST", "/account/totp"): "read",
    ("POST", "/account/totp/confirm"): "read",
    ("POST", "/sign-out"): "read",
    ("GET", "/"): "read",
    ("GET", "/sources"): "read",
    ("POST", "/sources/upload"): "edit",
    ("GET", "/sources/{source_id}"): "read",
    ("GET", "/review"): "review",
    ("POST", "/review/{claim_id}"): "review",
    ("POST", "/review/{claim_id}/edit"): "review",
    ("GET", "/claims/{claim_id}"): "read",
    ("POST", "/claims/{claim_id}/comments"): "review",
    ("GET", "/incidents"): "read",
    ("GET", "/incidents/{incident_id}"): "read",
    ("POST", "/incidents/{incident_id}/comments"): "review",
    ("POST", "/incidents/{incident_id}/tags"): "review",
    ("GET", "/map"): "read",
    ("GET", "/responses"): "read",
}
# Routes that readers reach but that refuse roles without access to real identities (an
# original cannot be redacted byte for byte): 403 with a message saying so.
IDENTITY_ONLY = {("GET", "/api/v1/sources/{source_id}/original"): {"viewer", "reviewer"}}
# Framework routes that are public by design: the API description and the static assets.
FRAMEWORK_PUBLIC = {"/api/v1/openapi.json", "/api/docs", "/static"}
PATH_VALUES = {"source_id": "1", "claim_id": "1", "incident_id": "1", "name": "viewer-user"}
CALLERS = ("anonymous", *ROLES)


def _flat_routes(routes: list[Any]) -> Iterator[Any]:
    """Routes with included routers opened up (FastAPI keeps an included router as one entry)."""
    for route in routes:
        included = getattr(route, "original_router", None)
        yield from _flat_routes(included.routes) if included is not None else [route]


def _app_routes(workbench: Workbench) -> list[tuple[str, str, str | None]]:
    routes = []
    for route in _flat_routes(workbench.client().app.routes):
        if isinstance(route, APIRoute):
            permission = route_permission(route.dependant.dependencies)
            routes += [(method, route.path, permission) for method in sorted(route.methods)]
        elif isinstance(route, Route | Mount):
            assert route.path in FRAMEWORK_PUBLIC, f"route {route.path} has no rule"
    return routes


def test_every_route_names_the_expected_permission(workbench: Workbench) -> None:
    found = {(method, path): permission for method, path, permission in _app_routes(workbench)}
    assert found == EXPECTED


def test_authorization_matrix(workbench: Workbench) -> None:
    """Every route × every role and anonymous: allowed callers get through, the rest are
    refused (401 or a redirect to sign-in when anonymous, 403 otherwise) — and no 500s."""
    client = workbench.client()
    # Anonymous callers carry an anonymous session's CSRF token, so the sign-in form's CSRF
    # check does not hide what the role rule decides.
    anonymous = {"X-CSRF-Token": csrf_of(client.get("/sign-in").text)}
    checked = 0
    for method, path, permission in _app_routes(workbench):
        url = re.sub(r"\{(\w+)\}", lambda m: PATH_VALUES[m.group(1)], path)
        for caller in CALLERS:
            headers = anonymous if caller == "anonymous" else workbench.auth(caller)
            answer = client.request(method, url, headers=headers, follow_redirects=False)
            allowed = caller in PERMISSIONS[permission] and caller not in IDENTITY_ONLY.get(
                (method, path), ()
            )
            where = f"{method} {path} as {caller}: {answer.status_code}"
            assert answer.status_code < 500, where
            if allowed:
                assert answer.status_code not in (401, 403), where
                assert answer.headers.get("location", "").split("?")[0] != "/sign-in" or (
                    path == "/sign-out"
                ), where
            elif caller == "anonymous" and path.startswith("/api/"):
                assert answer.status_code == 401, where
            elif caller == "anonymous":
                assert answer.status_code == 303, where
                assert answer.headers["location"].startswith("/sign-in"), where
            else:
                assert answer.status_code == 403, where
            checked += 1
    assert checked == len(EXPECTED) * len(CALLERS)


def test_session_cookie_flags_and_fresh_session_at_sign_in(workbench: Workbench) -> None:
    client = workbench.client()
    client.get("/sign-in")
    before = client.cookies[SESSION_COOKIE]
    sign_in(client, "reviewer")
    after = client.cookies[SESSION_COOKIE]
    assert after != before  # a cookie planted before sign-in is not the signed-in session
    answer = client.get("/sign-in")
    cookie = answer.headers.get("set-cookie") or ""
    fresh = workbench.client().get("/sign-in").headers["set-cookie"].lower()
    assert "httponly" in fresh and "samesite=lax" in fresh and "secure" not in fresh
    remote = workbench.client()
    remote.base_url = "http://workbench.example.org"
    assert "secure" in remote.get("/sign-in").headers["set-cookie"].lower()
    assert cookie == ""  # a signed-in page view does not re-issue the session


def test_pages_seen_with_an_api_token_set_no_session_cookie(workbench: Workbench) -> None:
    """A token caller's writes are checked by its token, so its pages need no session."""
    client = workbench.client()
    for path in ("/", "/sources", "/review", "/incidents"):
        answer = client.get(path, headers=workbench.auth("reviewer"))
        assert answer.status_code == 200, path
        assert "set-cookie" not in answer.headers, path
    assert SESSION_COOKIE in client.get("/sign-in").headers["set-cookie"]


def test_state_changes_need_the_sessions_csrf_token(workbench: Workbench) -> None:
    client = workbench.client()
    token = sign_in(client, "reviewer")
    no_token = client.post("/claims/7/comments", data={"body": "hello"}, follow_redirects=False)
    assert no_token.status_code == 403 and "reload" in no_token.text
    other = client.post(
        "/claims/7/comments", data={"body": "hello", "csrf_token": "forged"}, follow_redirects=False
    )
    assert other.status_code == 403
    api = client.post("/api/v1/claims/7/comments", json={"body": "hello"})
    assert api.status_code == 403 and api.json()["code"] == "csrf"
    good = client.post(
        "/claims/7/comments", data={"body": "hello", "csrf_token": token}, follow_redirects=False
    )
    assert good.status_code == 303
    header = client.post(
        "/api/v1/claims/7/comments", json={"body": "again"}, headers={"X-CSRF-Token": token}
    )
    assert header.status_code == 201


def test_every_state_changing_route_refuses_a_session_without_its_csrf_token(
    workbench: Workbench,
) -> None:
    """The check sits in the permission dependency every route has, so no route can miss it."""
    client = workbench.client()
    sign_in(client, "admin")
    posts = [path for method, path, _permission in _app_routes(workbench) if method == "POST"]
    assert posts
    for path in posts:
        url = re.sub(r"\{(\w+)\}", lambda m: PATH_VALUES[m.group(1)], path)
        for presented in ({}, {"X-CSRF-Token": "forged"}):
            answer = client.post(url, headers=presented, follow_redirects=False)
            assert answer.status_code == 403, (path, answer.status_code)


def test_sign_in_failures_and_tampered_sessions(workbench: Workbench) -> None:
    client = workbench.client()
    token = csrf_of(client.get("/sign-in").text)
    wrong = client.post(
        "/sign-in",
        data={"name": "viewer-user", "password": "not-it-at-all", "csrf_token": token},
    )
    assert wrong.status_code == 400 and "wrong name or password" in wrong.text
    assert (
        SESSION_COOKIE not in client.cookies
        or client.get("/", follow_redirects=False).status_code == 303
    )
    forged = workbench.client()
    forged.cookies.set(SESSION_COOKIE, "eyJ1aWQiOjF9.forged.signature")
    answer = forged.get("/", follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"].startswith("/sign-in")


def test_redirect_after_sign_in_stays_on_this_site(workbench: Workbench) -> None:
    client = workbench.client()
    token = csrf_of(client.get("/sign-in").text)
    answer = client.post(
        "/sign-in",
        data={
            "name": "viewer-user",
            "password": PASSWORD,
            "csrf_token": token,
            "next": "//evil.example/",
        },
        follow_redirects=False,
    )
    assert answer.headers["location"] == "/"


@pytest.mark.parametrize("path", ["/sources/..%2F..%2Fetc%2Fpasswd", "/api/v1/sources/-1/original"])
def test_path_tricks_on_originals_are_not_found(workbench: Workbench, path: str) -> None:
    answer = workbench.client().get(path, headers=workbench.auth("admin"))
    assert answer.status_code in (404, 422)


def _totp_user(workbench: Workbench) -> tuple[str, str]:
    """A fresh reviewer with two-factor sign-in on: (name, base32 secret)."""
    name = f"totp-{uuid.uuid4().hex[:8]}"
    add_user(workbench.store, name, "reviewer", PASSWORD, "test")
    return name, enable_totp(workbench.store, name, "test").secret


def _password_step(client: TestClient, name: str) -> Any:
    token = csrf_of(client.get("/sign-in").text)
    return client.post(
        "/sign-in",
        data={"name": name, "password": PASSWORD, "csrf_token": token, "next": "/incidents"},
        follow_redirects=False,
    )


def _code(client: TestClient, code: str, next: str = "/incidents") -> Any:
    page = client.get("/sign-in/code")
    return client.post(
        "/sign-in/code",
        data={"code": code, "csrf_token": csrf_of(page.text), "next": next},
        follow_redirects=False,
    )


def _signin_reasons(workbench: Workbench, name: str) -> list[str]:
    with workbench.store.session() as session:
        rows = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.actor == name, AuditEntry.action.like("signin.%"))
            .order_by(AuditEntry.seq)
        )
        return [f"{row.action} {row.details.get('reason', '')}".strip() for row in rows]


def test_two_factor_sign_in_asks_for_a_code_after_the_password(workbench: Workbench) -> None:
    name, secret = _totp_user(workbench)
    client = workbench.client()
    first = _password_step(client, name)
    assert first.status_code == 303 and first.headers["location"].startswith("/sign-in/code")
    # Half signed in: no page opens yet.
    blocked = client.get("/", follow_redirects=False)
    assert blocked.status_code == 303 and blocked.headers["location"].startswith("/sign-in")
    page = client.get(first.headers["location"])
    assert page.status_code == 200 and 'autocomplete="one-time-code"' in page.text
    wrong = _code(client, "000000" if pyotp.TOTP(secret).now() != "000000" else "111111")
    assert wrong.status_code == 400 and "wrong or already used code" in wrong.text
    half_token = csrf_of(client.get("/sign-in/code").text)
    good = _code(client, pyotp.TOTP(secret).now())
    assert good.status_code == 303 and good.headers["location"] == "/incidents"
    # A new session (and CSRF token) after the code step too, not the half-signed-in one.
    assert csrf_of(client.get("/").text) != half_token
    assert client.get("/", follow_redirects=False).status_code == 200
    assert _signin_reasons(workbench, name) == [
        "signin.password-accepted",
        "signin.failed wrong code",
        "signin.succeeded",
    ]
    # A second browser replaying the same code is refused.
    other = workbench.client()
    _password_step(other, name)
    assert _code(other, pyotp.TOTP(secret).now()).status_code == 400


def test_a_half_finished_sign_in_expires_after_five_minutes(
    workbench: Workbench, monkeypatch: pytest.MonkeyPatch
) -> None:
    name, secret = _totp_user(workbench)
    client = workbench.client()
    _password_step(client, name)
    token = csrf_of(client.get("/sign-in/code").text)
    later = time.time() + 5 * 60 + 1
    monkeypatch.setattr(auth, "time", SimpleNamespace(time=lambda: later))
    late = client.post(
        "/sign-in/code",
        data={"code": pyotp.TOTP(secret).now(), "csrf_token": token},
        follow_redirects=False,
    )
    assert late.status_code == 400 and "not finished within 5 minutes" in late.text
    with workbench.store.session() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        assert last is not None and last.action == "signin.failed"
        assert last.details == {"reason": "code too late"}
    assert client.get("/", follow_redirects=False).status_code == 303
    # The password form it shows works: signing in starts over.
    again = client.post(
        "/sign-in",
        data={"name": name, "password": PASSWORD, "csrf_token": csrf_of(late.text)},
        follow_redirects=False,
    )
    assert again.status_code == 303 and again.headers["location"].startswith("/sign-in/code")
    # Without a password step at all, the code page sends the user to the password form.
    fresh = workbench.client().get("/sign-in/code")
    assert fresh.status_code == 400 and 'name="password"' in fresh.text


def test_wrong_codes_lock_the_account_and_api_tokens_are_not_affected(
    workbench: Workbench,
) -> None:
    name, secret = _totp_user(workbench)
    token = new_api_token(workbench.store, name, "test")
    api = workbench.client().get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert api.status_code == 200 and api.json()["name"] == name
    client = workbench.client()
    _password_step(client, name)
    for _attempt in range(MAX_FAILED_ATTEMPTS - 1):
        assert _code(client, "12345x").status_code == 400
    locked = _code(client, "000001")
    assert locked.status_code == 400 and "too many failed attempts" not in locked.text
    refused = _code(client, pyotp.TOTP(secret).now())
    assert refused.status_code == 400 and "too many failed attempts" in refused.text
    assert 'name="password"' in refused.text  # back to the start
    assert _signin_reasons(workbench, name)[-2:] == [
        "signin.failed wrong code; locked",
        "signin.failed locked",
    ]


def test_users_turn_on_two_factor_from_their_account_page(workbench: Workbench) -> None:
    name = f"self-{uuid.uuid4().hex[:8]}"
    add_user(workbench.store, name, "viewer", PASSWORD, "test")
    client = workbench.client()
    assert _password_step(client, name).headers["location"] == "/incidents"
    account = client.get("/account")
    assert account.status_code == 200 and "Off: your password alone" in account.text
    started = client.post("/account/totp", data={"csrf_token": csrf_of(account.text)})
    assert started.status_code == 200 and "<svg" in started.text
    secret = re.search(r'id="totp-secret">([A-Z2-7]+)<', started.text)
    assert secret and "otpauth://totp/" in started.text
    confirm = {"csrf_token": csrf_of(started.text)}
    wrong = client.post("/account/totp/confirm", data={**confirm, "code": "abc"})
    assert wrong.status_code == 400 and "does not match" in wrong.text
    assert secret.group(1) in wrong.text  # the same secret is shown again
    done = client.post(
        "/account/totp/confirm",
        data={**confirm, "code": pyotp.TOTP(secret.group(1)).now()},
        follow_redirects=False,
    )
    assert done.status_code == 303
    assert "Two-factor sign-in is on" in client.get(done.headers["location"]).text
    again = workbench.client()
    assert _password_step(again, name).headers["location"].startswith("/sign-in/code")
