"""Ingest throughput: N generated HTML reports into a fresh SQLite home vs trafilatura alone.

Run: .venv/bin/python benchmarks/ingest.py [--n 1000] [--seed 2025] [--rounds 3]
Target: ingest reaches at least 0.70 of trafilatura-alone throughput on the same files, so that
hashing, preserving, custody and storing cost little next to reading the text.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from trafilatura import bare_extraction
from trafilatura.utils import load_html

sys.path.insert(0, str(Path(__file__).parent))

from corpus import generate_reports, write_reports  # noqa: E402

from factfinder.protect.keys import init_keys  # noqa: E402
from factfinder.settings import Settings  # noqa: E402
from factfinder.sources.ingest import IngestOptions, ingest_targets  # noqa: E402
from factfinder.store.db import Store, open_store  # noqa: E402

TARGET_RATIO = 0.70
WARM_UP = 20  # documents run through both paths first, so imports and caches are not timed
CHUNK = 50


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def trafilatura_alone(paths: list[Path]) -> float:
    """Seconds for trafilatura to read each file and extract text and metadata, nothing else.

    The same call with the same options as factfinder's HTML reader, so the ratio measures what
    ingest adds: hashing, preserving the original, custody and the database.
    """
    started = time.perf_counter()
    for path in paths:
        bare_extraction(
            load_html(path.read_bytes()),
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_precision=True,
        )
    return time.perf_counter() - started


def ingest_files(store: Store, paths: list[Path]) -> float:
    """Seconds to ingest `paths` through the library call `factfinder ingest` makes."""
    options = IngestOptions(capture=False)
    started = time.perf_counter()
    results = ingest_targets(store, [str(path) for path in paths], options)
    elapsed = time.perf_counter() - started
    failed = [result for result in results if result.status != "preserved"]
    if failed:
        raise SystemExit(f"{len(failed)} reports not freshly preserved, e.g. {failed[0].reason}")
    return elapsed


def fresh_store(home: Path, passphrase: str | None = None) -> Store:
    """A new embedded (SQLite) home, as a first-time user gets; with a passphrase, encrypted."""
    settings = Settings(home=home, database_url=None, collector="benchmark", passphrase=passphrase)
    store = open_store(settings)
    if passphrase:
        init_keys(store, "benchmark")
    return store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="number of generated reports")
    parser.add_argument("--seed", type=int, default=2025, help="corpus seed")
    parser.add_argument(
        "--rounds", type=int, default=3, help="repetitions, each into a fresh home (best counts)"
    )
    parser.add_argument(
        "--passphrase",
        help="also ingest every chunk into an encrypted home (this passphrase) and report the "
        "throughput ratio with / without a key",
    )
    args = parser.parse_args()

    alone_times, ingest_times, keyed_times = [], [], []
    with tempfile.TemporaryDirectory(prefix="ff-bench-ingest-") as tmp:
        root = Path(tmp)
        reports = generate_reports(args.n + WARM_UP, seed=args.seed)
        warm_paths = write_reports(reports[:WARM_UP], root / "warm")
        paths = write_reports(reports[WARM_UP:], root / "corpus")
        total_bytes = sum(path.stat().st_size for path in paths)

        trafilatura_alone(warm_paths)
        ingest_files(fresh_store(root / "warm-home"), warm_paths)
        rss_before = peak_rss_mb()

        for round_number in range(args.rounds):
            # Interleaved in chunks so that load from other processes on a shared machine hits
            # both sides alike instead of skewing the ratio.
            store = fresh_store(root / f"home-{round_number}")
            keyed = (
                fresh_store(root / f"keyed-{round_number}", args.passphrase)
                if args.passphrase
                else None
            )
            alone_s = ingest_s = keyed_s = 0.0
            for offset in range(0, len(paths), CHUNK):
                chunk = paths[offset : offset + CHUNK]
                alone_s += trafilatura_alone(chunk)
                ingest_s += ingest_files(store, chunk)
                if keyed:
                    keyed_s += ingest_files(keyed, chunk)
            store.engine.dispose()
            if keyed:
                keyed.engine.dispose()
            alone_times.append(alone_s)
            ingest_times.append(ingest_s)
            keyed_times.append(keyed_s)

    # Rates from each side's best round (noise only ever makes a run slower); the ratio is the
    # median of the rounds' ratios, each measured with both sides under the same load.
    alone_rate = args.n / min(alone_times)
    ingest_rate = args.n / min(ingest_times)
    ratios = [a / i for a, i in zip(alone_times, ingest_times, strict=True)]
    ratio = statistics.median(ratios)
    rounds = ", ".join(f"{r:.2f}" for r in ratios)
    print(f"n: {args.n} reports, {total_bytes / 1e6:.1f} MB of HTML (seed {args.seed})")
    print(f"trafilatura alone: {min(alone_times):.2f} s, {alone_rate:.1f} documents/s")
    print(f"ingest (SQLite):   {min(ingest_times):.2f} s, {ingest_rate:.1f} documents/s")
    print(
        f"ratio ingest / trafilatura alone: {ratio:.2f} (median of {args.rounds} rounds: "
        f"{rounds}; target >= {TARGET_RATIO:.2f})"
    )
    if args.passphrase:
        key_ratios = [i / k for i, k in zip(ingest_times, keyed_times, strict=True)]
        print(
            f"ingest with a key: {min(keyed_times):.2f} s, {args.n / min(keyed_times):.1f} "
            f"documents/s; ratio with / without a key: {statistics.median(key_ratios):.2f} "
            f"(median of {args.rounds} rounds: {', '.join(f'{r:.2f}' for r in key_ratios)})"
        )
    print(f"peak memory (max RSS): {peak_rss_mb():.0f} MiB (after warm-up: {rss_before:.0f} MiB)")
    print("result:", "PASS" if ratio >= TARGET_RATIO else "FAIL")


if __name__ == "__main__":
    main()
