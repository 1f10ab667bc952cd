"""Shared fixtures: a fresh factfinder home per test, on SQLite and on the real PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from factfinder.settings import Settings
from factfinder.store.db import Store, open_store

PG_SERVER_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def _postgres_available() -> bool:
    try:
        engine = create_engine(PG_SERVER_URL)
        with engine.connect():
            pass
        engine.dispose()
        return True
    except Exception:
        return False


@pytest.fixture(scope="session")
def postgres_available() -> bool:
    return _postgres_available()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL to an empty database: a SQLite file, or a fresh PostgreSQL schema dropped after."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'factfinder.db'}"
        return
    if not request.getfixturevalue("postgres_available"):
        pytest.fail("PostgreSQL is not running on 127.0.0.1:5432 (CI starts it)")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_SERVER_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{PG_SERVER_URL}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def settings(tmp_path: Path, database_url: str, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Settings for a fresh home; also exported to the environment for CLI tests."""
    home = tmp_path / "home"
    monkeypatch.setenv("FACTFINDER_HOME", str(home))
    monkeypatch.setenv("FACTFINDER_DATABASE_URL", database_url)
    monkeypatch.setenv("FACTFINDER_COLLECTOR", "test-collector")
    return Settings()


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    opened = open_store(settings)
    yield opened
    opened.engine.dispose()


@pytest.fixture
def sqlite_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Settings for a fresh embedded-default home, for tests that need only one database."""
    home = tmp_path / "home"
    monkeypatch.setenv("FACTFINDER_HOME", str(home))
    monkeypatch.delenv("FACTFINDER_DATABASE_URL", raising=False)
    monkeypatch.setenv("FACTFINDER_COLLECTOR", "test-collector")
    return Settings()
