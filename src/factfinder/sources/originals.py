"""Content-addressed store of exact original bytes: written once, atomically, then read-only."""

from __future__ import annotations

import hashlib
from pathlib import Path

from factfinder.errors import InputError, IntegrityError
from factfinder.protect.envelope import Kek, is_envelope, open_sealed, replace_file_atomically, seal

HASH_LABEL = "SHA-256"


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of `data` as 64 lowercase hex digits: the identity of a preserved original."""
    return hashlib.sha256(data).hexdigest()


def labelled_hash(hex_digest: str) -> str:
    """A hash written so that it says which algorithm made it (`SHA-256:<hex>`)."""
    return f"{HASH_LABEL}:{hex_digest}"


def original_path(root: Path, sha256: str) -> Path:
    """Where the bytes with this hash live: root/ab/cd/<sha256>, so no folder grows huge."""
    return root / sha256[:2] / sha256[2:4] / sha256


def preserve_bytes(root: Path, data: bytes, kek: Kek | None = None) -> tuple[str, Path]:
    """Keep `data` under its SHA-256; an existing copy is never rewritten, only checked to exist.

    With a key (`kek`) the file holds the bytes encrypted (protect.envelope); the name and the
    recorded hash stay those of the plaintext, so evidence hashes keep their meaning and only
    the hash, never the content, shows on disk. The write goes to a temporary file in the same
    folder, is fsync'd, then renamed into place, so a crash or Ctrl-C leaves either the whole
    file or none. The file is made read-only.
    """
    digest = sha256_hex(data)
    path = original_path(root, digest)
    if path.exists():
        return digest, path
    if not path.parent.is_dir():  # a stat is cheaper than a mkdir that fails on most files
        path.parent.mkdir(parents=True, exist_ok=True)
    replace_file_atomically(path, seal(kek, data) if kek else data)
    return digest, path


def hash_file(path: Path) -> str:
    """Re-hash a file from disk in chunks (originals can be tens of megabytes)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


def stored_plaintext(path: Path, kek: Kek | None) -> bytes:
    """The plaintext of a preserved file: decrypted when it is encrypted (which needs the key)."""
    data = path.read_bytes()
    if not is_envelope(data):
        return data
    label = labelled_hash(path.name)
    if kek is None:
        raise InputError(f"{label} is encrypted: set FACTFINDER_PASSPHRASE or FACTFINDER_KEY_FILE")
    return open_sealed(kek, data, label)


def hash_preserved(path: Path, kek: Kek | None) -> str:
    """The SHA-256 of a preserved file's plaintext, decrypting first when it is encrypted."""
    if kek is None:
        return hash_file(path)
    return sha256_hex(stored_plaintext(path, kek))


def read_original(root: Path, sha256: str, kek: Kek | None = None) -> bytes:
    """The preserved bytes for a hash, refusing to return bytes that no longer match it."""
    path = original_path(root, sha256)
    try:
        data = stored_plaintext(path, kek)
    except FileNotFoundError:
        raise IntegrityError(f"preserved file {labelled_hash(sha256)} is missing") from None
    if sha256_hex(data) != sha256:
        raise IntegrityError(f"preserved file {labelled_hash(sha256)} no longer matches its hash")
    return data
