"""Envelope encryption of preserved files: AES-256-GCM under a per-file data key wrapped by the KEK.

Layout of an encrypted file (fixed-size header, then the ciphertext with its 16-byte tag):

    magic "FFENV\\0" (6) | version (1) | key id (8) | wrapped data key (60) | nonce (12) | data

The wrapped data key is nonce (12) + AES-GCM(KEK, data key, AAD = magic|version|key id) (48).
The ciphertext's AAD is magic|version only, so a key rotation rewrites the 60-byte wrapped key
and the key id and leaves the ciphertext byte for byte as it was.
"""

from __future__ import annotations

import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from factfinder.errors import InputError, IntegrityError

MAGIC = b"FFENV\x00"
VERSION = 1
KEY_ID_BYTES = 8
NONCE_BYTES = 12
KEY_BYTES = 32
WRAPPED_KEY_BYTES = NONCE_BYTES + KEY_BYTES + 16
HEADER_BYTES = len(MAGIC) + 1 + KEY_ID_BYTES + WRAPPED_KEY_BYTES + NONCE_BYTES
_DATA_AAD = MAGIC + bytes([VERSION])
READ_ONLY = stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH


@dataclass(frozen=True)
class Kek:
    """A key-encryption key and its public id (a hash of it, never the key itself)."""

    key: bytes
    key_id: bytes  # KEY_ID_BYTES

    @property
    def key_id_hex(self) -> str:
        return self.key_id.hex()


@dataclass(frozen=True)
class Header:
    """The parsed fixed-size header of an encrypted file."""

    key_id: bytes
    wrapped_key: bytes
    nonce: bytes

    @property
    def key_id_hex(self) -> str:
        return self.key_id.hex()


def is_envelope(data: bytes) -> bool:
    """True when `data` starts like an encrypted file (plaintext originals never get here with
    a key configured, except those preserved before `keys init`, which it encrypts)."""
    return data[: len(MAGIC)] == MAGIC and len(data) >= HEADER_BYTES + 16


def _wrap_aad(key_id: bytes) -> bytes:
    return MAGIC + bytes([VERSION]) + key_id


def wrap_data_key(kek: Kek, data_key: bytes) -> bytes:
    """The data key encrypted under the KEK, bound to the KEK's id."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(kek.key).encrypt(nonce, data_key, _wrap_aad(kek.key_id))


def unwrap_key(kek: Kek, key_id: bytes, wrapped: bytes, label: str) -> bytes:
    """A data key wrapped under the KEK with id `key_id`; any other KEK is a clear 'wrong key'."""
    if key_id != kek.key_id:
        raise InputError(
            f"wrong key for {label}: it is encrypted under key {key_id.hex()}, "
            f"the configured key is {kek.key_id_hex}"
        )
    nonce, sealed = wrapped[:NONCE_BYTES], wrapped[NONCE_BYTES:]
    try:
        return AESGCM(kek.key).decrypt(nonce, sealed, _wrap_aad(key_id))
    except InvalidTag:
        raise InputError(f"wrong key for {label}: the data key does not unwrap") from None


def unwrap_data_key(kek: Kek, header: Header, label: str) -> bytes:
    """The file's data key; a KEK other than the one that wrapped it is a clear 'wrong key'."""
    return unwrap_key(kek, header.key_id, header.wrapped_key, label)


def parse_header(data: bytes, label: str) -> Header:
    """The header of an encrypted file, refusing a version this code does not know."""
    if not is_envelope(data):
        raise IntegrityError(f"{label} is not an encrypted file")
    if data[len(MAGIC)] != VERSION:
        raise IntegrityError(f"{label} uses encryption format version {data[len(MAGIC)]}")
    at = len(MAGIC) + 1
    key_id = data[at : at + KEY_ID_BYTES]
    at += KEY_ID_BYTES
    wrapped = data[at : at + WRAPPED_KEY_BYTES]
    at += WRAPPED_KEY_BYTES
    return Header(key_id, wrapped, data[at : at + NONCE_BYTES])


def _header_bytes(key_id: bytes, wrapped: bytes, nonce: bytes) -> bytes:
    return MAGIC + bytes([VERSION]) + key_id + wrapped + nonce


def seal(kek: Kek, plaintext: bytes) -> bytes:
    """Encrypt `plaintext` under a fresh random data key wrapped by `kek`."""
    data_key = AESGCM.generate_key(bit_length=KEY_BYTES * 8)
    nonce = os.urandom(NONCE_BYTES)
    ciphertext = AESGCM(data_key).encrypt(nonce, plaintext, _DATA_AAD)
    return _header_bytes(kek.key_id, wrap_data_key(kek, data_key), nonce) + ciphertext


def open_sealed(kek: Kek, data: bytes, label: str) -> bytes:
    """Decrypt an encrypted file; a wrong key is an InputError, altered bytes an IntegrityError."""
    header = parse_header(data, label)
    data_key = unwrap_data_key(kek, header, label)
    try:
        return AESGCM(data_key).decrypt(header.nonce, data[HEADER_BYTES:], _DATA_AAD)
    except InvalidTag:
        raise IntegrityError(
            f"{label} has been altered: its ciphertext fails authentication"
        ) from None


def rewrap(old: Kek, new: Kek, data: bytes, label: str) -> bytes:
    """The same file with its data key re-wrapped under `new`: only the header changes."""
    header = parse_header(data, label)
    data_key = unwrap_data_key(old, header, label)
    return (
        _header_bytes(new.key_id, wrap_data_key(new, data_key), header.nonce) + data[HEADER_BYTES:]
    )


def replace_file_atomically(path: Path, data: bytes) -> None:
    """Write `data` over `path` via a fsync'd temporary file and a rename, keeping it read-only,
    so an interruption leaves either the old file or the new one, never half of each."""
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
