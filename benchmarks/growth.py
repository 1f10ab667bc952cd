"""Growth of `factfinder batch`: time per document for the same new documents processed into an
empty archive (a) and into an archive of `--large` documents (b); issue #9's target is a
ratio (b)/(a) ≤ 1.3 at 1,000 vs 100,000 documents.

Run: .venv/bin/python benchmarks/growth.py [--small 1000] [--large 100000] [--keep]
Quick: .venv/bin/python benchmarks/growth.py --small 200 --large 5000

What is measured. The measured documents are the first `--small` reports of the generated
corpus (`corpus.py`, `--seed`), written to one WARC. (a) runs `run_batch` — the code of
`factfinder batch` — over that WARC on a new LocalCluster (`--workers`, default 2) into an
empty PostgreSQL database `growth_small`; (b) runs the same call over the same WARC into
`growth_large`, a copy of the filled archive. Both start from a fresh cluster with the spaCy
pipeline loaded (start-up excluded, as in batch.py), and both use `--stages` (default the
CLI's default, acquire,extract,link). The link stage runs as `run_batch` runs it — `run_link`
in the client after the partitions — but is timed on its own. Figures per document: wall time;
CPU of the Dask workers (their own per-partition counters), of this process (client and
scheduler thread; link separately) and of the PostgreSQL backends serving the database (read
from /proc/<pid>/stat of the backends listed in pg_stat_activity, before and after; the
server's shared writer, WAL and checkpointer processes are not counted). (a) and (b) must
store the same number of claims; when they do not, the extraction code changed between them
(run from a copy of the tree, PYTHONPATH=COPY/src, while others edit it) and a warning says so.

How the archive of (b) is filled — what is real and what is replicated:
  * real: the other `--large` − `--small` generated reports (the same generator, so the same
    size and text statistics, all different bytes) go through the real acquire stage —
    `run_batch` with `--stages acquire` on the same cluster size — so sources, originals on
    disk (in the fill's home), custody entries, audit entries, the SHA-256 index and every
    other table and index the acquire stage writes are those of a real archive;
  * replicated: extraction of 99,000 documents would take ≈ 2 h of both cores, so the fill's
    claims are copies of the claims (a) extracted for real: fill source k gets the claims of
    measured source k mod `--small`, with their dates moved k div `--small` + 1 years later (so
    copies are different happenings to the linker, as reports of other years would be), via
    the same table-level bulk insert the batch's extract stage uses (the fill source's
    publication date is moved by the same years), plus one real `extract`
    audit entry per fill source (`audit.record_many`, so the hash chain is real and as long as
    a real archive's) and the source's extractor mark. Claims' sentences and offsets belong
    to the template source, not to the fill source's text (nothing in (b) compares the two);
  * real again: with `link` in the stages, `run_link` runs once over the filled archive, so
    incidents, actors and duplicate groups exist before (b) as after any earlier batch run;
  * then ANALYZE, as autovacuum would have done on an archive that grew over time.
The filled database is kept as `growth_fill_<large>_<small>_<seed>[_link]` (with its home under
`--work-dir`) when `--keep` is given and reused by later runs; a linked fill is made from a kept
unlinked one (a copy, then linked) when only that exists; (b) always works on a copy
(`CREATE DATABASE … TEMPLATE`), and the measured reports' originals are removed from the
fill's home before each (b), so every round does the same work.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import os
import shutil
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, create_engine, text, update

for _variable in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")  # before numpy is imported (by spaCy)
sys.path.insert(0, str(Path(__file__).parent))

from corpus import GeneratedReport, generate_reports  # noqa: E402
from warcgen import write_warc  # noqa: E402

from factfinder.extract.nlp import load_pipeline  # noqa: E402
from factfinder.extract.run import EXTRACTOR_VERSION  # noqa: E402
from factfinder.link.run import run_link  # noqa: E402
from factfinder.protect import audit  # noqa: E402
from factfinder.scale.cluster import open_client  # noqa: E402
from factfinder.scale.pipeline import BatchSummary, parse_stages, run_batch  # noqa: E402
from factfinder.settings import Settings  # noqa: E402
from factfinder.sources.originals import original_path, sha256_hex  # noqa: E402
from factfinder.store.db import Store, open_store  # noqa: E402
from factfinder.store.linking import Span  # noqa: E402
from factfinder.store.models import Claim, Source, utcnow  # noqa: E402

PG_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432"
SMALL_DB = "growth_small"
LARGE_DB = "growth_large"
TABLES = (
    "sources",
    "custody_entries",
    "claims",
    "audit_entries",
    "incidents",
    "incident_claims",
    "claim_actors",
)
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
# `run_link` holds every claim in memory: this process's peak RSS grew by 3.8 KiB per claim at
# 125,000 claims and 4.2 KiB at 493,000 (2026-11-26); the fill refuses to link when that would
# take more than 3/4 of the memory available, rather than push a shared machine into swapping
# or the OOM killer.
LINK_BYTES_PER_CLAIM = 4400
FILL_MARK = "growth fill complete"


@dataclass
class LinkCost:
    """Wall time, client CPU and PostgreSQL backend CPU of the link stage (zero if not run)."""

    wall: float = 0.0
    client_cpu: float = 0.0
    pg_cpu: float = 0.0


@dataclass
class Round:
    """One measured batch run over the measured documents (link included in the totals)."""

    label: str
    docs: int
    wall: float
    worker_cpu: float
    client_cpu: float
    pg_cpu: float
    link: LinkCost
    claims: int
    worker_rss_mb: float  # peak of the busiest worker during the run
    client_rss_mb: float  # peak of this process (client, scheduler, link) during the run

    @property
    def cpu(self) -> float:
        return self.worker_cpu + self.client_cpu + self.pg_cpu

    def per_doc_ms(self, seconds: float) -> float:
        return 1000 * seconds / self.docs


# --- PostgreSQL: dedicated databases, backend CPU, sizes -------------------------------------


def admin(sql: str, **params: Any) -> list[Any]:
    """Run one statement on the server's `postgres` database (outside any transaction)."""
    engine = create_engine(f"{PG_SERVER}/postgres", isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            result = connection.execute(text(sql), params)
            return list(result) if result.returns_rows else []
    finally:
        engine.dispose()


def database_exists(name: str) -> bool:
    return bool(admin("SELECT 1 FROM pg_database WHERE datname = :name", name=name))


def recreate_database(name: str, template: str | None = None) -> None:
    """A new database `name` (empty, or a file-level copy of `template`)."""
    admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))


def fill_is_complete(name: str) -> bool:
    rows = admin(
        "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = :name",
        name=name,
    )
    return bool(rows) and (rows[0][0] or "").startswith(FILL_MARK)


def backend_cpu(database: str) -> dict[int, float]:
    """CPU seconds so far of each server process attached to `database` (backends, autovacuum)."""
    pids = [
        row[0] for row in admin("SELECT pid FROM pg_stat_activity WHERE datname = :d", d=database)
    ]
    seconds = {}
    for pid in pids:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:  # ended meanwhile
            continue
        fields = stat[stat.rfind(")") + 2 :].split()
        seconds[pid] = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
    return seconds


def cpu_since(database: str, before: dict[int, float]) -> float:
    return sum(cpu - before.get(pid, 0.0) for pid, cpu in backend_cpu(database).items())


def table_sizes(store: Store) -> dict[str, tuple[int, int]]:
    """Rows and bytes (table + indexes + TOAST) per table, and the database's total bytes."""
    sizes = {}
    with store.engine.connect() as connection:
        for table in TABLES:
            rows = connection.scalar(text(f"SELECT count(*) FROM {table}")) or 0
            size = connection.scalar(text(f"SELECT pg_total_relation_size('{table}')")) or 0
            sizes[table] = (rows, size)
        sizes["(database)"] = (
            0,
            connection.scalar(text("SELECT pg_database_size(current_database())")),
        )
    return sizes


def settings_for(database: str, home: Path) -> Settings:
    return Settings(home=home, database_url=f"{PG_SERVER}/{database}", collector="bench")


# --- the measured run ------------------------------------------------------------------------


def measured_run(
    label: str, settings: Settings, warc: Path, stages: frozenset[str], args: argparse.Namespace
) -> tuple[Round, dict[str, tuple[int, int]]]:
    """`run_batch` over the measured WARC on a fresh cluster; its figures and the table sizes.

    The link stage is run here as `run_batch` runs it — `run_link(store)` in the client once
    the partitions are done — but timed on its own, so its share of each figure is known.
    """
    database = settings.resolved_database_url.rsplit("/", 1)[1]
    store = open_store(settings)
    link = LinkCost()
    with open_client("local", args.workers) as client:
        client.run(load_pipeline)  # loaded by the worker plugin already; makes sure
        client.run(reset_peak_rss)
        reset_peak_rss()
        pg_before = backend_cpu(database)
        started, cpu_started = time.perf_counter(), time.process_time()
        summary = run_batch(
            client, store, [str(warc)], stages - {"link"}, partition_size=args.partition_size
        )
        if "link" in stages:
            profile = args.profile_link if label.startswith("(b)") else None
            link = timed_link(store, database, profile)
        wall, client_cpu = time.perf_counter() - started, time.process_time() - cpu_started
        pg_cpu = cpu_since(database, pg_before)
        worker_rss = max(client.run(peak_rss_mb).values())
    check(summary, args.small)
    sizes = table_sizes(store)
    store.engine.dispose()
    return Round(
        label,
        args.small,
        wall,
        summary.cpu_seconds,
        client_cpu,
        pg_cpu,
        link,
        summary.claims,
        worker_rss,
        peak_rss_mb(),
    ), sizes


def timed_link(store: Store, database: str, profile: Path | None = None) -> LinkCost:
    """The link stage's wall, client CPU and PostgreSQL CPU; with `profile`, its cProfile
    statistics are written there (pstats format), to see where the time of (b) goes."""
    pg_before = backend_cpu(database)
    profiler = cProfile.Profile() if profile else None
    started, cpu_started = time.perf_counter(), time.process_time()
    if profiler:
        profiler.enable()
    run_link(store)
    if profiler:
        profiler.disable()
        profiler.dump_stats(profile)
    return LinkCost(
        time.perf_counter() - started,
        time.process_time() - cpu_started,
        cpu_since(database, pg_before),
    )


def check(summary: BatchSummary, expected: int) -> None:
    """Every measured document must be new and processed, or the comparison means nothing."""
    if summary.failed or summary.done != expected:
        raise SystemExit(
            f"batch processed {summary.done} of {expected} ({summary.skipped} skipped, "
            f"{summary.failed} failed: {[f.reason for f in summary.failures[:3]]})"
        )


# --- the fill ----------------------------------------------------------------------------------


def fill_archive(
    name: str, home: Path, work: Path, stages: frozenset[str], args: argparse.Namespace
) -> None:
    """Database `name` and `home` holding an archive of `large − small` documents (see the
    module docstring for what is real and what is replicated)."""
    started = time.perf_counter()
    recreate_database(name)
    shutil.rmtree(home, ignore_errors=True)
    fill_warc = work / "fill.warc.gz"
    reports = generate_reports(args.large, args.seed)[args.small :]
    write_warc(reports, fill_warc)
    del reports
    print(f"fill: {args.large - args.small} reports written ({elapsed(started)})", flush=True)
    store = open_store(settings_for(name, home))
    with open_client("local", args.workers) as client:
        summary = run_batch(
            client, store, [str(fill_warc)], frozenset({"acquire"}), partition_size=100
        )
    check(summary, args.large - args.small)
    fill_warc.unlink()
    print(
        f"fill: acquired for real, {summary.done / summary.seconds:.0f} docs/s "
        f"({elapsed(started)})",
        flush=True,
    )
    claims = replicate_claims(store, template_claims(), args.small)
    print(
        f"fill: {claims} claims replicated, audit entries recorded ({elapsed(started)})", flush=True
    )
    finish_fill(name, store, "link" in stages, started)


def finish_fill(name: str, store: Store, link: bool, started: float) -> None:
    """Link the filled archive for real (when linking is measured), ANALYZE it and mark it done."""
    if link:
        reset_peak_rss()
        summary = run_link(store)
        print(
            f"fill: linked for real, {summary.incidents} incidents from {summary.claims} claims "
            f"in {summary.seconds:.0f} s; client peak RSS {peak_rss_mb():.0f} MiB "
            f"({elapsed(started)})",
            flush=True,
        )
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("ANALYZE"))
    store.engine.dispose()
    admin(
        f"COMMENT ON DATABASE \"{name}\" IS '{FILL_MARK} {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M}'"
    )
    print(f"fill: done ({elapsed(started)})", flush=True)


def link_kept_fill(base: str, name: str, work: Path) -> None:
    """The linked fill `name` made from a kept unlinked fill `base` (same documents, same
    replicated claims): a copy of its database and home, then linked for real. Saves the
    acquire and replication steps when the growth without link was measured first."""
    started = time.perf_counter()
    print(f"fill: linking a copy of the kept fill {base}", flush=True)
    recreate_database(name, template=base)
    shutil.rmtree(work / name, ignore_errors=True)
    shutil.copytree(work / base, work / name)
    finish_fill(name, open_store(settings_for(name, work / name)), True, started)


def check_link_memory(stages: frozenset[str], claims: int) -> None:
    """Stop before the fill when linking `claims` claims would need over 3/4 of the free memory."""
    needed = claims * LINK_BYTES_PER_CLAIM
    available = available_memory()
    if "link" in stages and needed > available * 3 // 4:
        raise SystemExit(
            f"linking ≈ {claims:,} claims needs ≈ {needed / 2**30:.1f} GiB, more than 3/4 of "
            f"the {available / 2**30:.1f} GiB available: run on a machine with more free memory, "
            "or measure without the link stage (--stages acquire,extract)"
        )


def available_memory() -> int:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemAvailable:"):
            return int(line.split()[1]) * 1024
    return 0


def template_claims() -> list[tuple[int, dict[str, Any]]]:
    """(a)'s claims with the rank of their source (0 = first acquired), in claim order."""
    engine = create_engine(f"{PG_SERVER}/{SMALL_DB}")
    columns = [c.name for c in Claim.__table__.columns if c.name != "id"]
    query = text(
        "SELECT r.rank, " + ", ".join(f'c."{c}"' for c in columns) + " FROM claims c JOIN "
        "(SELECT id, row_number() OVER (ORDER BY id) - 1 AS rank FROM sources) r "
        "ON r.id = c.source_id ORDER BY c.id"
    )
    try:
        with engine.connect() as connection:
            return [
                (row[0], dict(zip(columns, row[1:], strict=True)))
                for row in connection.execute(query)
            ]
    finally:
        engine.dispose()


def replicate_claims(store: Store, template: list[tuple[int, dict[str, Any]]], small: int) -> int:
    """Give every fill source the claims of its template source, one copy (= one block of
    `small` sources) per transaction, through the extract stage's table-level bulk insert."""
    with store.engine.connect() as connection:
        fill_ids = list(connection.scalars(text("SELECT id FROM sources ORDER BY id")))
    by_rank: dict[int, list[dict[str, Any]]] = {}
    for rank, row in template:
        by_rank.setdefault(rank, []).append(row)
    inserted = 0
    for copy, block in enumerate(chunks(fill_ids, small), start=1):
        rows, entries = [], []
        for rank, source_id in enumerate(block):
            claims = [moved(row, source_id, copy) for row in by_rank.get(rank, [])]
            rows.extend(claims)
            details = {"claims": len(claims), "extractor": EXTRACTOR_VERSION}
            entries.append((store.settings.collector, "extract", "source", source_id, details))
        with store.engine.begin() as connection:
            if rows:
                connection.execute(Claim.__table__.insert(), rows)
            connection.execute(
                update(Source.__table__)
                .where(Source.__table__.c.id.in_(block))
                .values(extracted_with=EXTRACTOR_VERSION)
            )
            move_publication(connection, block, copy)
            audit.record_many(connection, entries)
        inserted += len(rows)
    return inserted


def move_publication(connection: Connection, source_ids: list[int], years: int) -> None:
    """Fill sources are published `years` later too, like the claims they were given: an
    archive of reports about a century of happenings was not all published in one year."""
    connection.execute(
        text(
            "UPDATE sources SET published_at = (published_at + make_interval(years => :years))"
            "::date WHERE id = ANY(:ids) AND published_at IS NOT NULL"
        ),
        {"years": years, "ids": source_ids},
    )


def moved(row: dict[str, Any], source_id: int, years: int) -> dict[str, Any]:
    """A template claim for another source, extracted now, its dates `years` later (display
    recomputed)."""
    copy = {**row, "source_id": source_id, "extracted_at": utcnow()}
    when = row.get("when")
    if when:
        span = Span(
            later(dt.date.fromisoformat(when["start"]), years),
            later(dt.date.fromisoformat(when["end"]), years),
            when["precision"],
        )
        copy["when"] = {**when, **span.as_json()}
        copy["when_start"] = span.start
    return copy


def later(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a common year
        return day.replace(year=day.year + years, day=28)


def chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def forget_originals(reports: list[GeneratedReport], home: Path) -> None:
    """Remove the measured reports' originals from the fill's home, so (b) writes them anew."""
    for report in reports:
        original_path(home / "originals", sha256_hex(report.html.encode("utf-8"))).unlink(
            missing_ok=True
        )


# --- output ----------------------------------------------------------------------------------


def elapsed(started: float) -> str:
    return f"{time.perf_counter() - started:.0f} s"


def peak_rss_mb() -> float:
    """This process's peak RSS since its last `reset_peak_rss` (VmHWM; not `ru_maxrss`, which
    a worker inherits from the process that spawned it, exec or not)."""
    status = Path("/proc/self/status").read_text()
    return int(status.split("VmHWM:")[1].split()[0]) / 1024


def reset_peak_rss() -> None:
    """Start this process's peak RSS afresh (Linux: 5 → /proc/self/clear_refs)."""
    Path("/proc/self/clear_refs").write_text("5")


def describe(run: Round) -> str:
    ms = run.per_doc_ms
    scheduler = ms(run.client_cpu - run.link.client_cpu)
    database = ms(run.pg_cpu - run.link.pg_cpu)
    link_cpu = ms(run.link.client_cpu + run.link.pg_cpu)
    return (
        f"{run.label}: {run.docs / run.wall:.2f} docs/s; per doc {ms(run.wall):.0f} ms wall "
        f"(link {ms(run.link.wall):.1f}), CPU {ms(run.cpu):.0f} ms = workers "
        f"{ms(run.worker_cpu):.0f} + client/scheduler {scheduler:.1f} + PostgreSQL backends "
        f"{database:.1f} + link {link_cpu:.1f}; {run.claims} claims; peak worker RSS "
        f"{run.worker_rss_mb:.0f} MiB; client peak RSS {run.client_rss_mb:.0f} MiB"
    )


def print_sizes(label: str, sizes: dict[str, tuple[int, int]]) -> None:
    parts = [
        f"{t} {rows:,} rows / {size / 2**20:.0f} MiB"
        for t, (rows, size) in sizes.items()
        if t != "(database)"
    ]
    print(
        f"{label} tables: "
        + "; ".join(parts)
        + f"; database {sizes['(database)'][1] / 2**20:.0f} MiB"
    )


MEASURES: tuple[tuple[str, Callable[[Round], float]], ...] = (
    ("wall (target ≤ 1.3)", lambda r: r.wall),
    ("CPU, all processes", lambda r: r.cpu),
    ("acquire + extract, wall", lambda r: r.wall - r.link.wall),
    ("acquire + extract, CPU", lambda r: r.cpu - r.link.client_cpu - r.link.pg_cpu),
    ("  workers' CPU", lambda r: r.worker_cpu),
    ("  client and scheduler CPU", lambda r: r.client_cpu - r.link.client_cpu),
    ("  PostgreSQL backends' CPU", lambda r: r.pg_cpu - r.link.pg_cpu),
    ("link, wall", lambda r: r.link.wall),
    ("link, CPU (client + PostgreSQL)", lambda r: r.link.client_cpu + r.link.pg_cpu),
)


def ratio_line(
    name: str, rounds: list[tuple[Round, Round]], seconds: Callable[[Round], float]
) -> str:
    """Median ms per document of (a) and of (b) over the rounds, and their ratio."""
    a = statistics.median(r.per_doc_ms(seconds(r)) for r, _ in rounds)
    b = statistics.median(r.per_doc_ms(seconds(r)) for _, r in rounds)
    return (
        f"{name}: (a) {a:.1f} ms/doc, (b) {b:.1f} ms/doc, ratio {b / a if a else float('nan'):.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--small", type=int, default=1000, help="Measured (new) documents.")
    parser.add_argument("--large", type=int, default=100_000, help="Archive size after (b).")
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--partition-size", type=int, default=50, help="As `batch` (default 50).")
    parser.add_argument("--stages", default="acquire,extract,link", help="As `batch --stages`.")
    parser.add_argument("--rounds", type=int, default=1, help="(a), (b) pairs, medians printed.")
    parser.add_argument("--keep", action="store_true", help="Keep (and reuse) the filled archive.")
    parser.add_argument("--work-dir", type=Path, default=Path("/tmp/factfinder-growth"))
    parser.add_argument(
        "--profile-link", type=Path, help="Write (b)'s link stage cProfile statistics here."
    )
    args = parser.parse_args()
    if args.large < 2 * args.small:
        parser.error("--large must be at least twice --small")
    stages = parse_stages(args.stages)
    unlinked_fill = f"growth_fill_{args.large}_{args.small}_{args.seed}"
    fill_name = unlinked_fill + ("_link" if "link" in stages else "")
    work = args.work_dir
    work.mkdir(parents=True, exist_ok=True)
    fill_home = work / fill_name
    measured = generate_reports(args.small, args.seed)  # = the first `small` of the large corpus
    warc = work / f"measured_{args.small}_{args.seed}.warc.gz"
    write_warc(measured, warc)
    print(
        f"measured: {args.small} reports ({warc.stat().st_size / 2**20:.1f} MiB WARC); archive "
        f"(b): {args.large}; stages {','.join(sorted(stages))}; {args.workers} workers; load "
        f"average {os.getloadavg()[0]:.1f}",
        flush=True,
    )
    rounds: list[tuple[Round, Round]] = []
    filled = args.keep and fill_is_complete(fill_name)  # filled once per run, reused with --keep
    try:
        for number in range(1, args.rounds + 1):
            small_home = work / "small_home"
            shutil.rmtree(small_home, ignore_errors=True)
            recreate_database(SMALL_DB)
            a, a_sizes = measured_run(
                f"(a) empty archive, round {number}",
                settings_for(SMALL_DB, small_home),
                warc,
                stages,
                args,
            )
            print(describe(a), flush=True)
            if not filled:
                check_link_memory(stages, a.claims * args.large // args.small)
                if args.keep and "link" in stages and fill_is_complete(unlinked_fill):
                    link_kept_fill(unlinked_fill, fill_name, work)
                else:
                    fill_archive(fill_name, fill_home, work, stages, args)
                filled = True
            recreate_database(LARGE_DB, template=fill_name)
            forget_originals(measured, fill_home)
            b, b_sizes = measured_run(
                f"(b) archive of {args.large - args.small}, round {number}",
                settings_for(LARGE_DB, fill_home),
                warc,
                stages,
                args,
            )
            print(describe(b), flush=True)
            if b.claims != a.claims:  # same documents, same rules: only a code change differs
                print(
                    f"WARNING: (a) stored {a.claims} claims and (b) {b.claims} for the same "
                    "documents: the extraction code changed during the run; not comparable",
                    flush=True,
                )
            rounds.append((a, b))
            print(f"load average {os.getloadavg()[0]:.1f}", flush=True)
    finally:
        if not args.keep:  # with --keep, (a) and (b)'s last databases stay for inspection
            admin(f'DROP DATABASE IF EXISTS "{SMALL_DB}" WITH (FORCE)')
            admin(f'DROP DATABASE IF EXISTS "{LARGE_DB}" WITH (FORCE)')
            admin(f'DROP DATABASE IF EXISTS "{fill_name}" WITH (FORCE)')
            shutil.rmtree(work, ignore_errors=True)
    print_sizes("(a)", a_sizes)
    print_sizes("(b)", b_sizes)
    for name, seconds in MEASURES:
        if not name.startswith("link") or "link" in stages:
            print(ratio_line(name, rounds, seconds))
    print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
