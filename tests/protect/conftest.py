"""Fixtures for protection tests: a cheap Argon2id cost, and stores opened with a key."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from typer.testing import CliRunner

from factfinder.protect import keys
from factfinder.settings import Settings
from factfinder.store.db import Store, open_store

PASSPHRASE = "amber-lantern-keeps-watch"
OTHER_PASSPHRASE = "quiet-river-under-stone"


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id at 8 MiB and one pass: the same code path as production, a fraction of the time."""
    monkeypatch.setattr(
        keys, "DEFAULT_KDF", {"time_cost": 1, "memory_cost": 8192, "parallelism": 1}
    )


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def set_key_env(monkeypatch: pytest.MonkeyPatch, **env: str | None) -> None:
    """Set FACTFINDER_* variables (None unsets), e.g. passphrase="…", key_file=None."""
    for name, value in env.items():
        variable = f"FACTFINDER_{name.upper()}"
        if value is None:
            monkeypatch.delenv(variable, raising=False)
        else:
            monkeypatch.setenv(variable, value)


def keyed(store: Store, monkeypatch: pytest.MonkeyPatch, **env: str | None) -> Store:
    """The same database connection and home seen with other FACTFINDER_* key settings."""
    set_key_env(monkeypatch, **env)
    return Store(Settings(), store.engine)


@pytest.fixture
def reopen(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Store]]:
    """Open the home's database afresh, as a new command would (after `keys init` turned it
    into an encrypted file, earlier engines point at the old one); engines closed at the end."""
    opened: list[Store] = []

    def _reopen(**env: str | None) -> Store:
        set_key_env(monkeypatch, **env)
        opened.append(open_store(Settings(), migrate=False))
        return opened[-1]

    yield _reopen
    for store in opened:
        store.engine.dispose()
