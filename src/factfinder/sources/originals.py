"""Content-addressed store of exact original bytes: written once, atomically, then read-only."""

from __future__ import annotations

import hashlib
import os
import stat
import tempfile
from pathlib import Path

from factfinder.errors import IntegrityError

HASH_LABEL = "SHA-256"
READ_ONLY = stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of `data` as 64 lowercase hex digits: the identity of a preserved original."""
    return hashlib.sha256(data).hexdigest()


def labelled_hash(hex_digest: str) -> str:
    """A hash written so that it says which algorithm made it (`SHA-256:<hex>`)."""
    return f"{HASH_LABEL}:{hex_digest}"


def original_path(root: Path, sha256: str) -> Path:
    """Where the bytes with this hash live: root/ab/cd/<sha256>, so no folder grows huge."""
    return root / sha256[:2] / sha256[2:4] / sha256


def preserve_bytes(root: Path, data: bytes) -> tuple[str, Path]:
    """Keep `data` under its SHA-256; an existing copy is never rewritten, only checked to exist.

    The write goes to a temporary file in the same folder, is fsync'd, then renamed into place,
    so a crash or Ctrl-C leaves either the whole file or none. The file is made read-only.
    """
    digest = sha256_hex(data)
    path = original_path(root, digest)
    if path.exists():
        return digest, path
    if not path.parent.is_dir():  # a stat is cheaper than a mkdir that fails on most files
        path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=".partial-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, READ_ONLY)
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return digest, path


def hash_file(path: Path) -> str:
    """Re-hash a preserved file from disk in chunks (originals can be tens of megabytes)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_original(root: Path, sha256: str) -> bytes:
    """The preserved bytes for a hash, refusing to return bytes that no longer match it."""
    path = original_path(root, sha256)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise IntegrityError(f"preserved file {labelled_hash(sha256)} is missing") from None
    if sha256_hex(data) != sha256:
        raise IntegrityError(f"preserved file {labelled_hash(sha256)} no longer matches its hash")
    return data
