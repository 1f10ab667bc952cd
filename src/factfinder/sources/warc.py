"""Stream the HTML and text response records out of a WARC file with warcio."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from factfinder.errors import InputError
from factfinder.settings import MAX_SOURCE_BYTES

READABLE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/pdf")


@dataclass
class WarcResponse:
    """One archived HTTP response: its payload bytes and what the archive says about it."""

    target_uri: str
    warc_date: str
    record_id: str | None
    status: int | None
    headers: dict[str, str]
    content_type: str | None
    data: bytes

    @property
    def retrieved_at(self) -> dt.datetime:
        """WARC-Date is when the crawler retrieved the page, which is what the Source records."""
        stamp = dt.datetime.fromisoformat(self.warc_date.replace("Z", "+00:00"))
        return stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith((".warc", ".warc.gz"))


def is_readable(record: Any) -> bool:
    """A response record whose payload could be a report (HTML, text, PDF)."""
    if record.rec_type != "response" or record.http_headers is None:
        return False
    content_type = record.http_headers.get_header("Content-Type") or ""
    return content_type.split(";", 1)[0].strip().lower() in READABLE_TYPES


def archive_records(stream: Any) -> ArchiveIterator:
    """warcio's record iterator, quiet: on a record that does not end where its length says,
    warcio writes the bytes found there (source text) straight to stderr, where logs keep it;
    a record that breaks off is reported by the callers instead, without its content."""
    records = ArchiveIterator(stream)
    records.INC_RECORD = ""
    return records


def iter_warc_responses(
    path: Path, offset: int = 0, count: int | None = None
) -> Iterator[WarcResponse | InputError]:
    """Yield each HTML/text response record in file order, one at a time (archives are large).

    A batch partition starts at a record's byte `offset` (each record of a .warc.gz is its own
    gzip member, so the reader can seek straight there) and takes `count` readable records.
    A record that breaks off (truncated file) ends the stream with an InputError item, so what
    came before it is still ingested.
    """
    taken = 0
    try:
        with path.open("rb") as stream:
            stream.seek(offset)
            records = archive_records(stream)
            for record in records:
                if taken == count:
                    return
                if record.rec_type is None:
                    yield InputError("truncated WARC: a record header breaks off")
                    return
                if not is_readable(record):
                    continue
                taken += 1
                uri = record.rec_headers.get_header("WARC-Target-URI") or path.name
                data = record.content_stream().read(MAX_SOURCE_BYTES + 1)
                if len(data) > MAX_SOURCE_BYTES:
                    yield InputError(
                        f"{uri}: WARC record over the size limit ({MAX_SOURCE_BYTES} bytes)"
                    )
                    continue
                # Bytes the record header promised but the file no longer holds.
                if getattr(record.raw_stream, "limit", 0) > 0:
                    yield InputError("truncated WARC: a record breaks off")
                    return
                yield _response(record, uri, data)
            if stream.tell() > records.offset:
                yield InputError("truncated WARC: the last record breaks off")
                return
    except ArchiveLoadFailed:
        yield InputError("malformed WARC: not a WARC file or a record header is broken")
        return
    except OverflowError:
        # warcio reads a Content-Length larger than any file can be ("99999999999999999999")
        # into an index and overflows
        yield InputError("malformed WARC: a record's Content-Length is out of range")
        return
    except (EOFError, OSError, ValueError, AttributeError) as exc:
        # warcio fails with AttributeError on some truncated gzip members.
        yield InputError(f"truncated WARC ({type(exc).__name__})")
        return
    if taken == 0 and count is None:
        yield InputError("WARC holds no HTML or text response records")


def _response(record: Any, uri: str, data: bytes) -> WarcResponse:
    status_line = record.http_headers.get_statuscode()
    return WarcResponse(
        target_uri=uri,
        warc_date=record.rec_headers.get_header("WARC-Date") or "",
        record_id=record.rec_headers.get_header("WARC-Record-ID"),
        status=int(status_line) if status_line and status_line.isdigit() else None,
        headers={k.lower(): v for k, v in record.http_headers.headers},
        content_type=record.http_headers.get_header("Content-Type") or None,
        data=data,
    )
