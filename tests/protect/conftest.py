"""Fixtures for protection tests: a cheap Argon2id cost, and stores opened with a key."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from factfinder.protect import keys
from factfinder.settings import Settings
from factfinder.store.db import Store

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


def keyed(store: Store, monkeypatch: pytest.MonkeyPatch, **env: str | None) -> Store:
    """The same database and home seen with other FACTFINDER_* key settings (None unsets)."""
    for name, value in env.items():
        variable = f"FACTFINDER_{name.upper()}"
        if value is None:
            monkeypatch.delenv(variable, raising=False)
        else:
            monkeypatch.setenv(variable, value)
    return Store(Settings(), store.engine)
