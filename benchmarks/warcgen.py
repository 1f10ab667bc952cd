"""Write generated reports (benchmarks/corpus.py) as a WARC file of HTTP response records."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import sys
from collections.abc import Iterable
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

sys.path.insert(0, str(Path(__file__).parent))

from corpus import GeneratedReport, generate_reports  # noqa: E402

SITE = "https://news.example.org/reports/"


def report_url(report: GeneratedReport) -> str:
    return SITE + report.name


def write_warc(reports: Iterable[GeneratedReport], path: Path, *, gzip: bool = True) -> int:
    """One response record per report, dated the day after it was published; returns the count.

    Records are written one at a time, so corpora of any size fit in memory.
    """
    count = 0
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        for report in reports:
            body = report.html.encode("utf-8")
            http = StatusAndHeaders(
                "200 OK",
                [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))],
                protocol="HTTP/1.1",
            )
            crawled = dt.datetime.combine(report.published, dt.time(12), dt.UTC) + dt.timedelta(
                days=1
            )
            record = writer.create_warc_record(
                report_url(report),
                "response",
                payload=io.BytesIO(body),
                http_headers=http,
                warc_headers_dict={"WARC-Date": crawled.strftime("%Y-%m-%dT%H:%M:%SZ")},
            )
            writer.write_record(record)
            count += 1
    return count


def write_jsonl(reports: Iterable[GeneratedReport], path: Path) -> int:
    """One JSON line per report (html plus metadata), the batch command's JSONL input."""
    count = 0
    with path.open("w", encoding="utf-8") as stream:
        for report in reports:
            line = {
                "url": report_url(report),
                "html": report.html,
                "title": report.title,
                "publisher": report.publisher,
                "published": report.published.isoformat(),
            }
            stream.write(json.dumps(line) + "\n")
            count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1000, help="Reports to generate.")
    parser.add_argument(
        "--seed", type=int, default=2025, help="Random seed (same seed, same corpus)."
    )
    parser.add_argument("--jsonl", action="store_true", help="Write JSONL instead of WARC.")
    parser.add_argument("output", type=Path, help="File to write (.warc.gz or .jsonl).")
    args = parser.parse_args()
    reports = generate_reports(args.n, args.seed)
    count = write_jsonl(reports, args.output) if args.jsonl else write_warc(reports, args.output)
    print(f"wrote {count} records to {args.output}")


if __name__ == "__main__":
    main()
