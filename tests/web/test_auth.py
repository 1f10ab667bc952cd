"""Who may do what: the authorization matrix over every route × role, sessions, CSRF, cookies."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.routing import APIRoute
from starlette.routing import Mount, Route

from factfinder.protect.users import ROLES
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
    ("GET", "/api/v1/claims/{claim_id}/comments"): "read",
    ("POST", "/api/v1/claims/{claim_id}/comments"): "review",
    ("GET", "/api/v1/incidents"): "read",
    ("GET", "/api/v1/incidents/{incident_id}"): "read",
    ("POST", "/api/v1/incidents/merge"): "edit",
    ("POST", "/api/v1/incidents/{incident_id}/split"): "edit",
    ("GET", "/api/v1/incidents/{incident_id}/comments"): "read",
    ("POST", "/api/v1/incidents/{incident_id}/comments"): "review",
    ("GET", "/api/v1/responses"): "read",
    ("GET", "/api/v1/timeline"): "read",
    ("GET", "/api/v1/actors"): "read",
    ("GET", "/api/v1/users"): "admin",
    ("POST", "/api/v1/users"): "admin",
    ("POST", "/api/v1/users/{name}/tokens"): "admin",
    ("GET", "/sign-in"): "public",
    ("POST", "/sign-in"): "public",
    ("POST", "/sign-out"): "read",
    ("GET", "/"): "read",
    ("GET", "/sources"): "read",
    ("POST", "/sources/upload"): "edit",
    ("GET", "/sources/{source_id}"): "read",
    ("GET", "/review"): "review",
    ("POST", "/review/{claim_id}"): "review",
    ("GET", "/claims/{claim_id}"): "read",
    ("POST", "/claims/{claim_id}/comments"): "review",
    ("GET", "/incidents"): "read",
    ("GET", "/incidents/{incident_id}"): "read",
    ("POST", "/incidents/{incident_id}/comments"): "review",
    ("GET", "/responses"): "read",
}
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
            allowed = caller in PERMISSIONS[permission]
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
