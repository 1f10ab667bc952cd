"""Stream the HTML and text response records out of a WARC file with warcio."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

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


def iter_warc_responses(path: Path) -> Iterator[WarcResponse | InputError]:
    """Yield each HTML/text response record in file order, one at a time (archives are large).

    A record that breaks off (truncated file) ends the stream with an InputError item, so what
    came before it is still ingested.
    """
    found = False
    try:
        with path.open("rb") as stream:
            records = ArchiveIterator(stream)
            for record in records:
                if record.rec_type is None:
                    yield InputError("truncated WARC: a record header breaks off")
                    return
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = record.http_headers.get_header("Content-Type") or ""
                if content_type.split(";", 1)[0].strip().lower() not in READABLE_TYPES:
                    continue
                data = record.content_stream().read(MAX_SOURCE_BYTES + 1)
                if len(data) > MAX_SOURCE_BYTES:
                    yield InputError(f"WARC record over the size limit ({MAX_SOURCE_BYTES} bytes)")
                    continue
                # Bytes the record header promised but the file no longer holds.
                if getattr(record.raw_stream, "limit", 0) > 0:
                    yield InputError("truncated WARC: a record breaks off")
                    return
                found = True
                status_line = record.http_headers.get_statuscode()
                yield WarcResponse(
                    target_uri=record.rec_headers.get_header("WARC-Target-URI") or path.name,
                    warc_date=record.rec_headers.get_header("WARC-Date") or "",
                    record_id=record.rec_headers.get_header("WARC-Record-ID"),
                    status=int(status_line) if status_line and status_line.isdigit() else None,
                    headers={k.lower(): v for k, v in record.http_headers.headers},
                    content_type=content_type or None,
                    data=data,
                )
            if stream.tell() > records.offset:
                yield InputError("truncated WARC: the last record breaks off")
                return
    except ArchiveLoadFailed:
        yield InputError("malformed WARC: not a WARC file or a record header is broken")
        return
    except (EOFError, OSError, ValueError, AttributeError) as exc:
        # warcio fails with AttributeError on some truncated gzip members.
        yield InputError(f"truncated WARC ({type(exc).__name__})")
        return
    if not found:
        yield InputError("WARC holds no HTML or text response records")
