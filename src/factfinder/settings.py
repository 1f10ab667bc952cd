"""Settings from the environment (FACTFINDER_*): where data lives, which database, who collects."""

from __future__ import annotations

import getpass
from pathlib import Path

import platformdirs
from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

# Limits live here, in one place, each with the reason it exists.
MAX_SOURCE_BYTES = 50 * 1024 * 1024  # larger originals are refused: reports are rarely bigger
HTTP_TIMEOUT_SECONDS = 20.0  # a slow host must not hang a batch
MAX_REDIRECTS = 10  # every hop is recorded in the source's metadata


def _default_home() -> Path:
    return Path(platformdirs.user_data_dir("factfinder", appauthor=False))


def _default_collector() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in some containers
        return "unknown"


class Settings(BaseSettings):
    """Everything configurable; each field is read from FACTFINDER_<NAME>."""

    model_config = SettingsConfigDict(env_prefix="FACTFINDER_")

    home: Path = Field(default_factory=_default_home, description="Folder for data and originals.")
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy URL; default: SQLite file factfinder.db in the home folder.",
    )
    collector: str = Field(
        default_factory=_default_collector, description="Name recorded as who collected a source."
    )
    # Protection (protect/): the key-encryption key comes from a passphrase or a key file.
    passphrase: SecretStr | None = Field(
        default=None,
        description="Passphrase the key-encryption key is derived from (Argon2id).",
    )
    key_file: Path | None = Field(
        default=None,
        description="File holding a 256-bit key-encryption key; an alternative to the passphrase.",
    )
    allow_private_addresses: bool = Field(
        default=False,
        description="Let URL ingest fetch hosts on loopback, private or link-local addresses.",
    )
    default_level: str = Field(
        default="public",
        description="Confidentiality level of newly ingested sources: public, restricted or "
        "confidential.",
    )

    @property
    def resolved_database_url(self) -> str:
        """The database URL in use: the configured one or the embedded SQLite file."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.home / 'factfinder.db'}"

    @property
    def originals_dir(self) -> Path:
        """Content-addressed store of the exact original bytes."""
        return self.home / "originals"


def load_settings() -> Settings:
    """Read the settings afresh from the environment."""
    return Settings()
