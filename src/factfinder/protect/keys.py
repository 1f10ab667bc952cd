"""Key management: the key-encryption key (KEK) from a passphrase or key file, init and rotation.

FACTFINDER_HOME/keys.json holds what is needed to find the KEK again and nothing secret: the
key's id (a hash of the key), where it comes from, for a passphrase the Argon2id salt and cost
parameters, and the embedded database's SQLCipher key wrapped under the KEK (AES-256-GCM), so
that a rotation re-wraps it like every other data key and never re-encrypts the database.
Losing the passphrase or key file makes encrypted originals and the database unreadable.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import functools
import hashlib
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from pydantic import SecretStr

from factfinder.errors import InputError
from factfinder.protect import audit
from factfinder.protect.envelope import (
    KEY_BYTES,
    KEY_ID_BYTES,
    Kek,
    is_envelope,
    parse_header,
    replace_file_atomically,
    rewrap,
    seal,
    unwrap_key,
    wrap_data_key,
)
from factfinder.settings import Settings
from factfinder.store.db import Store, is_plaintext_sqlite, open_store, sqlite_file

KEYS_FILE = "keys.json"
FORMAT = 1
# RFC 9106's second recommended option (64 MiB, 3 passes, 4 lanes): about 0.1 s here, so a
# guessed passphrase costs an attacker as much while a user waits a moment once per command.
DEFAULT_KDF = {"time_cost": 3, "memory_cost": 64 * 1024, "parallelism": 4}
SALT_BYTES = 16
MIN_PASSPHRASE_CHARS = 12
PASSPHRASE = "passphrase"
KEY_FILE = "key_file"


@dataclass(frozen=True)
class KeySecret:
    """Where a KEK comes from: a passphrase or a key file (exactly one of them)."""

    passphrase: str | None = None
    key_file: Path | None = None

    @property
    def source(self) -> str:
        return PASSPHRASE if self.passphrase is not None else KEY_FILE

    @property
    def given(self) -> bool:
        return self.passphrase is not None or self.key_file is not None


def configured_secret(settings: Settings) -> KeySecret:
    """The key source the settings name (FACTFINDER_PASSPHRASE or FACTFINDER_KEY_FILE)."""
    passphrase = settings.passphrase.get_secret_value() if settings.passphrase else None
    return secret_from(
        passphrase, settings.key_file, "FACTFINDER_PASSPHRASE", "FACTFINDER_KEY_FILE"
    )


def secret_from(
    passphrase: str | None, key_file: Path | None, passphrase_name: str, key_file_name: str
) -> KeySecret:
    """A key source from a passphrase or a key file, refusing both at once (which one wins?)."""
    if passphrase is not None and key_file is not None:
        raise InputError(f"set {passphrase_name} or {key_file_name}, not both")
    if passphrase is not None and not passphrase:
        raise InputError(f"{passphrase_name} is empty")
    return KeySecret(passphrase, key_file)


def key_id_of(key: bytes) -> bytes:
    """A public id for a key: a domain-separated hash, so the id reveals nothing of the key."""
    return hashlib.sha256(b"factfinder key id\x00" + key).digest()[:KEY_ID_BYTES]


@functools.lru_cache(maxsize=8)
def _argon2id(
    passphrase: str, salt: bytes, time_cost: int, memory_cost: int, parallelism: int
) -> bytes:
    # Cached because every command and every test derives the same key again.
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=time_cost,
        memory_cost=memory_cost,
        parallelism=parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def derive_kek(passphrase: str, kdf: dict[str, Any]) -> Kek:
    """The KEK a passphrase gives with the stored salt and Argon2id parameters."""
    key = _argon2id(
        passphrase,
        base64.b64decode(kdf["salt"]),
        kdf["time_cost"],
        kdf["memory_cost"],
        kdf["parallelism"],
    )
    return Kek(key, key_id_of(key))


def read_key_file(path: Path) -> Kek:
    """The KEK in a key file: 32 bytes written as base64 on one line (what `keys init` makes)."""
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        raise InputError(f"key file {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read key file {path} ({type(exc).__name__})") from None
    try:
        key = base64.b64decode(text, validate=True)
    except binascii.Error:
        key = b""
    if len(key) != KEY_BYTES:
        raise InputError(f"key file {path} does not hold a 256-bit key in base64")
    return Kek(key, key_id_of(key))


def write_new_key_file(path: Path) -> Kek:
    """Create a key file with a fresh random key, readable by its owner only; never overwrite."""
    key = secrets.token_bytes(KEY_BYTES)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise InputError(f"key file {path} already exists") from None
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(base64.b64encode(key).decode() + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    return Kek(key, key_id_of(key))


def keys_path(settings: Settings) -> Path:
    return settings.home / KEYS_FILE


def load_key_config(settings: Settings) -> dict[str, Any] | None:
    """The home's keys.json, or None when encryption was never set up here."""
    path = keys_path(settings)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read {path} ({type(exc).__name__})") from None


def _save_key_config(settings: Settings, config: dict[str, Any]) -> None:
    path = keys_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    replace_file_atomically(path, (json.dumps(config, indent=1, sort_keys=True) + "\n").encode())


def _kek_for_entry(secret: KeySecret, entry: dict[str, Any]) -> Kek | None:
    """The KEK the secret gives for a keys.json entry, or None when it is not that entry's key."""
    if secret.source != entry["source"]:
        return None
    if secret.passphrase is not None:
        kek = derive_kek(secret.passphrase, entry["kdf"])
    else:
        assert secret.key_file is not None
        kek = read_key_file(secret.key_file)
    return kek if kek.key_id_hex == entry["key_id"] else None


def _wrong_key(config: dict[str, Any], what: str) -> InputError:
    current = config["current"]
    hint = "FACTFINDER_PASSPHRASE" if current["source"] == PASSPHRASE else "FACTFINDER_KEY_FILE"
    return InputError(
        f"wrong key: {what} does not match this home's key {current['key_id']} "
        f"(it comes from a {current['source'].replace('_', ' ')}: set {hint}); nothing was changed"
    )


def keyring_for(settings: Settings) -> Kek | None:
    """The KEK to encrypt and decrypt originals with, or None when this home is not encrypted.

    A home set up for encryption refuses to go on without its key or with a wrong one, so that
    no original is ever written in plaintext next to encrypted ones by mistake.
    """
    config = load_key_config(settings)
    secret = configured_secret(settings)
    if config is None:
        if secret.given:
            raise InputError(
                "a key is configured but this home has no keys.json: run `factfinder keys init`"
            )
        return None
    if not secret.given:
        raise InputError(
            "this home is encrypted (database and originals): "
            "set FACTFINDER_PASSPHRASE or FACTFINDER_KEY_FILE"
        )
    for entry in (config["current"], config.get("pending")):
        if entry is not None:
            kek = _kek_for_entry(secret, entry)
            if kek is not None:
                return kek
    raise _wrong_key(config, "the configured key")


def _entry_of(config: dict[str, Any], kek: Kek) -> dict[str, Any]:
    """The keys.json entry (current, or pending during a rotation) of a KEK keyring_for gave."""
    pending = config.get("pending")
    if pending is not None and pending["key_id"] == kek.key_id_hex:
        return pending
    return config["current"]


def _wrapped_database_key(kek: Kek, database_key: bytes) -> str:
    return base64.b64encode(wrap_data_key(kek, database_key)).decode()


def _unwrap_database_key(kek: Kek, entry: dict[str, Any]) -> bytes:
    wrapped = base64.b64decode(entry["database_key"])
    return unwrap_key(kek, bytes.fromhex(entry["key_id"]), wrapped, "the database key")


def database_key_for(settings: Settings, *, missing_ok: bool = False) -> bytes | None:
    """The SQLCipher key of this home's embedded database, or None when the home has no keys.

    A home with keys refuses to open without its key or with a wrong one (keyring_for). A home
    whose keys predate database encryption has no database key yet: `keys init` adds it
    (`missing_ok`); anything else is told to run it.
    """
    config = load_key_config(settings)
    if config is None:
        return None
    kek = keyring_for(settings)
    assert kek is not None
    entry = _entry_of(config, kek)
    if "database_key" not in entry:
        if missing_ok:
            return None
        raise InputError(
            "this home's database is not encrypted yet: run `factfinder keys init` to encrypt it"
        )
    return _unwrap_database_key(kek, entry)


def encryption_status(settings: Settings) -> str:
    """One sentence on whether originals are encrypted, for `demo` and `keys status`."""
    config = load_key_config(settings)
    if config is None:
        return "originals are not encrypted (no key configured; see `factfinder keys init`)"
    current = config["current"]
    source = "a passphrase" if current["source"] == PASSPHRASE else "a key file"
    sentence = (
        f"originals are encrypted at rest with AES-256-GCM under key {current['key_id']} "
        f"(from {source})"
    )
    database = database_state(settings)
    if database == "plaintext":
        sentence += "; the database is NOT encrypted yet: run `factfinder keys init`"
    elif database == "sqlcipher":
        sentence += "; so is the database (SQLCipher, its data key wrapped under the same key)"
    if config.get("pending"):
        sentence += f"; a rotation to key {config['pending']['key_id']} was interrupted"
    return sentence


def _new_entry(secret: KeySecret) -> tuple[dict[str, Any], Kek]:
    """A keys.json entry (and its KEK) for a new key from `secret`."""
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    if secret.passphrase is not None:
        if len(secret.passphrase) < MIN_PASSPHRASE_CHARS:
            raise InputError(f"the passphrase must have at least {MIN_PASSPHRASE_CHARS} characters")
        kdf = {
            "algorithm": "argon2id",
            "salt": base64.b64encode(secrets.token_bytes(SALT_BYTES)).decode(),
            **DEFAULT_KDF,
        }
        kek = derive_kek(secret.passphrase, kdf)
        return {"source": PASSPHRASE, "kdf": kdf, "key_id": kek.key_id_hex, "created_at": now}, kek
    assert secret.key_file is not None
    path = secret.key_file
    kek = read_key_file(path) if path.exists() else write_new_key_file(path)
    return {"source": KEY_FILE, "kdf": None, "key_id": kek.key_id_hex, "created_at": now}, kek


def preserved_files(settings: Settings) -> list[Path]:
    """Every preserved original and derived file (not half-written temporary files)."""
    root = settings.originals_dir
    if not root.is_dir():
        return []
    return sorted(
        path for path in root.rglob("*") if path.is_file() and not path.name.startswith(".")
    )


@dataclass
class KeyChange:
    """What `keys init` or `keys rotate` did."""

    key_id: str
    source: str
    encrypted: int = 0  # plaintext originals (preserved before any key) now encrypted
    rewrapped: int = 0
    already: int = 0  # files a resumed rotation found done
    database_encrypted: bool = False  # `keys init` turned a plaintext SQLite file into SQLCipher


def _seal_fields(store: Store, old: Kek | None, new: Kek) -> None:
    """Encrypted fields in the database follow the files: plaintext ones are encrypted at init,
    and at rotation re-wrapped in one transaction (a resumed rotation skips those already done)."""
    from factfinder.protect import persons, totp  # both read fields with keyring_for from here

    with store.session() as session:
        totp.reseal_secrets(session, old, new)
        persons.reseal_fields(session, old, new)


def _plaintext_left(store: Store) -> bool:
    """Whether `keys init` still has something to encrypt: the database or an original."""
    if store.dialect == "sqlite" and not store.encrypted:
        return True
    for path in preserved_files(store.settings):
        with path.open("rb") as handle:
            if not is_envelope(handle.read(128)):
                return True
    return False


def init_keys(store: Store, actor: str) -> KeyChange:
    """Set up encryption in this home with the configured key: the embedded database becomes a
    SQLCipher file and existing originals get encrypted.

    keys.json (with the database key wrapped under the KEK) is written before anything is
    encrypted, so an interrupted init is finished by running it again with the same key. It is
    never overwritten: replacing it would strand everything encrypted under the old key.
    """
    settings = store.settings
    secret = configured_secret(settings)
    config = load_key_config(settings)
    if config is None:
        if not secret.given:
            raise InputError(
                "set FACTFINDER_PASSPHRASE or FACTFINDER_KEY_FILE to the new key first"
            )
        entry, kek = _new_entry(secret)
        entry["database_key"] = _wrapped_database_key(kek, secrets.token_bytes(KEY_BYTES))
        _save_key_config(settings, {"format": FORMAT, "current": entry, "retired": []})
    else:
        if config.get("pending"):
            raise InputError(
                "a key rotation is unfinished: finish it with `factfinder keys rotate`"
            )
        kek = keyring_for(settings)  # the home's own key, or a clear error
        assert kek is not None
        entry = config["current"]
        if "database_key" in entry and not _plaintext_left(store):
            raise InputError(
                f"keys are already set up in {keys_path(settings)}; "
                "use `factfinder keys rotate` to change the key"
            )
        if "database_key" not in entry:  # keys made before databases were encrypted
            entry["database_key"] = _wrapped_database_key(kek, secrets.token_bytes(KEY_BYTES))
            _save_key_config(settings, config)
    change = KeyChange(entry["key_id"], entry["source"])
    change.database_encrypted = store.encrypt_database(_unwrap_database_key(kek, entry))
    for path in preserved_files(settings):
        data = path.read_bytes()
        if not is_envelope(data):
            replace_file_atomically(path, seal(kek, data))
            change.encrypted += 1
    _seal_fields(store, None, kek)
    audit.record_now(
        store,
        actor,
        "keys.init",
        object_type="key",
        object_id=change.key_id,
        details={
            "source": change.source,
            "encrypted_files": change.encrypted,
            "database_encrypted": change.database_encrypted,
        },
    )
    return change


def rotate_keys(store: Store, old: KeySecret, actor: str) -> KeyChange:
    """Re-wrap every data key from the old KEK to the configured (new) one, file by file.

    Only the 60-byte wrapped key and the key id in each header change; the ciphertext is copied
    as it was and nothing is ever decrypted to disk. The new key is recorded as pending first,
    so an interrupted rotation leaves each file readable with the old or the new key, and
    running the same command again finishes it.
    """
    settings = store.settings
    config = load_key_config(settings)
    if config is None:
        raise InputError("this home has no keys yet: run `factfinder keys init`")
    if not old.given:
        raise InputError(
            "give the old key too: FACTFINDER_OLD_PASSPHRASE or FACTFINDER_OLD_KEY_FILE"
        )
    old_kek = _kek_for_entry(old, config["current"])
    if old_kek is None:
        raise _wrong_key(config, "the old key")
    new = configured_secret(settings)
    if not new.given:
        raise InputError("set FACTFINDER_PASSPHRASE or FACTFINDER_KEY_FILE to the new key")
    pending = config.get("pending")
    if pending is not None:
        new_kek = _kek_for_entry(new, pending)
        if new_kek is None:
            raise InputError(
                f"a rotation to key {pending['key_id']} was interrupted: give the same new key "
                "to finish it; nothing was changed"
            )
    else:
        pending, new_kek = _new_entry(new)
        if new_kek.key_id == old_kek.key_id:
            raise InputError("the new key is the same as the old one")
        if "database_key" in config["current"]:
            # The database key is re-wrapped in the same atomic write that records the new key,
            # so the database opens with the old or the new key at every moment.
            database_key = _unwrap_database_key(old_kek, config["current"])
            pending["database_key"] = _wrapped_database_key(new_kek, database_key)
        config["pending"] = pending
        _save_key_config(settings, config)
    change = KeyChange(pending["key_id"], pending["source"])
    for path in preserved_files(settings):
        data = path.read_bytes()
        if not is_envelope(data):
            replace_file_atomically(path, seal(new_kek, data))
            change.encrypted += 1
        elif parse_header(data, path.name).key_id == new_kek.key_id:
            change.already += 1
        else:
            replace_file_atomically(path, rewrap(old_kek, new_kek, data, path.name))
            change.rewrapped += 1
    _seal_fields(store, old_kek, new_kek)
    # A retired entry keeps no wrapped database key: the old key must not open the database.
    retired = {k: v for k, v in config["current"].items() if k != "database_key"}
    retired["retired_at"] = dt.datetime.now(dt.UTC).isoformat()
    config["retired"] = [*config.get("retired", []), retired]
    config["current"] = config.pop("pending")
    _save_key_config(settings, config)
    audit.record_now(
        store,
        actor,
        "keys.rotate",
        object_type="key",
        object_id=change.key_id,
        details={
            "old_key_id": old_kek.key_id_hex,
            "source": change.source,
            "rewrapped_files": change.rewrapped,
            "encrypted_files": change.encrypted,
        },
    )
    return change


def database_state(settings: Settings) -> str:
    """How the database is kept at rest: "sqlcipher", "plaintext", "new" (no file yet) or
    "server" (PostgreSQL: its files are the server's to protect)."""
    path = sqlite_file(settings.resolved_database_url)
    if path is None:
        return "server" if not settings.resolved_database_url.startswith("sqlite") else "new"
    if is_plaintext_sqlite(path):
        return "plaintext"
    return "sqlcipher" if path.exists() and path.stat().st_size > 0 else "new"


def store_for_rotation(settings: Settings, old: KeySecret) -> Store:
    """The store opened with the old key (the one keys.json knows until the rotation is done),
    seen with the settings that name the new key."""
    config = load_key_config(settings)
    if config is not None and old.given and _kek_for_entry(old, config["current"]) is None:
        raise _wrong_key(config, "the old key")
    old_settings = settings.model_copy(
        update={
            "passphrase": SecretStr(old.passphrase) if old.passphrase is not None else None,
            "key_file": old.key_file,
        }
    )
    return Store(settings, open_store(old_settings).engine)


def key_status(settings: Settings) -> dict[str, Any]:
    """What `keys status` shows: the key in use, where it comes from, and the files' state."""
    config = load_key_config(settings)
    files = preserved_files(settings)
    by_key: dict[str, int] = {}
    plaintext = 0
    for path in files:
        with path.open("rb") as handle:
            head = handle.read(128)
        if is_envelope(head):
            key_id = parse_header(head, path.name).key_id_hex
            by_key[key_id] = by_key.get(key_id, 0) + 1
        else:
            plaintext += 1
    status: dict[str, Any] = {
        "encrypted": config is not None,
        "sentence": encryption_status(settings),
        "keys_file": str(keys_path(settings)),
        "files": len(files),
        "plaintext_files": plaintext,
        "files_by_key": by_key,
        "database": database_state(settings),
    }
    if config is not None:
        current = config["current"]
        status["key_id"] = current["key_id"]
        status["source"] = current["source"]
        status["kdf"] = {k: v for k, v in (current["kdf"] or {}).items() if k != "salt"} or None
        status["pending_key_id"] = (config.get("pending") or {}).get("key_id")
        status["retired_key_ids"] = [entry["key_id"] for entry in config.get("retired", [])]
    return status
