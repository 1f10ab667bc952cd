"""Engines, sessions and schema upgrades: one entry point, `open_store`, for every stage."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, inspect, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from factfinder.errors import InputError
from factfinder.settings import Settings, load_settings

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


SQLITE_MAGIC = b"SQLite format 3\x00"  # how every plaintext SQLite file starts
BUSY_TIMEOUT_SECONDS = 30


def sqlite_file(url: str) -> Path | None:
    """The database file of a SQLite URL (None for an in-memory database or another dialect)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def is_plaintext_sqlite(path: Path) -> bool:
    """True when `path` is an unencrypted SQLite file (a SQLCipher file starts with random salt)."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except FileNotFoundError:
        return False


def _raw_key_pragma(key: bytes) -> str:
    # A raw 256-bit key in SQLCipher's x'…' form: used as is, without SQLCipher's own
    # PBKDF2 (the key is random, not a passphrase), so opening a connection stays cheap.
    return f"PRAGMA key = \"x'{key.hex()}'\""


def _encrypted_connector(path: Path, key: bytes) -> Any:
    """A connection factory for a SQLCipher file: the key is the first statement on every
    connection, and a key that does not open the file is one clear error, with nothing written."""
    import sqlcipher3

    def connect() -> Any:
        connection = sqlcipher3.connect(
            str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_SECONDS
        )
        try:
            connection.execute(_raw_key_pragma(key))
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError:
            connection.close()
            raise InputError(
                f"the database {path.name} cannot be opened with this key "
                "(it is not this home's database, or it is damaged); nothing was changed"
            ) from None
        return connection

    return connect


def make_engine(url: str, key: bytes | None = None) -> Engine:
    """An engine tuned for the dialect: WAL, foreign keys and a busy timeout on SQLite.

    With `key` a SQLite file is a SQLCipher database: every page, the WAL and the FTS5 index
    are encrypted, and temporary tables and sorts stay in memory so no plaintext spills to disk.
    """
    if url.startswith("sqlite"):
        path = sqlite_file(url)
        if key is not None and path is not None:
            import sqlcipher3

            engine = create_engine(url, module=sqlcipher3, creator=_encrypted_connector(path, key))
        else:
            engine = create_engine(
                url, connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_SECONDS}
            )
        encrypted = key is not None and path is not None

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):  # type: ignore[no-untyped-def]
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
            if encrypted:
                cursor.execute("PRAGMA temp_store=MEMORY")
            cursor.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_sidecars(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def encrypt_sqlite_file(path: Path, key: bytes) -> None:
    """Turn a plaintext SQLite file into a SQLCipher file under `key`, in place.

    The WAL is checkpointed and switched off first, so the whole database is in the one file;
    sqlcipher_export copies schema, data and FTS5 index into a new encrypted file beside it,
    which is fsync'd, checked with the key and renamed over the old one. A crash leaves either
    the plaintext database (run `keys init` again) or the encrypted one, never a mix. The old
    file's bytes are then overwritten with zeros (best effort: SSDs and copy-on-write file
    systems may keep old blocks, which only full-disk encryption covers).
    """
    import sqlcipher3

    partial = path.with_name(f".partial-{path.name}")
    partial.unlink(missing_ok=True)
    source = sqlcipher3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_SECONDS)
    try:
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        source.execute("PRAGMA journal_mode=DELETE")
        user_version = source.execute("PRAGMA user_version").fetchone()[0]
        source.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(partial),))
        source.execute("BEGIN IMMEDIATE")  # no other writer while the copy is taken
        source.execute("SELECT sqlcipher_export('encrypted')")
        source.execute(f"PRAGMA encrypted.user_version = {int(user_version)}")
        source.execute("COMMIT")
        source.execute("DETACH DATABASE encrypted")
    except sqlcipher3.Error as exc:
        partial.unlink(missing_ok=True)
        raise InputError(
            f"cannot encrypt the database ({exc}): stop other factfinder processes "
            "(e.g. `factfinder serve`) and run `factfinder keys init` again"
        ) from None
    finally:
        source.close()
    _fsync(partial)
    check = _encrypted_connector(partial, key)()
    try:
        if check.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise InputError("the encrypted copy of the database fails its check; nothing changed")
    finally:
        check.close()
    with path.open("r+b") as old:
        _remove_sidecars(path)
        os.replace(partial, path)
        _fsync(path.parent)
        size = old.seek(0, os.SEEK_END)
        old.seek(0)
        for start in range(0, size, 1 << 20):
            old.write(bytes(min(1 << 20, size - start)))
        old.flush()
        os.fsync(old.fileno())


def alembic_config(engine: Engine) -> Config:
    """Alembic configured from code, so migrations ship inside the package."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    # ConfigParser treats % as interpolation; URLs carry %-escapes (e.g. search_path options).
    url = engine.url.render_as_string(hide_password=False).replace("%", "%%")
    cfg.set_main_option("sqlalchemy.url", url)
    return cfg


def upgrade(engine: Engine) -> None:
    """Create or upgrade the schema to the newest migration (what `factfinder init` does)."""
    cfg = alembic_config(engine)
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")


class Store:
    """A database plus the folder of preserved originals that belongs with it."""

    def __init__(self, settings: Settings, engine: Engine) -> None:
        self.settings = settings
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed on success, rolled back whole on any error or Ctrl-C."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def table_names(self) -> list[str]:
        return inspect(self.engine).get_table_names()

    @property
    def encrypted(self) -> bool:
        """True when this store's database is a SQLCipher file opened with its key."""
        return self.dialect == "sqlite" and self.engine.dialect.loaded_dbapi.__name__.startswith(
            "sqlcipher3"
        )

    def encrypt_database(self, key: bytes) -> bool:
        """Make this store's SQLite file a SQLCipher database under `key` and use it from now on
        (what `keys init` does to a home that had a plaintext database). False when there was
        no plaintext file to convert (PostgreSQL, or already encrypted)."""
        url = self.engine.url.render_as_string(hide_password=False)
        path = sqlite_file(url)
        if path is None or self.encrypted:
            return False
        self.engine.dispose()  # pooled connections still point at the plaintext file
        existed = path.exists() and path.stat().st_size > 0
        converted = is_plaintext_sqlite(path)
        if converted:
            encrypt_sqlite_file(path, key)
        self.engine = make_engine(url, key)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        if not existed:
            upgrade(self.engine)
        return converted


def _database_key(settings: Settings, url: str, for_key_setup: bool) -> bytes | None:
    """The SQLCipher key to open the configured SQLite file with, or None for plain SQLite."""
    # protect/ wraps store/ (its key management reads and writes through a Store), so the key
    # lookup is imported here, when a store opens, not when this module loads.
    from factfinder.protect.keys import database_key_for, keyring_for, load_key_config

    path = sqlite_file(url)
    if path is None:
        # PostgreSQL opens without the key, but the home's originals and encrypted fields need
        # it: refuse a missing or wrong key now, as for SQLite, so no command half-works.
        if not for_key_setup and load_key_config(settings) is not None:
            keyring_for(settings)
        return None

    if for_key_setup and is_plaintext_sqlite(path):
        return None  # `keys init` opens it as it is, to encrypt it
    key = database_key_for(settings, missing_ok=for_key_setup)
    if key is not None and is_plaintext_sqlite(path):
        raise InputError(
            f"this home has keys but its database {path.name} is not encrypted yet: "
            "run `factfinder keys init` to encrypt it; nothing was changed"
        )
    return key


def open_store(
    settings: Settings | None = None, *, migrate: bool = True, for_key_setup: bool = False
) -> Store:
    """Open (and on first use create) the configured store; a bad URL is an InputError.

    When the home has keys, an embedded SQLite database is opened as SQLCipher with the data key
    keys.json holds wrapped under the configured key; a missing or wrong key is an InputError
    before anything is read or written. `for_key_setup` (only `keys init`) opens a plaintext
    database as it is, so that it can be encrypted.
    """
    settings = settings or load_settings()
    settings.home.mkdir(parents=True, exist_ok=True)
    settings.originals_dir.mkdir(parents=True, exist_ok=True)
    url = settings.resolved_database_url
    try:
        key = _database_key(settings, url, for_key_setup)
        engine = make_engine(url, key)
        if migrate:
            upgrade(engine)
        elif key is not None:
            with engine.connect():  # a key that does not fit is found now, not mid-batch
                pass
    except OperationalError as exc:
        raise InputError(f"cannot open the database: {exc.orig.__class__.__name__}") from None
    except Exception as exc:  # a malformed URL or a missing driver
        if isinstance(exc, InputError):
            raise
        raise InputError(f"cannot open the database: {exc}") from None
    return Store(settings, engine)
