"""Output files written whole or not at all: a temporary file beside the target, then a rename."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from factfinder.errors import InputError


def check_writable(path: Path) -> None:
    """Refuse early, before any work, an output path that cannot be written."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise InputError(f"cannot write {path}: it is a folder")
    if not folder.is_dir():
        problem = "is not a folder" if folder.exists() else "does not exist"
        raise InputError(f"cannot write {path}: {folder} {problem}")
    if not os.access(folder, os.W_OK):
        raise InputError(f"cannot write {path}: {folder} is not writable")


def write_atomically(path: Path, write: Callable[[IO[Any]], Any], *, text: bool = True) -> Any:
    """Stream into a temporary file beside `path`, then rename it into place; returns what
    `write` returns.

    A failure half-way (a full disk, Ctrl-C, a bug) leaves no partial file under the asked
    name, and a missing or read-only folder is one clear InputError. The file is readable by
    its owner only: dossiers and exports hold evidence.
    """
    check_writable(path)
    try:
        handle, temporary = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=".part"
        )
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror}") from None
    try:
        if text:
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
                result = write(out)
        else:
            with os.fdopen(handle, "w+b") as out:
                result = write(out)
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise InputError(f"cannot write {path}: {exc.strerror}") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return result


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Write `data` as the whole of `path`, or leave `path` as it was."""
    write_atomically(path, lambda out: out.write(data), text=False)
