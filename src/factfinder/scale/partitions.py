"""Split batch inputs (WARC, JSONL, folders, feed lists) into partitions, streaming, never whole."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from warcio.exceptions import ArchiveLoadFailed

from factfinder.errors import InputError
from factfinder.settings import MAX_SOURCE_BYTES
from factfinder.sources.warc import (
    WarcResponse,
    archive_records,
    is_readable,
    is_warc,
    iter_warc_responses,
)

Kind = Literal["warc", "jsonl", "files", "feeds", "sources"]
DEFAULT_PARTITION_SIZE = 50  # items per task: big enough to amortise scheduling, small to retry
JSONL_SUFFIXES = (".jsonl", ".ndjson")
FEED_LIST_SUFFIXES = (".feeds", ".urls")


@dataclass(frozen=True)
class Partition:
    """A slice of one input that one Dask task processes: a byte offset and a count of records
    for WARC and JSONL (workers seek there and read only that), or the items themselves."""

    kind: Kind
    path: str | None = None
    offset: int = 0
    count: int = 0
    items: tuple[Any, ...] = field(default_factory=tuple)

    @property
    def size(self) -> int:
        return self.count if self.kind in ("warc", "jsonl") else len(self.items)


@dataclass(frozen=True)
class InputProblem:
    """An input (or the rest of one) that cannot be read at all; listed with the failures."""

    item: str
    reason: str


def is_url(target: str) -> bool:
    return target.startswith(("http://", "https://"))


def iter_partitions(inputs: list[str], size: int) -> Iterator[Partition | InputProblem]:
    """Partitions of at most `size` items over every input, in input order.

    URLs given directly and the lines of feed-list files (`*.feeds`, `*.urls`) are feeds;
    folders are walked (hidden files skipped) and their WARC/JSONL files split like named ones.
    """
    if size < 1:
        raise InputError("the partition size must be at least 1")
    feeds: list[str] = []
    files: list[str] = []
    for target in inputs:
        if is_url(target):
            feeds.append(target)
            continue
        for path, problem in _expand(Path(target)):
            if problem:
                yield InputProblem(str(path), problem)
            elif is_warc(path):
                yield from _warc_partitions(path, size)
            elif path.name.lower().endswith(JSONL_SUFFIXES):
                yield from _jsonl_partitions(path, size)
            elif path.name.lower().endswith(FEED_LIST_SUFFIXES):
                feeds.extend(_feed_list(path))
            else:
                files.append(str(path))
    yield from _chunks("files", files, size)
    yield from _chunks("feeds", feeds, size)


def source_partitions(source_ids: list[int], size: int) -> Iterator[Partition]:
    """Partitions of stored sources, for a run of the later stages only (`--stages extract`)."""
    yield from _chunks("sources", source_ids, size)


def _chunks(kind: Kind, items: list[Any], size: int) -> Iterator[Partition]:
    for start in range(0, len(items), size):
        yield Partition(kind, items=tuple(items[start : start + size]))


def _expand(path: Path) -> Iterator[tuple[Path, str | None]]:
    if path.is_dir():
        found = sorted(
            p
            for p in path.rglob("*")
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
        if not found:
            yield path, "no readable files in the folder"
        for item in found:
            yield item, None
    elif path.is_file():
        yield path, None
    elif path.exists():
        yield path, "not a regular file"
    else:
        yield path, "no such file or folder"


def _feed_list(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            url = line.strip()
            if url and not url.startswith("#"):
                yield url


def _warc_partitions(path: Path, size: int) -> Iterator[Partition | InputProblem]:
    """One pass over the records' headers; each partition starts at a record's byte offset
    (each record of a .warc.gz is its own gzip member, so a worker can seek straight there)."""
    start, count, seen = 0, 0, 0
    last: Any = None
    try:
        with path.open("rb") as stream:
            records = archive_records(stream)
            for record in records:
                last = record
                if record.rec_type is None:
                    raise EOFError
                if not is_readable(record):
                    continue
                if count == 0:
                    start = records.get_record_offset()
                count += 1
                seen += 1
                if count == size:
                    yield Partition("warc", str(path), start, count)
                    count = 0
            # The last record promised more bytes than the file holds, or bytes are left over.
            if (
                last is not None and getattr(last.raw_stream, "limit", 0) > 0
            ) or stream.tell() > records.offset:
                raise EOFError
    except ArchiveLoadFailed:
        yield InputProblem(
            str(path), "malformed WARC: not a WARC file or a record header is broken"
        )
    except (EOFError, OSError, ValueError, AttributeError):
        yield InputProblem(
            str(path), "truncated WARC: the file breaks off in or after its last readable record"
        )
    if count:
        yield Partition("warc", str(path), start, count)
    elif seen == 0:
        yield InputProblem(str(path), "WARC holds no HTML or text response records")


def read_warc_partition(path: str, offset: int, count: int) -> Iterator[WarcResponse | InputError]:
    """The `count` readable response records from `offset` on, read by the same code as
    `ingest` reads a whole WARC with (sources.warc), so both store the same sources."""
    return iter_warc_responses(Path(path), offset, count)


def _jsonl_partitions(path: Path, size: int) -> Iterator[Partition | InputProblem]:
    """Partitions of `size` lines, found by reading the file once line by line."""
    offset = start = count = 0
    try:
        with path.open("rb") as stream:
            for line in stream:
                if count == 0:
                    start = offset
                offset += len(line)
                count += 1
                if count == size:
                    yield Partition("jsonl", str(path), start, count)
                    count = 0
    except OSError as exc:
        yield InputProblem(str(path), f"cannot read the file ({type(exc).__name__})")
    if count:
        yield Partition("jsonl", str(path), start, count)


@dataclass(frozen=True)
class JsonlDocument:
    """One JSONL line: the document's bytes, its media type and the metadata the line gave."""

    uri: str
    data: bytes
    media_type: str
    metadata: dict[str, str]


def read_jsonl_partition(
    path: str, offset: int, count: int
) -> Iterator[JsonlDocument | InputProblem]:
    """The documents of `count` lines from byte `offset`; a bad line is a problem, not an end.

    A line is an object with `html` or `text`, and optionally `url` (or `uri`/`id`), `title`,
    `publisher`, `author`, `published` (ISO date).
    """
    with open(path, "rb") as stream:
        stream.seek(offset)
        for number in range(count):
            line = stream.readline(MAX_SOURCE_BYTES + 1)
            where = f"{path}@{offset}+{number}"
            if len(line) > MAX_SOURCE_BYTES:
                stream.readline()  # the rest of the over-long line
                yield InputProblem(where, f"line over the size limit ({MAX_SOURCE_BYTES} bytes)")
                continue
            if not line.strip():
                continue
            yield _jsonl_document(line, where)


def _jsonl_document(line: bytes, where: str) -> JsonlDocument | InputProblem:
    try:
        record = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        return InputProblem(where, "line is not JSON")
    if not isinstance(record, dict):
        return InputProblem(where, "line is not a JSON object")
    body, media_type = record.get("html"), "text/html"
    if not isinstance(body, str):
        body, media_type = record.get("text"), "text/plain"
    if not isinstance(body, str) or not body.strip():
        return InputProblem(where, "line has no `html` or `text`")
    uri = next((str(record[k]) for k in ("url", "uri", "id") if record.get(k)), where)
    metadata = {
        key: str(record[key])
        for key in ("title", "publisher", "author", "published")
        if record.get(key)
    }
    return JsonlDocument(uri, body.encode("utf-8"), media_type, metadata)
