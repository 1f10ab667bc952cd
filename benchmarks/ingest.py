"""Ingest throughput: N generated HTML reports into a fresh SQLite home vs trafilatura alone.

Run: .venv/bin/python benchmarks/ingest.py [--n 1000] [--seed 2025] [--rounds 3]
Target: ingest reaches at least 0.70 of trafilatura-alone throughput on the same files, so that
hashing, preserving, custody and storing cost little next to reading the text.

What the baseline is: for each file, read its bytes, decode them to text with the same function
factfinder uses (`decode_html`: charset from a BOM, UTF-8, the declared charset, a guess) and
run trafilatura's `load_html` + `bare_extraction` with factfinder's options — trafilatura's
extraction alone over the same files, nothing else. Both sides get the decoded text rather than
bytes, because given bytes trafilatura first tries to decompress them as brotli and zlib.

Both sides run in one process, serially: one extraction at a time, the way `factfinder ingest`
reads one report after another (its writer thread overlaps the syncs and commits of a batch
with the next extractions, but Python code runs one thread at a time). Extraction in a process
pool would use more cores, but then the baseline must get the same pool to stay fair, and on a
machine whose cores are all busy either way the ratio stays what the serial run measures: the
CPU ingest adds per report next to the CPU extraction needs. So no pool on either side.

The keyed row ingests the same chunks into a third home set up like `factfinder keys init` with
FACTFINDER_KEY_FILE pointing at a freshly generated key file (or a passphrase, --passphrase):
what ingest costs with encryption at rest, as the ratio of throughput with and without a key.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from trafilatura import bare_extraction
from trafilatura.utils import load_html

sys.path.insert(0, str(Path(__file__).parent))

from corpus import generate_reports, write_reports  # noqa: E402

from factfinder.extract.text import decode_html  # noqa: E402
from factfinder.protect.keys import init_keys, write_new_key_file  # noqa: E402
from factfinder.settings import Settings  # noqa: E402
from factfinder.sources.ingest import IngestOptions, ingest_targets  # noqa: E402
from factfinder.store.db import Store, open_store  # noqa: E402

TARGET_RATIO = 0.70
WARM_UP = 20  # documents run through both paths first, so imports and caches are not timed
CHUNK = 50


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(run: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (all threads of this process) that `run` takes.

    Wall clock is what a user waits. CPU time does not depend on how many other processes
    share the cores: a process with more threads gets a larger share of a busy machine, which
    flatters ingest's wall-clock ratio when the machine is loaded, so both ratios are printed.
    """
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def trafilatura_alone(paths: list[Path]) -> None:
    """Seconds for trafilatura to read each file and extract text and metadata, nothing else.

    The same decoding and the same call with the same options as factfinder's HTML reader, so
    the ratio measures what ingest adds: hashing, preserving the original, custody, the
    database.
    """
    for path in paths:
        bare_extraction(
            load_html(decode_html(path.read_bytes())),
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_precision=True,
        )


def ingest_files(store: Store, paths: list[Path]) -> None:
    """Ingest `paths` through the library call `factfinder ingest` makes."""
    results = ingest_targets(store, [str(path) for path in paths], IngestOptions(capture=False))
    failed = [result for result in results if result.status != "preserved"]
    if failed:
        raise SystemExit(f"{len(failed)} reports not freshly preserved, e.g. {failed[0].reason}")


def fresh_store(home: Path) -> Store:
    """A new embedded (SQLite) home, as a first-time user gets."""
    return open_store(Settings(home=home, database_url=None, collector="benchmark"))


def keyed_store(home: Path, passphrase: str | None) -> Store:
    """A new home with encryption at rest, set up as `factfinder keys init` does: the key from
    a passphrase, or else from a key file generated for it (FACTFINDER_KEY_FILE)."""
    key_file = None
    if passphrase is None:
        key_file = home.parent / f"{home.name}.key"
        write_new_key_file(key_file)
    settings = Settings(
        home=home,
        database_url=None,
        collector="benchmark",
        passphrase=passphrase,
        key_file=key_file,
    )
    init_keys(open_store(settings), "benchmark")
    return open_store(settings)  # opened again, as every later command opens it


def rate(n: int, times: list[list[float]]) -> str:
    """Throughput of a side's best round, wall clock and CPU."""
    wall, cpu = min(t[0] for t in times), min(t[1] for t in times)
    return f"{wall:.2f} s, {n / wall:.1f} documents/s (CPU {cpu:.2f} s)"


def ratio_of(faster: list[list[float]], slower: list[list[float]], index: int) -> tuple[float, str]:
    """Median over rounds of faster-time / slower-time (a throughput ratio), and each round's."""
    ratios = [f[index] / s[index] for f, s in zip(faster, slower, strict=True)]
    return statistics.median(ratios), ", ".join(f"{r:.2f}" for r in ratios)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="number of generated reports")
    parser.add_argument("--seed", type=int, default=2025, help="corpus seed")
    parser.add_argument(
        "--rounds", type=int, default=3, help="repetitions, each into a fresh home (best counts)"
    )
    parser.add_argument(
        "--passphrase",
        help="take the key of the encrypted home from this passphrase (Argon2id) instead of a "
        "generated key file",
    )
    parser.add_argument(
        "--no-key", action="store_true", help="skip the row with an encryption key configured"
    )
    args = parser.parse_args()

    # per round: [wall, cpu] seconds of each side
    alone_times: list[list[float]] = []
    ingest_times: list[list[float]] = []
    keyed_times: list[list[float]] = []
    with tempfile.TemporaryDirectory(prefix="ff-bench-ingest-") as tmp:
        root = Path(tmp)
        reports = generate_reports(args.n + WARM_UP, seed=args.seed)
        warm_paths = write_reports(reports[:WARM_UP], root / "warm")
        paths = write_reports(reports[WARM_UP:], root / "corpus")
        total_bytes = sum(path.stat().st_size for path in paths)

        trafilatura_alone(warm_paths)
        ingest_files(fresh_store(root / "warm-home"), warm_paths)
        if not args.no_key:
            ingest_files(keyed_store(root / "warm-keyed", args.passphrase), warm_paths)
        rss_before = peak_rss_mb()

        for round_number in range(args.rounds):
            # Interleaved in chunks so that load from other processes on a shared machine hits
            # both sides alike instead of skewing the ratio.
            store = fresh_store(root / f"home-{round_number}")
            keyed = (
                None
                if args.no_key
                else keyed_store(root / f"keyed-{round_number}", args.passphrase)
            )
            alone, ingest, with_key = [0.0, 0.0], [0.0, 0.0], [0.0, 0.0]
            for offset in range(0, len(paths), CHUNK):
                chunk = paths[offset : offset + CHUNK]
                sides = [(alone, partial(trafilatura_alone, chunk))]
                sides.append((ingest, partial(ingest_files, store, chunk)))
                if keyed:
                    sides.append((with_key, partial(ingest_files, keyed, chunk)))
                for totals, run in sides:
                    for index, seconds in enumerate(timed(run)):
                        totals[index] += seconds
            store.engine.dispose()
            if keyed:
                keyed.engine.dispose()
            alone_times.append(alone)
            ingest_times.append(ingest)
            keyed_times.append(with_key)

    # Rates from each side's best round (noise only ever makes a run slower); the ratio is the
    # median of the rounds' ratios, each measured with both sides under the same load.
    print(f"n: {args.n} reports, {total_bytes / 1e6:.1f} MB of HTML (seed {args.seed})")
    print(f"trafilatura alone: {rate(args.n, alone_times)}")
    print(f"ingest (SQLite):   {rate(args.n, ingest_times)}")
    wall_ratio, wall_rounds = ratio_of(alone_times, ingest_times, 0)
    cpu_ratio, cpu_rounds = ratio_of(alone_times, ingest_times, 1)
    print(
        f"ratio ingest / trafilatura alone: {wall_ratio:.2f} wall clock (median of "
        f"{args.rounds} rounds: {wall_rounds}; target >= {TARGET_RATIO:.2f}), "
        f"{cpu_ratio:.2f} CPU time ({cpu_rounds})"
    )
    if keyed_times[0][0]:
        key_wall, key_wall_rounds = ratio_of(ingest_times, keyed_times, 0)
        key_cpu, key_cpu_rounds = ratio_of(ingest_times, keyed_times, 1)
        source = "passphrase" if args.passphrase else "key file"
        print(f"ingest with a key ({source}): {rate(args.n, keyed_times)}")
        print(
            f"ratio with / without a key: {key_wall:.2f} wall clock ({key_wall_rounds}), "
            f"{key_cpu:.2f} CPU time ({key_cpu_rounds})"
        )
    print(f"peak memory (max RSS): {peak_rss_mb():.0f} MiB (after warm-up: {rss_before:.0f} MiB)")
    print("result:", "PASS" if wall_ratio >= TARGET_RATIO else "FAIL")


if __name__ == "__main__":
    main()
