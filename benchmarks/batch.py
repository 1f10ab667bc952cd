"""Batch throughput on Dask: serial ingest+extract vs `batch` with 1 and 2 local workers vs the
physical limit (trafilatura + spaCy alone), all over the same generated WARC, on PostgreSQL.

Run: .venv/bin/python benchmarks/batch.py [--n 1000] [--seed 2025]
Targets: scaling efficiency rate(2) / (2 × rate(1)) ≥ 0.8; batch(1) ≥ 0.7 × physical limit.
The physical limit and the serial run use one BLAS thread, as Dask starts its workers
(`distributed.nanny.pre-spawn-environ`), so every column does the same arithmetic per core;
and every column runs with glibc's default allocator settings (`open_client` drops Dask's
MALLOC_TRIM_THRESHOLD_ for its workers: scale/cluster.py says why).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, func, select, text

for _variable in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")  # before numpy is imported (by spaCy)
sys.path.insert(0, str(Path(__file__).parent))

from corpus import generate_reports  # noqa: E402
from warcgen import write_warc  # noqa: E402

from factfinder.extract.nlp import load_pipeline  # noqa: E402
from factfinder.extract.run import extract_sources  # noqa: E402
from factfinder.scale.cluster import open_client  # noqa: E402
from factfinder.scale.partitions import (  # noqa: E402
    Partition,
    iter_partitions,
    read_warc_partition,
)
from factfinder.scale.pipeline import run_batch  # noqa: E402
from factfinder.settings import Settings  # noqa: E402
from factfinder.sources.ingest import IngestOptions, ingest_targets  # noqa: E402
from factfinder.sources.warc import WarcResponse  # noqa: E402
from factfinder.store.db import Store, open_store  # noqa: E402
from factfinder.store.models import AuditEntry, Claim, CustodyEntry, Source  # noqa: E402

PG_SERVER_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
STAGES = frozenset({"acquire", "extract"})


def fresh_store(home: Path) -> tuple[Store, str]:
    """A store on a new PostgreSQL schema (dropped by the caller)."""
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    with create_engine(PG_SERVER_URL).begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = f"{PG_SERVER_URL}?options=-csearch_path%3D{schema}"
    return open_store(Settings(home=home, database_url=url, collector="bench")), schema


def drop(schema: str) -> None:
    with create_engine(PG_SERVER_URL).begin() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


def rows_written(store: Store) -> int:
    with store.session() as session:
        return sum(
            session.scalar(select(func.count()).select_from(table)) or 0
            for table in (Source, CustodyEntry, Claim, AuditEntry)
        )


def physical_limit(warc: Path) -> tuple[float, float]:
    """Seconds and CPU seconds for trafilatura + the spaCy pipeline alone over the WARC."""
    import trafilatura

    nlp = load_pipeline()
    started, cpu_started = time.perf_counter(), time.process_time()
    for part in iter_partitions([str(warc)], 100):
        assert isinstance(part, Partition) and part.path
        for record in read_warc_partition(part.path, part.offset, part.count):
            assert isinstance(record, WarcResponse)
            body = trafilatura.extract(record.data.decode("utf-8")) or ""
            nlp(body)
    return time.perf_counter() - started, time.process_time() - cpu_started


def serial(warc: Path, home: Path) -> tuple[float, int]:
    store, schema = fresh_store(home)
    started = time.perf_counter()
    ingest_targets(store, [str(warc)], IngestOptions(capture=False))
    with store.session() as session:
        ids = list(session.scalars(select(Source.id)))
    extract_sources(store, ids)
    seconds = time.perf_counter() - started
    rows = rows_written(store)
    store.engine.dispose()
    drop(schema)
    return seconds, rows


def batch(warc: Path, home: Path, workers: int, size: int) -> tuple[float, int, float, float]:
    """Seconds (cluster start-up and model loading excluded), rows written, peak worker RSS,
    and the workers' CPU seconds (which a loaded machine does not inflate the way it does
    wall time)."""
    store, schema = fresh_store(home)
    with open_client("local", workers) as client:
        client.run(load_pipeline)  # already loaded by the worker plugin; makes sure
        started = time.perf_counter()
        summary = run_batch(client, store, [str(warc)], STAGES, partition_size=size)
        seconds = time.perf_counter() - started
    assert summary.failed == 0, summary.failures[:3]
    rows = rows_written(store)
    store.engine.dispose()
    drop(schema)
    return seconds, rows, summary.peak_rss_mb, summary.cpu_seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--partition-size", type=int, default=25)
    args = parser.parse_args()
    n = args.n
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        warc = root / "corpus.warc.gz"
        write_warc(generate_reports(n, args.seed), warc)
        mb = warc.stat().st_size / 2**20
        print(f"corpus: {n} reports, {mb:.1f} MiB WARC", flush=True)
        limit, limit_cpu = physical_limit(warc)
        print(
            f"physical limit (trafilatura + spaCy, 1 process): {n / limit:.2f} docs/s", flush=True
        )
        serial_s, serial_rows = serial(warc, root / "serial")
        print(f"serial ingest + extract: {n / serial_s:.2f} docs/s", flush=True)
        one_s, one_rows, one_rss, one_cpu = batch(warc, root / "one", 1, args.partition_size)
        print(
            f"batch, 1 worker: {n / one_s:.2f} docs/s; peak worker RSS {one_rss:.0f} MiB",
            flush=True,
        )
        two_s, two_rows, two_rss, two_cpu = batch(warc, root / "two", 2, args.partition_size)
        print(
            f"batch, 2 workers: {n / two_s:.2f} docs/s; peak worker RSS {two_rss:.0f} MiB",
            flush=True,
        )
    efficiency = (n / two_s) / (2 * n / one_s)
    print(f"scaling efficiency rate(2)/(2×rate(1)): {efficiency:.2f} (target ≥ 0.8)")
    print(f"batch(1) / physical limit: {limit / one_s:.2f} (target ≥ 0.7)")
    print(f"batch(2) / (2 × physical limit): {limit / (2 * two_s):.2f}")
    print(
        f"CPU per document: physical limit {1000 * limit_cpu / n:.1f} ms; batch workers "
        f"{1000 * one_cpu / n:.1f} ms (1 worker), {1000 * two_cpu / n:.1f} ms (2 workers); "
        f"limit / batch(1) in CPU: {limit_cpu / one_cpu:.2f}"
    )
    print(
        f"PostgreSQL rows written (sources, custody, claims, audit): {two_rows} "
        f"→ {two_rows / two_s:.0f} rows/s with 2 workers, {one_rows / one_s:.0f} rows/s with 1, "
        f"{serial_rows / serial_s:.0f} rows/s serial"
    )
    print(f"client peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
