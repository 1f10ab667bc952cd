"""Web fixtures: a home holding the demo's sample reports (extracted and linked), on both databases,
users of every role with API tokens, and a TestClient on the app."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from factfinder.demo import run_demo
from factfinder.protect.users import ROLES, add_user, new_api_token
from factfinder.settings import Settings
from factfinder.store.db import Store, open_store
from factfinder.web.app import create_app

PG_SERVER_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
PASSWORD = "plover-Quartz-41"


@dataclass
class Workbench:
    """A populated home: its store, the app, and an API token and password per role."""

    store: Store
    settings: Settings
    tokens: dict[str, str]

    def client(self) -> TestClient:
        return TestClient(create_app(self.settings), raise_server_exceptions=False)

    def auth(self, role: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[role]}"}


def _database_url(kind: str, home: Path) -> tuple[str, str | None]:
    if kind == "sqlite":
        return f"sqlite:///{home / 'factfinder.db'}", None
    schema = f"w_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_SERVER_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    return f"{PG_SERVER_URL}?options=-csearch_path%3D{schema}", schema


def make_workbench(home: Path, kind: str) -> tuple[Workbench, str | None]:
    """A fresh home with the samples preserved, extracted and linked, and one user per role."""
    url, schema = _database_url(kind, home)
    settings = Settings(home=home, database_url=url, collector="test-collector")
    store = open_store(settings)
    run_demo(store)
    tokens = {}
    for role in ROLES:
        add_user(store, f"{role}-user", role, PASSWORD, "test")
        tokens[role] = new_api_token(store, f"{role}-user", "test")
    return Workbench(store, settings, tokens), schema


def _drop(schema: str | None) -> None:
    if schema:
        admin = create_engine(PG_SERVER_URL)
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def workbench(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Workbench]:
    """One populated home per database, shared by a module's tests (they mutate distinct rows)."""
    bench, schema = make_workbench(tmp_path_factory.mktemp("web"), request.param)
    yield bench
    bench.store.engine.dispose()
    _drop(schema)


@pytest.fixture(params=["sqlite", "postgresql"])
def fresh_workbench(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Workbench]:
    """A populated home of its own, for tests that re-link (merge, split)."""
    bench, schema = make_workbench(tmp_path / "home", request.param)
    yield bench
    bench.store.engine.dispose()
    _drop(schema)


def csrf_of(html: str) -> str:
    """The CSRF token a page's forms carry."""
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "page has no CSRF token"
    return match.group(1)


def sign_in(client: TestClient, role: str) -> str:
    """Sign a browser-like client in through the form; returns the session's CSRF token."""
    token = csrf_of(client.get("/sign-in").text)
    answer = client.post(
        "/sign-in",
        data={"name": f"{role}-user", "password": PASSWORD, "csrf_token": token, "next": "/"},
        follow_redirects=False,
    )
    assert answer.status_code == 303, answer.text
    return csrf_of(client.get("/").text)
