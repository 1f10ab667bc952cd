"""Content-addressed store of exact original bytes: written once, atomically, then read-only."""

from __future__ import annotations

import ctypes
import fcntl
import hashlib
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from factfinder.errors import InputError, IntegrityError
from factfinder.protect.envelope import (
    READ_ONLY,
    Kek,
    is_envelope,
    open_sealed,
    replace_file_atomically,
    seal,
)

HASH_LABEL = "SHA-256"
# Hidden names of files being written, renamed to their hash once whole (protect.envelope uses
# the same prefix for the originals it writes).
PARTIAL_PREFIX = ".partial-"
# Held shared by every run that stages originals (`staging_run`), exclusively by the cleaner
# (`remove_leftovers`), so that the cleaner never runs while a staged file may be written.
WRITERS_LOCK = ".writers.lock"
# A run's mark: made when it starts, removed when it ends; one left behind means a run was
# killed, so leftovers are looked for only then, not by listing every original at each start.
RUN_MARK_PREFIX = ".run-"
# Leftovers younger than this are kept even when the lock is free: programs that write without
# it (`keys rotate`, `import`, a single upload, a worker on another machine whose locks a
# network file system may not show here) keep a temporary file for seconds, not an hour.
LEFTOVER_MIN_AGE_SECONDS = 60 * 60


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of `data` as 64 lowercase hex digits: the identity of a preserved original."""
    return hashlib.sha256(data).hexdigest()


def labelled_hash(hex_digest: str) -> str:
    """A hash written so that it says which algorithm made it (`SHA-256:<hex>`)."""
    return f"{HASH_LABEL}:{hex_digest}"


def original_path(root: Path, sha256: str) -> Path:
    """Where the bytes with this hash live: root/ab/<sha256>, or where an older home put them.

    One level of 256 folders keeps each folder small up to millions of originals while a new
    original almost never needs a folder created (homes made before kept root/ab/cd/<sha256>,
    which is still found, so their originals keep verifying without being moved).
    """
    path = _fanned_out(root, sha256)
    if not path.exists():
        legacy = _legacy_path(root, sha256)
        if legacy.exists():
            return legacy
    return path


def _fanned_out(root: Path, sha256: str) -> Path:
    return root / sha256[:2] / sha256


def _legacy_path(root: Path, sha256: str) -> Path:
    return root / sha256[:2] / sha256[2:4] / sha256


def preserve_bytes(root: Path, data: bytes, kek: Kek | None = None) -> tuple[str, Path]:
    """Keep `data` under its SHA-256; an existing copy is never rewritten, only checked to exist.

    With a key (`kek`) the file holds the bytes encrypted (protect.envelope); the name and the
    recorded hash stay those of the plaintext, so evidence hashes keep their meaning and only
    the hash, never the content, shows on disk. The write goes to a temporary file in the same
    folder, is fsync'd, then renamed into place, so a crash or Ctrl-C leaves either the whole
    file or none; the folder is fsync'd after the rename, so once this returns a crash cannot
    take the file back (a row may refer to it from then on). The file is made read-only.
    """
    digest = sha256_hex(data)
    path = original_path(root, digest)
    if path.exists():
        return digest, path
    if not path.parent.is_dir():  # a stat is cheaper than a mkdir that fails on most files
        path.parent.mkdir(parents=True, exist_ok=True)
        fsync_folder(root)
    replace_file_atomically(path, seal(kek, data) if kek else data)
    fsync_folder(path.parent)
    return digest, path


def fsync_folder(folder: Path) -> None:
    """Make the names created in `folder` durable (a renamed file's data alone is not enough)."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass(frozen=True)
class Staged:
    """An original written under a temporary name next to its place, not yet durable or named
    (`temporary` is None when the original was already preserved)."""

    sha256: str
    path: Path
    temporary: Path | None


def stage_bytes(root: Path, data: bytes, kek: Kek | None = None) -> Staged:
    """First half of preserving a batch of originals: write one to a temporary file in its
    folder (hidden, read-only, not fsync'd); `publish` then makes the whole batch durable."""
    digest = sha256_hex(data)
    path = original_path(root, digest)
    if path.exists():
        return Staged(digest, path, None)
    if not path.parent.is_dir():
        path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=PARTIAL_PREFIX)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(seal(kek, data) if kek else data)
        os.chmod(temporary, READ_ONLY)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return Staged(digest, path, Path(temporary))


def publish(root: Path, staged: list[Staged]) -> None:
    """Second half: make the staged files durable, rename each into place, make the names
    durable. A file gets its name only once its bytes are safe, so a crash leaves whole
    originals or hidden leftovers, never a short file under a hash.

    On Linux that is two syncfs(2) calls for the whole batch (one flush of the disk's cache
    each) instead of two fsyncs, two flushes, per file; elsewhere each file and folder is
    fsync'd.
    """
    waiting = [(item.temporary, item.path) for item in staged if item.temporary is not None]
    if not waiting:
        return
    if not _sync_filesystem(root):
        for temporary, _ in waiting:
            _fsync_path(temporary)
    for temporary, path in waiting:
        if path.exists():  # the same bytes were preserved meanwhile: keep that copy
            temporary.unlink()
        else:
            os.replace(temporary, path)
    if not _sync_filesystem(root):
        # the files' folders, and the root that may have gained a folder for this batch
        for folder in dict.fromkeys([*(path.parent for _, path in waiting), root]):
            fsync_folder(folder)


@contextmanager
def staging_run(root: Path) -> Iterator[None]:
    """Hold the originals for a run that stages files (shared with other runs, never with the
    cleaner) and mark it on disk until it ends; a run that is killed leaves its mark and its
    staged files for `remove_leftovers`."""
    root.mkdir(parents=True, exist_ok=True)
    fd = _open_writers_lock(root)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH)  # waits only while a cleaner is at work
        mark = _leave_mark(root)
        try:
            yield
        finally:
            mark.unlink(missing_ok=True)
    finally:
        os.close(fd)  # releases the lock


@dataclass(frozen=True)
class Leftovers:
    """What `remove_leftovers` did with the hidden files that interrupted writes left behind."""

    removed: int = 0
    kept: int = 0  # too recent to be sure that no other program is still writing them
    skipped: bool = False  # another run was staging originals: nothing was looked at


def remove_leftovers(root: Path) -> Leftovers:
    """Delete the hidden `.partial-*` files that a killed or crashed run left among the originals.

    Only while no run stages originals (the writers' lock is free; otherwise nothing is
    touched), only after a run ended without tidying up (its mark is still there, so a normal
    start does not list every original), and only files older than LEFTOVER_MIN_AGE_SECONDS.
    Preserved originals are never touched: they are named by their hash, and no row refers to a
    hidden partial name. The marks go once nothing is left, so a kept file is looked at again.
    """
    root.mkdir(parents=True, exist_ok=True)
    fd = _open_writers_lock(root)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return Leftovers(skipped=True)
        marks = [Path(entry.path) for entry in _listing(root) if _is_mark(entry)]
        if not marks:
            return Leftovers()
        removed, kept = _remove_older(_partial_files(root), time.time() - LEFTOVER_MIN_AGE_SECONDS)
        if not kept:
            for mark in marks:
                mark.unlink(missing_ok=True)
        return Leftovers(removed, kept)
    finally:
        os.close(fd)


def _remove_older(partials: list[os.DirEntry[str]], cutoff: float) -> tuple[int, int]:
    """Delete the files last written before `cutoff`; count them and the ones kept (newer, or
    not ours to delete: another user's file in a shared folder)."""
    removed = kept = 0
    for partial in partials:
        try:
            if partial.stat(follow_symlinks=False).st_mtime > cutoff:
                kept += 1
                continue
            Path(partial.path).unlink()
        except FileNotFoundError:
            continue  # renamed into place or removed meanwhile by its writer
        except PermissionError:
            kept += 1
            continue
        removed += 1
    return removed, kept


def _open_writers_lock(root: Path) -> int:
    """The lock file, made on first use; a home that had none was written by versions that left
    no marks, so a mark is left for it: its old leftovers are looked for once."""
    path = root / WRITERS_LOCK
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return os.open(path, os.O_RDONLY)
    _leave_mark(root)
    return fd


def _leave_mark(root: Path) -> Path:
    """A new mark, durable before any file is staged, so a crash cannot keep files but lose it."""
    fd, name = tempfile.mkstemp(dir=root, prefix=RUN_MARK_PREFIX)
    os.close(fd)
    fsync_folder(root)
    return Path(name)


def _is_mark(entry: os.DirEntry[str]) -> bool:
    return entry.name.startswith(RUN_MARK_PREFIX) and entry.is_file(follow_symlinks=False)


def _partial_files(root: Path) -> list[os.DirEntry[str]]:
    """The partial files in the hash folders of both layouts (root/ab/ and older root/ab/cd/)."""
    found: list[os.DirEntry[str]] = []
    for folder in _listing(root):
        if not _is_hash_folder(folder):
            continue
        for entry in _listing(folder.path):
            if _is_partial(entry):
                found.append(entry)
            elif _is_hash_folder(entry):
                found.extend(inner for inner in _listing(entry.path) if _is_partial(inner))
    return found


def _listing(folder: str | Path) -> list[os.DirEntry[str]]:
    with os.scandir(folder) as entries:
        return list(entries)


def _is_partial(entry: os.DirEntry[str]) -> bool:
    return entry.name.startswith(PARTIAL_PREFIX) and entry.is_file(follow_symlinks=False)


def _is_hash_folder(entry: os.DirEntry[str]) -> bool:
    return len(entry.name) == 2 and entry.is_dir(follow_symlinks=False)


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_LIBC = ctypes.CDLL(None, use_errno=True)
_SYNCFS = getattr(_LIBC, "syncfs", None)  # Linux only


def _sync_filesystem(path: Path) -> bool:
    """Write everything of the file system holding `path` to stable storage (False: not
    available here). It also writes other programs' pending data on that file system."""
    if _SYNCFS is None:
        return False
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        if _SYNCFS(fd) != 0:
            error = ctypes.get_errno()
            raise OSError(error, os.strerror(error))
    finally:
        os.close(fd)
    return True


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
