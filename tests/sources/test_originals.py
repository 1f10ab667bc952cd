"""Preserved originals: fixed hash vectors, content-addressed paths, atomic read-only writes."""

import os
import stat

import pytest

from factfinder.errors import IntegrityError
from factfinder.sources.originals import (
    Leftovers,
    hash_file,
    labelled_hash,
    original_path,
    preserve_bytes,
    publish,
    read_original,
    remove_leftovers,
    sha256_hex,
    stage_bytes,
    staging_run,
)
from tests.sources.conftest import age, crash_while_staging

# Published SHA-256 test vectors (FIPS 180-2 examples and the empty string).
VECTORS = {
    b"": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    b"abc": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq": (
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
}


@pytest.mark.parametrize(("data", "expected"), VECTORS.items())
def test_sha256_matches_published_vectors(data: bytes, expected: str) -> None:
    assert sha256_hex(data) == expected


def test_hashes_are_labelled_with_their_algorithm() -> None:
    assert labelled_hash(sha256_hex(b"abc")) == (
        "SHA-256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    )


def test_original_is_kept_byte_for_byte_under_its_hash(tmp_path) -> None:
    data = b"Report\r\n\xef\xbb\xbf with odd bytes \x00 kept as they are"
    digest, path = preserve_bytes(tmp_path, data)
    assert path == tmp_path / digest[:2] / digest
    assert path == original_path(tmp_path, digest)
    assert path.read_bytes() == data
    assert hash_file(path) == digest == sha256_hex(data)
    assert not os.stat(path).st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    assert [p.name for p in path.parent.iterdir()] == [digest]  # no temporary file left behind


def test_existing_original_is_never_rewritten(tmp_path) -> None:
    digest, path = preserve_bytes(tmp_path, b"first copy")
    before = os.stat(path)
    again, same_path = preserve_bytes(tmp_path, b"first copy")
    assert (again, same_path) == (digest, path)
    assert os.stat(path).st_mtime_ns == before.st_mtime_ns
    assert os.stat(path).st_ino == before.st_ino


def test_read_original_refuses_changed_or_missing_bytes(tmp_path) -> None:
    digest, path = preserve_bytes(tmp_path, b"evidence")
    assert read_original(tmp_path, digest) == b"evidence"
    path.chmod(0o644)
    path.write_bytes(b"evidencE")
    with pytest.raises(IntegrityError, match="no longer matches"):
        read_original(tmp_path, digest)
    path.unlink()
    with pytest.raises(IntegrityError, match="missing"):
        read_original(tmp_path, digest)


def test_originals_of_older_homes_are_found_where_they_were_put(tmp_path) -> None:
    # Homes made before one level of folders kept root/ab/cd/<sha256>; they must still verify.
    data = b"preserved by an older version"
    digest = sha256_hex(data)
    legacy = tmp_path / digest[:2] / digest[2:4] / digest
    legacy.parent.mkdir(parents=True)
    legacy.write_bytes(data)
    assert original_path(tmp_path, digest) == legacy
    assert read_original(tmp_path, digest) == data
    assert preserve_bytes(tmp_path, data) == (digest, legacy)  # not written a second time
    assert not (tmp_path / digest[:2] / digest).exists()


def test_a_staged_original_gets_its_name_only_when_published(tmp_path) -> None:
    data = b"a report read in a batch"
    staged = stage_bytes(tmp_path, data)
    assert not original_path(tmp_path, staged.sha256).exists()  # a crash now leaves no file
    assert staged.temporary is not None and staged.temporary.name.startswith(".partial-")
    again = stage_bytes(tmp_path, data)  # the same bytes twice in one batch
    publish(tmp_path, [staged, again])
    path = original_path(tmp_path, staged.sha256)
    assert path.read_bytes() == data
    assert not os.stat(path).st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    assert [p.name for p in path.parent.iterdir()] == [staged.sha256]  # no temporary left
    assert stage_bytes(tmp_path, data).temporary is None  # already preserved: nothing staged


def test_publish_without_syncfs_fsyncs_each_file_and_folder(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factfinder.sources.originals as originals

    monkeypatch.setattr(originals, "_SYNCFS", None)  # not Linux
    synced: list[str] = []
    real_fsync = os.fsync
    monkeypatch.setattr(originals.os, "fsync", lambda fd: synced.append("x") or real_fsync(fd))
    staged = stage_bytes(tmp_path, b"elsewhere")
    publish(tmp_path, [staged])
    assert original_path(tmp_path, staged.sha256).read_bytes() == b"elsewhere"
    assert len(synced) == 3  # the file before its rename, its folder and the root after


def _hidden(root) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(p.name.split("-")[0] for p in root.rglob(".*"))


def test_a_killed_run_leaves_a_partial_that_the_next_start_removes(tmp_path) -> None:
    digest, kept = preserve_bytes(tmp_path, b"an original preserved before the crash")
    partial = crash_while_staging(tmp_path, "half a batch")
    age(kept, hours=2)  # as old as the partial: only the hidden name decides
    assert remove_leftovers(tmp_path) == Leftovers(removed=1)
    assert not partial.exists()
    assert read_original(tmp_path, digest) == b"an original preserved before the crash"
    assert _hidden(tmp_path) == [".writers.lock"]  # the crashed run's mark went too
    assert remove_leftovers(tmp_path) == Leftovers()  # nothing more: no mark, no listing


def test_a_partial_that_a_running_run_stages_is_never_removed(tmp_path) -> None:
    with staging_run(tmp_path):
        staged = stage_bytes(tmp_path, b"still being read")
        assert staged.temporary is not None
        age(staged.temporary, hours=5)  # however old it looks
        assert remove_leftovers(tmp_path) == Leftovers(skipped=True)
        assert staged.temporary.exists()
        publish(tmp_path, [staged])
    assert original_path(tmp_path, staged.sha256).read_bytes() == b"still being read"


def test_a_recent_partial_is_kept_until_it_is_old_enough(tmp_path) -> None:
    # e.g. `keys rotate` writing without the lock while an ingest starts
    partial = crash_while_staging(tmp_path, "written a minute ago")
    age(partial, hours=1 / 60)
    assert remove_leftovers(tmp_path) == Leftovers(kept=1)
    assert partial.exists()
    age(partial, hours=2)
    assert remove_leftovers(tmp_path) == Leftovers(removed=1)  # the mark was kept for it
    assert not partial.exists()


def test_leftovers_of_older_homes_are_looked_for_once(tmp_path) -> None:
    # Homes of versions without the lock have no marks, maybe partials in either layout.
    legacy = tmp_path / "ab" / "cd" / ".partial-x1"
    legacy.parent.mkdir(parents=True)
    legacy.write_bytes(b"left by an older version")
    age(legacy, hours=30)
    assert remove_leftovers(tmp_path) == Leftovers(removed=1)
    assert not legacy.exists() and legacy.parent.is_dir()


def test_a_run_that_ends_normally_leaves_no_mark(tmp_path) -> None:
    assert remove_leftovers(tmp_path) == Leftovers()  # as `ingest` does first
    with staging_run(tmp_path):
        assert _hidden(tmp_path) == [".run", ".writers.lock"]
    assert _hidden(tmp_path) == [".writers.lock"]
