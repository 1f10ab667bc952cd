"""Extraction throughput: `analyze` on N generated reports vs the same spaCy pipeline alone.

Run: .venv/bin/python benchmarks/extract.py [--n 1000] [--seed 2025] [--learned]
Targets: analyze reaches at least 0.6 of the throughput of `nlp.pipe` over the same texts
(the rules on top of the parse must cost little), and peak memory stays under 1.5 GB.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import GeneratedReport, generate_reports  # noqa: E402

from factfinder.extract import analyze  # noqa: E402
from factfinder.extract.nlp import load_pipeline  # noqa: E402

TARGET_RATIO = 0.6
MEMORY_LIMIT_MB = 1536
WARM_UP = 10  # reports run through both paths first, so loading the model is not timed
CHUNK = 50


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def spacy_alone(texts: list[str]) -> tuple[float, int]:
    """Seconds for the extractor's own spaCy pipeline to parse the texts, and sentences found."""
    nlp = load_pipeline()
    started = time.perf_counter()
    sentences = sum(len(list(doc.sents)) for doc in nlp.pipe(texts))
    return time.perf_counter() - started, sentences


def analyze_all(
    reports: list[GeneratedReport], supplement: str | None = "default"
) -> tuple[float, int]:
    """Seconds for `analyze` over each report's text with its publication date, and claims."""
    started = time.perf_counter()
    claims = sum(
        len(analyze(report.text, report.published, supplement=supplement)) for report in reports
    )
    return time.perf_counter() - started, claims


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="number of generated reports")
    parser.add_argument("--seed", type=int, default=2025, help="corpus seed")
    parser.add_argument(
        "--learned", action="store_true", help="analyze with the learned type model on"
    )
    args = parser.parse_args()

    reports = generate_reports(args.n + WARM_UP, seed=args.seed)
    warm, reports = reports[:WARM_UP], reports[WARM_UP:]
    supplement = "shipped" if args.learned else "default"
    spacy_alone([report.text for report in warm])
    analyze_all(warm, supplement)
    rss_after_load = peak_rss_mb()

    # Interleaved in chunks so that load from other processes on a shared machine hits both
    # sides alike instead of skewing the ratio.
    spacy_s = analyze_s = 0.0
    sentences = claims = 0
    for offset in range(0, len(reports), CHUNK):
        chunk = reports[offset : offset + CHUNK]
        seconds, found = spacy_alone([report.text for report in chunk])
        spacy_s += seconds
        sentences += found
        seconds, found = analyze_all(chunk, supplement)
        analyze_s += seconds
        claims += found

    chars = sum(len(report.text) for report in reports)
    ratio = spacy_s / analyze_s
    peak = peak_rss_mb()
    print(f"n: {args.n} reports, {sentences} sentences, {chars / 1e6:.1f} M characters")
    print(
        f"spaCy alone (nlp.pipe): {spacy_s:.2f} s, {args.n / spacy_s:.1f} documents/s, "
        f"{sentences / spacy_s:.0f} sentences/s"
    )
    print(
        f"analyze:                {analyze_s:.2f} s, {args.n / analyze_s:.1f} documents/s, "
        f"{sentences / analyze_s:.0f} sentences/s, {claims} claims"
    )
    print(f"ratio analyze / spaCy alone: {ratio:.2f} (target >= {TARGET_RATIO})")
    print(
        f"peak memory (max RSS): {peak:.0f} MiB (model loaded: {rss_after_load:.0f} MiB; "
        f"limit {MEMORY_LIMIT_MB} MiB)"
    )
    ok = ratio >= TARGET_RATIO and peak < MEMORY_LIMIT_MB
    print("result:", "PASS" if ok else "FAIL")


if __name__ == "__main__":
    main()
