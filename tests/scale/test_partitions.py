"""Partitions: every record read exactly once, in order, from byte offsets; bad input reported."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factfinder.errors import InputError
from factfinder.scale.partitions import (
    InputProblem,
    Partition,
    iter_partitions,
    read_jsonl_partition,
    read_warc_partition,
)
from factfinder.sources.warc import WarcResponse


def read_all_warc(partitions: list[Partition | InputProblem]) -> list[WarcResponse | InputError]:
    out: list[WarcResponse | InputError] = []
    for part in partitions:
        assert isinstance(part, Partition)
        assert part.path is not None
        out.extend(read_warc_partition(part.path, part.offset, part.count))
    return out


@pytest.mark.parametrize("size", [1, 5, 12, 100])
def test_warc_partitions_cover_every_record_once(warc_path: Path, size: int) -> None:
    partitions = list(iter_partitions([str(warc_path)], size))
    assert all(p.size <= size for p in partitions if isinstance(p, Partition))
    records = read_all_warc(partitions)
    uris = [r.target_uri for r in records if isinstance(r, WarcResponse)]
    assert len(uris) == 12 and len(set(uris)) == 12
    assert uris == sorted(uris)


def test_uncompressed_warc_and_non_html_records(tmp_path: Path, warc_path: Path) -> None:
    plain = tmp_path / "plain.warc"
    plain.write_bytes(gzip.decompress(warc_path.read_bytes()))
    records = read_all_warc(list(iter_partitions([str(plain)], 4)))
    assert len(records) == 12


def test_truncated_warc_keeps_what_came_before(tmp_path: Path, warc_path: Path) -> None:
    cut = tmp_path / "cut.warc.gz"
    data = warc_path.read_bytes()
    cut.write_bytes(data[: len(data) * 2 // 3])
    parts = list(iter_partitions([str(cut)], 3))
    problems = [p for p in parts if isinstance(p, InputProblem)]
    assert problems and "truncated" in problems[0].reason
    records = read_all_warc([p for p in parts if isinstance(p, Partition)])
    good = [r for r in records if isinstance(r, WarcResponse)]
    assert 4 <= len(good) < 12


def test_garbage_named_warc_is_a_problem(tmp_path: Path) -> None:
    junk = tmp_path / "junk.warc"
    junk.write_bytes(b"\x00\x01 not a warc at all" * 50)
    parts = list(iter_partitions([str(junk)], 3))
    assert len(parts) == 1 and isinstance(parts[0], InputProblem)


def test_folders_missing_paths_and_feed_lists(tmp_path: Path, warc_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.html").write_text("<p>one</p>")
    (folder / ".hidden").write_text("x")
    (folder / "list.feeds").write_text(
        "# feeds\nhttps://example.org/a.xml\n\nhttps://example.org/b.xml\n"
    )
    parts = list(iter_partitions([str(folder), str(tmp_path / "missing"), "https://x.org/f"], 10))
    kinds = {p.kind: p.items for p in parts if isinstance(p, Partition)}
    assert kinds["files"] == (str(folder / "a.html"),)
    assert kinds["feeds"] == (
        "https://example.org/a.xml",
        "https://example.org/b.xml",
        "https://x.org/f",
    )
    assert [p.reason for p in parts if isinstance(p, InputProblem)] == ["no such file or folder"]


def test_partition_size_must_be_positive(warc_path: Path) -> None:
    with pytest.raises(InputError):
        list(iter_partitions([str(warc_path)], 0))


lines = st.lists(
    st.one_of(
        st.fixed_dictionaries(
            {"url": st.text(min_size=1, max_size=20), "text": st.text(min_size=1)}
        ),
        st.fixed_dictionaries({"html": st.text(min_size=1), "title": st.text(max_size=10)}),
        st.text(max_size=30).filter(lambda s: "\n" not in s and "\r" not in s),  # not JSON objects
    ),
    max_size=25,
)


@settings(max_examples=60, deadline=None)
@given(items=lines, size=st.integers(min_value=1, max_value=7))
def test_jsonl_partitions_read_every_line_once(
    tmp_path_factory: pytest.TempPathFactory, items: list, size: int
) -> None:
    path = tmp_path_factory.mktemp("jsonl") / "docs.jsonl"
    with path.open("w", encoding="utf-8") as stream:
        for item in items:
            stream.write((json.dumps(item) if isinstance(item, dict) else item) + "\n")
    read = []
    for part in iter_partitions([str(path)], size):
        assert isinstance(part, Partition)
        read.extend(read_jsonl_partition(str(part.path), part.offset, part.count))
    expected = [item for item in items if not isinstance(item, str) or item.strip()]
    assert len(read) == len(expected)
    for item, got in zip(expected, read, strict=True):
        body = item.get("text") or item.get("html") if isinstance(item, dict) else None
        if body and body.strip():
            assert got.data == body.encode("utf-8")
        else:
            assert isinstance(got, InputProblem)


def test_over_long_jsonl_line_is_a_problem_and_the_next_line_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("factfinder.scale.partitions.MAX_SOURCE_BYTES", 100)
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({"text": "x" * 500}) + "\n" + json.dumps({"text": "short"}) + "\n")
    read = list(read_jsonl_partition(str(path), 0, 2))
    assert isinstance(read[0], InputProblem) and "size limit" in read[0].reason
    assert not isinstance(read[1], InputProblem) and read[1].data == b"short"


def test_non_html_records_are_not_partitioned(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "mixed.warc.gz"
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for uri, kind, body in (
            ("https://example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
            ("https://example.org/a", "text/html", b"<html><p>Ten men were detained.</p></html>"),
        ):
            http = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    uri, "response", payload=io.BytesIO(body), http_headers=http
                )
            )
    records = read_all_warc(list(iter_partitions([str(path)], 1)))
    assert [r.target_uri for r in records if isinstance(r, WarcResponse)] == [
        "https://example.org/a"
    ]
