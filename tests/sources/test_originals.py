"""Preserved originals: fixed hash vectors, content-addressed paths, atomic read-only writes."""

import os
import stat

import pytest

from factfinder.errors import IntegrityError
from factfinder.sources.originals import (
    hash_file,
    labelled_hash,
    original_path,
    preserve_bytes,
    publish,
    read_original,
    sha256_hex,
    stage_bytes,
)

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
